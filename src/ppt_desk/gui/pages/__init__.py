"""Pages shown in the main window."""
