"""A settlement session set over several days: "June 3-4, 2025", "from 9:00 a.m. on May 5,
2025 through May 6, 2025".

The conference is its first day (periods before the session count from the day it begins),
but the user must be told the session runs on: read silently, a second day of attendance is
lost. `multi_day_warning` says it, in words the conference answer can repeat.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from settleconf.core.order import MULTI_DAY_SESSION
from settleconf.core.order_parser.dates_in_text import (
    DATE,
    TIME,
    find_dates,
    range_last_day,
)

# From the first day's date to the last's: "through", "until", "to", a dash; a clock time
# may sit on either side ("May 5, 2025 at 9:00 a.m. through 4:00 p.m. on May 6, 2025").
_THROUGH = re.compile(
    rf"\s*,?\s*(?:(?:at|from|beginning\s+at|starting\s+at)\s+{TIME}\s*,?\s*)?"
    rf"(?:through|thru|until|till|to|[-–—])\s+(?:(?:{TIME})\s*,?\s*(?:on\s+)?)?(?P<d>{DATE})",
    re.IGNORECASE,
)
_LONGEST = timedelta(days=14)  # a longer "span" is two settings, not one session


def last_day(text: str, first: date) -> date | None:
    """The session's last day when `text` sets it from `first` over several days."""
    for found in find_dates(text):
        if found.value != first:
            continue
        last = range_last_day(found)
        m = _THROUGH.match(text, found.end) if last is None else None
        if m is not None:
            later = find_dates(m.group("d"))
            last = later[0].value if later else None
        if last is not None and first < last <= first + _LONGEST:
            return last
    return None


def multi_day_warning(text: str, first: date) -> str | None:
    last = last_day(text, first)
    if last is None:
        return None
    return (
        f"{MULTI_DAY_SESSION}: the order sets it from {first:%A, %B %-d, %Y} through "
        f"{last:%A, %B %-d, %Y}. It is shown on its first day, and deadlines before it count "
        "from that day."
    )
