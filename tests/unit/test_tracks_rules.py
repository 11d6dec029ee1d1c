"""Pure rules of the service tracks: conditions on case facts, access grants on records and
fields, consent rules of forms, track status, group sessions, the institution directory."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from ppt_desk.domain import access
from ppt_desk.domain.errors import ValidationFailed
from ppt_desk.domain.forms import condition_holds, parse_forms, validate_record
from ppt_desk.domain.institutions import Institution, load_national, search, validate_institution
from ppt_desk.domain.tracks import (
    GroupParticipantInput, GroupSessionInput, parse_tracks, track_status, validate_group_session,
)
from ppt_desk.paths import INSTITUTIONS

TODAY = date(2026, 11, 23)

FORMS = parse_forms({"forms": [
    {"kind": "plan", "group": "T", "label_id": "Rencana", "label_en": "Plan",
     "date_field": "tanggal", "consent": {"purpose": "PEMULANGAN"},
     "fields": [
         {"key": "tanggal", "type": "date", "label_id": "T", "label_en": "D", "required": True},
         {"key": "sakit", "type": "bool", "label_id": "S", "label_en": "S"},
         {"key": "pendamping", "type": "text", "label_id": "P", "label_en": "E",
          "required_if": {"any": [{"fact": "child"}, {"field": "sakit", "equals": True}]},
          "required_message": "escort_required"},
         {"key": "wilayah", "type": "region", "level": "regency", "label_id": "W",
          "label_en": "R"},
         {"key": "lembaga", "type": "institution", "label_id": "L", "label_en": "I"}]},
    {"kind": "episode", "group": "T", "label_id": "Episode", "label_en": "Episode",
     "multiple": True, "date_field": "mulai",
     "access": {"grant": "KESEHATAN", "when": {"field": "jenis", "in": ["HIV_IMS"]}},
     "fields": [
         {"key": "mulai", "type": "date", "label_id": "M", "label_en": "S"},
         {"key": "jenis", "type": "choice", "label_id": "J", "label_en": "K",
          "options": [{"code": "FISIK", "label_id": "Fisik", "label_en": "Physical"},
                      {"code": "HIV_IMS", "label_id": "HIV/IMS", "label_en": "HIV/STI"}]},
         {"key": "catatan", "type": "text", "label_id": "C", "label_en": "N"},
         {"key": "hiv", "type": "text", "label_id": "H", "label_en": "H",
          "access": "KESEHATAN"}]},
    {"kind": "selesai", "group": "T", "label_id": "Selesai", "label_en": "Done",
     "date_field": "tanggal",
     "fields": [{"key": "tanggal", "type": "date", "label_id": "T", "label_en": "D"}]},
]})


def test_conditions_on_fields_and_facts():
    cond = {"any": [{"fact": "child"}, {"field": "sakit", "equals": True}]}
    assert condition_holds(cond, {}, {"child": True})
    assert condition_holds(cond, {"sakit": True}, {"child": False})
    assert not condition_holds(cond, {"sakit": False}, {"child": False})
    assert not condition_holds(cond, {}, None)
    assert condition_holds({"field": "jenis", "in": ["A", "B"]}, {"jenis": "B"})
    assert not condition_holds({"field": "jenis", "in": ["A", "B"]}, {"jenis": "C"})


def test_escort_is_required_for_a_child_or_a_sick_victim_with_its_own_message():
    plan = FORMS["plan"]
    ok = {"tanggal": "2026-11-20"}
    assert validate_record(plan, ok, TODAY, facts={"child": False}) == ok
    for payload, facts in ((ok, {"child": True}), ({**ok, "sakit": True}, {"child": False})):
        with pytest.raises(ValidationFailed) as info:
            validate_record(plan, payload, TODAY, facts=facts)
        assert info.value.problems == {"pendamping": "escort_required"}
    escorted = {**ok, "sakit": True, "pendamping": "Petugas PPT"}
    assert validate_record(plan, escorted, TODAY, facts={"child": True}) == escorted


@pytest.mark.parametrize("value, ok", [("53.71", True), ("53", False), ("53.71.01", False),
                                       ("53.x1", False), (5371, False)])
def test_region_values_have_the_field_level(value, ok):
    payload = {"tanggal": "2026-11-20", "wilayah": value}
    if ok:
        assert validate_record(FORMS["plan"], payload, TODAY)["wilayah"] == value
    else:
        with pytest.raises(ValidationFailed) as info:
            validate_record(FORMS["plan"], payload, TODAY)
        assert info.value.problems == {"wilayah": "invalid_region"}


def test_a_form_naming_unknown_fields_in_its_rules_is_refused():
    bad = {"forms": [{"kind": "x", "group": "T", "label_id": "X", "label_en": "X",
                      "consent": {"purpose": "RUJUKAN", "agency_field": "nowhere"},
                      "fields": [{"key": "a", "type": "text", "label_id": "A", "label_en": "A"}]}]}
    with pytest.raises(ValueError, match="nowhere"):
        parse_forms(bad)
    no_level = {"forms": [{"kind": "x", "group": "T", "label_id": "X", "label_en": "X",
                           "fields": [{"key": "a", "type": "region", "label_id": "A",
                                       "label_en": "A"}]}]}
    with pytest.raises(ValueError, match="level"):
        parse_forms(no_level)


def test_consent_rule_of_a_form():
    rule = FORMS["plan"].consent
    assert rule.purpose == "PEMULANGAN" and rule.applies({})


def test_a_restricted_record_shows_only_that_it_exists_and_its_date():
    form = FORMS["episode"]
    hiv = {"mulai": "2026-11-01", "jenis": "HIV_IMS", "catatan": "ARV", "hiv": "reaktif"}
    seen = access.visible(form, hiv, frozenset())
    assert seen.hidden and seen.payload == {"mulai": "2026-11-01"}
    assert seen.grant == "KESEHATAN"
    assert set(seen.hidden_fields) == {"jenis", "catatan", "hiv"}
    assert access.visible(form, hiv, {"KESEHATAN"}).payload == hiv


def test_a_restricted_field_is_left_out_of_an_open_record():
    form = FORMS["episode"]
    physical = {"mulai": "2026-11-01", "jenis": "FISIK", "catatan": "Luka", "hiv": "negatif"}
    seen = access.visible(form, physical, frozenset())
    assert not seen.hidden and seen.payload == {"mulai": "2026-11-01", "jenis": "FISIK",
                                                "catatan": "Luka"}
    assert seen.hidden_fields == ("hiv",)


def test_writing_restricted_data_needs_the_grant():
    form = FORMS["episode"]
    physical = {"mulai": "2026-11-01", "jenis": "FISIK"}
    hiv = {**physical, "jenis": "HIV_IMS"}
    assert access.may_write(form, None, physical, frozenset()) is None
    assert access.may_write(form, None, hiv, frozenset()) == "KESEHATAN"  # creating one
    assert access.may_write(form, physical, hiv, frozenset()) == "KESEHATAN"  # turning into
    assert access.may_write(form, hiv, physical, frozenset()) == "KESEHATAN"  # hiding one
    assert access.may_write(form, None, {**physical, "hiv": "x"}, frozenset()) == "KESEHATAN"
    assert access.may_write(form, None, hiv, {"KESEHATAN"}) is None
    # the editor of a user without access never held the hidden field: its value is kept
    old = {**physical, "hiv": "negatif"}
    assert access.merge_hidden(form, old, {**physical, "catatan": "baru"}, frozenset()) == {
        **physical, "catatan": "baru", "hiv": "negatif"}


@dataclass
class R:
    kind: str
    record_date: date | None
    payload: dict = field(default_factory=dict)


TRACKS = parse_tracks({"tracks": [{
    "code": "T", "label_id": "Trek", "label_en": "Track", "forms": ["plan", "episode", "selesai"],
    "states": [{"code": "BELUM", "label_id": "Belum", "label_en": "Not yet"},
               {"code": "RENCANA", "label_id": "R", "label_en": "P", "when": {"kind": "plan"}},
               {"code": "HIV", "label_id": "H", "label_en": "H",
                "when": {"kind": "episode", "field": "jenis", "equals": "HIV_IMS"}},
               {"code": "SELESAI", "label_id": "S", "label_en": "D", "when": {"kind": "selesai"}},
               {"code": "KELOMPOK", "label_id": "K", "label_en": "G",
                "when": {"kind": "sesi_kelompok"}}]}]}, FORMS)


def test_track_status_follows_the_most_recent_record():
    track = TRACKS[0]
    assert track_status(track, []).state == "BELUM"
    records = [R("plan", date(2026, 11, 1)), R("selesai", date(2026, 11, 10))]
    status = track_status(track, records)
    assert (status.state, status.since, status.records) == ("SELESAI", date(2026, 11, 10), 2)
    # a later plan (the track was reopened) wins over an earlier closing
    records.append(R("plan", date(2026, 11, 12)))
    assert track_status(track, records).state == "RENCANA"
    # on the same day the state listed later wins
    same_day = [R("plan", date(2026, 11, 1)), R("selesai", date(2026, 11, 1))]
    assert track_status(track, same_day).state == "SELESAI"


def test_a_hidden_record_cannot_reveal_itself_through_the_status():
    track = TRACKS[0]
    hidden = R("episode", date(2026, 11, 5), {"mulai": "2026-11-05"})  # as a user without access sees it
    assert track_status(track, [R("plan", date(2026, 11, 1)), hidden]).state == "RENCANA"
    shown = R("episode", date(2026, 11, 5), {"jenis": "HIV_IMS"})
    assert track_status(track, [shown]).state == "HIV"


def test_a_track_state_must_name_a_form_of_the_track():
    bad = {"tracks": [{"code": "T", "label_id": "T", "label_en": "T", "forms": ["plan"],
                       "states": [{"code": "A", "label_id": "A", "label_en": "A"},
                                  {"code": "B", "label_id": "B", "label_en": "B",
                                   "when": {"kind": "selesai"}}]}]}
    with pytest.raises(ValueError, match="names no form"):
        parse_tracks(bad, FORMS)
    twice = {"tracks": [{"code": c, "label_id": c, "label_en": c, "forms": ["plan"],
                         "states": [{"code": "A", "label_id": "A", "label_en": "A"}]}
                        for c in ("T1", "T2")]}
    with pytest.raises(ValueError, match="in tracks"):
        parse_tracks(twice, FORMS)


KINDS = frozenset({"TERAPI_KELOMPOK"})
RELATIONS = frozenset({"IBU", "AYAH"})


def _session(*participants, **changes) -> GroupSessionInput:
    values = dict(held_on=date(2026, 11, 20), kind="TERAPI_KELOMPOK", topic="Pemulihan",
                  participants=tuple(participants))
    values.update(changes)
    return GroupSessionInput(**values)


def test_a_group_session_needs_two_participants_one_of_them_a_victim():
    a, b = GroupParticipantInput("case-a"), GroupParticipantInput("case-b")
    mother = GroupParticipantInput("case-a", "KELUARGA", "IBU")
    assert validate_group_session(_session(a, b, mother), KINDS, RELATIONS, TODAY)
    cases = [((a,), "group_needs_two"),
             ((mother, GroupParticipantInput("case-b", "KELUARGA", "AYAH")), "group_needs_victim")]
    for people, code in cases:
        with pytest.raises(ValidationFailed) as info:
            validate_group_session(_session(*people), KINDS, RELATIONS, TODAY)
        assert info.value.problems["participants"] == code
    with pytest.raises(ValidationFailed) as info:
        validate_group_session(_session(a, GroupParticipantInput("case-a", "KELUARGA"),
                                        a, topic=" ", held_on=date(2026, 12, 1)),
                               KINDS, RELATIONS, TODAY)
    assert info.value.problems == {"topic": "required", "held_on": "date_in_future",
                                   "participants.1.relation": "required",
                                   "participants.2": "duplicate"}


def test_the_national_directory_ships_valid_entries():
    national = load_national(INSTITUTIONS)
    assert len(national) >= 10
    assert all(i.national and i.level == "NASIONAL" for i in national)
    assert len({i.id for i in national}) == len(national)
    lpsk = [i for i in national if i.acronym == "LPSK"]
    assert lpsk and "LPSK" in lpsk[0].names()


def test_directory_search_and_validation():
    items = [Institution("nas-x", "Lembaga Perlindungan Saksi dan Korban", "LPSK", "NASIONAL",
                         acronym="LPSK"),
             Institution("l-1", "Puskesmas Oebobo", "KESEHATAN", "KABUPATEN_KOTA"),
             Institution("l-2", "RSUD Lama", "KESEHATAN", "KABUPATEN_KOTA", active=False)]
    assert [i.id for i in search(items, "oebobo")] == ["l-1"]
    assert [i.id for i in search(items, "saksi korban")] == ["nas-x"]
    assert [i.id for i in search(items, category="KESEHATAN")] == ["l-1"]
    assert [i.id for i in search(items, category="KESEHATAN", include_inactive=True)] == [
        "l-1", "l-2"]
    cats, levels = frozenset({"KESEHATAN"}), frozenset({"KABUPATEN_KOTA"})
    clean = validate_institution(Institution("", "  Puskesmas   Baru ", "KESEHATAN",
                                             "KABUPATEN_KOTA", province_code="53",
                                             regency_code="53.71"), cats, levels, frozenset())
    assert clean.name == "Puskesmas Baru"
    with pytest.raises(ValidationFailed) as info:
        validate_institution(Institution("", "", "X", "", email="no-at", province_code="53",
                                         regency_code="52.01", services=("Z",)),
                             cats, levels, frozenset())
    assert info.value.problems == {"name": "required", "category": "unknown_code",
                                   "level": "required", "email": "invalid_email",
                                   "regency_code": "region_mismatch", "services": "unknown_code"}
