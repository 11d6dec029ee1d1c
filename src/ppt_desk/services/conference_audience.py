"""What the audience (projector) view of a case is made from: ``audience_source`` reads the
case, its person, its consent ledger, its journey and its stage-2 findings into a
``domain.audience.AudienceSource``; ``domain.audience.audience_case`` makes the screen's version.

The source also gathers every identity value of the case (the victim's names and aliases,
guardian, NIK, document numbers, address, village, phone numbers, the safe house, the
perpetrators, people named in the records) so that the domain function can scrub them out of
free text. A restricted record (perpetrators) is read for that even when the actor may not
see it: its values are only ever removed from what the audience sees, never shown.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..domain.audience import AudienceSource, JourneyLeg
from ..domain.codelists import CodeList
from ..domain.errors import DomainError
from .case_header import case_header
from .consent import consent_record
from .context import Actor
from .deps import Deps
from .ports import RecordRow, UnitOfWork

FINDINGS_FORM = "tahap_2"
JOURNEY_FORM = "perjalanan"
# Names of people other than the victim, by form and field (scrubbed word by word).
NAME_FIELDS: dict[str, tuple[str, ...]] = {
    "pelaku": ("nama", "alias"),
    "putusan": ("terdakwa",),
    "serah_terima_pemulangan": ("penerima_nama",),
    "laporan_polisi": ("pelapor",),
}
# Numbers, addresses and places that point at someone (scrubbed as whole values).
IDENTIFIER_FIELDS: dict[str, tuple[str, ...]] = {
    "pelaku": ("telepon", "lokasi", "perusahaan"),
    "penampungan": ("nama_fasilitas", "lokasi"),
    "pemulangan_rencana": ("alamat_tujuan",),
    "reintegrasi_rencana": ("alamat",),
}
# Table columns holding a person's name or number: (form, table) -> (names, identifiers).
TABLE_FIELDS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("pemulangan_rencana", "koordinasi"): (("nama_kontak",), ("telepon",)),
}
# Who referred the case, when that is a person rather than an institution.
PERSON_REFERRERS = frozenset({"KELUARGA", "PERORANGAN", "TOKOH_MASYARAKAT", "LAINNYA"})


def audience_source(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str) -> AudienceSource:
    """The audience view's inputs for a case the actor may see."""
    with uow:
        header = case_header(uow, actor, case_id)
        intake = uow.cases.intake(case_id)
        if intake is None:   # the header found it: only a race with a deletion gets here
            raise DomainError("case_not_found")
        records = list(uow.casework.records(case_id))
        consents = tuple(consent_record(r) for r in uow.casework.consents(case_id))
        names, identifiers = _record_identity(records)
        journey, findings = _journey(deps, records), _findings(deps, records)
        stage_code = header.stage
    origin = intake.origin
    regions = deps.regions
    identifiers += [intake.nik, origin.text, intake.guardian.contact,
                    *(d.number for d in intake.documents)]
    if origin.village_code:
        identifiers.append(regions.name(origin.village_code))
    other_names = [intake.guardian.name, *names]
    if intake.referrer_kind in PERSON_REFERRERS:
        other_names.append(intake.referrer_name)
    return AudienceSource(
        case_id=case_id, on=deps.clock.today(),
        sex=_label(deps.codelists["sex"], intake.sex),
        birth_date=intake.birth_date, estimated_age=intake.estimated_age,
        estimated_on=intake.intake_date,
        province=regions.name(origin.province_code) if origin.province_code else "",
        regency=regions.name(origin.regency_code) if origin.regency_code else "",
        stage=_stage(deps, stage_code), journey=journey, findings=findings, consents=consents,
        names=_kept((intake.full_name, *intake.aliases)), other_names=_kept(other_names),
        identifiers=_kept(identifiers),
        age_band_labels={c.code: c.label_id for c in deps.codelists["age_band"].items})


def _stage(deps: Deps, code: str) -> str:
    try:
        stage = deps.config.stage(code)
    except KeyError:     # a closed case
        return ""
    return f"Tahap {stage.number}: {stage.label_id}" if stage.number else stage.label_id


def _label(codes: CodeList, code: str) -> str:
    item = codes.get(code)
    return item.label_id if item is not None else ""


def _kept(values: Iterable[Any]) -> tuple[str, ...]:
    out = []
    for v in values:
        text = " ".join(str(v or "").split())
        if text and text not in out:
            out.append(text)
    return tuple(out)


def _record_identity(records: Sequence[RecordRow]) -> tuple[list[str], list[str]]:
    names: list[str] = []
    identifiers: list[str] = []
    for r in records:
        p = r.payload or {}
        names += [p.get(k) for k in NAME_FIELDS.get(r.kind, ()) if p.get(k)]
        identifiers += [p.get(k) for k in IDENTIFIER_FIELDS.get(r.kind, ()) if p.get(k)]
        for (kind, table), (name_cols, id_cols) in TABLE_FIELDS.items():
            if kind != r.kind or not isinstance(p.get(table), list):
                continue
            for row in p[table]:
                if isinstance(row, dict):
                    names += [row.get(k) for k in name_cols if row.get(k)]
                    identifiers += [row.get(k) for k in id_cols if row.get(k)]
    return names, identifiers


def _findings(deps: Deps, records: Sequence[RecordRow]) -> tuple[tuple[str, str], ...]:
    """The latest stage-2 record's text fields, in the form's order, as (heading, text)."""
    rows = [r for r in records if r.kind == FINDINGS_FORM]
    if not rows:
        return ()
    latest = max(rows, key=lambda r: (r.record_date is not None, r.record_date or r.updated_on,
                                      r.created_at))
    form = deps.config.forms[FINDINGS_FORM]
    payload = latest.payload or {}
    return tuple((fd.label_id, " ".join(str(payload[fd.key]).split()))
                 for fd in form.fields
                 if fd.type in ("text", "textarea") and str(payload.get(fd.key) or "").strip())


def _journey(deps: Deps, records: Sequence[RecordRow]) -> tuple[JourneyLeg, ...]:
    """The journey legs in order, by country and province only (never the place's name)."""
    form = deps.config.forms[JOURNEY_FORM]
    phases = {o.code: o.label_id for o in form.field("fase").options}
    countries = deps.codelists["country"]
    legs = sorted((r for r in records if r.kind == JOURNEY_FORM),
                  key=lambda r: (str((r.payload or {}).get("tanggal_mulai") or "9999"),
                                 r.created_at))
    out = []
    for r in legs:
        p = r.payload or {}
        region = str(p.get("wilayah") or "")
        province = deps.regions.name(region.split(".")[0]) if region else ""
        country = _label(countries, str(p.get("negara") or "")) or ("Indonesia" if region else "")
        out.append(JourneyLeg(phases.get(str(p.get("fase") or ""), ""), country, province))
    return tuple(out)
