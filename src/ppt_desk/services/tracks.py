"""Service tracks beside the casework records: the institution directory, group sessions,
the office letterhead, and the two printed documents (surat rujukan, berita acara serah
terima). Track records themselves are casework records (services.casework.save_record).

Documents are assembled here so that they carry only what the actor may see
(domain.access) and what the victim's consent allows; ``ppt_desk.reporting`` draws them.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

from ..domain import casework as cw
from ..domain.access import visible
from ..domain.age import age_at_intake
from ..domain.codelists import CodeLists
from ..domain.errors import DomainError, ValidationFailed
from ..domain.institutions import Institution, search, validate_institution
from ..domain.tracks import GroupParticipantInput, GroupSessionInput, validate_group_session
from ..domain.words import tanggal
from .casework import case_header, consent_for, find_institution
from .context import Actor
from .dto import (
    ChangeSet, HandoverMinutesData, Letterhead, ReferralLetterData, Signatory,
)
from .ports import Clock

LETTERHEAD_SETTING = "letterhead"
LETTER_SEQ_SETTING = "letter_numbers"
REFERRAL, REPATRIATION_PLAN, REPATRIATION_HANDOVER = (
    "rujukan", "pemulangan_rencana", "serah_terima_pemulangan")
HEALTH_EPISODE = "episode_kesehatan"
DEFAULT_SCOPE = ("IDENTITAS", "RINGKASAN_KASUS")
LETTER_CODES = {"surat_rujukan": "RUJ", "berita_acara_pemulangan": "BAST"}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LETTERHEAD_KEYS = ("parent_lines", "address", "phone", "email", "city", "head_name",
                   "head_position", "head_nip")
MAX_PARENT_LINES = 4
MAX_LETTERHEAD_TEXT = 200


# -- directory -------------------------------------------------------------------------------
def directory(uow: Any, national: tuple[Institution, ...], text: str = "", category: str = "",
              include_inactive: bool = False) -> list[Institution]:
    with uow:
        local = uow.directory.local()
    return search([*national, *local], text, category, include_inactive)


def institution(uow: Any, national: tuple[Institution, ...],
                institution_id: str) -> Institution | None:
    with uow:
        return find_institution(uow, national, institution_id)


def save_institution(uow: Any, actor: Actor, lists: CodeLists, inst: Institution) -> tuple[
        ChangeSet, Institution]:
    """Add or change one of the office's own directory entries (national ones are read-only)."""
    actor.require_casework()
    if inst.national:
        raise DomainError("institution_read_only")
    clean = validate_institution(
        inst, frozenset(lists["institution_category"].codes()),
        frozenset(lists["institution_level"].codes()), frozenset(lists["service_type"].codes()))
    with uow:
        if clean.id and uow.directory.get(clean.id) is None:
            raise DomainError("institution_not_found")
        saved = uow.directory.save(clean)
        uow.commit()
    return ChangeSet(office=True), saved


# -- group sessions --------------------------------------------------------------------------
def add_group_session(uow: Any, actor: Actor, lists: CodeLists, config: cw.CaseworkConfig,
                      session: GroupSessionInput, clock: Clock) -> tuple[ChangeSet, str]:
    """Record one group session; the actor must be allowed to see every participating case.
    (It shows in each case's Layanan tab and history; it does not reset the stage's
    days-without-progress count, which follows the stage's own records.)"""
    clean = validate_group_session(session, frozenset(lists["group_session_kind"].codes()),
                                   frozenset(lists["guardian_relation"].codes()), clock.today())
    case_ids = {p.case_id for p in clean.participants}
    with uow:
        _session_cases(uow, actor, case_ids, case_ids)
        session_id = uow.groups.add(clean, actor.id)
        uow.commit()
    return ChangeSet(cases=frozenset(case_ids)), session_id


def _session_cases(uow: Any, actor: Actor, case_ids: set[str], new: set[str]) -> None:
    """The actor must see every case of a session; a case joining it must be open."""
    for case_id in sorted(case_ids):
        header = case_header(uow, actor, case_id)
        if case_id in new and header.stage == cw.TERMINATED:
            raise DomainError("case_closed")


