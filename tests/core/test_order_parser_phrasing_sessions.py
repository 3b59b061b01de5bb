"""Two sessions in one sentence (phrasing set, kind two_sessions): "a status conference at
9:45 a.m. on September 4, 2025, followed by the settlement conference at 10:00 a.m. the
same day". The settlement session takes the date already given, at its own time; the
periods count from it."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF FLORIDA\n\nORDER\n\n"
TAIL = (
    "\n\nSettlement position letters must be received by chambers seven days before the "
    "settlement conference.\n\nSO ORDERED.\nDated: July 17, 2025\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A telephonic status conference will be held at 9:45 a.m. on September 4, 2025, to be "
        "followed immediately by the settlement conference at 10:00 a.m. the same day.",
        "A status conference is set for Thursday, September 4, 2025 at 9:00 a.m.; the "
        "settlement conference will be held at 10:00 a.m. that day.",
    ],
)
def test_the_settlement_session_later_the_same_day(sentence: str) -> None:
    order = parse_order(HEAD + sentence + TAIL)
    assert (order.conference.date, order.conference.time) == (date(2025, 9, 4), time(10, 0))
    letters = [d for d in compute_schedule(order).deadlines if d.obligation.rule.amount == 7]
    assert [d.due_date for d in letters] == [date(2025, 8, 28)]


def test_the_same_day_of_another_meeting_is_not_the_session() -> None:
    order = parse_order(
        HEAD + "The settlement conference is set for October 2, 2025 at 10:00 a.m. A status "
        "conference is set for September 4, 2025 at 9:00 a.m., and a hearing on the motion at "
        "11:00 a.m. the same day." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2025, 10, 2), time(10, 0))


def test_a_time_without_a_date_after_another_meeting_is_that_day_and_flagged() -> None:
    order = parse_order(
        HEAD + "The Court will hold a scheduling conference on May 5, 2020 at 9:45 a.m. The "
        "settlement conference will begin at 10:00 a.m." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2020, 5, 5), time(10, 0))
    assert any("a time but no date" in w for w in order.warnings)
    letters = [d for d in compute_schedule(order).deadlines if d.obligation.rule.amount == 7]
    # Counted from the inferred day, so never shown without a review flag.
    assert [(d.due_date, d.needs_review) for d in letters] == [(date(2020, 4, 28), True)]


@pytest.mark.parametrize(
    ("session", "sentence", "due"),
    [
        (
            "The Settlement Hearing is scheduled for March 10, 2020 at 10:00 a.m.",
            "Position papers are due one week before the hearing.",
            date(2020, 3, 3),
        ),
        (
            "The ENE Session is set for March 10, 2020 at 10:00 a.m.",
            "Briefs shall be lodged five court days prior to the session.",
            date(2020, 3, 3),
        ),
    ],
)
def test_the_hearing_is_the_settlement_hearing(session: str, sentence: str, due: date) -> None:
    order = parse_order(HEAD + session + " " + sentence + "\n\nSO ORDERED.\n")
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.needs_review, d.obligation.quote) for d in deadlines] == [
        (due, False, sentence)
    ]


def test_the_hearing_stays_unread_when_the_order_sets_another_hearing() -> None:
    order = parse_order(
        HEAD + "The Settlement Hearing is scheduled for March 10, 2020 at 10:00 a.m. A hearing on "
        "the motion to compel is set for April 1, 2020. Position papers are due one week before "
        "the hearing.\n\nSO ORDERED.\n"
    )
    papers = [d for d in compute_schedule(order).deadlines if "Position" in d.obligation.quote]
    assert [(d.due_date, d.needs_review) for d in papers] == [(None, True)]


def test_followed_by_the_settlement_conference_is_no_deadline() -> None:
    order = parse_order(
        HEAD + "A telephonic status conference will be held at 9:45 a.m. on September 4, 2025, "
        "to be followed immediately by the settlement conference at 10:00 a.m. the same day."
        "\n\nSO ORDERED.\n"
    )
    # Only the status conference, shown as its own (flagged) date: 'by the settlement
    # conference' here says what comes next, not when anything is due.
    assert [(ob.id, ob.rule.fixed_date, ob.needs_review) for ob in order.obligations] == [
        ("telephonic_status_conference", date(2025, 9, 4), True)
    ]
