"""The secretariat's own windows (ADR 0015): composed here from their own pages and the shared
widgets, never by ``if secretariat:`` inside the PPT's pages."""
