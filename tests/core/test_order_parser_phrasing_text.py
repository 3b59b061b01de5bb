"""Damaged text the phrasing set (tests/corpus/phrasings) found unread: a page stamp inside a
date, a stray line number inside a date or a period, words a PDF text layer split. Each
test holds one kind, in text written for it, with exact dates."""

from __future__ import annotations

from datetime import date, time

from settleconf.core.deadlines import Deadline, compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.split_words import join_split_words

HEAD = (
    "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n"
    "ORDER SCHEDULING SETTLEMENT CONFERENCE\n\n"
)
TAIL = "\n\nSO ORDERED.\nDated: May 1, 2024\n/s/ A. Judge\nUnited States Magistrate Judge\n"


def _read(body: str) -> tuple[date | None, time | None, list[Deadline]]:
    order = parse_order(HEAD + body + TAIL)
    return order.conference.date, order.conference.time, list(compute_schedule(order).deadlines)


def test_a_page_stamp_between_month_and_day_is_page_furniture() -> None:
    conf, _, dues = _read(
        "A settlement conference is scheduled for July 24, 2024 at 1:30 PM.\n\n"
        "Each party shall submit a confidential settlement statement no later than July\n\n"
        "Case 1:23-cv-01234 Document 11 Filed 05/01/2024 Page 2 of 3\n\n17, 2024."
    )
    assert conf == date(2024, 7, 24)
    assert [(d.due_date, d.needs_review) for d in dues] == [(date(2024, 7, 17), False)]


def test_a_lone_line_number_inside_the_conference_date_and_before_a_deadline_date() -> None:
    conf, at, dues = _read(
        "This case is set for a settlement conference on October 1,\n14\n2024, at 9:00 a.m., "
        "before the undersigned.\n\nThe parties shall submit confidential settlement "
        "statements no later than\n15\nSeptember 23, 2024."
    )
    assert (conf, at) == (date(2024, 10, 1), time(9, 0))
    assert [d.due_date for d in dues] == [date(2024, 9, 23)]


def test_a_lone_line_number_between_a_spelled_count_and_days_is_not_the_count() -> None:
    # Seven days back from Wednesday, October 15, 2025 is October 8; read as 18 it was
    # September 26, shown without a flag.
    _, _, dues = _read(
        "A settlement conference is scheduled for October 15, 2025 at 10:00 a.m.\n\n"
        "Each party shall submit a confidential settlement statement no later than seven\n18\n"
        "days before the conference."
    )
    assert [(d.due_date, d.needs_review) for d in dues] == [(date(2025, 10, 8), False)]


def test_two_numbers_before_a_unit_on_one_line_are_flagged() -> None:
    _, _, dues = _read(
        "A settlement conference is scheduled for October 15, 2025 at 10:00 a.m.\n\n"
        "Each party shall submit a confidential settlement statement no later than "
        "seven 18 days before the conference."
    )
    assert len(dues) == 1 and dues[0].needs_review


def test_split_key_words_are_joined() -> None:
    conf, at, dues = _read(
        "A set tlement con ference is scheduled for April 2, 2020 at 11:00 a.m.\n\n"
        "Settle ment state ments are due no later than seven (7) days before the con ference."
    )
    assert (conf, at) == (date(2020, 4, 2), time(11, 0))
    assert [d.due_date for d in dues] == [date(2020, 3, 26)]


def test_split_words_leave_ordinary_pairs_alone() -> None:
    assert join_split_words("comply with in good faith; no on call") == (
        "comply with in good faith; no on call"
    )
    assert join_split_words("the Court Room and Settle Ment") == "the Court Room and Settle Ment"


def test_a_period_from_service_of_the_order_is_flagged() -> None:
    # Service may come after the order's date (three more days by mail, FRCP 6(d)).
    _, _, dues = _read(
        "The settlement conference is set for June 20, 2024 at 2:00 p.m.\n\n"
        "Any objection to the referral shall be filed within 10 days of service of this Order."
    )
    assert [(d.due_date, d.needs_review) for d in dues] == [(date(2024, 5, 13), True)]


def test_a_split_month_name_is_joined() -> None:
    conf, _, dues = _read(
        "A settlement conference is set for Octo ber 14, 2020 at 10:00 a.m.\n\n"
        "Each party shall submit its statement by Octo ber 7, 2020."
    )
    assert conf == date(2020, 10, 14)
    assert [d.due_date for d in dues] == [date(2020, 10, 7)]
