"""The service tracks through the backend, on a real encrypted database: the consent gates
(repatriation, referral to a named agency, mediation), the escort rule, the health-access
boundary in screens' data and in printed PDFs, letter numbers, the legal path a victim may
decline, track statuses, follow-up visits on the today page, and group sessions."""
from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from casework_helpers import PASSWORDS, MovableClock, add_office_users, payloads
from integration_helpers import child_intake, make_intake, rows
from ppt_desk.domain.errors import DomainError, ValidationFailed
from ppt_desk.domain.tracks import GroupParticipantInput, GroupSessionInput
from ppt_desk.services.dto import ConsentInput

D0 = date(2025, 5, 2)
DAY = date(2025, 5, 10)
LPSK = "Lembaga Perlindungan Saksi dan Korban (LPSK)"
from pdf_tools import needs_poppler


@pytest.fixture
def office(backend, root):
    """Caseworker Ani (no special access), Budi, and supervisor dr. Dewi with health access."""
    backend.deps.clock = MovableClock(DAY)
    users = add_office_users(backend)
    PASSWORDS["admin"] = root.PASSWORD
    return SimpleNamespace(backend=backend, **users)


def login(backend, username: str) -> None:
    backend.session.lock()
    backend.session.unlock(username, PASSWORDS[username])


def new_case(office, name: str, intake=make_intake) -> str:
    _, case_id, _ = office.backend.cases.register(intake(name, assigned_user_id=office.ani.id))
    return case_id


def consent(backend, case_id: str, purpose: str, agency: str = "", given_by: str = "KORBAN",
            scope: tuple[str, ...] = (), **changes) -> str:
    values = dict(giver_name="" if given_by == "KORBAN" else "Yosefina Bria", scope=scope)
    values.update(changes)
    _, consent_id = backend.consent.record(case_id, ConsentInput(
        purpose, given_by, DAY, "TERTULIS", agency=agency, **values))
    return consent_id


P = payloads(DAY)


def refused(call, *args) -> DomainError:
    with pytest.raises(DomainError) as info:
        call(*args)
    return info.value


# -- consent gates ------------------------------------------------------------------------
def test_no_repatriation_without_the_victims_recorded_consent(office):
    b = office.backend
    case_id = new_case(office, "Pulang Tanpa Izin")
    for kind in ("pemulangan_rencana", "pemulangan_pelaksanaan", "serah_terima_pemulangan"):
        error = refused(b.casework.save_record, case_id, kind, P[kind])
        assert (error.code, error.params["purpose"], error.params["reason"]) == (
            "consent_missing", "PEMULANGAN", "no_consent"), kind
    assert rows(b, "SELECT id FROM case_record WHERE case_id = :c", c=case_id) == []
    consent_id = consent(b, case_id, "PEMULANGAN")
    _, record_id = b.casework.save_record(case_id, "pemulangan_rencana", P["pemulangan_rencana"])
    # once planned, later changes (confirming the route) need not ask again...
    b.casework.save_record(case_id, "pemulangan_rencana", {**P["pemulangan_rencana"], "catatan": "ok"},
                  record_id)
    # ...but a withdrawn consent stops a new plan (for another case of the same victim too)
    b.consent.withdraw(consent_id, DAY, "Korban ingin tetap di rumah aman")
    other = new_case(office, "Pulang Kedua")
    assert refused(b.casework.save_record, other, "pemulangan_rencana",
                   P["pemulangan_rencana"]).params["reason"] == "no_consent"


def test_a_childs_repatriation_needs_an_escort(office):
    b = office.backend
    case_id = new_case(office, "Anak Pulang", child_intake)
    consent(b, case_id, "PEMULANGAN", given_by="WALI")
    plan = {k: v for k, v in P["pemulangan_rencana"].items() if k not in ("pendamping", "sakit")}
    with pytest.raises(ValidationFailed) as info:
        b.casework.save_record(case_id, "pemulangan_rencana", plan)
    assert info.value.problems == {"pendamping": "escort_required"}
    b.casework.save_record(case_id, "pemulangan_rencana", {**plan, "pendamping": "Petugas PPT"})


