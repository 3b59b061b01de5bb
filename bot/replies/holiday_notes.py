"""Which legal holidays changed a deadline's count: named in answers, so a date that looks a
day early ("the letter is due the 20th, not the 21st") says why in its first line."""

from __future__ import annotations

from datetime import date, timedelta

from settleconf.core.counting import CalendarLike, fmt_day
from settleconf.core.court_calendar import federal_statutory_holiday
from settleconf.core.deadlines import Deadline, order_calendar
from settleconf.core.order import Order, RuleKind


def _key_day(d: Deadline) -> date | None:
    return d.act_on_date or d.due_date or d.latest_possible


def holiday_name(calendar: CalendarLike, day: date) -> str | None:
    """The holiday `day` is on this court's calendar (federal, or the state's), else None."""
    federal = federal_statutory_holiday(day)
    if federal is not None:
        return federal.name
    if not calendar.is_weekend(day) and (closed := calendar.closed_reason(day, forward=False)):
        return closed  # a day the President closed the courts (FRCP 6(a)(6)(B)): Dec 24, 2024
    if calendar.state_holiday(day) is not None:
        return calendar.closed_reason(day, forward=True)
    return None


def holidays_in_count(order: Order, conf: date | None, d: Deadline) -> list[tuple[date, str]]:
    """Holidays that changed `d`'s count (conference on `conf`): those its trace skips or
    rolls over."""
    calendar = order_calendar(order)
    due = _key_day(d)
    if due is None or d.obligation.rule.kind is RuleKind.FIXED:
        return []  # a date the order states is not counted: no holiday changes it
    lo, hi = min(due, conf or due), max(due, conf or due) + timedelta(days=3)
    text = " ".join(d.trace)
    out = []
    day = lo - timedelta(days=3)
    while day <= hi:
        name = holiday_name(calendar, day)
        if name is not None and fmt_day(day) in text:
            out.append((day, name))
        day += timedelta(days=1)
    return out


def skipped_note(order: Order, conference: date | None, d: Deadline) -> str:
    """', and Memorial Day (Mon May 27) is skipped' when a holiday changed the count."""
    hits = holidays_in_count(order, conference, d)
    if not hits:
        return ""
    names = " and ".join(f"{name} ({day:%a} {day:%b} {day.day})" for day, name in hits)
    return f", and {names} {'is' if len(hits) == 1 else 'are'} skipped"
