"""A session offered on one of two dates: "set for May 5 or May 6, 2026", "on either June 16
or June 23, 2026, as the parties prefer", "June 16, 2026 or June 17, 2026".

Read alone, the year binds to the last date and the session silently takes the later day
(or, with two full dates, two sessions are read). Which day applies is not the parser's to
say: the callers take the earlier date (a reminder before the first possible day is never
too late) and flag it with `alternative_reason`. "X and Y" (a session over days) and
"between X and Y" (a window) are not alternatives and are left to their readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from settleconf.core.order_parser.dates_in_text import (
    MONTH,
    WEEKDAY,
    FoundDate,
    find_dates,
    parse_date_text,
)

# The first date, without its year, just before "or" and the dated second one.
_YEARLESS_OR = re.compile(
    rf"(?<!\w)(?:{WEEKDAY}\.?,?\s+)?(?P<md>(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"\s*,?\s+or\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# Between two full dates: "June 16, 2026 or June 17, 2026", "6/16/2026, or on 6/17/2026".
_OR_BETWEEN = re.compile(r"\s*,?\s+or\s+(?:on\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Alternative:
    start: int  # where the first date begins in the text
    end: int  # where the second ends
    first: date
    second: date

    @property
    def earlier(self) -> date:
        return min(self.first, self.second)


def alternatives(text: str) -> list[Alternative]:
    """Every pair of dates the text offers as alternatives ("X or Y")."""
    found = [f for f in find_dates(text) if f.value is not None]
    out: list[Alternative] = []
    for prev, cur in pairwise(found):
        if _OR_BETWEEN.fullmatch(text, prev.end, cur.start):
            assert prev.value is not None and cur.value is not None
            out.append(Alternative(prev.start, cur.end, prev.value, cur.value))
    for cur in found:
        assert cur.value is not None
        m = _YEARLESS_OR.search(text, max(0, cur.start - 60), cur.start)
        if m is None or any(a.start <= cur.start < a.end for a in out):
            continue
        first = parse_date_text(f"{m.group('md')}, {cur.value.year}")
        if first is not None and first.month > cur.value.month:
            first = parse_date_text(f"{m.group('md')}, {cur.value.year - 1}")  # "Dec 30 or Jan 2"
        if first is not None:
            out.append(Alternative(m.start(), cur.end, first, cur.value))
    return out


def alternative_at(alts: list[Alternative], found: FoundDate) -> Alternative | None:
    """The alternative `found` is one of."""
    return next((a for a in alts if a.start <= found.start < a.end), None)


def _both(alt: Alternative) -> str:
    a, b = alt.first, alt.second
    if a.year == b.year:
        return f"{a:%B %-d} or {b:%B %-d, %Y}"
    return f"{a:%B %-d, %Y} or {b:%B %-d, %Y}"


# How the reason begins (parse.py takes it as a doubt on the conference's date).
ALTERNATIVE_DOUBT = "The order gives two dates for the"


def alternative_reason(name: str, alt: Alternative) -> str:
    return (
        f"{ALTERNATIVE_DOUBT} {name} ({_both(alt)}); read as the earlier, "
        f"{alt.earlier:%B %-d}. Check which applies."
    )
