"""A meeting about settlement when no settlement conference is set, and a text order's head date."""

from __future__ import annotations

from datetime import date, time

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order


def test_a_status_conference_about_settlement_is_the_anchor_when_no_session_is_set() -> None:
    text = (
        "PAPERLESS ORDER by Magistrate Judge Idris M. Okafor on 3/9/2027: A settlement status "
        "conference is set for 4/20/2027 at 2:30 PM by video. Each side shall e-mail a short "
        "letter on the status of negotiations five (5) business days before the conference."
    )
    order = parse_order(text)
    assert order.order_date == date(2027, 3, 9)
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 20), time(14, 30))
    assert any("meeting about settlement" in w for w in order.warnings)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2027, 4, 13)  # five business days: Apr 19, 16, 15, 14, 13


def test_beside_a_settlement_conference_it_stays_another_meeting() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nORDER\n\n"
        "A status conference regarding settlement is set for May 3, 2027 at 9:00 a.m. "
        "A settlement conference is set for Thursday, June 10, 2027, at 1:30 p.m. Each party "
        "shall lodge a confidential settlement statement seven days before the settlement "
        "conference.\n\nDated: March 1, 2027\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2027, 6, 10)
    assert not any("meeting about settlement" in w for w in order.warnings)
    statement = compute_schedule(order).get("settlement_statement")
    assert statement is not None and statement.due_date == date(2027, 6, 3)
