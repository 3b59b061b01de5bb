"""A duty dated two ways is described with both ways and the choice, wherever the rule is
shown (the deadlines table's RULE column, replies), not by its first way alone."""

from __future__ import annotations

from datetime import date

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

TEXT = (
    "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n"
    "The settlement conference is scheduled for Tuesday, June 15, 2027 at 10:00 a.m.\n\n"
    "Plaintiff shall serve a written settlement demand no later than the earlier of fourteen "
    "(14) days before the conference or May 28, 2027.\n\nSO ORDERED.\n\nDated: May 10, 2027\n"
)


def test_the_rule_of_a_duty_dated_two_ways() -> None:
    [d] = compute_schedule(parse_order(TEXT)).deadlines
    assert d.due_date == date(2027, 5, 28)
    assert d.obligation.describe() == (
        "the earlier of 14 days before the conference or fixed date 2027-05-28"
    )
