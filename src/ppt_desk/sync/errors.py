"""The refusal the bundle reader raises: ``BundleRejected(code, detail)``.

The class itself lives in ``ppt_desk.domain.sync.errors`` so that the services (which may not
import this package) can name it too; this module is where the sync package's callers find it.
"""
from __future__ import annotations

from ..domain.sync.errors import READER_CODES, REJECT_CODES, SEQUENCE_CODES, BundleRejected

__all__ = ["READER_CODES", "REJECT_CODES", "SEQUENCE_CODES", "BundleRejected"]
