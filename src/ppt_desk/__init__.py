"""ppt-desk: offline, encrypted case management for Indonesian PPT service centres."""

__version__ = "0.1.0"
