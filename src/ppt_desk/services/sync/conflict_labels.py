"""How a conflict item reads to a person: which data it is about and its two values as text.

A conflict names a table, a row and a column (``storage/apply.py``). Here that becomes "Data
pribadi · Jenis kelamin" or "Skrining kesehatan · HIV/IMS", and each value text: a code with
its code-list label, a date as 02/05/2025, a form record's payload field by field with the
form's own labels. Which values a user may not see ``conflicts.py`` decides; this module
only words things.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from ...domain.forms import FieldDef, FormDef
from ..deps import Deps

Pair = tuple[str, str]   # (Indonesian, English)

ENTITIES: dict[str, Pair] = {
    "person": ("Data pribadi", "Personal data"),
    "case_file": ("Berkas kasus", "Case file"),
    "case_record": ("Catatan", "Record"),
    "consent": ("Persetujuan", "Consent"),
    "stage_change": ("Perubahan tahap", "Stage change"),
    "case_share": ("Akses kasus", "Case access"),
    "institution": ("Lembaga", "Institution"),
    "group_session": ("Sesi kelompok", "Group session"),
    "group_participant": ("Peserta sesi kelompok", "Group session participant"),
    "conference": ("Sidang kasus", "Case conference"),
    "conference_case": ("Kasus dalam sidang kasus", "Case at a case conference"),
    "conference_participant": ("Peserta sidang kasus", "Case conference participant"),
    "conference_decision": ("Keputusan sidang kasus", "Case conference decision"),
    "office": ("Profil kantor", "Office profile"),
    "office_setting": ("Pengaturan kantor", "Office setting"),
    "app_user": ("Pengguna", "User"),
    "rad_entry": ("Capaian indikator RAD", "RAD indicator figure"),
}

# column -> (label pair, how its value reads: a code list name, "stage", "region", "user",
# "institution" or None for the value as it is)
_Column = tuple[Pair, str | None]
COLUMNS: dict[str, dict[str, _Column]] = {
    "person": {
        "full_name": (("Nama lengkap", "Full name"), None),
        "aliases": (("Nama lain", "Other names"), None),
        "sex": (("Jenis kelamin", "Sex"), "sex"),
        "birth_date": (("Tanggal lahir", "Date of birth"), None),
        "estimated_age": (("Perkiraan umur", "Estimated age"), None),
        "nik": (("NIK", "NIK"), None),
        "documents": (("Dokumen identitas", "Identity documents"), "identity_doc_type"),
        "address_text": (("Alamat", "Address"), None),
        "province_code": (("Provinsi", "Province"), "region"),
        "regency_code": (("Kabupaten/kota", "Regency/city"), "region"),
        "district_code": (("Kecamatan", "District"), "region"),
        "village_code": (("Desa/kelurahan", "Village"), "region"),
        "languages": (("Bahasa", "Languages"), "language"),
        "needs_interpreter": (("Perlu penerjemah", "Needs an interpreter"), None),
        "guardian_name": (("Nama wali", "Guardian's name"), None),
        "guardian_relation": (("Hubungan wali", "Guardian's relation"), "guardian_relation"),
        "guardian_contact": (("Kontak wali", "Guardian's contact"), None),
        "citizenship": (("Kewarganegaraan", "Citizenship"), "country"),
    },
    "case_file": {
        "case_number": (("Nomor kasus", "Case number"), None),
        "intake_date": (("Tanggal pengaduan", "Intake date"), None),
        "intake_channel": (("Saluran pengaduan", "Intake channel"), "intake_channel"),
        "referrer_kind": (("Jenis perujuk", "Referred by"), "referrer_kind"),
        "referrer_name": (("Nama perujuk", "Referrer's name"), None),
        "victim_status": (("Status korban", "Victim status"), "victim_status"),
        "victim_role": (("Peran korban", "Victim's role"), "victim_role"),
        "modus": (("Modus", "Modus"), "modus"),
        "assigned_user_id": (("Pendamping", "Caseworker"), "user"),
        "status": (("Status kasus", "Case status"), None),
        "stage": (("Tahap", "Stage"), "stage"),
        "stage_since": (("Tahap sejak", "Stage since"), None),
        "notes": (("Catatan kasus", "Case notes"), None),
        "owner_device_id": (("Perangkat pemilik", "Owning device"), None),
        "transferred_to": (("Dipindahkan ke", "Transferred to"), None),
    },
    "case_record": {
        "record_date": (("Tanggal catatan", "Record date"), None),
        "due_date": (("Tenggat", "Due date"), None),
        "stage": (("Tahap", "Stage"), "stage"),
    },
    "consent": {
        "purpose": (("Tujuan", "Purpose"), "consent_purpose"),
        "agency": (("Lembaga", "Agency"), None),
        "given_by": (("Diberikan oleh", "Given by"), "consent_giver"),
        "giver_name": (("Nama pemberi", "Giver's name"), None),
        "legal_basis": (("Dasar hukum", "Legal basis"), None),
        "given_on": (("Tanggal diberikan", "Given on"), None),
        "method": (("Cara", "Method"), "consent_method"),
        "note": (("Catatan", "Note"), None),
        "valid_until": (("Berlaku sampai", "Valid until"), None),
        "withdrawn_on": (("Dicabut pada", "Withdrawn on"), None),
        "withdrawal_note": (("Catatan pencabutan", "Withdrawal note"), None),
        "scope": (("Cakupan", "Scope"), "consent_scope"),
    },
    "stage_change": {
        "status": (("Status", "Status"), None),
        "reason": (("Alasan", "Reason"), None),
        "review_comment": (("Komentar", "Comment"), None),
        "to_stage": (("Ke tahap", "To stage"), "stage"),
    },
    "institution": {
        "name": (("Nama", "Name"), None),
        "acronym": (("Singkatan", "Acronym"), None),
        "category": (("Kategori", "Category"), "institution_category"),
        "level": (("Tingkat", "Level"), "institution_level"),
        "province_code": (("Provinsi", "Province"), "region"),
        "regency_code": (("Kabupaten/kota", "Regency/city"), "region"),
        "address": (("Alamat", "Address"), None),
        "phone": (("Telepon", "Phone"), None),
        "email": (("E-mail", "E-mail"), None),
        "contact_person": (("Narahubung", "Contact person"), None),
        "services": (("Layanan", "Services"), "service_type"),
        "note": (("Catatan", "Note"), None),
        "active": (("Aktif", "Active"), None),
    },
    "group_session": {
        "held_on": (("Tanggal", "Date"), None),
        "kind": (("Jenis", "Kind"), "group_session_kind"),
        "topic": (("Topik", "Topic"), None),
        "facilitator": (("Fasilitator", "Facilitator"), None),
        "duration_min": (("Durasi (menit)", "Duration (minutes)"), None),
        "notes": (("Catatan", "Notes"), None),
    },
    "group_participant": {
        "attended": (("Hadir", "Attended"), None),
        "relation": (("Hubungan", "Relation"), None),
    },
    "office_setting": {
        "value": (("Nilai", "Value"), None),
    },
    "office": {
        "name": (("Nama kantor", "Office name"), None),
        "kind": (("Jenis kantor", "Office kind"), "office_kind"),
        "province_code": (("Provinsi", "Province"), "region"),
        "regency_code": (("Kabupaten/kota", "Regency/city"), "region"),
        "case_prefix": (("Awalan nomor kasus", "Case number prefix"), None),
    },
    "rad_entry": {
        "plan": (("Rencana aksi daerah", "Regional action plan"), None),
        "indicator": (("Indikator", "Indicator"), None),
        "year": (("Tahun", "Year"), None),
        "semester": (("Semester (0 = setahun)", "Semester (0 = the whole year)"), None),
        "value": (("Capaian", "Achieved"), None),
        "note": (("Catatan", "Note"), None),
        "entered_by": (("Diisi oleh", "Entered by"), "user"),
        "entered_at": (("Diisi pada", "Entered at"), None),
    },
}
# Columns that only say who made a row or when it was saved: left out of a whole row's text.
QUIET = frozenset({"id", "version", "created_at", "updated_at", "updated_on", "created_by",
                   "recorded_by", "requested_by", "requested_at", "case_id", "person_id",
                   "office_id", "session_id", "kind", "previous"})
WORDS: dict[str, Pair] = {
    "empty": ("(kosong)", "(empty)"),
    "yes": ("Ya", "Yes"),
    "no": ("Tidak", "No"),
    "rows": ("{n} baris", "{n} rows"),
    "restricted": ("(dibatasi)", "(restricted)"),
    "deleted": ("Dihapus di kantor asal", "Deleted at the office it came from"),
    "missing": ("Tidak ada di perangkat ini", "Not on this device"),
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def pick(pair: Pair, lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def word(key: str, lang: str, **params: Any) -> str:
    return pick(WORDS[key], lang).format(**params)


class Wording:
    """Labels and value texts in one language, over the code lists and forms in ``deps``;
    ``user_name`` and ``institution_name`` look ids up (the unit of work's)."""

    def __init__(self, deps: Deps, lang: str, user_name: Callable[[str], str],
                 institution_name: Callable[[str], str]) -> None:
        self.deps = deps
        self.lang = lang
        self.user_name = user_name
        self.institution_name = institution_name

    # -- names -------------------------------------------------------------------------------
    def entity(self, entity: str, form: FormDef | None = None) -> str:
        if entity == "case_record" and form is not None:
            return form.label(self.lang)
        pair = ENTITIES.get(entity)
        return pick(pair, self.lang) if pair else entity

    def column(self, entity: str, name: str) -> str:
        known = COLUMNS.get(entity, {}).get(name)
        return pick(known[0], self.lang) if known else name

    # -- values ------------------------------------------------------------------------------
    def value(self, entity: str, name: str, value: Any) -> str:
        """One column's value."""
        kind = COLUMNS.get(entity, {}).get(name, (None, None))[1]
        return self._as(kind, value)

    def field_value(self, fd: FieldDef, value: Any) -> str:
        """One form field's value."""
        if fd.type == "table" and isinstance(value, list):
            return word("rows", self.lang, n=len(value))
        if fd.type in ("choice", "multichoice") and fd.options:
            labels = {o.code: o.label(self.lang) for o in fd.options}
            return self._listed(value, lambda code: labels.get(code, str(code)))
        if fd.type in ("choice", "multichoice") and fd.codelist:
            return self._as(fd.codelist, value)
        if fd.type in ("user", "institution", "region"):
            return self._as(fd.type, value)
        return self._as(None, value)

    def _as(self, kind: str | None, value: Any) -> str:
        if kind == "identity_doc_type" and isinstance(value, list):
            return "; ".join(self._document(d) for d in value) or word("empty", self.lang)
        if kind is None:
            return self._listed(value, self._plain)
        return self._listed(value, lambda code: self._named(kind, code))

    def _listed(self, value: Any, one: Callable[[Any], str]) -> str:
        if value is None or value == "" or value == []:
            return word("empty", self.lang)
        if isinstance(value, list):
            return ", ".join(one(v) for v in value)
        return one(value)

    def _named(self, kind: str, code: Any) -> str:
        if not isinstance(code, str):
            return self._plain(code)
        if kind == "user":
            return self.user_name(code) or code
        if kind == "institution":
            return self.institution_name(code) or code
        if kind == "region":
            return self.deps.regions.name(code) or code
        if kind == "stage":
            try:
                return self.deps.config.stage(code).label(self.lang)
            except KeyError:
                return code
        try:
            item = self.deps.codelists[kind].get(code)
        except KeyError:
            item = None
        return item.label(self.lang) if item is not None else code

    def _document(self, doc: Any) -> str:
        if not isinstance(doc, Mapping):
            return self._plain(doc)
        kind = self._named("identity_doc_type", doc.get("type", ""))
        return f"{kind} {doc.get('number', '')}".strip()

    def _plain(self, value: Any) -> str:
        if isinstance(value, bool):
            return word("yes" if value else "no", self.lang)
        if isinstance(value, str) and _DATE.match(value):
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        if isinstance(value, str) and _DATETIME.match(value):
            try:
                return datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")
            except ValueError:
                return value
        if isinstance(value, Mapping):
            return "; ".join(f"{k}: {self._plain(v)}" for k, v in value.items())
        return str(value)
