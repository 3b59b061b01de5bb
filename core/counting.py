"""FRCP 6(a) time computation, with a plain-English trace of every step.

Why hand-written: no library implements Rule 6(a)'s counting (exclusion of the
trigger day, the direction-aware "next day" of 6(a)(5), state holidays only for
forward periods under 6(a)(6)(C), the hour rule of 6(a)(2)). dateutil and the
`holidays` package supply dates; the rules are ours and pinned in tests.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from settleconf.core.periods import ClosedDayRoll, Direction, Period, Unit

# How every reply words what a session asks, so no surface calls it "due".
SESSION_NOTE = "attend; a session, not a deadline"


class CalendarLike(Protocol):
    """What counting needs from a court calendar (see core.court_calendar)."""

    def closed_reason(self, day: date, *, forward: bool) -> str | None: ...

    def is_weekend(self, day: date) -> bool: ...

    def state_holiday(self, day: date) -> object | None: ...

    @property
    def state_holidays_verified(self) -> bool: ...


def _state_reason(calendar: CalendarLike, day: date) -> str | None:
    """The state holiday on `day`, described as the calendar describes it going forward."""
    if calendar.state_holiday(day) is None:
        return None
    return calendar.closed_reason(day, forward=True)


def fmt_day(day: date) -> str:
    """'Tue May 28, 2024': the weekday always shown, because a weekday is how people check dates."""
    return f"{day:%a} {day:%b} {day.day}, {day.year}"


def fmt_time(t: time) -> str:
    hour = t.hour % 12 or 12
    suffix = "a.m." if t.hour < 12 else "p.m."
    if t.minute:
        return f"{hour}:{t.minute:02d} {suffix}"
    if t == time(12, 0):
        return "noon"
    return f"{hour}:00 {suffix}"


@dataclass(frozen=True)
class Reading:
    """One way of reading a period: the date it yields and how it was counted."""

    due_date: date
    due_time: time | None
    trace: tuple[str, ...]
    label: str  # what distinguishes this reading, e.g. "New York holidays skipped"


@dataclass(frozen=True)
class Computation:
    reading: Reading  # the reading the rule text supports
    alternatives: tuple[Reading, ...] = ()
    note: str | None = None  # why the readings differ

    @property
    def act_on(self) -> Reading:
        """The earliest reading: when readings differ, act on the one that cannot be late."""
        readings = (self.reading, *self.alternatives)
        return min(readings, key=lambda r: (r.due_date, r.due_time or time.max))


@dataclass(frozen=True)
class OrderMethod:
    """The order's own rule for a last day the court is closed, and its words (quoted in
    the trace of every date it moves)."""

    roll: ClosedDayRoll
    quote: str


def count_period(
    anchor: date | datetime,
    period: Period,
    calendar: CalendarLike,
    *,
    anchor_name: str = "the trigger",
    timezone: str | None = None,
    method: OrderMethod | None = None,
) -> Computation:
    """Count `period` from `anchor` under FRCP 6(a), or under the order's own `method` for
    a closed last day where it sets one.

    Day units take a date (a datetime's date is used); clock units need a datetime
    (wall time in the court's `timezone`).
    """
    if method is not None and method.roll is ClosedDayRoll.FRCP:
        method = None
    if period.amount < 0:
        raise ValueError("a period cannot be negative")
    if period.unit.is_clock:
        if not isinstance(anchor, datetime):
            raise ValueError(f"counting {period.unit.value} needs a time of day for {anchor_name}")
        return Computation(
            _count_clock(anchor, period, calendar, anchor_name, timezone, method)
        )
    day = anchor.date() if isinstance(anchor, datetime) else anchor
    if period.unit.skips_closed_days:
        return _count_open_days(day, period, calendar, anchor_name)
    if period.unit is Unit.MONTHS:
        return _count_months(day, period, calendar, anchor_name, method)
    counted = _count_calendar_days(day, period, calendar, anchor_name, method)
    if method is not None:
        # the order's own method decides a closed last day: no second reading of it
        return Computation(counted)
    return _unchecked_state_days(counted, day, period, calendar)


def _unchecked_state_days(
    reading: Reading, anchor: date, period: Period, calendar: CalendarLike
) -> Computation:
    """A forward period rolled past a state holiday that comes from a table nobody checked
    against the statute (the `holidays` package's, see core/state_holidays.py) may be a day
    late on no law (it was, for Texas and Colorado). Shown as the rule reads, flagged, with
    the reading that counts no such day beside it: the earlier one, which cannot be late."""
    if not period.direction.forward or calendar.state_holidays_verified:
        return Computation(reading)
    landed = anchor + timedelta(days=period.amount)
    day = landed
    while calendar.closed_reason(day, forward=False) is not None:  # weekends, federal days
        day += timedelta(days=1)
    if day >= reading.due_date:
        return Computation(reading)
    state = _state_reason(calendar, day) or "a state holiday"
    steps = (
        *reading.trace[:2],
        f"{fmt_day(day)} is {state} only in a table not checked against the state's statute; "
        "without it the period ends that day.",
        f"Due {fmt_day(day)}.",
    )
    alt = Reading(day, None, steps, "unchecked state holiday not counted")
    note = (
        f"{fmt_day(reading.due_date)} counts {fmt_day(day)} ({state}) as a legal holiday, from "
        "a list of state holidays not checked against the statute; if the state's law does not "
        f"close its courts that day, the period ends {fmt_day(day)}. Act on the earlier date."
    )
    return Computation(reading, (alt,), note)


def _step(direction: Direction) -> timedelta:
    return timedelta(days=1 if direction.forward else -1)


def _roll(
    day: date,
    direction: Direction,
    calendar: CalendarLike,
    steps: list[str],
    method: OrderMethod | None = None,
) -> date:
    """FRCP 6(a)(1)(C), 6(a)(5): a last day that is closed runs on to the next open day
    in the direction of counting (later going forward, earlier going back)."""
    if method is not None:
        return _roll_as_ordered(day, direction, calendar, steps, method)
    forward = direction.forward
    way = "later" if forward else "earlier"
    first = True
    while (reason := calendar.closed_reason(day, forward=forward)) is not None:
        if first:
            steps.append(
                f"{fmt_day(day)} is {_article(reason)}: the period runs to the next day, "
                f"counting {way}, that is not a weekend or legal holiday "
                f"(FRCP 6(a)(1)(C), 6(a)(5))."
            )
            first = False
        else:
            steps.append(f"{fmt_day(day)} is {_article(reason)} too.")
        day += _step(direction)
    return day


def _roll_as_ordered(
    day: date,
    direction: Direction,
    calendar: CalendarLike,
    steps: list[str],
    method: OrderMethod,
) -> date:
    """The order's own method for a closed last day (FRCP 6(a) yields to an order that
    specifies one): kept where it falls, or moved always earlier or always later."""
    reason = calendar.closed_reason(day, forward=direction.forward)
    if reason is None:
        return day
    if method.roll is ClosedDayRoll.NONE:
        steps.append(
            f"{fmt_day(day)} is {_article(reason)}, but the order keeps a deadline on the day it "
            f'falls: "{method.quote}"'
        )
        return day
    earlier = method.roll is ClosedDayRoll.EARLIER
    steps.append(
        f"{fmt_day(day)} is {_article(reason)}: the order moves the deadline to the "
        f"{'open day before' if earlier else 'next open day'}, counting "
        f'{"earlier" if earlier else "later"}, rather than as FRCP 6(a) would: "{method.quote}"'
    )
    step = timedelta(days=-1 if earlier else 1)
    day += step
    while (reason := calendar.closed_reason(day, forward=direction.forward)) is not None:
        steps.append(f"{fmt_day(day)} is {_article(reason)} too.")
        day += step
    return day


def _sentence(text: str) -> str:
    """End with one period: '2:30 p.m.' already has it."""
    return text if text.endswith(".") else text + "."


def _article(reason: str) -> str:
    if reason in ("Saturday", "Sunday"):
        return f"a {reason}"
    return reason


def _note_state_holiday_backward(day: date, calendar: CalendarLike, steps: list[str]) -> None:
    state = _state_reason(calendar, day)
    if state is not None and not calendar.is_weekend(day):
        steps.append(
            f"{fmt_day(day)} is {state}, but state holidays count only for periods measured "
            "after an event (FRCP 6(a)(6)(C)); counting back, it is a regular day."
        )


def _count_calendar_days(
    anchor: date,
    period: Period,
    calendar: CalendarLike,
    anchor_name: str,
    method: OrderMethod | None = None,
) -> Reading:
    direction = period.direction
    verb = "forward" if direction.forward else "back"
    landed = anchor + _step(direction) * period.amount
    steps = [
        f"Start from {fmt_day(anchor)} ({anchor_name}); that day is not counted "
        "(FRCP 6(a)(1)(A)).",
        f"Count {verb} {period.unit.label(period.amount)}, every day including weekends and "
        f"holidays (FRCP 6(a)(1)(B)) -> {fmt_day(landed)}.",
    ]
    if not direction.forward:
        _note_state_holiday_backward(landed, calendar, steps)
    due = _roll(landed, direction, calendar, steps, method)
    steps.append(f"Due {fmt_day(due)}.")
    return Reading(due, None, tuple(steps), "calendar days")


def _month_shift(anchor: date, months: int) -> tuple[date, bool]:
    """The same day of the month `months` months away, and whether that month is too short
    for it (Jan 31 + 1 month): then its last day."""
    year, month0 = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(anchor.day, last)), anchor.day > last


def _count_months(
    anchor: date,
    period: Period,
    calendar: CalendarLike,
    anchor_name: str,
    method: OrderMethod | None = None,
) -> Computation:
    """FRCP 6(a)(1) reaches periods "stated in days or a longer unit": a month is counted to
    the same day of the month (one month before June 16 is May 16), and a last day that is
    closed moves like a day period's (6(a)(1)(C), 6(a)(5)). When the month reached has no such
    day (one month before March 31), Rule 6 does not say which day is meant: its last day is
    read, the first day of the month after is the other reading, and the earlier is acted on."""
    direction = period.direction
    signed = period.amount if direction.forward else -period.amount
    landed, short = _month_shift(anchor, signed)
    verb = "forward" if direction.forward else "back"
    head = (
        f"Start from {fmt_day(anchor)} ({anchor_name}); that day is not counted "
        "(FRCP 6(a)(1)(A))."
    )

    def reading(day: date, how: str, label: str) -> Reading:
        count = f"Count {verb} {period.unit.label(period.amount)}: {how} -> {fmt_day(day)}."
        steps = [head, count]
        if not direction.forward:
            _note_state_holiday_backward(day, calendar, steps)
        due = _roll(day, direction, calendar, steps, method)
        steps.append(f"Due {fmt_day(due)}.")
        return Reading(due, None, tuple(steps), label)

    if not short:
        return Computation(reading(landed, "the same day of the month", "calendar months"))
    overflow = landed + timedelta(days=1)
    note = (
        f"The month of {fmt_day(landed)} has no day {anchor.day}: read as its last day; the "
        f"day after it ({fmt_day(overflow)}) is the other reading. Check the order."
    )
    last_day = reading(landed, f"that month has no day {anchor.day}, so its last day", "last day")
    other = reading(overflow, "the day after that month's last day", "month overflow")
    return Computation(last_day, alternatives=(other,), note=note)


def _walk_open_days(
    anchor: date, period: Period, is_closed: _ClosedTest
) -> tuple[date, list[tuple[date, str]]]:
    step = _step(period.direction)
    day = anchor
    counted = 0
    skipped: list[tuple[date, str]] = []
    while counted < period.amount:
        day += step
        reason = is_closed(day)
        if reason is None:
            counted += 1
        else:
            skipped.append((day, reason))
    return day, skipped


class _ClosedTest(Protocol):
    def __call__(self, day: date) -> str | None: ...


def _open_days_reading(
    anchor: date,
    period: Period,
    anchor_name: str,
    is_closed: _ClosedTest,
    label: str,
    rule_note: str,
) -> Reading:
    due, skipped = _walk_open_days(anchor, period, is_closed)
    verb = "forward" if period.direction.forward else "back"
    steps = [
        f"Start from {fmt_day(anchor)} ({anchor_name}); that day is not counted "
        "(FRCP 6(a)(1)(A)).",
        f"Count {verb} {period.unit.label(period.amount)}, skipping weekends and legal "
        f"holidays{rule_note}.",
    ]
    holidays = [(d, r) for d, r in skipped if r not in ("Saturday", "Sunday")]
    weekends = len(skipped) - len(holidays)
    for d, r in holidays:
        steps.append(f"Skip {fmt_day(d)} ({r}).")
    if weekends:
        steps.append(f"Skip {weekends} weekend day{'s' if weekends != 1 else ''}.")
    steps.append(f"Due {fmt_day(due)}.")
    return Reading(due, None, tuple(steps), label)


def _count_open_days(
    anchor: date, period: Period, calendar: CalendarLike, anchor_name: str
) -> Computation:
    forward = period.direction.forward

    def rule_closed(day: date) -> str | None:
        return calendar.closed_reason(day, forward=forward)

    def other_closed(day: date) -> str | None:
        # The contested reading: state holidays treated the other way round.
        federal = calendar.closed_reason(day, forward=False)
        if forward:
            return federal
        return federal or _state_reason(calendar, day)

    primary_note = (
        " (state holidays included: FRCP 6(a)(6)(C) counts them for periods measured after an "
        "event)"
        if forward
        else " (federal holidays; state holidays are not legal holidays when counting back, "
        "FRCP 6(a)(6)(C))"
    )
    primary = _open_days_reading(
        anchor, period, anchor_name, rule_closed, "as FRCP 6(a)(6) reads", primary_note
    )
    other_label = "state holidays counted as business days" if forward else (
        "state holidays skipped as non-business days"
    )
    alt = _open_days_reading(
        anchor, period, anchor_name, other_closed, other_label, f" ({other_label})"
    )
    if alt.due_date == primary.due_date:
        return Computation(primary)
    note = (
        f"\"{period.unit.label(period.amount)}\" is not defined by FRCP 6(a): a state holiday in "
        f"the span changes the result ({fmt_day(primary.due_date)} or "
        f"{fmt_day(alt.due_date)}). Act on the earlier date; it cannot be late."
    )
    return Computation(primary, (alt,), note)


def _count_clock(
    anchor: datetime,
    period: Period,
    calendar: CalendarLike,
    anchor_name: str,
    timezone: str | None,
    method: OrderMethod | None = None,
) -> Reading:
    """FRCP 6(a)(2): count every hour, weekends and holidays included; if the period
    would end on a closed day, it runs to the same time on the next open day in the
    direction of counting (6(a)(5) makes "next" earlier for backward periods)."""
    zone = ZoneInfo(timezone) if timezone else None
    start = anchor if anchor.tzinfo is not None or zone is None else anchor.replace(tzinfo=zone)
    delta = timedelta(hours=period.amount) if period.unit is Unit.HOURS else timedelta(
        minutes=period.amount
    )
    signed = delta if period.direction.forward else -delta
    # Elapsed time, not wall time: across a DST change "48 hours" is 48 real hours.
    end = (start.astimezone(ZoneInfo("UTC")) + signed).astimezone(start.tzinfo) if (
        start.tzinfo is not None
    ) else start + signed
    verb = "forward" if period.direction.forward else "back"
    steps = [
        f"Start at {fmt_day(start.date())} {fmt_time(start.timetz())} ({anchor_name}).",
        f"Count {verb} {period.unit.label(period.amount)}, every hour including weekends and "
        f"holidays (FRCP 6(a)(2)(A)-(B)) -> {fmt_day(end.date())} {fmt_time(end.timetz())}.",
    ]
    day = _roll(end.date(), period.direction, calendar, steps, method)
    if day != end.date():
        steps[-1] = steps[-1].replace("FRCP 6(a)(1)(C), 6(a)(5)", "FRCP 6(a)(2)(C), 6(a)(5)")
        steps.append(f"Same time on {fmt_day(day)}.")
    due_time = time(end.hour, end.minute)
    steps.append(_sentence(f"Due {fmt_day(day)} at {fmt_time(due_time)}"))
    return Reading(day, due_time, tuple(steps), "hours")


def fixed_date_reading(
    day: date, calendar: CalendarLike, due_time: time | None, *, session: bool = False
) -> Reading:
    """A date the order states is the deadline as written: Rule 6(a) computes periods,
    it does not move dates a judge set. A `session` (a hearing the order sets) is held on
    that date: said as an event to attend, never as "due"."""
    steps = [f"The order sets the date itself: {fmt_day(day)}."]
    reason = calendar.closed_reason(day, forward=True)
    if reason is not None:
        steps.append(
            f"It is {_article(reason)}, but a date the order states is never moved "
            "(FRCP 6(a) computes periods; it does not change dates the court set)."
        )
    at = f" at {fmt_time(due_time)}" if due_time else ""
    if session:
        steps.append(_sentence(f"Held {fmt_day(day)}{at} ({SESSION_NOTE})"))
    else:
        steps.append(_sentence(f"Due {fmt_day(day)}{at}"))
    return Reading(day, due_time, tuple(steps), "fixed date")
