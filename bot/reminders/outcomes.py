"""What a dispatcher pass produces besides posts: its report, retry timing, log fields,
and the notice a matter's owner gets when a channel refuses reminders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from settleconf.bot.reminders.listing import what, when_local
from settleconf.bot.reminders.metrics import OutcomeCounts
from settleconf.bot.replies.reply import Field, Reply
from settleconf.core.matter import Matter
from settleconf.core.reminders import Destination, ScheduledReminder

BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(minutes=30)

Item = tuple[Matter, ScheduledReminder]


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, ... up to 30 min, by the attempt that just failed."""
    doublings: int = max(0, min(attempts - 1, 16))
    return min(BACKOFF_CAP, BACKOFF_BASE * (1 << doublings))


@dataclass
class DispatchReport(OutcomeCounts):
    """One `run_once`: the outcomes (disjoint, see bot/reminders/metrics.py) and the rest."""

    claimed: int = 0
    released: int = 0  # given back untouched: on shutdown, or with its claim about to run out
    catch_up_posts: int = 0


def log_fields(r: ScheduledReminder, outcome: str, **more: Any) -> dict[str, Any]:
    d = r.destination
    return {
        "reminder_id": r.id,
        "matter_id": r.matter_id,
        "platform": d.platform,
        "workspace": d.workspace,
        "channel": d.channel,
        "outcome": outcome,
        **more,
    }


def failure_notice(items: Sequence[Item], destination: Destination, why: str) -> Reply:
    """For the matter's owner: which reminder could not be posted where, why, and what now."""
    matter, first = items[0]
    subject = f'the reminder "{what(matter, first)}"' if len(items) == 1 else (
        f"{len(items)} reminders"
    )
    where = f"{destination.platform.capitalize()} channel {destination.channel}"
    text = (
        f"I couldn't post {subject} for {matter.docket} in {where}: {why}. Reminders there "
        "are stopped until the channel is fixed (unarchive it, or add me back) or another "
        f"channel tracks the matter (`track {matter.docket}` there)."
    )
    return Reply(
        text=text,
        intent="reminder_failed",
        title="A reminder could not be posted",
        matter=matter.docket,
        fields=(
            Field("Reminder", what(matter, first)),
            Field("Was due to post", when_local(matter, first.fire_at)),
            Field("Channel", destination.channel),
            Field("Why", why),
        ),
    )
