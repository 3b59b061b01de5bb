"""`settleconf calc "5 business days before 2024-05-28 in S.D.N.Y."`: one-off FRCP 6(a) counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from settleconf.core.counting import Computation, count_period, fmt_day
from settleconf.core.court_calendar import calendar_for
from settleconf.core.courts import Court, UnknownCourtError, get_court
from settleconf.core.periods import Direction, Period, Unit

_UNITS = {
    "day": Unit.DAYS,
    "calendar day": Unit.DAYS,
    "business day": Unit.BUSINESS_DAYS,
    "court day": Unit.COURT_DAYS,
    "hour": Unit.HOURS,
    "minute": Unit.MINUTES,
}
_PHRASE = re.compile(
    r"^\s*(?P<n>\d{1,4})\s+(?P<unit>(calendar |business |court )?(day|hour|minute))s?\s+"
    r"(?P<dir>before|after|from)\s+(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[ T](?P<time>\d{1,2}:\d{2}))?"
    r"(?:\s+in\s+(?P<court>.+?))?\s*$",
    re.IGNORECASE,
)
USAGE = (
    'Write it as "N [business|court|calendar] days|hours before|after YYYY-MM-DD [HH:MM] '
    '[in COURT]", e.g. "5 business days before 2024-05-28 in S.D.N.Y.".'
)


class CalcError(ValueError):
    pass


@dataclass(frozen=True)
class CalcRequest:
    period: Period
    anchor: date | datetime
    court: Court


def parse_calc(text: str, default_court: str = "nysd") -> CalcRequest:
    m = _PHRASE.match(text)
    if not m:
        raise CalcError(f"I can't read {text!r} as a period. {USAGE}")
    unit = _UNITS[m["unit"].lower()]
    direction = Direction.BEFORE if m["dir"].lower() == "before" else Direction.AFTER
    try:
        day = date.fromisoformat(m["date"])
        at = time.fromisoformat(m["time"].zfill(5)) if m["time"] else None
    except ValueError as exc:
        raise CalcError(f"{m['date']} {m['time'] or ''}: {exc}. {USAGE}") from exc
    try:
        court = get_court(m["court"] or default_court)
    except UnknownCourtError as exc:
        raise CalcError(str(exc)) from exc
    anchor: date | datetime = datetime.combine(day, at) if at else day
    return CalcRequest(Period(int(m["n"]), unit, direction), anchor, court)


def run_calc(text: str, default_court: str = "nysd") -> tuple[CalcRequest, Computation]:
    req = parse_calc(text, default_court)
    try:
        comp = count_period(
            req.anchor, req.period, calendar_for(req.court), timezone=req.court.timezone
        )
    except ValueError as exc:
        raise CalcError(f"{exc}. {USAGE}") from exc
    return req, comp


def render_calc(req: CalcRequest, comp: Computation) -> str:
    lines = [f"{req.period.describe()} {req.anchor} in {req.court.abbreviation}:"]
    lines.extend(f"  - {s}" for s in comp.reading.trace)
    for alt in comp.alternatives:
        lines.append(f"  Other reading ({alt.label}): {fmt_day(alt.due_date)}")
        lines.extend(f"    - {s}" for s in alt.trace)
    if comp.note:
        lines.append(f"  ! {comp.note}")
    act = comp.act_on
    at = f" at {act.due_time.strftime('%H:%M')}" if act.due_time else ""
    lines.append(f"Answer: {fmt_day(act.due_date)}{at}")
    return "\n".join(lines) + "\n"
