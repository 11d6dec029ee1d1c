"""A case and its records -> its facts (ADR 0020): what ``stat_fact`` stores.

``facts_of`` is pure: the same case and records give the same facts whatever the day it runs
(stored facts are rebuilt only when the case is written or ``STATS_VERSION`` changes, so no rule
may depend on the day of the computation). One fact per (dimension, code, day), sorted.

Dimensions dated by the intake (dimensions.INTAKE) are dated ``case.intake_date``. A
single-valued one always gets a fact, with code "" (dimensions.UNKNOWN) when the value is not
recorded, so that its rows add up to the cases; a multi-valued one (exploitation, means,
destinations, place of incident, perpetrator's relation) gets a fact per recorded code and none
when nothing is recorded.

Dimensions dated by the event (dimensions.EVENT) take the record's date (the form's
``date_field``, ``Rec.record_date``) unless a rule names another date field of the payload
(a visum's ``tanggal_terbit``, an arrival's ``tanggal_tiba``, a payment's ``tanggal_dibayar``).
A record without that date gives no fact.

Payload values of the wrong shape (a number where a code is expected, a bad date) are skipped,
never raised. The rules per form, where the forms leave room:

- services (``layanan``, ``layanan_jenis``): every record of a form that belongs to a service
  track (``track_of``: form kind -> track code, built from tracks.json by the caller), except
  the journey track (``PERJALANAN``: the journey, the TPPO elements and the perpetrators are
  facts about the crime, not services) and incoming referrals (``rujukan`` with arah MASUK: the
  service was given by the referring institution). ``layanan_jenis`` also counts the
  protection-phase services of forms.json (``PROTECTION_SERVICES``: evacuation, shelter, living
  allowance), which belong to no track.
- ``rehsos_tempat``: ``layanan_rehsos.tempat`` (the social-rehabilitation service; counselling
  sessions are not counted here).
- ``visum``: DIMINTA on ``tanggal_permintaan``, TERBIT on ``tanggal_terbit``.
- ``rujukan_lembaga`` / ``rujukan_tingkat``: outgoing referrals (arah KELUAR) on their
  ``tanggal``; the level is ``level_of(lembaga)``, "" when the directory does not know it.
- ``pemulangan``: TIBA on ``tanggal_tiba`` of a ``pemulangan_pelaksanaan`` not cancelled (a
  planned arrival date in the future counts on that day: it falls in no past period);
  JENAZAH on the same day when the plan says ``jenazah`` or a handover record
  (``serah_terima_pemulangan``) records a death (``tanggal_meninggal`` or
  ``dokumen_kematian``); without such an arrival, a handover recording a death is the
  repatriation of the remains, dated by the handover. DIBATALKAN on the record's date.
- ``reintegrasi``: RENCANA, PAKET_EKONOMI, PENDIDIKAN (``pendidikan_anak`` records except
  status DIRENCANAKAN: planned schooling is not yet given), SELESAI.
- ``hukum``: LAPORAN_POLISI, PENYIDIKAN, PENUNTUTAN, PUTUSAN on their records' dates;
  PUTUSAN_DIHUKUM when ``amar`` is DIHUKUM, INKRACHT when ``berkekuatan_hukum_tetap``;
  RESTITUSI_<tahap> from ``restitusi`` records (DIAJUKAN, DIKABULKAN, DIBAYAR; DIBAYAR on
  ``tanggal_dibayar`` when given); besides, a prosecution claiming restitution
  (``penuntutan.restitusi_dituntut`` > 0) is RESTITUSI_DIAJUKAN and a verdict granting it
  (``putusan.restitusi_dikabulkan`` > 0) RESTITUSI_DIKABULKAN, on their records' dates
  (UU 21/2007 art. 48: restitution is claimed in the prosecution and granted in the verdict).
- ``umur_eksploitasi``: the age in whole years on the earliest ``tanggal_mulai`` of the journey
  records with fase TUJUAN: from the birth date; else the case's age at intake (the case's own
  ``age_at_intake``, else the person's ``estimated_age``, an estimate being the age on the
  intake day as domain.age.age_at_intake takes it) plus the whole years from the intake to that
  day (negative when the exploitation began before the intake, as it usually does); no fact
  without a birth date or an age, without such a journey record, or when the age would be
  negative.
- ``perekrutan``: ``unsur_tppo.cara_perekrutan`` (recruitment_tactic codes).
- ``simfoni_bentuk`` / ``simfoni_layanan`` (only when a ``SimfoniMap`` is given): the SIMFONI
  forms of violence of the case's modus and the unsur_tppo purposes (dated by the intake); the
  complaint service on the intake day and the SIMFONI services of each dated record, as
  ``SimfoniMap`` reads them from the code lists (simfoni.py owns that mapping).
- ``hambatan``: the ``kategori`` of each obstacle record, except TIDAK_ADA ("no obstacle").
- ``tahap_dicapai``: each applied stage change, value = days from the intake (none before it).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from ..age import age_on
from ..casework import Rec
from ..codelists import CodeList
from ..forms import as_date
from .dimensions import UNKNOWN
from .model import Fact, StatCaseInput
from .simfoni import SimfoniMap

STATS_VERSION: int = 3   # bump when the fact rules change (stored facts are then rebuilt)

NOT_SERVICE_TRACKS = frozenset({"PERJALANAN"})
PROTECTION_SERVICES = frozenset({"evakuasi", "penampungan", "jaminan_hidup"})

JOURNEY = "perjalanan"
DESTINATION = "TUJUAN"          # perjalanan.fase of the place of exploitation
ELEMENTS = "unsur_tppo"
PERPETRATOR = "pelaku"

REINTEGRATION = {"reintegrasi_rencana": "RENCANA", "paket_ekonomi": "PAKET_EKONOMI",
                 "pendidikan_anak": "PENDIDIKAN", "reintegrasi_selesai": "SELESAI"}
LEGAL_STEPS = {"laporan_polisi": "LAPORAN_POLISI", "penyidikan": "PENYIDIKAN",
               "penuntutan": "PENUNTUTAN", "putusan": "PUTUSAN"}
RESTITUTION_STEPS = ("DIAJUKAN", "DIKABULKAN", "DIBAYAR")
REHSOS_PLACES = ("DI_DALAM_PANTI", "DI_LUAR_PANTI")
SCOPES = ("DALAM_NEGERI", "ANTAR_NEGARA")
NO_OBSTACLE = "TIDAK_ADA"       # obstacle_category "no obstacle": not counted as one

_Key = tuple[str, str, date]


# -- small readers: a payload value of the expected shape, else nothing ----------------------
def _payload(rec: Rec) -> Mapping[str, Any]:
    p = rec.payload
    return p if type(p) is dict or isinstance(p, Mapping) else {}


def _code(value: Any) -> str | None:
    """A choice value: a non-empty string."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _codes(value: Any) -> list[str]:
    """A multichoice value (a list of codes); a single code is taken as a list of one."""
    if isinstance(value, str):
        one = _code(value)
        return [one] if one else []
    if isinstance(value, (list, tuple)):
        return [c for c in (_code(v) for v in value) if c]
    return []