def group_session(uow: Any, actor: Actor, session_id: str) -> tuple[
        GroupSessionInput, dict[str, str]]:
    """A session in full, for changing it, with "case number — name" of each case: only for
    a user who may open every participating case."""
    with uow:
        found = uow.groups.get(session_id)
        if found is None:
            raise DomainError("group_session_not_found")
        row, people = found
        labels = {}
        for case_id in sorted({p.case_id for p in people}):
            header = case_header(uow, actor, case_id)
            labels[case_id] = f"{header.case_number} — {header.full_name}"
        return GroupSessionInput(
            row.held_on, row.kind, row.topic, row.facilitator, row.duration_min, row.setting,
            row.notes, tuple(GroupParticipantInput(p.case_id, p.role, p.relation, p.attended)
                             for p in people)), labels


def update_group_session(uow: Any, actor: Actor, lists: CodeLists, session_id: str,
                         session: GroupSessionInput, clock: Clock) -> tuple[ChangeSet, str]:
    clean = validate_group_session(session, frozenset(lists["group_session_kind"].codes()),
                                   frozenset(lists["guardian_relation"].codes()), clock.today())
    with uow:
        found = uow.groups.get(session_id)
        if found is None:
            raise DomainError("group_session_not_found")
        before = {p.case_id for p in found[1]}
        after = {p.case_id for p in clean.participants}
        _session_cases(uow, actor, before | after, after - before)
        uow.groups.update(session_id, clean)
        uow.commit()
    return ChangeSet(cases=frozenset(before | after)), session_id


def delete_group_session(uow: Any, actor: Actor, session_id: str) -> ChangeSet:
    """Remove a session recorded by mistake (each case's history keeps that it was removed)."""
    with uow:
        found = uow.groups.get(session_id)
        if found is None:
            raise DomainError("group_session_not_found")
        cases = {p.case_id for p in found[1]}
        _session_cases(uow, actor, cases, set())
        uow.groups.delete(session_id)
        uow.commit()
    return ChangeSet(cases=frozenset(cases))


# -- letterhead ------------------------------------------------------------------------------
def letterhead_values(uow: Any) -> dict[str, Any]:
    with uow:
        stored = uow.casework.setting(LETTERHEAD_SETTING) or {}
    return {key: stored.get(key, [] if key == "parent_lines" else "") for key in LETTERHEAD_KEYS}


def save_letterhead(uow: Any, actor: Actor, values: dict[str, Any]) -> ChangeSet:
    """The office letterhead and signatory for printed documents: supervisors and admins."""
    if not (actor.sees_all_cases or actor.is_admin):
        raise DomainError("needs_supervisor_role")
    clean: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key in LETTERHEAD_KEYS:
        value = values.get(key, [] if key == "parent_lines" else "")
        if key == "parent_lines":
            clean[key] = [" ".join(str(v).split()) for v in value if str(v).strip()]
            if len(clean[key]) > MAX_PARENT_LINES:
                problems[key] = "too_many_lines"
            elif any(len(line) > MAX_LETTERHEAD_TEXT for line in clean[key]):
                problems[key] = "too_long"
        else:
            clean[key] = " ".join(str(value).split())
            if len(clean[key]) > MAX_LETTERHEAD_TEXT:
                problems[key] = "too_long"
    if clean["email"] and ("@" not in clean["email"] or " " in clean["email"]):
        problems["email"] = "invalid_email"
    if problems:
        raise ValidationFailed(problems)
    with uow:
        uow.casework.save_setting(LETTERHEAD_SETTING, clean)
        uow.record_action("settings", "setting", LETTERHEAD_SETTING)
        uow.commit()
    return ChangeSet(office=True)


