"""A settlement session set over several days is read as its first day, never silently:
the order's warnings say it spans more than one day, from when through when. Sentences are
written for the test.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import MULTI_DAY_SESSION
from tests.core.unseen_orders import COURT, read

LETTER = "Each party shall submit a settlement letter seven days before the conference."


@pytest.mark.parametrize(
    ("setting", "first", "last", "at"),
    [
        (
            "The conference will be held June 3-4, 2025, beginning at 9:00 a.m.",
            date(2025, 6, 3),
            date(2025, 6, 4),
            time(9, 0),
        ),
        (
            "The mediation will be held from 9:00 a.m. on May 5, 2025 through May 6, 2025.",
            date(2025, 5, 5),
            date(2025, 5, 6),
            time(9, 0),
        ),
        (
            "The settlement conference is set for Monday, June 30 - Tuesday, July 1, 2025 at "
            "9:30 a.m. in Courtroom 4.",
            date(2025, 6, 30),
            date(2025, 7, 1),
            time(9, 30),
        ),
        (
            "A two-day settlement conference shall take place on December 30, 2025 at 10:00 "
            "a.m. until 4:00 p.m. on January 2, 2026.",
            date(2025, 12, 30),
            date(2026, 1, 2),
            time(10, 0),
        ),
    ],
)
def test_a_session_over_several_days_is_its_first_day_and_says_so(
    setting: str, first: date, last: date, at: time
) -> None:
    order = read(LETTER, head=COURT + setting + "\n\n")
    assert (order.conference.date, order.conference.time) == (first, at)
    [span] = [w for w in order.warnings if w.startswith(MULTI_DAY_SESSION)]
    assert f"{first:%B %-d, %Y}" in span and f"{last:%B %-d, %Y}" in span
    # periods before the session count from its first day, and are not in doubt
    [letter] = compute_schedule(order).deadlines
    assert (letter.due_date, letter.needs_review) == (first - timedelta(days=7), False)


@pytest.mark.parametrize(
    "setting",
    [
        "The settlement conference is set for June 3, 2025 at 9:00 a.m.",
        "The settlement conference is set for June 3, 2025 from 9:00 a.m. to 4:00 p.m.",
        # two settings weeks apart are not one session
        "The settlement conference is set for June 3, 2025 at 9:00 a.m. to July 30, 2025.",
    ],
)
def test_a_one_day_session_gets_no_span_warning(setting: str) -> None:
    order = read(LETTER, head=COURT + setting + "\n\n")
    assert order.conference.date == date(2025, 6, 3)
    assert not any(w.startswith(MULTI_DAY_SESSION) for w in order.warnings)
