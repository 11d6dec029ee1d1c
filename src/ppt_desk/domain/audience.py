"""The audience (projector) version of a case at a case conference (issue 12; T13).

The wall screen of a conference room must never show who the victim is (UU 21/2007 Pasal 44;
for a child UU 11/2012 Pasal 19). ``audience_case`` is the one way to an ``AudienceCase``: it
keeps a pseudonym ("Korban A"), sex, an age band (a child is only "Anak"), province and
regency (never district, village or address), the journey by country and province, the
stage, the stage-2 findings, the agenda and the decisions, and scrubs every identity value of
the case out of every free text. Without a granted consent for purpose SIDANG_KASUS the result
carries nothing but the label.

``AudienceSource`` is what the service reads for it, the identity values included: they are
used here only to scrub, and never leave in an ``AudienceCase``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from .age import age_at_intake, age_band
from .consent import ConsentRecord, consent_decision

PURPOSE = "SIDANG_KASUS"
REDACTED = "[…]"
AGE_BAND_LABELS = {"ANAK": "Anak", "DEWASA": "Dewasa", "LANSIA": "Lanjut Usia"}
MIN_NAME_WORD = 3        # shorter words of a name ("de", "bin") are not scrubbed alone
MIN_NUMBER_DIGITS = 5    # an identity number is also found written with other separators

# Numbers that identify whoever they belong to: 9 or more digits, with or without spaces,
# dots, dashes or brackets between them (a NIK or KK number's 16, phone numbers; a date has
# 8), a document number of a few letters and 6 or more digits (passport "C1234567"), e-mail.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[\s.\-()]{0,2}\d){8,}(?!\w)")
_DOCUMENT = re.compile(r"(?<!\w)[A-Za-z]{1,3}[\s\-]?\d{6,}(?!\w)")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_MONEY = r"(?:Rp|IDR|RM|MYR|SGD|HKD|USD|NTD|TWD)"
_MONEY_BEFORE = re.compile(rf"(?:\b{_MONEY}\.?\s?|[$€¥]\s?)$", re.IGNORECASE)
_MONEY_START = re.compile(rf"{_MONEY}\b", re.IGNORECASE)


@dataclass(frozen=True)
class JourneyLeg:
    phase: str          # label of the phase (e.g. "Transit")
    country: str        # country name ("" when not recorded)
    province: str       # province name, inside Indonesia ("" when not recorded)


@dataclass(frozen=True)
class AudienceSource:
    """What the service reads for the audience view. ``names`` (the victim's full name and
    aliases), ``other_names`` (parents, guardian, perpetrators, others named in the file) and
    ``identifiers`` (NIK, document numbers, addresses, village, phone numbers, safe-house
    location, companies) exist only to be scrubbed."""

    case_id: str
    on: date                                        # the day of the conference (today)
    sex: str                                        # label
    birth_date: date | None
    estimated_age: int | None
    estimated_on: date | None                       # the day the estimate was made (intake)
    province: str                                   # name
    regency: str                                    # name
    stage: str                                      # label
    journey: tuple[JourneyLeg, ...] = ()
    # never in a repr (a log line, a traceback's locals): free text before scrubbing,
    # the consent ledger and the identity values
    findings: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # (heading, text)
    consents: tuple[ConsentRecord, ...] = field(default=(), repr=False)
    names: tuple[str, ...] = field(default=(), repr=False)
    other_names: tuple[str, ...] = field(default=(), repr=False)
    identifiers: tuple[str, ...] = field(default=(), repr=False)
    age_band_labels: Mapping[str, str] = field(default_factory=lambda: dict(AGE_BAND_LABELS))


@dataclass(frozen=True)
class AudienceCase:
    """Everything the projector may show of one case, and nothing else."""

    label: str
    consent_ok: bool
    sex: str = ""
    age_band: str = ""
    province: str = ""
    regency: str = ""
    journey: tuple[str, ...] = ()
    stage: str = ""
    findings: tuple[tuple[str, str], ...] = ()
    agenda: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    revealed: tuple[tuple[str, str], ...] = ()


def consent_given(source: AudienceSource) -> bool:
    """Does the consent ledger allow presenting the case at a case conference today?"""
    age = age_at_intake(source.on, source.birth_date, source.estimated_age, source.estimated_on)
    child = age is not None and age < 18
    return consent_decision(source.consents, PURPOSE, source.on, child).allowed


def audience_case(source: AudienceSource, label: str, agenda: Iterable[str | tuple[str, str]],
                  decisions: Iterable[str], revealed: Iterable[tuple[str, str]] = ()
                  ) -> AudienceCase:
    """The audience version of the case shown as ``label``. ``agenda`` items are texts or
    (heading, text) pairs; ``revealed`` (label, value) pairs are the fields the presenter
    chose to show (each one audited by the reveal) and pass unchanged."""
    if not consent_given(source):
        return AudienceCase(label=label, consent_ok=False)
    scrub = Scrubber(source, label)
    age = age_at_intake(source.on, source.birth_date, source.estimated_age, source.estimated_on)
    band = age_band(age)
    return AudienceCase(
        label=label, consent_ok=True, sex=source.sex,
        age_band=source.age_band_labels.get(band.value, "") if band is not None else "",
        province=source.province, regency=source.regency,
        journey=tuple(scrub(leg) for leg in journey_lines(source.journey)),
        stage=source.stage,
        findings=tuple((scrub(h), scrub(t)) for h, t in source.findings if t.strip()),
        agenda=tuple(scrub(_agenda_text(item)) for item in agenda),
        decisions=tuple(scrub(d) for d in decisions if d.strip()),
        revealed=tuple((str(k), str(v)) for k, v in revealed))


def journey_lines(legs: Iterable[JourneyLeg]) -> list[str]:
    """One line per leg: "Transit: Malaysia" or "Pra-keberangkatan: Indonesia, NTT"."""
    lines = []
    for leg in legs:
        place = ", ".join(p for p in (leg.country, leg.province) if p) or "—"
        lines.append(f"{leg.phase}: {place}" if leg.phase else place)
    return lines


def _agenda_text(item: str | tuple[str, str]) -> str:
    if isinstance(item, str):
        return item
    heading, text = item
    return f"{heading}: {text}" if heading else text


class Scrubber:
    """Replaces the case's identity values in a text: the victim's names by the label, any
    other name, number, address or place by ``REDACTED``; case-insensitive. In order: whole
    values (longest first), then runs of a name's words ("Maria" or "Goreti Maria" for
    "Maria Goreti Bunga"), then an identity number written with other separators, then
    anything shaped like a NIK, a phone number, a document number or an e-mail address."""

    def __init__(self, source: AudienceSource, label: str) -> None:
        whole: list[tuple[str, str]] = []
        for values, replacement in ((source.names, label), (source.other_names, REDACTED),
                                    (source.identifiers, REDACTED)):
            whole += [(" ".join(str(v).split()), replacement) for v in values if str(v).strip()]
        whole.sort(key=lambda r: len(r[0]), reverse=True)
        rules = [(_phrase(_words(v)), r) for v, r in whole if _words(v)]
        for values, replacement in ((source.names, label), (source.other_names, REDACTED)):
            run = _word_run(values)
            if run:
                rules.append((run, replacement))
        for value, _r in whole:
            digits = re.sub(r"\D", "", value)
            if len(digits) >= MIN_NUMBER_DIGITS:   # the number with other (or no) separators
                rules.append((r"(?<![0-9A-Za-z])" + r"[\s.\-/()]{0,2}".join(digits)
                              + r"(?!\d)", REDACTED))
        self._rules = [(re.compile(p, re.IGNORECASE), r) for p, r in rules]

    def __call__(self, text: str) -> str:
        for pattern, replacement in self._rules:
            text = pattern.sub(replacement, text)
        text = _EMAIL.sub(REDACTED, text)
        for pattern in (_PHONE, _DOCUMENT):
            text = pattern.sub(_unless_money, text)
        return text


def _words(value: str) -> list[str]:
    """The letters-and-digits words of a value ("Jl. Merpati No. 12" -> Jl Merpati No 12)."""
    return [w for w in re.split(r"[\W_]+", value) if w]


def _phrase(words: list[str]) -> str:
    """The words in order, any spacing or punctuation between them, as whole words."""
    body = r"[\W_]+".join(re.escape(w) for w in words)
    return rf"(?<!\w){body}(?!\w)"


def _word_run(names: Iterable[str]) -> str:
    """One or more words of the names, next to each other, as one match."""
    words = sorted({w.casefold() for n in names for w in _words(str(n))
                    if len(w) >= MIN_NAME_WORD}, key=len, reverse=True)
    if not words:
        return ""
    one = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    return rf"(?<!\w){one}(?:\s+{one})*(?!\w)"


def _unless_money(match: re.Match[str]) -> str:
    """An amount of money ("Rp 150.000.000", "RM 2500000") is kept; other numbers go."""
    before = match.string[max(0, match.start() - 5):match.start()]
    if _MONEY_BEFORE.search(before) or _MONEY_START.match(match.group(0)):
        return match.group(0)
    return REDACTED
