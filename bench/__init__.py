"""Performance scenarios for ppt-desk; ``python -m bench`` prints one JSON object per line."""
