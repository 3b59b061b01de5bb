"""Kinds from phrasings34's first read (session 16), on sentences of their own: a paper due with
a setting the order vacates is not shown as due, and "within ten days of it" after a private
mediation waits on that mediation rather than counting from the court's session."""

from __future__ import annotations

from datetime import date

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = ("UNITED STATES DISTRICT COURT\nDISTRICT OF COLORADO\n\nCase No. 1:27-cv-00512\n\n"
        "ORDER\n\n")


def _schedule(body: str) -> dict[str, tuple[date | None, bool, DeadlineStatus]]:
    s = compute_schedule(parse_order(HEAD + body))
    return {d.obligation.id: (d.due_date, d.needs_review, d.status) for d in s.deadlines}


def test_a_paper_due_with_a_vacated_setting_is_not_shown_as_due() -> None:
    order = parse_order(HEAD + (
        "The Settlement Conference previously set for 3/9/2027 by [31] Order, with Position "
        "Papers due by 3/2/2027, is VACATED. Settlement Conference RESET for 3/23/2027 at 10:00 "
        "AM. Position Papers due by 3/16/2027.\n\nSigned on 2/10/2027."))
    due = [d.due_date for d in compute_schedule(order).deadlines]
    assert date(2027, 3, 2) not in due
    assert date(2027, 3, 16) in due
    assert any("sets earlier deadlines aside" in w for w in order.warnings)


def test_a_live_duty_beside_a_vacated_setting_stays() -> None:
    # the setting is vacated, the statements are a duty of the new one
    got = _schedule(
        "The settlement conference set for March 9, 2027 is vacated. The settlement conference "
        "is reset for March 23, 2027 at 10:00 a.m. Statements are due by March 16, 2027.\n\n"
        "Dated February 10, 2027.")
    assert (date(2027, 3, 16), False, DeadlineStatus.DATED) in got.values()


def test_it_after_a_private_mediation_is_not_the_courts_session() -> None:
    got = _schedule(
        "A settlement conference is set for October 12, 2027 at 9:30 a.m. The parties must also "
        "complete a private mediation by December 1, 2027. The mediator's report of that "
        "mediation is due within ten days of it.\n\nDated September 1, 2027.")
    report = next(v for k, v in got.items() if "report" in k)
    assert report[0] is None and report[1]  # not Oct 22, 2027 (ten days after the session)


def test_it_after_the_courts_session_is_that_session() -> None:
    got = _schedule(
        "A settlement conference is set for October 12, 2027 at 9:30 a.m. Requests to adjourn "
        "the conference must be made five business days before it.\n\nDated September 1, 2027.")
    # five business days before Tue Oct 12, 2027, Columbus Day (Oct 11) skipped: Mon Oct 4
    assert [v[0] for v in got.values()] == [date(2027, 10, 4)]
