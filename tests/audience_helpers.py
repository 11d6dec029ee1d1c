"""A stage-2 case whose identity fields hold canary strings (T13), built through the real
backend: the person, a guardian, documents, the address and village, a safe house, a
perpetrator, a police report, a journey, the stage-2 findings (with canaries typed into the
free text too) and a SIDANG_KASUS consent; and the way to read its audience source."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta

from ppt_desk.demo.casework import demo_payloads
from ppt_desk.domain.intake import Address, CaseIntake, Guardian, IdentityDocument
from ppt_desk.services.conference_audience import audience_source
from ppt_desk.services.dto import ConsentInput

TODAY = date(2026, 12, 3)
SUPERVISOR = ("sari", "Sari Supervisor", "kata-sandi-sari-1")

# Made-up words no OCR or text would produce by chance; each must never reach the projector.
NAME = "Xavrina Quelotte"
ALIAS = "Zimbrel"
GUARDIAN = "Yoxanda Pirelle"
NIK = "5371019912340007"
PASSPORT = "C7735101"
ADDRESS = "Jalan Kanari Vermilo Nomor 77"
VILLAGE_CODE = "53.71.01.1002"     # Nunbaun Sabu (Kota Kupang)
VILLAGE = "Nunbaun Sabu"
GUARDIAN_PHONE = "081377441199"
SAFE_HOUSE = "Wisma Zafirolo"
SAFE_HOUSE_PLACE = "Gang Krobatun Tujuh"
PERPETRATOR = "Bruxton Vellamy"
PERPETRATOR_ALIAS = "Om Kraxidor"
PERPETRATOR_PHONE = "+60 12 884 3317"
REPORTER = "Quirmina Dotlebe"

CANARIES = (NAME, *NAME.split(), ALIAS, GUARDIAN, *GUARDIAN.split(), NIK, PASSPORT, ADDRESS,
            "Vermilo", VILLAGE, GUARDIAN_PHONE, SAFE_HOUSE, "Zafirolo", SAFE_HOUSE_PLACE,
            "Krobatun", PERPETRATOR, *PERPETRATOR.split(), PERPETRATOR_ALIAS, "Kraxidor",
            PERPETRATOR_PHONE, REPORTER, *REPORTER.split())
# The canaries' made-up words and numbers, for the OCR reading (which may split or join
# lines; common words such as "Jalan" or "Nomor" would be read from any screen).
CANARY_WORDS = ("Xavrina", "Quelotte", "Zimbrel", "Yoxanda", "Pirelle", "Vermilo", "Nunbaun",
                "Zafirolo", "Krobatun", "Bruxton", "Vellamy", "Kraxidor", "Quirmina", "Dotlebe",
                NIK, PASSPORT, GUARDIAN_PHONE, PERPETRATOR_PHONE)

FINDING = (f"{NAME} (dipanggil {ALIAS.lower()}) dibawa {PERPETRATOR_ALIAS} ke Johor; paspor "
           f"{PASSPORT} ditahan. Ibunya {GUARDIAN} dapat dihubungi di 0813-7744-1199. NIK "
           f"{NIK}. Sekarang di {SAFE_HOUSE}, {SAFE_HOUSE_PLACE}.")
ROOT_CAUSE = f"Jeratan utang kepada {PERPETRATOR.upper()} sejak di {VILLAGE}."


@dataclass
class Clock:
    day: date = TODAY

    def today(self) -> date:
        return self.day


@dataclass
class CanaryCase:
    case_id: str
    canaries: tuple[str, ...] = CANARIES
    words: tuple[str, ...] = CANARY_WORDS
    extra: dict = field(default_factory=dict)


def as_supervisor(backend, root) -> None:
    """A supervisor (sees every case, changes apply at once) signed in; the clock at TODAY."""
    backend.deps.clock = Clock()
    username, name, password = SUPERVISOR
    backend.users.add(username, name, frozenset({"SUPERVISOR"}), password,
                      frozenset({"PELAKU"}))
    backend.session.lock()
    backend.session.unlock(username, password)


def canary_intake(**changes) -> CaseIntake:
    fields = dict(
        full_name=NAME, sex="P", intake_date=TODAY - timedelta(days=40), intake_channel="HOTLINE",
        victim_status="DIDUGA", birth_date=date(2010, 6, 1), aliases=(ALIAS,), nik=NIK,
        documents=(IdentityDocument("PASPOR", PASSPORT),),
        origin=Address(ADDRESS, "53", "53.71", "53.71.01", VILLAGE_CODE),
        guardian=Guardian(GUARDIAN, "IBU", GUARDIAN_PHONE), referrer_kind="PERORANGAN",
        referrer_name=REPORTER, modus=("KRJ-PRT",), languages=("ind",))
    fields.update(changes)
    return CaseIntake(**fields)


def build_canary_case(backend, consent: bool = True, **changes) -> CanaryCase:
    """The case at stage 2 with every canary in place (as the signed-in supervisor)."""
    _, case_id, _ = backend.cases.register(canary_intake(**changes))
    day = TODAY - timedelta(days=30)
    forms = demo_payloads(day)
    for kinds, target in ((("asesmen", "bebas_kritis"), "PENDEKATAN_AWAL"),
                          (("tahap_1",), "PENELUSURAN")):
        for kind in kinds:
            backend.casework.save_record(case_id, kind, forms[kind])
        backend.casework.request_stage_change(case_id, target)
    save = backend.casework.save_record
    save(case_id, "tahap_2", {**forms["tahap_2"], "pengalaman": FINDING,
                              "akar_masalah": ROOT_CAUSE, "lingkungan": "Keluarga menerima."})
    save(case_id, "penampungan", {**forms["penampungan"], "nama_fasilitas": SAFE_HOUSE,
                                  "lokasi": SAFE_HOUSE_PLACE})
    save(case_id, "pelaku", {**forms["pelaku"], "nama": PERPETRATOR, "alias": PERPETRATOR_ALIAS,
                             "telepon": PERPETRATOR_PHONE})
    save(case_id, "perjalanan", {**forms["perjalanan"], "fase": "PRA_KEBERANGKATAN",
                                 "negara": "ID", "wilayah": "53.71",
                                 "tempat": SAFE_HOUSE_PLACE, "tanggal_mulai": day.isoformat(),
                                 "tanggal_selesai": day.isoformat()})
    later = (day + timedelta(days=3)).isoformat()
    save(case_id, "perjalanan", {**forms["perjalanan"], "tempat": f"Kebun {PERPETRATOR}",
                                 "tanggal_mulai": later, "tanggal_selesai": later})
    if consent:
        backend.consent.record(case_id, ConsentInput(
            "SIDANG_KASUS", "WALI", day, "TERTULIS", giver_name=GUARDIAN))
    return CanaryCase(case_id)


def source_of(backend, case_id: str):
    store, actor = backend.cases._signed_in()
    return audience_source(store.uow(), actor, backend.deps, case_id)


def texts_in(value) -> list[str]:
    """Every text in a value: strings, in tuples and lists, and in dataclass fields."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [t for v in value for t in texts_in(v)]
    if dataclasses.is_dataclass(value):
        return [t for f in dataclasses.fields(value) for t in texts_in(getattr(value, f.name))]
    return []
