"""Dialogs opened from pages: case handover and sharing, a required comment."""
