"""T13, read back by OCR: with a second (1024x768) screen attached, the audience window goes
full screen there showing the canary case; every page of that screen, grabbed and read by
Debian's ``tesseract``, holds the pseudonym and none of the canaries. A control run shows the
same reading does find canaries that reach the screen, so the check can fail. Without
tesseract the test fails (it never skips). And ``ScreenWatch`` on two screens."""
from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path


from audience_gui_helpers import audience_of, ocr, ocr_hits, tesseract
from audience_helpers import CANARY_WORDS, FINDING, as_supervisor, build_canary_case
from ppt_desk.domain.audience import AudienceCase

PSEUDONYM = re.compile(r"\bKorban ?A\b")   # the title's large type may read as "KorbanA"
PROBE = Path(__file__).with_name("audience_probe.py")
SCREENS = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False, "screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}


def _on_the_projector(case: AudienceCase, tmp_path: Path) -> tuple[dict, str]:
    """The case full screen on the second screen; (the probe's report, the OCR text)."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(dataclasses.asdict(case)))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, str(PROBE), str(case_file), str(tmp_path / "page")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report, "\n".join(ocr(Path(p)) for p in report["pngs"])


def test_no_canary_on_the_projector_screen_by_ocr(backend, root, tmp_path):
    tesseract()
    as_supervisor(backend, root)
    case = audience_of(backend, build_canary_case(backend).case_id)
    report, text = _on_the_projector(case, tmp_path)
    assert report["screen"] == "projector" and report["screen_size"] == [1024, 768]
    assert report["full_screen"] and report["window"] == [1366, 0, 1024, 768]
    assert PSEUDONYM.search(text), text
    assert "Perempuan" in text and "Kupang" in text, text
    assert ocr_hits(text, CANARY_WORDS) == [], text


def test_the_ocr_reads_canaries_that_reach_the_screen(tmp_path):
    """The control: the raw finding (not scrubbed) put on the screen is read back."""
    tesseract()
    raw = AudienceCase(label="Korban A", consent_ok=True, findings=(("Temuan", FINDING),))
    _report, text = _on_the_projector(raw, tmp_path)
    assert PSEUDONYM.search(text), text
    assert len(ocr_hits(text, CANARY_WORDS)) >= 5, text


def _watch(tmp_path: Path, screens: list) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({**SCREENS, "screens": screens}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, str(PROBE), "--watch"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_screen_watch_names_the_projector_and_follows_it(tmp_path):
    report = _watch(tmp_path, SCREENS["screens"])
    assert report["audience_screen"] == "projector"
    assert report["heard"] == [["removed", "projector"], ["second", False],
                               ["added", "projector"], ["second", True]]
    assert _watch(tmp_path, SCREENS["screens"][:1]) == {"audience_screen": None, "heard": []}
