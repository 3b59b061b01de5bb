"""Kinds the eighth phrasing set (tests/corpus/phrasings8: the wording of deadlines and the
shapes of documents) found in its sessions, probed in other wording: HTML left in the text
("&nbsp;", "<p>", "<br>"); a title "ORDER SCHEDULING SETTLEMENT CONFERENCE" over its Date/Time
fields; a 24-hour "at 0930" with no colon."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_times
from settleconf.core.order_parser.text_source import clean_text

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
    "ACME GRAIN CO., Plaintiff,\nv.\nPRAIRIE MILLS, INC., Defendant.\n\nCase No. 2:26-cv-01010\n\n"
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: March 1, 2027\n\ns/ A. Judge\nU.S. Magistrate Judge\n"
# Thursday, June 10, 2027; Memorial Day is Monday, May 31, 2027.
SESSION = "A settlement conference is set for Thursday, June 10, 2027, at 9:00 a.m.\n\n"


def _dues(body: str) -> list[tuple[date | None, bool]]:
    order = parse_order(HEAD + "ORDER SETTING SETTLEMENT CONFERENCE\n\n" + SESSION + body + TAIL)
    assert order.conference.date == date(2027, 6, 10)
    return [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]


@pytest.mark.parametrize(
    ("body", "when"),
    [
        (
            "<p>The settlement conference is set for Thursday,&nbsp;October&nbsp;8,&nbsp;2026, "
            "at&nbsp;10:00&nbsp;a.m.</p>",
            (date(2026, 10, 8), time(10, 0)),
        ),
        (
            "NOTICE OF SETTLEMENT CONFERENCE<br>Date: Monday, November 2, 2026<br/>"
            "Time: 1:30 p.m.<br>Place: Courtroom 3",
            (date(2026, 11, 2), time(13, 30)),
        ),
        (
            "<div>A settlement conference will be held on <b>March&nbsp;9,&nbsp;2027</b> at "
            "9:00&nbsp;a.m. in Room&nbsp;4&amp;5.</div>",
            (date(2027, 3, 9), time(9, 0)),
        ),
    ],
)
def test_html_left_in_the_text_is_read_as_text(body: str, when: tuple[date, time]) -> None:
    order = parse_order(HEAD + body + TAIL)
    assert (order.conference.date, order.conference.time) == when


def test_an_address_in_angle_brackets_is_not_markup() -> None:
    text = clean_text("From: Jo Deputy <jo_deputy@ksd.uscourts.gov>\nSent: Monday<br>\n")
    assert "<jo_deputy@ksd.uscourts.gov>" in text
    assert "<br>" not in text


@pytest.mark.parametrize(
    "title",
    [
        "ORDER SCHEDULING SETTLEMENT CONFERENCE",
        "AMENDED NOTICE SCHEDULING SETTLEMENT CONFERENCE",
        "NOTICE AND ORDER SCHEDULING SETTLEMENT CONFERENCE",
    ],
)
def test_a_title_scheduling_the_session_is_not_a_scheduling_conference(title: str) -> None:
    order = parse_order(
        HEAD + f"{title}\n\nDate and time: Tuesday, April 13, 2027, 9:00 a.m.\n"
        "Place: Courtroom 223\n\nEach party shall submit a statement seven days before the "
        "conference." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 13), time(9, 0))


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "The settlement conference is set for Tuesday, April 6, 2027, at 1330, in Courtroom 4.",
            (date(2027, 4, 6), time(13, 30)),
        ),
        (
            "The parties shall appear for a settlement conference at 0900 on Friday, May 7, 2027.",
            (date(2027, 5, 7), time(9, 0)),
        ),
        (
            "NOTICE OF SETTLEMENT CONFERENCE\nDate: Wednesday, May 12, 2027\nTime: 1000\n"
            "Place: Courtroom 2",
            (date(2027, 5, 12), time(10, 0)),
        ),
    ],
)
def test_a_24_hour_time_without_a_colon(sentence: str, when: tuple[date, time]) -> None:
    order = parse_order(HEAD + sentence + TAIL)
    assert (order.conference.date, order.conference.time) == when


def test_four_digits_before_a_street_name_are_an_address() -> None:
    assert find_times("Counsel shall appear at 1400 Pennsylvania Avenue.") == []
