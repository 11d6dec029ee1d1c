"""SQLAlchemy 2 over SQLCipher: engine, rows, repositories, unit of work, outbox and audit chain."""
