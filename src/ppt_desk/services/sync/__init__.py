"""Sync use cases: bundles to and from other devices (issue 10)."""