@pytest.mark.parametrize("flag", ["sakit", "risiko_keamanan"])
def test_a_sick_or_endangered_adults_repatriation_needs_an_escort(office, flag):
    b = office.backend
    case_id = new_case(office, f"Dewasa {flag}")
    consent(b, case_id, "PEMULANGAN")
    plan = {k: v for k, v in P["pemulangan_rencana"].items() if k not in ("pendamping", "sakit")}
    b.casework.save_record(case_id, "pemulangan_rencana", plan)  # a well adult may travel alone
    with pytest.raises(ValidationFailed) as info:
        b.casework.save_record(case_id, "pemulangan_rencana", {**plan, flag: True},
                      rows(b, "SELECT id FROM case_record WHERE case_id = :c", c=case_id)[0][0])
    assert info.value.problems == {"pendamping": "escort_required"}


def test_a_referral_needs_consent_to_share_with_that_agency(office):
    b = office.backend
    case_id = new_case(office, "Rujuk Lembaga")
    referral = P["rujukan"]  # to nas-lpsk
    error = refused(b.casework.save_record, case_id, "rujukan", referral)
    assert error.code == "consent_missing"
    assert (error.params["purpose"], error.params["agency"], error.params["reason"]) == (
        "RUJUKAN", LPSK, "no_consent")
    consent(b, case_id, "RUJUKAN", agency="RSUD Prof. W.Z. Johannes")
    assert refused(b.casework.save_record, case_id, "rujukan", referral).params["reason"] == \
        "agency_not_covered"
    consent(b, case_id, "RUJUKAN", agency="LPSK")  # the acronym names it too
    _, record_id = b.casework.save_record(case_id, "rujukan", referral)
    # "Periksa izin" answers the same for any of the institution's names
    for name in ("LPSK", LPSK, "Lembaga Perlindungan Saksi dan Korban"):
        assert b.consent.allows(case_id, "RUJUKAN", name).allowed, name
    assert not b.consent.allows(case_id, "RUJUKAN", "Kementerian Kesehatan").allowed
    # an incoming referral shares nothing and needs no consent
    b.casework.save_record(case_id, "rujukan", {**referral, "arah": "MASUK",
                                       "lembaga": "nas-bareskrim-ppa-ppo"})
    # changing the agency of the outgoing one asks again
    assert refused(b.casework.save_record, case_id, "rujukan", {**referral, "lembaga": "nas-kemenkes"},
                   record_id).code == "consent_missing"


def test_a_consent_to_share_with_lpsk_or_the_police_covers_a_referral_to_them(office):
    b = office.backend
    case_id = new_case(office, "Rujuk APH")
    to_police = {**P["rujukan"], "lembaga": "nas-bareskrim-ppa-ppo"}
    for referral in (P["rujukan"], to_police):
        assert refused(b.casework.save_record, case_id, "rujukan", referral).code == "consent_missing"
    consent(b, case_id, "LPSK")  # "Berbagi dengan LPSK" names no agency: it is LPSK
    b.casework.save_record(case_id, "rujukan", P["rujukan"])
    assert refused(b.casework.save_record, case_id, "rujukan", to_police).code == "consent_missing"
    consent(b, case_id, "APH")  # "Berbagi dengan kepolisian / kejaksaan"
    b.casework.save_record(case_id, "rujukan", to_police)
    # ... but not a referral to a health facility
    assert refused(b.casework.save_record, case_id, "rujukan",
                   {**P["rujukan"], "lembaga": "nas-kemenkes"}).code == "consent_missing"


def test_an_unknown_institution_is_refused(office):
    b = office.backend
    case_id = new_case(office, "Lembaga Hilang")
    with pytest.raises(ValidationFailed) as info:
        b.casework.save_record(case_id, "laporan_polisi", {**P["laporan_polisi"], "kantor": "nas-tidak-ada"})
    assert info.value.problems == {"kantor": "unknown_institution"}


def test_mediation_only_with_the_victims_consent(office):
    b = office.backend
    case_id = new_case(office, "Mediasi Uji")
    error = refused(b.casework.save_record, case_id, "mediasi", P["mediasi"])
    assert (error.code, error.params["purpose"]) == ("consent_missing", "MEDIASI")
    consent(b, case_id, "MEDIASI")
    b.casework.save_record(case_id, "mediasi", P["mediasi"])
    kinds = [r.kind for r in b.cases.open(case_id).work.records]
    assert kinds == ["mediasi"]


