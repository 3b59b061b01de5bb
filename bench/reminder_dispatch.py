"""How many reminders one worker process posts per second to a loopback fake Slack.

Run: .venv/bin/python bench/reminder_dispatch.py [-n 3000] [--backend postgresql|sqlite|both]
                                                 [--profile FILE]

The fake Slack Web API (tests/slack/fake_api.py) runs in its own process on 127.0.0.1.
For each backend, N due reminders (the example matter, bound to 100 Slack channels) are
seeded, then this process does what `settleconf worker --once` does, with the worker's
own posters and dispatcher (batch 200, concurrency 32), and is timed from the first
claim until every reminder is recorded as sent. Baseline, in the same run: N raw
`chat.postMessage` calls of the same rendered message through the same kind of
`AsyncWebClient` (one pooled session, no retry handlers; through slack_sdk's `api_call`,
as the poster posted until 2026-12-06), 32 at a time: what the network path alone costs,
so the ratio is the dispatcher's (and the database's) overhead. Kept as it was so ratios
compare across dates; the poster now makes the same request on the session without
`api_call`'s bookkeeping, ~0.09 ms of CPU a post less than this baseline. Both also
report the fake Slack's CPU per post (its own process): on a 2-core machine, the cores
the dispatcher does not have.

Target: >= 1,000 reminders/s, in one run. Prints the best round's figures, then every
round's (posts/s and CPU per post) and how many met the target, and writes
bench/results/reminder_dispatch.json (with the load average at the start and the end).
`--profile FILE` writes a cProfile of the PostgreSQL (else the first) dispatch run.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from bench.loadgen import machine, write_results  # noqa: E402
from bench.server_process import (  # noqa: E402
    ServerProcess,
    cpu_seconds,
    free_port,
    python_argv,
)
from tests.slack.conftest import SECRET  # noqa: E402
from tests.slack.fake_api import TOKEN, FakeSlack  # noqa: E402

SCRIPT = str(Path(__file__).resolve())
TARGET_PER_S = 1000.0
CHANNELS = 100
CONCURRENCY = 32
BATCH = 200


def serve_fake(port: int) -> None:
    fake = FakeSlack(base_url=f"http://127.0.0.1:{port}")
    app = fake.app()

    async def stats(request: web.Request) -> web.Response:
        del request
        return web.json_response({"posts": len(fake.posts())})

    app.router.add_get("/_bench/stats", stats)
    web.run_app(app, host="127.0.0.1", port=port, print=None)


async def fake_posts(fake_url: str) -> int:
    async with aiohttp.ClientSession() as http, http.get(f"{fake_url}/_bench/stats") as resp:
        return int((await resp.json())["posts"])


async def seed(store: Any, n: int, now: datetime) -> None:
    from tests.reminders_mp.harness import Batch, seed

    per_channel = -(-n // CHANNELS)
    base = now - timedelta(minutes=1)
    step = timedelta(microseconds=1000)
    batch = Batch("due", per_channel, base, now + timedelta(hours=2), step)
    await seed(store, channels=CHANNELS, batches=[batch])


async def timed(
    run: Callable[[], Awaitable[Any]], profile: cProfile.Profile | None, fake_pid: int
) -> tuple[float, float, float, float]:
    """(wall seconds, this process's CPU seconds, the fake Slack's CPU seconds, seconds
    this process waited for a core): on a shared 2-core machine the CPU figures say what
    the work costs even when the wall clock says the machine was busy."""
    started, cpu, fake_cpu = time.perf_counter(), time.process_time(), cpu_seconds(fake_pid)
    waited = run_queue_wait()
    if profile is not None:
        profile.enable()
    try:
        await run()
    finally:
        if profile is not None:
            profile.disable()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return wall, cpu, cpu_seconds(fake_pid) - fake_cpu, run_queue_wait() - waited


def run_queue_wait() -> float:
    """Seconds this process's threads have been ready to run but waiting for a core
    (/proc/self/task/*/schedstat, field 2): what a busy machine adds to the wall clock."""
    total = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):  # a thread that just ended; no schedstats
            continue
    return total / 1e9


def figures(count: int, seconds: float, cpu: float, fake_cpu: float, wait: float) -> dict[str, Any]:
    return {
        "seconds": round(seconds, 3),
        "per_s": round(count / seconds, 1),
        "cpu_ms_each": round(cpu * 1000 / count, 3),
        "fake_slack_cpu_ms_each": round(fake_cpu * 1000 / count, 3),
        "waiting_for_a_core_s": round(wait, 3),
    }


async def dispatch(
    db_url: str, n: int, profile: cProfile.Profile | None, fake_pid: int
) -> dict[str, Any]:
    from settleconf.adapters.store import open_store
    from settleconf.bot.entrypoints.bootstrap import build_dispatcher, open_posters

    store = await open_store(db_url)
    posters = await open_posters(store, concurrency=CONCURRENCY)
    try:
        await seed(store, n, datetime.now(UTC))
        dispatcher = build_dispatcher(store, posters, worker="bench")
        reports: list[Any] = []

        async def drain() -> None:
            reports.append(await dispatcher.run_once())

        seconds, cpu, fake_cpu, wait = await timed(drain, profile, fake_pid)
        (report,) = reports
        counts = await dispatcher._queue.counts(datetime.now(UTC))
    finally:
        await posters.aclose()
        await store.close()
    total = CHANNELS * -(-n // CHANNELS)
    if report.sent != total or counts["sent"] != total:
        raise RuntimeError(f"dispatched {report} ({counts}), expected {total} sent")
    return {"reminders": total, **figures(total, seconds, cpu, fake_cpu, wait)}


async def baseline(api_url: str, n: int, fake_pid: int) -> dict[str, Any]:
    """The same rendered message, posted n times, CONCURRENCY at a time."""
    from settleconf.adapters.slack.blocks import render_messages
    from settleconf.adapters.slack.reminder_poster import EVENT_TYPE, reminder_web_client
    from settleconf.bot.example_matter import EXAMPLE_FILE, example_text
    from settleconf.bot.reminders.reminder_reply import reminder_reply
    from settleconf.core.matter import Matter, StoredOrder
    from settleconf.core.order_parser import parse_order
    from settleconf.core.reminders import Destination, ReminderKind, ScheduledReminder

    order = parse_order(example_text(), source_name=EXAMPLE_FILE)
    matter = Matter(
        id=1, workspace_id=1, docket="7:24-cv-00361", caption=order.caption, court=order.court,
        timezone=order.conference.timezone, conference=order.conference,
        stored_order=StoredOrder(example_text(), EXAMPLE_FILE, "x", order),
    )
    now = datetime.now(UTC)
    sample = ScheduledReminder(
        1, 1, Destination("slack", "T1", "C000"), "due/0", ReminderKind.CONFERENCE, None,
        now, now + timedelta(hours=2), "1 hour before", id=1,
    )
    (message,) = render_messages(reminder_reply(matter, sample, now, late=False))
    slots = asyncio.Semaphore(CONCURRENCY)
    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    async with aiohttp.ClientSession(connector=connector) as session:
        client = reminder_web_client(TOKEN, api_url, session=session)

        async def one(i: int) -> None:
            async with slots:
                await client.api_call("chat.postMessage", json={
                    "channel": f"C{i % CHANNELS:03d}", "text": message.text,
                    "blocks": message.blocks, "unfurl_links": False, "unfurl_media": False,
                    "metadata": {"event_type": EVENT_TYPE, "event_payload": {"reminder_ids": [i]}},
                })

        async def run() -> None:
            await asyncio.gather(*(one(i) for i in range(n)))

        seconds, cpu, fake_cpu, wait = await timed(run, None, fake_pid)
    return {"posts": n, **figures(n, seconds, cpu, fake_cpu, wait)}


async def run_backend(
    backend: str,
    api_url: str,
    fake_url: str,
    n: int,
    tmp: Path,
    profile: cProfile.Profile | None,
    fake_pid: int,
) -> dict[str, Any]:
    from tests.store.pg import admin_url, create_database, drop_database

    before = await fake_posts(fake_url)
    if backend == "sqlite":
        tmp.mkdir(parents=True, exist_ok=True)
        db_url = f"sqlite+aiosqlite:///{tmp / 'bench.db'}"
        ours = await dispatch(db_url, n, profile, fake_pid)
    else:
        db_url = await create_database(admin_url())
        try:
            ours = await dispatch(db_url, n, profile, fake_pid)
        finally:
            await drop_database(admin_url(), db_url)
    posted = await fake_posts(fake_url) - before
    if posted != ours["reminders"]:
        raise RuntimeError(f"the fake Slack stored {posted} posts, not {ours['reminders']}")
    raw = await baseline(api_url, ours["reminders"], fake_pid)
    return {
        "dispatch": ours,
        "baseline_raw_post_message": raw,
        "dispatch_vs_baseline": round(ours["per_s"] / raw["per_s"], 2),
        "target_met": ours["per_s"] >= TARGET_PER_S,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3000, help="reminders per backend (3000)")
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds (3)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one dispatch run")
    parser.add_argument("--results", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--serve-fake", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_fake:
        serve_fake(args.serve_fake)
        return 0
    backends = ("postgresql", "sqlite") if args.backend == "both" else (args.backend,)
    port = free_port()
    fake_url = f"http://127.0.0.1:{port}"
    api_url = f"{fake_url}/api/"
    os.environ.update(
        SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=api_url
    )
    # CPU time, not wall time: other processes share the cores.
    profile = cProfile.Profile(time.process_time) if args.profile else None
    results: dict[str, Any] = {}
    started = machine()
    with tempfile.TemporaryDirectory(prefix="reminder-dispatch-") as tmp:
        argv_fake = python_argv(SCRIPT, "--serve-fake", str(port))
        with ServerProcess("fake-slack", argv_fake, port, log_dir=Path(tmp)) as fake:
            for backend in backends:
                rounds = []
                for i in range(args.rounds):  # best of: other processes share the cores
                    prof = profile if backend == backends[0] and i == 0 else None
                    work = Path(tmp) / str(i)
                    rounds.append(asyncio.run(
                        run_backend(backend, api_url, fake_url, args.n, work, prof, fake.pid)
                    ))
                r = max(rounds, key=lambda x: x["dispatch"]["per_s"])
                # Every round too: the target is for one run, not the best of several.
                r["dispatch_per_s_all_rounds"] = [x["dispatch"]["per_s"] for x in rounds]
                r["dispatch_cpu_ms_each_all_rounds"] = [
                    x["dispatch"]["cpu_ms_each"] for x in rounds
                ]
                results[backend] = r
                d, b = r["dispatch"], r["baseline_raw_post_message"]
                label = backend
                print(
                    f"{label:<10} dispatch {d['reminders']} reminders in {d['seconds']:.2f} s "
                    f"= {d['per_s']:7.1f}/s ({d['cpu_ms_each']:.2f} ms CPU each, fake Slack "
                    f"{d['fake_slack_cpu_ms_each']:.2f}; {d['waiting_for_a_core_s']:.2f} s "
                    "waiting for a core)   raw chat.postMessage "
                    f"{b['per_s']:7.1f}/s ({b['cpu_ms_each']:.2f} ms, "
                    f"{b['fake_slack_cpu_ms_each']:.2f})   "
                    f"ratio {r['dispatch_vs_baseline']:.2f}   "
                    f"target {TARGET_PER_S:.0f}/s {'met' if r['target_met'] else 'MISSED'}"
                )
                if len(rounds) > 1:
                    each = ", ".join(
                        f"{x['dispatch']['per_s']:.0f}/s ({x['dispatch']['cpu_ms_each']:.2f} ms)"
                        for x in rounds
                    )
                    met = sum(x["dispatch"]["per_s"] >= TARGET_PER_S for x in rounds)
                    print(f"{'':<10} every round: {each}; {met} of {len(rounds)} at target")
    if profile is not None:
        profile.dump_stats(str(args.profile))
        print(f"profile of the {backends[0]} dispatch: {args.profile}")
    report = {
        "bench": "reminder_dispatch",
        "machine": {**started, "load_average_at_end": [round(x, 2) for x in os.getloadavg()]},
        "settings": {
            "reminders": args.n, "rounds": args.rounds, "channels": CHANNELS,
            "concurrency": CONCURRENCY, "batch": BATCH,
        },
        "target_per_s": TARGET_PER_S,
        "backends": results,
    }
    path = write_results("reminder_dispatch", report, args.results)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
