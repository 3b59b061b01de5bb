"""Federal courts that are not district courts: the courts of appeals, the Court of Federal
Claims and the Court of International Trade.

Their settlement programs (circuit mediation offices, the Court of Federal Claims' settlement
judges, the CIT's court-annexed mediation) issue orders with deadlines like any district
court's, and a forward period in them skips the holidays of a place:

- a court of appeals: FRAP 26(a)(6)(C) counts "any other day declared a holiday by the state
  where either of the following is located: the district court that rendered the challenged
  judgment or order, or the circuit clerk's principal office". The clerk's office is the
  state here (the district court's, when the order names it, is not added: a day left out
  only makes a deadline earlier than necessary, never later);
- the Court of Federal Claims and the Court of International Trade sit in Washington, D.C.
  and New York City (28 U.S.C. §§ 173, 251), but their own rules define "legal holiday"
  (RCFC 6(a)(6), USCIT R. 6(a)(6)) by the federal days and days the President or Congress
  declares, with no clause for a state's days (the Court of Federal Claims sat open on a
  state holiday in Seacor v. HHS, 1995). Their seat's days are not counted (`NO_STATE_DAYS`):
  were that wrong, it would only make a forward deadline a day earlier than necessary.

Each row: (id, Bluebook abbreviation, name, USPS code of the state or D.C., IANA zone, the
words that name the court after "United States Court of ..." in a caption). The ids are the
courts' uscourts.gov names ("ca9", "cafc", "uscfc", "cit"), as chambers e-mail addresses use.
"""

from __future__ import annotations

_ET, _CT, _MT, _PT = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"

# Circuit clerks' principal offices: Boston, New York, Philadelphia, Richmond, New Orleans,
# Cincinnati, Chicago, St. Louis, San Francisco, Denver, Atlanta, Washington (28 U.S.C. § 48).
NATIONAL_COURTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "ca1",
        "1st Cir.",
        "United States Court of Appeals for the First Circuit",
        "MA",
        _ET,
        r"first|1st",
    ),
    (
        "ca2",
        "2d Cir.",
        "United States Court of Appeals for the Second Circuit",
        "NY",
        _ET,
        r"second|2d|2nd",
    ),
    (
        "ca3",
        "3d Cir.",
        "United States Court of Appeals for the Third Circuit",
        "PA",
        _ET,
        r"third|3d|3rd",
    ),
    (
        "ca4",
        "4th Cir.",
        "United States Court of Appeals for the Fourth Circuit",
        "VA",
        _ET,
        r"fourth|4th",
    ),
    (
        "ca5",
        "5th Cir.",
        "United States Court of Appeals for the Fifth Circuit",
        "LA",
        _CT,
        r"fifth|5th",
    ),
    (
        "ca6",
        "6th Cir.",
        "United States Court of Appeals for the Sixth Circuit",
        "OH",
        _ET,
        r"sixth|6th",
    ),
    (
        "ca7",
        "7th Cir.",
        "United States Court of Appeals for the Seventh Circuit",
        "IL",
        _CT,
        r"seventh|7th",
    ),
    (
        "ca8",
        "8th Cir.",
        "United States Court of Appeals for the Eighth Circuit",
        "MO",
        _CT,
        r"eighth|8th",
    ),
    (
        "ca9",
        "9th Cir.",
        "United States Court of Appeals for the Ninth Circuit",
        "CA",
        _PT,
        r"ninth|9th",
    ),
    (
        "ca10",
        "10th Cir.",
        "United States Court of Appeals for the Tenth Circuit",
        "CO",
        _MT,
        r"tenth|10th",
    ),
    (
        "ca11",
        "11th Cir.",
        "United States Court of Appeals for the Eleventh Circuit",
        "GA",
        _ET,
        r"eleventh|11th",
    ),
    (
        "cadc",
        "D.C. Cir.",
        "United States Court of Appeals for the District of Columbia Circuit",
        "DC",
        _ET,
        r"district\s+of\s+columbia|d\.\s?c\.",
    ),
    (
        "cafc",
        "Fed. Cir.",
        "United States Court of Appeals for the Federal Circuit",
        "DC",
        _ET,
        r"federal",
    ),
    ("uscfc", "Fed. Cl.", "United States Court of Federal Claims", "DC", _ET, ""),
    ("cit", "Ct. Int'l Trade", "United States Court of International Trade", "NY", _ET, ""),
)

# National courts whose rules count no state's holidays (see the docstring).
NO_STATE_DAYS = frozenset({"uscfc", "cit"})
