"""Every refusal of the statistics wing (Statistik, RAD, ringkasan kasus) reaches the user as
an Indonesian sentence, not as its code."""
from __future__ import annotations

import re
from pathlib import Path

from ppt_desk.gui.labels import error_text

SRC = Path(__file__).resolve().parents[2] / "src" / "ppt_desk"
WING = [SRC / "services" / "stats.py", SRC / "services" / "rad.py",
        SRC / "services" / "case_summary.py", SRC / "services" / "facades" / "stats.py",
        *sorted((SRC / "domain" / "stats").glob("*.py"))]


def _codes() -> set[str]:
    codes: set[str] = set()
    for path in WING:
        codes |= set(re.findall(r'DomainError\(\s*"([a-z_0-9]+)"', path.read_text()))
    return codes


def test_every_statistics_refusal_has_a_message(qapp):
    codes = _codes()
    assert {"rad_plan_invalid", "rad_indicator_computed", "stats_scope_unknown"} <= codes
    for code in sorted(codes):
        assert "kode:" not in error_text(code), code


def test_a_province_file_names_its_problems(qapp):
    text = error_text("rad_plan_invalid", problems=[f"indicator X{i}: bad" for i in range(7)])
    assert text.startswith("Berkas RAD tidak dapat dimuat karena: indicator X0: bad; ")
    assert "X4" in text and "X5" not in text and text.endswith("(+2)")
    assert error_text("rad_year_outside_plan", year=2030, years=[2020, 2021, 2024]) == (
        "Tahun 2030 di luar masa rencana aksi ini (2020–2024).")
