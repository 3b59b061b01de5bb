"""Conference days written in words rather than as a calendar date.

- "on Tuesday the fifteenth of June at 2:00 p.m.": a weekday and the day of the month in
  words, no year. Read like "Tuesday, June 15" (conference._yearless): only where the
  weekday falls on that day in the year the order's date gives.
- "the first Tuesday in June 2027", "the last Friday of October, 2027": one day of the
  calendar, exactly; read as that day and said so.
- "during the week of June 14, 2027 (the exact day to be set)": a week, not a day. The date
  written is the week's first day, never the conference's (`sets_a_week`).

Each pattern is anchored on a weekday or "week" and its quantifiers are bounded, so the
scan stays linear in the text's length.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from settleconf.core.order import WEEKDAY_NAMES
from settleconf.core.order_parser.dates_in_text import (
    DAY_WORD,
    DAY_WORDS,
    MONTH,
    WEEKDAY,
    month_day,
)

_DAYS = tuple(d.lower() for d in WEEKDAY_NAMES)  # Monday first, as date.weekday()
# Month capitalised, as DATE_NO_YEAR has it: "may" is a verb.
_MONTH_CAP = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)

# "Tuesday the fifteenth of June", "Tuesday, the 15th day of June" -- and no year after.
_WEEKDAY_THE_DAY = re.compile(
    rf"(?P<wd>{WEEKDAY})\.?,?\s+the\s+(?P<day>{DAY_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
    rf"\s+(?:day\s+)?of\s+(?P<month>{_MONTH_CAP})\b(?!,?\s*\d{{4}})",
    re.IGNORECASE,
)

_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "last": -1}
_NTH_WEEKDAY = re.compile(
    rf"\bthe\s+(?P<n>{'|'.join(_NTH)})\s+(?P<wd>{'|'.join(_DAYS)})\s+(?:in|of)\s+"
    rf"(?P<month>{MONTH})\.?,?\s+(?P<year>\d{{4}})(?!\d)",
    re.IGNORECASE,
)

# "the week of June 14, 2027", "the week beginning Monday, June 14": the date that follows
# opens a week.
_WEEK_OF = re.compile(
    r"\bweek\s+(?:of|beginning|commencing|starting)\s+(?:on\s+)?$", re.IGNORECASE
)


def _day_number(word: str) -> int:
    low = word.lower()
    digits = low.rstrip("stndrh")  # "15th" -> "15"
    return int(digits) if digits.isdigit() else DAY_WORDS.index(low) + 1


def weekday_day_words(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Every "Weekday the Nth of Month" without a year: (start, end, weekday, (month,
    day))."""
    out = []
    for m in _WEEKDAY_THE_DAY.finditer(text):
        md = month_day(f"{m.group('month')} 1")
        if md is None:
            continue
        day = _day_number(m.group("day"))
        if day > calendar.monthrange(2000, md[0])[1]:  # 2000: February 29 may exist
            continue
        out.append((m.start(), m.end(), m.group("wd"), (md[0], day)))
    return out


def nth_weekday_dates(text: str) -> list[tuple[int, int, date]]:
    """Every "the first Tuesday in June 2027": (start, end, the day)."""
    out = []
    for m in _NTH_WEEKDAY.finditer(text):
        md = month_day(f"{m.group('month')} 1")
        if md is None:
            continue
        year, month = int(m.group("year")), md[0]
        weekday = _DAYS.index(m.group("wd").lower())
        days = [
            d
            for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == weekday
        ]
        n = _NTH[m.group("n").lower()]
        if n > len(days):
            continue
        out.append((m.start(), m.end(), date(year, month, days[n - 1 if n > 0 else -1])))
    return out


def sets_a_week(before: str) -> bool:
    """The date after `before` opens a week ("during the week of"), not a session's day."""
    return _WEEK_OF.search(before[-40:]) is not None
