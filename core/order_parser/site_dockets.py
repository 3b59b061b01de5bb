"""Docket pages as public docket sites print them (Justia's "March 2, 2027   Filing 27
ORDER ...", PacerMonitor's "Mar 2, 2027   31   PAPERLESS ORDER ...", a CourtListener-like
"06/15/2027   43   ORDER ..."): rows with no CM/ECF "(Entered: ...)" stamp, the date filed
often written with the month's name. They are docket rows all the same -- the entry that sets
the settlement conference dates the order, and another entry's "answer due 1/11/2027" is no
settlement duty -- so `docket_entries` reads them as rows when a page shows at least two.

A row here needs its entry number (bare, or "Filing 27") after the date, or before it as
PacerMonitor's "#  Date  Description" table prints it ("42   08/30/2027   Settlement Conference
Order"): a schedule's
"03/03/2026   SETTLEMENT CONFERENCE SET" or a site's bare "Mar 2, 2027" date line is no row.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_CELL_GAP = r"(?:[ \t]+|[ \t]*\n[ \t\n]*)"
_DATE_CELL = (
    rf"(?:(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}})"
    rf"|(?P<mon>{_MONTH})\.?[ \t]+(?P<md>\d{{1,2}}),?[ \t]+(?P<my>\d{{4}}))"
)
SITE_ROW_START = re.compile(
    rf"^[ \t]*{_DATE_CELL}{_CELL_GAP}(?:filing[ \t]+)?(?P<num>\d{{1,5}}){_CELL_GAP}"
    r"(?=[^\s\d/])",
    re.MULTILINE | re.IGNORECASE,
)
# PacerMonitor-like "#   Date   Description": the entry number first, then the date filed.
_NUMBER_FIRST = re.compile(
    rf"^[ \t]*(?P<num>\d{{1,5}})[ \t]+{_DATE_CELL}{_CELL_GAP}(?=[^\s\d/])",
    re.MULTILINE | re.IGNORECASE,
)
_DOCKET_WORDS = re.compile(
    r"(?:(?:PAPERLESS|ELECTRONIC|TEXT|MINUTE|SCHEDULING|AMENDED|SEALED)\s+)*"
    r"(?:ORDER|MOTION|NOTICE|MINUTE|STIPULATION|JUDGMENT|SUMMONS|COMPLAINT|ANSWER)\b"
    r"|[^\n]{0,200}?\b(?:Signed\s+by|Entered:|Ordered\s+by)\b"
)
# A row's leading cells in a sentence read from it: the sheet's, never the session's date.
SITE_ROW_PREFIX = re.compile(
    rf"^{_DATE_CELL}\s+(?:filing\s+)?\d{{1,5}}\s+(?=\S)|^filing\s+\d{{1,5}}\s+(?=\S)"
    r"|^\d{1,5}\s+(?:\d{1,2}/\d{1,2}/\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s+(?=\S)",
    re.IGNORECASE,
)
_MIN_ROWS = 2  # one dated, numbered line is no docket page


def site_row_starts(text: str) -> list[re.Match[str]]:
    """The numbered, dated rows of a docket site's page, or none when fewer than two."""
    rows = [m for m in SITE_ROW_START.finditer(text) if filed_of(m) is not None]
    if len(rows) < _MIN_ROWS:
        rows = [m for m in _NUMBER_FIRST.finditer(text) if filed_of(m) is not None]
        # numbered, dated lines may be a schedule's ("1   06/01/2027   Demand due"): a docket
        # page's entries say what the court or a party did
        if not any(_DOCKET_WORDS.match(text, m.end()) for m in rows):
            return []
    return rows if len(rows) >= _MIN_ROWS else []


def filed_of(m: re.Match[str]) -> date | None:
    """The date-filed cell of a row start (numeric "3/2/2027" or "Mar 2, 2027")."""
    groups = m.groupdict()
    try:
        if groups.get("mon"):
            month = _MONTHS[groups["mon"].lower()]
            return date(int(groups["my"]), month, int(groups["md"]))
        return date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    except (TypeError, ValueError):
        return None
