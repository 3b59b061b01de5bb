"""FRCP 6(a) counting as properties over random anchors (2020-2030), periods and courts.

The date-by-date pins live in tests/core/test_counting.py; these say what must hold for
every input: a computed day is open, it lies on the right side of its anchor, a business-day
count skips exactly the closed days, state holidays move forward periods only, and the
same question always gets the same answer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from settleconf.core.counting import CalendarLike, Computation, count_period, fixed_date_reading
from settleconf.core.court_calendar import CourtCalendar, calendar_for
from settleconf.core.courts import ALL_COURTS, Court
from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import RuleKind
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import Direction, Period, Unit

anchors = st.dates(date(2020, 1, 1), date(2030, 12, 31))
courts = st.sampled_from(ALL_COURTS)
directions = st.sampled_from(list(Direction))
day_units = st.sampled_from([Unit.DAYS, Unit.BUSINESS_DAYS, Unit.COURT_DAYS])
clock_units = st.sampled_from([Unit.HOURS, Unit.MINUTES])
day_periods = st.builds(Period, st.integers(1, 90), day_units, directions)
clock_periods = st.builds(Period, st.integers(1, 24 * 30), clock_units, directions)
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))
EXAMPLES = settings(max_examples=250, deadline=None)


class WithoutStateHolidays:
    """The court's calendar with its state's holidays removed: federal days and closures only."""

    def __init__(self, calendar: CalendarLike) -> None:
        self._calendar = calendar

    def closed_reason(self, day: date, *, forward: bool) -> str | None:
        del forward  # backward never sees state holidays, so that is the state-free answer
        return self._calendar.closed_reason(day, forward=False)

    def is_weekend(self, day: date) -> bool:
        return self._calendar.is_weekend(day)

    def state_holiday(self, day: date) -> object | None:
        del day
        return None

    @property
    def state_holidays_verified(self) -> bool:
        return True  # no state days at all: nothing unchecked


def count(anchor: date | datetime, period: Period, calendar: CalendarLike, court: Court) -> (
    Computation
):
    return count_period(anchor, period, calendar, timezone=court.timezone)


def open_days_between(first: date, last: date, calendar: CalendarLike, forward: bool) -> int:
    """Days strictly between `first` and `last` (either order) the court is open."""
    low, high = min(first, last), max(first, last)
    days = (low + timedelta(n) for n in range(1, (high - low).days))
    return sum(calendar.closed_reason(d, forward=forward) is None for d in days)


@EXAMPLES
@given(anchors, day_periods, courts)
def test_a_counted_day_is_never_closed(anchor: date, period: Period, court: Court) -> None:
    calendar = calendar_for(court)
    comp = count(anchor, period, calendar, court)
    forward = period.direction.forward
    assert calendar.closed_reason(comp.reading.due_date, forward=forward) is None
    for alt in comp.alternatives:
        # The other reading of "business days" treats state holidays the other way round,
        # but never lands on a weekend or a federal holiday.
        assert calendar.closed_reason(alt.due_date, forward=False) is None


@EXAMPLES
@given(anchors, times, clock_periods, courts)
def test_a_clock_period_ends_on_an_open_day(
    day: date, at: time, period: Period, court: Court
) -> None:
    calendar = calendar_for(court)
    anchor = datetime.combine(day, at)
    reading = count(anchor, period, calendar, court).reading
    assert calendar.closed_reason(reading.due_date, forward=period.direction.forward) is None
    assert reading.due_time is not None
    if period.direction.forward:
        assert reading.due_date >= day
    else:
        assert reading.due_date <= day


@EXAMPLES
@given(anchors, day_periods, courts)
def test_results_lie_on_the_side_of_the_anchor_they_count_to(
    anchor: date, period: Period, court: Court
) -> None:
    comp = count(anchor, period, calendar_for(court), court)
    for reading in (comp.reading, *comp.alternatives):
        if period.direction.forward:
            assert reading.due_date > anchor
        else:
            assert reading.due_date < anchor
    assert comp.act_on.due_date == min(r.due_date for r in (comp.reading, *comp.alternatives))


@EXAMPLES
@given(anchors, st.sampled_from(list(Direction)), courts)
def test_zero_days_is_the_anchor_or_the_next_open_day_in_the_counting_direction(
    anchor: date, direction: Direction, court: Court
) -> None:
    calendar = calendar_for(court)
    due = count(anchor, Period(0, Unit.DAYS, direction), calendar, court).reading.due_date
    between = open_days_between(anchor, due, calendar, direction.forward)
    assert between == 0
    assert (due >= anchor) if direction.forward else (due <= anchor)


@EXAMPLES
@given(anchors, st.integers(1, 60), st.sampled_from([Unit.BUSINESS_DAYS, Unit.COURT_DAYS]),
       directions, courts)
def test_n_business_days_skip_exactly_the_closed_days(
    anchor: date, amount: int, unit: Unit, direction: Direction, court: Court
) -> None:
    calendar = calendar_for(court)
    comp = count(anchor, Period(amount, unit, direction), calendar, court)
    due = comp.reading.due_date
    # The N-th open day: N - 1 open days strictly between, and the day itself open.
    assert open_days_between(anchor, due, calendar, direction.forward) == amount - 1
    assert calendar.closed_reason(due, forward=direction.forward) is None
    # Counting one more lands strictly later in the counting direction.
    further = count(anchor, Period(amount + 1, unit, direction), calendar, court).reading
    assert (further.due_date > due) if direction.forward else (further.due_date < due)


@EXAMPLES
@given(anchors, day_periods, courts)
def test_state_holidays_only_move_forward_periods(
    anchor: date, period: Period, court: Court
) -> None:
    calendar = calendar_for(court)
    with_state = count(anchor, period, calendar, court).reading.due_date
    federal_only = count(anchor, period, WithoutStateHolidays(calendar), court).reading.due_date
    if period.direction.forward:
        assert with_state >= federal_only  # a state holiday can only lengthen the period
    else:
        assert with_state == federal_only


@EXAMPLES
@given(anchors, times, clock_periods, courts)
def test_state_holidays_never_move_a_backward_clock_period(
    day: date, at: time, period: Period, court: Court
) -> None:
    calendar = calendar_for(court)
    back = replace(period, direction=Direction.BEFORE)
    anchor = datetime.combine(day, at)
    assert (
        count(anchor, back, calendar, court).reading
        == count(anchor, back, WithoutStateHolidays(calendar), court).reading
    )


@settings(max_examples=150, deadline=None)
@given(anchors, day_periods | clock_periods, courts, times)
def test_counting_is_deterministic(
    day: date, period: Period, court: Court, at: time
) -> None:
    anchor = datetime.combine(day, at) if period.unit.is_clock else day
    cached = count(anchor, period, calendar_for(court), court)
    assert count(anchor, period, calendar_for(court), court) == cached
    # A calendar built afresh (no per-year caches filled) gives the identical computation.
    assert count(anchor, period, CourtCalendar(court), court) == cached


@EXAMPLES
@given(anchors, st.none() | times, courts)
def test_a_fixed_date_is_never_moved(day: date, at: time | None, court: Court) -> None:
    reading = fixed_date_reading(day, calendar_for(court), at)
    assert (reading.due_date, reading.due_time) == (day, at)


# Read from the file rather than through bot/: core properties need nothing above core.
EXAMPLES_DIR = Path(__file__).parents[2] / "bot" / "examples"
EXAMPLE = EXAMPLES_DIR / "7-24-cv-00361-order-re-settlement-conference.txt"
EXAMPLE_ORDER = parse_order(EXAMPLE.read_text(encoding="utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), times)
def test_the_example_orders_computed_deadlines_are_open_days(conf_day: date, at: time) -> None:
    conference = replace(EXAMPLE_ORDER.conference, date=conf_day, time=at)
    schedule = compute_schedule(EXAMPLE_ORDER, conference=conference)
    calendar = calendar_for("nysd")
    dated = [(d, d.due_date) for d in schedule.deadlines if d.due_date is not None]
    assert dated, "the example order has deadlines counted from the conference"
    for deadline, due in dated:
        rule = deadline.obligation.rule
        if rule.kind is RuleKind.FIXED:
            continue
        period = rule.period
        assert period is not None
        forward = period.direction.forward
        assert calendar.closed_reason(due, forward=forward) is None
        assert (due > conf_day) if forward else (due < conf_day)
