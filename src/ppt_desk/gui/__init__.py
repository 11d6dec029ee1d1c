"""The only package that imports PySide6: app, windows, pages, dialogs, item models."""
