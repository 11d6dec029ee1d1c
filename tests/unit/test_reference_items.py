"""What a reference bundle may hold (domain/sync/reference.py): each rule refuses on its own."""
from __future__ import annotations

import pytest

from ppt_desk.domain.institutions import Institution
from ppt_desk.domain.sync.errors import BundleFormatError
from ppt_desk.domain.sync.reference import (
    CodeSets, check_body, parse_item, parse_items, parse_version, to_record,
)

CODES = CodeSets(frozenset({"KEPOLISIAN", "KESEHATAN"}), frozenset({"PROVINSI", "DESA"}),
                 frozenset({"VISUM", "PELAPORAN"}))
POLDA = Institution(id="prov-polda", name="Subdit PPA Polda NTT", category="KEPOLISIAN",
                    level="PROVINSI", province_code="53", regency_code="53.71",
                    services=("VISUM",), website="https://polda.example", active=False)


def _with(**values):
    record = to_record(POLDA)
    record["values"] = {**record["values"], **values}
    return record


def _refused(record, detail=""):
    with pytest.raises(BundleFormatError) as info:
        parse_item(record, CODES)
    assert info.value.code == "malformed"
    assert detail in info.value.detail
    return info.value


def test_an_entry_goes_and_comes_back_the_same():
    assert parse_item(to_record(POLDA), CODES) == POLDA
    assert parse_items([to_record(POLDA)], CODES) == (POLDA,)


@pytest.mark.parametrize("text", ["1", "2", "999999999999999"])
def test_versions_are_positive_decimal_integers(text):
    assert parse_version(text) == int(text)


@pytest.mark.parametrize("text", ["0", "01", "-1", "1.0", "2026.1", "", "1" * 16, 3, None])
def test_other_versions_are_refused(text):
    with pytest.raises(BundleFormatError):
        parse_version(text)


def test_the_body_is_empty():
    check_body({})
    for body in ({"x": 1}, [], None):
        with pytest.raises(BundleFormatError):
            check_body(body)


@pytest.mark.parametrize("record,detail", [
    ("not a record", "reference item"),
    ({"item": "row", "values": {}}, "reference item"),
    ({**to_record(POLDA), "extra": 1}, "reference item"),
    (_with(warna="merah"), "keys"),
    (_with(id="polda"), "id"),
    (_with(id="nas-polri"), "id"),
    (_with(id="prov-POLDA"), "id"),
    (_with(name="x" * 201), "name"),
    (_with(acronym="x" * 41), "acronym"),
    (_with(phone="1" * 101), "phone"),
    (_with(note=5), "note"),
    (_with(province_code="5"), "region"),
    (_with(regency_code="5371"), "region"),
    (_with(regency_code="52.01"), "regency_code"),
    (_with(services="VISUM"), "services"),
    (_with(services=["VISUM", "VISUM"]), "services"),
    (_with(services=["MASAK"]), "services"),
    (_with(category="PENGADILAN"), "category"),
    (_with(level="NEGARA"), "level"),
    (_with(name="  "), "name"),
    (_with(email="bukan email"), "email"),
    (_with(active=1), "active"),
])
def test_each_rule_refuses(record, detail):
    _refused(record, detail)


def test_a_set_has_no_id_twice_and_a_limit():
    other = to_record(Institution(id="prov-rsud", name="RSUD", category="KESEHATAN",
                                  level="PROVINSI"))
    assert len(parse_items([to_record(POLDA), other], CODES, limit=2)) == 2
    with pytest.raises(BundleFormatError, match="too many"):
        parse_items([to_record(POLDA), other], CODES, limit=1)
    with pytest.raises(BundleFormatError, match="twice"):
        parse_items([to_record(POLDA), to_record(POLDA)], CODES)
