"""Period wordings from the blind thirtieth set (session 15), tested on sentences of their
own: "a fortnight before" (two weeks), a duty counted from another duty's deadline named as
"the deadline for ...", and a day named from a holiday ("the Wednesday before
Thanksgiving"), which is not read as a date but said, never dropped."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from tests.core.s15_order_text import HEAD, TAIL


@pytest.mark.parametrize(
    "sentence",
    [
        "Each party shall submit a confidential settlement statement a fortnight before the "
        "conference.",
        "Confidential statements are due one fortnight prior to the settlement conference.",
    ],
)
def test_a_fortnight_is_two_weeks(sentence: str) -> None:
    deadline = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines[0]
    # 14 days back from Tue Sep 14, 2027
    assert (deadline.due_date, deadline.needs_review) == (date(2027, 8, 31), False)


def test_a_duty_counted_from_the_deadline_for_another() -> None:
    schedule = compute_schedule(parse_order(
        HEAD + "Plaintiff's settlement demand is due fourteen (14) days after the date of this "
        "Order. Defendant's written response is due ten (10) days after the deadline for "
        "Plaintiff's demand." + TAIL
    ))
    # Wed Jul 7 + 14 = Wed Jul 21; + 10 = Sat Jul 31, run on to Mon Aug 2
    assert [d.due_date for d in schedule.deadlines] == [date(2027, 7, 21), date(2027, 8, 2)]


def test_a_day_named_from_a_holiday_is_said_not_dropped() -> None:
    order = parse_order(
        HEAD + "Plaintiff shall serve a current demand by 5:00 p.m. on the Wednesday before "
        "Thanksgiving." + TAIL
    )
    # read since session 16 (holiday_days.py), and still said: flagged with the words
    [demand] = order.obligations
    assert demand.needs_review
    assert any("Wednesday before Thanksgiving" in r for r in demand.review_reasons)
