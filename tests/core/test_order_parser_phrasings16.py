"""Kinds the sixteenth phrasing set (tests/corpus/phrasings16: duties that point elsewhere or
hang on each other) found, probed in other wording: a duty counted from another duty's due
date ("the response is due seven days after the demand is due", "two business days after the
opening statements are due", "the same day as the ex parte letters", "no later than the date
the settlement statements are due") read as waiting on an event, or not read at all; a duty
dated two ways with the one that applies named ("the earlier of fourteen days before the
conference or June 1", "whichever is later", "but in no event later than") shown at the stated
date, or as two duties, each sure."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_codec import order_from_dict, order_to_dict
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


# -- one duty dated two ways ---------------------------------------------------------------
# The conference is Wednesday, June 23, 2027; the order is dated April 1, 2027.


@pytest.mark.parametrize(
    ("duty", "due"),
    [
        # fourteen days before is June 9, earlier than June 14
        ("Each party's memorandum is due by the earlier of fourteen (14) days before the "
         "conference or June 14, 2027.", date(2027, 6, 9)),
        ("Each party's memorandum is due by the earlier of June 4, 2027 or fourteen (14) days "
         "before the conference.", date(2027, 6, 4)),
        # the later of May 20 and June 9
        ("Plaintiff's demand must be served by May 20, 2027, or fourteen (14) days before the "
         "conference, whichever is later.", date(2027, 6, 9)),
        # five business days before skip the observed Juneteenth (June 18): June 15
        ("Plaintiff shall serve a demand by the later of five business days before the "
         "conference or June 1, 2027.", date(2027, 6, 15)),
        # thirty days from April 1 is May 1, a Saturday: Monday, May 3; the cap is May 24
        ("Plaintiff shall serve a demand within thirty (30) days of the date of this Order, but "
         "in no event later than thirty (30) days before the conference.", date(2027, 5, 3)),
        # seven days before is June 16, earlier than the cap
        ("Each party must lodge a statement seven (7) days before the conference, but not "
         "later than June 18, 2027.", date(2027, 6, 16)),
    ],
)
def test_a_duty_dated_two_ways_takes_the_one_the_order_names(duty: str, due: date) -> None:
    dues = _dues(duty)
    assert dues == {duty: (due, False)}


@pytest.mark.parametrize(
    "duty",
    [
        "Plaintiff shall serve a demand no later than June 4, 2027, or ten (10) days after the "
        "close of fact discovery, whichever is earlier.",
        "Plaintiff shall serve a demand by the earlier of June 4, 2027, or twenty days after "
        "the mediator's report.",
    ],
)
def test_an_undated_event_as_the_other_way_leaves_the_stated_date_flagged(duty: str) -> None:
    assert _dues(duty) == {duty: (date(2027, 6, 4), True)}


def test_the_choice_survives_the_store_and_follows_a_moved_conference() -> None:
    duty = (
        "Each party's memorandum is due by the earlier of fourteen (14) days before the "
        "conference or June 14, 2027."
    )
    order = order_from_dict(order_to_dict(parse_order(HEAD + duty + SIGNED)))
    moved = order.conference.__class__(date(2027, 7, 14), None, None)
    # fourteen days before July 14 is June 30: now June 14 is the earlier
    assert compute_schedule(order, conference=moved).deadlines[0].due_date == date(2027, 6, 14)


def test_two_duties_in_one_sentence_are_not_joined() -> None:
    text = (
        "Plaintiff shall serve its demand by June 1, 2027, and Defendant shall respond seven "
        "(7) days before the conference, whichever is earlier."
    )
    order = parse_order(HEAD + text + SIGNED)
    assert all(ob.rule.alternative is None for ob in order.obligations)


# -- a duty dated by another paragraph's deadline -------------------------------------------
PARAS = (
    "1. Plaintiff shall serve a written demand no later than thirty (30) days before the "
    "conference.\n\n"
    "2. Each party shall lodge a confidential statement no later than seven (7) days before "
    "the conference.\n\n"
    "3. Counsel must attend with a client representative.\n\n"
)


@pytest.mark.parametrize(
    ("pointer", "due"),
    [
        ("4. Any supplemental statement is subject to the deadline in ¶ 2.", date(2027, 6, 16)),
        ("4. The time limits set in paragraph 1 apply to any revised demand.", date(2027, 5, 24)),
        ("4. Each party shall name its insurer to chambers by the date set in para. 2.",
         date(2027, 6, 16)),
    ],
)
def test_a_duty_borrowing_another_paragraphs_deadline(pointer: str, due: date) -> None:
    dues = _dues(PARAS + pointer)
    got = [d for q, (d, review) in dues.items() if q.startswith(pointer[3:30]) and not review]
    assert got == [due]


def test_a_pointer_to_a_paragraph_without_a_dated_duty_is_not_dated() -> None:
    pointer = "4. Each party shall name its insurer by the deadline in ¶ 3."
    dues = _dues(PARAS + pointer)
    assert all(not q.startswith("Each party shall name") for q in dues)


# -- rules the order incorporates without setting them out ----------------------------------
def _incorporated(text: str) -> list[str]:
    from settleconf.core.order_parser.incorporated_rules import INCORPORATED

    order = parse_order(HEAD + text + SIGNED)
    return [w for w in order.warnings if w.startswith(INCORPORATED)]


@pytest.mark.parametrize(
    "text",
    [
        "Counsel shall follow the undersigned's Settlement Conference Guidelines, posted at "
        "www.example.uscourts.gov, in preparing for the conference.",
        "The parties shall comply with Local Civil Rule 83.9(c), which is not reproduced here.",
        "The Court's Standing Order on Settlement Procedures, available from the Clerk, applies "
        "in full.",
    ],
)
def test_rules_kept_elsewhere_are_warned_of_not_dated(text: str) -> None:
    warned = _incorporated(DEMAND + "\n\n" + text)
    assert len(warned) == 1 and "not read here" in warned[0]
    dues = _dues(DEMAND + "\n\n" + text)
    assert [d for d, _ in dues.values() if d] == [date(2027, 5, 24)]


@pytest.mark.parametrize(
    "text",
    [
        "The parties shall comply with the Settlement Conference Procedures attached as "
        "Exhibit A.",
        "The parties shall comply with the Court's Standing Order on Settlement Conferences "
        "(attached), which is available on the Court's website.",
        "The settlement conference statement shall state the amount in controversy.",
    ],
)
def test_pasted_or_absent_rules_need_no_warning(text: str) -> None:
    assert _incorporated(DEMAND + "\n\n" + text) == []


# -- lettered items under one lead-in period ------------------------------------------------
@pytest.mark.parametrize(
    "items",
    [
        "(a) lodge a confidential statement; (b) list its attendees; and (c) exchange exhibits.",
        "(i) lodge a confidential statement; (ii) list its attendees; or (iii) exchange exhibits.",
    ],
)
def test_each_item_under_a_lead_in_period_is_a_duty(items: str) -> None:
    text = "Not later than ten (10) days before the conference, each party must:\n\n" + items
    order = parse_order(HEAD + text + SIGNED)
    dues = [d.due_date for d in compute_schedule(order).deadlines]
    # ten days before June 23, 2027 is Sunday, June 13: Friday, June 11
    assert dues == [date(2027, 6, 11)] * 3
    assert [o.quote for o in order.obligations][1] == "list its attendees"


def test_an_item_that_dates_itself_keeps_its_date() -> None:
    text = (
        "Not later than ten (10) days before the conference, each party must:\n\n"
        "(a) lodge a confidential statement; and (b) file a notice of its insurer, which "
        "notice shall be filed by June 1, 2027."
    )
    dues = sorted(
        d.due_date for d in compute_schedule(parse_order(HEAD + text + SIGNED)).deadlines
        if d.due_date
    )
    assert dues == [date(2027, 6, 1), date(2027, 6, 11)]


def test_lettered_items_without_a_lead_in_period_are_left_alone() -> None:
    text = "Each party's statement shall address:\n\n(a) liability; (b) damages; and (c) costs."
    order = parse_order(HEAD + DEMAND + "\n\n" + text + SIGNED)
    assert all(o.quote not in ("liability", "damages", "costs") for o in order.obligations)
