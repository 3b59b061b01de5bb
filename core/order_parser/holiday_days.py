"""A day named from a federal holiday: "by 5:00 p.m. on the Wednesday before Thanksgiving",
"no later than the Friday after Labor Day". The holiday's own date in the year of the order's
session (or the order) fixes the day; the weekday is the nearest one before or after it, never
the holiday itself. Only holidays with one day each year (Thanksgiving, Memorial Day, Labor
Day, Independence Day, Christmas) are read: a year the order did not mean moves the date past
the conference or before the order, which parse's date checks flag.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from settleconf.core.order import RuleKind
from settleconf.core.order_parser.dates_in_text import TIME
from settleconf.core.order_parser.phrase import Phrase, read_time
from settleconf.core.state_holidays import MON, THU, nth_weekday

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HOLIDAY = {
    "thanksgiving": lambda y: nth_weekday(y, 11, THU, 4),
    "memorial": lambda y: nth_weekday(y, 5, MON, -1),
    "labor": lambda y: nth_weekday(y, 9, MON, 1),
    "independence": lambda y: date(y, 7, 4),
    "fourth": lambda y: date(y, 7, 4),
    "christmas": lambda y: date(y, 12, 25),
}
_PHRASE = re.compile(
    r"\b(?P<lead>by|on|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\s+"
    rf"(?:(?P<time>{TIME})(?:\s+(?:Pacific|Mountain|Central|Eastern|local)(?:\s+time)?)?,?\s+"
    r"on\s+)?the\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?P<dir>before|preceding|after|following)\s+"
    r"(?P<h>thanksgiving|memorial\s+day|labor\s+day|independence\s+day|the\s+fourth\s+of\s+july"
    r"|christmas)(?:\s+day)?\b",
    re.IGNORECASE,
)


def holiday_day_phrases(sentence: str, *, hint: date | None) -> list[Phrase]:
    """Each "<weekday> before/after <holiday>" deadline in `sentence`, dated in `hint`'s year."""
    if hint is None:
        return []
    out = []
    for m in _PHRASE.finditer(sentence):
        key = m.group("h").lower().replace("the ", "").split()[0]
        holiday = _HOLIDAY[key](hint.year)
        want = _WEEKDAYS.index(m.group("wd").lower())
        step = -1 if m.group("dir").lower() in ("before", "preceding") else 1
        day = holiday + timedelta(days=step)
        while day.weekday() != want:
            day += timedelta(days=step)
        tod, why = read_time(m.group("time"))
        said = " ".join(m.group(0).split())
        reason = (
            f"The order names the day from a holiday ('{said}'); read as {day:%A, %B %-d, %Y}."
        )
        out.append(
            Phrase(
                m.start(), m.end(), m.group(0), RuleKind.FIXED, fixed_date=day,
                time_of_day=tod, reasons=(*why, reason),
            )
        )
    return out
