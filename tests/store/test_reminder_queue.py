"""`SqlReminderQueue`: claiming due reminders under a lease, and fenced settling."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from settleconf.adapters.store import SqlStore, create_store_engine
from settleconf.adapters.store.reminder_mapping import reminder_from_row
from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from settleconf.adapters.store.reminder_table import REMINDERS
from settleconf.core.reminders import ReminderStatus, ScheduledReminder
from tests.store.test_reminder_sync import add_matter, reminder, stored, sync, workspace_id

PLANNED_AT = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)
T9 = datetime(2024, 5, 13, 13, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)
CLAIMED = ReminderStatus.CLAIMED


async def seed(store: SqlStore, *fire_at: datetime) -> list[ScheduledReminder]:
    """One reminder per instant (key "r0", "r1", ...) for a new matter; stored rows by id."""
    m = await add_matter(store)
    ws = await workspace_id(store)
    plan = [reminder(m, at, f"r{i}", ws=ws) for i, at in enumerate(fire_at)]
    await sync(store, m, plan, now=PLANNED_AT)
    return sorted(await stored(store, m), key=lambda r: r.key)


def keys(rows: list[ScheduledReminder]) -> list[str]:
    return [r.key for r in rows]


async def row(store: SqlStore, reminder_id: int | None) -> ScheduledReminder:
    """The row as committed, read outside any unit of work."""
    async with store.engine.connect() as conn:
        stmt = select(REMINDERS).where(REMINDERS.c.id == reminder_id)
        return reminder_from_row((await conn.execute(stmt)).one())


def rid(r: ScheduledReminder) -> int:
    assert r.id is not None
    return r.id


async def test_due_rows_are_claimed_oldest_first_up_to_the_limit(store: SqlStore) -> None:
    minute = timedelta(minutes=1)
    rows = await seed(store, T9 + minute, T9 - minute, T9, T9, T9 + timedelta(days=1), T9)
    queue = SqlReminderQueue(store.engine)

    first = await queue.claim_due(T9 + minute, worker="w1", limit=4, lease=LEASE)
    # r1 first; then the three at T9 by id (r2, r3, r5); r0 (T9+1min) waits for the next.
    assert keys(first) == ["r1", "r2", "r3", "r5"]
    assert first[0] == dataclasses.replace(
        rows[1],
        status=CLAIMED,
        claimed_by="w1",
        lease_until=T9 + minute + LEASE,
        attempts=1,
        first_claimed_at=T9 + minute,
    )
    second = await queue.claim_due(T9 + minute, worker="w2", limit=4, lease=LEASE)
    assert [(r.key, r.claimed_by, r.attempts) for r in second] == [("r0", "w2", 1)]
    assert await queue.claim_due(T9 + minute, worker="w3", limit=4, lease=LEASE) == []


async def test_nothing_is_claimed_before_it_is_due(store: SqlStore) -> None:
    await seed(store, T9)
    queue = SqlReminderQueue(store.engine)
    before = T9 - timedelta(microseconds=1)
    assert await queue.claim_due(before, worker="w1", limit=10, lease=LEASE) == []
    assert keys(await queue.claim_due(T9, worker="w1", limit=10, lease=LEASE)) == ["r0"]


async def test_a_retry_waits_for_not_before(store: SqlStore) -> None:
    await seed(store, T9)
    queue = SqlReminderQueue(store.engine)
    (claimed,) = await queue.claim_due(T9, worker="w1", limit=1, lease=LEASE)
    retry_at = T9 + timedelta(seconds=30)
    assert await queue.mark_retry(rid(claimed), worker="w1", not_before=retry_at, error="429")

    waiting = await row(store, claimed.id)
    assert (waiting.status, waiting.claimed_by, waiting.lease_until) == ("pending", None, None)
    assert (waiting.not_before, waiting.error, waiting.attempts) == (retry_at, "429", 1)
    early = retry_at - timedelta(microseconds=1)
    assert await queue.claim_due(early, worker="w1", limit=1, lease=LEASE) == []
    (again,) = await queue.claim_due(retry_at, worker="w2", limit=1, lease=LEASE)
    assert (again.attempts, again.claimed_by, again.first_claimed_at) == (2, "w2", T9)


async def test_an_expired_lease_is_claimable_and_fences_out_the_old_worker(
    store: SqlStore,
) -> None:
    await seed(store, T9)
    queue = SqlReminderQueue(store.engine)
    (first,) = await queue.claim_due(T9, worker="w1", limit=1, lease=LEASE)
    still_leased = T9 + LEASE - timedelta(microseconds=1)
    assert await queue.claim_due(still_leased, worker="w2", limit=1, lease=LEASE) == []

    expired = T9 + LEASE
    (second,) = await queue.claim_due(expired, worker="w2", limit=1, lease=LEASE)
    assert second.id == first.id
    assert (second.attempts, second.claimed_by) == (2, "w2")
    assert (second.first_claimed_at, second.lease_until) == (T9, expired + LEASE)

    sent_at = expired + timedelta(seconds=2)
    n = rid(first)
    assert not await queue.mark_sent(n, worker="w1", at=sent_at, message_ref="old", late=False)
    assert not await queue.mark_retry(n, worker="w1", not_before=sent_at, error="x")
    assert not await queue.mark_failed(n, worker="w1", error="x")
    assert not await queue.release(n, worker="w1")
    missed = ReminderStatus.MISSED
    assert await queue.mark_settled([n], worker="w1", status=missed, at=sent_at) == 0
    assert await row(store, n) == second  # untouched by the fenced-out worker

    assert await queue.mark_sent(n, worker="w2", at=sent_at, message_ref="1715.0001", late=True)
    assert await row(store, n) == dataclasses.replace(
        second,
        status=ReminderStatus.SENT,
        sent_at=sent_at,
        message_ref="1715.0001",
        late=True,
        lease_until=None,
    )
    # Settled once: a second report (a duplicate, a slow retry) changes nothing.
    assert not await queue.mark_sent(n, worker="w2", at=sent_at, message_ref="x", late=False)


async def test_expired_leases_and_due_rows_share_one_oldest_first_batch(store: SqlStore) -> None:
    minute = timedelta(minutes=1)
    await seed(store, T9, T9 + 2 * minute, T9 + 3 * minute, T9 + 4 * minute)
    queue = SqlReminderQueue(store.engine)
    # w1 takes r0 and r1 and dies; r2 and r3 become due meanwhile.
    assert keys(await queue.claim_due(T9 + 2 * minute, worker="w1", limit=2, lease=LEASE)) == [
        "r0",
        "r1",
    ]
    later = T9 + 2 * minute + LEASE
    batch = await queue.claim_due(later, worker="w2", limit=3, lease=LEASE)
    assert [(r.key, r.attempts) for r in batch] == [("r0", 2), ("r1", 2), ("r2", 1)]
    rest = await queue.claim_due(later, worker="w3", limit=3, lease=LEASE)
    assert [(r.key, r.attempts) for r in rest] == [("r3", 1)]


async def test_release_gives_the_claim_back(store: SqlStore) -> None:
    (pending,) = await seed(store, T9)
    queue = SqlReminderQueue(store.engine)
    (claimed,) = await queue.claim_due(T9, worker="w1", limit=1, lease=LEASE)
    assert await queue.release(rid(claimed), worker="w1")
    assert await row(store, claimed.id) == pending  # as if never claimed

    later = T9 + timedelta(minutes=1)
    await queue.claim_due(T9, worker="w1", limit=1, lease=LEASE)
    (twice,) = await queue.claim_due(T9 + LEASE, worker="w2", limit=1, lease=LEASE)
    assert await queue.release(rid(twice), worker="w2")
    released = await row(store, claimed.id)
    # The first claim stays counted, and where a look-up for its post must start.
    assert (released.status, released.attempts, released.first_claimed_at) == ("pending", 1, T9)
    (third,) = await queue.claim_due(later, worker="w3", limit=1, lease=LEASE)
    assert (third.attempts, third.first_claimed_at) == (2, T9)


async def test_mark_failed_and_mark_settled(store: SqlStore) -> None:
    rows = await seed(store, T9, T9, T9, T9)
    queue = SqlReminderQueue(store.engine)
    claimed = await queue.claim_due(T9, worker="w1", limit=3, lease=LEASE)
    assert keys(claimed) == ["r0", "r1", "r2"]
    r0, r1, r2 = (rid(r) for r in claimed)

    assert await queue.mark_failed(r0, worker="w1", error="channel_not_found")
    failed = await row(store, r0)
    assert (failed.status, failed.error, failed.lease_until) == (
        "failed",
        "channel_not_found",
        None,
    )

    at = T9 + timedelta(hours=7)
    unclaimed = rid(rows[3])
    missed = ReminderStatus.MISSED
    settled = await queue.mark_settled(
        [r0, r1, r2, unclaimed], worker="w1", status=missed, at=at, message_ref="catchup.1"
    )
    assert settled == 2  # r0 is already failed; r3 was never claimed
    after = await stored(store, rows[0].matter_id)
    assert [(r.key, r.status, r.sent_at, r.message_ref) for r in after] == [
        ("r0", "failed", None, None),
        ("r1", "missed", at, "catchup.1"),
        ("r2", "missed", at, "catchup.1"),
        ("r3", "pending", None, None),
    ]
    with pytest.raises(ValueError, match="missed or expired, not sent"):
        await queue.mark_settled([r1], worker="w1", status=ReminderStatus.SENT, at=at)
    assert await queue.mark_settled([], worker="w1", status=missed, at=at) == 0


async def test_counts(store: SqlStore) -> None:
    queue = SqlReminderQueue(store.engine)
    empty = {"pending": 0, "claimed": 0, "sent": 0, "failed": 0, "missed": 0, "expired": 0}
    assert await queue.counts(T9) == empty | {"due": 0}

    day = timedelta(days=1)
    await seed(store, T9 - day, T9, T9, T9, T9 + day)
    r0, r1, *_ = await queue.claim_due(T9, worker="w1", limit=3, lease=LEASE)
    await queue.mark_sent(rid(r0), worker="w1", at=T9, message_ref=None, late=False)
    await queue.mark_failed(rid(r1), worker="w1", error="gone")
    assert await queue.counts(T9) == empty | {
        "pending": 2,
        "claimed": 1,
        "sent": 1,
        "failed": 1,
        "due": 1,
    }
    assert (await queue.counts(T9 + day))["due"] == 2


async def test_a_claim_needs_a_lease_and_a_limit(store: SqlStore) -> None:
    await seed(store, T9)
    queue = SqlReminderQueue(store.engine)
    with pytest.raises(ValueError, match="lease must be positive"):
        await queue.claim_due(T9, worker="w1", limit=1, lease=timedelta(0))
    assert await queue.claim_due(T9, worker="w1", limit=0, lease=LEASE) == []
    assert (await queue.counts(T9))["pending"] == 1


async def _drain(url: str, worker: str, now: datetime) -> list[int]:
    """One dispatcher on its own engine: claim batches of 50 until nothing is left."""
    engine = create_store_engine(url)
    try:
        queue = SqlReminderQueue(engine)
        got: list[int] = []
        while batch := await queue.claim_due(now, worker=worker, limit=50, lease=LEASE):
            got += [rid(r) for r in batch]
        return got
    finally:
        await engine.dispose()


async def test_concurrent_claimers_take_each_row_exactly_once(
    store: SqlStore, store_url: str
) -> None:
    if store.engine.dialect.name != "postgresql":
        pytest.skip("several dispatchers are supported on PostgreSQL only")
    rows = await seed(store, *(T9 + timedelta(minutes=i) for i in range(1_000)))
    now = T9 + timedelta(days=1)
    claims = await asyncio.gather(*(_drain(store_url, f"w{i}", now) for i in range(8)))

    claimed = [n for c in claims for n in c]
    assert len(claimed) == 1_000
    assert sorted(claimed) == sorted(rid(r) for r in rows)
    async with store.engine.connect() as conn:
        stmt = select(REMINDERS.c.status, REMINDERS.c.attempts).distinct()
        assert (await conn.execute(stmt)).all() == [("claimed", 1)]
