"""The notulen of a case conference drawn to PDF and read back with poppler (pdftotext,
pdfinfo, pdftoppm): its parts, Indonesian text, long decisions across pages, the draft
mark; and the pure assembly from a ConferenceDetail (titles by kind, who signs, names kept
out of the free texts where they may not be printed).

Synthetic people only.  With ``PPT_DESK_SCREENSHOTS=<folder>`` page 1 is also written there
as conference-minutes.png (80 dpi) for the documentation.
"""
from __future__ import annotations

import os
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ppt_desk.domain.audience import AudienceSource, Scrubber
from ppt_desk.reporting import fonts
from ppt_desk.reporting.conference_minutes import conference_minutes
from ppt_desk.services.conference_dto import (
    AgendaItem, ConferenceCaseInfo, ConferenceDetail, DecisionInfo, ParticipantInfo,
)
from ppt_desk.services.conference_minutes import NO_CONSENT, CaseReading, minutes_data
from ppt_desk.services.conference_minutes_dto import (
    ConferenceMinutesData, MinutesAgendaItem, MinutesAttendee, MinutesCase, MinutesDecision,
)
from ppt_desk.services.dto import Signatory

from pdf_tools import (
    PDFFONTS, PDFINFO, PDFTOPPM, SAMPLE_LETTERHEAD, flat, fonts_of, needs_poppler, pages_of, text_of,
)

KOP = SAMPLE_LETTERHEAD
DAY = date(2026, 12, 3)  # a Thursday


def minutes(**changes) -> ConferenceMinutesData:
    data = dict(
        letterhead=KOP, title="Notulen Sidang Kasus",
        kind_label="Sidang kasus (case conference)", held_on=DAY,
        place="Ruang rapat UPTD PPA Kota Kupang", final=True,
        cases=(MinutesCase("Korban A", "KPG-2026-0012", "Melati Anggraini",
                           "Tahap 3: Perencanaan"),
               MinutesCase("Korban B", "KPG-2026-0031", "", "Tahap 2: Asesmen")),
        attendees=(
            MinutesAttendee("Maria Goreti Tefa", "UPTD PPA Kota Kupang", "Pimpinan sidang",
                            DAY),
            MinutesAttendee("Renée Ndun", "UPTD PPA Kota Kupang", "Notulis", DAY),
            MinutesAttendee("AKP Yohanes Ké", "Polresta Kupang Kota", "Peserta", None),
            MinutesAttendee("dr. Sri Wahyuni", "RSUD S.K. Lerik", "Peserta", DAY)),
        chair=Signatory("Pimpinan Sidang,", "Maria Goreti Tefa", "Pekerja Sosial", "",
                        "UPTD PPA Kota Kupang"),
        secretary=Signatory("Notulis,", "Renée Ndun", "Pendamping"),
        agenda=(MinutesAgendaItem("Korban A — KPG-2026-0012", "Masalah",
                                  "Korban mengalami trauma dan belum memiliki KTP."),
                MinutesAgendaItem("Korban A — KPG-2026-0012", "Kebutuhan: psikologis",
                                  "Konseling trauma mingguan."),
                MinutesAgendaItem("Korban B — KPG-2026-0031", "", NO_CONSENT)),
        problem_focus="Pemulihan psikologis korban dan kepastian proses hukum terhadap "
                      "perekrut (“sponsor”) di desa asal.",
        alternatives="Rujukan ke psikolog RSUD; pendampingan oleh LSM mitra; rumah aman.",
        decisions=(MinutesDecision("Korban A", "Korban dirujuk ke psikolog RSUD.",
                                   "Membuat surat rujukan", "Maria Goreti Tefa — UPTD PPA",
                                   date(2026, 12, 10)),
                   MinutesDecision("Korban B", "Penelusuran keluarga lewat Dinas Sosial.",
                                   "Menghubungi Dinsos kabupaten asal",
                                   "Dinas Sosial Kab. Kupang", date(2026, 12, 17),
                                   date(2026, 12, 15)),
                   MinutesDecision("Korban A", "Kasus dilanjutkan ke tahap penyidikan.")),
        notes="Pertemuan berikutnya setelah hasil konseling diterima.",
        identity_withheld=True)
    data.update(changes)
    return ConferenceMinutesData(**data)


def page_texts(pdf: Path) -> list[str]:
    return [flat(page) for page in text_of(pdf, layout=False).split("\f") if page.strip()]


