"""Kinds the sixteenth phrasing set (tests/corpus/phrasings16: duties that point elsewhere or
hang on each other) found, probed in other wording: a duty counted from another duty's due
date ("the response is due seven days after the demand is due", "two business days after the
opening statements are due", "the same day as the ex parte letters", "no later than the date
the settlement statements are due") read as waiting on an event, or not read at all."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER\n\n"
    "A settlement conference is set for Wednesday, June 23, 2027, at 10:00 a.m.\n\n"
)
SIGNED = "\n\nDated: April 1, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
# Thirty days before June 23, 2027 is Monday, May 24.
DEMAND = (
    "Plaintiff shall serve a written demand no later than thirty (30) days before the conference."
)


def _dues(text: str) -> dict[str, tuple[date | None, bool]]:
    schedule = compute_schedule(parse_order(HEAD + text + SIGNED))
    return {d.obligation.quote: (d.due_date, d.needs_review) for d in schedule.deadlines}


@pytest.mark.parametrize(
    ("chained", "due"),
    [
        # 7 days after Monday, May 24 is Monday, May 31: Memorial Day, so June 1
        ("Defendant's counteroffer is due seven (7) days after the demand is due.",
         date(2027, 6, 1)),
        ("Defendant shall answer it within three business days after the demand is due.",
         date(2027, 5, 27)),
        ("Defendant shall reply two weeks after the date the demand is due.", date(2027, 6, 7)),
        ("Defendant's position letter shall be served the same day as the demand.",
         date(2027, 5, 24)),
        ("Each party shall identify its insurers no later than the date the demand is due.",
         date(2027, 5, 24)),
    ],
)
def test_a_duty_counted_from_another_duty_is_dated(chained: str, due: date) -> None:
    dues = _dues(DEMAND + "\n\n" + chained)
    assert dues[DEMAND] == (date(2027, 5, 24), False)
    assert dues[chained] == (due, False)


def test_a_chain_of_three_counts_from_each_step() -> None:
    text = (
        DEMAND + "\n\nDefendant's offer is due ten (10) days after the demand is due.\n\n"
        "Each party's memorandum is due two (2) business days after the offer is due."
    )
    # May 24 + 10 = Thursday, June 3; two business days on: Monday, June 7
    got = sorted(d for d, _ in _dues(text).values() if d)
    assert got == [date(2027, 5, 24), date(2027, 6, 3), date(2027, 6, 7)]


def test_the_rule_names_the_duty_counted_from() -> None:
    order = parse_order(
        HEAD + DEMAND + "\n\nDefendant shall respond within 14 days after the demand is due."
        + SIGNED
    )
    chained = order.obligations[-1]
    assert chained.rule.kind is RuleKind.RELATIVE
    assert chained.rule.anchor is Anchor.SESSION
    assert chained.rule.session == order.obligations[0].id


@pytest.mark.parametrize(
    "event",
    [
        "Defendant shall respond within ten (10) days after the demand is received.",
        "Defendant shall respond within ten (10) days after receiving the demand.",
        "Defendant shall respond ten days after the plaintiff's demand is served.",
    ],
)
def test_a_duty_after_the_demand_arrives_still_waits_on_it(event: str) -> None:
    dues = _dues(DEMAND + "\n\n" + event)
    assert dues[event][0] is None


def test_no_duty_to_count_from_leaves_it_undated() -> None:
    text = "Defendant's reply is due seven days after the rebuttal brief is due."
    dues = _dues(DEMAND + "\n\n" + text)
    assert all(d != date(2027, 5, 31) for d, _ in dues.values())
    assert text not in dues or dues[text][0] is None or dues[text][1]


def test_the_same_day_as_the_conference_is_no_duty_to_count_from() -> None:
    text = "Each party shall bring its exhibits on the same day as the conference."
    order = parse_order(HEAD + DEMAND + "\n\n" + text + SIGNED)
    assert all(ob.rule.anchor is not Anchor.SESSION for ob in order.obligations)