def test_the_victim_may_decline_the_legal_path_and_keeps_every_service(office):
    b = office.backend
    case_id = new_case(office, "Tolak Hukum")
    b.casework.save_record(case_id, "hukum_keputusan", {"tanggal": DAY.isoformat(),
                                               "keputusan": "TIDAK_MENEMPUH",
                                               "alasan": "Takut ancaman"})
    consent(b, case_id, "PEMULANGAN")
    for kind in ("skrining_kesehatan", "episode_kesehatan", "konseling", "pemulangan_rencana",
                 "reintegrasi_rencana", "paket_ekonomi"):
        payload = {k: v for k, v in P[kind].items()  # the admin has no health access
                   if k not in ("kesehatan_reproduksi", "hiv_ims")}
        b.casework.save_record(case_id, kind, payload)
    statuses = {t.track: t.state for t in b.cases.open(case_id).work.tracks}
    assert statuses["HUKUM"] == "TIDAK_DITEMPUH"
    assert statuses["PEMULANGAN"] == "DIRENCANAKAN"
    assert statuses["KESEHATAN"] != "BELUM" and statuses["SOSIAL"] != "BELUM"
    # a later report to the police moves the legal track on
    b.deps.clock.advance(1)
    b.casework.save_record(case_id, "laporan_polisi", {**P["laporan_polisi"],
                                              "tanggal": b.deps.clock.today().isoformat()})
    statuses = {t.track: t.state for t in b.cases.open(case_id).work.tracks}
    assert statuses["HUKUM"] == "LAPORAN_POLISI"


# -- the health-access boundary ------------------------------------------------------------
def _hiv_case(office) -> tuple[str, str]:
    """A case with an HIV/STI episode and a screening with reproductive-health notes,
    recorded by dr. Dewi (health access); Ani (none) is its caseworker."""
    b = office.backend
    case_id = new_case(office, "Batas Kesehatan")
    login(b, "dokter")
    b.casework.save_record(case_id, "skrining_kesehatan", P["skrining_kesehatan"])
    _, episode = b.casework.save_record(case_id, "episode_kesehatan", {
        **P["episode_kesehatan"], "jenis": "HIV_IMS", "layanan": "Terapi ARV",
        "hasil": "Viral load turun"})
    b.casework.save_record(case_id, "episode_kesehatan", P["episode_kesehatan"])  # a physical one
    return case_id, episode


def test_a_caseworker_without_health_access_sees_only_that_an_episode_exists(office):
    b = office.backend
    case_id, episode = _hiv_case(office)
    login(b, "ani")
    records = {r.id: r for r in b.cases.open(case_id).work.records}
    hidden = records[episode]
    assert hidden.hidden and hidden.grant == "KESEHATAN"
    assert hidden.payload == {"tanggal_mulai": DAY.isoformat()}
    text = repr(b.cases.open(case_id))
    for secret in ("HIV_IMS", "ARV", "Viral load", "Perlu pemeriksaan lanjutan",
                   "Tes sukarela ditawarkan"):
        assert secret not in text, secret
    screening = next(r for r in records.values() if r.kind == "skrining_kesehatan")
    assert set(screening.hidden_fields) == {"kesehatan_reproduksi", "hiv_ims"}
    physical = next(r for r in records.values() if r.kind == "episode_kesehatan" and not r.hidden)
    assert physical.payload["jenis"] == "FISIK"
    # she can neither change the hidden episode nor record a new HIV/STI one
    error = refused(b.casework.save_record, case_id, "episode_kesehatan", P["episode_kesehatan"], episode)
    assert (error.code, error.params["grant"]) == ("needs_grant", "KESEHATAN")
    assert refused(b.casework.save_record, case_id, "episode_kesehatan",
                   {**P["episode_kesehatan"], "jenis": "HIV_IMS"}).code == "needs_grant"
    # editing the screening keeps the notes she cannot see
    b.casework.save_record(case_id, "skrining_kesehatan", {**screening.payload, "catatan": "Kontrol"},
                  screening.id)
    login(b, "dokter")
    full = next(r for r in b.cases.open(case_id).work.records if r.id == screening.id)
    assert full.payload["hiv_ims"] == "Tes sukarela ditawarkan"
    assert full.payload["catatan"] == "Kontrol"
    assert next(r for r in b.cases.open(case_id).work.records if r.id == episode).payload[
        "jenis"] == "HIV_IMS"


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def _first_page_png(path: Path, name: str) -> None:
    """Render page 1 as the user's PDF viewer would; with ``PPT_DESK_SCREENSHOTS=<folder>``
    the image is kept there (docs/screenshots holds the ones in the user guide)."""
    stem = path.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(stem)], check=True)
    png = stem.with_suffix(".png")
    assert png.stat().st_size > 20_000  # a drawn page, not a blank one
    folder = os.environ.get("PPT_DESK_SCREENSHOTS")
    if folder:
        shutil.copyfile(png, Path(folder) / name)


