"""A deadline named by what it is for, an ordinal day with its numeral, and an exception."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\n\nORDER\n\n"
    "This matter is set for a settlement conference on Monday, November 8, 2027, at 1:00 p.m.\n\n"
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDate: October 4, 2027\n"


@pytest.mark.parametrize(
    ("sentence", "due", "who"),
    [
        # Mon Nov 8 - 14 days = Mon Oct 25
        ("The deadline to exchange written offers is fourteen (14) days before the conference.",
         date(2027, 10, 25), "parties"),
        ("The deadline for submitting confidential settlement statements is seven days before "
         "the conference.", date(2027, 11, 1), "parties"),
        ("The due date for Plaintiff's written demand shall be twenty-one days before the "
         "conference.", date(2027, 10, 18), "plaintiff"),
        # the tenth day preceding: Fri Oct 29
        ("On or before the tenth (10th) day preceding the settlement conference, each party "
         "shall file a notice naming its representative.", date(2027, 10, 29), "each party"),
    ],
)
def test_the_deadline_is_read_with_its_owner(sentence: str, due: date, who: str) -> None:
    [d] = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert (d.due_date, d.needs_review, d.obligation.who) == (due, False, who)


def test_an_exception_about_when_is_flagged() -> None:
    sentence = (
        "Position statements are due fourteen days before the conference, except that if the "
        "conference falls on a Monday they are due the preceding Friday."
    )
    [d] = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert d.needs_review
    assert any("exception" in r for r in d.obligation.review_reasons)


def test_an_exception_about_something_else_is_not() -> None:
    sentence = (
        "Each party shall lodge a settlement statement seven days before the conference and "
        "serve it on the other side unless it is marked confidential."
    )
    [d] = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 11, 1), False)


def test_a_paper_that_may_be_sent_by_a_deadline_is_a_choice_with_that_deadline() -> None:
    sentence = (
        "Supplemental statements may be submitted no later than two business days prior to "
        "the conference."
    )
    [d] = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    # Mon Nov 8 - 2 business days = Thu Nov 4 (Fri Nov 5 is one)
    assert (d.due_date, d.needs_review) == (date(2027, 11, 4), False)
    assert d.obligation.condition == "only if a party chooses to submit supplemental statements"


def test_two_dates_respectively_without_a_year_are_both_deadlines() -> None:
    sentence = (
        "The parties shall exchange demand and offer letters by October 18 and October 25, "
        "respectively."
    )
    dates = sorted(
        (d.due_date, d.needs_review)
        for d in compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    )
    # The second date was dropped without a word before; both are flagged (who owes which).
    assert dates == [(date(2027, 10, 18), True), (date(2027, 10, 25), True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ex parte statements due 10/29.",
        "Pre-conference submissions due 10/29 (ex parte, by e-mail to chambers, 5 pages max).",
    ],
)
def test_a_month_and_day_after_due_is_dated_with_its_year_guessed(sentence: str) -> None:
    [d] = compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 10, 29), True)
    assert any("no year for '10/29'" in r for r in d.obligation.review_reasons)


def test_a_ratio_or_a_rule_is_no_date() -> None:
    sentence = "Each party shall bear 1/2 of the mediator's fee and comply with Rule 16/26."
    assert compute_schedule(parse_order(HEAD + sentence + TAIL)).deadlines == ()


def test_after_it_receives_the_demand_and_in_any_event_by_a_date_is_one_duty() -> None:
    sentence = (
        "Plaintiff must send a written demand by October 15, 2027. Defendant must reply in "
        "writing within ten days after it receives the demand, and in any event not later "
        "than October 29, 2027."
    )
    schedule = compute_schedule(parse_order(HEAD + sentence + TAIL))
    reply = schedule.get("demand_response")
    assert reply is not None
    assert reply.obligation.rule.event == "demand_received"
    assert reply.obligation.rule.alternative is not None  # the two ways, the earlier taken
    assert (reply.due_date, reply.needs_review) == (date(2027, 10, 29), True)
    assert [d.id for d in schedule.deadlines] == ["settlement_demand", "demand_response"]
