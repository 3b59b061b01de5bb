"""Federal docket numbers: parsing what people type and finding what orders print.

A case is looked up by its docket number, but the same case is written many ways:
"7:24-cv-00361-PMH" (CM/ECF), "24 Civ. 361 (PMH)" (S.D.N.Y. captions), "C 07-03456 MHP"
(older N.D. Cal.), "Civil Action No. 04-2345-JWL" (D. Kan., no type in the number),
"2:2020cv01234" (four-digit year). Everything here reduces those to one `DocketNumber`
whose `key()` is the same for all of them, so a user's short form finds the stored case.

Hand-written regular expressions rather than a library: no package on the registries
parses federal docket numbers, and the forms to accept are pinned in tests.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = [
    "CASE_TYPES",
    "DocketNumber",
    "DocketNumberError",
    "find_docket",
    "parse_docket",
]


class DocketNumberError(ValueError):
    """Text that is not a docket number; the message is shown to end users as is."""


# Read-only so no caller can add a type for everyone else at run time.
CASE_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "cv": "civil",
        "cr": "criminal",
        "mc": "miscellaneous",
        "md": "multidistrict litigation",
        "ml": "multidistrict litigation",
        "mj": "magistrate judge",
        "bk": "bankruptcy",
        "ap": "adversary proceeding",
        "po": "petty offense",
        "hc": "habeas corpus",
        "ct": "prisoner civil rights",
        "dp": "death penalty habeas",
        "sw": "search warrant",
        "gj": "grand jury",
    }
)

# Spelled-out and caption abbreviations ("24 Civ. 361", "24 Cr. 12") mapped to the code.
# Compared after lower-casing and dropping the period.
_TYPE_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        **{code: code for code in CASE_TYPES},
        "civ": "cv",
        "civil": "cv",
        "crim": "cr",
        "criminal": "cr",
        "misc": "mc",
        "miscellaneous": "mc",
        "mag": "mj",
        "c": "cv",  # N.D. Cal. "C 07-03456": the C prefix marked civil cases
    }
)

_EXAMPLE = "Try the form 7:24-cv-00361 (office:year-type-number)."

# Codes E.D. Cal. puts after the judges, in parentheses: "1:19-cv-00410-NONE-EPG (PC)".
# They describe the nature of suit (prisoner, habeas, social security, pro se), not a judge.
_NATURE_SUFFIXES = frozenset({"PC", "HC", "SS", "PS"})

# Capitalised caption words that can follow a number after a space and must not be read as
# judges' initials ("No. 1:20-cv-05678 THE COURT ..."). Only the space-separated form needs
# this: hyphens and parentheses around letters already say "initials".
NOT_INITIALS = (
    "THE|AND|OR|FOR|OF|IN|ON|TO|AT|BY|AS|IS|IT|BE|NO|RE|VS|ET|AL|INC|LLC|LLP|LP|CO|CORP"
    "|USA|US|DOC|ECF|DKT|PAGE|AM|PM|SDNY|EDNY|NDNY|WDNY|CAND|CAED|CACD|CASD"
)

_JUDGE_RE = re.compile(r"^[A-Z]{2,4}$")

# --- regular-expression pieces -------------------------------------------------------------
# [ \t] rather than \s throughout: in orders a docket number never spans lines, and the line
# after it (a date, a party's name) must not be read into it.

# Not glued to a preceding word, number, date or time: keeps "4/30/2020", "10:00" and
# "Suite 4-200" from lending digits to a match.
_LB = r"(?<![\w/:.\-])"
_PREFIX = r"""
(?P<prefix>
    (?:(?P<kind>civil|civ\.?|criminal|crim\.?|cr\.?|misc\.?|miscellaneous)[ \t]+)?
    (?:(?P<word>action|case|docket|matter)[ \t]+)?
    (?:no\.?|nos\.|number|\#)[ \t]*:?[ \t]*
  | (?P<word2>case)[ \t]+          # the ECF page header: "Case 3:07-cv-04771-EDL"
)
"""
_SEP = r"(?:[ \t]*-[ \t]*|[ \t]+)"
_DASH = r"[ \t]*-[ \t]*"
_OFFICE = r"(?:(?P<office>[0-9]{1,2})[ \t]*:[ \t]*)"
_YEAR = r"(?P<year>(?:19|20)[0-9]{2}|[0-9]{2})"  # four-digit first, else "2020cv" reads as 20+20
_YEAR2 = r"(?P<year>[0-9]{2})"
# Nor a number OCR cut short at a misread digit: "27-cv-1O532" is no case 1 (an "O" or "l"
# for a digit, then more digits): no number is better than another case's.
_NUMBER = r"(?P<number>[0-9]{1,6})(?![0-9]|[lIOo][0-9lIOo])"
_KNOWN_TYPE = r"(?P<type>" + "|".join(sorted(_TYPE_ALIASES.keys() - {"c"}, key=len, reverse=True))
_KNOWN_TYPE += r")(?![a-z])\.?"
_ANY_TYPE = r"(?P<type>[a-z]+)\.?"


def _judges(*, strict_case: bool) -> str:
    """Judges' initials after the number: "-PMH", " (LGS) (JLC)", " JAM CKD P".

    In a long text (strict_case) space-separated initials must be capitals, because any
    lower-case word may follow a number in prose; a user's whole input may be lower case.
    """
    # The patterns are compiled case-insensitive, so capitals-only must switch that off.
    letters = "(?-i:[A-Z])" if strict_case else "[A-Za-z]"
    return rf"""
(?P<judges>(?:
    {_DASH}[A-Za-z]{{1,4}}(?![A-Za-z])
  | [ \t]*\([ \t]*[A-Za-z]{{1,4}}[ \t]*\)
  | [ \t]+(?!(?i:{NOT_INITIALS})(?![A-Za-z])){letters}{{1,4}}(?![A-Za-z])
)*)
"""


# Form A, the modern CM/ECF number and S.D.N.Y. captions: [office:]year-type-number.
def _form_a(type_re: str) -> str:
    return rf"{_OFFICE}?{_YEAR}{_SEP}?{type_re}{_SEP}?{_NUMBER}"


# Form B, type before the year: "C 07-03456 MHP", "No. C-07-3456-MHP", "CV 08-1234".
# In a long text the letters must be capitals and stand alone, so "D.C. 20-123" is not one.
_FORM_B_STRICT = rf"(?<![\w.])(?P<btype>(?-i:C|CV|CR)){_SEP}?{_YEAR2}{_DASH}{_NUMBER}"
_FORM_B_LENIENT = rf"(?P<btype>c|cv|cr|civ|crim)\.?{_SEP}?{_YEAR2}{_DASH}{_NUMBER}"
# Form C, no type at all: "Civil Action No. 04-2345-JWL", "Case No. 01-3280-KHV" (D. Kan.).
# A following "-digits" or "/digits" means a date or a range, never a case.
# M.D. Tenn. and others print an office before it: "NO. 3:14-0572".
_FORM_C = rf"{_OFFICE}?{_YEAR2}{_DASH}{_NUMBER}(?![ \t]*[-/][ \t]*[0-9])"

# ASCII: docket numbers are ASCII, and Unicode case folding would let the Kelvin sign
# or a long s pass for a letter of a judge's initials.
_FLAGS = re.IGNORECASE | re.VERBOSE | re.ASCII

# For find_docket: known types only, so "2:30 p.m." or "10:00 AM" can never look like one.
_FIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a", re.compile(rf"{_LB}{_PREFIX}?{_form_a(_KNOWN_TYPE)}{_judges(strict_case=True)}", _FLAGS)),
    ("b", re.compile(rf"{_LB}{_PREFIX}?{_FORM_B_STRICT}{_judges(strict_case=True)}", _FLAGS)),
    ("c", re.compile(rf"{_LB}{_PREFIX}{_FORM_C}{_judges(strict_case=True)}", _FLAGS)),
)
# For parse_docket (the whole input): any letters as the type, so an unknown one can be named.
_PARSE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a", re.compile(rf"{_PREFIX}?{_form_a(_ANY_TYPE)}{_judges(strict_case=False)}", _FLAGS)),
    ("b", re.compile(rf"{_PREFIX}?{_FORM_B_LENIENT}{_judges(strict_case=False)}", _FLAGS)),
    ("c", re.compile(rf"{_PREFIX}?{_FORM_C}{_judges(strict_case=False)}", _FLAGS)),
)

# PDF text carries typographic dashes and no-break spaces; docket numbers use plain ones.
_DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-") | {"\u00a0": " "}
)
# Wrapping a user may paste around a number: markdown emphasis, code ticks, quotes.
_WRAPPING = "*_`\"'“”‘’ \t\r\n"


@dataclass(frozen=True)
class DocketNumber:
    """One federal case number, in the fields every printed form shares."""

    office: int | None  # division/office code before the colon: 7 in "7:24-cv-00361"
    year: int  # two-digit year as printed: 24 (2024 is reduced to 24 by the parser)
    case_type: str  # lowercase code, a key of CASE_TYPES
    number: int  # 361
    judges: tuple[str, ...] = ()  # uppercase initials in printed order

    def __post_init__(self) -> None:
        # Programming errors, not user input: parse_docket never builds an invalid one.
        if self.office is not None and not 0 <= self.office <= 99:
            raise ValueError(f"office must be 0-99, got {self.office}")
        if not 0 <= self.year <= 99:
            raise ValueError(f"year must be two digits (0-99), got {self.year}")
        if self.case_type not in CASE_TYPES:
            raise ValueError(f"unknown case type {self.case_type!r}")
        if not 0 < self.number <= 999_999:
            raise ValueError(f"number must be 1-999999, got {self.number}")
        for judge in self.judges:
            if not _JUDGE_RE.match(judge):
                raise ValueError(f"judge initials must be 2-4 capital letters, got {judge!r}")

    def key(self) -> str:
        """Judge- and office-free identity, "24-cv-00361": what every written form shares."""
        return f"{self.year:02d}-{self.case_type}-{self.number:05d}"

    def normalized(self) -> str:
        """CM/ECF spelling, "7:24-cv-00361-PMH": the form courts print in headers today."""
        office = "" if self.office is None else f"{self.office}:"
        return office + self.key() + "".join(f"-{judge}" for judge in self.judges)

    def matches(self, stored: DocketNumber) -> bool:
        """Whether this (typed, perhaps shorter) number identifies `stored`.

        Office and judges are optional detail: left out, they match anything; given, they
        must agree, because two divisions reuse the same year-type-number sequence.
        """
        if self.key() != stored.key():
            return False
        if self.office is not None and stored.office is not None and self.office != stored.office:
            return False
        return set(self.judges) <= set(stored.judges)

    def __str__(self) -> str:
        return self.normalized()


def _show(text: str) -> str:
    """The user's input quoted on one short line, for an error message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"


def _judge_list(raw: str) -> tuple[str, ...]:
    judges: list[str] = []
    for token in re.finditer(r"\(?[ \t]*([A-Za-z]+)", raw):
        letters = token.group(1)
        in_parens = token.group(0).startswith("(")
        # C.D. Cal. marks the magistrate judge with a lower-case x: "(JCx)" is judge JC.
        if len(letters) >= 3 and letters.endswith("x") and letters[:-1].isupper():
            letters = letters[:-1]
        letters = letters.upper()
        if len(letters) < 2:
            continue  # a lone letter is E.D. Cal.'s "P" (prisoner) or noise, never initials
        if in_parens and judges and letters in _NATURE_SUFFIXES:
            continue
        judges.append(letters)
    return tuple(judges)


def _build(form: str, match: re.Match[str], *, original: str) -> DocketNumber:
    """Turn a match of any form into a DocketNumber, or say what is wrong with it."""
    groups = match.groupdict()
    if form == "a":
        raw_type = groups["type"].lower()
        case_type = _TYPE_ALIASES.get(raw_type)
        if case_type is None or raw_type == "c":
            known = ", ".join(CASE_TYPES)
            raise DocketNumberError(
                f"'{_show(original)}' has an unknown case type '{groups['type']}'. "
                f"Known types: {known}."
            )
    elif form == "b":
        case_type = _TYPE_ALIASES[groups["btype"].lower()]
    else:
        kind = (groups["kind"] or "").lower().rstrip(".")
        # Without a type the number is civil: these forms (D. Kan., D.N.J., E.D. Pa.) give
        # criminal cases a "Criminal" caption, and settlement conferences are civil.
        case_type = _TYPE_ALIASES.get(kind, "cv") if kind else "cv"
    office = None if groups.get("office") is None else int(groups["office"])
    number = int(groups["number"])
    if number == 0:
        raise DocketNumberError(f"'{_show(original)}' has case number 0, which no court uses.")
    return DocketNumber(
        office=office,
        year=int(groups["year"]) % 100,
        case_type=case_type,
        number=number,
        judges=_judge_list(groups["judges"] or ""),
    )


def _clean(text: str) -> str:
    cleaned = text.translate(_DASHES).strip(_WRAPPING)
    # A number quoted at the end of a sentence keeps its period or comma.
    return cleaned.rstrip(".,;").strip(_WRAPPING)


def parse_docket(text: str) -> DocketNumber:
    """Read a docket number that is the whole of `text` (what a user typed).

    Raises DocketNumberError with a message meant for the user.
    """
    cleaned = _clean(text)
    if not cleaned:
        raise DocketNumberError(f"No docket number given. {_EXAMPLE}")
    for form, pattern in _PARSE_PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        if form == "c" and not (match.group("prefix") or match.group("judges").strip()):
            # "24-361" alone could be any court's any case type: ask rather than guess.
            year, number = match.group("year"), match.group("number")
            raise DocketNumberError(
                f"'{_show(cleaned)}' has no case type. "
                f"Try {year}-cv-{number} for civil or {year}-cr-{number} for criminal."
            )
        return _build(form, match, original=cleaned)
    raise DocketNumberError(f"'{_show(cleaned)}' is not a docket number. {_EXAMPLE}")


def _trusted(form: str, match: re.Match[str]) -> bool:
    """Whether a match in running text is a docket number rather than look-alike digits."""
    if form != "c":
        return True
    # A typeless "01-3280" is only a case number when the text says so: "Civil Action No.",
    # "Case No.", or a plain "No." with judges' initials after it. Otherwise "General Order
    # No. 20-12" or "ECF No. 45-1" would pass.
    if match.group("kind") or (match.group("word") or "").lower() == "case":
        return True
    if match.group("prefix") and match.group("office"):
        return True  # "NO. 3:14-0572": an office and a year, as no exhibit or order number has
    return bool(match.group("prefix")) and bool(match.group("judges").strip())


def find_docket(text: str) -> DocketNumber | None:
    """The first docket number mentioned in a longer text such as an order, or None."""
    text = text.translate(_DASHES)
    best: tuple[int, DocketNumber] | None = None
    for form, pattern in _FIND_PATTERNS:
        pos = 0
        while (match := pattern.search(text, pos)) is not None:
            if best is not None and match.start() >= best[0]:
                break
            if _trusted(form, match):
                try:
                    best = (match.start(), _build(form, match, original=match.group(0)))
                except DocketNumberError:
                    pass  # e.g. number 0: not a case, keep looking
                else:
                    break
            pos = match.start() + 1
    return None if best is None else best[1]
