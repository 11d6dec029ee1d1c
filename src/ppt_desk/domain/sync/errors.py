"""The refusal raised by the pure parsers of sync data (manifests, device cards).

``code`` is a stable snake_case reason the services and the GUI translate; ``detail`` names the
field or rule that failed and never carries personal data (it may be logged and audited).
"""
from __future__ import annotations


class BundleFormatError(ValueError):
    """Sync data that does not follow its format: ``code`` says how, ``detail`` where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