def _letterhead(uow: Any) -> tuple[Letterhead, dict[str, Any], Any]:
    """The printed letterhead, the stored values (for the signatory) and the office."""
    values = uow.casework.setting(LETTERHEAD_SETTING) or {}
    office = uow.office.get()
    return Letterhead(office.name if office else "", tuple(values.get("parent_lines", ())),
                      values.get("address", ""), values.get("phone", ""),
                      values.get("email", ""), values.get("city", "")), values, office


def _head(values: dict[str, Any], office_name: str) -> Signatory:
    return Signatory(values.get("head_position") or f"Kepala {office_name}",
                     values.get("head_name", ""), "", values.get("head_nip", ""))


# -- letter numbers --------------------------------------------------------------------------
def _number(uow: Any, document: str, prefix: str, on: date) -> str:
    """Next number of ``document`` in the year: 007/RUJ/PPT-KPG/XI/2026 (audited setting)."""
    numbers = dict(uow.casework.setting(LETTER_SEQ_SETTING) or {})
    key = f"{document}:{on.year}"
    numbers[key] = int(numbers.get(key, 0)) + 1
    uow.casework.save_setting(LETTER_SEQ_SETTING, numbers)
    uow.record_action("number", "setting", LETTER_SEQ_SETTING)
    return f"{numbers[key]:03d}/{LETTER_CODES[document]}/{prefix}/{ROMAN[on.month - 1]}/{on.year}"


def _numbered(uow: Any, row: Any, document: str, prefix: str, today: date) -> str:
    """The record's letter number, given once and kept (a reprint has the same number)."""
    number = row.payload.get("nomor_surat", "")
    if number:
        return number
    number = _number(uow, document, prefix, today)
    uow.casework.update_record(row, {**row.payload, "nomor_surat": number}, row.record_date,
                               row.due_date, today)
    return number


# -- documents -------------------------------------------------------------------------------
def _label(lists: CodeLists, name: str, code: str) -> str:
    item = lists[name].get(code) if code else None
    return item.label_id if item is not None else code


def _age(header: Any, on: date) -> str:
    age = age_at_intake(on, header.birth_date, header.estimated_age, header.intake_date)
    return f"{age} tahun" if age is not None else "tidak diketahui"


def _record(uow: Any, case_id: str, record_id: str, kind: str) -> Any:
    row = uow.casework.record(record_id)
    if row is None or row.case_id != case_id or row.kind != kind:
        raise DomainError("record_not_found")
    return row


