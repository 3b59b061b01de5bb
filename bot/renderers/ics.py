"""RFC 5545 calendar of a matter's deadlines and conference (icalendar library).

UIDs are stable per matter and obligation, so re-importing after an adjournment
updates the events instead of duplicating them; SEQUENCE grows with every change to the
matter (RFC 5545 3.8.7.4), which is what tells a calendar the newer copy wins.

Alarms are the matter's own reminder plan (`core.reminder_policy`): the same instants
the channel reminders fire at, as absolute UTC triggers, so "2 business days before"
skips the same weekends and holidays in the calendar as in the channel.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from settleconf.bot.reminders.early_warning import LABEL as EARLY_LABEL
from settleconf.bot.reminders.early_warning import NOT_DUE, subject, waits_for
from settleconf.bot.replies.change_notes import format_note, link_note, moved_note
from settleconf.bot.replies.deadlines import done_day, is_overdue, matter_title
from settleconf.core.deadlines import DeadlineStatus
from settleconf.core.matter import Matter
from settleconf.core.reminder_policy import CONFERENCE, plan_reminders
from settleconf.core.reminders import PlannedReminder, ReminderKind


def _uid(matter: Matter, item: str) -> str:
    return f"{matter.docket.lower()}-{item}@settleconf"


def _alarms(plan: list[PlannedReminder], target: str, title: str) -> list[Any]:
    from icalendar import Alarm

    out = []
    for r in plan:
        if r.kind is ReminderKind.SNOOZED or (r.obligation_id or CONFERENCE) != target:
            continue
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        if r.kind is ReminderKind.LINK_CHECK:
            alarm.add("description", "Have you received the conference link from chambers?")
        elif r.kind is ReminderKind.EARLY_WARNING:
            alarm.add("description", f"{EARLY_LABEL} ({NOT_DUE}): {title} ({r.lead})")
        else:
            alarm.add("description", f"{title} ({r.lead})")
        # Absolute trigger: RFC 5545 3.8.6.3 requires VALUE=DATE-TIME to say so.
        alarm.add("trigger", r.fire_at.astimezone(UTC), parameters={"VALUE": "DATE-TIME"})
        out.append(alarm)
    return out


def matter_calendar(
    matter: Matter, *, now: datetime | None = None, today: date | None = None
) -> bytes:
    from icalendar import Calendar, Event  # lazy: only `ics` needs it

    stamp = now or datetime.now(UTC)
    plan = plan_reminders(matter)
    sequence = len(matter.events)  # append-only: every change adds one
    cal = Calendar()
    cal.add("prodid", "-//settleconf//settlement conference deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{matter.docket} settlement conference")
    zone = ZoneInfo(matter.timezone) if matter.timezone else None
    done = matter.done_items()
    for d in matter.schedule().deadlines:
        ob = d.obligation
        day = d.act_on_date or d.due_date
        due = "due"
        if d.status is DeadlineStatus.AWAITING_EVENT and d.latest_possible is not None:
            # Dated by an event not recorded yet: the latest it can fall, so the calendar
            # never shows it later than it may be; the event itself moves it earlier. The
            # same UID as the real deadline: re-imported once the event is recorded, this
            # event becomes the deadline instead of lingering beside it.
            day = d.latest_possible
            due = f"- latest possible date, not due until {waits_for(d)}"
        elif d.status is not DeadlineStatus.DATED:
            continue
        if (was := done_day(done.get(ob.id))) is not None:
            day, due = was, "was due"  # done: stays on its day whatever moves later
        if day is None:
            continue
        ev = Event()
        ev.add("uid", _uid(matter, ob.id))
        ev.add("dtstamp", stamp)
        ev.add("sequence", sequence)
        mark = "[done] " if ob.id in done else ""
        if ob.is_session:
            # A session the order sets is an event to attend, not a deadline: never "due"
            # or "OVERDUE" (once past, it was simply held).
            due = "- attended" if ob.id in done else "- attend"
        elif today is not None and is_overdue(d, done.get(ob.id), today):
            mark, due = "OVERDUE: ", "was due"  # open and past: not a date like the others
            if d.status is DeadlineStatus.AWAITING_EVENT:
                due = f"- latest possible date passed, {subject(d)} not recorded"
        ev.add("summary", f"{mark}{ob.title} {due} ({matter.docket})")
        if d.due_time is not None and zone is not None:
            ev.add("dtstart", datetime.combine(day, d.due_time, tzinfo=zone))
            # A deadline is a moment; a session takes time (its length is not in the order).
            ev.add("duration", timedelta(hours=1) if ob.is_session else timedelta(minutes=15))
        else:
            ev.add("dtstart", day)
            ev.add("dtend", day + timedelta(days=1))
        src = f"para. {ob.paragraph}" if ob.paragraph else "preamble"
        condition = f"\nCondition: {ob.condition}." if ob.condition else ""
        ev.add("description", f'{ob.who}: {ob.describe()} ({src}).{condition}\n"{ob.quote}"')
        for alarm in _alarms(plan, ob.id, ob.title):
            ev.add_component(alarm)
        cal.add_component(ev)
    conf = matter.conference
    if conf.date is not None:
        ev = Event()
        ev.add("uid", _uid(matter, CONFERENCE))
        ev.add("dtstamp", stamp)
        ev.add("sequence", sequence)
        ev.add("summary", f"Settlement conference - {matter_title(matter)}")
        if conf.time is not None and zone is not None:
            ev.add("dtstart", datetime.combine(conf.date, conf.time, tzinfo=zone))
            ev.add("duration", timedelta(hours=2))
        else:
            ev.add("dtstart", conf.date)
        where = conf.platform or conf.location
        if where:
            ev.add("location", where)
        notes = [n for n in (moved_note(matter), format_note(matter)) if n]
        if conf.link:
            ev.add("url", conf.link)
            notes.append(f"link {conf.link}, {link_note(matter) or 'recorded'}")
        if notes:
            ev.add("description", "Changed since the order: " + "; ".join(notes) + ".")
        for alarm in _alarms(plan, CONFERENCE, "Settlement conference"):
            ev.add_component(alarm)
        cal.add_component(ev)
    # RFC 5545 3.2.19: every TZID used needs its VTIMEZONE in the calendar.
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
