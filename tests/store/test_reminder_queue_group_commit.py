"""`SqlReminderQueue.mark_sent` under concurrency: calls that arrive while another's
transaction is in flight are recorded together, each caller still getting its own
fenced answer and its own values."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.reminder_queue import (
    GROUP_SIZES,
    MAX_GROUP,
    SqlReminderQueue,
    _SentMark,
    group_size,
)
from settleconf.core.reminders import ReminderStatus
from tests.store.test_reminder_queue import LEASE, T9, rid, row, seed


class CountingQueue(SqlReminderQueue):
    """Counts the UPDATE statements that record sent rows."""

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self.statements: list[int] = []  # rows per statement

    async def _settle_sent(self, worker: str, marks: list[Any]) -> set[int]:
        self.statements.append(len(marks))
        return await super()._settle_sent(worker, marks)


async def test_concurrent_marks_share_a_statement_and_keep_their_own_values(
    store: SqlStore,
) -> None:
    rows = await seed(store, *(T9 + timedelta(seconds=i) for i in range(6)))
    queue = CountingQueue(store.engine)
    now = T9 + timedelta(minutes=1)
    claimed = await queue.claim_due(now, worker="w1", limit=6, lease=LEASE)
    assert len(claimed) == 6
    marks = [
        queue.mark_sent(
            rid(r),
            worker="w1",
            at=now + timedelta(seconds=i),
            message_ref=f"ts{i}",
            late=i % 2 == 1,
        )
        for i, r in enumerate(claimed)
    ]
    assert await asyncio.gather(*marks) == [True] * 6
    # The first call commits alone; the five that arrived meanwhile go in one statement.
    assert queue.statements == [1, 5]
    for i, r in enumerate(claimed):
        assert await row(store, r.id) == dataclasses.replace(
            r,
            status=ReminderStatus.SENT,
            sent_at=now + timedelta(seconds=i),
            message_ref=f"ts{i}",
            late=i % 2 == 1,
            lease_until=None,
        )
    assert {r.id for r in rows} == {r.id for r in claimed}


async def test_a_group_fences_each_row_by_its_own_worker(store: SqlStore) -> None:
    await seed(store, T9, T9, T9)
    queue = SqlReminderQueue(store.engine)
    a, b = await queue.claim_due(T9, worker="w1", limit=2, lease=LEASE)
    (c,) = await queue.claim_due(T9, worker="w2", limit=1, lease=LEASE)
    at = T9 + timedelta(seconds=5)
    results = await asyncio.gather(
        queue.mark_sent(rid(a), worker="w1", at=at, message_ref="1", late=False),
        queue.mark_sent(rid(b), worker="w2", at=at, message_ref="2", late=False),  # not w2's
        queue.mark_sent(rid(c), worker="w2", at=at, message_ref="3", late=False),
        queue.mark_sent(rid(a), worker="w1", at=at, message_ref="4", late=False),  # again
    )
    assert list(results) == [True, False, True, False]
    assert (await row(store, a.id)).message_ref == "1"
    assert (await row(store, b.id)).status == ReminderStatus.CLAIMED
    assert (await row(store, c.id)).message_ref == "3"


async def test_a_failed_group_fails_every_caller_and_the_next_group_still_runs(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await seed(store, T9, T9)
    queue = SqlReminderQueue(store.engine)
    a, b = await queue.claim_due(T9, worker="w1", limit=2, lease=LEASE)
    real = queue._settle_sent

    async def broken(worker: str, marks: list[Any]) -> set[int]:
        raise ConnectionError("database went away")

    monkeypatch.setattr(queue, "_settle_sent", broken)
    results = await asyncio.gather(
        queue.mark_sent(rid(a), worker="w1", at=T9, message_ref="1", late=False),
        queue.mark_sent(rid(b), worker="w1", at=T9, message_ref="2", late=False),
        return_exceptions=True,
    )
    assert [type(r) for r in results] == [ConnectionError, ConnectionError]
    monkeypatch.setattr(queue, "_settle_sent", real)
    assert await queue.mark_sent(rid(a), worker="w1", at=T9, message_ref="1", late=False)


async def test_a_cancelled_flush_does_not_leave_callers_waiting(store: SqlStore) -> None:
    await seed(store, T9, T9)
    queue = SqlReminderQueue(store.engine)
    a, b = await queue.claim_due(T9, worker="w1", limit=2, lease=LEASE)
    first = asyncio.ensure_future(
        queue.mark_sent(rid(a), worker="w1", at=T9, message_ref="1", late=False)
    )
    await asyncio.sleep(0)  # the first call now holds the lock, its statement in flight
    second = asyncio.ensure_future(
        queue.mark_sent(rid(b), worker="w1", at=T9, message_ref="2", late=False)
    )
    await asyncio.sleep(0)
    first.cancel()  # e.g. the dispatcher's task cancelled at shutdown
    with pytest.raises(asyncio.CancelledError):
        await first
    # The second caller is answered (cancelled), not left waiting for a flusher.
    done, _ = await asyncio.wait({second}, timeout=5)
    assert second in done and second.cancelled()


def test_a_group_is_recorded_by_one_of_a_few_statement_sizes() -> None:
    sizes = [group_size(n) for n in (1, 2, 3, 5, 17, 33, 64, 65, 129, MAX_GROUP)]
    assert sizes == [1, 2, 4, 8, 32, 64, 64, 128, MAX_GROUP, MAX_GROUP]
    assert GROUP_SIZES[-1] == MAX_GROUP


async def test_padding_repeats_the_last_row_without_recording_it_twice_or_unfenced(
    store: SqlStore,
) -> None:
    """Three rows go in a statement for four: the padding repeats the last row, here one
    another worker holds, which stays unrecorded; the other two keep their own values."""
    await seed(store, T9, T9, T9)
    queue = CountingQueue(store.engine)
    a, b = await queue.claim_due(T9, worker="w1", limit=2, lease=LEASE)
    (c,) = await queue.claim_due(T9, worker="w2", limit=1, lease=LEASE)
    at = T9 + timedelta(seconds=5)
    marks = [
        _SentMark(rid(a), "w1", at, "1", False),
        _SentMark(rid(b), "w1", at + timedelta(seconds=1), "2", True),
        _SentMark(rid(c), "w1", at, "3", False),  # w2's
    ]
    kept = await queue._settle_sent("w1", marks)
    assert kept == {a.id, b.id}
    assert queue.statements == [3]
    recorded = [await row(store, x.id) for x in (a, b)]
    assert [(r.status, r.message_ref, r.sent_at, r.late) for r in recorded] == [
        (ReminderStatus.SENT, "1", at, False),
        (ReminderStatus.SENT, "2", at + timedelta(seconds=1), True),
    ]
    assert await row(store, c.id) == c
