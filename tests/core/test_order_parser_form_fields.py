"""Kinds the third phrasing set (tests/corpus/phrasings3) found, probed in other wording: a
form's "Date and time:" field under a heading naming the session, "the reset conference" of an
amended order, a court's own zone after a clock time (HST, "Arizona time"), and "the deadline
for each party to ... is" a period."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.case_events import CASE_DEADLINE
from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF HAWAII\n\n"
    "JANE ROE, Plaintiff,\nv.\nACME, Defendant.\n\n"
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: March 2, 2026\n\n/s/ Judge\nMagistrate Judge\n"


@pytest.mark.parametrize("label", ["Date and time", "Date/Time", "DATE & TIME"])
def test_a_date_and_time_field_under_a_session_heading(label: str) -> None:
    order = parse_order(
        HEAD + "NOTICE OF MEDIATION\n\n"
        f"{label}: Wednesday, April 15, 2026 at 1:30 p.m.\n"
        "[X] Mediation statements are due April 8, 2026." + TAIL
    )
    assert order.order_date == date(2026, 3, 2)
    assert (order.conference.date, order.conference.time) == (date(2026, 4, 15), time(13, 30))


@pytest.mark.parametrize("word", ["reset", "rescheduled", "new"])
def test_the_reset_session_of_an_amended_order(word: str) -> None:
    order = parse_order(
        HEAD + "AMENDED ORDER\n\nThe mediation set for April 1, 2026 is RESET to April 15, 2026 "
        f"at 9:00 a.m. Statements are due five days before the {word} mediation." + TAIL
    )
    [d] = compute_schedule(order).deadlines
    # April 10, 2026 is a Friday.
    assert (d.due_date, d.needs_review) == (date(2026, 4, 10), False)


@pytest.mark.parametrize(
    ("zone", "at"),
    [("HST", time(15, 0)), ("Hawaii time", time(15, 0)), ("Arizona Time", time(15, 0))],
)
def test_a_courts_own_zone_after_a_clock_time(zone: str, at: time) -> None:
    order = parse_order(
        HEAD + f"A settlement conference is set for April 15, 2026 at 9:00 a.m. {zone}. "
        f"Letters must be received by 3:00 p.m. {zone} seven (7) days before the conference. "
        f"Counsel shall confirm attendance by 3:00 p.m. {zone} on April 13, 2026." + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.due_time, d.needs_review) for d in deadlines] == [
        (date(2026, 4, 8), at, False), (date(2026, 4, 13), at, False)]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("The deadline for each party to lodge its brief is ten days before the conference.",
         date(2026, 4, 3)),  # April 5 is a Sunday: back to Friday
        ("The due date for Plaintiff to serve a demand is the date that is 14 days before the "
         "settlement conference.", date(2026, 4, 1)),
    ],
)
def test_the_deadline_for_a_party_to_act_is_a_period(sentence: str, due: date) -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for April 15, 2026 at 9:00 a.m. " + sentence + TAIL
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (due, False)


def test_the_deadline_for_a_court_filing_is_not_a_party_duty() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for April 15, 2026 at 9:00 a.m. The deadline for "
        "filing dispositive motions is ten days before the conference." + TAIL
    )
    assert compute_schedule(order).deadlines == ()


@pytest.mark.parametrize(
    ("sentence", "due", "at"),
    [
        ("The deadline for Defendant to serve its written offer is April 1, 2026.",
         date(2026, 4, 1), None),
        ("The due date for each party to lodge a confidential brief is April 8, 2026, at 4:00 "
         "p.m.", date(2026, 4, 8), time(16, 0)),
    ],
)
def test_the_deadline_for_a_party_to_act_is_a_stated_date(
    sentence: str, due: date, at: time | None
) -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for April 15, 2026 at 9:00 a.m. " + sentence + TAIL
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.due_time, d.needs_review) == (due, at, False)


def test_a_case_date_with_no_party_is_dated_and_flagged_as_the_cases() -> None:
    # The case's schedule, said with no one to act: dated like the rows around it, and
    # flagged as no settlement duty (it was a bare warning before the schedule convention).
    order = parse_order(
        HEAD + "A settlement conference is set for April 15, 2026 at 9:00 a.m. The deadline for "
        "amending the pleadings is March 1, 2026." + TAIL
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2026, 3, 1), True)
    assert CASE_DEADLINE in d.obligation.review_reasons


def test_a_vacated_or_stayed_case_date_is_no_deadline() -> None:
    for said in (
        "The discovery deadline of March 1, 2026 is VACATED.",
        "Depositions are stayed until March 1, 2026.",
    ):
        order = parse_order(
            HEAD + "A settlement conference is set for April 15, 2026 at 9:00 a.m. " + said + TAIL
        )
        schedule = compute_schedule(order)
        assert schedule.deadlines == ()
        assert any("March 1, 2026" in w for w in schedule.warnings)


@pytest.mark.parametrize(
    "days", ["April 14-15, 2026", "April 14 – 15, 2026", "April 14th-15th, 2026"]
)
def test_a_session_over_two_days_starts_on_the_first(days: str) -> None:
    order = parse_order(
        HEAD + f"The mediation is set for {days}, beginning at 9:00 a.m. each day. Mediation "
        "statements are due seven days before the first day of the mediation." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2026, 4, 14), time(9, 0))
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2026, 4, 7), False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Defendant shall respond on the same date that its mediation brief is due, which is "
        "April 6, 2026.",
        "Defendant shall respond on the same day as its brief is due, which is April 6, 2026.",
    ],
)
def test_the_same_date_as_another_paper_restated_as_a_date(sentence: str) -> None:
    order = parse_order(
        HEAD + "1. The mediation is set for April 15, 2026 at 9:00 a.m.\n\n2. " + sentence + TAIL
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2026, 4, 6), False)


def test_a_lost_date_before_which_is_still_reads_as_lost() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for April 15, 2026 at 9:00 a.m. Statements are "
        "due , which is the Court's usual deadline." + TAIL
    )
    schedule = compute_schedule(order)
    assert schedule.deadlines == ()
    assert any("missing from the text" in w for w in schedule.warnings)


@pytest.mark.parametrize(
    ("days", "first"),
    [
        ("June 30-July 1, 2026", date(2026, 6, 30)),
        ("June 30 – July 1, 2026", date(2026, 6, 30)),
        ("December 30-January 2, 2027", date(2026, 12, 30)),
    ],
)
def test_a_session_across_two_months_starts_on_its_first_day(days: str, first: date) -> None:
    order = parse_order(
        HEAD.replace("HAWAII", "OREGON") + f"The settlement conference is set for {days}, "
        "beginning at 9:00 a.m. each day." + TAIL.replace("March 2, 2026", "May 1, 2026")
    )
    assert order.conference.date == first
