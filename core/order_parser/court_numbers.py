"""The case number of an order from a court whose numbers are not a district court's.

`core.docket.find_docket` reads district court numbers, and a typeless "Case No. 27-10482"
is a civil case there (D. Kan., D.N.J. print their civil numbers so). Two kinds of court
print numbers that look the same and are not civil cases:

- a bankruptcy court: "Case No. 27-10482 (PKR)" is the bankruptcy case, "Adv. Pro. No.
  27-01234 (PKR)" the adversary proceeding, "CASE NO. 27-30218-cma11" a Chapter 11 case (the
  judge's initials, then the chapter). Read as "bk" and "ap" numbers; an order in an adversary
  proceeding is entered on its docket, so that number is the order's;
- a court of appeals, the Court of Federal Claims or the Court of International Trade
  ("No. 27-3156", "Docket No. 28-2214-cv", "No. 26-1187C", "Court No. 26-00145"): none of
  these is a district number, and the district number such an order names is the case below
  ("D.C. No. 3:25-cv-06218", "Appeal from ... in No. 1:24-cv-00915"), not the order's. No
  number is read, and a warning says so, rather than a wrong one.
"""

from __future__ import annotations

import re

from settleconf.core.courts import NATIONAL, Court
from settleconf.core.docket import DocketNumber, DocketNumberError, find_docket, parse_docket

_HEAD = 1500
# The bankruptcy court's own caption, before any district court: a district court's order in
# a bankruptcy appeal ("On Appeal from the United States Bankruptcy Court") keeps its number.
_BANKRUPTCY = re.compile(r"\bbankruptcy\s+court\b", re.IGNORECASE)
_DISTRICT = re.compile(r"\bdistrict\s+court\b", re.IGNORECASE)
_NUMBER = (
    r"(?P<num>(?:\d{1,2}:)?\d{2}-(?:[a-z]{2}-)?\d{1,6}"
    r"(?:-[A-Za-z]{1,4}\d{0,2}|[ \t]*\([A-Z]{1,4}\))?)"
)
_LABEL = (
    r"(?P<adv>adv(?:ersary)?\.?[ \t]*(?:pro(?:c|ceeding)?\.?[ \t]*)?(?:no|number)\.?"
    r"|adversary[ \t]+(?:proceeding[ \t]+)?no\.?)"
    r"|(?:bankruptcy[ \t]+)?case[ \t]+(?:no|number)\.?"
)
_BANKRUPTCY_NUMBER = re.compile(rf"\b(?:{_LABEL})[ \t]*:?[ \t]*{_NUMBER}", re.IGNORECASE)
# The first number the caption prints after "No." for a national court: shown in the warning.
_NATIONAL_NUMBER = re.compile(
    r"\b(?:docket|court|case|appeal)?[ \t]*nos?\.?[ \t]*:?[ \t]*"
    r"(?P<num>\d{2,4}-\d{1,6}(?:-?[A-Za-z]{1,3})?)\b"
    r"|^[ \t]*(?P<bare>20\d{2}-\d{4})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _bankruptcy_number(match: re.Match[str]) -> DocketNumber | None:
    raw = match["num"]
    kind = "ap" if match["adv"] else "bk"
    # "27-10482 (PKR)" -> "27-bk-10482 (PKR)"; a typed "2:27-ap-01045-RKM" stays as it is
    typed = re.sub(r"^((?:\d{1,2}:)?\d{2})-(?=\d)", rf"\1-{kind}-", raw)
    typed = re.sub(r"(?<=[A-Za-z])\d{1,2}$", "", typed)  # the chapter after the initials
    try:
        return parse_docket(typed)
    except DocketNumberError:
        return None


def bankruptcy_case_number(text: str) -> DocketNumber | None:
    """The adversary proceeding's number when the caption has one, else the case's."""
    found = [n for m in _BANKRUPTCY_NUMBER.finditer(text[:_HEAD]) if (n := _bankruptcy_number(m))]
    adversary = [n for n in found if n.case_type == "ap"]
    first = adversary or found
    return first[0] if first else None


def case_number(text: str, court: Court | None) -> tuple[DocketNumber | None, str | None]:
    """The order's case number and, where none is read on purpose, the warning that says why."""
    if court is not None and court in NATIONAL:
        m = _NATIONAL_NUMBER.search(text[:_HEAD])
        shown = f" ({m['num'] or m['bare']})" if m else ""
        return None, (
            f"The case number{shown} is the {court.abbreviation}'s own, not a district court's "
            "docket number: it is not read as one."
        )
    head = text[:_HEAD]
    bankruptcy, district = _BANKRUPTCY.search(head), _DISTRICT.search(head)
    if bankruptcy is not None and (district is None or bankruptcy.start() < district.start()):
        number = bankruptcy_case_number(text)
        if number is not None:
            return number, None
    return find_docket(text), None
