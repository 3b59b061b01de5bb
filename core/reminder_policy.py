"""Which reminders a matter should have, and when: pure (no clock, no I/O).

Times are wall-clock in the court's time zone, turned into aware UTC instants through
zoneinfo, so "9:00 a.m." stays 9:00 local across a daylight-saving change. Day arithmetic
reuses the FRCP 6(a) counting engine and the court's calendar: a reminder "2 business
days before" skips the same weekends and legal holidays a Rule 6(a) count does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from settleconf.core.counting import CalendarLike, count_period
from settleconf.core.deadlines import Deadline, DeadlineStatus, order_calendar
from settleconf.core.matter import EventKind, Matter, ReminderSettings
from settleconf.core.order import ConferenceFormat
from settleconf.core.periods import Direction, Period, Unit
from settleconf.core.reminders import PlannedReminder, ReminderKind

MORNING = time(9, 0)  # lead reminders arrive at the start of the working day
END_OF_DAY = time(23, 59)  # FRCP 6(a)(4)(A): a day-only deadline runs to midnight
CONFERENCE = "conference"  # the snooze target and key prefix for the conference's reminders
REMOTE = (ConferenceFormat.VIDEO, ConferenceFormat.TELEPHONE)


def court_zone(matter: Matter) -> str:
    return matter.zone


def reminders_off(settings: ReminderSettings) -> bool:
    """`remind off`: no leads and no due-day time."""
    return (
        not settings.days_before
        and not settings.business_days_before
        and settings.due_day_at is None
    )


def _instant(day: date, at: time, zone: str) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _open_day_before(day: date, calendar: CalendarLike) -> date:
    """`day`, or the business day before it: a reminder on a Saturday is read on Monday."""
    # Counting back, a state holiday is not a legal holiday (FRCP 6(a)(6)(C)): the federal
    # court and the lawyers' offices are open on it.
    while calendar.closed_reason(day, forward=False) is not None:
        day -= timedelta(days=1)
    return day


def _days_before(day: date, n: int, unit: Unit, calendar: CalendarLike) -> date:
    comp = count_period(day, Period(n, unit, Direction.BEFORE), calendar)
    # Where a state holiday makes readings differ, the earlier one cannot come too late.
    return _open_day_before(comp.act_on.due_date, calendar)


@dataclass(frozen=True)
class _Target:
    """What reminders are about: an open obligation's deadline, or the conference."""

    name: str  # obligation id, or CONFERENCE
    day: date
    due_at: datetime
    due_time: time | None
    session: bool = False  # a session the order sets: held that day, not "due"


def _early_target(matter: Matter, d: Deadline) -> _Target | None:
    """A deadline waiting for its event, at its latest possible date (the event on its own
    last day, then the period counted forward): warned about, never shown as due."""
    if d.status is not DeadlineStatus.AWAITING_EVENT or d.id in matter.done_items():
        return None
    day = d.latest_possible
    if day is None:
        return None
    due_at = _instant(day, d.due_time or END_OF_DAY, court_zone(matter))
    return _Target(d.id, day, due_at, d.due_time)


def _deadline_target(matter: Matter, d: Deadline) -> _Target | None:
    if d.status is not DeadlineStatus.DATED or d.id in matter.done_items():
        return None
    # Contested readings: remind on the earlier one.
    day = d.act_on_date or d.due_date
    if day is None:
        return None
    session = d.obligation.is_session
    # A session with no stated hour may start when the day does, as the conference is
    # assumed to: its reminders must come before the morning, and a late post after it is
    # stale, not "today". A duty with no hour runs to midnight instead.
    start = d.due_time or (MORNING if session else END_OF_DAY)
    return _Target(d.id, day, _instant(day, start, court_zone(matter)), d.due_time, session)


def _conference_target(matter: Matter) -> _Target | None:
    conf = matter.conference
    if conf.date is None:
        return None
    start = _instant(conf.date, conf.time or MORNING, court_zone(matter))
    return _Target(CONFERENCE, conf.date, start, conf.time)


def due_instant(matter: Matter, target: str) -> datetime | None:
    """When the deadline (or the conference) `target` falls; None if it is done or undated."""
    if target == CONFERENCE:
        found = _conference_target(matter)
    else:
        d = matter.schedule().get(target)
        found = _deadline_target(matter, d) if d is not None else None
    return found.due_at if found is not None else None


@dataclass(frozen=True)
class _Candidate:
    target: str
    reminder: PlannedReminder
    span: int  # calendar days of lead, to keep the longer lead where two coincide
    rank: int  # then: calendar days (2) over business days (1) over due day (0) over snooze


def _lead(
    t: _Target, n: int, unit: Unit, suffix: str, calendar: CalendarLike, zone: str
) -> _Candidate:
    fire_day = _days_before(t.day, n, unit, calendar)
    reminder = PlannedReminder(
        key=f"{t.name}/{n}{suffix}",
        kind=ReminderKind.LEAD,
        obligation_id=t.name,
        fire_at=_instant(fire_day, MORNING, zone),
        due_at=t.due_at,
        lead=f"{unit.label(n)} before",
    )
    return _Candidate(t.name, reminder, (t.day - fire_day).days, 2 if unit is Unit.DAYS else 1)


