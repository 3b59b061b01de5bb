"""Kinds the eighteenth phrasing set (tests/corpus/phrasings18: Rule 16 scheduling orders,
pretrial orders, motion rulings and minute entries that set a settlement conference among the
case's other dates) found, probed in other wording: the case's own stated deadlines in label
rows and plain sentences ("Discovery Cut-off: August 2, 2027", "Motions to amend pleadings must
be filed by May 7, 2027.", "Deposition designations: July 19, 2027") shown among the settlement
reminders without review; periods "before the further conference" of a minute entry left
undated; a session named in one sentence and set in the next as "It is set before the
undersigned on ...". Set first read: 29/30 conference dates, 29/30 times, 41/43 due dates,
42 dates shown wrong without review; after these fixes 30/30, 30/30, 43/43, 0."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.case_deadlines import CASE_DEADLINE, case_deadline_reason

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nFENWICK ORCHARDS, LLC v. "
    "SNAKE RIVER PACKING CO.\nCase No. 1:26-cv-00412\n\nCASE MANAGEMENT ORDER\n\n"
)
SETTLEMENT = (
    "\n\nSETTLEMENT. A settlement conference is set before the Magistrate Judge on Tuesday, "
    "October 12, 2027, at 9:00 a.m. Each party shall lodge a confidential settlement statement "
    "no later than seven (7) days before the settlement conference.\n"
)
SIGNED = "\nDated: March 1, 2027\n\n/s/ Q. Judge\nUnited States Magistrate Judge\n"


def _schedule(body: str) -> list[tuple[date | None, bool, str]]:
    order = parse_order(HEAD + body + SETTLEMENT + SIGNED)
    return [
        (d.due_date, d.needs_review, d.obligation.quote) for d in compute_schedule(order).deadlines
    ]


@pytest.mark.parametrize(
    "row",
    [
        "Close of fact discovery: June 30, 2027",
        "Initial expert witness reports due: July 16, 2027",
        "Rebuttal expert reports -- August 13, 2027",
        "Last day to file motions for summary judgment: November 19, 2027",
        "Counter-designations of deposition testimony: January 7, 2028",
        "The parties shall exchange Rule 26(a)(1) initial disclosures by April 2, 2027.",
        "Any motion for leave to amend the complaint must be filed no later than May 14, 2027.",
    ],
)
def test_a_case_schedule_date_is_never_shown_as_a_settlement_duty_unreviewed(row: str) -> None:
    rows = _schedule("1. SCHEDULE\n\n" + row + "\nJury trial: February 14, 2028\n")
    settlement = [r for r in rows if r[0] == date(2027, 10, 5)]
    assert settlement and not settlement[0][1]  # the settlement statement: dated, no flag
    for due, review, quote in rows:
        if due != date(2027, 10, 5):
            assert review, quote


@pytest.mark.parametrize(
    "quote",
    [
        "Discovery Cut-off: August 2, 2027",
        "Motions to amend pleadings must be filed by May 7, 2027.",
        "Deposition designations: July 19, 2027",
        "Ready for trial: May 1, 2028",
    ],
)
def test_case_rows_get_the_reason(quote: str) -> None:
    assert case_deadline_reason(quote) == CASE_DEADLINE


@pytest.mark.parametrize(
    "quote",
    [
        # a settlement duty that names discovery or exhibits is still the conference's
        "Each party shall deliver its settlement statement, with key exhibits, by June 14, 2027.",
        "Plaintiff shall serve its demand, with the discovery it relies on, by May 3, 2027.",
        "The parties' position letters are due September 1, 2027.",
        "Counsel shall confirm attendance by June 1, 2027.",
    ],
)
def test_settlement_duties_naming_case_words_are_left_alone(quote: str) -> None:
    assert case_deadline_reason(quote) is None


def test_a_settlement_duty_with_a_stated_date_beside_the_schedule_is_not_flagged() -> None:
    body = (
        "Fact discovery closes: June 30, 2027\n\nEach party shall email its confidential "
        "settlement memorandum to chambers by Monday, October 4, 2027.\n"
    )
    rows = _schedule(body)
    memo = [r for r in rows if r[0] == date(2027, 10, 4)]
    assert memo and not memo[0][1]
    assert all(r[1] for r in rows if r[0] == date(2027, 6, 30))


MINUTE = (
    "MINUTE ENTRY for proceedings held before Magistrate Judge Q. Judge: Settlement Conference "
    "held on 4/14/2027. Case did not settle. A further settlement conference is set for "
    "Wednesday, May 19, 2027 at 9:30 AM. {duty} (Entered: 04/14/2027)\n"
)


@pytest.mark.parametrize(
    ("duty", "due"),
    [
        (
            "Revised settlement letters due three (3) business days before the further conference.",
            date(2027, 5, 14),
        ),
        (
            "Each side shall submit a supplemental statement ten days prior to the follow-up "
            "settlement conference.",
            date(2027, 5, 7),
        ),
        (
            "Updated ex parte statements due one week before the further settlement conference.",
            date(2027, 5, 12),
        ),
    ],
)
def test_a_period_before_the_further_conference_counts_from_it(duty: str, due: date) -> None:
    order = parse_order(MINUTE.format(duty=duty))
    assert order.conference.date == date(2027, 5, 19)
    # the held session's date beside it may ask for review; the date itself must be right
    assert due in [d.due_date for d in compute_schedule(order).deadlines]


def test_a_period_before_any_further_conference_is_not_counted_from_this_one() -> None:
    text = (
        "ORDER\n\nA settlement conference is set for Tuesday, June 8, 2027 at 10:00 a.m. "
        "Statements are due fourteen days before the conference. If the case does not settle, "
        "a further conference may be set, and updated statements are due seven days before any "
        "further conference.\n\nDated: May 3, 2027\n"
    )
    rows = [(d.due_date, d.needs_review) for d in compute_schedule(parse_order(text)).deadlines]
    assert (date(2027, 5, 25), False) in rows
    assert all(due != date(2027, 6, 1) for due, _ in rows)


def test_an_ene_orders_own_disclosure_step_is_left_alone() -> None:
    text = (
        "ORDER\n\nAn Early Neutral Evaluation conference is set for Tuesday, April 6, 2027 at "
        "9:30 a.m. Initial disclosures shall be exchanged by March 19, 2027.\n\n"
        "Dated: February 1, 2027\n"
    )
    rows = [(d.due_date, d.needs_review) for d in compute_schedule(parse_order(text)).deadlines]
    assert (date(2027, 3, 19), False) in rows


PRONOUN_HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER SETTING TRIAL DATE\n\n"
    "Jury trial: November 15, 2027.\n\n"
)


@pytest.mark.parametrize(
    "sentences",
    [
        "The parties have asked for a judicial settlement conference. It is set before the "
        "undersigned on Wednesday, September 29, 2027, at 9:00 a.m. by video.",
        "The Court will hold a settlement conference. It will be held before Magistrate Judge "
        "Q. Judge on September 29, 2027 at 9:00 a.m.",
        "This case is referred for a settlement conference.\nIt is scheduled for Wednesday, "
        "September 29, 2027, at 9:00 a.m.",
    ],
)
def test_a_session_named_then_dated_as_it_is_read(sentences: str) -> None:
    order = parse_order(PRONOUN_HEAD + sentences + "\n\nDated: August 2, 2027\n")
    assert order.conference.date == date(2027, 9, 29)
    assert order.conference.time is not None and order.conference.time.hour == 9


def test_it_after_another_matter_is_not_the_session() -> None:
    text = (
        PRONOUN_HEAD + "The parties shall confer about a status report. It is set for "
        "hearing on October 4, 2027 at 1:30 p.m.\n\nDated: August 2, 2027\n"
    )
    assert parse_order(text).conference.date != date(2027, 10, 4)
