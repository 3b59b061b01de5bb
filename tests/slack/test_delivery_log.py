"""The durable delivery log: first time True, then False, across connections; old keys
pruned after a day. On SQLite and PostgreSQL (the store's fixtures)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from settleconf.adapters.slack.dedup import MemoryDeliveryLog, delivery_key
from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.delivery_log import DeliveryLogRow, SqlDeliveryLog, stored_key
from tests.store import fixtures as store_fixtures

# The store's fixtures: each test asking for `store` runs on SQLite and on PostgreSQL.
postgres_url = store_fixtures.postgres_url
store_url = store_fixtures.store_url
store = store_fixtures.store


async def _count(store: SqlStore) -> int:
    async with store.engine.connect() as conn:
        result = await conn.execute(select(func.count()).select_from(DeliveryLogRow))
        return int(result.scalar_one())


async def test_first_then_repeat(store: SqlStore) -> None:
    log = SqlDeliveryLog(store.engine)
    other_replica = SqlDeliveryLog(store.engine)
    assert await log.first_delivery("slack:event:Ev1") is True
    assert await other_replica.first_delivery("slack:event:Ev1") is False
    assert await log.first_delivery("slack:event:Ev1") is False
    assert await log.first_delivery("slack:event:Ev2") is True


async def test_old_keys_are_pruned_after_a_day(store: SqlStore) -> None:
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    clock = [now]
    log = SqlDeliveryLog(store.engine, clock=lambda: clock[0])
    assert await log.first_delivery("old")
    clock[0] = now + timedelta(hours=25)
    assert await log.first_delivery("new")  # this write prunes "old"
    assert await _count(store) == 1
    assert await log.first_delivery("old") is True  # forgotten, as intended


async def test_long_keys_are_hashed_not_cut(store: SqlStore) -> None:
    log = SqlDeliveryLog(store.engine)
    a, b = "k" * 300 + "a", "k" * 300 + "b"
    assert stored_key(a) != stored_key(b)
    assert await log.first_delivery(a) and await log.first_delivery(b)
    assert not await log.first_delivery(a)


async def test_memory_log_for_single_replicas() -> None:
    log = MemoryDeliveryLog()
    assert await log.first_delivery("x") and not await log.first_delivery("x")


def test_only_event_callbacks_have_delivery_keys() -> None:
    assert delivery_key({"type": "event_callback", "event_id": "Ev9"}) == "slack:event:Ev9"
    assert delivery_key({"type": "block_actions"}) is None
    assert delivery_key({"command": "/settleconf"}) is None


async def test_racing_replicas_agree_on_one_first(store: SqlStore) -> None:
    logs = [SqlDeliveryLog(store.engine) for _ in range(8)]
    results = await asyncio.gather(*(log.first_delivery("slack:event:race") for log in logs))
    assert sorted(results) == [False] * 7 + [True]
