"""Conference dates from issue #13's kinds, probed in new wording: a conference adjourned
from one date to another (S.D.N.Y.'s word), and a run-in heading that names what the date
after it is for ("Settlement Conference: March 10, 2020 ...", "STATEMENTS DUE: ...")."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n"
TAIL = "\n\nSO ORDERED.\nDated: February 3, 2020\n"


@pytest.mark.parametrize("verb", ["hereby ADJOURNED", "continued", "postponed"])
def test_a_conference_moved_to_a_new_date_is_on_the_new_date(verb: str) -> None:
    order = parse_order(
        HEAD + f"The settlement conference scheduled for March 10, 2020 is {verb} to April 14, "
        "2020 at 10:00 a.m. Statements are due one week before the conference." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2020, 4, 14), time(10, 0))
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(date(2020, 4, 7), False)]


def test_a_heading_that_names_the_date_after_it() -> None:
    order = parse_order(
        HEAD + "Settlement Conference: March 10, 2020 at 10:00 a.m. (in person).\n\n"
        "SETTLEMENT STATEMENTS DUE: March 3, 2020." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2020, 3, 10), time(10, 0))
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2020, 3, 3)]


def test_a_heading_before_prose_is_still_dropped() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for March 10, 2020 at 10:00 a.m.\n\n"
        "Settlement Statements: Each party shall submit a statement by March 3, 2020." + TAIL
    )
    assert [ob.quote for ob in order.obligations] == [
        "Each party shall submit a statement by March 3, 2020."
    ]


def test_two_dates_given_respectively_are_two_flagged_deadlines() -> None:
    order = parse_order(
        HEAD + "Settlement conference is set for 05/05/2020 at 9:30 a.m. in Room 1846. The "
        "parties shall exchange settlement letters by 04/14/2020 and 04/21/2020 respectively."
        + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [
        (date(2020, 4, 14), True),
        (date(2020, 4, 21), True),
    ]


def test_the_next_sentence_telling_everyone_when_to_appear_gives_the_time() -> None:
    order = parse_order(
        HEAD + "The Court hereby sets a Settlement Conference for Tuesday, May 5, 2020. Counsel "
        "and client representatives shall appear at 9:00 a.m." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2020, 5, 5), time(9, 0))