# -- the PDF -------------------------------------------------------------------------------
@needs_poppler
def test_minutes_read_as_indonesian_notulen(tmp_path):
    pdf = tmp_path / "notulen.pdf"
    conference_minutes(minutes(), pdf)
    text = text_of(pdf)
    one = flat(text_of(pdf, layout=False))

    assert "UPTD PPA KOTA KUPANG" in text and "NOTULEN SIDANG KASUS" in text
    assert re.search(r"Hari/tanggal\s+:\s+Kamis, 3 Desember 2026", text)
    assert re.search(r"Tempat\s+:\s+Ruang rapat UPTD PPA Kota Kupang", text)
    assert re.search(r"Jenis pertemuan\s+:\s+Sidang kasus \(case conference\)", text)
    assert re.search(r"Pimpinan sidang\s+:\s+Maria Goreti Tefa", text)
    assert re.search(r"Jumlah peserta\s+:\s+4 orang", text)
    # the cases: label, number, the name only where the service gave one
    assert "Korban A Melati Anggraini KPG-2026-0012" in one
    assert "KPG-2026-0012" in one and "KPG-2026-0031" in one
    assert "Nama korban tidak dicantumkan" in one
    # attendance: every participant, institution, role, acknowledgement, a place to sign
    for who in ("Maria Goreti Tefa", "Renée Ndun", "AKP Yohanes Ké", "dr. Sri Wahyuni",
                "Polresta Kupang Kota", "RSUD S.K. Lerik"):
        assert who in one
    assert "Sudah, 03-12-2026" in one and "Belum" in one
    assert "menyatakan menjaga kerahasiaan identitas korban" in one
    assert all(f"{i}. ......" in one for i in range(1, 5))
    # agenda, focus, alternatives, decisions and their action items
    assert "Masalah — Korban mengalami trauma dan belum memiliki KTP." in one
    assert NO_CONSENT in one
    assert "“sponsor”" in one  # Unicode quotes survive
    assert "Rujukan ke psikolog RSUD; pendampingan oleh LSM mitra; rumah aman." in one
    for part in ("Korban A: Korban dirujuk ke psikolog RSUD.", "Membuat surat rujukan",
                 "Batas waktu : 10 Desember 2026", "Penanggung jawab : Dinas Sosial Kab.",
                 "17 Desember 2026 (selesai 15 Desember 2026)",
                 "Kasus dilanjutkan ke tahap penyidikan."):
        assert part in one
    # closing, dated, both signatures
    assert "Demikian notulen ini dibuat dengan sebenarnya" in one
    assert re.search(r"^\s{20,}Kupang, 3 Desember 2026\s*$", text, re.MULTILINE)
    assert "Pimpinan Sidang," in one and "Notulis," in one and "Pendamping" in one
    order = [one.index(s) for s in ("I. Kasus yang dibahas", "II. Daftar hadir",
                                    "III. Acara dan pokok bahasan", "IV. Fokus masalah",
                                    "V. Alternatif pemecahan", "VI. Keputusan",
                                    "VII. Catatan", "Demikian notulen")]
    assert order == sorted(order)
    n = pages_of(pdf)
    assert all(f"Halaman {p} dari {n}" in one for p in range(1, n + 1))
    assert "DRAF" not in one
    folder = os.environ.get("PPT_DESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        subprocess.run([PDFTOPPM, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(Path(folder) / "conference-minutes")], check=True,
                       timeout=60)


@needs_poppler
def test_a_minutes_without_names_prints_none(tmp_path):
    pdf = tmp_path / "tanpa-nama.pdf"
    cases = tuple(MinutesCase(c.label, c.case_number, "", c.stage) for c in minutes().cases)
    conference_minutes(minutes(cases=cases), pdf)
    one = flat(text_of(pdf, layout=False))
    assert "Melati" not in one and "Anggraini" not in one
    assert "Korban A" in one and "KPG-2026-0012" in one


@needs_poppler
def test_long_decisions_wrap_across_pages_and_lose_nothing(tmp_path):
    sentence = ("Tim sepakat bahwa pendampingan psikososial dilanjutkan oleh pekerja sosial "
                "bersama psikolog, dengan laporan perkembangan setiap dua minggu kepada "
                "pimpinan sidang. ")
    decisions = tuple(
        MinutesDecision("Korban A", f"Keputusan nomor {i} dimulai. " + sentence * 25
                        + f"Akhir keputusan nomor {i}.", f"Tindakan {i}", "Dinas Sosial",
                        date(2026, 12, 10 + i))
        for i in range(1, 4))
    pdf = tmp_path / "panjang.pdf"
    conference_minutes(minutes(decisions=decisions), pdf)  # no LayoutError
    pages = page_texts(pdf)
    assert len(pages) == pages_of(pdf) >= 3
    footer = re.compile(r" ?RAHASIA — hanya untuk keperluan layanan korban Halaman \d+ dari \d+$")
    assert all(footer.search(page) for page in pages)
    one = " ".join(footer.sub("", page) for page in pages)
    for i in range(1, 4):
        assert f"Keputusan nomor {i} dimulai." in one and f"Akhir keputusan nomor {i}." in one
        assert f"Tindak lanjut : Tindakan {i}" in one
    # a single decision runs from one page onto the next
    start = next(p for p, t in enumerate(pages) if "Keputusan nomor 2 dimulai." in t)
    end = next(p for p, t in enumerate(pages) if "Akhir keputusan nomor 2." in t)
    assert end > start
    assert one.count(sentence.strip()) == 75  # every sentence, whole, once


