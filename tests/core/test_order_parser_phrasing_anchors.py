"""Periods counted from the session under other words (phrasing set): "before the judicial
settlement conference", "five business days before it", "after the conclusion of the
settlement conference", and a period with its date after a dash. Exact dates."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

# Tuesday, November 16, 2021.
HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF MARYLAND\n\nORDER\n\nA judicial settlement "
    "conference shall take place on Tuesday, November 16, 2021, commencing at 2:00 p.m.\n\n"
)
TAIL = "\n\nSO ORDERED.\nDated: October 1, 2021\n"


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            # Ten days back is Saturday, November 6: earlier, to Friday, November 5.
            "Each party shall deliver a confidential statement to the Court no later than ten "
            "(10) days before the judicial settlement conference.",
            date(2021, 11, 5),
        ),
        (
            # Five business days back from Tuesday, November 16, skipping Veterans Day.
            "Requests to adjourn the conference must be made no later than five business days "
            "before it.",
            date(2021, 11, 8),
        ),
        (
            "The parties shall file a joint status letter within three (3) business days after "
            "the conclusion of the settlement conference.",
            date(2021, 11, 19),
        ),
        (
            "Position papers must be received ten (10) days before the settlement conference "
            "-- by Friday, November 5, 2021.",
            date(2021, 11, 5),
        ),
    ],
)
def test_periods_from_the_session_named_otherwise(sentence: str, due: date) -> None:
    deadlines = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(due, False)]


def test_before_it_with_no_session_named_before_is_not_the_conference() -> None:
    deadlines = compute_schedule(
        parse_order(
            HEAD + "Plaintiff shall serve the report on defendant, and defendant shall respond "
            "no later than five business days before it." + TAIL
        )
    ).deadlines
    assert all(d.due_date is None or d.needs_review for d in deadlines)
