"""Kinds the seventeenth phrasing set (tests/corpus/phrasings17: WHEN the settlement conference
is -- its date and start time in the many ways judges write them) found, probed in other
wording: a weekday and the day of the month in words with no year ("on Tuesday the fifteenth of
June at the hour of 2:00 p.m.") not read at all; "the first Tuesday in June 2027" not read;
"during the week of June 14, 2027 (the exact day to be set)" read as a conference on the week's
first day; and periods counted "before the second session" / "before the continued session"
left undated where the order's conference is that session.

First read of the set (before these fixes, on its corrected labels): conference dates 27/30,
times 28/30, due dates 39/45 (86.7%), 6 flagged, 0 wrong without review. After: 30/30, 30/30,
44/45 (97.8%), 1 flagged, 0 wrong."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
SIGNED = "\n\nDated: May 10, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"


def _dues(text: str) -> list[date | None]:
    order = parse_order(HEAD + text + SIGNED)
    return [d.due_date for d in compute_schedule(order).deadlines]


@pytest.mark.parametrize(
    ("setting", "when", "at"),
    [
        (
            "A settlement conference will be held on Friday the twenty-third of July at "
            "10:00 a.m. in Courtroom 4.",
            date(2027, 7, 23),
            time(10, 0),
        ),
        (
            "The settlement conference is set for Wednesday, the 8th day of September at "
            "1:30 p.m.",
            date(2027, 9, 8),
            time(13, 30),
        ),
        (
            "The parties shall appear for a settlement conference on the third Thursday of "
            "September, 2027 at 9:30 a.m.",
            date(2027, 9, 16),
            time(9, 30),
        ),
        (
            "A settlement conference is scheduled for the last Friday in October 2027, at "
            "2:00 p.m.",
            date(2027, 10, 29),
            time(14, 0),
        ),
    ],
)
def test_a_conference_day_written_in_words(setting: str, when: date, at: time) -> None:
    order = parse_order(
        HEAD + setting + "\n\nEach party shall submit a confidential statement seven (7) days "
        "before the conference." + SIGNED
    )
    assert (order.conference.date, order.conference.time) == (when, at)


@pytest.mark.parametrize(
    "setting",
    [
        # July 22, 2027 is a Thursday and July 22, 2028 a Saturday: no Friday to read.
        "A settlement conference will be held on Friday the twenty-second of July at 10:00 a.m.",
        # February 2027 has four Mondays.
        "A settlement conference is set for the fifth Monday in February 2027 at 10:00 a.m.",
        "The settlement conference will be held during the week beginning Monday, August 9, "
        "2027; the exact day will be set by separate notice.",
        "The settlement conference will take place the week of August 9, 2027 (day to be set).",
    ],
)
def test_no_day_is_read_where_the_words_give_none(setting: str) -> None:
    order = parse_order(HEAD + setting + SIGNED)
    assert order.conference.date is None
    assert any("No settlement conference date found" in w for w in order.warnings)


def test_a_week_after_the_conference_is_not_a_week_of() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Monday, August 9, 2027 at 10:00 a.m. The "
        "parties shall report on the outcome within one week of the conference." + SIGNED
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 8, 9), time(10, 0))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The settlement conference will resume for a second session on July 20, 2027, at "
            "9:00 a.m. Updated statements are due five (5) business days before the resumed "
            "session.",
            date(2027, 7, 13),
        ),
        (
            "A continued settlement session is set for July 20, 2027, at 9:00 a.m. Each side "
            "shall email a short update ten (10) days before the continued session.",
            date(2027, 7, 9),  # July 10 is a Saturday: back to Friday
        ),
    ],
)
def test_a_period_from_the_round_the_order_sets(text: str, due: date) -> None:
    order = parse_order(HEAD + text + SIGNED)
    assert order.conference.date == date(2027, 7, 20)
    assert _dues(text) == [due]
    assert not any(ob.needs_review for ob in order.obligations if ob.rule.amount)


def test_a_period_from_a_second_session_the_order_does_not_set_is_reviewed() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for July 20, 2027, at 9:00 a.m. If needed, a "
        "second session will be held on August 3, 2027. Each party shall submit a short "
        "update seven (7) days before the second session." + SIGNED
    )
    assert order.conference.date == date(2027, 7, 20)
    periods = [ob for ob in order.obligations if ob.rule.amount == 7]
    assert periods and all(ob.needs_review for ob in periods)
