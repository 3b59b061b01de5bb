"""Periods tied to the session's setting or its day: a period after the session is *set* runs
from the setting; a paper due "on the day of the conference" is due on its day."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF MONTANA\n\nORDER\n\n"
    "A settlement conference is set for Wednesday, August 11, 2027, at 10:00 a.m. "
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: June 1, 2027\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Supplemental statements are due two days after the rescheduled conference is scheduled.",
        "Counsel shall confirm attendance within seven days after the settlement conference "
        "is rescheduled.",
        "Each party shall pay its share of the fee within fourteen days after the mediation "
        "has been set.",
    ],
)
def test_a_period_after_the_setting_is_not_counted_from_the_session(sentence: str) -> None:
    schedule = compute_schedule(parse_order(HEAD + sentence + TAIL))
    [d] = schedule.deadlines
    # Not Aug 13 / Aug 18 / Aug 25 (counted from the session): the setting has no date here.
    assert d.due_date is None
    assert d.status is DeadlineStatus.UNDETERMINED
    assert d.needs_review


def test_before_the_session_is_scheduled_to_begin_is_its_day() -> None:
    sentence = (
        "A notice of settlement must be filed no later than 24 hours before the settlement "
        "conference is scheduled to begin."
    )
    [d] = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 8, 10), False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Counsel shall file a joint notice of the outcome on the day of the conference.",
        "Each party shall e-mail its list of attendees on the same day as the settlement "
        "conference.",
    ],
)
def test_a_paper_due_on_the_sessions_day_is_due_that_day(sentence: str) -> None:
    [d] = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 8, 11), False)


def test_what_parties_do_on_the_sessions_day_is_no_deadline() -> None:
    sentence = (
        "On the date of the settlement conference, the parties shall use the intercom beside "
        "chambers to notify the Court of their arrival."
    )
    assert compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines == ()
