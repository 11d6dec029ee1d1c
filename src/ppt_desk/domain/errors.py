"""Coded errors raised by the core; the GUI turns codes into translated text."""
from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refusal with a stable code and parameters, never user-facing text."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"DomainError({self.code!r}, {self.params!r})"


class ValidationFailed(DomainError):
    """Several field problems at once: ``problems`` maps field name -> error code."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("validation_failed", fields=sorted(problems))
        self.problems = dict(problems)
