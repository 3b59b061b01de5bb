"""How the reminder claim scales with the size of the `reminders` table.

Run: .venv/bin/python bench/reminder_claim.py [--quick] [--backend sqlite|postgresql|both]

For 10k, 100k and 1M pending reminders (--quick: 10k and 100k), almost all of them in the
future, it adds one due batch of 200 and times `SqlReminderQueue.claim_due(limit=200)`,
then marking the 200 sent (one short transaction each, as the dispatcher does); median
of several rounds, a fresh due batch each round. The table grows in place between sizes
(a set-based INSERT ... SELECT: generate_series on PostgreSQL, a recursive CTE on
SQLite). PostgreSQL uses a throwaway database (tests/store/pg.py), SQLite a temp file.

Prints a table, the 1M/10k ratio (target: within 2x) and the claim's plan at the largest
size; writes bench/results/reminder_claim.json (with the machine, the date and the load
average at the start and the end; `--results DIR` writes it elsewhere).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from bench.loadgen import machine, write_results  # noqa: E402
from settleconf.adapters.store import SqlStore, open_store  # noqa: E402
from settleconf.adapters.store.reminder_queue import SqlReminderQueue, claim_statement  # noqa: E402
from settleconf.adapters.store.reminder_table import REMINDERS  # noqa: E402
from tests.store.builders import make_matter  # noqa: E402
from tests.store.pg import admin_url, create_database, drop_database  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)
QUICK_SIZES = (10_000, 100_000)
BATCH = 200
LEASE = timedelta(minutes=5)
NOW = datetime(2024, 5, 13, 13, 0, tzinfo=UTC)

COLUMNS = (
    "matter_id, workspace_id, platform, workspace, channel, key, kind, fire_at, due_at, "
    "lead, status, attempts, late"
)
# Future rows: one a minute from tomorrow on, spread over 50 channels.
FILL = {
    "postgresql": f"""
        INSERT INTO reminders ({COLUMNS})
        SELECT :m, :ws, 'slack', 'T1', 'C' || (g % 50), 'future/' || g, 'lead',
               CAST(:start AS timestamptz) + g * interval '1 minute',
               CAST(:start AS timestamptz) + g * interval '1 minute' + interval '7 days',
               '7 days before', 'pending', 0, false
        FROM generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS g
    """,
    # SQLAlchemy stores SQLite datetimes as 'YYYY-MM-DD HH:MM:SS.ffffff' UTC text.
    "sqlite": f"""
        WITH RECURSIVE g(x) AS (SELECT :first UNION ALL SELECT x + 1 FROM g WHERE x < :last)
        INSERT INTO reminders ({COLUMNS})
        SELECT :m, :ws, 'slack', 'T1', 'C' || (x % 50), 'future/' || x, 'lead',
               strftime('%Y-%m-%d %H:%M:%S', :start, '+' || x || ' minutes') || '.000000',
               strftime('%Y-%m-%d %H:%M:%S', :start, '+' || (x + 10080) || ' minutes')
                   || '.000000',
               '7 days before', 'pending', 0, 0
        FROM g
    """,
}


async def seed_matter(store: SqlStore) -> tuple[int, int]:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        matter = await uow.add_matter(make_matter(ws.id))
        await uow.commit()
    assert matter.id is not None
    return ws.id, matter.id


async def grow(store: SqlStore, ids: tuple[int, int], first: int, last: int) -> float:
    """Add future rows numbered first..last; returns seconds taken."""
    dialect = store.engine.dialect.name
    start: Any = NOW + timedelta(days=1)
    if dialect == "sqlite":
        start = start.strftime("%Y-%m-%d %H:%M:%S")
    began = time.perf_counter()
    params = {"m": ids[1], "ws": ids[0], "start": start, "first": first, "last": last}
    async with store.engine.begin() as conn:
        await conn.execute(text(FILL[dialect]), params)
        if dialect == "postgresql":
            await conn.execute(text("ANALYZE reminders"))
    return time.perf_counter() - began


async def add_due_batch(store: SqlStore, ids: tuple[int, int], label: str) -> None:
    rows = [
        {
            "matter_id": ids[1],
            "workspace_id": ids[0],
            "platform": "slack",
            "workspace": "T1",
            "channel": f"C{i % 50}",
            "key": f"due/{label}/{i}",
            "kind": "lead",
            "fire_at": NOW - timedelta(minutes=BATCH - i),
            "due_at": NOW + timedelta(days=7),
            "lead": "7 days before",
            "status": "pending",
            "attempts": 0,
            "late": False,
        }
        for i in range(BATCH)
    ]
    async with store.engine.begin() as conn:
        await conn.execute(insert(REMINDERS), rows)


async def measure(
    store: SqlStore, ids: tuple[int, int], size: int, rounds: int
) -> dict[str, Any]:
    queue = SqlReminderQueue(store.engine)
    claims: list[float] = []
    marks: list[float] = []
    for round_no in range(rounds):
        await add_due_batch(store, ids, f"{size}/{round_no}")
        began = time.perf_counter()
        batch = await queue.claim_due(NOW, worker="bench", limit=BATCH, lease=LEASE)
        claimed = time.perf_counter()
        for r in batch:
            assert r.id is not None
            await queue.mark_sent(r.id, worker="bench", at=NOW, message_ref="ts", late=False)
        done = time.perf_counter()
        if len(batch) != BATCH:
            raise RuntimeError(f"claimed {len(batch)} rows, expected {BATCH}")
        claims.append((claimed - began) * 1000)
        marks.append((done - claimed) * 1000)
    return {
        "claim_ms": round(statistics.median(claims), 2),
        "mark_sent_ms": round(statistics.median(marks), 2),
        "claim_ms_all": [round(c, 2) for c in claims],
    }


async def explain(store: SqlStore) -> str:
    """The claim's plan with one due batch present (the claim itself is rolled back)."""
    dialect = store.engine.dialect
    stmt = claim_statement(NOW, "explain", BATCH, LEASE)
    sql = str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.name == "postgresql":
        query = f"EXPLAIN (ANALYZE, COSTS OFF) {sql}"  # runs the UPDATE: rolled back below
    else:
        query = f"EXPLAIN QUERY PLAN {sql}"
    async with store.engine.connect() as conn:
        rows = (await conn.exec_driver_sql(query)).all()
        await conn.rollback()
    return "\n".join(str(r[0]) if len(r) == 1 else str(r[-1]) for r in rows)