def referral_letter(uow: Any, actor: Actor, config: cw.CaseworkConfig, lists: CodeLists,
                    national: tuple[Institution, ...], case_id: str, record_id: str,
                    clock: Clock) -> tuple[ChangeSet, ReferralLetterData]:
    """The surat rujukan of an outgoing referral, numbered on first print. Refused unless
    the consent ledger allows sharing with that agency today; carries only the kinds of
    data that consent names (and health details only for users with health access)."""
    today = clock.today()
    with uow:
        header = case_header(uow, actor, case_id)
        row = _record(uow, case_id, record_id, REFERRAL)
        p = row.payload
        if p.get("arah") != "KELUAR":
            raise DomainError("letter_outgoing_only")
        inst = find_institution(uow, national, p.get("lembaga", ""))
        if inst is None:
            raise DomainError("institution_not_found")
        rule = config.forms[REFERRAL].consent
        granted = consent_for(uow, header, rule.purpose, today, inst, rule.also)
        if not granted.allowed:
            raise DomainError("consent_missing", purpose="RUJUKAN", reason=granted.reason,
                              agency=inst.display, on=today)
        consent_row = uow.casework.consent(granted.consent_id)
        scope = set(consent_row.scope or DEFAULT_SCOPE)
        letterhead, values, office = _letterhead(uow)
        number = _numbered(uow, row, "surat_rujukan", office.case_prefix, today)
        intake = uow.cases.get(case_id).intake
        withheld: list[str] = []
        identity: tuple[tuple[str, str], ...] = ()
        if "IDENTITAS" in scope:
            rows = [("Nama", header.full_name),
                    ("Jenis kelamin", _label(lists, "sex", intake.sex)),
                    ("Umur", _age(header, today)),
                    ("Nomor kasus", header.case_number)]
            if "KONTAK" in scope and intake.origin.text:
                rows.append(("Alamat", intake.origin.text))
            identity = tuple(rows)
        else:
            withheld.append("Identitas korban")
        if "KONTAK" not in scope:
            withheld.append("Alamat dan kontak")
        summary = ""
        if "RINGKASAN_KASUS" in scope:
            summary = _case_summary(lists, config, intake, header)
        else:
            withheld.append("Ringkasan kasus")
        health = ""
        if "KESEHATAN" in scope:
            # Episodes the printing user may not see are left out without a word: a note
            # that restricted health data exists would itself tell the receiver too much.
            health = _health_lines(uow, config, actor, case_id)
        else:
            withheld.append("Data kesehatan")
        documents: tuple[str, ...] = ()
        if "DOKUMEN" in scope:
            documents = tuple(d.get("nama", "") for d in p.get("dokumen", ()) if d.get("nama"))
        elif p.get("dokumen"):
            withheld.append("Salinan dokumen")
        keeps = p.get("manajemen_kasus") != "DIALIHKAN"
        management = (f"Manajemen kasus tetap dipegang oleh {letterhead.office_name}; mohon "
                      "umpan balik hasil layanan kepada kami." if keeps else
                      f"Manajemen kasus dialihkan kepada {inst.display}.")
        services = tuple(_label(lists, "service_type", s) for s in p.get("layanan", ()))
        consent_note = (f"Persetujuan korban untuk rujukan ini tercatat tanggal "
                        f"{tanggal(consent_row.given_on)} "
                        f"({_label(lists, 'consent_method', consent_row.method).lower()}).")
        contact = actor.user.display_name + (f", telepon {letterhead.phone}"
                                             if letterhead.phone else "")
        uow.commit()
    data = ReferralLetterData(
        letterhead=letterhead, number=number, issued_on=today, to_institution=inst.display,
        to_address=inst.address, subject="Rujukan Korban Tindak Pidana Perdagangan Orang",
        services=services, need=p.get("kebutuhan", ""), identity=identity,
        case_summary=summary, health=health, documents=documents,
        case_management=management, consent_note=consent_note, contact=contact,
        withheld=tuple(withheld), signatories=(_head(values, letterhead.office_name),))
    return ChangeSet(cases=frozenset({case_id})), data


def _case_summary(lists: CodeLists, config: cw.CaseworkConfig, intake: Any,
                  header: Any) -> str:
    modus = ", ".join(_label(lists, "modus", m) for m in intake.modus) or "belum dicatat"
    stage = config.stage(header.stage).label_id
    return (f"Korban diterima pada {tanggal(header.intake_date)} melalui "
            f"{_label(lists, 'intake_channel', intake.intake_channel).lower()}. "
            f"Bentuk eksploitasi: {modus}. Tahap penanganan saat ini: {stage}.")


def _health_lines(uow: Any, config: cw.CaseworkConfig, actor: Actor, case_id: str) -> str:
    """Health episodes as the actor may see them (restricted ones left out)."""
    form = config.forms.get(HEALTH_EPISODE)
    if form is None:
        return ""
    lines = []
    for row in uow.casework.records(case_id):
        if row.kind != HEALTH_EPISODE:
            continue
        seen = visible(form, row.payload, actor.grants)
        if seen.hidden:
            continue
        q = seen.payload
        kind = next((o.label_id for o in form.field("jenis").options if o.code == q.get("jenis")),
                    q.get("jenis", ""))
        start = q.get("tanggal_mulai")
        lines.append(f"{kind}" + (f" sejak {tanggal(date.fromisoformat(start))}" if start else "")
                     + (f": {q['layanan']}" if q.get("layanan") else ""))
    return "; ".join(lines)


