"""Kinds the second phrasing set (tests/corpus/phrasings2) found, probed in other wording:
the order's date in "this 3rd day of May" form, a conference moved "from" one date "to"
another or named by its date as vacated, DATE:/TIME: fields under the sentence that sets the
session, and days counted "excluding weekends and holidays"."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import Unit

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
TAIL = "\n\nSO ORDERED.\n/s/ Judge\n"


@pytest.mark.parametrize(
    "opening",
    [
        "AND NOW, this 6th day of April, 2023, it is ORDERED that",
        "IT IS on this 6th day of April, 2023 ORDERED that",
        "DONE AND ORDERED in Chambers at Fort Lauderdale, Florida, this 6th day of April, 2023.",
    ],
)
def test_order_date_written_as_this_nth_day_of(opening: str) -> None:
    order = parse_order(
        HEAD + f"{opening} A settlement conference is set for May 16, 2023 at 10:00 a.m. "
        "Plaintiff shall serve a demand within ten (10) days of the date of this Order." + TAIL
    )
    assert order.order_date == date(2023, 4, 6)
    deadlines = compute_schedule(order).deadlines
    # April 16, 2023 is a Sunday: a forward period moves on to Monday.
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(date(2023, 4, 17), False)]


def test_a_dated_this_day_of_phrase_about_another_paper_is_not_the_order_date() -> None:
    order = parse_order(
        HEAD + "The parties filed a stipulation this week. A settlement conference is set for "
        "May 16, 2023 at 10:00 a.m.\n\nSO ORDERED.\nDated: April 7, 2023\n"
    )
    assert order.order_date == date(2023, 4, 7)


@pytest.mark.parametrize("verb", ["ADJOURNED", "rescheduled", "moved", "postponed"])
def test_a_conference_moved_from_one_date_to_another(verb: str) -> None:
    order = parse_order(
        HEAD + f"The settlement conference is {verb} from March 7, 2023 to March 28, 2023, at "
        "2:00 p.m. Letters are due one week before the conference." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2023, 3, 28), time(14, 0))
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2023, 3, 21)]


def test_a_session_named_by_its_date_as_vacated_is_not_the_conference() -> None:
    order = parse_order(
        HEAD + "The March 7, 2023 settlement conference before the undersigned is vacated. "
        "A settlement conference is set before Judge Roe on March 28, 2023, at 9:30 a.m." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2023, 3, 28), time(9, 30))


def test_a_session_named_by_its_date_and_kept_is_the_conference() -> None:
    order = parse_order(
        HEAD + "The March 7, 2023 settlement conference will proceed at 9:30 a.m. as "
        "scheduled. The status conference is vacated." + TAIL
    )
    assert order.conference.date == date(2023, 3, 7)


def test_date_and_time_fields_under_the_sentence_that_sets_the_session() -> None:
    order = parse_order(
        HEAD + "This case is set for a Settlement Conference as follows:\n"
        "DATE:   Wednesday, May 17, 2023\nTIME:   9:30 a.m.\n"
        "Each party shall submit a statement by May 10, 2023.\n\n"
        "SO ORDERED.\nDate: April 20, 2023\n/s/ Judge\n"
    )
    assert (order.conference.date, order.conference.time) == (date(2023, 5, 17), time(9, 30))
    assert order.order_date == date(2023, 4, 20)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2023, 5, 10)]


def test_date_field_alone_is_still_the_signature_date() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for May 17, 2023 at 9:30 a.m.\n\n"
        "DATE: April 20, 2023\n/s/ Judge\n"
    )
    assert order.order_date == date(2023, 4, 20)
    assert order.conference.date == date(2023, 5, 17)


@pytest.mark.parametrize(
    ("qualifier", "review"),
    [
        ("excluding weekends and legal holidays", False),
        ("(excluding intermediate Saturdays, Sundays, and legal holidays)", False),
        ("excluding weekends", True),  # holidays not mentioned: counted as business days, said
    ],
)
def test_days_counted_excluding_weekends_are_business_days(qualifier: str, review: bool) -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Tuesday, November 14, 2023 at 10:00 a.m. "
        f"Statements are due five days before the conference, {qualifier}." + TAIL
    )
    (deadline,) = compute_schedule(order).deadlines
    assert deadline.obligation.rule.unit is Unit.BUSINESS_DAYS
    # Back from Tue Nov 14: Nov 13, (Fri Nov 10 is Veterans Day observed) 9, 8, 7, 6.
    assert (deadline.due_date, deadline.needs_review) == (date(2023, 11, 6), review)


def test_calendar_days_excluding_nothing_stay_calendar_days() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Tuesday, November 14, 2023 at 10:00 a.m. "
        "Statements are due five calendar days before the conference." + TAIL
    )
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2023, 11, 9)]


def test_two_periods_sharing_one_object_both_count_from_the_conference() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Wednesday, June 14, 2023 at 10:00 a.m. "
        "Counsel shall confer at least 14 days before, and lodge statements at least 3 "
        "business days before, the settlement conference." + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    assert sorted((d.due_date, d.needs_review) for d in deadlines) == [
        (date(2023, 5, 31), False),
        (date(2023, 6, 9), False),
    ]


def test_a_period_before_nothing_named_is_still_flagged() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Wednesday, June 14, 2023 at 10:00 a.m. "
        "Counsel shall confer at least 14 days before, and then report to chambers." + TAIL
    )
    (deadline,) = compute_schedule(order).deadlines
    assert deadline.due_date is None and deadline.needs_review


def test_a_lettered_item_by_the_same_date_is_its_own_duty() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Wednesday, June 14, 2023 at 10:00 a.m.\n\n"
        "1. Statements. (a) Each party shall serve a settlement statement on the other side "
        "no later than seven (7) days before the conference. (b) Each party shall deliver a "
        "confidential statement to chambers by the same date." + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [
        (date(2023, 6, 7), False),
        (date(2023, 6, 7), False),
    ]
    assert deadlines[1].obligation.quote.startswith("(b) Each party shall deliver")


def test_ordered_that_a_partys_paper_be_served_and_that_the_other_respond() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Wednesday, June 14, 2023 at 10:00 a.m. "
        "IT IS FURTHER ORDERED that Defendant's written offer be delivered no later than "
        "May 31, 2023 and that Plaintiff reply by June 7, 2023." + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    got = sorted((d.obligation.who, d.due_date, d.needs_review) for d in deadlines)
    assert got == [("defendant", date(2023, 5, 31), False), ("plaintiff", date(2023, 6, 7), False)]


def test_ordered_that_a_motion_be_granted_is_no_duty() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Wednesday, June 14, 2023 at 10:00 a.m. "
        "IT IS FURTHER ORDERED that Plaintiff's motion be granted by May 31, 2023." + TAIL
    )
    assert order.obligations == ()


def test_ordered_that_the_parties_notify_if_the_case_settles_waits_for_it() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Wednesday, June 14, 2023 at 10:00 a.m. "
        "IT IS FURTHER ORDERED that counsel advise chambers promptly if the case settles." + TAIL
    )
    (ob,) = order.obligations
    assert ob.rule.kind.value == "after_event" and ob.condition is not None


def _one_deadline(body: str) -> tuple[date | None, bool]:
    (deadline,) = compute_schedule(parse_order(HEAD + body + TAIL)).deadlines
    return deadline.due_date, deadline.needs_review


SET_JUNE_14 = "A settlement conference is set for Wednesday, June 14, 2023 at 10:00 a.m. "


@pytest.mark.parametrize(
    "duty",
    [
        "Position letters are due ten days before it.",
        "Position letters are due ten days before the same.",
        "Not later than ten days prior to such conference, each party shall send a letter.",
        "Each party shall send a letter ten days before this conference.",
    ],
)
def test_the_session_named_by_a_pronoun_or_such(duty: str) -> None:
    # June 4, 2023 is a Sunday: counted back, due Friday June 2.
    assert _one_deadline(SET_JUNE_14 + duty) == (date(2023, 6, 2), False)


def test_it_after_another_meeting_stays_flagged() -> None:
    order = parse_order(
        HEAD + SET_JUNE_14 + "A status conference is set for May 30, 2023 at 9:00 a.m. "
        "Position letters are due ten days before it." + TAIL
    )
    deadlines = compute_schedule(order).deadlines
    (letter,) = [d for d in deadlines if d.obligation.quote.startswith("Position letters")]
    assert letter.due_date is None and letter.needs_review
    assert all(d.needs_review for d in deadlines)  # the status conference's date as well


def test_an_msc_by_its_initials() -> None:
    order = parse_order(
        HEAD + "The MSC is set for June 14, 2023 at 10:00 a.m. Each party shall lodge an MSC "
        "statement five court days before the MSC." + TAIL
    )
    assert order.conference.date == date(2023, 6, 14)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2023, 6, 7)]


def test_a_docket_entrys_papers_to_be_emailed_by_a_date() -> None:
    assert _one_deadline(
        SET_JUNE_14 + "Confidential position letters to be emailed to chambers by 6/7/2023."
    ) == (date(2023, 6, 7), False)


def test_an_hour_in_words_before_oclock() -> None:
    order = parse_order(
        HEAD + "A settlement conference will be held on June 14, 2023, at nine o'clock in the "
        "morning." + TAIL
    )
    assert order.conference.time == time(9, 0)


def test_a_conference_date_without_a_year_is_read_from_the_orders_and_flagged() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Wednesday, June 14 at 10:00 a.m. Letters are "
        "due one week before the conference.\n\nSO ORDERED.\nDated: May 1, 2023\n"
    )
    assert (order.conference.date, order.conference.time) == (date(2023, 6, 14), time(10, 0))
    assert [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines] == [
        (date(2023, 6, 7), True)
    ]


def test_a_yearless_conference_date_whose_weekday_does_not_fit_is_not_read() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for Thursday, June 14 at 10:00 a.m.\n\n"
        "SO ORDERED.\nDated: May 1, 2023\n"
    )
    assert order.conference.date is None


def test_a_permitted_window_binds_by_its_end() -> None:
    due, _ = _one_deadline(
        SET_JUNE_14 + "Letters may be sent no sooner than fourteen days, and no later than "
        "seven days, before the conference."
    )
    assert due == date(2023, 6, 7)
