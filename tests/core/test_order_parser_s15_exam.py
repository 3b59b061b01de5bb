"""Kinds the blind thirty-third set (session 15's exam of ordinary orders) found, tested on
text of their own: a schedule row whose short dot leader ("... October 6, 2026") is no sentence
end, the lawyers' own "settlement conference among counsel" beside the court's session, "It is
hereby rescheduled" after a setting that "could not go forward" with its ECF cite wrapped
("(ECF No." | "51)"), and deadlines the order says are superseded."""

from __future__ import annotations

from datetime import date, time

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF MAINE\n\n"
TAIL = "\n\nSO ORDERED.\n\nDated: August 7, 2028\n\n/s/ Jane Roe\nUnited States Magistrate Judge\n"


def test_a_schedule_rows_session_with_a_short_leader_not_the_counsels_meeting() -> None:
    order = parse_order(HEAD + (
        "SCHEDULING ORDER\n\n"
        "  1. Discovery closed ............................................. October 30, 2028\n"
        "  2. Settlement conference (in person, Room 5400, U.S.\n"
        "     Courthouse, 156 Federal Street) ... November 14, 2028, 10:00 a.m.\n"
        "  3. Final settlement conference among counsel (L.R. 16.6) ..... January 29, 2029\n"
        "  4. Trial ................................................. February 20, 2029\n"
    ) + TAIL)
    assert (order.conference.date, order.conference.time) == (date(2028, 11, 14), time(10, 0))


def test_rescheduled_after_a_setting_that_could_not_go_forward_its_cite_wrapped() -> None:
    order = parse_order(HEAD + (
        "The judicial settlement conference previously scheduled for August 22, 2028 (ECF No.\n"
        "51) could not go forward because of the unavailability of Defendant's insurer. It is\n"
        "hereby rescheduled for Tuesday, October 3, 2028, at 9:00 a.m., at the U.S. Courthouse,\n"
        "156 Federal Street, Portland, Maine.\n"
    ) + TAIL)
    assert (order.conference.date, order.conference.time) == (date(2028, 10, 3), time(9, 0))


def test_deadlines_the_order_supersedes_are_said_not_shown_as_due() -> None:
    order = parse_order(HEAD + (
        "The settlement conference set for September 12, 2028 is CANCELLED and is RESET for "
        "Tuesday, October 3, 2028, at 9:30 a.m. The deadlines in the Court's prior Order that "
        "were keyed to the September 12 setting (settlement memoranda due September 5, 2028) "
        "are superseded. Settlement memoranda shall be submitted seven (7) days before the "
        "reset conference."
    ) + TAIL)
    # Tue Oct 3 - 7 = Tue Sep 26; Sep 5 is gone
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2028, 9, 26)]
    assert any(w.startswith("The order sets earlier deadlines aside") for w in order.warnings)


def test_a_duty_beside_a_session_vacated_is_no_superseded_deadline() -> None:
    order = parse_order(HEAD + (
        "The settlement conference set for September 12, 2028 is vacated, and statements are "
        "due September 26, 2028. A settlement conference is set for October 3, 2028 at 9:30 a.m."
    ) + TAIL)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2028, 9, 26)]
    assert not any(w.startswith("The order sets earlier deadlines aside") for w in order.warnings)