def _letterhead(b) -> None:
    b.office.save_letterhead({"parent_lines": ["PEMERINTAH KOTA CONTOH",
                                        "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"],
                       "address": "Jl. Contoh No. 1, Kota Contoh", "phone": "(0380) 000 000",
                       "email": "ppt@contoh.go.id", "city": "Kota Contoh",
                       "head_name": "Yohana Contoh, S.Sos",
                       "head_position": "Kepala P2TP2A Kota Contoh"})


@needs_poppler
def test_referral_letters_carry_health_details_only_for_users_with_health_access(office,
                                                                               tmp_path):
    b = office.backend
    case_id, _ = _hiv_case(office)
    _letterhead(b)
    consent(b, case_id, "RUJUKAN", agency="LPSK",
            scope=("IDENTITAS", "RINGKASAN_KASUS", "KESEHATAN"))
    _, referral = b.casework.save_record(case_id, "rujukan", P["rujukan"])
    b.documents.print_referral_letter(case_id, referral, tmp_path / "dokter.pdf")
    login(b, "ani")
    b.documents.print_referral_letter(case_id, referral, tmp_path / "ani.pdf")
    doctor, ani = _pdf_text(tmp_path / "dokter.pdf"), _pdf_text(tmp_path / "ani.pdf")
    for text in (doctor, ani):
        assert "Batas Kesehatan" in text and "Kepada Yth." in text and LPSK in text
        assert "Perlindungan saksi selama persidangan" in text
    assert "HIV/AIDS dan IMS" in doctor and "Terapi ARV" in doctor
    assert "HIV" not in ani and "ARV" not in ani and "reproduksi" not in ani.lower()
    assert "Fisik" in ani  # the open episode is there
    assert "terbatas" not in ani  # not even a hint that something was left out
    _first_page_png(tmp_path / "ani.pdf", "pdf-surat-rujukan.png")


@needs_poppler
def test_a_referral_letter_holds_only_what_the_consent_names(office, tmp_path):
    b = office.backend
    case_id = new_case(office, "Rahasia Identitas")
    consent(b, case_id, "RUJUKAN", agency="LPSK", scope=("RINGKASAN_KASUS",))
    _, referral = b.casework.save_record(case_id, "rujukan", P["rujukan"])
    b.documents.print_referral_letter(case_id, referral, tmp_path / "surat.pdf")
    text = _pdf_text(tmp_path / "surat.pdf")
    assert "Rahasia Identitas" not in text
    assert "Identitas korban" in text and "tidak tercakup persetujuan korban" in text
    assert "Salinan dokumen" in text and "Hasil asesmen" not in text
    assert "Lampiran : - " in text
    assert "Bentuk eksploitasi" in text  # the summary is allowed


@needs_poppler
def test_letters_are_numbered_once_per_record_and_refused_without_consent(office, tmp_path):
    b = office.backend
    tmp_path = tmp_path / "out"  # the data folder lives in tmp_path too
    tmp_path.mkdir()
    case_id = new_case(office, "Nomor Surat")
    consent_id = consent(b, case_id, "RUJUKAN", agency="LPSK")
    _, first = b.casework.save_record(case_id, "rujukan", P["rujukan"])
    _, second = b.casework.save_record(case_id, "rujukan", P["rujukan"])
    for name, record in (("a", first), ("b", first), ("c", second)):
        b.documents.print_referral_letter(case_id, record, tmp_path / f"{name}.pdf")
    numbers = [_pdf_text(tmp_path / f"{n}.pdf") for n in "abc"]
    assert "001/RUJ/KPG-A/V/2025" in numbers[0] and "001/RUJ/KPG-A/V/2025" in numbers[1]
    assert "002/RUJ/KPG-A/V/2025" in numbers[2]
    b.consent.withdraw(consent_id, DAY, "Dicabut")
    error = refused(b.documents.print_referral_letter, case_id, first, tmp_path / "d.pdf")
    assert (error.code, error.params["reason"]) == ("consent_missing", "withdrawn")
    assert not (tmp_path / "d.pdf").exists()
    # a folder that cannot take the file (a pulled stick) is a message, and leaves nothing
    consent(b, case_id, "RUJUKAN", agency="LPSK")
    error = refused(b.documents.print_referral_letter, case_id, first, tmp_path / "gone" / "e.pdf")
    assert error.code == "document_not_written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf", "c.pdf"]


