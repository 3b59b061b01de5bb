"""Duties whose parts are spread out, from the blind twenty-ninth set (session 15), tested on
sentences of their own: items under a lead-in that stand one to a line or carry an exception,
a lead-in that is no "shall:" ("The following shall be completed ... :"), the court wanting a
paper ("The Court requires the position papers no later than ..."), "the same deadline
applies to ...", "no later than the deadline for ...", and "DONE and ORDERED this <date>"."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from tests.core.s15_order_text import HEAD, TAIL

# seven business days back from Tue Sep 14, 2027: Sep 13, 10, 9, 8, 7, (Labor Day, Mon Sep 6,
# skipped) 3, 2 -- Thu Sep 2
SEVEN_BUSINESS = date(2027, 9, 2)


def _dues(body: str) -> list[date | None]:
    return [d.due_date for d in compute_schedule(parse_order(HEAD + body + TAIL)).deadlines]


@pytest.mark.parametrize(
    "items",
    [
        "1. deliver to chambers a confidential settlement statement;\n"
        "2. exchange with opposing counsel a summary of their positions;\n"
        "3. confirm in writing that each representative will attend in person.\n",
        "a. Plaintiff's written settlement demand, served on Defendant;\n"
        "b. each party's confidential statement, e-mailed to chambers;\n"
        "c. a joint letter naming all persons who will attend.\n",
    ],
)
def test_items_one_to_a_line_take_the_lead_ins_period(items: str) -> None:
    body = (
        "The following shall be completed no later than seven (7) business days before the "
        "settlement conference:\n\n" + items
    )
    assert _dues(body) == [SEVEN_BUSINESS] * 3


def test_an_items_exception_is_its_own_duty_and_the_item_keeps_the_lead_in() -> None:
    body = (
        "No later than seven (7) business days before the conference, the parties shall:\n\n"
        "   (A) submit confidential statements; (B) exchange written positions; and (C) file a "
        "joint notice of attendees,\n   except that any request to excuse a representative "
        "shall be made by letter no later than August 20, 2027."
    )
    assert sorted(d for d in _dues(body) if d) == [date(2027, 8, 20)] + [SEVEN_BUSINESS] * 3


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("The Court requires the position papers no later than two weeks before the "
         "settlement conference.", date(2027, 8, 31)),
        ("The undersigned expects each party's confidential letter by September 7, 2027.",
         date(2027, 9, 7)),
    ],
)
def test_a_paper_the_court_requires_is_the_parties_duty(sentence: str, due: date) -> None:
    assert _dues(sentence) == [due]


def test_the_same_deadline_and_the_deadline_for_point_at_the_duty_before() -> None:
    body = (
        "Confidential statements must be received by chambers seven (7) business days before "
        "the conference. The same deadline applies to any request that a representative "
        "appear by video. A party seeking to excuse its insurer shall file a motion no later "
        "than the deadline for confidential statements."
    )
    assert _dues(body) == [SEVEN_BUSINESS] * 3


def test_done_and_ordered_this_date_is_the_orders_date() -> None:
    order = parse_order(
        HEAD + "Plaintiff shall serve a demand within twenty-one (21) days of this Order."
        "\n\nDONE and ORDERED this July 9, 2027.\n\ns/ Jane Roe\n"
    )
    # Fri Jul 9 + 21 = Fri Jul 30
    assert order.order_date == date(2027, 7, 9)
    assert compute_schedule(order).deadlines[0].due_date == date(2027, 7, 30)


def test_a_letter_orders_closing_dates_it() -> None:
    order = parse_order(
        HEAD + "Plaintiff shall serve a written settlement demand by January 5, 2027.\n\n"
        "December 7, 2026                   Very truly yours,\n\n"
        "                                   /s/ Jane Roe\n"
    )
    assert order.order_date == date(2026, 12, 7)
