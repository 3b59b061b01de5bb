"""Windows the phrasing set (tests/corpus/phrasings) found unread: a permission open until a
date or a period ("may be exchanged ... until fourteen days before", "at any time up to and
including April 2", "but in no event later than"), and "between now and" a date. The window's
end is the deadline; exact dates."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER SCHEDULING SETTLEMENT "
    "CONFERENCE\n\nA settlement conference is scheduled for Thursday, May 13, 2021 at "
    "10:00 AM.\n\n"
)
TAIL = "\n\nSO ORDERED.\nDated: March 30, 2021\n"


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "The parties may exchange settlement proposals at any time after the date of this "
            "Order, but in no event later than May 3, 2021.",
            date(2021, 5, 3),
        ),
        (
            "Updated settlement statements may be submitted at any time up to and including "
            "May 4, 2021.",
            date(2021, 5, 4),
        ),
        (
            "Between now and May 5, 2021, counsel shall confer at least once about settlement.",
            date(2021, 5, 5),
        ),
        (
            # Fourteen days back from Thursday, May 13 is Thursday, April 29.
            "Written offers may be exchanged from the date of this Order until fourteen (14) "
            "days before the conference.",
            date(2021, 4, 29),
        ),
    ],
)
def test_a_window_is_due_at_its_end(sentence: str, due: date) -> None:
    deadlines = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(due, False)]
