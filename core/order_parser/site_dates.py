"""The order's date where a case-law site puts it, in the head above the order: a reporter's
"May 3, 2027, Decided" (or "Decided: May 3, 2027"; "Filed" the same), and the citation the
site prints under the case name, "Rutherford v. Silver State ..., No. 2:26-cv-01950 (D. Nev.
Apr. 26, 2027)". Read only when the order's own closing gives no date: an excerpt that ends
before its signature, or a reprint that drops the date line.
"""

from __future__ import annotations

import re
from datetime import date

from settleconf.core.order_parser.dates_in_text import DATE, find_dates

_HEAD_LINES = 12
# "May 3, 2027, Decided", "May 3, 2027, Decided; May 4, 2027, Filed", "Decided: May 3, 2027"
_DECIDED = re.compile(
    rf"^[ \t]*(?:(?P<d>{DATE}),?[ \t]+(?:decided|filed)\b"
    rf"|(?:decided|date\s+decided)[ \t]*:?[ \t]+(?P<d2>{DATE})[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# A citation line: a case name ("X v. Y"), then the court and the date in parentheses at the
# line's end -- "(E.D. Mo. Aug. 2, 2027)". One line, bounded spans: linear.
_CITATION = re.compile(
    rf"^[^\n]{{0,200}}?\sv\.\s[^\n]{{0,200}}?\((?:[A-Z][A-Za-z.]{{0,6}}\.?\s?){{1,5}}\s?"
    rf"(?P<d>(?i:{DATE}))\)[ \t]*$",
    re.MULTILINE,
)


def site_head_date(text: str) -> date | None:
    """The order's date from a case-law site's head ("May 3, 2027, Decided", a citation's
    "(D. Nev. Apr. 26, 2027)"), or None."""
    head = "\n".join(text.split("\n", _HEAD_LINES)[:_HEAD_LINES])
    for pattern in (_DECIDED, _CITATION):
        m = pattern.search(head)
        if m is None:
            continue
        found = find_dates(m.group("d") or (m.groupdict().get("d2") or ""))
        if found and found[0].value:
            return found[0].value
    return None