def handover_minutes(uow: Any, actor: Actor, config: cw.CaseworkConfig, lists: CodeLists,
                     region_name: Callable[[str], str], case_id: str, record_id: str,
                     clock: Clock) -> tuple[ChangeSet, HandoverMinutesData]:
    """The berita acara serah terima of a repatriation handover (numbered on first print);
    the remains variant when the repatriation plan says jenazah."""
    today = clock.today()
    with uow:
        header = case_header(uow, actor, case_id)
        row = _record(uow, case_id, record_id, REPATRIATION_HANDOVER)
        p = row.payload
        plans = [r for r in uow.casework.records(case_id) if r.kind == REPATRIATION_PLAN]
        plan = plans[-1].payload if plans else {}
        remains = bool(plan.get("jenazah"))
        letterhead, values, office = _letterhead(uow)
        number = _numbered(uow, row, "berita_acara_pemulangan", office.case_prefix, today)
        person = uow.cases.get(case_id).intake
        held_on = date.fromisoformat(p["tanggal"])
        subject = [("Nama" if not remains else "Nama almarhum/almarhumah", header.full_name),
                   ("Jenis kelamin", _label(lists, "sex", person.sex))]
        if remains:
            subject += [("Tanggal meninggal", tanggal(date.fromisoformat(p["tanggal_meninggal"]))
                         if p.get("tanggal_meninggal") else "-"),
                        ("Tempat meninggal", p.get("tempat_meninggal") or "-"),
                        ("Dokumen kematian", p.get("dokumen_kematian") or "-")]
        else:
            subject.append(("Umur", _age(header, held_on)))
            if p.get("kondisi_korban"):
                subject.append(("Kondisi", p["kondisi_korban"]))
        subject.append(("Nomor kasus", header.case_number))
        destination = region_name(plan.get("wilayah_tujuan", "")) if plan.get("wilayah_tujuan") \
            else _label(lists, "country", plan.get("negara_tujuan", ""))
        if destination:
            subject.append(("Daerah tujuan", destination))
        route = tuple(" — ".join(x for x in (
            _option(config, REPATRIATION_PLAN, "rute", "titik", leg.get("titik", "")),
            leg.get("tempat", ""), tanggal(date.fromisoformat(leg["tanggal"]))
            if leg.get("tanggal") else "", leg.get("transportasi", "")) if x)
            for leg in plan.get("rute", ()))
        items = tuple((i.get("uraian", ""), i.get("keterangan", "")) for i in p.get("barang", ()))
        items += tuple((_option(config, REPATRIATION_PLAN, "dokumen", "jenis", d.get("jenis", ""))
                        + (f" {d['nomor_atau_keterangan']}" if d.get("nomor_atau_keterangan")
                           else ""), f"dipegang oleh {d['dipegang_oleh']}"
                        if d.get("dipegang_oleh") else "")
                       for d in plan.get("dokumen", ()))
        giver = Signatory("PIHAK PERTAMA", p.get("penyerah_nama") or actor.user.display_name,
                          p.get("penyerah_jabatan", ""), "",
                          p.get("penyerah_instansi") or letterhead.office_name)
        receiver = Signatory("PIHAK KEDUA", p.get("penerima_nama", ""),
                             p.get("penerima_hubungan", ""), "", p.get("penerima_instansi", ""))
        witnesses = tuple(Signatory("Saksi", w.get("nama", ""), w.get("jabatan", ""))
                          for w in p.get("saksi", ()))
        uow.commit()
    place = p.get("tempat", "") + (f", pukul {p['jam']}" if p.get("jam") else "")
    data = HandoverMinutesData(
        letterhead=letterhead, number=number, held_on=held_on, place=place,
        remains=remains, giver=giver, receiver=receiver, subject_rows=tuple(subject),
        route=route, escort=plan.get("pendamping", ""), items=items, notes=p.get("catatan", ""),
        witnesses=witnesses)
    return ChangeSet(cases=frozenset({case_id})), data


def _option(config: cw.CaseworkConfig, kind: str, table: str, column: str, code: str) -> str:
    try:
        col = next(c for c in config.forms[kind].field(table).columns if c.key == column)
    except (KeyError, StopIteration):
        return code
    return next((o.label_id for o in col.options if o.code == code), code)

