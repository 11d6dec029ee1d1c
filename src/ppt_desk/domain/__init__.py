"""Pure domain rules: standard library only (checked by import-linter)."""
