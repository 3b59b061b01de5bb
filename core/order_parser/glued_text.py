"""Spaces back into OCR text that lost them: "beheldonAU2ust26,2014at2:30pmintheChambers".

Scanned orders run through OCR sometimes come out with most spaces dropped and a letter
read as a digit. Only lines that are plainly glued (a run of letters far longer than any
English word) are touched, and only where the parser needs word edges: around a date
(whose month may carry one misread character), a clock time, camel-case joins
("EarlyNeutralEvaluation") and the words that name a session. Word segmentation from a
frequency list (wordninja and kin) was not added: it is a dependency for a rare kind, and
these edges are all the date and conference readers look at.
"""

from __future__ import annotations

import re

_GLUED = re.compile(r"[A-Za-z]{28,}")  # longer than any word an order uses
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _ocr_month(name: str) -> str:
    """The month name, or it with one letter after the first misread as a digit."""
    variants = [name] + [name[:i] + r"[0-9]" + name[i + 1 :] for i in range(1, len(name))]
    return "|".join(variants)


_MONTH_OCR = "|".join(_ocr_month(m) for m in _MONTHS)
_DATE = re.compile(rf"(?i:({_MONTH_OCR}))\s*(\d{{1,2}})\s*,\s*(\d{{4}})")
_TIME = re.compile(r"(?i)(?<![\d:])(\d{1,2}(?::\d{2})?)\s*([ap])\.?\s?m\.?")  # "2:30pminthe"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SESSION_WORDS = re.compile(
    r"(?i)(conference|evaluation|mediation|settlement|held|scheduled|courtroom|chambers)"
)


def _month_name(misread: str) -> str:
    for m in _MONTHS:
        if len(m) == len(misread) and all(
            a.lower() == b.lower() or b.isdigit() for a, b in zip(m, misread, strict=True)
        ):
            return m
    return misread


def _unglue(line: str) -> str:
    line = _DATE.sub(lambda m: f" {_month_name(m.group(1))} {m.group(2)}, {m.group(3)} ", line)
    line = _TIME.sub(lambda m: f" {m.group(1)} {m.group(2).lower()}.m. ", line)
    line = _CAMEL.sub(" ", line)
    line = _SESSION_WORDS.sub(lambda m: f" {m.group(1)} ", line)
    return re.sub(r" {2,}", " ", line).strip()


_MONTH_WORDS = "|".join(_MONTHS)
# A lower-case word run into a capitalised month that a day follows: "onMay 5", "before
# April 16" typed as "beforeApril 16". Capitalised only: "may 5" is a verb and a number.
_GLUED_MONTH = re.compile(rf"(?<=[a-z])(?=(?:{_MONTH_WORDS})\.?[ \t]*\d{{1,2}}(?!\d))")
# The comma beside a date's year on the wrong side: "June 2 ,2021", "June 2 , 2021" ->
# "June 2, 2021" ("June 2,2021" is read as it is: dates_in_text allows it).
_YEAR_COMMA = re.compile(
    rf"(?<![A-Za-z])((?:{_MONTH_WORDS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"[ \t]+,[ \t]*(?=(?:19|20)\d\d(?!\d))"
)


def respace_dates(text: str) -> str:
    """Dates with the spaces typists and OCR lose or add around them put back in the
    usual shape, so every later reader sees "on May 5, 2021". Linear: two fixed scans."""
    return _YEAR_COMMA.sub(r"\1, ", _GLUED_MONTH.sub(" ", text))


def unglue(text: str) -> str:
    """`text` with word edges restored on glued lines; other lines as they are."""
    if not _GLUED.search(text):
        return text
    return "\n".join(_unglue(ln) if _GLUED.search(ln) else ln for ln in text.split("\n"))
