"""Docket-text closings that date the order in CM/ECF's own words.

header.read_order_date knows "Signed by Magistrate Judge X on 4/2/2027", "Ordered by ... on",
"Entered by ... on". Text orders close in other ways too: W.D. Mo.'s "Signed on 4/20/27 by
Magistrate Judge X.", D. Colo.'s opening "MINUTE ORDER by Magistrate Judge X on 3/22/2027.",
D. Nev.'s "MINUTE ORDER IN CHAMBERS of the Honorable X, United States Magistrate Judge, on
1/21/2027." Read only at a line's or sentence's start, as header.py does, so "as ordered by
Judge X on May 1" (an earlier order) stays unread; only when nothing else dated the order.
"""

from __future__ import annotations

import re
from datetime import date

from settleconf.core.order_parser.dates_in_text import DATE, find_dates

_START = r"(?:^|[.(:;]\s*)[ \t]*"
_CLOSINGS = (
    re.compile(rf"{_START}signed\s+on\s+(?P<d>{DATE})\s+by\b", re.IGNORECASE | re.MULTILINE),
    re.compile(
        rf"{_START}(?:this\s+is\s+an?\s+)?(?:minute|text(?:[\s-]+only)?|electronic|paperless)"
        rf"\s+order\s+(?:entered\s+)?by\s+[^\n]{{0,80}}?\bon\s+(?P<d>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(
        rf"{_START}(?:this\s+is\s+a\s+)?minute\s+order\s+in\s+chambers\s+of\s+the\s+honorable"
        rf"\s+[^\n]{{0,120}}?,\s+on\s+(?P<d>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
)


def docket_closing_date(text: str) -> date | None:
    """The date a text order's CM/ECF closing or opening gives it, if one does."""
    for pattern in _CLOSINGS:
        for m in pattern.finditer(text):
            found = find_dates(m["d"])
            if found and found[0].value:
                return found[0].value
    return None
