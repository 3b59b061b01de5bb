"""Deadline phrasing families, each in a small synthetic order, and how doubt is reported."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import Anchor, Obligation, Order, Rule, RuleKind
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import Direction, Unit

HEAD = (
    "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n"
    "A settlement conference is scheduled for Tuesday, June 4, 2024 at 10:00 a.m. "
    "in Courtroom 20A, 500 Pearl Street, New York, New York.\n\n"
)
TAIL = "\n\nSO ORDERED.\nDated: New York, New York\nMay 1, 2024\n"

BEFORE, AFTER = Direction.BEFORE, Direction.AFTER
CONF, ORDER = Anchor.CONFERENCE, Anchor.ORDER


def read(body: str) -> Order:
    return parse_order(HEAD + body + TAIL, source_name="synthetic.txt")


def only(body: str) -> Obligation:
    obligations = read(body).obligations
    assert len(obligations) == 1, [o.id for o in obligations]
    return obligations[0]


def relative(amount: int | None, unit: Unit | None, direction: Direction, anchor: Anchor) -> Rule:
    return Rule(RuleKind.RELATIVE, anchor=anchor, amount=amount, unit=unit, direction=direction)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "No later than five (5) business days before the conference, each party must "
            "e-mail an ex parte letter to chambers.",
            relative(5, Unit.BUSINESS_DAYS, BEFORE, CONF),
        ),
        (
            "At least seven days prior to the settlement conference, the parties must confer.",
            relative(7, Unit.DAYS, BEFORE, CONF),
        ),
        (
            "Each party shall lodge a statement 10 calendar days before the conference.",
            relative(10, Unit.DAYS, BEFORE, CONF),
        ),
        (
            "Each party shall lodge a statement three (3) court days before the conference.",
            relative(3, Unit.COURT_DAYS, BEFORE, CONF),
        ),
        (
            "Counsel shall confirm attendance 48 hours before the settlement conference.",
            relative(48, Unit.HOURS, BEFORE, CONF),
        ),
        (
            "A party participating by telephone should call (212) 805-6705 at least five (5) "
            "minutes prior to the commencement of the settlement conference.",
            relative(5, Unit.MINUTES, BEFORE, CONF),
        ),
        (
            "Each party shall submit a position paper two weeks before the conference.",
            relative(14, Unit.DAYS, BEFORE, CONF),
        ),
        (
            "Each party shall lodge its brief no later than fourteen (14) days before the date "
            "set for the settlement conference.",
            relative(14, Unit.DAYS, BEFORE, CONF),
        ),
        (
            "Counsel shall file a joint status report within 7 days of the date of this order.",
            relative(7, Unit.DAYS, AFTER, ORDER),
        ),
        (
            "Counsel shall file a joint status report within fourteen (14) days of entry of "
            "this Order.",
            relative(14, Unit.DAYS, AFTER, ORDER),
        ),
        (
            "Counsel shall file a dismissal within 30 days after the settlement conference.",
            relative(30, Unit.DAYS, AFTER, CONF),
        ),
    ],
)
def test_relative_periods(sentence: str, rule: Rule) -> None:
    ob = only(sentence)
    assert ob.rule == rule
    assert ob.quote == sentence
    assert not ob.needs_review, ob.review_reasons


@pytest.mark.parametrize(
    ("sentence", "fixed", "at"),
    [
        (
            "Settlement statements shall be submitted on or before May 24, 2024.",
            (2024, 5, 24),
            None,
        ),
        (
            "Statements shall be received by no later than 4:00 p.m. on Wednesday, May 22, 2024.",
            (2024, 5, 22),
            time(16, 0),
        ),
        ("Each party shall deliver its brief by noon on May 28, 2024.", (2024, 5, 28), time(12)),
        (
            "The parties are to exchange proposals, by fax, not later than 5:00 p.m. (EDT) on "
            "May 1, 2024.",
            (2024, 5, 1),
            time(17, 0),
        ),
        ("Plaintiff shall serve a demand no later than 5/20/2024.", (2024, 5, 20), None),
        ("No later than May 29, 2024, each party must submit a statement.", (2024, 5, 29), None),
    ],
)
def test_fixed_dates(sentence: str, fixed: tuple[int, int, int], at: time | None) -> None:
    ob = only(sentence)
    assert ob.rule == Rule(RuleKind.FIXED, fixed_date=date(*fixed), time_of_day=at)
    assert not ob.needs_review, ob.review_reasons


def test_close_of_business_is_five_pm_with_a_reason() -> None:
    ob = only("Settlement statements are due by the close of business on May 28, 2024.")
    assert ob.rule.fixed_date == date(2024, 5, 28)
    assert ob.rule.time_of_day == time(17, 0)
    assert ob.needs_review
    assert any("close of business" in r for r in ob.review_reasons)


@pytest.mark.parametrize(
    ("sentence", "at"),
    [
        (
            "Each party shall submit a statement by noon five (5) business days before the "
            "conference.",
            time(12),
        ),
        (
            "Each party shall submit a statement seven days before the conference, by 5:00 p.m.",
            time(17),
        ),
    ],
)
def test_time_of_day_on_relative_rules(sentence: str, at: time) -> None:
    ob = only(sentence)
    assert ob.rule.kind is RuleKind.RELATIVE and ob.rule.anchor is CONF
    assert ob.rule.time_of_day == at


def test_stated_date_beside_a_relative_rule() -> None:
    ob = only(
        "Ex parte submissions must be made five (5) business days prior to the conference, "
        "in this case May 28, 2024."
    )
    assert ob.rule.amount == 5 and ob.rule.unit is Unit.BUSINESS_DAYS
    assert ob.rule.stated_date == date(2024, 5, 28)
    assert ob.id == "ex_parte_submission"


def test_thereafter_hangs_on_the_step_before() -> None:
    order = read(
        "Plaintiff shall make a settlement demand no later than 21 days before the conference. "
        "Defendant shall respond no later than 7 days thereafter."
    )
    demand, response = order.obligations
    assert demand.id == "settlement_demand" and demand.who == "plaintiff"
    assert response.id == "demand_response" and response.who == "defendant"
    assert response.rule == Rule(
        RuleKind.AFTER_EVENT,
        anchor=Anchor.EVENT,
        amount=7,
        unit=Unit.DAYS,
        direction=AFTER,
        event="demand_made",
        trigger_obligation="settlement_demand",
    )


def test_receipt_of_a_demand() -> None:
    order = read(
        "Plaintiff shall serve a demand on or before May 1, 2024. Defendant shall respond "
        "within ten (10) days of receipt of the plaintiff's demand."
    )
    response = order.obligations[1]
    assert response.rule.kind is RuleKind.AFTER_EVENT
    assert (response.rule.event, response.rule.amount) == ("demand_received", 10)
    assert response.rule.trigger_obligation == "settlement_demand"


def test_two_duties_in_one_sentence() -> None:
    order = read(
        "Plaintiff shall serve a written settlement demand on defendant by May 10, 2024; "
        "defendant shall respond in writing by May 17, 2024."
    )
    assert [(o.id, o.who, o.rule.fixed_date) for o in order.obligations] == [
        ("settlement_demand", "plaintiff", date(2024, 5, 10)),
        ("demand_response", "defendant", date(2024, 5, 17)),
    ]


def test_event_without_a_period() -> None:
    ob = only(
        "Should the parties resolve the litigation prior to the conference date, they must "
        "notify the undersigned, in writing, expeditiously."
    )
    assert ob.rule == Rule(
        RuleKind.AFTER_EVENT, anchor=Anchor.EVENT, direction=AFTER, event="case_resolved"
    )
    assert ob.who == "parties"
    assert ob.condition == "only if the parties resolve the litigation prior to the conference date"


def test_notice_of_submission_follows_the_statement() -> None:
    order = read(
        "Each party shall submit a confidential settlement statement no later than May 28, "
        "2024. The parties shall also file a Notice of Submission of Confidential Settlement "
        "Statement."
    )
    notice = order.obligations[1]
    assert notice.id == "notice_of_submission"
    assert notice.rule.event == "settlement_statement_submitted"
    assert notice.rule.trigger_obligation == "settlement_statement"
    assert notice.needs_review


def test_copy_brought_to_the_conference() -> None:
    ob = read(
        "Each party shall submit a settlement statement by May 28, 2024. Counsel shall bring "
        "a hard copy of their settlement statement to the conference."
    ).obligations[1]
    assert ob.id == "hard_copy"
    assert ob.rule == relative(0, Unit.DAYS, BEFORE, CONF)
    assert ob.needs_review


def test_by_the_date_of_the_conference() -> None:
    ob = only(
        "It is the responsibility of counsel to ensure that discovery is completed by the "
        "date of the settlement conference."
    )
    assert ob.rule == relative(0, Unit.DAYS, BEFORE, CONF)
    assert ob.who == "counsel"


# --- doubt: every unsure reading is flagged, never silently guessed -------------------------


def reasons_of(sentence: str) -> tuple[Rule, tuple[str, ...]]:
    ob = only(sentence)
    assert ob.needs_review
    return ob.rule, ob.review_reasons


def test_no_period_stated() -> None:
    rule, reasons = reasons_of(
        "Prior to the settlement conference, the parties should have completed discovery."
    )
    assert rule == relative(None, None, BEFORE, CONF)
    assert any("sets no period" in r for r in reasons)


def test_unknown_anchor() -> None:
    rule, reasons = reasons_of("Each party shall file a brief no later than 3 days before trial.")
    assert rule.anchor is None and rule.amount == 3
    assert any("'trial'" in r for r in reasons)


def test_months_are_counted_as_calendar_months() -> None:
    # FRCP 6(a)(1) reaches "days or a longer unit": counted in core.counting (phrasings19).
    rule, reasons = reasons_of("Counsel shall report within two months after the conference.")
    assert (rule.amount, rule.unit, rule.direction) == (2, Unit.MONTHS, Direction.AFTER)
    assert any("same day of the month" in r for r in reasons)


def test_period_without_anchor_is_counted_from_the_order_with_review() -> None:
    rule, reasons = reasons_of("Counsel must contact chambers within a week.")
    assert rule == relative(7, Unit.DAYS, AFTER, ORDER)
    assert any("does not say what the period runs from" in r for r in reasons)


def test_date_without_year() -> None:
    rule, reasons = reasons_of("Settlement briefs must be received no later than May 29.")
    assert rule.fixed_date == date(2024, 5, 29)
    assert any("no year" in r for r in reasons)


def test_weekday_that_does_not_match_the_date() -> None:
    rule, reasons = reasons_of("Statements shall be received on or before Monday, May 22, 2024.")
    assert rule.fixed_date == date(2024, 5, 22)
    assert any("Wednesday" in r for r in reasons)


def test_words_and_digits_disagree() -> None:
    rule, reasons = reasons_of(
        "Each party shall submit a letter five (7) days before the conference."
    )
    assert rule.amount == 7
    assert any("two ways" in r for r in reasons)


def test_alternative_period_in_the_sentence() -> None:
    rule, reasons = reasons_of(
        "No later than 7 days before the settlement conference (or 14 days for cases "
        "involving 4 or more parties), each party must lodge a statement."
    )
    assert rule.amount == 7
    assert any("14 days" in r for r in reasons)


def test_whichever_is_earlier_is_one_duty_dated_two_ways_and_flagged() -> None:
    # was two duties, each flagged; one duty carrying both ways since either_or.py (p16)
    order = read(
        "Each party shall lodge its brief no later than 14 days before the conference, or 5 "
        "days after the close of discovery, whichever is earlier."
    )
    (ob,) = order.obligations
    assert ob.rule.alternative is not None and ob.rule.choose == "earlier"
    assert ob.needs_review


def test_prohibition() -> None:
    _, reasons = reasons_of(
        "The parties shall not contact chambers within 48 hours of the conference."
    )
    assert any("forbids" in r for r in reasons)


def test_margin_numbers_inside_a_phrase() -> None:
    text = (
        "1 2 3 4 5 6 7 8 UNITED STATES DISTRICT COURT EASTERN DISTRICT OF CALIFORNIA 9 "
        "A settlement conference is set for November 12, 2020, at 9:30 a.m. in Courtroom 8. "
        "10 Parties are directed to submit confidential settlement statements no later than 8 "
        "November 5, 2020, to chambers. 11 Each party shall provide a statement seven (7) 12 "
        "13 days prior to the settlement conference."
    )
    statements = parse_order(text).obligations
    assert [o.rule.fixed_date for o in statements] == [date(2020, 11, 5), None]
    assert statements[1].rule.amount == 7
    assert all(any("margin" in r for r in o.review_reasons) for o in statements)


def test_deadline_phrase_with_no_duty_becomes_a_warning() -> None:
    order = read("The order of referral asked that a conference be scheduled by July 15, 2024.")
    assert order.obligations == ()
    assert any("by July 15, 2024" in w and "tells no party" in w for w in order.warnings)


def test_court_duties_are_not_obligations() -> None:
    order = read(
        "The courtroom deputy shall send the Zoom link to counsel on or before June 3, 2024."
    )
    assert order.obligations == ()
    assert order.conference.link_delivery is not None


def test_cut_off_sentence() -> None:
    order = parse_order(
        HEAD + "Each party shall submit a statement by May 28, 2024, which shall incl"
    )
    (ob,) = order.obligations
    assert ob.rule.fixed_date == date(2024, 5, 28)
    assert any("cut off" in r for r in ob.review_reasons)
    assert any("truncated" in w for w in order.warnings)


def test_fixed_date_after_the_conference_is_flagged() -> None:
    _, reasons = reasons_of("Each party shall submit a statement no later than June 28, 2024.")
    assert any("after the conference" in r for r in reasons)


def test_repeated_docket_summary_is_one_obligation() -> None:
    sentence = (
        "The parties are directed to submit settlement statements no later than May 28, 2024."
    )
    order = read(f"{sentence}\n\n{sentence}")
    assert [o.id for o in order.obligations] == ["settlement_statement"]


def test_ids_are_unique_and_say_whose() -> None:
    order = read(
        "Defendants shall provide a settlement statement no later than May 28, 2024. Plaintiff "
        "shall mail his settlement statement so that it arrives no later than May 28, 2024."
    )
    assert [o.id for o in order.obligations] == [
        "settlement_statement",
        "settlement_statement_plaintiff",
    ]


def test_party_duty_beside_a_court_duty_in_one_sentence() -> None:
    order = read(
        "The Court shall e-mail the Zoom link by May 31, 2024, and each party shall submit a "
        "settlement statement by May 28, 2024."
    )
    assert [(o.id, o.who, o.rule.fixed_date) for o in order.obligations] == [
        ("settlement_statement", "each party", date(2024, 5, 28))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each party shall submit a statement seven (7) days before the settlement conference, "
        "i.e., no later than May 28, 2024.",
        "Each party shall submit a statement no later than May 28, 2024 (seven days before "
        "the conference).",
        "Each party shall submit a statement seven days before the conference (i.e., by May 28, "
        "2024).",
    ],
)
def test_period_and_the_date_it_works_out_to_are_one_deadline(sentence: str) -> None:
    ob = only(sentence)
    assert ob.rule.kind is RuleKind.RELATIVE and ob.rule.amount == 7
    assert ob.rule.stated_date == date(2024, 5, 28)
    assert not ob.needs_review


def test_full_court_days() -> None:
    ob = only("Each party shall lodge a statement three (3) full court days before the conference.")
    assert (ob.rule.amount, ob.rule.unit) == (3, Unit.COURT_DAYS)


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        (
            "By May 28, 2024, the parties shall, if they have not already done so, submit a "
            "settlement statement.",
            "only if they have not already submitted",
        ),
        (
            "Unless otherwise ordered, each party shall submit a statement by May 28, 2024.",
            "unless otherwise ordered",
        ),
        (
            "Each party shall submit a statement by May 28, 2024 if the case has not settled.",
            "only if the case has not settled",
        ),
    ],
)
def test_conditions(sentence: str, condition: str) -> None:
    assert only(sentence).condition == condition
