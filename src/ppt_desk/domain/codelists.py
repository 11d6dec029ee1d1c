"""Versioned code lists (resources/codelists/*.json) with Indonesian and English labels.

Each item may carry the matching SIMFONI-PPA and HTCDS codes so that reports can
use them. The files are data: a province can adjust them without code changes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Code:
    code: str
    label_id: str
    label_en: str
    simfoni: str | None = None
    htcds: str | None = None
    cite: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id


@dataclass(frozen=True)
class CodeList:
    name: str
    version: str
    items: tuple[Code, ...]

    def __contains__(self, code: object) -> bool:
        return any(item.code == code for item in self.items)

    def get(self, code: str) -> Code | None:
        for item in self.items:
            if item.code == code:
                return item
        return None

    def codes(self) -> list[str]:
        return [item.code for item in self.items]


_KNOWN = {"code", "label_id", "label_en", "simfoni", "htcds", "cite"}


def load_codelist(path: Path) -> CodeList:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = []
    raw_items = sorted(data["items"], key=lambda it: it.get("order", 0))
    for raw in raw_items:
        items.append(
            Code(
                code=raw["code"],
                label_id=raw["label_id"],
                label_en=raw["label_en"],
                simfoni=raw.get("simfoni"),
                htcds=raw.get("htcds"),
                cite=raw.get("cite"),
                extra={k: v for k, v in raw.items() if k not in _KNOWN},
            )
        )
    return CodeList(name=data["codelist"], version=data["version"], items=tuple(items))


class CodeLists:
    """All code lists of one resources folder, loaded on first use."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._cache: dict[str, CodeList] = {}

    def __getitem__(self, name: str) -> CodeList:
        if name not in self._cache:
            self._cache[name] = load_codelist(self._folder / f"{name}.json")
        return self._cache[name]

    def names(self) -> list[str]:
        return sorted(p.stem for p in self._folder.glob("*.json"))
