"""How a conflict's values read (services/sync/conflict_labels.py), over the shipped code lists
and forms: each kind of value by its own case."""
from __future__ import annotations

import pytest

from ppt_desk.services.deps import shipped_deps
from ppt_desk.services.sync.conflict_labels import Wording

USERS = {"u-1": "Yuliana Pendamping"}
PLACES = {"i-1": "RSUD Prof. Dr. W. Z. Johannes"}


@pytest.fixture(scope="module")
def deps():
    return shipped_deps()


@pytest.fixture
def w(deps) -> Wording:
    return Wording(deps, "id", lambda uid: USERS.get(uid, ""), lambda iid: PLACES.get(iid, ""))


@pytest.mark.parametrize("entity, column, value, text", [
    ("case_file", "intake_date", "2025-05-02", "02/05/2025"),            # a date
    ("case_file", "created_at", "2025-05-02T09:30:00", "02/05/2025 09:30"),
    ("person", "needs_interpreter", True, "Ya"),
    ("person", "needs_interpreter", False, "Tidak"),
    ("person", "sex", "L", "Laki-laki"),                                 # a code
    ("case_file", "modus", ["EBM", "KP"], "Eksploitasi buruh migran, Kerja paksa"),
    ("person", "languages", [], "(kosong)"),
    ("case_file", "referrer_name", "", "(kosong)"),
    ("case_file", "notes", None, "(kosong)"),
    ("case_file", "victim_status", "NO_SUCH_CODE", "NO_SUCH_CODE"),      # an unknown code
    ("case_file", "assigned_user_id", "u-1", "Yuliana Pendamping"),
    ("case_file", "assigned_user_id", "u-9", "u-9"),                     # a user not known
    ("case_file", "stage", "PERLINDUNGAN", "<stage>"),                   # the stage's label
    ("person", "province_code", "53", "<region>"),                       # the region's name
    ("person", "documents", [{"type": "PASPOR", "number": "C123"}], "Paspor C123"),
    ("case_file", "no_such_column", 7, "7"),
])
def test_a_column_value_reads(w, deps, entity, column, value, text):
    if text == "<stage>":
        text = deps.config.stage(value).label_id
    elif text == "<region>":
        text = deps.regions.name(value)
        assert text and text != value
    assert w.value(entity, column, value) == text


def test_a_form_field_value_reads_by_its_type(w, deps):
    forms = deps.config.forms
    shelter = forms["penampungan"]
    assert w.field_value(shelter.field("tingkat_ancaman"), "TINGGI") == "Tinggi"
    assert w.field_value(shelter.field("tanggal_masuk"), "2026-01-31") == "31/01/2026"
    screening = forms["skrining_kesehatan"]
    assert w.field_value(screening.field("fasilitas"), "i-1") == PLACES["i-1"]
    assert w.field_value(screening.field("perlu_tindak_lanjut"), True) == "Ya"
    perpetrator = forms["pelaku"]
    assert w.field_value(perpetrator.field("peran"), "") == "(kosong)"
    table = next(fd for form in forms.values() for fd in form.fields if fd.type == "table")
    assert w.field_value(table, [{}, {}, {}]) == "3 baris"


def test_labels_in_english(deps):
    en = Wording(deps, "en", lambda _u: "", lambda _i: "")
    assert en.column("case_file", "victim_status") == "Victim status"
    assert en.value("person", "sex", "P") == "Female"
    assert en.value("person", "needs_interpreter", True) == "Yes"
    assert en.entity("case_record", en.deps.config.forms["pelaku"]) == \
        en.deps.config.forms["pelaku"].label_en
