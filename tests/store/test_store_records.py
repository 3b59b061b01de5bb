"""Channel bindings, stored deadlines and the audit log, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import date, time, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.tables import ChannelBindingRow, WorkspaceRow
from settleconf.core.matter import AuditEntry
from settleconf.core.store import ChannelBinding, DeadlineRow
from tests.store.builders import T0, count_rows, make_matter


async def _two_matters(store: SqlStore) -> tuple[int, int, int]:
    """(workspace id, matter id, matter id), committed."""
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        first = await uow.add_matter(make_matter(ws.id, "7:24-cv-00361-PMH"))
        second = await uow.add_matter(make_matter(ws.id, "1:23-cv-04567-JLR"))
        await uow.commit()
    assert first.id is not None and second.id is not None
    return ws.id, first.id, second.id


async def test_bind_is_idempotent_and_found_both_ways(store: SqlStore) -> None:
    ws, m1, _ = await _two_matters(store)
    binding = ChannelBinding(ws, "slack", "C1", m1)
    async with store.unit_of_work() as uow:
        await uow.bind(binding)
        await uow.bind(binding)
        await uow.commit()
    async with store.unit_of_work() as uow:
        await uow.bind(binding)  # already committed: still no duplicate, no error
        await uow.commit()
        assert await uow.bindings_for_channel(ws, "slack", "C1") == [binding]
        assert await uow.bindings_for_matter(m1) == [binding]
        assert await uow.bindings_for_channel(ws, "slack", "C2") == []
        assert await uow.bindings_for_channel(ws, "teams", "C1") == []
        assert await uow.bindings_for_channel(ws + 1, "slack", "C1") == []


async def test_a_matter_bound_to_two_channels(store: SqlStore) -> None:
    ws, m1, _ = await _two_matters(store)
    async with store.unit_of_work() as uow:
        await uow.bind(ChannelBinding(ws, "slack", "C-LITIGATION", m1))
        await uow.bind(ChannelBinding(ws, "slack", "C-CLIENT", m1))
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert await uow.bindings_for_matter(m1) == [
            ChannelBinding(ws, "slack", "C-LITIGATION", m1),
            ChannelBinding(ws, "slack", "C-CLIENT", m1),
        ]
        assert await uow.unbind(ws, "slack", "C-LITIGATION") == 1
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert await uow.bindings_for_matter(m1) == [ChannelBinding(ws, "slack", "C-CLIENT", m1)]
        assert await uow.bindings_for_channel(ws, "slack", "C-LITIGATION") == []


async def test_unbind_removes_all_of_a_channels_bindings(store: SqlStore) -> None:
    ws, m1, m2 = await _two_matters(store)
    async with store.unit_of_work() as uow:
        await uow.bind(ChannelBinding(ws, "slack", "C1", m1))
        await uow.bind(ChannelBinding(ws, "slack", "C1", m2))
        await uow.bind(ChannelBinding(ws, "slack", "C2", m2))
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert [b.matter_id for b in await uow.bindings_for_channel(ws, "slack", "C1")] == [m1, m2]
        assert await uow.unbind(ws, "slack", "C1") == 2
        assert await uow.unbind(ws, "slack", "C1") == 0
        assert await uow.unbind(ws, "slack", "C-NEVER-BOUND") == 0
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert await uow.bindings_for_channel(ws, "slack", "C1") == []
        assert await uow.bindings_for_matter(m2) == [ChannelBinding(ws, "slack", "C2", m2)]


async def test_binding_to_a_missing_matter_is_refused(store: SqlStore) -> None:
    ws, m1, m2 = await _two_matters(store)
    async with store.unit_of_work() as uow:
        with pytest.raises(IntegrityError):  # SQLite too: foreign keys are switched on
            await uow.bind(ChannelBinding(ws, "slack", "C1", m1 + m2 + 100))


def _rows(matter_id: int, *ids: str) -> list[DeadlineRow]:
    return [
        DeadlineRow(
            matter_id=matter_id,
            obligation_id=ob,
            title=ob.replace("_", " ").capitalize(),
            status="upcoming",
            due_date=date(2024, 5, 28) + timedelta(days=n),
            due_time=time(17, 0) if n == 0 else None,
            act_on_date=date(2024, 5, 24) + timedelta(days=n),
            done=n == 1,
        )
        for n, ob in enumerate(ids)
    ]


async def test_replace_deadlines_replaces_the_whole_set(store: SqlStore) -> None:
    _, m1, m2 = await _two_matters(store)
    first = _rows(m1, "ex_parte_letter", "settlement_demand", "demand_response")
    unknown = [DeadlineRow(m1, "attendance", "Attendance", "needs_review", None, None, None, False)]
    async with store.unit_of_work() as uow:
        await uow.replace_deadlines(m1, first)
        await uow.replace_deadlines(m2, _rows(m2, "ex_parte_letter"))
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert await uow.deadlines(m1) == first
        await uow.replace_deadlines(m1, [*first[1:], *unknown])  # one gone, one new
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert await uow.deadlines(m1) == [*first[1:], *unknown]
        assert await uow.deadlines(m2) == _rows(m2, "ex_parte_letter")
        await uow.replace_deadlines(m1, [])
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert await uow.deadlines(m1) == []
        with pytest.raises(ValueError, match="deadline rows for matters"):
            await uow.replace_deadlines(m1, _rows(m2, "ex_parte_letter"))


async def test_history_is_newest_first_and_limited(store: SqlStore) -> None:
    ws, m1, m2 = await _two_matters(store)
    entries = [
        AuditEntry(f"action {n}", "slack:U1", T0 + timedelta(minutes=n), f"b{n}", f"a{n}", m1)
        for n in range(5)
    ]
    async with store.unit_of_work() as uow:
        for entry in entries:
            await uow.audit(ws, entry)
        await uow.audit(ws, AuditEntry("other matter", "slack:U1", T0, None, None, m2))
        await uow.audit(ws, AuditEntry("workspace setting", "console", T0, None, "on", None))
        await uow.commit()
    async with store.unit_of_work() as uow:
        assert await uow.history(m1) == entries[::-1]
        assert await uow.history(m1, limit=2) == [entries[4], entries[3]]
        assert await uow.history(m2) == [AuditEntry("other matter", "slack:U1", T0, None, None, m2)]
        assert await uow.history(m1 + m2 + 100) == []


async def test_racing_requests_create_one_workspace_and_one_binding(store: SqlStore) -> None:
    ws, m1, _ = await _two_matters(store)

    async def first_message() -> int:
        async with store.unit_of_work() as uow:
            found = await uow.workspace("slack", "T-NEW", "New LLP")
            await uow.bind(ChannelBinding(ws, "slack", "C-RACE", m1))
            await uow.commit()
        return found.id

    ids = await asyncio.gather(*(first_message() for _ in range(4)))
    assert len(set(ids)) == 1
    assert await count_rows(store, WorkspaceRow) == 2
    assert await count_rows(store, ChannelBindingRow) == 1
