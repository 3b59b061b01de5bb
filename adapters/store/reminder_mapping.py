"""`reminders` rows <-> `core.reminders.ScheduledReminder`. Pure functions: no I/O.

Both the queue (`UPDATE ... RETURNING` on a plain connection) and the unit of work read the
table through Core, so both map a `Row`: attribute access by column name.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row

from settleconf.core.reminders import (
    Destination,
    ReminderKind,
    ReminderStatus,
    ScheduledReminder,
)

# The columns of `ScheduledReminder.identity`, in its order: the unique constraint.
IDENTITY_COLUMNS = ("matter_id", "platform", "workspace", "channel", "key", "fire_at")

Identity = tuple[int, str, str, str, str, datetime]


def new_reminder_values(r: ScheduledReminder) -> dict[str, Any]:
    """The INSERT values for a planned reminder: only the plan is read; a new row is pending
    and unclaimed whatever delivery state the argument carries."""
    return {
        "matter_id": r.matter_id,
        "workspace_id": r.workspace_id,
        "platform": r.destination.platform,
        "workspace": r.destination.workspace,
        "channel": r.destination.channel,
        "key": r.key,
        "kind": r.kind.value,
        "obligation_id": r.obligation_id,
        "fire_at": r.fire_at,
        "due_at": r.due_at,
        "lead": r.lead,
        "status": ReminderStatus.PENDING.value,
        "attempts": 0,
        "late": False,
    }


def row_identity(row: Row[Any]) -> Identity:
    """`ScheduledReminder.identity` of a stored row (fire_at loads aware UTC, so it compares
    equal to the planned instant in any zone)."""
    return (row.matter_id, row.platform, row.workspace, row.channel, row.key, row.fire_at)


def reminder_from_row(row: Row[Any]) -> ScheduledReminder:
    # By name, through one dict of the row: a Row's attribute access costs ~1.5 us (22 a
    # row, ~6 ms of a 200-row claim), the dict ~2 us a row (docs/performance.md).
    v = dict(zip(row._fields, row, strict=True))
    return ScheduledReminder(
        id=v["id"],
        matter_id=v["matter_id"],
        workspace_id=v["workspace_id"],
        destination=Destination(v["platform"], v["workspace"], v["channel"]),
        key=v["key"],
        kind=ReminderKind(v["kind"]),
        obligation_id=v["obligation_id"],
        fire_at=v["fire_at"],
        due_at=v["due_at"],
        lead=v["lead"],
        status=ReminderStatus(v["status"]),
        attempts=v["attempts"],
        not_before=v["not_before"],
        claimed_by=v["claimed_by"],
        lease_until=v["lease_until"],
        first_claimed_at=v["first_claimed_at"],
        sent_at=v["sent_at"],
        late=v["late"],
        message_ref=v["message_ref"],
        error=v["error"],
    )
