"""How dates and times read in every reply: weekday always, the court's zone, relative day."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.matter import FALLBACK_ZONE


def zone_abbrev(day: date, tz: str | None, at: time | None = None) -> str:
    if not tz:
        return ""
    moment = datetime.combine(day, at or time(12, 0), tzinfo=ZoneInfo(tz))
    return moment.tzname() or tz


def fmt_due(day: date, at: time | None, tz: str | None) -> str:
    """'Mon May 20, 2024 (end of day, EDT)' / 'Fri May 24, 2024 at 2:30 p.m. EDT'."""
    abbrev = zone_abbrev(day, tz, at)
    if at is None:
        # FRCP 6(a)(4)(A): the last day ends at midnight in the court's time zone.
        return f"{fmt_day(day)} (end of day{', ' + abbrev if abbrev else ''})"
    return f"{fmt_day(day)} at {fmt_time(at)}{' ' + abbrev if abbrev else ''}"


def local_day(at: datetime, tz: str | None) -> date:
    """The court's day of an instant (recorded in UTC): at 9 p.m. in New York UTC's day is
    already tomorrow. No zone known: the reminders' fallback zone."""
    return at.astimezone(ZoneInfo(tz or FALLBACK_ZONE)).date()


def relative_day(day: date, today: date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if delta > 0:
        return f"in {delta} days"
    return f"{-delta} days ago"
