"""Orders from the territorial district courts, whose statutory names put "Court" before the
place (48 U.S.C. §§ 1424, 1611, 1821): the court must be recognised so that a forward period
counts the territory's holidays (FRCP 6(a)(6)(C), 81(d)(1)) instead of being shown sure on the
federal calendar."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.courts import find_court
from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order


@pytest.mark.parametrize(
    ("heading", "court_id"),
    [
        ("IN THE DISTRICT COURT OF THE VIRGIN ISLANDS\nDIVISION OF ST. THOMAS", "vid"),
        ("DISTRICT COURT OF GUAM\nTERRITORY OF GUAM", "gud"),
        ("IN THE DISTRICT COURT\nFOR THE NORTHERN MARIANA ISLANDS", "nmid"),
    ],
)
def test_territorial_court_names_are_recognised(heading: str, court_id: str) -> None:
    court = find_court(heading + "\n\nORDER\n")
    assert court is not None and court.id == court_id


def test_a_local_territorial_court_is_not_the_district_court() -> None:
    assert find_court("IN THE SUPERIOR COURT OF THE VIRGIN ISLANDS\nORDER\n") is None


def _order(heading: str, dated: str, duty: str) -> str:
    return f"""{heading}

HARBORVIEW PROPERTIES, LLC,
          Plaintiff,
     v.                                 Civil No. 27-0090
ISLAND CEMENT SUPPLY CO.,
          Defendant.

                        ORDER FOR SETTLEMENT CONFERENCE

A settlement conference is set for Thursday, September 14, 2028, at 9:00 a.m.
{duty}

SO ORDERED.

Dated: {dated}
                                        /s/ Augustin P. Ferrante
                                        United States Magistrate Judge
"""


def _due(text: str, amount: int) -> tuple[date | None, bool, list[date | None]]:
    schedule = compute_schedule(parse_order(text, source_name="test"))
    deadline = next(d for d in schedule.deadlines if d.obligation.rule.amount == amount)
    return deadline.due_date, deadline.needs_review, [a.due_date for a in deadline.alternatives]


# The territories' tables come from the `holidays` package (unchecked): the later date is
# shown flagged, with the date that counts no territorial day beside it.
def test_fourteen_days_landing_on_liberty_day_rolls_flagged() -> None:
    # Wed Oct 18, 2028 + 14 days = Wed Nov 1, 2028, Liberty Day (1 V.I.C. § 171).
    text = _order(
        "DISTRICT COURT OF THE VIRGIN ISLANDS\nDIVISION OF ST. CROIX",
        "October 18, 2028",
        "Plaintiff shall serve an updated damages computation within fourteen (14) days of "
        "this Order.",
    )
    assert _due(text, 14) == (date(2028, 11, 2), True, [date(2028, 11, 1)])


def test_ten_days_landing_on_guam_liberation_day() -> None:
    # Tue Jul 11, 2028 + 10 days = Fri Jul 21, 2028, Liberation Day (1 G.C.A. § 1000).
    text = _order(
        "IN THE DISTRICT COURT OF GUAM",
        "July 11, 2028",
        "Defendant shall produce its delivery logs within ten (10) days of this Order.",
    )
    assert _due(text, 10) == (date(2028, 7, 24), True, [date(2028, 7, 21)])


def test_dpr_closing_with_on_before_the_date_is_the_order_date() -> None:
    # D.P.R. closes "In Ponce, Puerto Rico, on <date>." (the place, "on", the date).
    text = """UNITED STATES DISTRICT COURT
DISTRICT OF PUERTO RICO

LUZ M. ARROYO-BETANCES,
     Plaintiff,
          v.                                  CIVIL NO. 27-1190 (RRS)
COLMADO LA ESQUINA, INC.,
     Defendant.

                                  ORDER

A settlement conference is set for May 4, 2028, at 10:00 a.m.
Defendant shall send its written offer within ten (10) days of this Order.

SO ORDERED.

In Ponce, Puerto Rico, on March 9, 2028.

                                       ROSENDO R. SALICRUP
                                       United States Magistrate Judge
"""
    parsed = parse_order(text, source_name="test")
    assert parsed.order_date == date(2028, 3, 9)
    # Sun Mar 19 -> Mon Mar 20, 2028 (Mar 22, Emancipation Day, is not reached)
    assert _due(text, 10) == (date(2028, 3, 20), False, [])
