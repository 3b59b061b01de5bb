"""Which time and which date are the settlement session's when a sentence gives two."""

from __future__ import annotations

from datetime import date, time

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER\n\n"
TAIL = (
    "\n\nEach party shall submit a confidential letter seven days before the conference.\n\n"
    "Dated: March 1, 2027\n"
)


def test_the_start_is_the_time_when_everyone_reports_earlier() -> None:
    order = parse_order(
        HEAD + "Counsel and parties shall report to Courtroom 6A at 9:00 a.m. on April 20, "
        "2027; the settlement conference will begin promptly at 9:30 a.m." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 20), time(9, 30))
    assert any("report at 9:00 AM" in w for w in order.warnings)
    # "begin promptly at 9:30" says when: no "this duty has no date" warning.
    assert not any("no date" in w for w in order.warnings)


def test_a_lone_report_time_stays_the_time() -> None:
    order = parse_order(
        HEAD + "The parties shall report for the settlement conference at 10:00 a.m. on "
        "April 20, 2027." + TAIL
    )
    assert order.conference.time == time(10, 0)


def test_a_call_about_the_session_does_not_take_the_sessions_own_date() -> None:
    for said in (
        "A telephone status conference will be held on April 6, 2027 at 1:30 p.m. to discuss "
        "the settlement conference, which is set for April 20, 2027 at 9:30 a.m.",
        "A telephone status conference will be held on April 6, 2027 at 1:30 p.m. to discuss "
        "the settlement conference set for April 20, 2027 at 9:30 a.m.",
    ):
        order = parse_order(HEAD + said + TAIL)
        assert (order.conference.date, order.conference.time) == (date(2027, 4, 20), time(9, 30))
        letter = compute_schedule(order).get("settlement_letter")
        assert letter is not None and letter.due_date == date(2027, 4, 13)


def test_a_call_set_to_discuss_the_session_is_the_calls_date() -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for 9:30 a.m. on April 20, 2027. A telephone "
        "conference to discuss the upcoming settlement conference is set for April 6, 2027, "
        "at 1:30 p.m." + TAIL
    )
    assert order.conference.date == date(2027, 4, 20)
