"""`core.reminders.ReminderQueue` on the `reminders` table: claim due rows under a lease.

Every method is one short transaction on its own connection, outside any unit of work.

PostgreSQL: any number of dispatchers (replicas, `settleconf worker`s) may claim at once.
The candidates are picked `FOR UPDATE SKIP LOCKED`, so two workers never take one row and
neither waits for the other. Due pending rows and expired leases are picked by two
separate ordered, limited subqueries, each an index range scan on `(status, fire_at)`
(an OR across them would make the planner scan every pending row, future ones included),
and the oldest `limit` of their union are claimed.

SQLite: the same single `UPDATE ... RETURNING` statement, which SQLite runs as one write
transaction (it takes the write lock before reading), so claims in one process are
serialized. Several processes dispatching from one SQLite file are NOT supported: run one
worker (or `serve` with its built-in dispatcher), or use PostgreSQL.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, bindparam, case, func, or_, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncEngine

from settleconf.adapters.store.reminder_mapping import reminder_from_row
from settleconf.adapters.store.reminder_table import REMINDERS
from settleconf.adapters.store.tables import UtcDateTime
from settleconf.core.reminders import ReminderStatus, ScheduledReminder

if TYPE_CHECKING:
    from settleconf.core.reminders import ReminderQueue

T = REMINDERS.c
PENDING = ReminderStatus.PENDING.value
CLAIMED = ReminderStatus.CLAIMED.value
SETTLED = (ReminderStatus.MISSED, ReminderStatus.EXPIRED)


def _aware(name: str, value: datetime | None) -> Any:
    # Typed so SQLite gets the same UTC text the column stores (an untyped bind inside a
    # function such as COALESCE would be written as given, offset and all).
    return bindparam(name, value, type_=UtcDateTime())


def _oldest(where: list[ColumnElement[bool]], limit: int) -> Select[Any]:
    """One kind of candidate, oldest first, locked without waiting (PostgreSQL only:
    SQLite renders no FOR UPDATE and needs none)."""
    return (
        select(T.id, T.fire_at)
        .where(*where)
        .order_by(T.fire_at, T.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )


def _claim(
    limit: int, now_at: datetime | None, worker: str | None, lease_until: datetime | None
) -> Any:
    """The claim for `limit` rows; its values are the parameters `now`, `worker` and
    `lease_until`, bound here unless None (then given at execution)."""
    now = _aware("now", now_at)
    due = _oldest(
        [
            T.status == PENDING,
            T.fire_at <= now,
            or_(T.not_before.is_(None), T.not_before <= now),
        ],
        limit,
    ).subquery("due")
    expired = _oldest([T.status == CLAIMED, T.lease_until <= now], limit).subquery("expired")
    candidates = union_all(
        select(due.c.id, due.c.fire_at), select(expired.c.id, expired.c.fire_at)
    ).subquery("candidates")
    chosen = select(candidates.c.id).order_by(candidates.c.fire_at, candidates.c.id).limit(limit)
    return (
        update(REMINDERS)
        .where(T.id.in_(chosen))
        .values(
            status=CLAIMED,
            claimed_by=bindparam("worker", worker, type_=T.claimed_by.type),
            lease_until=_aware("lease_until", lease_until),
            attempts=T.attempts + 1,
            first_claimed_at=func.coalesce(T.first_claimed_at, now),
        )
        .returning(*REMINDERS.c)
    )


@functools.lru_cache(maxsize=4)
def _claim_template(limit: int) -> Any:
    """The claim for `limit` rows, its values left to execution: built once, where
    building it afresh for each claim cost ~1.2 ms of CPU (docs/performance.md,
    "Reminders")."""
    return _claim(limit, None, None, None)


def claim_values(now: datetime, worker: str, lease: timedelta) -> dict[str, Any]:
    return {"now": now, "worker": worker, "lease_until": now + lease}


def claim_statement(now: datetime, worker: str, limit: int, lease: timedelta) -> Any:
    """The claim with its values bound (for EXPLAIN: bench/reminder_claim.py)."""
    return _claim(limit, now, worker, now + lease)


# At most this many rows in one group-committed UPDATE (a bound on its parameters).
MAX_GROUP = 200
# The sizes of UPDATE built for a group: a group is padded up to the next one. Each size is
# a statement SQLAlchemy compiles once per engine (~4-14 ms each); with a statement per
# exact size, a pass over 3,000 reminders compiled ~40 of them (docs/performance.md,
# "Reminders").
GROUP_SIZES = (1, 2, 4, 8, 16, 32, 64, 128, MAX_GROUP)


@dataclass(frozen=True)
class _SentMark:
    reminder_id: int
    worker: str
    at: datetime
    message_ref: str | None
    late: bool


def _held_by(worker: str | ColumnElement[str]) -> list[ColumnElement[bool]]:
    """Fencing: only the worker whose claim is current may settle the row."""
    return [T.status == CLAIMED, T.claimed_by == worker]


def group_size(rows: int) -> int:
    """The statement size that holds `rows` (1 <= rows <= MAX_GROUP)."""
    return next(size for size in GROUP_SIZES if size >= rows)


@functools.lru_cache(maxsize=len(GROUP_SIZES))
def _sent_statement(rows: int) -> Any:
    """The UPDATE that records a group of `rows` sent rows, each with its own values (a
    CASE arm per row: `id_N`, `at_N`, `ref_N`, `late_N`), fenced by `worker`. Built once
    per group size and reused with parameters: building the CASEs afresh from each
    group's values was ~40% of a group's CPU (docs/performance.md, "Reminders")."""
    ids = [bindparam(f"id_{i}", type_=T.id.type) for i in range(rows)]

    def per_row(name: str, column: ColumnElement[Any]) -> Any:
        return case(
            *((T.id == ids[i], bindparam(f"{name}_{i}", type_=column.type)) for i in range(rows))
        )

    return (
        update(REMINDERS)
        .where(T.id.in_(ids), *_held_by(bindparam("worker", type_=T.claimed_by.type)))
        .values(
            status=ReminderStatus.SENT.value,
            # The column's type, UtcDateTime: SQLite gets its UTC text (see `_aware`).
            sent_at=per_row("at", T.sent_at),
            message_ref=per_row("ref", T.message_ref),
            late=per_row("late", T.late),
            lease_until=None,
        )
        .returning(T.id)
    )


class SqlReminderQueue:
    """`core.reminders.ReminderQueue` on the store's engine (see the module docstring)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._sent_lock = asyncio.Lock()
        self._sent_waiting: list[tuple[_SentMark, asyncio.Future[bool]]] = []

    async def claim_due(
        self, now: datetime, *, worker: str, limit: int, lease: timedelta
    ) -> list[ScheduledReminder]:
        if lease <= timedelta(0):
            raise ValueError(f"lease must be positive, not {lease}")
        if limit <= 0:
            return []
        async with self._engine.begin() as conn:
            claim = _claim_template(limit)
            rows = (await conn.execute(claim, claim_values(now, worker, lease))).all()
        # RETURNING comes back in no particular order.
        return sorted((reminder_from_row(r) for r in rows), key=lambda r: (r.fire_at, r.id))

    async def lease_holders(self, now: datetime) -> list[str]:
        c = REMINDERS.c
        stmt = (
            select(c.claimed_by)
            .where(c.status == "claimed", c.lease_until > now, c.claimed_by.is_not(None))
            .distinct()
        )
        async with self._engine.connect() as conn:
            return sorted(str(w) for (w,) in (await conn.execute(stmt)).all())

    async def _settle(self, ids: list[int], worker: str, values: Mapping[str, Any]) -> int:
        if not ids:
            return 0
        stmt = (
            update(REMINDERS)
            .where(T.id.in_(ids), *_held_by(worker))
            .values(**values)
            .returning(T.id)
        )
        async with self._engine.begin() as conn:
            return len((await conn.execute(stmt)).all())

    async def mark_sent(
        self, reminder_id: int, *, worker: str, at: datetime, message_ref: str | None, late: bool
    ) -> bool:
        """Group commit: calls made while another one's transaction is in flight are
        recorded together in the next one (one UPDATE for all of them), each caller still
        waiting for its own row. A dispatcher posting 32 at a time would otherwise spend
        most of its time committing one row per transaction (bench/reminder_dispatch.py)."""
        mark = _SentMark(reminder_id, worker, at, message_ref, late)
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._sent_waiting.append((mark, future))
        if not self._sent_lock.locked():
            async with self._sent_lock:
                await self._record_waiting()
        return await future

    async def _record_waiting(self) -> None:
        group: list[tuple[_SentMark, asyncio.Future[bool]]] = []
        try:
            while self._sent_waiting:
                group = self._sent_waiting[:MAX_GROUP]
                del self._sent_waiting[:MAX_GROUP]
                try:
                    kept: set[int] = set()
                    for worker in sorted({m.worker for m, _ in group}):
                        kept |= await self._settle_sent(
                            worker, [m for m, _ in group if m.worker == worker]
                        )
                except Exception as exc:  # each caller sees the error, as before
                    for _, future in group:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for mark, future in group:
                    if not future.done():
                        future.set_result(mark.reminder_id in kept)
        finally:
            # Cancelled mid-flush: no one else would ever answer these callers.
            for _, future in group + self._sent_waiting:
                if not future.done():
                    future.cancel()
            self._sent_waiting.clear()

    async def _settle_sent(self, worker: str, marks: list[_SentMark]) -> set[int]:
        by_id = {m.reminder_id: m for m in marks}  # one row twice in a group: the last wins
        rows = list(by_id.values())
        size = group_size(len(rows))
        # Padding repeats the last row: the same id with the same values, so its extra CASE
        # arms and IN entries change nothing (RETURNING still names each row once).
        rows += [rows[-1]] * (size - len(rows))
        params: dict[str, Any] = {"worker": worker}
        for i, m in enumerate(rows):
            params[f"id_{i}"], params[f"at_{i}"] = m.reminder_id, m.at
            params[f"ref_{i}"], params[f"late_{i}"] = m.message_ref, m.late
        async with self._engine.begin() as conn:
            result = await conn.execute(_sent_statement(size), params)
            return {i for (i,) in result.all()}

    async def mark_retry(
        self, reminder_id: int, *, worker: str, not_before: datetime, error: str
    ) -> bool:
        values = {
            "status": PENDING,
            "not_before": not_before,
            "error": error,
            "claimed_by": None,
            "lease_until": None,
        }
        return await self._settle([reminder_id], worker, values) == 1

    async def mark_failed(self, reminder_id: int, *, worker: str, error: str) -> bool:
        values = {"status": ReminderStatus.FAILED.value, "error": error, "lease_until": None}
        return await self._settle([reminder_id], worker, values) == 1

    async def mark_settled(
        self,
        reminder_ids: list[int],
        *,
        worker: str,
        status: ReminderStatus,
        at: datetime,
        message_ref: str | None = None,
    ) -> int:
        """`sent_at` records when the row was settled (for MISSED: when the catch-up
        summary naming it went out)."""
        if status not in SETTLED:
            raise ValueError(f"mark_settled takes missed or expired, not {status.value}")
        values = {
            "status": status.value,
            "sent_at": at,
            "message_ref": message_ref,
            "lease_until": None,
        }
        return await self._settle(list(reminder_ids), worker, values)

    async def release(self, reminder_id: int, *, worker: str) -> bool:
        values = {
            "status": PENDING,
            "attempts": T.attempts - 1,
            # This claim was the first: no post can exist, so no look-up should start.
            "first_claimed_at": case((T.attempts <= 1, None), else_=T.first_claimed_at),
            "claimed_by": None,
            "lease_until": None,
        }
        return await self._settle([reminder_id], worker, values) == 1

    async def counts(self, now: datetime) -> dict[str, int]:
        """Every status (0 when none), plus "due": pending rows claimable now (fire_at and
        any retry's not_before passed), so rows waiting out a backoff or the night do not
        look like a stuck queue."""
        per_status = select(T.status, func.count()).group_by(T.status)
        due = select(func.count()).where(
            T.status == PENDING,
            T.fire_at <= now,
            or_(T.not_before.is_(None), T.not_before <= now),
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(per_status)).all()
            due_count = (await conn.scalar(due)) or 0
        counts = {s.value: 0 for s in ReminderStatus}
        counts.update({status: count for status, count in rows})
        counts["due"] = due_count
        return counts


if TYPE_CHECKING:
    # mypy proves the adapter satisfies the core protocol.
    def _conforms(queue: SqlReminderQueue) -> ReminderQueue:
        return queue
