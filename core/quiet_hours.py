"""When a late reminder may be posted: not in the middle of the court's night. Pure.

A reminder posted on time goes out at its planned instant (the policy plans a night post
only when a lead time demands one). A reminder that is already late, because the
dispatcher was down, is held from 21:00 to 07:00 court time: nobody acts on it at 3 a.m.,
and a burst of catch-up pings at night teaches people to mute the channel. The exception
is a deadline before 09:00 that morning, which would pass before anyone could act on a
07:00 post: that one goes out at once.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

QUIET_FROM = time(21, 0)
QUIET_UNTIL = time(7, 0)
URGENT_BEFORE = time(9, 0)


def is_quiet(local: time) -> bool:
    return local >= QUIET_FROM or local < QUIET_UNTIL


def held_until(now: datetime, due_at: datetime, zone: str) -> datetime | None:
    """None when a late reminder may be posted at `now`; else the instant (UTC) to post it:
    07:00 court time the next morning. `now` and `due_at` are aware."""
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    if not is_quiet(local.time()):
        return None
    morning = local.date() if local.time() < QUIET_UNTIL else local.date() + timedelta(days=1)
    # 07:00 and 09:00 exist on every day (US DST changes happen at 02:00).
    if due_at < datetime.combine(morning, URGENT_BEFORE, tzinfo=tz):
        return None
    return datetime.combine(morning, QUIET_UNTIL, tzinfo=tz).astimezone(UTC)
