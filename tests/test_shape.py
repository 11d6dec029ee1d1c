"""The shape that keeps the code easy to live in (issue 9, ADR 0012): no class in src/ with more
than 30 public methods, and no module over 500 lines unless an ADR names it as an exception."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "ppt_desk"
DECISIONS = ROOT / "docs" / "decisions"
MAX_PUBLIC_METHODS = 30
MAX_LINES = 500


def public_methods(cls: ast.ClassDef) -> list[str]:
    return [n.name for n in cls.body
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            and not n.name.startswith("_")]


def crowded_classes(paths) -> list[str]:
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and len(public_methods(node)) > MAX_PUBLIC_METHODS:
                found.append(f"{path.name}::{node.name} "
                             f"({len(public_methods(node))} public methods)")
    return found


def excepted_modules() -> set[str]:
    """Modules an ADR allows to be longer: listed as `src/ppt_desk/...py` under a heading
    that says "over 500 lines"."""
    allowed: set[str] = set()
    for adr in DECISIONS.glob("*.md"):
        text = adr.read_text(encoding="utf-8")
        for section in re.split(r"\n(?=#+ )", text):
            if "over 500 lines" in section.splitlines()[0]:
                allowed |= set(re.findall(r"`(src/ppt_desk/[\w/]+\.py)`", section))
    return allowed


def long_modules() -> list[str]:
    allowed = excepted_modules()
    out = []
    for path in sorted(SRC.rglob("*.py")):
        if "generated" in path.parts:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        name = str(path.relative_to(ROOT)).replace("\\", "/")
        if lines > MAX_LINES and name not in allowed:
            out.append(f"{name} ({lines} lines)")
    return out


def sources() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if "generated" not in p.parts]


def test_no_class_has_more_than_30_public_methods():
    assert crowded_classes(sources()) == []


def test_no_module_is_over_500_lines_without_an_adr():
    assert long_modules() == []


def test_the_class_check_counts_public_methods(tmp_path):
    many = "\n".join(f"    def m{i}(self): ..." for i in range(31))
    module = tmp_path / "big.py"
    module.write_text(f"class Big:\n{many}\n    def _private(self): ...\n", encoding="utf-8")
    assert crowded_classes([module]) == ["big.py::Big (31 public methods)"]
