"""A period counted from the session named with its date but not its year ("seven days before
the July 20 conference", "prior to the June 15th conference") counts from the conference; when
that date is not the conference's, the deadline is flagged and says so."""

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
    "named",
    ["the June 15 conference", "the June 15th conference", "the June 15 settlement conference"],
)
def test_a_yearless_session_date_that_is_the_conferences(named: str) -> None:
    order = parse_order(
        HEAD + f"Each party shall submit a confidential statement seven (7) days prior to {named}."
        + SIGNED
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 6, 8), False)


def test_a_yearless_session_date_that_is_not_the_conferences() -> None:
    order = parse_order(
        HEAD + "Each party shall submit a confidential statement no later than seven days before "
        "the July 20 conference." + SIGNED
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 6, 8), True)
    assert any("July 20, 2027" in r for r in d.obligation.review_reasons)
