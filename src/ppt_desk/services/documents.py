"""The data of the printed documents (surat rujukan, berita acara serah terima), assembled so
that they carry only what the actor may see (domain.access) and what the victim's consent
allows; ``ppt_desk.reporting`` draws them."""
from __future__ import annotations

from datetime import date

from ..domain import casework as cw
from ..domain.access import visible
from ..domain.age import age_at_intake
from ..domain.codelists import CodeLists
from ..domain.errors import DomainError
from ..domain.intake import CaseIntake
from ..domain.words import tanggal
from .case_header import case_header
from .consent import consent_for
from .context import Actor
from .deps import Deps
from .directory import find_institution
from .change_set import ChangeSet
from .dto import HandoverMinutesData, ReferralLetterData, Signatory
from .letter_numbers import numbered
from .letterhead import head, printed_letterhead
from .ports import CaseHeader, RecordRow, UnitOfWork

REFERRAL, REPATRIATION_PLAN, REPATRIATION_HANDOVER = (
    "rujukan", "pemulangan_rencana", "serah_terima_pemulangan")
HEALTH_EPISODE = "episode_kesehatan"
DEFAULT_SCOPE = ("IDENTITAS", "RINGKASAN_KASUS")


def _label(lists: CodeLists, name: str, code: str) -> str:
    item = lists[name].get(code) if code else None
    return item.label_id if item is not None else code


def _age(header: CaseHeader, on: date) -> str:
    age = age_at_intake(on, header.birth_date, header.estimated_age, header.intake_date)
    return f"{age} tahun" if age is not None else "tidak diketahui"


def _record(uow: UnitOfWork, case_id: str, record_id: str, kind: str) -> RecordRow:
    row = uow.casework.record(record_id)
    if row is None or row.case_id != case_id or row.kind != kind:
        raise DomainError("record_not_found")
    return row


def referral_letter(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str,
                    record_id: str) -> tuple[ChangeSet, ReferralLetterData]:
    """The surat rujukan of an outgoing referral, numbered on first print. Refused unless
    the consent ledger allows sharing with that agency today; carries only the kinds of
    data that consent names (and health details only for users with health access)."""
    config, lists, today = deps.config, deps.codelists, deps.clock.today()
    with uow:
        header = case_header(uow, actor, case_id)
        row = _record(uow, case_id, record_id, REFERRAL)
        p = row.payload
        if p.get("arah") != "KELUAR":
            raise DomainError("letter_outgoing_only")
        inst = find_institution(uow, deps.national, p.get("lembaga", ""))
        if inst is None:
            raise DomainError("institution_not_found")
        rule = config.forms[REFERRAL].consent
        granted = consent_for(uow, header, rule.purpose, today, inst, rule.also)
        if not granted.allowed:
            raise DomainError("consent_missing", purpose="RUJUKAN", reason=granted.reason,
                              agency=inst.display, on=today)
        consent_row = uow.casework.consent(granted.consent_id)
        scope = set(consent_row.scope or DEFAULT_SCOPE)
        letterhead, values, office = printed_letterhead(uow)
        number = numbered(uow, row, "surat_rujukan", office.case_prefix, today)
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
        withheld=tuple(withheld), signatories=(head(values, letterhead.office_name),))
    return ChangeSet(cases=frozenset({case_id})), data


def _case_summary(lists: CodeLists, config: cw.CaseworkConfig, intake: CaseIntake,
                  header: CaseHeader) -> str:
    modus = ", ".join(_label(lists, "modus", m) for m in intake.modus) or "belum dicatat"
    stage = config.stage(header.stage).label_id
    return (f"Korban diterima pada {tanggal(header.intake_date)} melalui "
            f"{_label(lists, 'intake_channel', intake.intake_channel).lower()}. "
            f"Bentuk eksploitasi: {modus}. Tahap penanganan saat ini: {stage}.")


def _health_lines(uow: UnitOfWork, config: cw.CaseworkConfig, actor: Actor, case_id: str) -> str:
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


def handover_minutes(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str,
                     record_id: str) -> tuple[ChangeSet, HandoverMinutesData]:
    """The berita acara serah terima of a repatriation handover (numbered on first print);
    the remains variant when the repatriation plan says jenazah."""
    config, lists, today = deps.config, deps.codelists, deps.clock.today()
    region_name = deps.regions.name
    with uow:
        header = case_header(uow, actor, case_id)
        row = _record(uow, case_id, record_id, REPATRIATION_HANDOVER)
        p = row.payload
        plans = [r for r in uow.casework.records(case_id) if r.kind == REPATRIATION_PLAN]
        plan = plans[-1].payload if plans else {}
        remains = bool(plan.get("jenazah"))
        letterhead, values, office = printed_letterhead(uow)
        number = numbered(uow, row, "berita_acara_pemulangan", office.case_prefix, today)
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
