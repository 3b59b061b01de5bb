"""Kinds the sixth phrasing set (tests/corpus/phrasings6, California's four districts) found,
probed in other wording and other courts' style: a docket entry's filing date before a title
that names the session; a conference moved "to 10:00 a.m., Monday, August 3"; the Date field
of C.D. Cal. civil minutes; the settlement session and another meeting as one subject ("The
ENE and the Case Management Conference ... will be held on"); a paper "due the same day";
the parties' own steps in a docket scheduling order ("Rule 26(f) Conference to be completed
by")."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.header import read_order_date


@pytest.mark.parametrize(
    ("entry", "when"),
    [
        (
            "12/29/2025   44   CLERK'S NOTICE RESETTING SETTLEMENT CONFERENCE. The Settlement "
            "Conference previously set for 1/14/2026 is reset for 2/11/2026 10:00 AM via Zoom. "
            "Statements due 2/4/2026. (jlr, COURT STAFF) (Filed on 12/29/2025)",
            (date(2026, 2, 11), time(10, 0)),
        ),
        (
            "09/15/2025  73  ORDER SETTING SETTLEMENT CONFERENCE: Settlement Conference set for "
            "11/4/2025 at 10:00 AM in Courtroom 27 before Magistrate Judge A. Judge.",
            (date(2025, 11, 4), time(10, 0)),
        ),
        (
            "March 3, 2026   12   NOTICE OF MANDATORY SETTLEMENT CONFERENCE (Text Only). The "
            "MSC is set for April 9, 2026 at 1:30 PM by Zoom.",
            (date(2026, 4, 9), time(13, 30)),
        ),
        # no entry number: a schedule row, whose date is the session's
        ("03/03/2026   SETTLEMENT CONFERENCE SET at 1:30 PM", (date(2026, 3, 3), time(13, 30))),
    ],
)
def test_a_docket_entrys_filing_date_is_not_the_session(entry: str, when: tuple) -> None:
    order = parse_order(entry + "\n")
    assert (order.conference.date, order.conference.time) == when


@pytest.mark.parametrize(
    "sentence",
    [
        "At the parties' request, the Settlement Conference is continued to 10:00 a.m., Monday, "
        "August 3, 2026, in Courtroom 4.",
        "The settlement conference is RESCHEDULED to 10:00 a.m. on August 3, 2026.",
        "The Mandatory Settlement Conference is hereby reset to 10:00 AM, August 3, 2026, in "
        "chambers.",
    ],
)
def test_a_time_after_a_moving_verb_is_the_sessions_start(sentence: str) -> None:
    order = parse_order("ORDER\n\n" + sentence + "\n")
    assert (order.conference.date, order.conference.time) == (date(2026, 8, 3), time(10, 0))


def test_a_session_that_ends_at_a_time_keeps_its_start() -> None:
    order = parse_order(
        "ORDER\n\nThe settlement conference will be held on May 7, 2026 from 9:00 a.m. to "
        "12:00 p.m.\n"
    )
    assert order.conference.time == time(9, 0)


@pytest.mark.parametrize(
    ("header", "when"),
    [
        ("Case No. 5:25-cv-00721-JGB (ETGx)            Date: June 15, 2026", date(2026, 6, 15)),
        ("Case No.  2:25-cv-03318-SVW (ETGx)             Date  April 2, 2026", date(2026, 4, 2)),
        ("CASE NO.: CV 25-04410-MEMF (ETGx)       DATE: 10/14/2025", date(2025, 10, 14)),
        ("Case No. 2:25-cv-04410   Date and Time: 10/14/2025", None),
    ],
)
def test_the_date_field_of_civil_minutes_is_the_orders_date(header: str, when: date) -> None:
    assert read_order_date("CIVIL MINUTES - GENERAL\n" + header + "\nTitle: A v. B\n") == when


@pytest.mark.parametrize(
    "sentence",
    [
        "The ENE and the Case Management Conference that follows it will be held on Wednesday, "
        "July 30, 2025, at 10:00 a.m., in Courtroom 3C.",
        'An Early Neutral Evaluation Conference ("ENE") and Case Management Conference ("CMC") '
        "will be held on July 30, 2025 at 10:00 a.m.",
        "The Mandatory Settlement Conference and a Case Management Conference are set for July "
        "30, 2025 at 10:00 a.m.",
    ],
)
def test_the_session_and_another_meeting_as_one_subject(sentence: str) -> None:
    order = parse_order("ORDER\n\n" + sentence + "\n")
    assert (order.conference.date, order.conference.time) == (date(2025, 7, 30), time(10, 0))


def test_two_other_meetings_as_one_subject_are_not_the_session() -> None:
    order = parse_order(
        "ORDER\n\nThe Case Management Conference and the Status Conference are set for July 2, "
        "2025 at 9:00 a.m. The settlement conference is set for August 5, 2025 at 10:00 a.m.\n"
    )
    assert (order.conference.date, order.conference.time) == (date(2025, 8, 5), time(10, 0))


@pytest.mark.parametrize(
    "second",
    [
        "Each party's confidential settlement brief, not to exceed ten pages, is due the same day.",
        "Settlement statements are due that same day.",
        "The confidential statements, too, are due the same date.",
    ],
)
def test_a_paper_due_the_same_day_is_dated_with_the_duty_before_and_flagged(second: str) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA\n\nORDER\n\n"
        "A Mandatory Settlement Conference will be held on Tuesday, March 16, 2027 at 9:00 a.m. "
        "Plaintiff shall serve a written demand no later than ten (10) days before the MSC. "
        f"{second}\n\nDated: January 25, 2027\n"
    )
    schedule = compute_schedule(parse_order(text))
    got = sorted((d.due_date, d.needs_review) for d in schedule.deadlines)
    assert got == [(date(2027, 3, 5), False), (date(2027, 3, 5), True)]


@pytest.mark.parametrize(
    "step",
    [
        "Rule 26(f) Conference to be completed by 2/26/2026.",
        "Initial disclosures to be exchanged by 2/26/2026.",
        "Meet and confer to be held by 2/26/2026.",
    ],
)
def test_the_parties_steps_in_a_docket_scheduling_order(step: str) -> None:
    text = (
        "02/02/2026    18   SCHEDULING ORDER: Early Neutral Evaluation set for 3/19/2026 09:30 AM "
        f"before Magistrate Judge A. Judge. {step} Signed by Magistrate Judge A. Judge on "
        "2/2/2026.\n"
    )
    got = [(d.due_date, d.needs_review) for d in compute_schedule(parse_order(text)).deadlines]
    assert got == [(date(2026, 2, 26), False)]


def test_the_courts_session_to_be_held_by_a_date_is_no_duty() -> None:
    text = "ORDER\n\nSettlement conference to be held by 4/1/2026.\n"
    schedule = compute_schedule(parse_order(text))
    assert [d.due_date for d in schedule.deadlines if d.due_date] == []
