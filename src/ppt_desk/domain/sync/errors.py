"""Reason-coded refusals of sync data.

``BundleFormatError`` is raised by the pure parsers of sync data (manifests, device cards).
``BundleRejected`` is the refusal of a whole bundle as the services see it: the verification
pipeline (``ppt_desk.sync.reader``) raises it, and so do the services' own sequence checks and
the sender-key lookup they hand to the reader. It lives here, in the pure core, so that the
services can name it without importing the sync package (layers: services sit below sync).

``code`` is a stable snake_case reason the services audit and the GUI translates; ``detail``
names the field or rule that failed and never carries personal data (it may be logged).
"""
from __future__ import annotations

# The verification pipeline, in the order it checks (docs/formats/bundle-v1.md).
READER_CODES = (
    "too_large", "not_age", "header", "hmac", "payload", "no_match", "truncated", "malformed",
    "version_unsupported", "wrong_format", "bad_signature", "unknown_sender", "revoked_sender",
    "wrong_recipient", "seal_mismatch", "changed_during_import",
)
# The services' sequence checks after a bundle verified.
SEQUENCE_CODES = ("replay", "fork", "gap", "stale_checkpoint", "not_for_us")
REJECT_CODES = frozenset(READER_CODES + SEQUENCE_CODES)


class BundleFormatError(ValueError):
    """Sync data that does not follow its format: ``code`` says how, ``detail`` where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class BundleRejected(Exception):
    """A bundle refused as a whole; ``code`` is one of REJECT_CODES."""

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in REJECT_CODES:
            raise ValueError(f"unknown bundle rejection code {code!r}")
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
