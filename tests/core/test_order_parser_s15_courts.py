"""Kinds from the blind thirty-first set (session 15: E.D.N.Y., D.N.J., N.D. Ill., D. Mass.,
C.D. Cal., E.D. Pa. house styles), tested on sentences of their own."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

TAIL = (
    "\n\nSO ORDERED.\n\nDated: June 7, 2027\n\ns/ Jane Roe\nUnited States Magistrate Judge\n"
)


def _court(district: str, body: str) -> str:
    return f"UNITED STATES DISTRICT COURT\n{district}\n\n{body}{TAIL}"


SET = "A settlement conference is set for Wednesday, September 15, 2027, at 10:00 a.m.\n\n"


@pytest.mark.parametrize(
    "pointer",
    [
        "within seven (7) days after Plaintiff's demand is due",
        "seven (7) days after Plaintiff's settlement demand is due",
        "within seven (7) days after Plaintiff's deadline",
        "seven (7) days after the deadline for the Plaintiff's demand",
    ],
)
def test_a_duty_counted_from_a_partys_deadline_named_by_its_owner(pointer: str) -> None:
    schedule = compute_schedule(parse_order(_court(
        "NORTHERN DISTRICT OF ILLINOIS",
        SET + "Plaintiff shall serve a settlement demand by July 30, 2027. Defendant shall "
        f"respond in writing {pointer}.",
    )))
    # Fri Jul 30, 2027 + 7 = Fri Aug 6
    assert [d.due_date for d in schedule.deadlines] == [date(2027, 7, 30), date(2027, 8, 6)]


def test_a_citations_initial_after_a_paragraph_number_is_no_heading() -> None:
    order = parse_order(_court(
        "DISTRICT OF NEW JERSEY",
        "1. Fact discovery shall be completed by December 30, 2027.\n"
        "2. Dispositive motions shall be filed no later than May 14, 2028.\n"
        "3. A settlement conference pursuant to L. Civ. R. 301.1 will be held before the "
        "undersigned\n   on Wednesday, September 15, 2027 at 10:00 a.m. in Courtroom 2C.\n",
    ))
    assert (order.conference.date, order.conference.time) == (date(2027, 9, 15), time(10, 0))


def test_it_is_rescheduled_after_a_setting_said_to_be_adjourned() -> None:
    order = parse_order(_court(
        "EASTERN DISTRICT OF NEW YORK",
        "The settlement conference originally scheduled for July 13, 2027 was adjourned at the "
        "parties' joint request. It is hereby rescheduled for Wednesday, September 15, 2027, "
        "at 10:00 a.m., in Courtroom 13A-South.",
    ))
    assert (order.conference.date, order.conference.time) == (date(2027, 9, 15), time(10, 0))


def test_chambers_copies_are_the_partys_duty_not_the_courts() -> None:
    schedule = compute_schedule(parse_order(_court(
        "CENTRAL DISTRICT OF CALIFORNIA",
        SET + "Chambers' courtesy copies of the Statement shall be delivered to the Clerk's "
        "Office by 12:00 noon two (2) court days before the conference.",
    )))
    (deadline,) = schedule.deadlines
    assert (deadline.due_date, deadline.due_time) == (date(2027, 9, 13), time(12, 0))


def test_pennsylvania_flag_day_lengthens_a_forward_period_with_the_earlier_date_beside() -> None:
    schedule = compute_schedule(parse_order(_court(
        "EASTERN DISTRICT OF PENNSYLVANIA",
        SET + "Plaintiff shall serve a settlement demand within seven (7) days of this Order.",
    )))
    (deadline,) = schedule.deadlines
    # Mon Jun 7 + 7 = Mon Jun 14, Flag Day (44 P.S. § 11, unverified): Tue Jun 15, with Jun 14
    # shown beside it and reminded on
    assert deadline.due_date == date(2027, 6, 15)
    assert [r.due_date for r in deadline.alternatives] == [date(2027, 6, 14)]
    assert (deadline.act_on_date, deadline.needs_review) == (date(2027, 6, 14), True)


def test_the_place_said_in_a_sentence_of_its_own_is_the_sessions() -> None:
    order = parse_order(_court(
        "SOUTHERN DISTRICT OF GEORGIA",
        "It is ORDERED that this case is set for a settlement conference before the undersigned "
        "on June 15, 2027 at 9:00 AM. The settlement conference will be conducted in-person at "
        "the United States Courthouse at 8 Southern Oaks Ct., Savannah, GA 31405.",
    ))
    assert order.conference.location == (
        "United States Courthouse at 8 Southern Oaks Ct., Savannah, GA 31405"
    )
