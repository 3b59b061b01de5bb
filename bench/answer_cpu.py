"""CPU per read-only answer of `Service.handle`, matter cache off against on, in one run.

Run: .venv/bin/python bench/answer_cpu.py [--quick] [--answers 400] [--rounds 3]
     [--backends sqlite,postgresql]

For each backend, the example order is linked to channel C1 of workspace T1 (as `add`
leaves it) and two services answer in that channel from the same database: one whose
store keeps no matters (`MatterCache(0)`: every answer reads the matter, order, events
and bindings, as before #16) and one with the cache on (one indexed version check).
Each command is answered `--answers` times per round, rounds alternating off/on, and the
CPU of this process (`time.process_time`, every thread: aiosqlite's worker and asyncpg
included; the PostgreSQL server's own CPU is not) per answer is the best round's.

Both must give the same reply text for every command, or the script exits 1. PostgreSQL
is the throwaway-database server of tests/store/pg.py; when it is unreachable its rows
are left out and said so. Writes bench/results/answer_cpu.json.

It also counts the round trips of one answer with a warm cache, and of the replay check
every signed Slack request makes beside it (docs/store.md, "Round trips"): on PostgreSQL
through the recording relay of tests/store/pg_connections.py (a trip is what the client
sends before the server's next reply), on SQLite as trips to aiosqlite's worker thread
and to the side reads' thread (adapters/store/side_reads.py).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bench.loadgen import machine, write_results  # noqa: E402
from settleconf.adapters.store import SqlStore, open_store  # noqa: E402
from settleconf.adapters.store.delivery_log import SqlDeliveryLog  # noqa: E402
from settleconf.adapters.store.matter_cache import DEFAULT_CACHE_SIZE, MatterCache  # noqa: E402
from settleconf.bot.chat.request import Request  # noqa: E402
from settleconf.bot.service import Service  # noqa: E402
from tests.slack.conftest import link_example  # noqa: E402

TODAY = date(2024, 5, 13)  # before the example's deadlines: every reply has open ones
COMMANDS = {
    "deadlines": "deadlines",
    "deadlines CASE": "deadlines 7:24-cv-00361",  # what bench/slack_load.py sends
    "next": "next",
    "why": "why letter",
    "question": "when is the ex parte letter due?",
    "help": "help",
}
TARGET_MS = 1.0  # issue 16: a read path that costs at most 1 ms of CPU per answer


@asynccontextmanager
async def database(backend: str) -> AsyncIterator[str | None]:
    """A fresh database URL for `backend`, or None when PostgreSQL is unreachable."""
    if backend == "sqlite":
        import tempfile

        with tempfile.TemporaryDirectory(prefix="answer-cpu-") as tmp:
            yield f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        return
    from tests.store.pg import admin_url, create_database, drop_database

    admin = admin_url()
    try:
        url = await create_database(admin)
    except Exception as exc:  # no server: the report says so instead of failing
        print(f"postgresql: left out, not reachable ({type(exc).__name__}: {exc})")
        yield None
        return
    try:
        yield url
    finally:
        await drop_database(admin, url)


async def cpu_per_answer(service: Service, text: str, n: int) -> tuple[float, str]:
    req = Request("slack", "T1", "C1", "U1", text, today=TODAY)
    reply = await service.handle(req)
    start = time.process_time()
    for _ in range(n):
        await service.handle(req)
    return (time.process_time() - start) * 1000 / n, reply.text


async def measure(backend: str, answers: int, rounds: int, errors: list[str]) -> dict[str, Any]:
    async with database(backend) as url:
        if url is None:
            return {"skipped": "PostgreSQL not reachable"}
        store = await open_store(url)
        try:
            await link_example(store, "T1", "C1")
            trips = await round_trips(backend, url)
            services = {
                "off": Service(SqlStore(store.engine, MatterCache(0))),
                "on": Service(SqlStore(store.engine, MatterCache(DEFAULT_CACHE_SIZE))),
            }
            best: dict[str, dict[str, float]] = {"off": {}, "on": {}}
            for name, text in COMMANDS.items():
                for r in range(rounds):
                    order = ("off", "on") if r % 2 == 0 else ("on", "off")
                    replies = {}
                    for which in order:
                        ms, replies[which] = await cpu_per_answer(services[which], text, answers)
                        best[which][name] = min(best[which].get(name, ms), ms)
                    if replies["off"] != replies["on"]:
                        errors.append(f"{backend} {name!r}: the cached reply differs")
        finally:
            await store.close()
    rows: dict[str, Any] = {}
    for name in COMMANDS:
        off, on = best["off"][name], best["on"][name]
        rows[name] = {
            "off_ms": round(off, 3),
            "on_ms": round(on, 3),
            "ratio": round(on / off, 3),
            "round_trips": trips[name],
        }
    rows[REPLAY] = {"round_trips": trips[REPLAY]}
    return rows


REPLAY = "replay check"
TRIP_SAMPLES = 20  # answers counted per command, after as many to warm up


class _ThreadTrips:
    """Trips to aiosqlite's worker thread: every call goes through `Connection._execute`
    (a private method: counted here only, in a bench)."""

    def __init__(self) -> None:
        import aiosqlite.core

        self.count = 0
        self._connection = aiosqlite.core.Connection
        self._original: Any = self._connection._execute

    def __enter__(self) -> _ThreadTrips:
        original, trips = self._original, self

        async def counted(conn: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
            trips.count += 1
            return await original(conn, fn, *args, **kwargs)

        setattr(self._connection, "_execute", counted)  # noqa: B010
        return self

    def __exit__(self, *_exc: object) -> None:
        setattr(self._connection, "_execute", self._original)  # noqa: B010


async def round_trips(backend: str, url: str) -> dict[str, float]:
    """Round trips per answer (cache on, warm) by command, and per replay check."""
    async with AsyncExitStack() as stack:
        counter: Any
        if backend == "postgresql":
            from tests.store.pg_connections import RoundTrips

            counter = await stack.enter_async_context(RoundTrips(url))
            url = counter.url
        else:
            counter = stack.enter_context(_ThreadTrips())
        store = await open_store(url)
        stack.push_async_callback(store.close)
        service = Service(store)
        replays = SqlDeliveryLog(store.engine)
        signatures = iter(range(10**9))

        async def replay_check() -> None:
            assert await replays.first_use(f"v0=bench{next(signatures)}", datetime.now(UTC))

        def sent() -> int:
            if backend == "postgresql":
                return len(counter.trips)
            # SQLite: trips to aiosqlite's threads and to the side reads' thread (one per
            # batch of version checks: adapters/store/side_reads.py).
            side = store.side_reads
            return int(counter.count) + (side.batches if side is not None else 0)

        out: dict[str, float] = {}
        for name, text in [(REPLAY, ""), *COMMANDS.items()]:
            req = Request("slack", "T1", "C1", "U1", text, today=TODAY)
            for _ in range(TRIP_SAMPLES):  # connections, prepared statements, the cache
                await (replay_check() if name == REPLAY else service.handle(req))
            before = sent()
            for _ in range(TRIP_SAMPLES):
                await (replay_check() if name == REPLAY else service.handle(req))
            out[name] = round((sent() - before) / TRIP_SAMPLES, 2)
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: few answers")
    parser.add_argument("--answers", type=int, default=400, help="answers per command per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--results", type=Path, help="folder for answer_cpu.json")
    args = parser.parse_args(argv)
    answers, rounds = (20, 1) if args.quick else (args.answers, args.rounds)
    errors: list[str] = []
    report: dict[str, Any] = {
        "bench": "answer_cpu",
        "machine": machine(),
        "settings": {"answers": answers, "rounds": rounds, "today": TODAY.isoformat()},
        "target_ms": TARGET_MS,
        "backends": {},
    }
    print(f"CPU ms per answer of Service.handle, matter cache off -> on, best of {rounds}")
    for backend in args.backends.split(","):
        rows = asyncio.run(measure(backend, answers, rounds, errors))
        report["backends"][backend] = rows
        if "skipped" in rows:
            continue
        print(f"{backend}:")
        for name, row in rows.items():
            if name == REPLAY:
                print(f"  {name:<15} {'':27} round trips {row['round_trips']:.2f}")
                continue
            met = "met" if row["on_ms"] <= TARGET_MS else "NOT met"
            print(
                f"  {name:<15} {row['off_ms']:7.3f} -> {row['on_ms']:6.3f} ms "
                f"(x{row['ratio']:.2f}; <= {TARGET_MS} ms {met})  "
                f"round trips {row['round_trips']:.2f}"
            )
    report["errors"] = errors
    path = write_results("answer_cpu", report, args.results)
    print(f"wrote {path}")
    for error in errors:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
