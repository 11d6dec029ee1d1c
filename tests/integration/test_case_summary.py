"""The ringkasan kasus through the backend on a real encrypted store, read back from the PDF
(poppler): the office's own copy holds what the reader may open and counts the rest; a copy
for a consent purpose holds only the consent's scope and is refused without that consent; a
caseworker cannot print a case that is not hers. Synthetic people only."""
from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from casework_helpers import PASSWORDS, MovableClock, add_office_users, payloads
from integration_helpers import make_intake
from pdf_tools import needs_poppler, text_of
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.dto import ConsentInput

DAY = date(2025, 5, 10)
P = payloads(DAY)
NIK = "5371010101900001"


@pytest.fixture
def office(backend, root):
    """Caseworkers Ani and Budi (no special access), supervisor dr. Dewi (health and
    perpetrator access); a case of Ani's with health, legal, perpetrator and journey records."""
    backend.deps.clock = MovableClock(DAY)
    users = add_office_users(backend)
    b = backend
    b.office.save_letterhead({"parent_lines": ["PEMERINTAH KOTA CONTOH"],
                              "city": "Kota Contoh", "head_name": "Yohana Contoh, S.Sos"})
    _, case_id, number = b.cases.register(make_intake("Ringkas Sintetis", nik=NIK,
                                                      assigned_user_id=users["ani"].id))
    b.session.lock()
    b.session.unlock("dokter", PASSWORDS["dokter"])
    for kind in ("skrining_kesehatan", "laporan_polisi", "pelaku", "perjalanan", "evakuasi"):
        b.casework.save_record(case_id, kind, P[kind])
    return SimpleNamespace(backend=b, case_id=case_id, number=number, **users)


def login(backend, username: str) -> None:
    backend.session.lock()
    backend.session.unlock(username, PASSWORDS[username])


def consent(b, case_id: str, purpose: str, scope: tuple[str, ...]) -> None:
    b.consent.record(case_id, ConsentInput(purpose, "KORBAN", DAY, "TERTULIS", scope=scope))


@needs_poppler
def test_the_office_copy_holds_what_the_reader_may_open(office, tmp_path):
    b = office.backend
    b.documents.print_case_summary(office.case_id, tmp_path / "dokter.pdf")
    text = text_of(tmp_path / "dokter.pdf")
    for part in ("RINGKASAN KASUS", office.number, "Ringkas Sintetis", NIK,
                 "Arsip internal PPT", "Laporan Polisi", "LP/B/77/XI/2026", "Pelaku Sintetis",
                 "Tes sukarela ditawarkan", "Persetujuan korban", "Halaman 1 dari"):
        assert part in text, part
    login(b, "ani")
    b.documents.print_case_summary(office.case_id, tmp_path / "ani.pdf")
    text = text_of(tmp_path / "ani.pdf")
    assert "Ringkas Sintetis" in text and "LP/B/77/XI/2026" in text
    for secret in ("Pelaku Sintetis", "Om Ben", "Tes sukarela ditawarkan",
                   "Perlu pemeriksaan lanjutan"):
        assert secret not in text, secret
    assert "catatan terbatas tidak dicetak" in text


@needs_poppler
def test_a_copy_for_the_police_holds_only_the_consents_scope(office, tmp_path):
    b = office.backend
    with pytest.raises(DomainError) as info:
        b.documents.print_case_summary(office.case_id, tmp_path / "aph.pdf", "APH")
    assert (info.value.code, info.value.params["reason"]) == ("consent_missing", "no_consent")
    assert not (tmp_path / "aph.pdf").exists()
    consent(b, office.case_id, "APH", ("IDENTITAS", "RINGKASAN_KASUS"))
    b.documents.print_case_summary(office.case_id, tmp_path / "aph.pdf", "APH")
    text = text_of(tmp_path / "aph.pdf")
    assert "Ringkas Sintetis" in text and "LP/B/77/XI/2026" in text
    assert "Aparat penegak hukum" in text and "persetujuan korban" in text
    for secret in (NIK, "Sakit kepala", "Tes sukarela", "Skrining Kesehatan"):
        assert secret not in text, secret        # no DOKUMEN, no KESEHATAN in the scope
    assert "Tidak dicantumkan" in text and "Data kesehatan" in text
    consent(b, office.case_id, "LPSK", ("RINGKASAN_KASUS",))
    b.documents.print_case_summary(office.case_id, tmp_path / "lpsk.pdf", "LPSK")
    text = text_of(tmp_path / "lpsk.pdf")
    assert "Ringkas Sintetis" not in text and "Identitas korban" in text
    assert "LP/B/77/XI/2026" in text


def test_a_caseworker_cannot_print_a_case_that_is_not_hers(office, tmp_path):
    login(office.backend, "budi")
    with pytest.raises(DomainError) as info:
        office.backend.documents.print_case_summary(office.case_id, tmp_path / "x.pdf")
    assert info.value.code == "case_not_visible"
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_the_summary_page_looks_like_a_letter(office, tmp_path):
    """Page 1 rendered as a PDF viewer would; with PPT_DESK_SCREENSHOTS the image is kept
    for the user guide."""
    path = tmp_path / "ringkasan.pdf"
    office.backend.documents.print_case_summary(office.case_id, path)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(tmp_path / "page")], check=True)
    png = tmp_path / "page.png"
    assert png.stat().st_size > 20_000
    folder = os.environ.get("PPT_DESK_SCREENSHOTS")
    if folder:
        shutil.copyfile(png, Path(folder) / "pdf-ringkasan-kasus.png")
