"""RFC 5545 calendar of a matter's deadlines and conference (icalendar library).

UIDs are stable per matter and obligation, so re-importing after an adjournment
updates the events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.deadline_replies import matter_title
from core.deadlines import DeadlineStatus
from core.matter import Matter


def _uid(matter: Matter, item: str) -> str:
    return f"{matter.docket.lower()}-{item}@settleconf"


def matter_calendar(matter: Matter, *, now: datetime | None = None) -> bytes:
    from icalendar import Alarm, Calendar, Event  # lazy: only `ics` needs it

    stamp = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//settleconf//settlement conference deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{matter.docket} settlement conference")
    zone = ZoneInfo(matter.timezone) if matter.timezone else None
    done = matter.done_items()
    for d in matter.schedule().deadlines:
        day = d.act_on_date or d.due_date
        if d.status is not DeadlineStatus.DATED or day is None:
            continue
        ob = d.obligation
        ev = Event()
        ev.add("uid", _uid(matter, ob.id))
        ev.add("dtstamp", stamp)
        ev.add("summary", f"{'[done] ' if ob.id in done else ''}{ob.title} due ({matter.docket})")
        if d.due_time is not None and zone is not None:
            ev.add("dtstart", datetime.combine(day, d.due_time, tzinfo=zone))
            ev.add("duration", timedelta(minutes=15))
        else:
            ev.add("dtstart", day)
            ev.add("dtend", day + timedelta(days=1))
        src = f"para. {ob.paragraph}" if ob.paragraph else "preamble"
        ev.add("description", f'{ob.who}: {ob.rule.describe()} ({src}).\n"{ob.quote}"')
        for n in matter.reminders.days_before:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{ob.title} due in {n} days")
            alarm.add("trigger", timedelta(days=-n))
            ev.add_component(alarm)
        cal.add_component(ev)
    conf = matter.conference
    if conf.date is not None:
        ev = Event()
        ev.add("uid", _uid(matter, "conference"))
        ev.add("dtstamp", stamp)
        ev.add("summary", f"Settlement conference - {matter_title(matter)}")
        if conf.time is not None and zone is not None:
            ev.add("dtstart", datetime.combine(conf.date, conf.time, tzinfo=zone))
            ev.add("duration", timedelta(hours=2))
        else:
            ev.add("dtstart", conf.date)
        where = conf.platform or conf.location
        if where:
            ev.add("location", where)
        cal.add_component(ev)
    return bytes(cal.to_ical())
