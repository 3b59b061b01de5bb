"""Conference times the phrasing set (tests/corpus/phrasings) found unread: o'clock and
24-hour forms, a zone between the time and the date, the start given in the next sentence
("It will begin at ..."), and "afternoon", which is not noon."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_times

HEAD = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n\nORDER\n\n"
TAIL = "\n\nSO ORDERED.\nDated: May 1, 2024\n"


def _conference(body: str) -> tuple[date | None, time | None]:
    order = parse_order(HEAD + body + TAIL)
    return order.conference.date, order.conference.time


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("10:00 o'clock a.m.", time(10, 0)),
        ("2 o'clock p.m.", time(14, 0)),
        ("9 o'clock in the morning", time(9, 0)),
        ("3 o'clock in the afternoon", time(15, 0)),
        ("1400 hours", time(14, 0)),
        ("0930 hours", time(9, 30)),
    ],
)
def test_oclock_and_24_hour_times(written: str, read: time) -> None:
    assert _conference(f"A settlement conference is scheduled for June 10, 2024 at {written}.") == (
        date(2024, 6, 10),
        read,
    )


def test_a_zone_between_the_time_and_the_date() -> None:
    assert _conference(
        "The parties shall appear for a settlement conference at 3:00 p.m. Eastern Time on "
        "Tuesday, June 13, 2023, in Courtroom 501."
    ) == (date(2023, 6, 13), time(15, 0))


def test_the_start_in_the_sentence_after_the_conference() -> None:
    assert _conference(
        "The mediation is set for Wednesday, December 1, 2021. It will begin promptly at "
        "9:30 a.m. and end by 1:00 p.m."
    ) == (date(2021, 12, 1), time(9, 30))


def test_afternoon_is_not_noon() -> None:
    assert [t.value for t in find_times("reserved the afternoon; ends at 5:00 p.m.")] == [
        time(17, 0)
    ]
    assert _conference(
        "The settlement conference will commence at 1:00 p.m. on Friday, May 5, 2023; the "
        "Court has reserved the afternoon and the conference will end at 5:00 p.m."
    ) == (date(2023, 5, 5), time(13, 0))
