"""The Gugus Tugas secretariat's own use cases (ADR 0015): setting it up, its status, and (helper
modules beside these) what only a secretariat does with the PPTs' data."""
