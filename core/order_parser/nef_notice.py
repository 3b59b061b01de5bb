"""The Notice of Electronic Filing's own line for the date an order was filed.

CM/ECF's e-mail says "The following transaction was entered on 8/2/2027 at 12:17 PM EDT and
filed on 8/2/2027" (an attorney's filing: "entered by Smith, Jo on ..."). A docket text that
closes without a date of its own -- D. Mass.'s "ELECTRONIC ORDER entered.", E.D. Mich.'s
"Signed by Magistrate Judge X." -- is dated by that filing date, so a period "within 14 days
of this Order" can be counted. The entry time is the clerk's, never a deadline; only the date
the notice says the order was filed is read, and only when the order's words give none.
"""

from __future__ import annotations

import re
from datetime import date

from settleconf.core.order_parser.dates_in_text import DATE, find_dates

_FILED = re.compile(
    r"\bthe\s+following\s+transaction\s+was\s+entered\b[^\n]{0,120}?\band\s+filed\s+on\s+"
    rf"(?P<d>{DATE})",
    re.IGNORECASE,
)


def nef_filed_date(text: str) -> date | None:
    """The filing date a Notice of Electronic Filing gives (the first, when several)."""
    m = _FILED.search(text)
    if m is None:
        return None
    found = find_dates(m["d"])
    return found[0].value if found and found[0].value else None
