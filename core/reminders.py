"""Reminders as data: what the policy plans, what the store keeps, and the dispatch queue port.

The policy (`core.reminder_policy.plan_reminders`) turns a matter into `PlannedReminder`s:
pure, no clock. The service expands them across the matter's bound channels into
`ScheduledReminder` rows and stores them in the same transaction as the change that
caused them (`UnitOfWork.sync_reminders`), so a row is never stale. A dispatcher claims
due rows through `ReminderQueue` and posts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol


class ReminderKind(StrEnum):
    LEAD = "lead"  # N days / N business days before a deadline
    DUE_DAY = "due_day"  # on the due day, at the matter's due-day time
    CONFERENCE = "conference"  # before the conference itself
    LINK_CHECK = "link_check"  # remote conference: "have you received the link?"
    SNOOZED = "snoozed"  # a reminder someone snoozed, again at the chosen time
    # Before a deadline that waits for an event (a response after the demand): its latest
    # possible date, to the side that must act. Not a due date; replaced by the deadline's
    # own reminders once the event is recorded.
    EARLY_WARNING = "early_warning"


class ReminderStatus(StrEnum):
    PENDING = "pending"  # waiting for its time
    CLAIMED = "claimed"  # a dispatcher holds it under a lease
    SENT = "sent"
    FAILED = "failed"  # a permanent platform error (channel archived, bot removed)
    MISSED = "missed"  # too late to send on its own; listed once in a catch-up summary
    EXPIRED = "expired"  # its deadline passed before it could be sent


@dataclass(frozen=True)
class PlannedReminder:
    """One reminder for a matter, before it is addressed to any channel."""

    key: str  # stable within the matter: "ex_parte_letter/7d", "conference/1h"
    kind: ReminderKind
    obligation_id: str | None  # None for the conference reminders
    fire_at: datetime  # aware, UTC
    due_at: datetime  # aware, UTC: the instant it is about (deadline or conference start)
    lead: str  # "7 days before", "2 business days before", "on the due day", "1 hour before"


@dataclass(frozen=True)
class Destination:
    platform: str  # "slack", "teams", "console"
    workspace: str  # the platform's workspace id: Slack team id, Teams tenant id
    channel: str


@dataclass(frozen=True)
class ScheduledReminder:
    """A stored reminder: one planned reminder for one bound channel."""

    matter_id: int
    workspace_id: int
    destination: Destination
    key: str
    kind: ReminderKind
    obligation_id: str | None
    fire_at: datetime
    due_at: datetime
    lead: str
    id: int | None = None
    status: ReminderStatus = ReminderStatus.PENDING
    attempts: int = 0
    not_before: datetime | None = None  # retry backoff: not claimed before this
    claimed_by: str | None = None
    lease_until: datetime | None = None
    first_claimed_at: datetime | None = None  # where an idempotency look-up starts
    sent_at: datetime | None = None
    late: bool = False
    message_ref: str | None = None  # the platform's id for the posted message
    error: str | None = None

    @property
    def identity(self) -> tuple[int, str, str, str, str, datetime]:
        """Two rows with one identity are one reminder (the store keeps one)."""
        d = self.destination
        return (self.matter_id, d.platform, d.workspace, d.channel, self.key, self.fire_at)


@dataclass(frozen=True)
class ReminderSync:
    """What `sync_reminders` changed, for the audit log."""

    cancelled: int  # pending rows no longer planned (deleted)
    added: int
    kept: int

    @property
    def changed(self) -> bool:
        return bool(self.cancelled or self.added)

    def describe(self) -> str:
        return f"{self.kept + self.added} scheduled ({self.added} new, {self.cancelled} cancelled)"


class ReminderQueue(Protocol):
    """Claiming and settling due reminders; every method is its own short transaction.

    A claim is a lease: `claimed_by` plus `lease_until`. A row whose lease expired (its
    worker died) is claimable again; `attempts` then tells the new worker to look for a
    post the dead one may have made before re-sending. The `mark_*` methods succeed only
    for the worker still holding the lease (fencing), and return whether they did.
    """

    async def claim_due(
        self, now: datetime, *, worker: str, limit: int, lease: timedelta
    ) -> list[ScheduledReminder]:
        """Pending rows with `fire_at <= now` (and `not_before <= now`), plus claimed rows
        whose lease expired, oldest first; each now claimed by `worker`."""
        ...

    async def mark_sent(
        self, reminder_id: int, *, worker: str, at: datetime, message_ref: str | None, late: bool
    ) -> bool: ...

    async def mark_retry(
        self, reminder_id: int, *, worker: str, not_before: datetime, error: str
    ) -> bool:
        """Back to pending, not claimable before `not_before`."""
        ...

    async def mark_failed(self, reminder_id: int, *, worker: str, error: str) -> bool: ...

    async def mark_settled(
        self,
        reminder_ids: list[int],
        *,
        worker: str,
        status: ReminderStatus,
        at: datetime,
        message_ref: str | None = None,
    ) -> int:
        """MISSED (summarized in `message_ref`) or EXPIRED, for a batch; returns how many."""
        ...

    async def lease_holders(self, now: datetime) -> list[str]:
        """Workers holding unexpired claims at `now`, sorted: on SQLite, where only one
        process may dispatch, any other name is a second dispatcher."""
        ...

    async def release(self, reminder_id: int, *, worker: str) -> bool:
        """Give a claim back untouched (graceful shutdown): pending again, attempt undone."""
        ...

    async def counts(self, now: datetime) -> dict[str, int]:
        """Rows per status, plus "due" (pending and claimable at `now`), for /metrics."""
        ...
