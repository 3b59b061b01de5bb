"""Known parser gaps of issue #13, each fixed as a kind of language with varied phrasings.
Sentences are written for the test; dates are exact.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import MULTI_DAY_SESSION
from settleconf.core.order_parser.dates_in_text import find_dates
from tests.core.unseen_orders import COURT, read

LETTER = "Each party shall submit a settlement letter seven days before the conference."


# -- A session over several days joined by "and", or written day first ----------------------
# Read alone, "June 3 and 4, 2025" held no date and "June 30 and July 1, 2025" read as its
# last day: a session (and every period before it) one day late.


@pytest.mark.parametrize(
    ("setting", "first", "last", "at"),
    [
        (
            "The settlement conference will be held June 3 and 4, 2025, beginning at 9:00 a.m.",
            date(2025, 6, 3),
            date(2025, 6, 4),
            time(9, 0),
        ),
        (
            "The settlement conference is set for June 30 and July 1, 2025 at 9:30 a.m. in "
            "Courtroom 4.",
            date(2025, 6, 30),
            date(2025, 7, 1),
            time(9, 30),
        ),
        (
            "The mediation will take place on the 3rd and 4th of June 2025 at 10:00 a.m.",
            date(2025, 6, 3),
            date(2025, 6, 4),
            time(10, 0),
        ),
        (
            "A settlement conference is scheduled for Dec. 30 & 31, 2025, at 1:30 p.m.",
            date(2025, 12, 30),
            date(2025, 12, 31),
            time(13, 30),
        ),
        (
            "The court-conducted mediation shall proceed on 3-4 June 2025 at 9:00 a.m.",
            date(2025, 6, 3),
            date(2025, 6, 4),
            time(9, 0),
        ),
    ],
)
def test_a_session_on_two_days_joined_by_and_is_its_first_day_and_says_so(
    setting: str, first: date, last: date, at: time
) -> None:
    order = read(LETTER, head=COURT + setting + "\n\n")
    assert (order.conference.date, order.conference.time) == (first, at)
    [span] = [w for w in order.warnings if w.startswith(MULTI_DAY_SESSION)]
    assert f"{first:%B %-d, %Y}" in span and f"{last:%B %-d, %Y}" in span
    [letter] = compute_schedule(order).deadlines
    assert (letter.due_date, letter.needs_review) == (first - timedelta(days=7), False)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a window's two ends: only the dated end is read, as before
        ("Exchange letters between May 1 and May 10, 2025.", [date(2025, 5, 10)]),
        ("any time from June 3 and 4, 2025", []),
        # two settings weeks apart are not one session
        ("on June 3 and July 30, 2025", [date(2025, 7, 30)]),
        # a bare count before a day-first date is not a range's first day
        ("within 14 and 5 May 2025", [date(2025, 5, 5)]),
        ("May 1, 2025 and May 5, 2025", [date(2025, 5, 1), date(2025, 5, 5)]),
    ],
)
def test_dates_joined_by_and_that_are_not_one_session_keep_their_reading(
    text: str, dates: list[date]
) -> None:
    assert [f.value for f in find_dates(text)] == dates