@needs_poppler
def test_a_long_attendance_list_runs_over_pages_with_its_header(tmp_path):
    people = tuple(MinutesAttendee(f"Peserta Nomor {i:02d}", "Dinas Sosial Provinsi NTT",
                                   "Perwakilan lembaga mitra", DAY if i % 2 else None)
                   for i in range(1, 41))
    pdf = tmp_path / "hadir.pdf"
    conference_minutes(minutes(attendees=people), pdf)
    pages = page_texts(pdf)
    with_people = [p for p in pages if "Peserta Nomor" in p]
    assert len(with_people) >= 2
    assert all("Pernyataan kerahasiaan" in p for p in with_people)  # header repeated
    one = " ".join(pages)
    assert all(f"Peserta Nomor {i:02d}" in one for i in range(1, 41))
    assert "40. ...................." in one and "Jumlah peserta : 40 orang" in one


@needs_poppler
def test_a_conference_not_over_prints_as_a_draft(tmp_path):
    pdf = tmp_path / "draf.pdf"
    conference_minutes(minutes(final=False, attendees=(), decisions=(), problem_focus=""),
                       pdf)
    one = flat(text_of(pdf, layout=False))
    assert "DRAF — pertemuan belum dinyatakan selesai" in one
    assert "Belum ada keputusan yang dicatat." in one and "Belum dicatat." in one
    assert all(f"{i}. ......" in one for i in range(1, 6))  # a list to sign by hand


