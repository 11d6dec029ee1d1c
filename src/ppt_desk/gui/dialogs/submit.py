"""The save path shared by dialogs whose Simpan runs one backend call: the button is off while
the call runs as a change (``gui.operations``), which announces its ChangeSet; success closes
the dialog; a refusal shows the field problems or the message, and keeps what was typed."""
from __future__ import annotations

from typing import Any, Callable

from ...domain.errors import ValidationFailed
from ..labels import message_for


class SubmitFlow:
    """Mixin for a ``QDialog`` with ``ctx`` and ``save_button``. The dialog shows problems
    (``show_problems``) and messages (``show_message``); ``submitted`` sees the result."""

    def run_submit(self, call: Callable[..., Any], *args: Any) -> None:
        self.save_button.setEnabled(False)
        self.ctx.ops.change(call, *args, on_done=self._submitted, on_error=self._refused)

    def submitted(self, result: Any) -> None:
        """Called with the backend's result before the dialog closes."""

    def show_message(self, text: str, exc: BaseException) -> None:
        raise NotImplementedError

    def show_problems(self, problems: dict[str, str]) -> None:
        raise NotImplementedError

    def _submitted(self, result: Any) -> None:
        self.save_button.setEnabled(True)
        self.submitted(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
        else:
            self.show_message(message_for(exc), exc)
