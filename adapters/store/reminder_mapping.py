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
    return ScheduledReminder(
        id=row.id,
        matter_id=row.matter_id,
        workspace_id=row.workspace_id,
        destination=Destination(row.platform, row.workspace, row.channel),
        key=row.key,
        kind=ReminderKind(row.kind),
        obligation_id=row.obligation_id,
        fire_at=row.fire_at,
        due_at=row.due_at,
        lead=row.lead,
        status=ReminderStatus(row.status),
        attempts=row.attempts,
        not_before=row.not_before,
        claimed_by=row.claimed_by,
        lease_until=row.lease_until,
        first_claimed_at=row.first_claimed_at,
        sent_at=row.sent_at,
        late=row.late,
        message_ref=row.message_ref,
        error=row.error,
    )
