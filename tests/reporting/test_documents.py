"""The surat rujukan and the berita acara serah terima, drawn to PDF and read back with
poppler (pdftotext / pdftoppm): the Indonesian text, page numbers, the consent-driven parts,
atomic writing on a full disk, and a rendered first page.

Synthetic people only.  With ``PPT_DESK_SCREENSHOTS=<folder>`` the first pages are also
written there as pdf-*.png (80 dpi) for the documentation.
"""
from __future__ import annotations

import errno
import io
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from reportlab.platypus import SimpleDocTemplate

from ppt_desk import atomic
from ppt_desk.reporting import fonts
from ppt_desk.reporting.handover_minutes import handover_minutes
from ppt_desk.reporting.referral_letter import referral_letter
from ppt_desk.reporting.signatures import BLANK_NAME
from ppt_desk.domain.words import rupiah
from ppt_desk.services.dto import (
    HandoverMinutesData,
    ReferralLetterData,
    Signatory,
)

from pdf_tools import (
    PDFFONTS, PDFTOPPM, PDFTOTEXT, SAMPLE_LETTERHEAD, flat, fonts_of, needs_poppler, pages_of,
    text_of,
)

KOP = SAMPLE_LETTERHEAD
HEAD = Signatory(caption="Kepala UPTD PPA Kota Kupang,", name="Dra. Agustina Nélci Bessie, M.Si.",
                 position="Pembina Tingkat I", id_number="19750812 200003 2 004")
WORKER = Signatory(caption="PIHAK PERTAMA", name="Maria Goreti Tefa", position="Pekerja Sosial",
                   id_number="19880304 201503 2 007", institution="UPTD PPA Kota Kupang")


def referral(**changes) -> ReferralLetterData:
    data = dict(
        letterhead=KOP,
        number="400.10.2.3/045/UPTD-PPA/XI/2026",
        issued_on=date(2026, 11, 23),
        to_institution="Direktur Rumah Sakit Umum Daerah Kota Kupang",
        to_address="Jl. Contoh Sehat No. 8, Kota Kupang",
        subject="Rujukan Layanan Rehabilitasi Kesehatan",
        services=("Pemeriksaan kesehatan umum dan visum et repertum",
                  "Layanan psikologis (konseling trauma)"),
        need="Korban mengeluhkan nyeri kepala berulang dan sulit tidur sejak kembali dari "
             "Malaysia, dan membutuhkan pemeriksaan serta pendampingan psikologis.",
        identity=(("Nama", "Melati Anggraini"), ("Jenis kelamin", "Perempuan"),
                  ("Umur", "19 tahun"), ("Alamat asal", "Desa Oelnasi, Kabupaten Kupang")),
        case_summary="Korban direkrut pada Maret 2026 dengan janji “pekerjaan di restoran” "
                     "dan dipekerjakan di perkebunan tanpa upah selama tujuh bulan. Korban "
                     "dipulangkan melalui Batam pada 21 November 2026.",
        health="Tekanan darah normal; korban menyampaikan gangguan tidur dan mimpi buruk.",
        documents=("Salinan surat keterangan dari KBRI", "Hasil asesmen awal pekerja sosial"),
        case_management=("Manajemen kasus tetap dipegang oleh UPTD PPA Kota Kupang; mohon "
                         "umpan balik hasil layanan kepada kami."),
        consent_note="Persetujuan korban: 20 November 2026, tertulis, untuk rujukan layanan "
                     "kesehatan dan psikologis.",
        contact="Maria Goreti Tefa (Pekerja Sosial), telepon 0812-0000-1234",
        withheld=("Kontak keluarga", "Riwayat kesehatan jiwa"),
        signatories=(HEAD,),
        copies_to=("Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Kupang",
                   "Arsip"),
    )
    data.update(changes)
    return ReferralLetterData(**data)


