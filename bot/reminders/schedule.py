"""Keeping stored reminders in step with their matter, inside the change's own transaction.

`ReminderSyncingUnitOfWork` wraps the unit of work a command gets. It notes every
matter the command touches (added, saved, bound, unbound) and, at `commit()`, first
re-plans those matters' reminders for their bound channels and stores the result
(`UnitOfWork.sync_reminders`), with an audit entry when anything changed. Doing it at
the one place every change passes through means no command can forget it, and no
reminder survives the change that made it stale.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from settleconf.core.matter import AuditEntry, Matter
from settleconf.core.reminder_policy import plan_reminders
from settleconf.core.reminders import Destination, ReminderSync, ScheduledReminder
from settleconf.core.store import ChannelBinding, DeadlineRow, UnitOfWork, Workspace

RESCHEDULED = "reminders rescheduled"


def scheduled_for(
    matter: Matter, workspace: Workspace, bindings: list[ChannelBinding]
) -> list[ScheduledReminder]:
    """The matter's planned reminders, one row per bound channel."""
    assert matter.id is not None
    plan = plan_reminders(matter)
    return [
        ScheduledReminder(
            matter_id=matter.id,
            workspace_id=b.workspace_id,
            destination=Destination(b.platform, workspace.external_id, b.channel_id),
            key=p.key,
            kind=p.kind,
            obligation_id=p.obligation_id,
            fire_at=p.fire_at,
            due_at=p.due_at,
            lead=p.lead,
        )
        for b in bindings
        for p in plan
    ]


async def resync_reminders(
    uow: UnitOfWork, matter: Matter, workspace: Workspace, now: datetime
) -> ReminderSync:
    if matter.workspace_id != workspace.id:
        raise ValueError(f"matter {matter.id} is not in workspace {workspace.id}")
    assert matter.id is not None
    bindings = await uow.bindings_for_matter(matter.id)
    return await uow.sync_reminders(matter.id, scheduled_for(matter, workspace, bindings), now)


class ReminderSyncingUnitOfWork:
    """A `UnitOfWork` that resyncs the reminders of every matter it changed before committing."""

    def __init__(
        self, inner: UnitOfWork, workspace: Workspace, clock: Callable[[], datetime], actor: str
    ) -> None:
        self._inner = inner
        self._ws = workspace
        self._clock = clock
        self._actor = actor
        self._touched: dict[int, Matter | None] = {}  # None: reload at commit

    def __getattr__(self, name: str) -> Any:
        # Methods added to the store later pass straight through; the ones that change
        # which reminders exist are wrapped below.
        return getattr(self._inner, name)

    def _touch(self, matter_id: int, matter: Matter | None = None) -> None:
        if matter is not None or matter_id not in self._touched:
            self._touched[matter_id] = matter

    async def workspace(
        self, platform: str, external_id: str, name: str | None = None
    ) -> Workspace:
        return await self._inner.workspace(platform, external_id, name)

    async def matters_in(self, workspace_id: int) -> list[Matter]:
        return await self._inner.matters_in(workspace_id)

    async def get_matter(self, matter_id: int) -> Matter | None:
        return await self._inner.get_matter(matter_id)

    async def matters_with_key(self, workspace_id: int, key: str) -> list[Matter]:
        return await self._inner.matters_with_key(workspace_id, key)

    async def all_matters(self) -> list[Matter]:
        return await self._inner.all_matters()

    async def add_matter(self, matter: Matter) -> Matter:
        added = await self._inner.add_matter(matter)
        assert added.id is not None
        self._touch(added.id, added)
        return added

    async def save_matter(self, matter: Matter) -> None:
        await self._inner.save_matter(matter)
        assert matter.id is not None
        self._touch(matter.id, matter)

    async def replace_deadlines(self, matter_id: int, rows: list[DeadlineRow]) -> None:
        await self._inner.replace_deadlines(matter_id, rows)

    async def deadlines(self, matter_id: int) -> list[DeadlineRow]:
        return await self._inner.deadlines(matter_id)

    async def bind(self, binding: ChannelBinding) -> None:
        await self._inner.bind(binding)
        self._touch(binding.matter_id)

    async def unbind(self, workspace_id: int, platform: str, channel_id: str) -> int:
        for b in await self._inner.bindings_for_channel(workspace_id, platform, channel_id):
            self._touch(b.matter_id)
        return await self._inner.unbind(workspace_id, platform, channel_id)

    async def bindings_for_channel(
        self, workspace_id: int, platform: str, channel_id: str
    ) -> list[ChannelBinding]:
        return await self._inner.bindings_for_channel(workspace_id, platform, channel_id)

    async def bindings_for_matter(self, matter_id: int) -> list[ChannelBinding]:
        return await self._inner.bindings_for_matter(matter_id)

    async def audit(self, workspace_id: int, entry: AuditEntry) -> None:
        await self._inner.audit(workspace_id, entry)

    async def history(self, matter_id: int, limit: int = 20) -> list[AuditEntry]:
        return await self._inner.history(matter_id, limit)

    async def sync_reminders(
        self, matter_id: int, planned: list[ScheduledReminder], now: datetime
    ) -> ReminderSync:
        return await self._inner.sync_reminders(matter_id, planned, now)

    async def reminders(self, matter_id: int) -> list[ScheduledReminder]:
        return await self._inner.reminders(matter_id)

    async def commit(self) -> None:
        touched, self._touched = self._touched, {}
        for matter_id, known in touched.items():
            matter = known or await self._inner.get_matter(matter_id)
            if matter is None or matter.workspace_id != self._ws.id:
                continue
            now = self._clock()
            sync = await resync_reminders(self._inner, matter, self._ws, now)
            if sync.changed:
                entry = AuditEntry(RESCHEDULED, self._actor, now, None, sync.describe(), matter_id)
                await self._inner.audit(self._ws.id, entry)
        await self._inner.commit()