@needs_poppler
def test_fonts_are_embedded_and_no_name_is_in_the_metadata(tmp_path):
    if fonts.load() == fonts.BUILTIN or PDFFONTS is None:
        pytest.skip("DejaVu fonts not installed")
    pdf = tmp_path / "notulen.pdf"
    conference_minutes(minutes(), pdf)
    listed = fonts_of(pdf)
    dejavu = [line for line in listed.splitlines() if "DejaVu" in line]
    assert dejavu and all(" yes " in line for line in dejavu)  # embedded: any name prints
    assert "Helvetica" not in listed and "Times" not in listed
    info = subprocess.run([PDFINFO, str(pdf)], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    assert "Notulen Sidang Kasus" in info and "UPTD PPA Kota Kupang" in info
    assert "Melati" not in info and "Maria" not in info


@needs_poppler
def test_rendered_page_is_an_a4_page_with_text(tmp_path):
    pdf = tmp_path / "notulen.pdf"
    conference_minutes(minutes(), pdf)
    subprocess.run([PDFTOPPM, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    image = pytest.importorskip("PIL.Image")
    with image.open(tmp_path / "page.png") as img:
        width, height = img.size
        assert abs(width - 8.27 * 80) <= 2 and abs(height - 11.69 * 80) <= 2
        grey = img.convert("L")
        dark = sum(grey.histogram()[:128])
        assert 0.01 < dark / (width * height) < 0.25


# -- the assembly (pure) ---------------------------------------------------------------------
def detail(**changes) -> ConferenceDetail:
    data = dict(
        id="k1", kind="SIDANG_KASUS", kind_label="Sidang kasus (case conference)",
        status="SELESAI", planned_on=date(2026, 12, 1), place="Aula", held_on=DAY,
        problem_focus="Melati belum berani bersaksi; Anggraini (kakak) mendampingi.",
        alternatives="Ibu Yosefina sebagai wali pendamping.", notes="Catatan: Mawar aman.",
        cases=(ConferenceCaseInfo("c1", "Korban A", "KPG-1", "Melati Anggraini", "3"),
               ConferenceCaseInfo("c2", "Korban B", "KPG-2", "Mawar Lete", "2")),
        participants=(
            ParticipantInfo("p2", "Renée Ndun", None, "", "NOTULIS", "Notulis", DAY),
            ParticipantInfo("p1", "Maria Tefa", "i1", "UPTD PPA", "KETUA", "Ketua", DAY),
            ParticipantInfo("p3", "Yohanes Ké", "i2", "Polres", "PESERTA", "Peserta", None)),
        agenda=(AgendaItem("c1", "Masalah", "MELATI takut pulang."),
                AgendaItem("c2", "Masalah", "Mawar belum punya KTP.")),
        decisions=(DecisionInfo("d2", "c2", 2, "Mawar dirujuk.", "Rujuk", "Dinsos",
                                date(2026, 12, 9), None),
                   DecisionInfo("d1", "c1", 1, "Melati didampingi.", "", "", None, None)))
    data.update(changes)
    return ConferenceDetail(**data)


SEEN = CaseReading("Melati Anggraini", True)


def identity(case_id: str, **values) -> AudienceSource:
    """A source holding only identity values to scrub."""
    return AudienceSource(case_id=case_id, on=DAY, sex="", birth_date=None, estimated_age=None,
                          estimated_on=None, province="", regency="", stage="", **values)


def test_titles_by_kind_and_who_signs():
    for kind, title in (("PEMBAHASAN_KASUS", "Notulen Pertemuan Pembahasan Kasus"),
                        ("SIDANG_KASUS", "Notulen Sidang Kasus"),
                        ("GELAR_KASUS", "Notulen Gelar Kasus")):
        data = minutes_data(detail(kind=kind), {"c1": SEEN, "c2": SEEN}, KOP)
        assert data.title == title
    data = minutes_data(detail(), {"c1": SEEN, "c2": SEEN}, KOP)
    assert data.chair.name == "Maria Tefa" and data.chair.institution == "UPTD PPA"
    assert data.secretary.name == "Renée Ndun"
    assert [a.name for a in data.attendees] == ["Renée Ndun", "Maria Tefa", "Yohanes Ké"]
    assert [d.text for d in data.decisions] == ["Melati didampingi.", "Mawar dirujuk."]
    assert data.final and data.held_on == DAY
    nobody = minutes_data(detail(participants=(), status="BERLANGSUNG", held_on=None),
                          {"c1": SEEN, "c2": SEEN}, KOP)
    assert nobody.chair.name == "" and nobody.secretary.name == ""  # lines to write on
    assert not nobody.final and nobody.held_on == date(2026, 12, 1)


def test_names_that_may_not_be_printed_are_taken_out_of_every_text():
    hidden = CaseReading("", True, Scrubber(identity(
        "c1", names=("Melati Anggraini",), other_names=("Yosefina Anggraini",)), "Korban A"))
    data = minutes_data(detail(), {"c1": hidden, "c2": SEEN}, KOP)
    assert data.cases[0].name == "" and data.identity_withheld
    words = ("Melati", "MELATI", "Anggraini", "Yosefina")
    texts = [data.problem_focus, data.alternatives, data.notes,
             *(f"{a.heading} {a.text}" for a in data.agenda),
             *(f"{d.text} {d.action_what} {d.action_who}" for d in data.decisions)]
    assert not any(w in t for w in words for t in texts)
    assert data.problem_focus == "Korban A belum berani bersaksi; Korban A (kakak) mendampingi."
    assert "Korban A takut pulang." in [a.text for a in data.agenda]
    assert data.alternatives == "Ibu […] sebagai wali pendamping."
    # a case whose name may be printed keeps its texts as typed
    assert "Mawar" in data.notes and "Mawar dirujuk." in [d.text for d in data.decisions]


def test_without_consent_the_agenda_of_the_case_is_left_out():
    none = CaseReading("", False, Scrubber(identity("c2", names=("Mawar Lete",)), "Korban B"))
    data = minutes_data(detail(), {"c1": SEEN, "c2": none}, KOP)
    of_b = [a for a in data.agenda if a.case.startswith("Korban B")]
    assert [a.text for a in of_b] == [NO_CONSENT]
    assert "Korban B dirujuk." in [d.text for d in data.decisions]  # the decision stays
    assert data.cases[0].name == "Melati Anggraini"


def test_health_lines_of_the_agenda_only_with_health_in_the_consent():
    line = AgendaItem("c1", "Layanan berjalan", "Rehabilitasi kesehatan: berjalan", False)
    agenda = detail().agenda + (line,)
    plain = minutes_data(detail(agenda=agenda), {"c1": SEEN, "c2": SEEN}, KOP)
    assert "Rehabilitasi kesehatan: berjalan" not in [a.text for a in plain.agenda]
    assert "MELATI takut pulang." in [a.text for a in plain.agenda]
    health = CaseReading("Melati Anggraini", True, health=True)
    shown = minutes_data(detail(agenda=agenda), {"c1": health, "c2": SEEN}, KOP)
    assert "Rehabilitasi kesehatan: berjalan" in [a.text for a in shown.agenda]


def test_the_chair_and_secretary_sign_under_their_role_once():
    data = minutes_data(detail(), {"c1": SEEN, "c2": SEEN}, KOP)
    assert data.chair == Signatory("Pimpinan Sidang,", "Maria Tefa", "", "", "UPTD PPA")
    assert data.secretary == Signatory("Notulis,", "Renée Ndun", "", "", "")
