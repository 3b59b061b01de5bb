"""The replay cache (`adapters/store/replay_cache.py`): a signature is new exactly once
across replicas while its timestamp is inside the window, and forgotten after.
On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.util.concurrency import greenlet_spawn

from settleconf.adapters.slack.dedup import MemoryDeliveryLog
from settleconf.adapters.store import SqlStore, open_store, postgres_engine
from settleconf.adapters.store.delivery_log import SqlDeliveryLog
from settleconf.adapters.store.replay_cache import ReplayRow, SqlReplayCache
from settleconf.adapters.store.tables import WorkspaceRow
from tests.store.pg_connections import RoundTrips, terminate_pooled

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
SIG = "v0=" + "a" * 64


async def _rows(store: SqlStore) -> list[tuple[str, datetime]]:
    async with store.engine.connect() as conn:
        result = await conn.execute(select(ReplayRow.key, ReplayRow.expires_at))
        return sorted((key, at) for key, at in result.all())


async def test_a_signature_is_new_once_for_every_replica(store: SqlStore) -> None:
    cache, other_replica = SqlReplayCache(store.engine), SqlDeliveryLog(store.engine)
    signed_at = datetime.now(UTC)
    assert await cache.first_use(SIG, signed_at) is True
    assert await other_replica.first_use(SIG, signed_at) is False
    assert await cache.first_use(SIG, signed_at) is False
    assert await cache.first_use("v0=" + "b" * 64, signed_at) is True


async def test_only_a_hash_is_kept_until_five_minutes_after_the_timestamp(
    store: SqlStore,
) -> None:
    cache = SqlReplayCache(store.engine, clock=lambda: NOW)
    assert await cache.first_use(SIG, NOW - timedelta(seconds=40))
    # A timestamp ahead of our clock is accepted until 5 minutes after it: kept that long.
    assert await cache.first_use("v0=ahead", NOW + timedelta(seconds=100))
    assert await _rows(store) == sorted(
        [
            (hashlib.sha256(SIG.encode()).hexdigest(), NOW + timedelta(minutes=5)),
            (hashlib.sha256(b"v0=ahead").hexdigest(), NOW + timedelta(seconds=400)),
        ]
    )


async def test_expired_signatures_are_pruned_by_the_next_new_one(store: SqlStore) -> None:
    clock = [NOW]
    cache = SqlReplayCache(store.engine, clock=lambda: clock[0])
    assert await cache.first_use("v0=old", NOW)
    assert await cache.first_use("v0=ahead", NOW + timedelta(minutes=4))
    clock[0] = NOW + timedelta(minutes=6)
    assert await cache.first_use("v0=replay-of-ahead", NOW + timedelta(minutes=4)) is True
    kept = [key for key, _ in await _rows(store)]
    assert kept == sorted(
        hashlib.sha256(k.encode()).hexdigest() for k in ("v0=ahead", "v0=replay-of-ahead")
    )
    assert await cache.first_use("v0=ahead", NOW + timedelta(minutes=4)) is False


async def test_racing_replicas_agree_on_one_first_use(store: SqlStore) -> None:
    caches = [SqlReplayCache(store.engine) for _ in range(8)]
    signed_at = datetime.now(UTC)
    results = await asyncio.gather(*(cache.first_use(SIG, signed_at) for cache in caches))
    assert sorted(results) == [False] * 7 + [True]


async def test_concurrent_requests_share_one_commit_and_each_key_is_new_once(
    store: SqlStore,
) -> None:
    """Group commit: 60 requests arriving together (20 signatures, each three times, one
    of them already seen) cost a couple of transactions, not 60, and each signature is
    still new for exactly one caller."""
    cache = SqlReplayCache(store.engine)
    signed_at = datetime.now(UTC)
    assert await cache.first_use("v0=sig0", signed_at) is True
    commits: list[int] = []
    record = cache._record

    async def count(group: list[Any]) -> set[str]:  # one transaction, committed
        new = await record(group)
        commits.append(len(group))
        return new

    cache._record = count  # type: ignore[method-assign]
    keys = [f"v0=sig{i % 20}" for i in range(60)]
    results = await asyncio.gather(*(cache.first_use(k, signed_at) for k in keys))
    new = sorted({k for k, first in zip(keys, results, strict=True) if first})
    assert new == sorted(f"v0=sig{i}" for i in range(1, 20))
    assert sum(results) == 19  # sig0 was seen before; every other key is new exactly once
    assert 1 <= len(commits) <= 2  # the first call's own, then everyone who queued behind it
    assert len(await _rows(store)) == 20


async def test_a_request_cancelled_mid_commit_leaves_the_others_their_answers(
    store: SqlStore,
) -> None:
    cache = SqlReplayCache(store.engine)
    signed_at = datetime.now(UTC)
    first = asyncio.ensure_future(cache.first_use("v0=gone", signed_at))
    others = [asyncio.ensure_future(cache.first_use(f"v0=kept{i}", signed_at)) for i in range(4)]
    await asyncio.sleep(0)  # every call queued, the group's commit under way
    first.cancel()
    assert await asyncio.gather(*others) == [True] * 4
    assert first.cancelled()
    assert await cache.first_use("v0=kept0", signed_at) is False


async def test_the_memory_log_refuses_replays_in_one_process() -> None:
    log = MemoryDeliveryLog()
    signed_at = datetime.now(UTC)
    assert await log.first_use(SIG, signed_at) is True
    assert await log.first_use(SIG, signed_at) is False
    assert await log.first_use(SIG, signed_at - timedelta(seconds=1)) is False


async def test_expired_signatures_are_pruned_at_most_every_thirty_seconds(
    store: SqlStore,
) -> None:
    """The DELETE runs with a new signature only when the last one ran 30 s or more ago:
    an expired row can outlive its expiry by that much, and meanwhile still refuses its
    signature (which bolt refuses as stale anyway)."""
    clock = [NOW]
    cache = SqlReplayCache(store.engine, clock=lambda: clock[0])
    assert await cache.first_use("v0=a", NOW)  # kept until NOW + 5 min; pruned at NOW
    clock[0] = NOW + timedelta(minutes=4, seconds=50)
    assert await cache.first_use("v0=b", clock[0])  # pruned (4:50 since), nothing expired
    clock[0] = NOW + timedelta(minutes=5, seconds=10)
    assert await cache.first_use("v0=c", clock[0])  # 20 s since the last prune: none
    hashed = {hashlib.sha256(k.encode()).hexdigest(): k for k in ("v0=a", "v0=b", "v0=c")}
    assert sorted(hashed[key] for key, _ in await _rows(store)) == ["v0=a", "v0=b", "v0=c"]
    assert await cache.first_use("v0=a", NOW) is False
    clock[0] = NOW + timedelta(minutes=5, seconds=21)
    assert await cache.first_use("v0=d", clock[0])  # 31 s since: "a" goes
    assert sorted(hashed.get(key, "v0=d") for key, _ in await _rows(store)) == [
        "v0=b",
        "v0=c",
        "v0=d",
    ]


async def test_a_signature_is_committed_before_it_is_told_new(
    store: SqlStore, store_url: str
) -> None:
    cache = SqlReplayCache(store.engine, clock=lambda: NOW)
    assert await cache.first_use(SIG, NOW) is True
    other_process = await open_store(store_url)  # its own engine: sees only what committed
    try:
        async with other_process.engine.connect() as conn:
            keys = (await conn.execute(select(ReplayRow.key))).scalars().all()
        assert keys == [hashlib.sha256(SIG.encode()).hexdigest()]
    finally:
        await other_process.close()
    if store.engine.dialect.name == "sqlite":
        # SQLite records it in autocommit mode; the pool's connection is handed back as it
        # was lent: a unit of work's first write opens a transaction that can roll back.
        async with store.unit_of_work() as uow:
            await uow.workspace("slack", "T-never-committed")
            raw = await (await uow.session.connection()).get_raw_connection()
            assert raw.driver_connection.in_transaction
        async with store.engine.connect() as conn:
            names = (await conn.execute(select(WorkspaceRow.external_id))).scalars().all()
        assert names == []


async def test_on_postgresql_only_the_replay_row_skips_waiting_for_the_disk(
    store: SqlStore,
) -> None:
    if store.engine.dialect.name != "postgresql":
        return  # SQLite has no per-transaction setting; its commit is synced (docs/store.md)
    from sqlalchemy import text

    from settleconf.adapters.store.replay_cache import _PG_INSERT

    # The statement itself, inside a query that reads the setting once the INSERT's rows
    # come out: off there, so its transaction commits without waiting for the disk.
    probe = f"WITH ins AS ({_PG_INSERT}) SELECT current_setting('synchronous_commit') FROM ins"
    pooled = await store.engine.raw_connection()
    try:
        raw = pooled.driver_connection
        assert raw is not None
        assert await raw.fetch(probe, ["probe"], [NOW]) == [("off",)]
        assert await raw.fetchval("SHOW synchronous_commit") == "on"  # ended with it
    finally:
        await greenlet_spawn(pooled.close)
    assert await SqlReplayCache(store.engine, clock=lambda: NOW).first_use(SIG, NOW)
    # set_config(..., true) ends with the statement's transaction: the pool's next borrower
    # (a unit of work writing user data) commits synced.
    async with store.engine.connect() as conn:
        assert (await conn.execute(text("SHOW synchronous_commit"))).scalar() == "on"


async def test_on_postgresql_the_check_is_one_round_trip(store_url: str) -> None:
    """The INSERT alone: no pre-ping, no BEGIN, SET LOCAL or COMMIT around it."""
    if not store_url.startswith("postgresql"):
        return
    async with RoundTrips(store_url) as wire:
        store = await open_store(wire.url)
        try:
            cache = SqlReplayCache(store.engine, clock=lambda: NOW)
            assert await cache.first_use("v0=warm", NOW)  # connect, prepare, prune
            wire.clear()
            assert await cache.first_use(SIG, NOW)
            assert await cache.first_use(SIG, NOW) is False
        finally:
            await store.close()
    inserts = [t for t in wire.statements() if t.startswith("INSERT INTO replay_cache")]
    assert wire.statements()[:2] == inserts == [inserts[0]] * 2


@pytest.mark.parametrize("noticed", [True, False], ids=["noticed", "not-yet-noticed"])
async def test_on_postgresql_a_connection_the_server_closed_is_not_a_lost_request(
    store: SqlStore,
    store_url: str,
    noticed: bool,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The server ended the pooled connection (a restart, an idle timeout). `noticed`:
    asyncpg has read its end, and the pool hands out another; not yet noticed (its
    checkout sees it alive): the INSERT fails on it without having run, and runs once
    more on a new connection. Either way the request is answered, and once."""
    if store.engine.dialect.name != "postgresql":
        return
    cache = SqlReplayCache(store.engine, clock=lambda: NOW)
    assert await cache.first_use("v0=warm", NOW)
    assert await terminate_pooled(store.engine, store_url) == 1
    if not noticed:
        monkeypatch.setattr(postgres_engine, "_closed", lambda _driver: False)
    assert await cache.first_use(SIG, NOW) is True
    retried = "connection found closed" in caplog.text
    assert retried is not noticed
    assert await cache.first_use(SIG, NOW) is False
    assert await cache.first_use("v0=next", NOW) is True
