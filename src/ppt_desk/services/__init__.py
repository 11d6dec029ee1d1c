"""Use cases: each takes a unit of work, commits explicitly and returns a ChangeSet or DTOs."""