@needs_poppler
@pytest.mark.parametrize("remains", [False, True])
def test_handover_minutes_for_a_person_and_for_remains(office, tmp_path, remains):
    b = office.backend
    _letterhead(b)
    case_id = new_case(office, "Serah Terima Pulang")
    consent(b, case_id, "PEMULANGAN", given_by="LAINNYA" if remains else "KORBAN",
            legal_basis="Ahli waris (korban meninggal)" if remains else "")
    b.casework.save_record(case_id, "pemulangan_rencana", {**P["pemulangan_rencana"], "jenazah": remains})
    handover = {**P["serah_terima_pemulangan"]}
    if remains:
        handover.update(tanggal_meninggal=(DAY - timedelta(days=5)).isoformat(),
                        tempat_meninggal="Johor Bahru", dokumen_kematian="Surat kematian RS")
    _, record = b.casework.save_record(case_id, "serah_terima_pemulangan", handover)
    b.documents.print_handover_minutes(case_id, record, tmp_path / "ba.pdf")
    text = _pdf_text(tmp_path / "ba.pdf")
    title = "BERITA ACARA SERAH TERIMA JENAZAH" if remains else "BERITA ACARA SERAH TERIMA KORBAN"
    assert title in text and "001/BAST/KPG-A/V/2025" in text
    assert "Sabtu tanggal sepuluh bulan Mei tahun dua ribu dua puluh lima" in text
    assert "PIHAK PERTAMA" in text and "PIHAK KEDUA" in text
    assert "Serah Terima Pulang" in text and "Yuliana Bria" in text
    assert "Kantor Desa Oinlasi, pukul 10:00" in text
    assert ("Kondisi : Sehat" in text) == (not remains)
    assert "Kabupaten Timor Tengah Selatan" in text  # the destination, by name
    assert "Bandara El Tari" in text  # a leg of the route
    assert ("Johor Bahru" in text) == remains
    _first_page_png(tmp_path / "ba.pdf", "pdf-berita-acara-jenazah.png" if remains
                    else "pdf-berita-acara-pemulangan.png")
    # an edit made through the form (which shows the number) keeps it for the reprint
    stored = next(r for r in b.cases.open(case_id).work.records if r.id == record)
    assert stored.payload["nomor_surat"] == "001/BAST/KPG-A/V/2025"
    b.casework.save_record(case_id, "serah_terima_pemulangan", {**stored.payload, "catatan": "Ralat"},
                  record)
    b.documents.print_handover_minutes(case_id, record, tmp_path / "ba2.pdf")
    assert "001/BAST/KPG-A/V/2025" in _pdf_text(tmp_path / "ba2.pdf")


# -- follow-up visits, timeline, group sessions ----------------------------------------------
def test_a_reintegration_visit_reaches_the_caseworkers_today_page(office):
    b = office.backend
    case_id = new_case(office, "Kunjungan Reintegrasi")
    visit_day = DAY + timedelta(days=3)
    b.casework.save_record(case_id, "kunjungan_reintegrasi", {"jadwal": visit_day.isoformat()})
    login(b, "ani")
    due = [d for d in b.casework.today().due if d.case_id == case_id]
    assert [(d.kind, d.due, d.params.get("visit_kind")) for d in due] == [
        ("visit_due", visit_day, "kunjungan_reintegrasi")]
    b.deps.clock.advance(4)
    assert [d.kind for d in b.casework.today().due if d.case_id == case_id] == ["visit_overdue"]


