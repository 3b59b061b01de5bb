"""Kinds phrasings2 left alone, probed in other wording: a deadline named as a weekday
before the session, a permission dated "by the same date" as the duty before it, a request
deadline put in the negative ("filed fewer than seven days before it will not be granted"),
and the PLACE:/LOCATION: line of a DATE:/TIME: block."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import RuleKind
from settleconf.core.order_codec import order_from_dict, order_to_dict
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER\n\n"
TAIL = "\n\nIT IS SO ORDERED.\nDated: April 1, 2024\n/s/ Judge\n"
# Wednesday, June 12, 2024.
SET = "A settlement conference is set for Wednesday, June 12, 2024, at 9:30 a.m. in Room 403."


@pytest.mark.parametrize(
    ("sentence", "due", "at"),
    [
        ("Position papers are due by noon on the Friday before the conference.",
         date(2024, 6, 7), time(12, 0)),
        ("Each party shall submit its statement no later than the Monday preceding the "
         "settlement conference.", date(2024, 6, 10), None),
        ("Counsel shall e-mail the attendee list by 5:00 p.m. on the Tuesday prior to the "
         "conference.", date(2024, 6, 11), time(17, 0)),
        # the same weekday as the session: a full week back, never the day itself
        ("Statements must be lodged by the Wednesday before the mediation.",
         date(2024, 6, 5), None),
        # the calendar week before the session's week, not the last Monday
        ("Letters are due on the Monday of the week before the settlement conference.",
         date(2024, 6, 3), None),
    ],
)
def test_a_weekday_named_before_the_session(sentence: str, due: date, at: time | None) -> None:
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    [d] = compute_schedule(order).deadlines
    assert d.obligation.rule.kind is RuleKind.NAMED_WEEKDAY
    assert (d.due_date, d.due_time, d.needs_review) == (due, at, False)
    assert "does not move" in " ".join(d.trace)


def test_a_named_weekday_on_a_holiday_is_kept_and_flagged() -> None:
    # Monday, July 8, 2024: the Friday before is July 5 (a workday); the Thursday before is
    # July 4, Independence Day.
    order = parse_order(
        HEAD + "A settlement conference is set for Monday, July 8, 2024, at 10:00 a.m. "
        "Statements are due by the Thursday before the conference." + TAIL
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2024, 7, 4), True)
    assert any("Independence Day" in w for w in d.warnings)


def test_a_named_weekday_with_no_session_named_is_flagged() -> None:
    order = parse_order(
        HEAD + SET + " Each side shall deliver its brief no later than the Thursday before." + TAIL
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2024, 6, 6), True)


def test_a_named_weekday_rule_survives_the_codec() -> None:
    order = parse_order(HEAD + SET + " Letters are due the Friday before the conference." + TAIL)
    again = order_from_dict(order_to_dict(order))
    assert again.obligations[0].rule == order.obligations[0].rule
    assert again.obligations[0].rule.describe() == "the Friday before the conference"


@pytest.mark.parametrize(
    "second",
    [
        "(b) Each party may also lodge a short confidential letter with chambers by the same date.",
        "Counsel may also submit a list of attendees by the same deadline.",
    ],
)
def test_a_permission_by_the_same_date_takes_the_duty_before(second: str) -> None:
    order = parse_order(
        HEAD + SET + "\n\n1. Each party shall serve a settlement statement on or before May 29, "
        f"2024. {second}" + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    assert [d.due_date for d in deadlines] == [date(2024, 5, 29), date(2024, 5, 29)]
    assert deadlines[1].obligation.condition is not None


def test_by_that_date_is_dated_with_the_duty_before_but_flagged() -> None:
    order = parse_order(
        HEAD + SET + " Each party shall serve a settlement statement on or before May 29, "
        "2024. Counsel may also provide the names of attendees by that date." + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [
        (date(2024, 5, 29), False), (date(2024, 5, 29), True)]


def test_by_the_same_date_with_nothing_before_is_a_warning_not_silence() -> None:
    order = parse_order(HEAD + SET + " Plaintiff may also lodge a reply by the same date." + TAIL)
    schedule = compute_schedule(order)
    assert schedule.deadlines == ()
    assert any("lodge a reply by the same date" in w for w in schedule.warnings)


@pytest.mark.parametrize(
    ("sentence", "due", "review"),
    [
        ("Any request to continue the conference filed fewer than seven days before it will "
         "not be granted.", date(2024, 6, 5), False),
        ("Motions to reschedule the settlement conference made less than five business days "
         "before the conference will not be considered.", date(2024, 6, 5), False),
        # "it" could be anything here: the period is read, its anchor flagged
        ("Requests for a continuance filed fewer than ten days before it will not be granted.",
         None, True),
    ],
)
def test_a_request_deadline_put_in_the_negative(
    sentence: str, due: date | None, review: bool
) -> None:
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (due, review)
    assert d.obligation.condition is not None and d.obligation.condition.startswith("only if")


@pytest.mark.parametrize("label", ["PLACE", "Location", "LOCATION"])
def test_the_place_line_of_a_date_time_block(label: str) -> None:
    order = parse_order(
        HEAD + "The Court sets a settlement conference as follows:\n\nDATE: June 12, 2024\n"
        f"TIME: 9:30 a.m.\n{label}: Courtroom 2, 500 State Avenue, Kansas City, Kansas\n\n"
        "Each party shall submit a statement no later than June 5, 2024." + TAIL
    )
    assert order.conference.location == "Courtroom 2, 500 State Avenue, Kansas City, Kansas"
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 12), time(9, 30))


@pytest.mark.parametrize(
    ("sentence", "review"),
    [
        ("At the settlement conference, counsel shall bring the statement filed by noon on the "
         "preceding Friday.", False),
        ("Counsel shall deliver the exhibits no later than the immediately preceding Friday.",
         True),
    ],
)
def test_the_preceding_friday_is_flagged_unless_the_session_is_named(
    sentence: str, review: bool
) -> None:
    order = parse_order(HEAD + SET + "\n\n" + sentence + TAIL)
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2024, 6, 7), review)
