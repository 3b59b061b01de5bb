"""Issue #13 kinds on unseen orders: stated dates, conditions, windows and triggers.

Every sentence here is written for the test, several wordings of each kind, so that a
fix has to cover the kind rather than one order's sentence.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, RuleKind
from settleconf.core.periods import Direction, Unit
from tests.core.unseen_orders import only, read

# --- Rule plus stated date ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At least one week before the conference (i.e., by May 28, 2024), each party shall "
        "deliver a written offer.",
        "Each party shall deliver a written offer at least one week prior to the settlement "
        "conference (on or before May 28, 2024).",
        "Each party shall deliver a written offer seven (7) days before the conference, that "
        "is, May 28, 2024.",
    ],
)
def test_a_rule_with_its_stated_date_in_brackets_agrees(sentence: str) -> None:
    order = read(sentence)
    [ob] = order.obligations
    assert (ob.rule.amount, ob.rule.stated_date) == (7, date(2024, 5, 28))
    [d] = compute_deadlines(order)
    assert (d.due_date, d.needs_review) == (date(2024, 5, 28), False)


def test_a_stated_date_that_disagrees_with_its_rule_is_flagged_and_acted_on_first() -> None:
    order = read(
        "Each party shall deliver a written offer at least one week prior to the settlement "
        "conference (on or before May 24, 2024)."
    )
    [d] = compute_deadlines(order)
    # The stated date is due; the rule's date is the flagged other reading.
    assert d.needs_review and (d.due_date, d.act_on_date) == (date(2024, 5, 24), date(2024, 5, 24))
    assert [a.due_date for a in d.alternatives] == [date(2024, 5, 28)]


# --- Conditional filings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who", "condition"),
    [
        (
            "Counsel may attend by video upon a request filed by May 20, 2024.",
            "counsel",
            "only if counsel chooses to attend by video",
        ),
        (
            "Any party may appear by telephone if it files a request no later than May 20, 2024.",
            "each party",
            "only if a party chooses to appear by telephone",
        ),
        (
            "Plaintiff may participate remotely, provided that a written request is e-mailed "
            "to chambers on or before May 20, 2024.",
            "plaintiff",
            "only if the plaintiff chooses to participate remotely",
        ),
        (
            "If a party wishes to appear remotely, it must file a request no later than May 20, "
            "2024.",
            "each party",
            "only if a party wishes to appear remotely",
        ),
    ],
)
def test_a_permission_with_a_deadline_is_a_conditional_duty(
    sentence: str, who: str, condition: str
) -> None:
    order = read(sentence)
    [ob] = order.obligations
    assert (ob.rule.fixed_date, ob.who, ob.condition) == (date(2024, 5, 20), who, condition)
    assert not any("tells no party to act" in w for w in order.warnings)


# --- Windows and open ends ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The parties shall exchange exhibits at any time from the date of this order up to "
        "the conference.",
        "The parties may confer, and shall exchange their offers, at any time up until the "
        "settlement conference.",
    ],
)
def test_a_window_up_to_the_conference_is_due_on_the_conference_day(sentence: str) -> None:
    order = read(sentence)
    dues = [d for d in compute_deadlines(order) if d.due_date is not None]
    assert [d.due_date for d in dues] == [date(2024, 6, 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Statements must be received by chambers between May 20, 2024 and May 28, 2024.",
        "The parties shall meet and confer between May 20 and May 28, 2024.",
    ],
)
def test_a_window_between_two_dates_is_due_by_its_end(sentence: str) -> None:
    assert only(sentence).rule.fixed_date == date(2024, 5, 28)


@pytest.mark.parametrize(
    ("sentence", "expected", "at"),
    [
        (
            "Each party shall deliver its statement no later than the day before the conference.",
            date(2024, 6, 3),
            None,
        ),
        (
            "Each party shall deliver its statement by noon on the business day before the "
            "conference.",
            date(2024, 6, 3),
            time(12, 0),
        ),
        (
            "Statements may be submitted at any time before the conference, but no later than "
            "May 28, 2024.",
            date(2024, 5, 28),
            None,
        ),
        (
            "Each party may exchange exhibits at any time, but in any event by May 30, 2024.",
            date(2024, 5, 30),
            None,
        ),
    ],
)
def test_open_ends_and_the_day_before(sentence: str, expected: date, at: time | None) -> None:
    order = read(sentence)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.due_time, d.obligation.condition) == (expected, at, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Counsel shall check in with the courtroom deputy before the conference begins.",
        "The parties shall read all settlement letters prior to the commencement of the "
        "conference.",
        "Each participant must sign the confidentiality form before the start of the "
        "settlement conference.",
    ],
)
def test_before_the_conference_begins_is_due_by_its_start_time(sentence: str) -> None:
    order = read(sentence)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.due_time) == (date(2024, 6, 4), time(10, 0))
    assert (d.obligation.rule.amount, d.obligation.rule.unit) == (0, Unit.MINUTES)


@pytest.mark.parametrize(
    "sentence",
    ["All persons attending must arrive at least fifteen minutes beforehand.",
     "Everyone attending the conference must arrive at least 15 minutes beforehand."],
)
def test_beforehand_counts_back_from_the_conference(sentence: str) -> None:
    order = read(sentence)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.due_time) == (date(2024, 6, 4), time(9, 45))


@pytest.mark.parametrize(
    "sentence",
    [
        "Plaintiff is to appear by video conference.",
        "Parties will be required to appear by video conference from their offices.",
    ],
)
def test_by_video_conference_is_how_not_when(sentence: str) -> None:
    assert read(sentence).obligations == ()


# --- Triggers other than the conference -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Defendant shall respond within ten (10) days after receipt of Plaintiff's written "
            "settlement demand.",
            "demand_received",
        ),
        ("Defendant shall respond within seven days after service of the demand.", "demand_served"),
        (
            "Defendant shall respond within 14 days from the date the demand is received.",
            "demand_received",
        ),
        (
            "Each party shall lodge a position statement within 21 days after the filing of "
            "the joint status report.",
            "report_filed",
        ),
        (
            "Defendant shall reply within five business days of receipt of the opposing "
            "party's initial settlement proposal.",
            "proposal_received",
        ),
    ],
)
def test_a_period_after_a_named_event_runs_from_that_event(sentence: str, event: str) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.anchor, ob.rule.event) == (
        RuleKind.AFTER_EVENT, Anchor.EVENT, event
    )
    assert not any("no date here" in r for r in ob.review_reasons)


@pytest.mark.parametrize(
    "response",
    [
        "Defendant shall respond within 14 days of receiving it.",
        "Defendant shall respond to the demand within ten days of its receipt.",
        "Defendant shall answer within seven days after receipt thereof.",
    ],
)
def test_a_trigger_named_by_a_pronoun_is_the_paper_before_it(response: str) -> None:
    order = read(f"Plaintiff shall serve a written demand by May 10, 2024. {response}")
    demand, answer = order.obligations
    assert (answer.rule.kind, answer.rule.event, answer.rule.trigger_obligation) == (
        RuleKind.AFTER_EVENT, "demand_received", demand.id
    )


@pytest.mark.parametrize(
    "response",
    [
        "Defendant shall respond within ten days of the demand.",
        "Defendant shall respond within seven days after Plaintiff's settlement demand.",
    ],
)
def test_a_period_from_a_bare_demand_is_counted_from_its_making_and_flagged(response: str) -> None:
    order = read(f"Plaintiff shall serve a written demand by May 10, 2024. {response}")
    demand, answer = order.obligations
    assert (answer.rule.kind, answer.rule.event, answer.rule.trigger_obligation) == (
        RuleKind.AFTER_EVENT, "demand_made", demand.id
    )
    assert answer.needs_review and any("made or received" in r for r in answer.review_reasons)


def test_a_response_to_a_received_demand_hangs_on_the_demand() -> None:
    order = read(
        "Plaintiff shall serve a written demand by May 10, 2024. Defendant shall respond "
        "within ten days after receipt of the demand."
    )
    demand, response = order.obligations
    assert response.id == "demand_response"
    assert (response.rule.event, response.rule.trigger_obligation) == (
        "demand_received", demand.id
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Within ten days after the filing date of this order, plaintiff shall return the form.",
        "Plaintiff shall return the form within ten days of the entry date of this order.",
    ],
)
def test_the_orders_filing_date_is_the_order(sentence: str) -> None:
    ob = only(sentence)
    assert (ob.rule.anchor, ob.rule.amount, ob.rule.direction) == (
        Anchor.ORDER, 10, Direction.AFTER
    )


# --- Duties done with another, and a date that does not name the conference -----------


@pytest.mark.parametrize("word", ["simultaneously", "concurrently", "at the same time"])
def test_a_duty_done_at_the_same_time_is_dated_with_it(word: str) -> None:
    order = read(
        "The parties shall exchange settlement statements seven days before the conference. "
        f"These statements shall {word} be e-mailed to the court."
    )
    dues = {d.id: d.due_date for d in compute_deadlines(order)}
    assert sorted(dues.values()) == [date(2024, 5, 28)] * 2, dues


@pytest.mark.parametrize(
    ("sentence", "moved_to"),
    [
        (
            "The dispositive motion filing deadline is continued from September 30, 2024, to "
            "February 10, 2025, to allow time for settlement.",
            date(2025, 2, 10),
        ),
        ("The deadline to file settlement statements is extended to May 24, 2024.",
         date(2024, 5, 24)),
    ],
)
def test_a_moved_deadline_is_due_where_it_was_moved_to(sentence: str, moved_to: date) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.fixed_date) == (RuleKind.FIXED, moved_to)
    assert ob.needs_review  # nobody is named: who must meet it is for a person to check
