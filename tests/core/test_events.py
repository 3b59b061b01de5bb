"""Issue #14, item 1: an after-event deadline counts from the event the order words
(made / sent / served / received / filed), and a different recorded event is never
silently taken for it."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.events import EventReading, reading_for
from settleconf.core.order_parser import parse_order
from tests.bot.receipt_order import RECEIPT_ORDER
from tests.core.test_order_parser_phrases import read

FEB_2 = date(2025, 2, 2)


@pytest.mark.parametrize(
    ("words", "event"),
    [
        ("within ten (10) days after service of the demand", "demand_served"),
        ("within ten (10) days after the demand is sent", "demand_sent"),
        ("within ten (10) days after filing of the demand", "demand_filed"),
    ],
)
def test_the_trigger_is_named_as_the_order_words_it(words: str, event: str) -> None:
    order = read(
        f"Plaintiff shall serve a demand on or before May 1, 2024. Defendant shall respond {words}."
    )
    assert order.obligations[1].rule.event == event


def test_receipt_counts_past_lincolns_birthday() -> None:
    order = parse_order(RECEIPT_ORDER)
    response = compute_schedule(order, events={"demand_received": FEB_2}).get("demand_response")
    assert response is not None
    assert order.obligations[1].rule.describe() == "10 days after receipt of the demand"
    # Feb 12, 2025 is Lincoln's Birthday (N.Y.): a forward period skips it (6(a)(6)(C)).
    assert (response.status, response.due_date) == (DeadlineStatus.DATED, date(2025, 2, 13))
    assert not response.warnings


def test_readings_of_a_recorded_event() -> None:
    sent, received = {"demand_sent": FEB_2}, {"demand_received": date(2025, 2, 5)}
    # Exact beats stand-ins; the order's own event wins when both are recorded.
    assert reading_for("demand_received", {**sent, **received}) == EventReading(
        date(2025, 2, 5), "demand_received", exact=True
    )
    # Receipt cannot come before sending: sending is the earliest reading.
    assert reading_for("demand_received", sent) == EventReading(
        FEB_2, "demand_sent", exact=False, earliest=True
    )
    # Sending may have been before the receipt: not the earliest, and said so.
    assert reading_for("demand_made", received) == EventReading(
        date(2025, 2, 5), "demand_received", exact=False, earliest=False
    )
    assert reading_for("offer_made", sent) is None
