"""The pure sync rules: device cards, the bundle chain and checkpoints, pseudonyms."""
from __future__ import annotations

import json

import pytest

from ppt_desk.domain.sync import chain
from ppt_desk.domain.sync.card import DeviceCard, parse_card
from ppt_desk.domain.sync.errors import BundleFormatError
from ppt_desk.domain.sync.pseudonym import Redaction, pseudonym

ZERO = "0" * 64
H1, H2, H3 = "1" * 64, "2" * 64, "3" * 64
RECIPIENT = "age1" + "q" * 58
BACKUP = "age1" + "p" * 58


def _card(**changes) -> DeviceCard:
    fields = dict(role="PPT", device_id="01a23aec-f202-773e-9151-fece4f9e1608",
                  office_id="01a23aec-f202-773e-9151-fece4f9e1609", office_name="P2TP2A Kupang",
                  province_code="53", regency_code="53.71", device_code="A",
                  signing_key="ab" * 32, age_recipients=(RECIPIENT,),
                  issued_at="2026-12-03T08:00:00Z")
    fields.update(changes)
    return DeviceCard(**fields)


def test_a_card_reads_back_with_its_signature():
    card = _card()
    parsed, signature = parse_card(card.to_json(b"\x01" * 64))
    assert parsed == card and signature == b"\x01" * 64


@pytest.mark.parametrize("change, code", [
    (lambda d: d.update(format="something-else"), "card_wrong_format"),
    (lambda d: d.update(version=2), "card_version_unsupported"),
    (lambda d: d.update(extra="x"), "card_malformed"),
    (lambda d: d.update(role="POLISI"), "card_malformed"),
    (lambda d: d.update(age_recipients=[RECIPIENT, BACKUP]), "card_malformed"),  # PPT: one key
    (lambda d: d.update(role="SEKRETARIAT"), "card_malformed"),                # needs two
    (lambda d: d.update(signing_key="zz" * 32), "card_malformed"),
    (lambda d: d.update(device_id="../../etc"), "card_malformed"),
    (lambda d: d.update(office_name="  "), "card_malformed"),
    (lambda d: d.update(signature="00"), "card_malformed"),
])
def test_a_card_that_breaks_a_rule_is_refused(change, code):
    raw = json.loads(_card().to_json(b"\x01" * 64))
    change(raw)
    with pytest.raises(BundleFormatError) as err:
        parse_card(json.dumps(raw).encode())
    assert err.value.code == code


def test_a_secretariat_card_carries_the_backup_key_and_the_fingerprint_covers_it():
    card = _card(role="SEKRETARIAT", age_recipients=(RECIPIENT, BACKUP))
    assert parse_card(card.to_json(b"\x01" * 64))[0] == card
    other_backup = _card(role="SEKRETARIAT", age_recipients=(RECIPIENT, "age1" + "z" * 58))
    assert card.key_material() != other_backup.key_material()
    assert card.signed_bytes() != other_backup.signed_bytes()


def test_not_json_and_huge_cards_are_refused():
    for data in (b"\xff\xfe", b"[]", b"{" * 20000):
        with pytest.raises(BundleFormatError):
            parse_card(data)


@pytest.mark.parametrize("last, held, seq, prev, this, expected", [
    (None, None, 1, ZERO, H1, chain.NEW),
    (None, None, 1, H2, H1, chain.FORK),          # a first bundle that names a predecessor
    (None, None, 3, H2, H3, chain.GAP),            # first seen here is number 3
    ((1, H1), None, 2, H1, H2, chain.NEW),
    ((1, H1), None, 2, H3, H2, chain.FORK),        # predecessor is not the one held
    ((1, H1), None, 4, H3, H2, chain.GAP),         # 2 and 3 never arrived
    ((2, H2), None, 1, ZERO, H3, chain.FORK),      # an old number with other content
    ((2, H2), H2, 2, H1, H2, chain.REPLAY),
    ((2, H2), H1, 2, H1, H3, chain.FORK),
])
def test_where_a_bundle_stands_in_its_senders_chain(last, held, seq, prev, this, expected):
    last_bundle = chain.LastBundle(*last) if last else None
    assert chain.classify_bundle(last_bundle, held, seq, prev, this, ZERO) == expected


