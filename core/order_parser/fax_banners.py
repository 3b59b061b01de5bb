"""Fax banners: the line a fax machine prints at the top of every page it sends.

"03/02/2027 14:22 FAX 212 555 0101 CHAMBERS @002/004", "MAR-02-2027 02:22P FROM:USDC EDNY
7185550199 TO:2125550101 P.2/3", "FEB-01-2027 09:14 FROM-US DIST COURT UTAH +8015550144
T-412 P.002/003 F-118". Like an ECF stamp, a banner is no part of the order: on page 2 it
falls inside whatever sentence runs over the break ("no later than ten (10) days before the
<banner> settlement conference") and hides the period's anchor, and its date and time are
no duty. A banner opens on a date and a clock time and carries a fax machine's marks: the
word FAX, FROM/TO, a page counter ("@002/004", "P.2/3", "PAGE 02/03"). One anchored match
per line, over a bounded line, so the scan stays linear.
"""

from __future__ import annotations

import re

_BANNER = re.compile(
    r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2}-\d{1,2}-\d{2,4}|[A-Z]{3}-\d{1,2}-\d{2,4}"
    r"|[A-Z][a-z]{2}\.?\s?\d{1,2}\.\s?\d{4})"  # "Jun. 2. 2027"
    r"(?:\s+(?:MON|TUE|WED|THU|FRI|SAT|SUN))?"  # "06/02/2027 WED 14:22"
    r"\s+\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AaPp][Mm]?)?(?=\s)"
    # the machine's marks in capitals: a docket line's "from counsel" is no banner
    r"(?=.*(?:\bFAX\b|\bFROM[:\s-]|\bTO:|[@#]\s?\d{2,3}\s?/\s?\d{2,3}"
    r"|\b(?:P|PAGE|Page)\.?\s*\d{1,3}\s*/\s*\d{1,3}\b"
    r"|\bNo\.\s?\d{3,5}\s+P\.\s?\d{1,3}\s*$|\]\s?\d{3}\s?/\s?\d{3}))",
)
_LONGEST = 160  # a banner is one printed line; a longer one is a sentence


def is_fax_banner(line: str) -> bool:
    """Whether `line` is a fax machine's page banner."""
    return len(line) <= _LONGEST and _BANNER.match(line) is not None