def pemulangan(**changes) -> HandoverMinutesData:
    data = dict(
        letterhead=KOP,
        number="400.10.2.3/052/UPTD-PPA/XI/2026",
        held_on=date(2026, 11, 23),
        place="Kantor Desa Oelnasi, Kecamatan Kupang Tengah, Kabupaten Kupang",
        remains=False,
        giver=WORKER,
        receiver=Signatory(caption="PIHAK KEDUA", name="Yosef Anggraini",
                           position="Ayah kandung korban"),
        subject_rows=(("Nama", "Melati Anggraini"),
                      ("Tempat/tanggal lahir", "Kupang, 14 Maret 2007"),
                      ("Jenis kelamin", "Perempuan"),
                      ("Alamat asal", "RT 004/RW 002, Desa Oelnasi, Kecamatan Kupang Tengah, "
                                      "Kabupaten Kupang"),
                      ("Kondisi saat diserahkan", "Sehat, sadar, dan bersedia kembali ke "
                                                  "keluarga")),
        route=("Kuala Lumpur – Batam (kapal, 19 November 2026)",
               "Batam – Kupang (pesawat, 21 November 2026)",
               "Kupang – Desa Oelnasi (mobil dinas, 23 November 2026)"),
        escort="Renée Ndun, Pekerja Sosial UPTD PPA Kota Kupang",
        items=(("Surat Perjalanan Laksana Paspor (SPLP)", "Asli, diterima PIHAK KEDUA"),
               ("Tas pakaian milik korban (1 buah)", "Diterima korban"),
               (f"Uang saku pemulangan {rupiah(500_000)}", "Diterima korban"),
               ("Surat rujukan layanan kesehatan lanjutan", "Salinan")),
        notes="Korban dan keluarga telah mendapat penjelasan tentang hak korban atas "
              "restitusi dan layanan lanjutan; pemantauan dilakukan oleh UPTD PPA Kota Kupang.",
        witnesses=(Signatory(caption="Saksi I", name="Frans O’Neil Lakapu",
                             position="Kepala Desa Oelnasi"),
                   Signatory(caption="Saksi II", name="", position="Bhabinkamtibmas",
                             id_number="NRP. 85041234")),
    )
    data.update(changes)
    return HandoverMinutesData(**data)


def jenazah(**changes) -> HandoverMinutesData:
    data = dict(
        remains=True,
        number="400.10.2.3/053/UPTD-PPA/XI/2026",
        held_on=date(2026, 11, 25),
        place="Kargo Bandara El Tari, Kota Kupang",
        receiver=Signatory(caption="PIHAK KEDUA", name="Yakobus Anggraini",
                           position="Kakak kandung almarhumah"),
        subject_rows=(("Nama almarhumah", "Melati Anggraini"),
                      ("Tempat/tanggal lahir", "Kupang, 14 Maret 2001"),
                      ("Alamat asal", "Desa Oelnasi, Kecamatan Kupang Tengah, Kabupaten "
                                      "Kupang"),
                      ("Meninggal dunia", "18 November 2026 di Johor Bahru, Malaysia"),
                      ("Keadaan jenazah", "Dalam peti tersegel, telah diawetkan")),
        route=("Johor Bahru – Jakarta (kargo udara, 23 November 2026)",
               "Jakarta – Kupang (kargo udara, 25 November 2026)",
               "Bandara El Tari – rumah duka di Desa Oelnasi (ambulans)"),
        escort="Renée Ndun, Pekerja Sosial UPTD PPA Kota Kupang",
        items=(("Peti jenazah tersegel (1 buah)", "Diterima PIHAK KEDUA"),
               ("Surat keterangan kematian dari rumah sakit", "Asli"),
               ("Sertifikat pengawetan jenazah (embalming)", "Asli"),
               ("Barang pribadi almarhumah (1 koper)", "Diterima PIHAK KEDUA")),
        notes="Keluarga telah mendapat penjelasan tentang hak ahli waris atas restitusi.",
    )
    data.update(changes)
    return pemulangan(**data)


def first_page_png(pdf: Path, target: Path, dpi: int) -> Path:
    """Page 1 as ``target`` (a .png path)."""
    subprocess.run([PDFTOPPM, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(target.with_suffix(""))], check=True, timeout=60)
    return target


def check_page_numbers(pdf: Path, text: str) -> int:
    n = pages_of(pdf)
    for page in range(1, n + 1):
        assert f"Halaman {page} dari {n}" in text
    assert text.count("RAHASIA — hanya untuk keperluan layanan korban") == n
    return n


def check_png(png: Path, dpi: int) -> None:
    assert png.exists()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000
    image = pytest.importorskip("PIL.Image")
    with image.open(png) as img:
        width, height = img.size
        assert abs(width - 8.27 * dpi) <= 2 and abs(height - 11.69 * dpi) <= 2  # A4
        grey = img.convert("L")
        dark = sum(grey.histogram()[:128])
        assert 0.01 < dark / (width * height) < 0.25  # printed text, not blank, not black