def _yes(value: Any) -> bool:
    return value is True


def _positive(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _day(value: Any) -> date | None:
    return as_date(value)


def _record_day(rec: Rec) -> date | None:
    return rec.record_date if isinstance(rec.record_date, date) else None


def _province_of(region: Any) -> str | None:
    """The province code of a region code ("63.04" -> "63"), None when malformed."""
    if not isinstance(region, str):
        return None
    head = region.strip().split(".")[0]
    return head if head.isdigit() else None


# -- the rules ---------------------------------------------------------------------------
def facts_of(case: StatCaseInput, records: Sequence[Rec], level_of: Callable[[str], str],
             today: date, *, track_of: Mapping[str, str],
             simfoni: SimfoniMap | None = None) -> list[Fact]:
    """The facts of one case: one per (dimension, code, day), sorted.

    ``level_of(institution_id)`` is the directory's level code of an institution ("" when
    unknown); ``track_of`` maps a service form kind to its track code (tracks.json);
    ``simfoni`` (``SimfoniMap.from_lists(codelists)``) gives the SIMFONI-PPA dimensions
    (``simfoni_bentuk``, ``simfoni_layanan``), none without it.
    ``today`` is accepted for the caller's convenience but no rule reads it (see the module
    docstring: facts must not depend on the day they are computed).
    """
    del today
    raw: list[Fact] = []
    raw.extend(_intake_facts(case, records))
    raw.extend(_service_facts(records, track_of))
    raw.extend(_health_facts(records))
    raw.extend(_referral_facts(records, level_of))
    raw.extend(_repatriation_facts(records))
    raw.extend(_reintegration_facts(records))
    raw.extend(_legal_facts(records))
    raw.extend(_obstacle_facts(records))
    raw.extend(_stage_facts(case))
    if simfoni is not None:
        raw.extend(_simfoni_facts(case, records, simfoni))
    return _deduplicated(raw)


def _deduplicated(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (dim, code, day); of two values the smaller is kept."""
    kept: dict[_Key, Fact] = {}
    for f in facts:
        key = (f.dim, f.code, f.on_date)
        old = kept.get(key)
        if old is None or (f.value is not None and (old.value is None or f.value < old.value)):
            kept[key] = f
    return [kept[key] for key in sorted(kept)]   # the keys are unique: Fact order, faster


def _intake_facts(case: StatCaseInput, records: Sequence[Rec]) -> Iterator[Fact]:
    on = case.intake_date

    def one(dim: str, code: Any, value: int | None = None) -> Fact:
        return Fact(dim, _code(code) or UNKNOWN, on, value)

    yield one("kasus", "BARU")
    yield one("kewarganegaraan", case.citizenship)
    for code in _codes(list(case.modus)):
        yield one("modus", code)
    yield one("jalur_masuk", case.intake_channel)
    yield one("status_korban", case.victim_status)
    yield one("asal_provinsi", case.origin_province)
    yield one("asal_kabupaten", case.origin_regency)
    yield one("tahap", case.stage)
    yield one("status_kasus", "DIPINDAHKAN" if case.transferred else case.status)
    if isinstance(case.earlier_cases, int) and case.earlier_cases > 0:
        yield one("berulang", "ULANG")

    scope: str | None = None
    for rec in records:
        p = _payload(rec)
        if rec.kind == ELEMENTS:
            for code in _codes(p.get("tujuan")):
                yield one("eksploitasi", code)
            for code in _codes(p.get("cara")):
                yield one("cara", code)
            for code in _codes(p.get("cara_perekrutan")):
                yield one("perekrutan", code)
            lingkup = _code(p.get("lingkup"))
            if lingkup in SCOPES:
                scope = lingkup
        elif rec.kind == JOURNEY:
            for code in _codes(p.get("tempat_kejadian")):
                yield one("tempat_kejadian", code)
            if p.get("fase") == DESTINATION:
                country = _code(p.get("negara"))
                if country:
                    yield one("tujuan_negara", country)
                province = _province_of(p.get("wilayah"))
                if province:
                    yield one("tujuan_provinsi", province)
        elif rec.kind == PERPETRATOR:
            for code in _codes(p.get("hubungan")):
                yield one("hubungan_pelaku", code)
    yield one("lingkup", scope)

    age = _age_at_exploitation(case, records)
    if age is not None:
        yield one("umur_eksploitasi", "UMUR", age)


def _age_at_exploitation(case: StatCaseInput, records: Sequence[Rec]) -> int | None:
    starts = [d for d in (_day(_payload(r).get("tanggal_mulai")) for r in records
                          if r.kind == JOURNEY and _payload(r).get("fase") == DESTINATION)
              if d is not None]
    if not starts:
        return None
    start = min(starts)
    if isinstance(case.birth_date, date):
        age = age_on(case.birth_date, start)
    else:
        at_intake = next((a for a in (case.age_at_intake, case.estimated_age)
                          if isinstance(a, int) and not isinstance(a, bool)), None)
        if at_intake is None:
            return None
        intake = case.intake_date
        years = age_on(intake, start) if start >= intake else -age_on(start, intake)
        age = at_intake + years
    return age if age >= 0 else None


def _service_facts(records: Sequence[Rec], track_of: Mapping[str, str]) -> Iterator[Fact]:
    for rec in records:
        day = _record_day(rec)
        if day is None:
            continue
        track = track_of.get(rec.kind)
        if track is not None and track not in NOT_SERVICE_TRACKS:
            if rec.kind == "rujukan" and _payload(rec).get("arah") != "KELUAR":
                continue
            yield Fact("layanan", track, day)
            yield Fact("layanan_jenis", rec.kind, day)
        elif track is None and rec.kind in PROTECTION_SERVICES:
            yield Fact("layanan_jenis", rec.kind, day)
        if rec.kind == "layanan_rehsos":
            place = _code(_payload(rec).get("tempat"))
            if place in REHSOS_PLACES:
                yield Fact("rehsos_tempat", place, day)


def _health_facts(records: Sequence[Rec]) -> Iterator[Fact]:
    for rec in records:
        if rec.kind != "visum":
            continue
        p = _payload(rec)
        asked = _record_day(rec) or _day(p.get("tanggal_permintaan"))
        if asked is not None:
            yield Fact("visum", "DIMINTA", asked)
        issued = _day(p.get("tanggal_terbit"))
        if issued is not None:
            yield Fact("visum", "TERBIT", issued)


def _referral_facts(records: Sequence[Rec], level_of: Callable[[str], str]) -> Iterator[Fact]:
    for rec in records:
        if rec.kind != "rujukan":
            continue
        p = _payload(rec)
        day = _record_day(rec)
        institution = _code(p.get("lembaga"))
        if p.get("arah") != "KELUAR" or day is None or institution is None:
            continue
        yield Fact("rujukan_lembaga", institution, day)
        level = level_of(institution)
        yield Fact("rujukan_tingkat", level if isinstance(level, str) else UNKNOWN, day)


def _repatriation_facts(records: Sequence[Rec]) -> Iterator[Fact]:
    remains = any(_yes(_payload(r).get("jenazah")) for r in records
                  if r.kind == "pemulangan_rencana")
    deaths = [r for r in records if r.kind == "serah_terima_pemulangan"
              and (_day(_payload(r).get("tanggal_meninggal")) is not None
                   or _code(_payload(r).get("dokumen_kematian")) is not None)]
    arrived = False
    for rec in records:
        if rec.kind != "pemulangan_pelaksanaan":
            continue
        p = _payload(rec)
        if _yes(p.get("dibatalkan")):
            day = _record_day(rec)
            if day is not None:
                yield Fact("pemulangan", "DIBATALKAN", day)
            continue
        arrival = _day(p.get("tanggal_tiba"))
        if arrival is None:
            continue
        arrived = True
        yield Fact("pemulangan", "TIBA", arrival)
        if remains or deaths:
            yield Fact("pemulangan", "JENAZAH", arrival)
    if not arrived:
        for rec in deaths:
            day = _record_day(rec)
            if day is not None:
                yield Fact("pemulangan", "JENAZAH", day)


def _reintegration_facts(records: Sequence[Rec]) -> Iterator[Fact]:
    for rec in records:
        code = REINTEGRATION.get(rec.kind)
        day = _record_day(rec)
        if code is None or day is None:
            continue
        if rec.kind == "pendidikan_anak" and _payload(rec).get("status") == "DIRENCANAKAN":
            continue
        yield Fact("reintegrasi", code, day)


def _legal_facts(records: Sequence[Rec]) -> Iterator[Fact]:
    for rec in records:
        p = _payload(rec)
        day = _record_day(rec)
        step = LEGAL_STEPS.get(rec.kind)
        if step is not None and day is not None:
            yield Fact("hukum", step, day)
            if rec.kind == "putusan":
                if p.get("amar") == "DIHUKUM":
                    yield Fact("hukum", "PUTUSAN_DIHUKUM", day)
                if _yes(p.get("berkekuatan_hukum_tetap")):
                    yield Fact("hukum", "INKRACHT", day)
                if _positive(p.get("restitusi_dikabulkan")):
                    yield Fact("hukum", "RESTITUSI_DIKABULKAN", day)
            elif rec.kind == "penuntutan" and _positive(p.get("restitusi_dituntut")):
                yield Fact("hukum", "RESTITUSI_DIAJUKAN", day)
        elif rec.kind == "restitusi":
            stage = p.get("tahap")
            if stage not in RESTITUTION_STEPS:
                continue
            on = (_day(p.get("tanggal_dibayar")) or day) if stage == "DIBAYAR" else day
            if on is not None:
                yield Fact("hukum", f"RESTITUSI_{stage}", on)


def _obstacle_facts(records: Sequence[Rec]) -> Iterator[Fact]:
    for rec in records:
        if rec.kind != "hambatan":
            continue
        day = _record_day(rec)
        category = _code(_payload(rec).get("kategori"))
        if day is not None and category is not None and category != NO_OBSTACLE:
            yield Fact("hambatan", category, day)


def _stage_facts(case: StatCaseInput) -> Iterator[Fact]:
    for item in case.stages_reached:
        try:
            stage, day = item
        except (TypeError, ValueError):
            continue
        code = _code(stage)
        if code is None or not isinstance(day, date) or day < case.intake_date:
            continue
        yield Fact("tahap_dicapai", code, day, (day - case.intake_date).days)


def _simfoni_facts(case: StatCaseInput, records: Sequence[Rec],
                   simfoni: SimfoniMap) -> Iterator[Fact]:
    purposes = [code for r in records if r.kind == ELEMENTS
                for code in _codes(_payload(r).get("tujuan"))]
    for code in simfoni.violence(_codes(list(case.modus)), purposes):
        yield Fact("simfoni_bentuk", code, case.intake_date)
    for code in simfoni.intake:
        yield Fact("simfoni_layanan", code, case.intake_date)
    for rec in records:
        day = _record_day(rec)
        if day is None:
            continue
        for code in simfoni.services(rec.kind, _payload(rec)):
            yield Fact("simfoni_layanan", code, day)


# -- SIMFONI-PPA age band ------------------------------------------------------------------
def simfoni_band(age: int | None, bands: CodeList) -> str:
    """The age_band_simfoni code of an age in completed years ("" when unknown or no band
    holds it). Each band's ``min_age``/``max_age`` (inclusive; ``max_age`` None = no upper
    bound) come from the code list's ``extra``."""
    if age is None or isinstance(age, bool) or not isinstance(age, int):
        return ""
    for band in bands.items:
        low, high = band.extra.get("min_age"), band.extra.get("max_age")
        if not isinstance(low, int) or (high is not None and not isinstance(high, int)):
            continue
        if low <= age and (high is None or age <= high):
            return band.code
    return ""