def test_track_records_and_group_sessions_are_on_the_timeline(office):
    b = office.backend
    case_id = new_case(office, "Riwayat Layanan")
    other = new_case(office, "Peserta Lain")
    b.casework.save_record(case_id, "konseling", P["konseling"])
    b.groups.add(GroupSessionInput(
        DAY, "TERAPI_KELOMPOK", "Mengelola rasa cemas", "Psikolog PPT", 90, "DI_DALAM_PANTI",
        participants=(GroupParticipantInput(case_id),
                      GroupParticipantInput(case_id, "KELUARGA", "IBU"),
                      GroupParticipantInput(other))))
    detail = b.cases.open(case_id)
    subjects = [e.subject for e in detail.timeline]
    assert "konseling" in subjects and subjects.count("sesi_kelompok") == 2
    (session,) = detail.work.group_sessions
    assert (session.topic, session.own, session.other_victims, session.other_family) == (
        "Mengelola rasa cemas", (("KORBAN", ""), ("KELUARGA", "IBU")), 1, 0)
    assert "Peserta Lain" not in repr(detail.work)  # the other victim stays private
    assert {t.track: t.state for t in detail.work.tracks}["SOSIAL"] != "BELUM"


def test_a_group_session_only_with_cases_the_user_may_open(office):
    b = office.backend
    mine = new_case(office, "Kasus Ani")
    _, theirs, _ = b.cases.register(make_intake("Kasus Budi", assigned_user_id=office.budi.id))
    login(b, "ani")
    error = refused(b.groups.add, GroupSessionInput(
        DAY, "TERAPI_KELOMPOK", "Sesi", participants=(GroupParticipantInput(mine),
                                                      GroupParticipantInput(theirs))))
    assert error.code == "case_not_visible"
    assert rows(b, "SELECT count(*) FROM group_session")[0][0] == 0


def test_the_letterhead_is_checked_and_kept_by_supervisors_only(office):
    b = office.backend
    with pytest.raises(ValidationFailed) as info:
        b.office.save_letterhead({"parent_lines": ["A", "B", "C", "D", "E"], "email": "bukan email",
                           "address": "x" * 201})
    assert info.value.problems == {"parent_lines": "too_many_lines", "email": "invalid_email",
                                   "address": "too_long"}
    b.office.save_letterhead({"parent_lines": ["  PEMERINTAH   KOTA CONTOH "], "city": "Kota Contoh"})
    assert b.office.letterhead()["parent_lines"] == ["PEMERINTAH KOTA CONTOH"]
    login(b, "ani")
    assert refused(b.office.save_letterhead, {"city": "X"}).code == "needs_supervisor_role"


def test_a_group_session_can_be_changed_or_removed_by_whoever_sees_all_its_cases(office):
    b = office.backend
    mine = new_case(office, "Sesi Ani")
    other = new_case(office, "Sesi Lain")
    _, theirs, _ = b.cases.register(make_intake("Sesi Budi", assigned_user_id=office.budi.id))
    _, session_id = b.groups.add(GroupSessionInput(
        DAY, "TERAPI_KELOMPOK", "Awal", participants=(
            GroupParticipantInput(mine), GroupParticipantInput(other),
            GroupParticipantInput(mine, "KELUARGA", "IBU"))))
    login(b, "ani")
    session, labels = b.groups.get(session_id)
    assert session.topic == "Awal" and set(labels) == {mine, other}
    changed = GroupSessionInput(DAY, "TERAPI_KELOMPOK", "Diubah", participants=(
        GroupParticipantInput(mine), GroupParticipantInput(other, attended=False)))
    b.groups.update(session_id, changed)
    assert b.groups.get(session_id)[0] == changed
    # she cannot bring in a case she may not open
    with_budi = GroupSessionInput(DAY, "TERAPI_KELOMPOK", "Diubah", participants=(
        GroupParticipantInput(mine), GroupParticipantInput(theirs)))
    assert refused(b.groups.update, session_id, with_budi).code == "case_not_visible"
    b.groups.delete(session_id)
    assert refused(b.groups.get, session_id).code == "group_session_not_found"
    assert b.cases.open(mine).work.group_sessions == ()
    ops = rows(b, "SELECT entity, op FROM outbox_event WHERE entity LIKE 'group_%' "
                  "ORDER BY device_seq")
    assert [op for entity, op in ops if entity == "group_session"] == [
        "create", "update", "delete"]
    assert [op for entity, op in ops if entity == "group_participant"].count("delete") == 3
    assert b.session.verify().ok
