"""The ringkasan kasus: one document of a whole case file, for the office's own file, a
hand-over or the court file (issue 13).

What it holds is filtered twice:

- by the reader: only a case the reader may see (``case_header``), and of its records only
  what the reader's grants open (``domain.access.visible``: health details need KESEHATAN, a
  perpetrator's record PELAKU). In the office's own copy a record the reader may not open is
  counted ("n catatan terbatas tidak dicetak"); in a copy that leaves the office it is left out
  without a word, as on the surat rujukan (a note that restricted health data exists would
  itself tell the receiver too much);
- for a copy that leaves the office (``purpose`` = a consent purpose: APH, LPSK, PEMULANGAN,
  PERWAKILAN_LN), by the victim's consent for that purpose today, and then by the consent's
  scope: IDENTITAS (name, sex, age, citizenship), KONTAK (address, guardian), DOKUMEN (identity
  documents and NIK), RINGKASAN_KASUS (the intake, the casework and the services), KESEHATAN
  (the health track). No consent for the purpose: refused. Free-text notes on the case itself
  stay in the office's own copy.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ..domain.access import visible
from ..domain.age import age_at_intake
from ..domain.errors import DomainError
from ..domain.forms import FormDef
from ..domain.words import tanggal
from .case_header import case_header
from .case_summary_dto import CaseSummaryData, SummaryRecord, SummarySection
from .change_set import ChangeSet
from .consent import consent_for
from .context import Actor
from .deps import Deps
from .directory import find_institution
from .letterhead import head, printed_letterhead
from .ports import RecordRow, UnitOfWork
from .record_text import record_rows

INTERNAL = ""
PURPOSES = {INTERNAL: "Arsip internal PPT", "APH": "Aparat penegak hukum (kepolisian/kejaksaan/"
            "pengadilan)", "LPSK": "LPSK", "PEMULANGAN": "Pemulangan",
            "PERWAKILAN_LN": "Perwakilan RI di luar negeri"}
DEFAULT_SCOPE = ("IDENTITAS", "RINGKASAN_KASUS")
SCOPE_WORDS = {"IDENTITAS": "Identitas korban", "KONTAK": "Alamat dan kontak",
               "DOKUMEN": "Dokumen identitas", "RINGKASAN_KASUS": "Ringkasan dan riwayat kasus",
               "KESEHATAN": "Data kesehatan"}
HEALTH_TRACK = "KESEHATAN"
APPLIED = "APPLIED"


def _label(deps: Deps, codelist: str, code: str) -> str:
    item = deps.codelists[codelist].get(code) if code else None
    return item.label_id if item is not None else code


def _names(uow: UnitOfWork, deps: Deps, forms: Mapping[str, FormDef],
           rows: Iterable[RecordRow]) -> dict[str, str]:
    """Names of the users and directory institutions the records refer to."""
    names: dict[str, str] = {}
    for row in rows:
        form = forms.get(row.kind)
        if form is None:
            continue
        for fd in form.fields:
            value = row.payload.get(fd.key)
            if not isinstance(value, str) or not value or value in names:
                continue
            if fd.type == "user":
                user = uow.users.get(value)
                names[value] = user.display_name if user is not None else ""
            elif fd.type == "institution":
                inst = find_institution(uow, deps.national, value)
                names[value] = inst.display if inst is not None else ""
    return names


def _when(row: RecordRow) -> str:
    if row.record_date is not None:
        return tanggal(row.record_date)
    if row.due_date is not None:
        return f"dijadwalkan {tanggal(row.due_date)}"
    return ""


def case_summary(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str,
                 purpose: str = INTERNAL) -> tuple[ChangeSet, CaseSummaryData]:
    if purpose not in PURPOSES:
        raise DomainError("summary_purpose_unknown", purpose=purpose)
    config, today = deps.config, deps.clock.today()
    internal = purpose == INTERNAL
    with uow:
        header = case_header(uow, actor, case_id)
        detail = uow.cases.get(case_id)
        intake = detail.intake
        consent_note = ""
        if internal:
            scope = set(SCOPE_WORDS)
        else:
            granted = consent_for(uow, header, purpose, today, None)
            if not granted.allowed:
                raise DomainError("consent_missing", purpose=purpose, reason=granted.reason,
                                  agency="", on=today)
            consent = uow.casework.consent(granted.consent_id)
            scope = set(consent.scope or DEFAULT_SCOPE)
            consent_note = (f"Dicetak atas dasar persetujuan korban untuk keperluan "
                            f"{PURPOSES[purpose].lower()} tertanggal {tanggal(consent.given_on)}"
                            f" ({_label(deps, 'consent_method', consent.method).lower()}).")
        sections: list[SummarySection] = []
        if "IDENTITAS" in scope:
            age = age_at_intake(today, header.birth_date, header.estimated_age,
                                header.intake_date)
            rows = [("Nama", intake.full_name),
                    ("Nama lain", ", ".join(intake.aliases)),
                    ("Jenis kelamin", _label(deps, "sex", intake.sex)),
                    ("Tanggal lahir", tanggal(intake.birth_date) if intake.birth_date else ""),
                    ("Umur", f"{age} tahun" if age is not None else "tidak diketahui"),
                    ("Kewarganegaraan", _label(deps, "country", intake.citizenship)),
                    ("Bahasa", ", ".join(_label(deps, "language", x) for x in intake.languages))]
            if "DOKUMEN" in scope:
                rows.append(("NIK", intake.nik))
                rows += [(_label(deps, "identity_doc_type", d.doc_type), d.number)
                         for d in intake.documents]
            if "KONTAK" in scope:
                origin = intake.origin
                region = ", ".join(n for n in (deps.regions.name(origin.village_code),
                                               deps.regions.name(origin.district_code),
                                               deps.regions.name(origin.regency_code),
                                               deps.regions.name(origin.province_code)) if n)
                rows += [("Alamat", origin.text), ("Wilayah asal", region),
                         ("Wali/keluarga", ", ".join(x for x in (
                             intake.guardian.name,
                             _label(deps, "guardian_relation", intake.guardian.relation),
                             intake.guardian.contact) if x))]
            sections.append(SummarySection("Identitas korban",
                                           tuple((k, v) for k, v in rows if v)))
        records = list(uow.casework.records(case_id))
        names = _names(uow, deps, config.forms, records)
        if "RINGKASAN_KASUS" in scope:
            sections.append(_intake_section(deps, intake, header.intake_date, internal,
                                            detail.assigned_name))
            sections.append(_stage_section(uow, deps, case_id, header.stage))
        grouped = _by_track(deps)
        for title, kinds in grouped:
            health = title == HEALTH_TRACK
            if health and "KESEHATAN" not in scope:
                continue
            if not health and "RINGKASAN_KASUS" not in scope:
                continue
            section = _records_section(deps, config.forms, records, kinds, actor.grants,
                                       names, _track_title(deps, title), internal)
            if section is not None:
                sections.append(section)
        if internal:
            sections.append(_consent_section(uow, deps, case_id))
        withheld = tuple(words for code, words in SCOPE_WORDS.items() if code not in scope)
        letterhead, values, _office = printed_letterhead(uow)
        uow.record_action("print_summary", "case_file", case_id)
        uow.commit()
    return ChangeSet(), CaseSummaryData(   # a read: nothing changed (the audit notes it)
        letterhead=letterhead, case_number=header.case_number, purpose=purpose,
        purpose_label=PURPOSES[purpose], printed_on=today, printed_by=actor.user.display_name,
        sections=tuple(sections), withheld=withheld, consent_note=consent_note,
        signatory=head(values, letterhead.office_name))


def _intake_section(deps: Deps, intake: Any, intake_date: date, internal: bool,
                    assigned: str) -> SummarySection:
    rows = [("Tanggal penerimaan", tanggal(intake_date)),
            ("Jalur pengaduan", _label(deps, "intake_channel", intake.intake_channel)),
            ("Dirujuk oleh", ", ".join(x for x in (
                _label(deps, "referrer_kind", intake.referrer_kind), intake.referrer_name)
                if x)),
            ("Status korban", _label(deps, "victim_status", intake.victim_status)),
            ("Peran", _label(deps, "victim_role", intake.victim_role)),
            ("Modus", ", ".join(_label(deps, "modus", m) for m in intake.modus)),
            ("Pendamping kasus", assigned)]
    if internal:
        rows.append(("Catatan", " ".join(intake.notes.split())))
    return SummarySection("Pengaduan dan penerimaan", tuple((k, v) for k, v in rows if v))


def _stage_section(uow: UnitOfWork, deps: Deps, case_id: str, stage: str) -> SummarySection:
    config = deps.config
    rows = [("Tahap saat ini", config.stage(stage).label_id)]
    for change in uow.casework.stage_changes(case_id):
        if change.status != APPLIED:
            continue
        day = change.decided_on or change.requested_at.date()
        rows.append((tanggal(day), f"{config.stage(change.from_stage).label_id} \u2192 "
                                   f"{config.stage(change.to_stage).label_id}"))
    return SummarySection("Tahap penanganan", tuple(rows))


def _by_track(deps: Deps) -> list[tuple[str, tuple[str, ...]]]:
    """The casework forms (protection, empowerment stages) first, then each service track."""
    in_tracks = {kind for track in deps.config.tracks for kind in track.forms}
    casework = tuple(k for k in deps.config.forms if k not in in_tracks)
    return [("", casework)] + [(t.code, t.forms) for t in deps.config.tracks]


def _track_title(deps: Deps, code: str) -> str:
    if not code:
        return "Perlindungan dan pemberdayaan"
    return next(t.label_id for t in deps.config.tracks if t.code == code)


def _records_section(deps: Deps, forms: Mapping[str, FormDef], records: list[RecordRow],
                     kinds: tuple[str, ...], grants: Iterable[str], names: Mapping[str, str],
                     title: str, internal: bool) -> SummarySection | None:
    shown: list[tuple[Any, SummaryRecord]] = []
    restricted = 0
    order = {k: i for i, k in enumerate(kinds)}
    for row in records:
        form = forms.get(row.kind)
        if form is None or row.kind not in order:
            continue
        seen = visible(form, dict(row.payload), grants)
        if seen.hidden:
            restricted += 1
            continue
        rows = record_rows(deps, form, seen.payload, names, skip_sensitive=not internal)
        if form.date_field:
            rows = tuple(r for r in rows if r[0] != form.field(form.date_field).label_id)
        shown.append(((row.record_date or row.due_date or date.max, order[row.kind]),
                      SummaryRecord(form.label_id, _when(row), rows)))
    if not shown and not (internal and restricted):
        return None
    note = (f"{restricted} catatan terbatas tidak dicetak (di luar hak akses pembaca)."
            if internal and restricted else "")
    return SummarySection(title, records=tuple(r for _k, r in sorted(shown, key=lambda x: x[0])),
                          note=note)


def _consent_section(uow: UnitOfWork, deps: Deps, case_id: str) -> SummarySection:
    rows = []
    for c in uow.casework.consents(case_id):
        state = (f"ditarik {tanggal(c.withdrawn_on)}" if c.withdrawn_on else
                 f"berlaku sampai {tanggal(c.valid_until)}" if c.valid_until else "berlaku")
        what = _label(deps, "consent_purpose", c.purpose) + (f" ({c.agency})" if c.agency else "")
        rows.append((tanggal(c.given_on), f"{what} \u2014 {state}"))
    return SummarySection("Persetujuan korban", tuple(rows),
                          note="" if rows else "Belum ada persetujuan tercatat.")
