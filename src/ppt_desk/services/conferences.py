"""Case conferences: plan, hold, decide, follow up (issue 12; ADR 0019). Being written."""
from __future__ import annotations

from typing import Any


def _todo(*_a: Any, **_k: Any) -> Any:
    raise NotImplementedError("conferences: being written")


plan = update = get = for_case = agenda_for = start = record = add_decision = _todo
update_decision = remove_decision = finish = cancel = action_done = open_actions = _todo
start_plan = reveal = audience = _todo