def screenshot(pdf: Path, name: str) -> None:
    folder = os.environ.get("PPT_DESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        check_png(first_page_png(pdf, Path(folder) / name, 80), 80)


# -- surat rujukan ------------------------------------------------------------------------
@needs_poppler
def test_referral_letter_reads_as_an_indonesian_letter(tmp_path):
    pdf = tmp_path / "surat.pdf"
    referral_letter(referral(), pdf)
    text = text_of(pdf)
    one = flat(text)

    for line in ("PEMERINTAH KOTA KUPANG",
                 "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
                 "UPTD PPA KOTA KUPANG"):
        assert line in text
    assert "Telp. (0380) 800 1234" in one and "uptd.ppa@kupang.example.id" in one
    assert re.search(r"^\s{20,}Kupang, 23 November 2026\s*$", text, re.MULTILINE)  # right
    assert re.search(r"Nomor\s+:\s+400\.10\.2\.3/045/UPTD-PPA/XI/2026", text)
    assert re.search(r"Lampiran\s+:\s+2 berkas", text)
    assert re.search(r"Perihal\s+:\s+Rujukan Layanan Rehabilitasi Kesehatan", text)
    assert "Kepada Yth. Direktur Rumah Sakit Umum Daerah Kota Kupang Jl. Contoh Sehat No. 8, " \
           "Kota Kupang di Tempat" in one
    assert "Dengan hormat," in one
    assert ("Bersama ini kami merujuk korban tindak pidana perdagangan orang (TPPO) yang kami "
            "tangani untuk mendapatkan layanan berikut: 1. Pemeriksaan kesehatan umum dan visum "
            "et repertum 2. Layanan psikologis (konseling trauma)") in one
    assert "Kebutuhan / alasan rujukan:" in one
    assert "Identitas korban" in one
    assert re.search(r"Nama\s+:\s+Melati Anggraini", text)
    assert "“pekerjaan di restoran”" in one  # Unicode quotes survive
    assert "Ringkasan kasus" in one and "Informasi kesehatan" in one
    assert ("Dokumen yang dilampirkan: 1. Salinan surat keterangan dari KBRI 2. Hasil asesmen "
            "awal pekerja sosial") in one
    assert "Manajemen kasus tetap dipegang oleh UPTD PPA Kota Kupang; mohon umpan balik" in one
    assert "Persetujuan korban: 20 November 2026, tertulis" in one
    assert ("Data berikut tidak disertakan karena tidak tercakup persetujuan korban: Kontak "
            "keluarga, Riwayat kesehatan jiwa.") in one
    assert "Narahubung: Maria Goreti Tefa (Pekerja Sosial), telepon 0812-0000-1234" in one
    assert ("Demikian surat rujukan ini kami sampaikan. Atas perhatian dan kerja sama "
            "Bapak/Ibu, kami ucapkan terima kasih.") in one
    assert "Kepala UPTD PPA Kota Kupang," in one
    assert "Dra. Agustina Nélci Bessie, M.Si." in one
    assert "NIP. 19750812 200003 2 004" in one
    assert "Tembusan: 1. Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota " \
           "Kupang 2. Arsip" in one
    # the letter's order: header, addressee, body, signature, tembusan
    order = [one.index(s) for s in ("Nomor", "Kepada Yth.", "Dengan hormat,", "Identitas korban",
                                    "Ringkasan kasus", "Dokumen yang dilampirkan", "Narahubung",
                                    "Demikian surat rujukan", "NIP.", "Tembusan")]
    assert order == sorted(order)
    check_page_numbers(pdf, text)

    png = first_page_png(pdf, tmp_path / "surat.png", 60)
    check_png(png, 60)
    screenshot(pdf, "pdf-layout-surat-rujukan.png")


@needs_poppler
def test_referral_letter_leaves_out_what_consent_does_not_cover(tmp_path):
    pdf = tmp_path / "surat.pdf"
    referral_letter(referral(identity=(), health="", case_summary="", withheld=(),
                             documents=(), copies_to=(), consent_note="",
                             signatories=(Signatory(caption="Pekerja Sosial,"),)), pdf)
    text = text_of(pdf)
    one = flat(text)
    assert "Identitas korban" not in one
    assert "Melati" not in one
    assert "Informasi kesehatan" not in one and "Ringkasan kasus" not in one
    assert "tidak tercakup persetujuan korban" not in one
    assert "Dokumen yang dilampirkan" not in one and "Tembusan" not in one
    assert re.search(r"Lampiran\s+:\s+-", text)
    assert BLANK_NAME in one  # a blank name prints a line to write it by hand
    assert "NIP." not in one
    assert check_page_numbers(pdf, text) == 1
    assert "Halaman 1 dari 1" in text


@needs_poppler
def test_withheld_note_and_identity_are_independent(tmp_path):
    pdf = tmp_path / "surat.pdf"
    referral_letter(referral(identity=(), withheld=("Identitas korban",)), pdf)
    one = flat(text_of(pdf))
    assert "Identitas korban:" not in one
    assert ("Data berikut tidak disertakan karena tidak tercakup persetujuan korban: "
            "Identitas korban.") in one


@needs_poppler
def test_a_long_referral_runs_onto_more_pages_with_numbers(tmp_path):
    pdf = tmp_path / "surat.pdf"
    long_summary = " ".join(["Korban menceritakan kronologi perekrutan dan perjalanan."] * 90)
    referral_letter(referral(case_summary=long_summary,
                             signatories=(Signatory(caption="Mengetahui,", name="Yohanes Sabu",
                                                    position="Kepala Bidang"), HEAD)), pdf)
    text = text_of(pdf)
    n = check_page_numbers(pdf, text)
    assert n >= 2
    # both signature blocks with their captions sit on the same (last) page
    last = text.split("\f")[n - 1]
    for part in ("Mengetahui,", "Yohanes Sabu", "Kepala UPTD PPA Kota Kupang,",
                 "Dra. Agustina Nélci Bessie"):
        assert part in last


@needs_poppler
def test_the_closing_and_signature_never_stand_alone_on_a_page(tmp_path):
    # case summaries of growing length walk the closing across the page breaks; wherever it
    # falls, the page that holds the signature also holds the body's last lines before it
    pdf = tmp_path / "surat.pdf"
    breaks = set()
    for sentences in range(1, 40):
        summary = " ".join(["Korban menceritakan kronologi perekrutan."] * sentences)
        referral_letter(referral(case_summary=summary), pdf)
        pages = text_of(pdf).split("\f")
        signed = next(i for i, page in enumerate(pages) if "Dra. Agustina Nélci Bessie" in page)
        before, closing, _ = pages[signed].partition("Demikian surat rujukan ini")
        assert closing, sentences  # the closing sits on the signature's page
        assert "Narahubung: Maria Goreti Tefa" in before, (sentences, pages[signed][:300])
        breaks.add(signed)
    assert breaks == {1, 2}  # the walk did cross page breaks


# -- berita acara -------------------------------------------------------------------------
def check_handover_common(text: str, number: str, sentence_end: str) -> None:
    one = flat(text)
    assert re.search(rf"^\s+Nomor: {re.escape(number)}\s*$", text, re.MULTILINE)
    assert "kami yang bertanda tangan di bawah ini:" in one
    assert re.search(r"1\.\s+Nama\s+:\s+Maria Goreti Tefa", text)
    assert re.search(r"Jabatan\s+:\s+Pekerja Sosial", text)
    assert re.search(r"Instansi\s+:\s+UPTD PPA Kota Kupang", text)
    assert "selanjutnya disebut PIHAK PERTAMA." in one
    assert re.search(r"2\.\s+Nama\s+:\s+Y\w+ Anggraini", text)
    assert "selanjutnya disebut PIHAK KEDUA." in one
    assert ("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari "
            f"PIHAK PERTAMA{sentence_end}") in one
    assert "Rute pemulangan: 1." in one
    assert "Pendamping: Renée Ndun, Pekerja Sosial UPTD PPA Kota Kupang" in one
    assert "Dokumen dan barang yang diserahkan" in one
    assert re.search(r"No\s+Uraian\s+Keterangan", text)
    assert ("Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap 2 (dua) untuk "
            "dipergunakan sebagaimana mestinya.") in one
    # PIHAK KEDUA signs on the left, PIHAK PERTAMA on the right, on one line
    sign_line = next(line for line in text.splitlines()
                     if "PIHAK KEDUA" in line and "PIHAK PERTAMA" in line
                     and "menyerahkan" not in line)
    assert sign_line.index("PIHAK KEDUA") < sign_line.index("PIHAK PERTAMA")
    assert "Saksi-saksi:" in one
    witness_line = next(line for line in text.splitlines() if "Saksi I" in line)
    assert "Saksi II" in witness_line
    assert "Frans O’Neil Lakapu" in one
    assert BLANK_NAME in one  # the second witness writes the name by hand
    assert "NRP. 85041234" in one and "NIP. NRP" not in one
    assert "NIP. 19880304 201503 2 007" in one


@needs_poppler
def test_handover_minutes_for_a_returning_victim(tmp_path):
    pdf = tmp_path / "ba.pdf"
    handover_minutes(pemulangan(), pdf)
    text = text_of(pdf)
    one = flat(text)
    assert "BERITA ACARA SERAH TERIMA KORBAN" in text
    assert "JENAZAH" not in text
    assert ("Pada hari ini, Senin tanggal dua puluh tiga bulan November tahun dua ribu dua "
            "puluh enam (23 November 2026), bertempat di Kantor Desa Oelnasi, Kecamatan Kupang "
            "Tengah, Kabupaten Kupang, kami yang bertanda tangan di bawah ini:") in one
    check_handover_common(text, "400.10.2.3/052/UPTD-PPA/XI/2026", ":")
    assert re.search(r"Hubungan\s+:\s+Ayah kandung korban", text)
    assert re.search(r"Kondisi saat diserahkan\s+:\s+Sehat", text)
    assert re.search(r"3\.\s+Uang saku pemulangan Rp 500\.000\s+Diterima korban", text)
    check_page_numbers(pdf, text)
    check_png(first_page_png(pdf, tmp_path / "ba.png", 60), 60)
    screenshot(pdf, "pdf-layout-berita-acara-pemulangan.png")


@needs_poppler
def test_handover_minutes_for_the_remains_of_a_victim(tmp_path):
    pdf = tmp_path / "ba.pdf"
    handover_minutes(jenazah(), pdf)
    text = text_of(pdf)
    one = flat(text)
    assert "BERITA ACARA SERAH TERIMA JENAZAH" in text
    assert "SERAH TERIMA KORBAN" not in text
    assert ("Pada hari ini, Rabu tanggal dua puluh lima bulan November tahun dua ribu dua "
            "puluh enam (25 November 2026), bertempat di Kargo Bandara El Tari") in one
    check_handover_common(text, "400.10.2.3/053/UPTD-PPA/XI/2026", " jenazah:")
    assert re.search(r"Nama almarhumah\s+:\s+Melati Anggraini", text)
    check_page_numbers(pdf, text)
    check_png(first_page_png(pdf, tmp_path / "ba.png", 60), 60)
    screenshot(pdf, "pdf-layout-berita-acara-jenazah.png")


@needs_poppler
def test_handover_minutes_with_blank_names_and_no_items(tmp_path):
    pdf = tmp_path / "ba.pdf"
    handover_minutes(pemulangan(giver=Signatory(caption=""), receiver=Signatory(caption=""),
                                items=(), route=(), escort="", notes="", witnesses=()), pdf)
    text = text_of(pdf)
    one = flat(text)
    assert "Rute pemulangan" not in one and "Pendamping" not in one
    assert "Saksi-saksi" not in one
    assert "Dokumen dan barang yang diserahkan: Tidak ada." in one
    assert one.count(BLANK_NAME) == 2
    assert "Yang menerima," in one and "Yang menyerahkan," in one
    check_page_numbers(pdf, text)


@needs_poppler
def test_unicode_names_are_embedded_in_the_font(tmp_path):
    if fonts.load() == fonts.BUILTIN or PDFFONTS is None:
        pytest.skip("DejaVu fonts not installed (apt-get install fonts-dejavu-core)")
    pdf = tmp_path / "ba.pdf"
    handover_minutes(pemulangan(), pdf)
    listed = fonts_of(pdf)
    dejavu = [line for line in listed.splitlines() if "DejaVuSerif" in line]
    assert dejavu and all(" yes " in line for line in dejavu)  # embedded
    assert "Helvetica" not in listed and "Times" not in listed
    assert "Renée Ndun" in text_of(pdf)


# -- atomic writing -----------------------------------------------------------------------
class _FullDisk(io.FileIO):
    """A file on a stick that fills up after 1,500 bytes."""

    def write(self, data) -> int:
        room = 1500 - self.tell()
        if len(data) > room:
            super().write(bytes(data[:max(room, 0)]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def _fail_while_writing(monkeypatch):
    monkeypatch.setattr(atomic, "open", lambda file, mode: _FullDisk(file, mode),
                        raising=False)


def _fail_on_fsync(monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)


def _fail_in_build(monkeypatch):
    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(SimpleDocTemplate, "build", full)


FAILURES = [_fail_while_writing, _fail_on_fsync, _fail_in_build]
DOCUMENTS = [(referral_letter, referral), (handover_minutes, pemulangan)]


@pytest.mark.parametrize("fail", FAILURES, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("draw", "make"), DOCUMENTS, ids=["rujukan", "berita-acara"])
def test_a_full_disk_leaves_no_file_and_no_temp_file(tmp_path, monkeypatch, fail, draw, make):
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "dokumen.pdf"
    fail(monkeypatch)
    with pytest.raises(OSError) as raised:
        draw(make(), target)
    assert raised.value.errno == errno.ENOSPC
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("fail", FAILURES, ids=lambda f: f.__name__)
def test_a_full_disk_keeps_the_previous_file(tmp_path, monkeypatch, fail):
    target = tmp_path / "dokumen.pdf"
    referral_letter(referral(), target)
    before = target.read_bytes()
    assert before.startswith(b"%PDF-") and b"%%EOF" in before[-64:]
    fail(monkeypatch)
    with pytest.raises(OSError):
        referral_letter(referral(number="999/XI/2026"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["dokumen.pdf"]


def test_the_temp_file_is_beside_the_target_and_names_nobody(tmp_path, monkeypatch):
    target = tmp_path / "Surat rujukan Melati Anggraini.pdf"
    moves: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def replace(src, dst):
        moves.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    referral_letter(referral(), target)
    (src, dst), = moves
    assert dst == target and src.parent == tmp_path
    assert "melati" not in src.name.lower() and "anggraini" not in src.name.lower()
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_pdf_metadata_carries_no_personal_data(tmp_path):
    target = tmp_path / "ba.pdf"
    handover_minutes(jenazah(), target)
    raw = target.read_bytes()
    assert b"Melati" not in raw and b"Anggraini" not in raw  # compressed pages, plain info
    assert b"Berita Acara Serah Terima Jenazah" in raw


# -- fonts and margins --------------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize(("draw", "make"), [(referral_letter, referral),
                                            (handover_minutes, pemulangan),
                                            (handover_minutes, jenazah)],
                         ids=["rujukan", "pemulangan", "jenazah"])
def test_all_text_stays_inside_the_margins(tmp_path, draw, make):
    pdf = tmp_path / "dokumen.pdf"
    draw(make(), pdf)
    html = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">', html)
    assert len(words) > 200
    cm = 72 / 2.54
    for x0, y0, x1, y1 in ((float(v) for v in word) for word in words):
        assert x0 >= 2.5 * cm - 1 and x1 <= (21.0 - 2.0) * cm + 1
        assert y0 >= 2.0 * cm - 1 and y1 <= 29.7 * cm - 0.8 * cm


@needs_poppler
def test_without_dejavu_the_base_fonts_still_print(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "load", lambda: fonts.BUILTIN)
    referral_letter(referral(), tmp_path / "surat.pdf")
    handover_minutes(jenazah(), tmp_path / "ba.pdf")
    one = flat(text_of(tmp_path / "ba.pdf"))
    assert "BERITA ACARA SERAH TERIMA JENAZAH" in one
    assert "Renée Ndun" in one and "Frans O’Neil Lakapu" in one
    assert "Dra. Agustina Nélci Bessie" in flat(text_of(tmp_path / "surat.pdf"))


def test_a_missing_font_folder_is_not_an_error(tmp_path):
    assert fonts.font_files([tmp_path / "tidak-ada", tmp_path]) == {}


def test_the_fonts_shipped_with_the_app_are_used_first():
    """Windows laptops have no DejaVu: the app's own copies make every print the same."""
    from ppt_desk.paths import RESOURCES

    files = fonts.font_files(fonts.FONT_DIRS)
    for name in ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                 "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert files[name].parent == RESOURCES / "fonts", name
    assert (RESOURCES / "fonts" / "LICENSE-DejaVu.txt").exists()


# -- start-up -----------------------------------------------------------------------------
def test_the_package_loads_no_reportlab_until_a_document_is_printed():
    """reportlab is not needed to start the app: ``ppt_desk.reporting`` itself imports
    nothing; the document's module does, on the first print."""
    probe = ("import sys, ppt_desk.reporting; print('reportlab' in sys.modules); "
             "import ppt_desk.reporting.referral_letter; print('reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                         text=True, timeout=60).stdout.split()
    assert out == ["False", "True"]
