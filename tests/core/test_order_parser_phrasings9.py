"""Kinds the ninth phrasing set (tests/corpus/phrasings9: the conference itself -- which
meeting, what day, what hour) found, probed in other wording: the order's date in its
signature block with no label ("So ordered." then a blank line and the date, a date line
before or after the signature, "DONE AND ORDERED in <place> on <date>", a docket's "Entered by
... on <date>", "This the 14th day of ..."); "half past one o'clock in the afternoon"; a
session over "June 8 and 9, 2027"; a status or scheduling conference converted to the
settlement session ("same date and time", "in lieu of ... on that date"); a WHEN:/WHERE: form
under a title that names the session; a "Conference Time:" field under "Conference Date:"; a
settlement schedule's "written demand" row."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import MULTI_DAY_SESSION
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_dates, find_times, range_last_day

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
    "ACME GRAIN CO., Plaintiff,\nv.\nPRAIRIE MILLS, INC., Defendant.\n\nCase No. 2:26-cv-01010\n\n"
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: March 1, 2027\n\ns/ A. Judge\nU.S. Magistrate Judge\n"
# Tuesday, April 13, 2027: fourteen days after March 1, 2027 is Monday, March 15.
SESSION = "A settlement conference is set for April 13, 2027, at 9:00 a.m.\n\n"
DUTY = "Plaintiff shall serve a written demand within fourteen (14) days of this order.\n\n"


@pytest.mark.parametrize(
    ("closing", "signed"),
    [
        (
            "So ordered.\n\nJanuary 11, 2027\n\n/s/ Rowena T. Abbott\n"
            "United States Magistrate Judge\n",
            date(2027, 1, 11),
        ),
        (
            "February 8, 2027\nWichita, Kansas\n\ns/ Rowena T. Abbott\nU.S. Magistrate Judge\n",
            date(2027, 2, 8),
        ),
        (
            "BY THE COURT:\n\n/s/ Rowena T. Abbott\nUnited States Magistrate Judge\n"
            "January 20, 2027\n",
            date(2027, 1, 20),
        ),
        (
            "DONE and ORDERED in Orlando, Florida on January 26, 2027.\n\nROWENA T. ABBOTT\n",
            date(2027, 1, 26),
        ),
        (
            "Counsel shall note Local Rule 16.3. Entered by Magistrate Judge Rowena T. Abbott "
            "on 2/3/2027. (kmh)\n",
            date(2027, 2, 3),
        ),
        ("This the 5th day of February, 2027.\n\n/s/ Rowena T. Abbott\n", date(2027, 2, 5)),
    ],
)
def test_the_order_date_in_the_signature_block_counts_periods(closing: str, signed: date) -> None:
    order = parse_order(HEAD + "ORDER\n\n" + SESSION + DUTY + closing)
    assert order.order_date == signed
    dues = [d.due_date for d in compute_schedule(order).deadlines]
    assert dues == [signed + timedelta(days=14)]  # each a weekday with no holiday in Kansas


def test_a_date_line_far_from_any_signature_is_not_the_order_date() -> None:
    # The session's date alone on a line in the body, no signature near it: not the order's.
    body = (
        "The conference will be held on\nApril 13, 2027\nat 9:00 a.m. in Courtroom 2.\n"
        + "x\n" * 20
    )
    order = parse_order(HEAD + "ORDER\n\n" + body)
    assert order.order_date is None


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("at half past one o'clock in the afternoon", time(13, 30)),
        ("at a quarter past ten o'clock in the forenoon", time(10, 15)),
        ("at half past two o'clock p.m.", time(14, 30)),
    ],
)
def test_half_and_quarter_past_with_oclock(said: str, read: time) -> None:
    assert [t.value for t in find_times(said)] == [read]
    order = parse_order(
        HEAD + f"A settlement conference shall be held on April 13, 2027, {said}." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 13), read)


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        ("June 8 and 9, 2027", date(2027, 6, 8), date(2027, 6, 9)),
        ("Monday, May 3 & 4, 2027", date(2027, 5, 3), date(2027, 5, 4)),
        ("September 14 and 15, 2026", date(2026, 9, 14), date(2026, 9, 15)),
    ],
)
def test_a_session_over_two_days_joined_by_and(said: str, first: date, last: date) -> None:
    found = find_dates(f"on {said}, beginning at 9:00 a.m.")
    assert [(f.value, range_last_day(f)) for f in found] == [(first, last)]
    order = parse_order(
        HEAD + f"The Court will hold a two-day settlement conference on {said}, beginning at "
        "9:00 a.m. each day." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (first, time(9, 0))
    assert any(MULTI_DAY_SESSION in w for w in compute_schedule(order).warnings)


def test_and_between_a_bare_day_and_a_full_date_is_not_a_span() -> None:
    assert [f.value for f in find_dates("on May 5 and June 9, 2026")] == [date(2026, 6, 9)]


@pytest.mark.parametrize(
    ("body", "when"),
    [
        (
            "The status conference set for April 13, 2027, at 2:00 p.m. is hereby CONVERTED to "
            "a settlement conference, same date and time.",
            (date(2027, 4, 13), time(14, 0)),
        ),
        (
            "In lieu of the scheduling conference set for April 13, 2027, the Court will conduct "
            "a settlement conference on the same date beginning at 9:30 a.m.",
            (date(2027, 4, 13), time(9, 30)),
        ),
        (
            "The telephone status conference on 4/13/2027 at 11:00 a.m. is changed to an "
            "in-person settlement conference, same date and time, in Courtroom 4.",
            (date(2027, 4, 13), time(11, 0)),
        ),
    ],
)
def test_another_meeting_converted_to_the_settlement_session(
    body: str, when: tuple[date, time]
) -> None:
    order = parse_order(
        HEAD
        + "ORDER\n\n"
        + body
        + "\n\n"
        + DUTY.replace(
            "within fourteen (14) days of this order",
            "seven (7) days before the settlement conference",
        )
        + TAIL
    )
    assert (order.conference.date, order.conference.time) == when
    # Seven days before Tuesday, April 13, 2027.
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 4, 6)]


def test_in_lieu_of_without_that_date_takes_no_date() -> None:
    order = parse_order(
        HEAD + "In lieu of the status conference set for April 13, 2027, the parties shall "
        "attend a settlement conference to be set by separate order." + TAIL
    )
    assert order.conference.date is None


@pytest.mark.parametrize(
    ("form", "when"),
    [
        (
            "WHEN:   Friday, April 16, 2027, at 10:00 a.m.\nWHERE:  Courtroom 5, Wichita\n",
            (date(2027, 4, 16), time(10, 0)),
        ),
        ("When: April 16, 2027 at 1:30 p.m.\nWhere: Zoom\n", (date(2027, 4, 16), time(13, 30))),
    ],
)
def test_a_when_field_under_a_settlement_title(form: str, when: tuple[date, time]) -> None:
    head = HEAD.replace("Case No.", "ORDER SETTING SETTLEMENT CONFERENCE\nCase No.")
    order = parse_order(head + form + "\nDefendant.\n" + TAIL)
    assert (order.conference.date, order.conference.time) == when
    assert any("read from a field" in w for w in compute_schedule(order).warnings)


def test_a_when_field_without_a_settlement_title_is_not_read() -> None:
    order = parse_order(
        HEAD + "ORDER\n\nWHEN: April 16, 2027, at 10:00 a.m.\nWHERE: Room 5\n" + TAIL
    )
    assert order.conference.date is None


@pytest.mark.parametrize(
    ("fields", "at"),
    [
        ("Conference Date: 04/13/2027\nConference Time: 1:30 PM\n", time(13, 30)),
        (
            "Settlement Conference Date: April 13, 2027\nSettlement Conference Time: 10:00 a.m.\n",
            time(10, 0),
        ),
        ("Conference Date: April 13, 2027\nStart Time: 9:00 a.m.\n", time(9, 0)),
    ],
)
def test_a_time_field_under_the_date_field(fields: str, at: time) -> None:
    order = parse_order(
        HEAD
        + "NOTICE OF SETTLEMENT CONFERENCE\n\nConference Type: Settlement Conference\n"
        + fields
        + "Location: Courtroom 2\n"
        + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 13), at)


@pytest.mark.parametrize(
    ("row", "due"),
    [
        ("Plaintiff's written demand                 March 16, 2027", date(2027, 3, 16)),
        ("Defendant's counteroffer                   March 30, 2027", date(2027, 3, 30)),
        ("Exchange of settlement proposals           April 1, 2027", date(2027, 4, 1)),
    ],
)
def test_a_settlement_schedule_row(row: str, due: date) -> None:
    body = (
        "The following schedule governs settlement:\n\nEVENT                                "
        f"      DATE\n{row}\nSettlement Conference                      April 13, 2027, 9:00 a.m.\n"
    )
    order = parse_order(HEAD + "ORDER\n\n" + body + TAIL)
    assert order.conference.date == date(2027, 4, 13)
    assert [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines] == [
        (due, False)
    ]


def test_another_papers_entered_by_date_is_not_the_order_date() -> None:
    body = (
        "Under the scheduling order entered by Judge Rowena T. Abbott on January 4, 2027, the "
        "parties are referred for a settlement conference.\n\n" + SESSION + DUTY
    )
    order = parse_order(HEAD + "ORDER\n\n" + body)
    assert order.order_date is None


def test_a_converted_meeting_is_not_shown_as_a_meeting_of_its_own() -> None:
    order = parse_order(
        HEAD + "ORDER\n\nThe telephonic scheduling conference set for 4/13/2027 at 2:00 p.m. is "
        "converted to an in-person settlement conference, which will begin at 9:30 a.m. that "
        "day in Courtroom 4." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 13), time(9, 30))
    assert order.obligations == ()
