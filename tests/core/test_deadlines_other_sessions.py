"""Duties counted from another session the same order dates (issue #13): "a joint status
report two (2) days before the status conference", "exhibits three business days before the
final pretrial conference", "within 14 days after the scheduling conference".

The engine counts them from the session's own date by FRCP 6(a), as it does from the
conference; the parser links the period to the one dated session of that name, and keeps
it flagged and undated when the name fits two sessions, the settlement conference as well,
or a session with no date. Every expected date below was counted by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from settleconf.core.deadlines import Deadline, DeadlineStatus, compute_schedule
from settleconf.core.order import (
    Anchor,
    Conference,
    Obligation,
    Order,
    Paragraph,
    Rule,
    RuleKind,
)
from settleconf.core.order_codec import order_from_dict, order_to_dict
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import Direction, Unit

STATUS_SENTENCE = "A telephone status conference is set for May 5, 2026, at 9:00 a.m."


def _session(day: date, at: time | None = time(9, 0), id_: str = "status_conference",
             quote: str = STATUS_SENTENCE) -> Obligation:
    name = id_.replace("_", " ")
    return Obligation(
        id=id_, title=name.capitalize(), who="parties", what=f"Attend the {name}",
        rule=Rule(RuleKind.FIXED, fixed_date=day, time_of_day=at),
        quote=quote, paragraph="1", needs_review=True,
    )


def _duty(amount: int, unit: Unit, direction: Direction, session: str | None = "status_conference",
          id_: str = "status_report") -> Obligation:
    return Obligation(
        id=id_, title="Joint status report", who="parties", what="File a joint status report",
        rule=Rule(RuleKind.RELATIVE, Anchor.SESSION, amount, unit, direction, session=session),
        quote="The parties shall file a joint status report.", paragraph="1",
    )


def _order(*obligations: Obligation, court: str = "S.D.N.Y.") -> Order:
    return Order(
        court=court, case_number="1:25-cv-01234", caption="A v. B", plaintiffs=("A",),
        defendants=("B",), judge=None, signing_judge=None, order_date=date(2026, 4, 13),
        conference=Conference(date(2026, 12, 15), time(10, 0), "America/New_York"),
        paragraphs=(Paragraph("1", None, STATUS_SENTENCE),), obligations=obligations,
    )


def _due(order: Order, id_: str = "status_report") -> Deadline:
    deadline = compute_schedule(order).get(id_)
    assert deadline is not None
    return deadline


# -- the engine: counted from the session's date, FRCP 6(a) as for the conference ----------


@pytest.mark.parametrize(
    ("session_day", "amount", "unit", "direction", "court", "due"),
    [
        # backward, calendar days: Sun May 3 rolls earlier to Fri May 1
        (date(2026, 5, 5), 2, Unit.DAYS, Direction.BEFORE, "S.D.N.Y.", date(2026, 5, 1)),
        # backward onto Sat Jul 4; Fri Jul 3 is Independence Day observed: Thu Jul 2
        (date(2026, 7, 7), 3, Unit.DAYS, Direction.BEFORE, "S.D.N.Y.", date(2026, 7, 2)),
        # backward onto Patriots' Day, a state holiday: kept, state days roll only forward
        (date(2026, 4, 27), 7, Unit.DAYS, Direction.BEFORE, "D. Mass.", date(2026, 4, 20)),
        # forward, calendar days
        (date(2026, 5, 5), 7, Unit.DAYS, Direction.AFTER, "S.D.N.Y.", date(2026, 5, 12)),
        # forward onto Memorial Day: rolls later to Tue May 26
        (date(2026, 5, 18), 7, Unit.DAYS, Direction.AFTER, "S.D.N.Y.", date(2026, 5, 26)),
        # forward onto Patriots' Day: rolls later to Tue Apr 21
        (date(2026, 4, 13), 7, Unit.DAYS, Direction.AFTER, "D. Mass.", date(2026, 4, 21)),
        # business days back over Christmas (Fri Dec 25): Thu 24, Wed 23, Tue 22
        (date(2026, 12, 28), 3, Unit.BUSINESS_DAYS, Direction.BEFORE, "S.D.N.Y.",
         date(2026, 12, 22)),
        # business days forward over Veterans Day (Wed Nov 11): Mon Nov 16
        (date(2026, 11, 6), 5, Unit.BUSINESS_DAYS, Direction.AFTER, "S.D.N.Y.",
         date(2026, 11, 16)),
        # court days back from Wed Jan 20, 2027 over Martin Luther King Jr. Day (Jan 18)
        (date(2027, 1, 20), 2, Unit.COURT_DAYS, Direction.BEFORE, "S.D.N.Y.",
         date(2027, 1, 15)),
    ],
)
def test_counted_from_the_sessions_date(
    session_day: date, amount: int, unit: Unit, direction: Direction, court: str, due: date
) -> None:
    deadline = _due(_order(_session(session_day), _duty(amount, unit, direction), court=court))
    assert deadline.status is DeadlineStatus.DATED
    assert deadline.due_date == due
    assert not deadline.needs_review


def test_the_settlement_conference_moving_does_not_move_it() -> None:
    order = _order(_session(date(2026, 5, 5)), _duty(2, Unit.DAYS, Direction.BEFORE))
    moved = Conference(date(2027, 2, 2), time(10, 0), "America/New_York")
    deadline = compute_schedule(order, conference=moved).get("status_report")
    assert deadline is not None and deadline.due_date == date(2026, 5, 1)


def test_explanation_names_the_session_its_date_and_the_sentence() -> None:
    deadline = _due(_order(_session(date(2026, 5, 5)), _duty(2, Unit.DAYS, Direction.BEFORE)))
    assert deadline.trace == (
        "The order sets the status conference for Tue May 5, 2026 at 9:00 a.m. "
        f'(para. 1: "{STATUS_SENTENCE}").',
        "Start from Tue May 5, 2026 (the status conference, Tue May 5, 2026); that day is not "
        "counted (FRCP 6(a)(1)(A)).",
        "Count back 2 days, every day including weekends and holidays (FRCP 6(a)(1)(B)) -> "
        "Sun May 3, 2026.",
        "Sun May 3, 2026 is a Sunday: the period runs to the next day, counting earlier, that "
        "is not a weekend or legal holiday (FRCP 6(a)(1)(C), 6(a)(5)).",
        "Sat May 2, 2026 is a Saturday too.",
        "Due Fri May 1, 2026.",
    )
    assert _duty(2, Unit.DAYS, Direction.BEFORE).rule.describe() == (
        "2 days before the status conference"
    )


def test_a_second_session_of_a_kind_is_described_without_its_date_suffix() -> None:
    rule = replace(_duty(5, Unit.BUSINESS_DAYS, Direction.AFTER).rule,
                   session="status_conference_20260526")
    assert rule.describe() == "5 business days after the status conference"


@pytest.mark.parametrize(
    "sessions",
    [
        (),  # the session is not in the order
        (replace(_session(date(2026, 5, 5)), rule=Rule(RuleKind.FIXED)),),  # no date read
    ],
)
def test_a_session_without_a_date_is_undetermined_and_says_which(
    sessions: tuple[Obligation, ...],
) -> None:
    deadline = _due(_order(*sessions, _duty(2, Unit.DAYS, Direction.BEFORE)))
    assert deadline.status is DeadlineStatus.UNDETERMINED
    assert deadline.due_date is None and deadline.needs_review
    assert deadline.trace == (
        "The order does not give the date of the status conference; it cannot be counted.",
    )


# -- stored orders ---------------------------------------------------------------------------


def test_a_session_anchor_survives_the_store() -> None:
    order = _order(_session(date(2026, 5, 5)), _duty(2, Unit.DAYS, Direction.BEFORE))
    assert order_from_dict(order_to_dict(order)) == order


def test_an_order_stored_before_session_anchors_loads_as_before() -> None:
    """Rules stored before the change have no "session" key: they load with none, and
    their dates are what they were."""
    conf_rule = Rule(RuleKind.RELATIVE, Anchor.CONFERENCE, 7, Unit.DAYS, Direction.BEFORE)
    duty = replace(_duty(7, Unit.DAYS, Direction.BEFORE), rule=conf_rule)
    order = _order(_session(date(2026, 5, 5)), duty)
    stored = order_to_dict(order)
    for obligation in stored["obligations"]:
        del obligation["rule"]["session"]
    assert "session" not in str(stored["obligations"][1]["rule"])
    loaded = order_from_dict(stored)
    assert loaded == order
    assert loaded.obligations[1].rule.session is None
    assert _due(loaded).due_date == date(2026, 12, 8)


# -- the parser: "before/after the <session>" linked to the session the order dates ----------

_HEAD = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

ACME CORP., Plaintiff,
v.
BETA LLC, Defendant.

Case No. 1:25-cv-01234

ORDER SCHEDULING SETTLEMENT CONFERENCE

"""
_TAIL = (
    "\n\nSO ORDERED.\n\nDated: April 13, 2026\n\n/s/ Jane Q. Smith\n"
    "United States Magistrate Judge\n"
)