async def run_backend(url: str, sizes: tuple[int, ...], rounds: int) -> dict[str, Any]:
    store = await open_store(url)
    try:
        ids = await seed_matter(store)
        out: dict[str, Any] = {"sizes": {}}
        have = 0
        for size in sizes:
            seconds = await grow(store, ids, have + 1, size)
            have = size
            result = await measure(store, ids, size, rounds)
            result["fill_s"] = round(seconds, 1)
            out["sizes"][str(size)] = result
            print(
                f"  {store.engine.dialect.name:<10} {size:>9,} pending  "
                f"claim {result['claim_ms']:>8.2f} ms  "
                f"mark {BATCH} sent {result['mark_sent_ms']:>8.1f} ms  (fill {seconds:.1f} s)",
                flush=True,
            )
        await add_due_batch(store, ids, "explain")
        out["plan"] = await explain(store)
        small, large = out["sizes"][str(sizes[0])], out["sizes"][str(sizes[-1])]
        out["ratio_claim"] = round(large["claim_ms"] / small["claim_ms"], 2)
        return out
    finally:
        await store.close()


async def main(
    sizes: tuple[int, ...], backends: list[str], rounds: int, results: Path | None
) -> None:
    report: dict[str, Any] = {
        "bench": "reminder_claim",
        "machine": machine(),
        "batch": BATCH,
        "rounds": rounds,
        "sizes": list(sizes),
    }
    print(f"claim_due(limit={BATCH}) and mark_sent x{BATCH}; median of {rounds} rounds")
    for backend in backends:
        if backend == "sqlite":
            with tempfile.TemporaryDirectory() as tmp:
                report["sqlite"] = await run_backend(
                    f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}", sizes, rounds
                )
        else:
            admin = admin_url()
            url = await create_database(admin)
            try:
                report["postgresql"] = await run_backend(url, sizes, rounds)
            finally:
                await drop_database(admin, url)
    print()
    print(f"{'backend':<11}" + "".join(f"{s:>12,}" for s in sizes) + f"{'ratio':>9}")
    for backend in backends:
        cells = "".join(f"{report[backend]['sizes'][str(s)]['claim_ms']:>9.2f} ms" for s in sizes)
        print(f"{backend:<11}{cells}{report[backend]['ratio_claim']:>8.2f}x")
    print(f"ratio = claim at {sizes[-1]:,} / claim at {sizes[0]:,} (target: within 2x)")
    for backend in backends:
        print(f"\n{backend} plan at {sizes[-1]:,}:\n" + report[backend]["plan"])
    report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    path = write_results("reminder_claim", report, results)
    print(f"\nwrote {path}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k only")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--rounds", type=int, default=7, help="claims per size (default 7)")
    parser.add_argument("--results", type=Path, help="write the JSON to this directory")
    args = parser.parse_args()
    chosen = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    asyncio.run(main(QUICK_SIZES if args.quick else SIZES, chosen, args.rounds, args.results))