def _obligation_reminders(
    t: _Target, s: ReminderSettings, calendar: CalendarLike, zone: str
) -> list[_Candidate]:
    out = [_lead(t, n, Unit.DAYS, "d", calendar, zone) for n in s.days_before]
    out += [_lead(t, n, Unit.BUSINESS_DAYS, "bd", calendar, zone) for n in s.business_days_before]
    if s.due_day_at is not None:
        fire_at = _instant(t.day, s.due_day_at, zone)
        starts = t.due_time or (MORNING if t.session else None)
        if starts is not None and starts <= s.due_day_at:
            fire_at = t.due_at - timedelta(hours=1)
        # A session has no due day: its day-of reminder is "on the day" it is held.
        lead = "on the day" if t.session else "on the due day"
        due = PlannedReminder(
            f"{t.name}/due", ReminderKind.DUE_DAY, t.name, fire_at, t.due_at, lead
        )
        out.append(_Candidate(t.name, due, 0, 0))
    return out


def _early_warnings(
    t: _Target, s: ReminderSettings, calendar: CalendarLike, zone: str
) -> list[_Candidate]:
    """The matter's own leads, before the latest possible date instead of a due date. Keys
    of their own ("demand_response/early/7d"): a stored early warning is a different
    reminder from the deadline's, so recording the event cancels the one and schedules the
    other, and one already posted is never posted again."""
    out = []
    for c in _obligation_reminders(t, s, calendar, zone):
        r = c.reminder
        name, _, lead = r.key.partition("/")
        early = replace(
            r,
            key=f"{name}/early/{lead}",
            kind=ReminderKind.EARLY_WARNING,
            lead="on the day" if r.kind is ReminderKind.DUE_DAY else r.lead,
        )
        out.append(replace(c, reminder=early))
    return out


def _conference_reminders(
    matter: Matter, t: _Target, calendar: CalendarLike, zone: str
) -> list[_Candidate]:
    def before(n: int, key: str, kind: ReminderKind, lead: str) -> _Candidate:
        day = _days_before(t.day, n, Unit.BUSINESS_DAYS, calendar)
        r = PlannedReminder(key, kind, None, _instant(day, MORNING, zone), t.due_at, lead)
        return _Candidate(t.name, r, (t.day - day).days, 1)

    out = [before(1, "conference/1bd", ReminderKind.CONFERENCE, "1 business day before")]
    if t.due_time is not None:
        hour = PlannedReminder(
            "conference/1h",
            ReminderKind.CONFERENCE,
            None,
            t.due_at - timedelta(hours=1),
            t.due_at,
            "1 hour before",
        )
        out.append(_Candidate(t.name, hour, 0, 0))
    if matter.conference.format in REMOTE:
        out.append(before(2, "conference/link", ReminderKind.LINK_CHECK, "2 business days before"))
    return out


def _snoozes(matter: Matter, targets: dict[str, _Target]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for ev in matter.events:
        if ev.kind is not EventKind.SNOOZED or ev.obligation_id is None or not ev.detail:
            continue
        t = targets.get(ev.obligation_id)
        at = _parse_instant(ev.detail)
        if t is None or at is None:
            continue
        ob_id = None if t.name == CONFERENCE else t.name
        key = f"{t.name}/snooze/{ev.detail}"
        r = PlannedReminder(key, ReminderKind.SNOOZED, ob_id, at, t.due_at, "snoozed")
        out.append(_Candidate(t.name, r, -1, -1))
    return out


def _parse_instant(text: str) -> datetime | None:
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None  # a damaged event must not stop every other reminder
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone(UTC)


def plan_reminders(matter: Matter) -> list[PlannedReminder]:
    """Every reminder the matter should have, sorted by (fire_at, key)."""
    settings = matter.reminders
    if reminders_off(settings):
        return []
    zone = court_zone(matter)
    calendar = order_calendar(matter.order)
    targets: dict[str, _Target] = {}
    candidates: list[_Candidate] = []
    for d in matter.schedule().deadlines:
        t = _deadline_target(matter, d)
        if t is not None:
            targets[t.name] = t
            candidates += _obligation_reminders(t, settings, calendar, zone)
        elif (early := _early_target(matter, d)) is not None:
            candidates += _early_warnings(early, settings, calendar, zone)
    conf = _conference_target(matter)
    if conf is not None:
        targets[CONFERENCE] = conf
        candidates += _conference_reminders(matter, conf, calendar, zone)
    candidates += _snoozes(matter, targets)
    kept: dict[tuple[str, datetime], _Candidate] = {}
    # One post per target per instant; the longer lead wins (then the earlier key, so the
    # choice does not depend on the order candidates were made in).
    for c in sorted(candidates, key=lambda c: (-c.span, -c.rank, c.reminder.key)):
        r = c.reminder
        if r.fire_at < r.due_at:
            kept.setdefault((c.target, r.fire_at), c)
    return sorted((c.reminder for c in kept.values()), key=lambda r: (r.fire_at, r.key))
