"""An order's own counting method (core/order_parser/counting_rules.py): FRCP 6(a) yields to
an order that specifies one, so "due on the preceding business day", "the preceding Friday",
"not extended" and "days ... excluding weekends and holidays" change the dates, and each
date counted under them quotes the order. Kinds from the blind thirtieth set, tested here on
sentences of their own."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_codec import order_from_dict, order_to_dict
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import ClosedDayRoll, Unit
from tests.core.s15_order_text import HEAD, TAIL

# Ten days from Wed Jul 7, 2027 is Sat Jul 17: FRCP runs it to Mon Jul 19.
FORWARD = "Plaintiff shall serve a written demand within ten (10) days of this Order."


def _due(text: str, duty: int = 0) -> date | None:
    return compute_schedule(parse_order(HEAD + text + TAIL)).deadlines[duty].due_date


@pytest.mark.parametrize(
    ("method", "due"),
    [
        ("", date(2027, 7, 19)),
        ("If a deadline falls on a Saturday, Sunday or legal holiday, the submission is due on "
         "the preceding business day.", date(2027, 7, 16)),
        ("If the deadline falls on a weekend, the submission is due the preceding Friday.",
         date(2027, 7, 16)),
        ("A deadline that falls on a weekend or holiday is not extended to the next business "
         "day; papers may be e-mailed on any day.", date(2027, 7, 17)),
        # FRCP's own roll, and a promise about extensions: neither is a method of its own
        ("If a deadline falls on a weekend or holiday, it moves to the next business day.",
         date(2027, 7, 19)),
        ("No deadline in this Order will be extended absent good cause.", date(2027, 7, 19)),
        ("Periods stated in hours run continuously; if such a period ends on a Saturday, "
         "Sunday or legal holiday, the deadline is the same hour on the preceding court day.",
         date(2027, 7, 19)),
    ],
)
def test_the_orders_own_rule_for_a_closed_last_day(method: str, due: date) -> None:
    assert _due(FORWARD + " " + method) == due


def test_a_date_moved_by_the_orders_rule_quotes_it() -> None:
    rule = "If the deadline falls on a weekend, the submission is due the preceding Friday."
    deadline = compute_schedule(parse_order(HEAD + FORWARD + " " + rule + TAIL)).deadlines[0]
    assert deadline.needs_review is False
    assert any(rule in step and "open day before" in step for step in deadline.trace)


@pytest.mark.parametrize(
    ("sentence", "due", "unit"),
    [
        # six business days back from Tue Sep 14, 2027 skip Labor Day (Mon Sep 6): Fri Sep 3
        ("Each party shall submit a settlement statement six (6) days before the conference.",
         date(2027, 9, 3), Unit.BUSINESS_DAYS),
        # calendar days and weeks keep their own count: Tue Aug 31
        ("Each party shall submit a settlement statement fourteen (14) calendar days before the "
         "conference.", date(2027, 8, 31), Unit.DAYS),
        ("Each party shall submit a settlement statement two weeks before the conference.",
         date(2027, 8, 31), Unit.DAYS),
    ],
)
def test_days_counted_without_weekends_and_holidays_on_the_orders_word(
    sentence: str, due: date, unit: Unit
) -> None:
    order = parse_order(
        HEAD + "Days in this Order are counted excluding weekends and holidays. " + sentence + TAIL
    )
    deadline = compute_schedule(order).deadlines[0]
    assert (deadline.due_date, order.obligations[0].rule.unit) == (due, unit)


def test_an_order_that_spells_out_frcp_keeps_calendar_days() -> None:
    order = parse_order(
        HEAD + "In computing any period in this Order, count every day, including intermediate "
        'Saturdays, Sundays and legal holidays. "Days" means calendar days. Each party shall '
        "submit a settlement statement six (6) days before the conference." + TAIL
    )
    assert order.counting is None
    assert compute_schedule(order).deadlines[0].due_date == date(2027, 9, 8)


def test_the_counting_method_is_stored_with_the_order() -> None:
    order = parse_order(
        HEAD + FORWARD + " If a deadline falls on a weekend, it is due the preceding business "
        "day. Days in this Order are counted excluding weekends." + TAIL
    )
    assert order.counting is not None
    assert (order.counting.roll, order.counting.days_skip_closed) == (ClosedDayRoll.EARLIER, True)
    assert order_from_dict(order_to_dict(order)) == order
