"""A channel's reminder lead times as the bot says them ("7 days before, 2 business days
before, 9:00 a.m. on the due day") and as the `remind` command takes them ("7d 2bd 9:00")."""

from __future__ import annotations

from settleconf.core.counting import fmt_time
from settleconf.core.matter import ReminderSettings


def describe_reminders(s: ReminderSettings) -> str:
    parts = [f"{n} day{'s' * (n != 1)} before" for n in s.days_before]
    parts += [f"{n} business day{'s' * (n != 1)} before" for n in s.business_days_before]
    if s.due_day_at is not None:
        parts.append(f"{fmt_time(s.due_day_at)} on the due day")
    return ", ".join(parts) if parts else "off"


def remind_args(s: ReminderSettings) -> str:
    """The `remind` arguments that set `s` (`remind` replaces every lead time at once)."""
    args = [f"{n}d" for n in s.days_before] + [f"{n}bd" for n in s.business_days_before]
    args += [f"{s.due_day_at.hour}:{s.due_day_at.minute:02d}"] if s.due_day_at else []
    return " ".join(args) or "off"
