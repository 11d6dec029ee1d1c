"""The only package that imports PySide6: app, windows, pages, dialogs, item models."""
from .qt_compat import keep_singletons_alive

keep_singletons_alive()
