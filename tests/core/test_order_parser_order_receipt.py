"""A period from "receipt of this Order" (or Notice) counts from the order's date, as one from
"service of this Order" does, and both are said for review: by mail either may come later."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n"
    "The settlement conference is scheduled for Tuesday, June 15, 2027 at 10:00 a.m.\n\n"
)
SIGNED = "\n\nSO ORDERED.\n\nDated: May 10, 2027\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Within ten (10) days of receipt of this Order, plaintiff shall serve a written demand.",
        "Within ten (10) days of the receipt of this Notice, plaintiff shall serve a written "
        "demand.",
        "Within ten (10) days of service of this Order, plaintiff shall serve a written demand.",
    ],
)
def test_a_period_from_receipt_or_service_of_this_order(sentence: str) -> None:
    order = parse_order(HEAD + sentence + SIGNED)
    [d] = compute_schedule(order).deadlines
    # counted from the order's date (May 10), and said for review: it may arrive later
    assert (d.due_date, d.needs_review) == (date(2027, 5, 20), True)


def test_receipt_of_the_demand_still_waits_on_the_demand() -> None:
    order = parse_order(
        HEAD + "Plaintiff shall serve a written demand by May 24, 2027. Within ten (10) days "
        "of receipt of the demand, defendant shall respond." + SIGNED
    )
    response = [ob for ob in order.obligations if ob.who == "defendant"]
    assert [ob.rule.kind.value for ob in response] == ["after_event"]