def _parsed(body: str) -> dict[str, Deadline]:
    schedule = compute_schedule(parse_order(_HEAD + body + _TAIL))
    return {d.id: d for d in schedule.deadlines}


def _counted_from_session(body: str) -> Deadline:
    found = [
        d for d in _parsed(body).values()
        if d.obligation.rule.kind is RuleKind.RELATIVE
        and d.obligation.rule.anchor is not Anchor.CONFERENCE
    ]
    assert len(found) == 1, found
    return found[0]


_SETTLEMENT = "\n\n2. A settlement conference is set for June 16, 2026, at 10:00 a.m."
_SETTLEMENT_DEC = "\n\n2. A settlement conference is set for December 15, 2026, at 10:00 a.m."


@pytest.mark.parametrize(
    ("body", "session", "due"),
    [
        # backward, calendar days, a weekend roll (tests/corpus/phrasings9 p9037's shape)
        ("1. " + STATUS_SENTENCE + " The parties shall file a joint status report two (2) days "
         "before the status conference." + _SETTLEMENT, "status_conference", date(2026, 5, 1)),
        ("1. A telephone status conference is set for May 5, 2026, at 9:00 a.m. Two days before "
         "the call, counsel shall meet and confer." + _SETTLEMENT, "status_conference",
         date(2026, 5, 1)),
        ("1. A pre-settlement telephone conference is set for May 4, 2026 at 11:00 a.m. Each "
         "party shall e-mail its settlement statement one week before the pre-settlement "
         "conference." + _SETTLEMENT, "pre_settlement_telephone_conference", date(2026, 4, 27)),
        ("1. A case management conference is set for May 5, 2026. The parties shall file a "
         "joint statement seven days before the case management conference." + _SETTLEMENT,
         "case_management_conference", date(2026, 4, 28)),
        # a call, and a hearing, the order dates besides the conference
        ("1. A pre-settlement call will be held on May 4, 2026 at 11:00 a.m. Each party shall "
         "e-mail its settlement statement one week before the call." + _SETTLEMENT,
         "pre_settlement_call", date(2026, 4, 27)),
        ("1. A hearing on the motion to compel is set for May 5, 2026 at 2:00 p.m. Two days "
         "before the hearing, counsel shall meet and confer." + _SETTLEMENT, "hearing",
         date(2026, 5, 1)),
        # backward, business days, over Christmas
        ("1. A final pretrial conference is set for December 28, 2026 at 9:00 a.m. Exhibit "
         "lists are due three business days before the final pretrial conference."
         + _SETTLEMENT_DEC, "pretrial_conference", date(2026, 12, 22)),
        ("1. The Court SETS a final pretrial conference for December 28, 2026 at 9:00 a.m. "
         "Exhibit lists are due three business days before the final pretrial conference."
         + _SETTLEMENT_DEC, "pretrial_conference", date(2026, 12, 22)),
        # forward, calendar days
        ("1. A status conference is set for May 5, 2026, at 9:00 a.m. No later than 7 days "
         "after the status conference, plaintiff shall make a settlement demand."
         + _SETTLEMENT, "status_conference", date(2026, 5, 12)),
        ("1. A scheduling conference is set for November 20, 2026 at 9:00 a.m. Within 14 days "
         "after the scheduling conference, the parties shall file a joint discovery plan."
         + _SETTLEMENT_DEC, "scheduling_conference", date(2026, 12, 4)),
    ],
)
def test_parsed_periods_count_from_the_dated_session(body: str, session: str, due: date) -> None:
    deadline = _counted_from_session(body)
    rule = deadline.obligation.rule
    assert (rule.anchor, rule.session) == (Anchor.SESSION, session)
    assert deadline.status is DeadlineStatus.DATED
    assert deadline.due_date == due
    assert not deadline.needs_review


