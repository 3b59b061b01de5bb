"""A docket system's day-month-year with dashes ("15-JUN-2027 10:00 AM") is a date, for the
session and for duties; a case number's "15-cv-2027" is not."""

from __future__ import annotations

from datetime import date, time

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_dates


def test_dashed_day_month_year_is_a_date() -> None:
    assert [f.value for f in find_dates("set for 15-JUN-2027 and 3-Sept-2027")] == [
        date(2027, 6, 15),
        date(2027, 9, 3),
    ]
    assert find_dates("Case 15-cv-2027, 15-Jun-27") == []


def test_a_session_and_a_duty_dated_so() -> None:
    order = parse_order(
        "UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nMINUTE ORDER\n\n"
        "Settlement Conference set for 15-JUN-2027 10:00 AM in Courtroom 3 before Magistrate "
        "Judge A. Roe. Confidential settlement statements due by 08-JUN-2027.\n\n"
        "Dated: 01-MAY-2027\n"
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 6, 15), time(10))
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 6, 8)]
