"""Period and date spellings from the phrasing set's second batch: "7 days prior." with
nothing after it, "a full week before", "the third business day preceding the conference",
and a stray period after a month ("May. 13, 2022"). Exact dates."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

# Friday, March 4, 2022.
HEAD = (
    "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\nA settlement "
    "conference will take place on Friday, March 4, 2022 at 2:30 p.m.\n\n"
)
TAIL = "\n\nSO ORDERED.\nDated: January 14, 2022\n"


@pytest.mark.parametrize(
    ("sentence", "due", "review"),
    [
        (
            "On or before the third business day preceding the conference, each party shall "
            "email its statement to chambers.",
            date(2022, 3, 1),
            False,
        ),
        (
            "Each party must lodge a settlement brief with chambers a full week before the "
            "conference.",
            date(2022, 2, 25),
            False,
        ),
        # Nothing says prior to what: counted back from the conference, and flagged.
        ("Parties shall submit position letters 7 days prior.", date(2022, 2, 25), True),
    ],
)
def test_period_spellings(sentence: str, due: date, review: bool) -> None:
    deadlines = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(due, review)]


def test_a_stray_period_after_the_month_stays_inside_the_date() -> None:
    order = parse_order(
        "ORDER\n\nThe Court will hold a settlement conference on May. 13, 2022 at 9 a.m.\n"
    )
    assert (order.conference.date, order.conference.time) == (date(2022, 5, 13), time(9, 0))