def test_parsed_explanation_cites_the_sessions_sentence() -> None:
    deadline = _counted_from_session(
        "1. " + STATUS_SENTENCE + " The parties shall file a joint status report two (2) days "
        "before the status conference." + _SETTLEMENT
    )
    assert deadline.trace[0] == (
        "The order sets the status conference for Tue May 5, 2026 at 9:00 a.m. (para. 1: "
        '"A telephone status conference is set for May 5, 2026, at 9:00 a.m.").'
    )
    assert deadline.trace[-1] == "Due Fri May 1, 2026."


@pytest.mark.parametrize(
    ("body", "why"),
    [
        # two status conferences: which one is not said
        ("1. A status conference is set for May 5, 2026, at 9:00 a.m. A further status "
         "conference is set for May 26, 2026 at 9:00 a.m. The parties shall file a joint "
         "status report two (2) days before the status conference." + _SETTLEMENT,
         "The period runs from 'the status conference', and the order sets more than one "
         "(May 5, 2026 at 9:00 a.m. and May 26, 2026 at 9:00 a.m.); which one is not clear, "
         "so it is not dated."),
        # the settlement conference is a call too
        ("1. A telephone status conference is set for May 5, 2026, at 9:00 a.m. Two days "
         "before the call, counsel shall meet and confer.\n\n2. A settlement conference is set "
         "for June 16, 2026, at 10:00 a.m. by telephone call.",
         "The period runs from 'the call', which may be the settlement conference or the "
         "status conference (May 5, 2026 at 9:00 a.m.); it is not dated."),
        # the settlement session is a hearing too
        ("1. A hearing on the motion to compel is set for May 5, 2026 at 2:00 p.m. Two days "
         "before the hearing, counsel shall meet and confer.\n\n2. A settlement hearing is set "
         "for June 16, 2026, at 10:00 a.m.",
         "The period runs from 'the hearing', which may be the settlement conference or the "
         "hearing (May 5, 2026 at 2:00 p.m.); it is not dated."),
        # a hearing the order dates, but not the one the period names
        ("1. A hearing on the motion to compel is set for May 5, 2026 at 2:00 p.m. Two days "
         "before the fairness hearing, counsel shall meet and confer." + _SETTLEMENT,
         "The period runs from 'the fairness hearing', which has no date here."),
        # the status conference has no date yet
        ("1. A status conference will be set by separate order. The parties shall file a joint "
         "status report two (2) days before the status conference." + _SETTLEMENT,
         "The period runs from 'the status conference', which has no date here."),
    ],
)
def test_a_session_not_told_apart_stays_flagged_and_undated(body: str, why: str) -> None:
    deadline = _counted_from_session(body)
    assert deadline.obligation.rule.anchor is None
    assert deadline.status is DeadlineStatus.UNDETERMINED and deadline.due_date is None
    assert deadline.needs_review
    assert why in deadline.obligation.review_reasons


def test_a_session_dated_before_the_order_is_not_counted_from() -> None:
    # A session before the order's own date is history the order recites (phrasings10): it
    # is no session to attend, so nothing is counted from it; the period stays undated and
    # flagged rather than dated from a day the order may have mistyped.
    deadline = _counted_from_session(
        "1. A status conference is set for March 5, 2026, at 9:00 a.m. The parties shall file "
        "a joint status report two (2) days before the status conference." + _SETTLEMENT
    )
    assert deadline.obligation.rule.anchor is None
    assert deadline.status is DeadlineStatus.UNDETERMINED and deadline.due_date is None
    assert deadline.needs_review
