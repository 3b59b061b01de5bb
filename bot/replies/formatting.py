"""How dates and times read in every reply: weekday always, the court's zone, relative day."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.matter import FALLBACK_ZONE
from settleconf.core.order import Conference, ConferenceFormat


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


def fmt_session(day: date, at: time | None, tz: str | None) -> str:
    """'Fri Mar 1, 2013 at 4:00 p.m. AST' / 'Fri Mar 1, 2013 (time not stated)': when a
    session the order sets is held. Never "end of day": that is a deadline's reading."""
    if at is None:
        return f"{fmt_day(day)} (time not stated)"
    return fmt_due(day, at, tz)


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


def plural(n: int, word: str) -> str:
    """'1 deadline', '4 deadlines': never "deadline(s)"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def short_day(day: date) -> str:
    """'Fri May 10': in a one-line list the year is the conference's, and there is no room."""
    return f"{day:%a} {day:%b} {day.day}"


_HOW = {
    ConferenceFormat.VIDEO: "by video",
    ConferenceFormat.TELEPHONE: "by telephone",
    ConferenceFormat.IN_PERSON: "in person",
}


def conference_sentence(conf: Conference, source: str | None = None) -> str:
    """'The conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft Teams
    (preamble).': a sentence, never "Conference: ... (America/New_York)". `source` stands
    in for the order's paragraph once the conference was changed since the order."""
    if conf.date is None:
        return "The order doesn't give the conference date."
    at = f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}" \
        if conf.time else ""
    how = " ".join(x for x in (_HOW.get(conf.format, ""),
                               f"on {conf.platform}" if conf.platform else "",
                               f"at {conf.location}" if conf.location else "") if x)
    src = source or (f"¶{conf.paragraph}" if conf.paragraph else "preamble")
    return f"The conference is {fmt_day(conf.date)}{at}{', ' + how if how else ''} ({src})."
