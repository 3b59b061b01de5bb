"""A duty's date before the order moves it ("currently due May 21, 2027, shall now be due June
1, 2027") is no deadline: only the new date is shown, and without a review flag when nothing
else is uncertain. Said alone ("is currently due May 21, 2027") it is the deadline, restated."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n"
    "The settlement conference remains scheduled for Tuesday, June 15, 2027 at 10:00 a.m.\n\n"
)
SIGNED = "\n\nSO ORDERED.\n\nDated: May 10, 2027\n"


def _dues(sentence: str) -> list[tuple[date | None, bool]]:
    order = parse_order(HEAD + sentence + SIGNED)
    return [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]


@pytest.mark.parametrize(
    "sentence",
    [
        "Plaintiff's settlement demand, currently due May 21, 2027, shall now be due June 1, "
        "2027.",
        "Plaintiff's settlement demand, currently due on May 21, 2027, shall instead be served "
        "by June 1, 2027.",
        "Plaintiff's settlement demand, currently due by May 21, 2027, is hereby extended to "
        "June 1, 2027.",
        "Plaintiff's settlement demand, presently due May 21, 2027, is moved to June 1, 2027.",
        "Plaintiff's settlement demand, previously due May 21, 2027, is now due June 1, 2027.",
    ],
)
def test_the_date_a_duty_had_before_the_move_is_no_deadline(sentence: str) -> None:
    assert _dues(sentence) == [(date(2027, 6, 1), False)]


def test_a_current_date_said_alone_is_the_deadline() -> None:
    assert _dues("Plaintiff's settlement demand is currently due May 21, 2027.") == [
        (date(2027, 5, 21), False)
    ]


def test_a_continued_conference_is_not_read_as_a_moved_duty() -> None:
    order = parse_order(
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n"
        "The settlement conference currently scheduled for May 21, 2027 is continued to "
        "Tuesday, June 15, 2027 at 10:00 a.m. Plaintiff's settlement demand, previously due "
        "May 7, 2027, is now due June 1, 2027." + SIGNED
    )
    assert order.conference.date == date(2027, 6, 15)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 6, 1)]


def test_a_moved_deadline_names_its_owner() -> None:
    order = parse_order(
        HEAD + "The deadline for Plaintiff's settlement demand, presently set for May 21, 2027, "
        "is extended to June 1, 2027. The deadline for settlement statements is continued to "
        "June 8, 2027." + SIGNED
    )
    assert [(ob.who, ob.rule.fixed_date, ob.needs_review) for ob in order.obligations] == [
        ("plaintiff", date(2027, 6, 1), False),
        ("parties", date(2027, 6, 8), True),  # whose statements: not said
    ]