def test_a_checkpoint_never_moves_backwards_or_sideways():
    assert chain.check_checkpoint(None, (5, H1)) == chain.CHECKPOINT_OK
    assert chain.check_checkpoint((5, H1), (9, H2)) == chain.CHECKPOINT_OK
    assert chain.check_checkpoint((5, H1), (5, H1)) == chain.CHECKPOINT_OK
    assert chain.check_checkpoint((5, H1), (4, H2)) == chain.CHECKPOINT_STALE
    assert chain.check_checkpoint((5, H1), (5, H2)) == chain.CHECKPOINT_DIVERGED


def test_a_pseudonym_is_stable_keyed_and_says_nothing():
    a = pseudonym(b"k" * 32, "person-1")
    assert a == pseudonym(b"k" * 32, "person-1")
    assert a != pseudonym(b"k" * 32, "person-2")
    assert a != pseudonym(b"j" * 32, "person-1")
    assert a.startswith("PSN-") and len(a) == 20 and "person" not in a


def _event(entity, patch, entity_id="p1"):
    return {"entity": entity, "entity_id": entity_id, "patch": patch}


def test_redaction_blanks_every_identity_field_and_names_the_pseudonym():
    redaction = Redaction(b"k" * 32, {"penampungan": frozenset({"alamat_rumah_aman"})})
    person = _event("person", {
        "full_name": "Maria Seran", "aliases": ["Ria"], "nik": "5371014107990001",
        "documents": [{"type": "PASPOR", "number": "X123"}], "address_text": "Jl. Timor 1",
        "district_code": "53.71.01", "village_code": "53.71.01.1001", "birth_date": "1999-07-01",
        "guardian_name": "Yosefina", "guardian_contact": "0812", "sex": "P",
        "province_code": "53", "regency_code": "53.71"})
    out = redaction.event(person)["patch"]
    assert out["full_name"] == pseudonym(b"k" * 32, "p1")
    text = json.dumps(out)
    for secret in ("Maria", "Ria", "5371014107990001", "X123", "Timor", "53.71.01",
                   "1999-07-01", "Yosefina", "0812"):
        assert secret not in text
    assert (out["sex"], out["province_code"], out["regency_code"]) == ("P", "53", "53.71")
    record = _event("case_record", {"kind": "penampungan", "payload": {
        "alamat_rumah_aman": "Jl. Rahasia 9", "tanggal_masuk": "2026-01-02"}}, "r1")
    payload = redaction.event(record)["patch"]["payload"]
    assert payload == {"alamat_rumah_aman": None, "tanggal_masuk": "2026-01-02"}
    update = _event("case_record", {"payload": {"alamat_rumah_aman": "Jl. Lain"}}, "r1")
    assert redaction.event(update, "penampungan")["patch"]["payload"] == {
        "alamat_rumah_aman": None}
    for entity, field in (("case_file", "notes"), ("case_file", "referrer_name"),
                          ("consent", "giver_name")):
        assert redaction.event(_event(entity, {field: "Nama"}))["patch"][field] == ""
    untouched = _event("stage_change", {"reason": "x"})
    assert redaction.event(untouched) is untouched


def test_one_persons_identity_goes_only_if_every_case_of_theirs_allows_it():
    from ppt_desk.domain.sync.pseudonym import cases_with_identity
    pairs = [("c1", "p1"), ("c2", "p1"), ("c3", "p2")]
    assert cases_with_identity(pairs, {"c1", "c3"}) == {"c3"}
    assert cases_with_identity(pairs, {"c1", "c2"}) == {"c1", "c2"}
    assert cases_with_identity(pairs, set()) == set()
