"""The deadline engine on hand-built orders: exact dates, readings, and the warnings it raises."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.order import (
    Anchor,
    Conference,
    ConferenceFormat,
    Obligation,
    Order,
    Paragraph,
    Rule,
    RuleKind,
)
from settleconf.core.periods import Direction, Unit

CONF = Conference(
    date=date(2024, 5, 28),
    time=time(14, 30),
    timezone="America/New_York",
    format=ConferenceFormat.VIDEO,
    platform="Microsoft Teams",
)
LETTER_PARA = (
    "No later than five (5) business days before the conference, counsel for each party must "
    "send the Court by e-mail an ex parte letter. The letter should include, at a minimum, the "
    "following: (1) the history of settlement negotiations, if any, including any prior offers "
    "or demands."
)


def ob(id_: str, rule: Rule, *, title: str = "", para: str | None = "2") -> Obligation:
    return Obligation(
        id=id_, title=title or id_.replace("_", " ").capitalize(), who="each party",
        what="", rule=rule, quote="", paragraph=para,
    )


def before_conf(n: int, unit: Unit = Unit.DAYS, **kw: object) -> Rule:
    return Rule(RuleKind.RELATIVE, Anchor.CONFERENCE, n, unit, Direction.BEFORE, **kw)  # type: ignore[arg-type]


def order(*obligations: Obligation, court: str | None = "S.D.N.Y.", conf: Conference = CONF,
          order_date: date | None = date(2024, 4, 26)) -> Order:
    return Order(
        court=court, case_number="7:24-cv-00361-PMH", caption="A v. B", plaintiffs=("A",),
        defendants=("B",), judge="Victoria Reznik", signing_judge="Victoria Reznik",
        order_date=order_date, conference=conf,
        paragraphs=(Paragraph("2", "Ex parte letter submissions", LETTER_PARA),
                    Paragraph("3", "Exchange of Demand/Offer", "demand ... respond")),
        obligations=obligations,
    )


EXAMPLE = order(
    ob("ex_parte_letter", before_conf(5, Unit.BUSINESS_DAYS), title="Ex parte settlement letter"),
    ob("settlement_demand", before_conf(14), title="Settlement demand", para="3"),
    ob(
        "demand_response",
        Rule(RuleKind.AFTER_EVENT, Anchor.EVENT, 7, Unit.DAYS, Direction.AFTER,
             event="demand_made", trigger_obligation="settlement_demand"),
        title="Response to the demand", para="3",
    ),
)


def test_example_dates() -> None:
    s = compute_schedule(EXAMPLE)
    letter, demand, response = s.deadlines
    assert (letter.due_date, letter.status) == (date(2024, 5, 20), DeadlineStatus.DATED)
    assert letter.due_time is None and letter.timezone == "America/New_York"
    assert demand.due_date == date(2024, 5, 14)
    assert response.status is DeadlineStatus.AWAITING_EVENT
    assert (response.due_date, response.latest_possible) == (None, date(2024, 5, 21))
    assert response.act_on_date == date(2024, 5, 21)
    assert response.trace[0] == (
        "The demand is not recorded yet. If it comes on the last day allowed "
        "(Tue May 14, 2024, Settlement demand):"
    )
    assert response.trace[-1] == "Due Tue May 21, 2024."


def test_response_after_the_letter_is_flagged() -> None:
    s = compute_schedule(EXAMPLE)
    assert s.warnings == (
        "Response to the demand can be due as late as Tue May 21, 2024, after Ex parte "
        "settlement letter (Mon May 20, 2024), which should report the settlement negotiations "
        "(para. 2). Consider exchanging earlier, or update chambers if the answer comes later.",
    )


def test_demand_recorded_dates_the_response() -> None:
    s = compute_schedule(EXAMPLE, events={"demand_made": date(2024, 5, 10)})
    response = s.get("demand_response")
    assert response is not None
    assert (response.status, response.due_date) == (DeadlineStatus.DATED, date(2024, 5, 17))


def test_adjournment_recomputes() -> None:
    moved = replace(CONF, date=date(2024, 6, 11), time=time(10, 0))
    s = compute_schedule(EXAMPLE, conference=moved)
    assert [d.act_on_date for d in s.deadlines] == [
        date(2024, 6, 4), date(2024, 5, 28), date(2024, 6, 4)
    ]


def test_stated_date_that_disagrees_is_the_due_date_with_the_rule_as_flagged_alternative() -> None:
    conf = replace(CONF, date=date(2022, 1, 13), time=time(10, 0))
    later = ob("letter", before_conf(5, Unit.BUSINESS_DAYS, stated_date=date(2022, 1, 7)))
    earlier = ob("letter3", before_conf(5, Unit.BUSINESS_DAYS, stated_date=date(2022, 1, 5)))
    right = ob("letter2", before_conf(5, Unit.BUSINESS_DAYS, stated_date=date(2022, 1, 6)))
    s = compute_schedule(order(later, earlier, right, conf=conf, order_date=date(2021, 12, 1)))
    d_later, d_earlier, d_right = s.deadlines
    # The stated date is the due date; the rule's count is the other reading, flagged.
    assert d_later.due_date == date(2022, 1, 7) and d_later.needs_review
    assert [(a.due_date, a.label) for a in d_later.alternatives] == [
        (date(2022, 1, 6), "by the rule (as FRCP 6(a)(6) reads)")
    ]
    assert d_later.warnings == (
        "The rule (5 business days before the conference) gives Thu Jan 6, 2022; the order "
        "states Fri Jan 7, 2022 \u2014 using the stated date. Act on the earlier date and ask "
        "chambers if in doubt.",
    )
    # Reminders go on the earlier of the two, whichever that is.
    assert d_later.act_on_date == date(2022, 1, 6)
    assert (d_earlier.due_date, d_earlier.act_on_date) == (date(2022, 1, 5), date(2022, 1, 5))
    assert [a.due_date for a in d_earlier.alternatives] == [date(2022, 1, 6)]
    assert d_right.due_date == date(2022, 1, 6) and not d_right.needs_review
    assert d_right.trace[-1] == "The order states the same date (Thu Jan 6, 2022)."


def test_state_holiday_in_business_days_needs_review_and_acts_early() -> None:
    conf = replace(CONF, date=date(2024, 11, 7))
    s = compute_schedule(order(ob("letter", before_conf(5, Unit.BUSINESS_DAYS)), conf=conf,
                               order_date=date(2024, 10, 1)))
    d = s.deadlines[0]
    assert (d.due_date, d.act_on_date, d.needs_review) == (
        date(2024, 10, 31), date(2024, 10, 30), True
    )


def test_fixed_date_never_rolls_and_keeps_its_time() -> None:
    fixed = ob("statement", Rule(RuleKind.FIXED, fixed_date=date(2008, 3, 1),
                                 time_of_day=time(17, 0)))
    s = compute_schedule(order(fixed, court="N.D. Cal.", conf=replace(
        CONF, date=date(2008, 3, 26), timezone="America/Los_Angeles"), order_date=None))
    d = s.deadlines[0]
    assert (d.due_date, d.due_time, d.needs_review) == (date(2008, 3, 1), time(17, 0), False)


def test_conference_on_a_holiday_and_deadline_after_it_are_flagged() -> None:
    conf = replace(CONF, date=date(2024, 5, 27))
    late = ob("late", Rule(RuleKind.FIXED, fixed_date=date(2024, 5, 29)))
    s = compute_schedule(order(late, conf=conf))
    assert s.warnings == (
        "The conference is set for Mon May 27, 2024, which is Memorial Day. Confirm the date "
        "with chambers.",
        "Late is due Wed May 29, 2024, after the conference (Mon May 27, 2024).",
    )


def test_missing_anchor_or_period_is_undetermined_not_guessed() -> None:
    no_period = ob("x", Rule(RuleKind.RELATIVE, Anchor.CONFERENCE, None, None, Direction.BEFORE))
    no_date = ob("y", before_conf(7))
    s = compute_schedule(order(no_period, conf=replace(CONF, date=None)))
    assert s.deadlines[0].status is DeadlineStatus.UNDETERMINED
    assert s.deadlines[0].needs_review
    s2 = compute_schedule(order(no_date, conf=replace(CONF, date=None)))
    assert s2.deadlines[0].trace == (
        "The order does not give the date of the conference; it cannot be counted.",
    )


def test_unknown_court_uses_federal_holidays_only() -> None:
    s = compute_schedule(order(ob("x", before_conf(5, Unit.BUSINESS_DAYS)), court=None))
    assert s.deadlines[0].due_date == date(2024, 5, 20)


def test_minutes_before_the_conference_keep_the_clock() -> None:
    s = compute_schedule(order(ob("call", before_conf(5, Unit.MINUTES))))
    d = s.deadlines[0]
    assert (d.due_date, d.due_time) == (date(2024, 5, 28), time(14, 25))


@pytest.mark.parametrize(
    ("title", "warned"),
    [
        ("Discovery Cut-Off", False),
        ("Dispositive Motion Filing Deadline", False),
        ("Expert disclosures", False),
        ("Trial Date", False),
        ("Pre-Trial Conference Date", False),
        ("Settlement statement", True),
        ("Mediation brief", True),
        ("Late", True),
    ],
)
def test_a_case_schedule_date_after_the_conference_is_not_a_warning(
    title: str, warned: bool
) -> None:
    """A scheduling order's discovery, motion and trial dates come after the settlement
    conference as a matter of course; a statement due after it is worth a word."""
    conf = replace(CONF, date=date(2024, 5, 28))
    late = ob("x", Rule(RuleKind.FIXED, fixed_date=date(2024, 6, 28)), title=title)
    s = compute_schedule(order(late, conf=conf))
    assert any("after the conference" in w for w in s.warnings) is warned
