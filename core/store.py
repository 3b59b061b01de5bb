"""The store's interface: what the service needs to keep, in domain terms.

One `UnitOfWork` is one transaction: everything a command changes (the matter, its
events, the recomputed deadlines, the audit entry) is committed together or not at
all. Implementations live in `adapters/` (SQLAlchemy on SQLite or PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from settleconf.core.matter import AuditEntry, Matter
from settleconf.core.pending_order import PendingOrder
from settleconf.core.reminders import ReminderSync, ScheduledReminder


@dataclass(frozen=True)
class Workspace:
    id: int
    platform: str  # "slack", "teams", "console"
    external_id: str  # Slack team id (with enterprise id where present), Teams tenant id, "local"
    name: str | None = None


@dataclass(frozen=True)
class ChannelBinding:
    workspace_id: int
    platform: str
    channel_id: str
    matter_id: int


@dataclass(frozen=True)
class DeadlineRow:
    """A computed deadline as stored for querying and reminders (derived from the matter)."""

    matter_id: int
    obligation_id: str
    title: str
    status: str
    due_date: date | None
    due_time: time | None
    act_on_date: date | None
    done: bool


class UnitOfWork(Protocol):
    async def workspace(
        self, platform: str, external_id: str, name: str | None = None
    ) -> Workspace:
        """Get or create the workspace."""
        ...

    async def matters_in(self, workspace_id: int) -> list[Matter]: ...

    async def get_matter(self, matter_id: int) -> Matter | None: ...

    async def matters_with_key(self, workspace_id: int, key: str) -> list[Matter]:
        """The workspace's matters whose docket has this `DocketNumber.key()` ("24-cv-00361"):
        the candidates for a typed case number, found by index instead of loading them all."""
        ...

    async def all_matters(self) -> list[Matter]:
        """Every matter of every workspace: for the operator's CLI on the server, never chat."""
        ...

    async def add_matter(self, matter: Matter) -> Matter:
        """Insert; returns the matter with its id set."""
        ...

    async def save_matter(self, matter: Matter) -> None:
        """Update the matter's fields and append its new events (events are never rewritten)."""
        ...

    async def replace_deadlines(self, matter_id: int, rows: list[DeadlineRow]) -> None: ...

    async def deadlines(self, matter_id: int) -> list[DeadlineRow]: ...

    async def bind(self, binding: ChannelBinding) -> None:
        """Bind a channel to a matter (idempotent)."""
        ...

    async def unbind(self, workspace_id: int, platform: str, channel_id: str) -> int:
        """Remove the channel's bindings; returns how many there were."""
        ...

    async def bindings_for_channel(
        self, workspace_id: int, platform: str, channel_id: str
    ) -> list[ChannelBinding]: ...

    async def bindings_for_matter(self, matter_id: int) -> list[ChannelBinding]: ...

    async def audit(self, workspace_id: int, entry: AuditEntry) -> None: ...

    async def history(self, matter_id: int, limit: int = 20) -> list[AuditEntry]:
        """Newest first."""
        ...

    async def sync_reminders(
        self, matter_id: int, planned: list[ScheduledReminder], now: datetime
    ) -> ReminderSync:
        """Make the matter's pending reminders exactly `planned`, in this transaction.

        Pending rows not in `planned` (by `identity`) are deleted; rows already in any
        other status (sent, claimed, failed...) are kept and never re-added, so a reminder
        that went out is not sent again when a later change plans it once more. New rows
        whose `fire_at` is before `now` are not added: a change must not create
        reminders that are already late.
        """
        ...

    async def reminders(self, matter_id: int) -> list[ScheduledReminder]:
        """Every stored reminder of the matter (any status), by `fire_at` then id."""
        ...

    async def add_pending_order(self, pending: PendingOrder) -> PendingOrder:
        """Hold an order until it is confirmed; returns it with its id set."""
        ...

    async def take_pending_order(
        self, token: str, workspace_id: int, platform: str, channel: str, now: datetime
    ) -> PendingOrder | None:
        """Remove and return the order held under `token` for this channel; None when there
        is none there or it has expired (an expired one is removed too)."""
        ...

    async def discard_pending_order(
        self, token: str, workspace_id: int, platform: str, channel: str, now: datetime
    ) -> PendingOrder | None:
        """Like `take_pending_order`: the order is dropped instead of stored."""
        ...

    async def commit(self) -> None: ...


# Slack's signature check refuses a request whose timestamp is further than this from now,
# so a signature needs remembering for this long after its timestamp, and no longer.
REPLAY_WINDOW = timedelta(minutes=5)


class ReplayCache(Protocol):
    """Signed requests already received, shared by every replica: a captured request sent
    again inside the signature's window verifies, and must not run a second time."""

    async def first_use(self, key: str, signed_at: datetime) -> bool:
        """True the first time any replica offers `key` (the request's signature), False
        while it is remembered: until `REPLAY_WINDOW` after `signed_at` or after now,
        whichever is later (a timestamp ahead of our clock is accepted that much longer)."""
        ...


# A follow-up ("and the demand?") is read against the asker's last answered question for
# this long. Long enough for a conversation in a channel (a reply read, a colleague asked),
# short enough that "and the letter?" an hour later is not silently read against a question
# nobody remembers: past it the follow-up gets "not sure", which is cheap.
FOLLOW_UP_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class TurnKey:
    """Whose conversation: one person in one channel (and thread, where the platform has
    threads) of one workspace. A turn is never read under any other key."""

    platform: str
    workspace: str  # the platform's workspace id (`Request.workspace`)
    channel: str
    user: str
    thread: str = ""  # "" outside a thread


@dataclass(frozen=True)
class ConversationTurn:
    """An answered question, as a follow-up needs it: what was asked about which matter.
    Only ever used while the same channel still resolves to the same matter."""

    key: TurnKey
    matter_id: int
    docket: str  # with `matter_id`: a reused id of a removed matter never matches
    intent: str  # `IntentName` value
    at: datetime
    obligation_id: str | None = None
    topic: str | None = None
    party: str | None = None
    what_if: date | None = None  # the conference date a what-if asked about
    day: date | None = None  # the day a date check asked about ("is May 17 ok for ...")


class Store(Protocol):
    def unit_of_work(self) -> AbstractAsyncContextManager[UnitOfWork]:
        """A transaction: commits when the block calls `commit()`, rolls back otherwise."""
        ...

    async def remember_turns(self, turns: Sequence[ConversationTurn]) -> None:
        """Keep each turn as the last one under its key (replacing any; one turn per key),
        in one short transaction of its own: never inside a request's unit of work, so a
        read stays a read."""
        ...

    async def recall_turn(self, key: TurnKey, now: datetime) -> ConversationTurn | None:
        """The last turn under `key` if it is younger than `FOLLOW_UP_WINDOW` at `now`."""
        ...

    async def close(self) -> None: ...
