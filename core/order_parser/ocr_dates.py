"""Dates and times back from OCR's letter-for-digit misreadings: "March l7, 2O27",
"0ctober 13, 2026", "Aprll 7", "Apri1 21", "Septernber 15", "at l0:00 a.m.".

Scanned orders read "1" as "l" or "I" and "0" as "O" (and the reverse in words). One such
letter in a date hides the date from every reader -- worse, "March l7, 2027" can still be
read as March 2027's first days by a looser reader. Mended only where the shape leaves no
doubt: a month name (or its single misreading) followed by a day of one or two characters
and, for a day that has no real digit, a year; a clock time "hh:mm" followed by a.m./p.m.
Nothing else in the text is touched (case numbers, names, "Courtroom l"). Linear: one
scan for dates, one for times.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# What OCR reads for what is printed, in a month's name.
_CONFUSIONS = (
    ("o", "0"), ("l", "1"), ("i", "1"), ("i", "l"), ("l", "i"), ("l", "I"), ("m", "rn"),
    ("e", "c"), ("h", "b"), ("b", "h"), ("s", "5"),
)  # fmt: skip
# "Nov. 9", "Sept. l4": the short forms, misread as the names are.
_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
# Digits for letters may come more than once in a name: "0CT0BER".
_DIGIT_FOR = {"o": "0", "l": "1", "i": "1"}


def _digit_misreads(name: str) -> set[str]:
    out = {""}
    for ch in name:
        out = {p + ch for p in out} | (
            {p + _DIGIT_FOR[ch] for p in out} if ch in _DIGIT_FOR else set()
        )
    return out - {name}


def _misread_months() -> dict[str, str]:
    out = {m: m for m in (*_MONTHS, *_ABBREVIATIONS)}
    for month in (*_MONTHS, *_ABBREVIATIONS):
        for printed, read in _CONFUSIONS:
            at = month.find(printed)
            while at != -1:
                out.setdefault((month[:at] + read + month[at + 1 :]).lower(), month)
                at = month.find(printed, at + 1)
        for wrong in _digit_misreads(month):
            out.setdefault(wrong, month)
    return out


_MONTH_OF = _misread_months()
_DIGIT_OF = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0"})
# A month (as printed or misread), a day of one or two digit-like characters, and a year.
_DATE = re.compile(
    r"(?<![\w@./-])(?P<month>[A-Za-z0-9]{3,10})(?P<dot>\.?)\s+(?P<day>[\dlIOo]{1,2})"
    r"(?![\w@/-])"
    r"(?P<rest>,?\s*(?P<year>[12lI][\dlIOo]{3})(?![\w@/-]))?"
)
_TIME = re.compile(
    r"(?<![\w@./:-])(?P<h>[\dlIO]{1,2}):(?P<m>[\dlIO]{2})(?=\s*[AaPp]\.?\s?[Mm]\b)"
)


def _digits(found: str) -> str:
    return found.translate(_DIGIT_OF)


def _date(m: re.Match[str], repairs: list[tuple[str, str]] | None = None) -> str:
    fixed = _mended_date(m)
    if repairs is not None and fixed != m.group(0):
        repairs.append((m.group(0), fixed))
    return fixed


def _mended_date(m: re.Match[str]) -> str:
    month = _MONTH_OF.get(m.group("month").lower())
    if month is None or (m.group("dot") and month not in _ABBREVIATIONS):
        return m.group(0)
    if month in _ABBREVIATIONS and not _misread(m, month):
        return m.group(0)  # a short form as printed: left exactly as it is
    day, year = m.group("day"), m.group("year")
    if not any(c.isdigit() for c in day) and year is None:
        return m.group(0)  # "May I ..." is a sentence, not a date
    fixed_day = _digits(day)
    if not 1 <= int(fixed_day) <= 31:
        return m.group(0)
    said = m.group("month")
    if said.lower() != month:
        # the printed name, in the case it was written in
        said = month.upper() if said.isupper() else month.capitalize()
    rest = m.group("rest") or ""
    if year is not None:
        rest = rest[: m.start("year") - m.end("day")] + _digits(year)
    return f"{said}{m.group('dot')} {fixed_day}{rest}"


def _misread(m: re.Match[str], month: str) -> bool:
    letters = f"{m.group('day')}{m.group('year') or ''}"
    return m.group("month").lower() != month or any(c.isalpha() for c in letters)


def _time(m: re.Match[str], repairs: list[tuple[str, str]] | None = None) -> str:
    found = m.group(0)
    fixed = _digits(found) if any(c.isdigit() for c in found) else found
    if repairs is not None and fixed != found:
        repairs.append((found, fixed))
    return fixed


# "this 2nd day of Septernber, 2O27", "9 Novernber 2027": a month with a year and no day after
# it, mended only where a letter was misread.
_DAY_OF = re.compile(
    r"(?<![\w@./-])(?P<month>[A-Za-z0-9]{3,10})(?P<gap>,?[^\S\n]*)"
    r"(?P<year>[12lI][\dlIOo]{3})(?![\w@/-])"
)


def _day_of(m: re.Match[str], repairs: list[tuple[str, str]] | None = None) -> str:
    month = _MONTH_OF.get(m.group("month").lower())
    if month is None or not (m.group("gap") or month not in _ABBREVIATIONS):
        return m.group(0)
    said = m.group("month")
    if said.lower() == month and m.group("year").isdigit():
        return m.group(0)
    if said.lower() != month:
        said = month.upper() if said.isupper() else month.capitalize()
    fixed = f"{said}{m.group('gap')}{_digits(m.group('year'))}"
    if repairs is not None and fixed != m.group(0):
        repairs.append((m.group(0), fixed))
    return fixed


def mend_ocr_dates(text: str, repairs: list[tuple[str, str]] | None = None) -> str:
    """`text` with the letters OCR put for digits in dates and times read back as digits;
    each change appended to `repairs` as (read, mended) when it is given."""
    text = _DATE.sub(lambda m: _date(m, repairs), text)
    text = _DAY_OF.sub(lambda m: _day_of(m, repairs), text)
    return _TIME.sub(lambda m: _time(m, repairs), text)
