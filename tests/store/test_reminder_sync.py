"""`UnitOfWork.sync_reminders` / `reminders`: the matter's pending reminders become the plan."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, text, update

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.reminder_table import REMINDERS, ReminderRow
from settleconf.adapters.store.tables import MatterRow
from settleconf.core.reminders import (
    Destination,
    ReminderKind,
    ReminderStatus,
    ReminderSync,
    ScheduledReminder,
)
from tests.store.builders import count_rows, make_matter

NOW = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)
MAY_13 = datetime(2024, 5, 13, 13, 0, tzinfo=UTC)  # 7 days before the May 20 letter
MAY_17 = datetime(2024, 5, 17, 13, 0, tzinfo=UTC)  # 1 business day before
MAY_20 = datetime(2024, 5, 20, 13, 0, tzinfo=UTC)  # on the due day
DUE = datetime(2024, 5, 20, 21, 0, tzinfo=UTC)  # 5:00 p.m. New York


async def add_matter(store: SqlStore, team: str = "T1", docket: str = "7:24-cv-00361") -> int:
    """A committed workspace and matter; returns the matter id (its workspace is `team`)."""
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", team)
        matter = await uow.add_matter(make_matter(ws.id, docket))
        await uow.commit()
    assert matter.id is not None
    return matter.id


async def workspace_id(store: SqlStore, team: str = "T1") -> int:
    async with store.unit_of_work() as uow:
        return (await uow.workspace("slack", team)).id


def reminder(
    matter_id: int,
    fire_at: datetime,
    key: str = "ex_parte_letter/7d",
    channel: str = "C1",
    *,
    ws: int = 1,
    team: str = "T1",
) -> ScheduledReminder:
    return ScheduledReminder(
        matter_id=matter_id,
        workspace_id=ws,
        destination=Destination("slack", team, channel),
        key=key,
        kind=ReminderKind.LEAD,
        obligation_id="ex_parte_letter",
        fire_at=fire_at,
        due_at=DUE,
        lead="7 days before",
    )


async def sync(
    store: SqlStore, matter_id: int, planned: list[ScheduledReminder], now: datetime = NOW
) -> ReminderSync:
    async with store.unit_of_work() as uow:
        result = await uow.sync_reminders(matter_id, planned, now)
        await uow.commit()
    return result


async def stored(store: SqlStore, matter_id: int) -> list[ScheduledReminder]:
    async with store.unit_of_work() as uow:
        return await uow.reminders(matter_id)


def plan_of(rows: list[ScheduledReminder]) -> list[tuple[str, str, datetime, ReminderStatus]]:
    return [(r.key, r.destination.channel, r.fire_at, r.status) for r in rows]


async def set_status(store: SqlStore, reminder_id: int | None, status: ReminderStatus) -> None:
    async with store.engine.begin() as conn:
        await conn.execute(
            update(REMINDERS).where(REMINDERS.c.id == reminder_id).values(status=status.value)
        )


async def test_a_first_sync_stores_the_plan_in_fire_order(store: SqlStore) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    plan = [
        reminder(m, MAY_20, "ex_parte_letter/due", ws=ws),
        reminder(m, MAY_13, ws=ws),
        reminder(m, MAY_13, channel="C2", ws=ws),
    ]
    assert await sync(store, m, plan) == ReminderSync(cancelled=0, added=3, kept=0)

    rows = await stored(store, m)
    ids = [r.id for r in rows]
    assert None not in ids and len(set(ids)) == 3
    # Everything but the id comes back exactly as planned: pending, unclaimed, UTC.
    assert rows == [
        dataclasses.replace(plan[1], id=ids[0]),
        dataclasses.replace(plan[2], id=ids[1]),
        dataclasses.replace(plan[0], id=ids[2]),
    ]


async def test_a_resync_keeps_what_is_still_planned_and_cancels_the_rest(
    store: SqlStore,
) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    first = [reminder(m, MAY_13, ws=ws), reminder(m, MAY_17, "ex_parte_letter/1bd", ws=ws)]
    await sync(store, m, first)
    before = {r.key: r.id for r in await stored(store, m)}

    second = [reminder(m, MAY_13, ws=ws), reminder(m, MAY_20, "ex_parte_letter/due", ws=ws)]
    assert await sync(store, m, second) == ReminderSync(cancelled=1, added=1, kept=1)
    rows = await stored(store, m)
    assert plan_of(rows) == [
        ("ex_parte_letter/7d", "C1", MAY_13, ReminderStatus.PENDING),
        ("ex_parte_letter/due", "C1", MAY_20, ReminderStatus.PENDING),
    ]
    assert rows[0].id == before["ex_parte_letter/7d"]  # kept, not deleted and re-inserted

    assert await sync(store, m, second) == ReminderSync(cancelled=0, added=0, kept=2)
    assert await sync(store, m, []) == ReminderSync(cancelled=2, added=0, kept=0)
    assert await stored(store, m) == []


async def test_a_moved_reminder_is_a_new_one(store: SqlStore) -> None:
    """fire_at is part of the identity: moving the conference cancels and re-adds."""
    m = await add_matter(store)
    ws = await workspace_id(store)
    await sync(store, m, [reminder(m, MAY_13, ws=ws)])
    moved = reminder(m, MAY_13 + timedelta(days=7), ws=ws)
    assert await sync(store, m, [moved]) == ReminderSync(cancelled=1, added=1, kept=0)
    assert plan_of(await stored(store, m)) == [
        ("ex_parte_letter/7d", "C1", datetime(2024, 5, 20, 13, 0, tzinfo=UTC), "pending")
    ]


async def test_the_same_instant_in_another_zone_is_the_same_reminder(store: SqlStore) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    await sync(store, m, [reminder(m, MAY_13, ws=ws)])
    new_york = MAY_13.astimezone(ZoneInfo("America/New_York"))  # 9:00 a.m. EDT
    assert await sync(store, m, [reminder(m, new_york, ws=ws)]) == ReminderSync(0, 0, 1)


async def test_a_duplicate_in_the_plan_is_stored_once(store: SqlStore) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    planned = [reminder(m, MAY_13, ws=ws), reminder(m, MAY_13, ws=ws)]
    assert await sync(store, m, planned) == ReminderSync(cancelled=0, added=1, kept=0)
    assert len(await stored(store, m)) == 1


@pytest.mark.parametrize(
    "status",
    [
        ReminderStatus.SENT,
        ReminderStatus.CLAIMED,
        ReminderStatus.FAILED,
        ReminderStatus.MISSED,
        ReminderStatus.EXPIRED,
    ],
)
async def test_a_row_past_pending_is_never_cancelled_nor_added_again(
    store: SqlStore, status: ReminderStatus
) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    await sync(store, m, [reminder(m, MAY_13, ws=ws)])
    (row,) = await stored(store, m)
    await set_status(store, row.id, status)

    assert await sync(store, m, []) == ReminderSync(cancelled=0, added=0, kept=0)
    assert await sync(store, m, [reminder(m, MAY_13, ws=ws)]) == ReminderSync(0, 0, 0)
    assert [(r.id, r.status) for r in await stored(store, m)] == [(row.id, status)]


async def test_new_reminders_already_late_are_not_added(store: SqlStore) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    planned = [
        reminder(m, MAY_13 - timedelta(microseconds=1), "a", ws=ws),
        reminder(m, MAY_13, "b", ws=ws),  # exactly now: on time
    ]
    assert await sync(store, m, planned, now=MAY_13) == ReminderSync(0, 1, 0)
    assert [r.key for r in await stored(store, m)] == ["b"]


async def test_a_stored_pending_reminder_that_became_due_is_kept(store: SqlStore) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    await sync(store, m, [reminder(m, MAY_13, ws=ws)])
    later = MAY_13 + timedelta(hours=1)
    assert await sync(store, m, [reminder(m, MAY_13, ws=ws)], now=later) == ReminderSync(0, 0, 1)


async def test_rows_of_another_matter_are_refused(store: SqlStore) -> None:
    m = await add_matter(store)
    other = await add_matter(store, docket="1:24-cv-00001")
    ws = await workspace_id(store)
    async with store.unit_of_work() as uow:
        with pytest.raises(ValueError, match=rf"matters \[{other}\] passed for {m}"):
            await uow.sync_reminders(m, [reminder(m, MAY_13, ws=ws), reminder(other, MAY_13)], NOW)
    assert await count_rows(store, ReminderRow) == 0


async def test_a_resync_leaves_other_matters_alone(store: SqlStore) -> None:
    m = await add_matter(store)
    other = await add_matter(store, docket="1:24-cv-00001")
    ws = await workspace_id(store)
    await sync(store, other, [reminder(other, MAY_13, ws=ws)])
    assert await sync(store, m, []) == ReminderSync(0, 0, 0)
    assert len(await stored(store, other)) == 1


async def test_nothing_is_visible_before_commit_and_a_rollback_discards(store: SqlStore) -> None:
    m = await add_matter(store)
    ws = await workspace_id(store)
    await sync(store, m, [reminder(m, MAY_13, ws=ws)])
    async with store.unit_of_work() as uow:
        result = await uow.sync_reminders(m, [reminder(m, MAY_17, "b", ws=ws)], NOW)
        assert result == ReminderSync(cancelled=1, added=1, kept=0)
        assert [r.key for r in await uow.reminders(m)] == ["b"]
        if store.engine.dialect.name == "postgresql":  # SQLite: a reader would wait
            async with store.engine.connect() as conn:
                keys = (await conn.execute(text("SELECT key FROM reminders"))).scalars().all()
            assert keys == ["ex_parte_letter/7d"]
    assert [r.key for r in await stored(store, m)] == ["ex_parte_letter/7d"]


async def test_deleting_a_matter_deletes_its_reminders(store: SqlStore) -> None:
    m = await add_matter(store)
    other = await add_matter(store, docket="1:24-cv-00001")
    ws = await workspace_id(store)
    await sync(store, m, [reminder(m, MAY_13, ws=ws)])
    await sync(store, other, [reminder(other, MAY_13, ws=ws)])
    async with store.engine.begin() as conn:
        await conn.execute(delete(MatterRow).where(MatterRow.id == m))
    assert await count_rows(store, ReminderRow) == 1
    assert await stored(store, m) == []


async def _waiting_on_a_lock(store: SqlStore) -> bool:
    sql = (
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    async with store.engine.connect() as conn:
        return bool(await conn.scalar(text(sql)))


async def test_a_concurrent_insert_of_the_same_reminder_does_not_fail(store: SqlStore) -> None:
    """PostgreSQL: the second insert waits on the first's unique key, then does nothing."""
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: its units of work cannot interleave")
    m = await add_matter(store)
    ws = await workspace_id(store)
    planned = [reminder(m, MAY_13, ws=ws)]
    async with store.unit_of_work() as first:
        assert await first.sync_reminders(m, planned, NOW) == ReminderSync(0, 1, 0)
        second = asyncio.create_task(sync(store, m, planned))
        for _ in range(500):  # until the second insert is blocked on the first's row
            if await _waiting_on_a_lock(store):
                break
            await asyncio.sleep(0.01)
        else:
            pytest.fail("the second sync never waited on the first")
        await first.commit()
    assert await second == ReminderSync(cancelled=0, added=0, kept=0)
    assert len(await stored(store, m)) == 1
