"""The store's interface: what the service needs to keep, in domain terms.

One `UnitOfWork` is one transaction: everything a command changes (the matter, its
events, the recomputed deadlines, the audit entry) is committed together or not at
all. Implementations live in `adapters/` (SQLAlchemy on SQLite or PostgreSQL).
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date, time
from typing import Protocol

from core.matter import AuditEntry, Matter


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

    async def commit(self) -> None: ...


class Store(Protocol):
    def unit_of_work(self) -> AbstractAsyncContextManager[UnitOfWork]:
        """A transaction: commits when the block calls `commit()`, rolls back otherwise."""
        ...

    async def close(self) -> None: ...
