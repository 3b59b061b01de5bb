"""Kinds found by session 13's spot checks: an ordinal weekday before the session ("the second
Friday preceding the conference"), and a signature line "s/ Name" under the last paragraph,
which ran on into that paragraph's last sentence (its lower-case "s" read as a continuation)
and left the duty flagged as an incomplete sentence, its quote ending in the signer's name."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import RuleKind
from settleconf.core.order_codec import order_from_dict, order_to_dict
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER\n\n"
TAIL = "\n\nIT IS SO ORDERED.\nDated: April 1, 2027\n/s/ Judge\n"
# Tuesday, June 15, 2027: the Fridays before it are June 11, June 4 and May 28.
SET = "A settlement conference is set for Tuesday, June 15, 2027, at 9:30 a.m. in Courtroom 6B."


@pytest.mark.parametrize(
    ("sentence", "due", "at", "described"),
    [
        ("Confidential statements shall be submitted by the second Friday preceding the "
         "conference.", date(2027, 6, 4), None, "the second Friday before the conference"),
        ("Each side shall serve its demand no later than 5:00 p.m. on the third Friday before "
         "the settlement conference.", date(2027, 5, 28), time(17, 0),
         "the third Friday before the conference by 17:00"),
        # the session's own weekday: a week back for the first, two for the second
        ("Letters are due by the 2nd Tuesday prior to the conference.", date(2027, 6, 1), None,
         "the second Tuesday before the conference"),
    ],
)
def test_an_ordinal_weekday_before_the_session(
    sentence: str, due: date, at: time | None, described: str
) -> None:
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    [d] = compute_schedule(order).deadlines
    rule = d.obligation.rule
    assert rule.kind is RuleKind.NAMED_WEEKDAY
    assert (d.due_date, d.due_time, d.needs_review) == (due, at, False)
    assert rule.describe() == described
    assert order_from_dict(order_to_dict(order)).obligations[0].rule == rule


def test_a_stored_weekday_rule_without_nth_is_the_first() -> None:
    order = parse_order(HEAD + SET + " Letters are due the Friday before the conference." + TAIL)
    stored = order_to_dict(order)
    for ob in stored["obligations"]:
        ob["rule"].pop("nth")  # as stored before the ordinal was read
    [d] = compute_schedule(order_from_dict(stored)).deadlines
    assert d.due_date == date(2027, 6, 11)


def test_a_signature_under_the_last_paragraph_is_not_the_sentence() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
        "1. A settlement conference will be held on Tuesday, June 15, 2027 at 10:00 a.m.\n\n"
        "2. Plaintiff's demand is due May 24, 2027, and Defendant's response by June 1, "
        "2027.\n\ns/ Anne B. Carter\nUnited States Magistrate Judge\n"
    )
    deadlines = compute_schedule(parse_order(text)).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [
        (date(2027, 5, 24), False),
        (date(2027, 6, 1), False),
    ]
    assert all(d.obligation.quote.endswith("June 1, 2027.") for d in deadlines)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deadline named as "the last day to ..." with a stated date after "is"
        ("The last day to submit confidential statements is June 7, 2027.",
         [("settlement_statement", date(2027, 6, 7))]),
        ("The last day by which Defendant may respond to the demand is Friday, May 21, 2027.",
         [("demand_response", date(2027, 5, 21))]),
        # "requires that" + a passive subjunctive with no party named: the parties' papers.
        # 30 days before Tue June 15 is Sun May 16, rolled back to Fri May 14 (FRCP 6(a)(5)).
        ("The Court requires that a settlement demand be made at least 30 days before the "
         "conference and that a counter-offer be made at least 15 days before the conference.",
         [("settlement_demand", date(2027, 5, 14)), ("counteroffer", date(2027, 5, 28))]),
        ("The Court further requires that each party submit a confidential letter at least "
         "seven days before the conference.", [("settlement_letter", date(2027, 6, 8))]),
    ],
)
def test_a_deadline_without_shall(sentence: str, expected: list[tuple[str, date]]) -> None:
    deadlines = compute_schedule(parse_order(HEAD + SET + " " + sentence + TAIL)).deadlines
    assert [(d.obligation.id, d.due_date) for d in deadlines] == expected
    assert not any(d.needs_review for d in deadlines)
