"""PostgreSQL "restarts" while reminders are being dispatched: the test's throwaway
database refuses new connections and drops every open one for a few seconds
(tests/store/pg_outage.py; the shared cluster is never stopped), then comes back.

Nothing may be lost or posted twice, the dispatchers (three `settleconf worker`
processes; `serve`'s own) must recover without a restart, and `/healthz` must say 503
"database" exactly while the database is gone and 200 before and after.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from sqlalchemy import select

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.reminder_table import REMINDERS
from settleconf.bot.entrypoints.serve_ops import ServeOps
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.reminders.outcomes import BACKOFF_BASE
from settleconf.bot.service import Service
from tests.bot.entrypoints.test_serve_ops import PLATFORM_VARS, Served, serve_app
from tests.reminders_mp.harness import (
    LEASE_S,
    Batch,
    FakeServer,
    Workers,
    load_rows,
    posts_by_reminder,
    seed,
    status_counts,
    wait_until,
)
from tests.reminders_mp.test_worker_processes import (
    NAMES,
    assert_each_posted_once,
    settled,
    start_workers,
)
from tests.slack.conftest import SECRET
from tests.slack.fake_api import TOKEN
from tests.store.pg_outage import database_outage

pytestmark = pytest.mark.reminders_mp

OUTAGE_S = 4.0
MAX_OUTAGE_S = 30.0
PASS_FAILED = '"message": "reminders: dispatcher pass failed"'
# Work caught by the cut waits out its lease (or a 30 s backoff, when the record failed
# and the retry's did not) and is then found in Slack, not re-posted: generous bounds.
DRAIN_TIMEOUT_S = LEASE_S + BACKOFF_BASE.total_seconds() + 60
SERVE_LEASE_S = 20.0  # above the posters' 15 s post timeout, as the lease must be
OK = (200, {"status": "ok", "platforms": []})


def now() -> datetime:
    return datetime.now(UTC)


def assert_alive(workers: Workers) -> None:
    for name, proc in workers.procs.items():
        assert proc.poll() is None, f"{name} exited ({proc.returncode}):\n{workers.log(name)}"


async def fire_times(store: SqlStore) -> dict[int, datetime]:
    async with store.engine.connect() as conn:
        rows = (await conn.execute(select(REMINDERS.c.id, REMINDERS.c.fire_at))).all()
    return {i: at for i, at in rows}


async def unsettled(store: SqlStore) -> int:
    counts = await status_counts(store)
    return counts.get("pending", 0) + counts.get("claimed", 0)


async def test_workers_ride_out_a_database_restart_mid_dispatch(
    database_url: str, mp_store: SqlStore, fake_server: FakeServer, workers: Workers
) -> None:
    fake = fake_server.fake
    loop = asyncio.get_running_loop()
    await start_workers(workers)
    base = now() - timedelta(minutes=1)
    seeded = await seed(
        mp_store,
        channels=40,
        batches=[Batch("due", 15, base, base + timedelta(hours=2), timedelta(milliseconds=10))],
    )
    ids = seeded.all_ids
    assert len(ids) == 600
    await wait_until(lambda: len(fake.posts()) >= 50, "the first 50 posts")
    async with database_outage(database_url):
        cut = loop.time()
        posts_at_cut = len(fake.posts())

        def every_pass_failed() -> bool:
            """Down for OUTAGE_S, and until each worker, its claimed batch posted (Slack
            stays up: those posts go on, unrecorded), has failed to claim the next."""
            assert_alive(workers)
            return loop.time() - cut >= OUTAGE_S and all(
                PASS_FAILED in workers.log(name) for name in NAMES
            )

        await wait_until(every_pass_failed, "every worker to fail a pass", MAX_OUTAGE_S)
        posts_in_outage = len(fake.posts()) - posts_at_cut
    reopened = loop.time()
    outage = reopened - cut
    # The cut caught work in flight, or this test proved nothing.
    left = await unsettled(mp_store)
    assert posts_at_cut < len(ids) and left > 0, (posts_at_cut, left)

    async def drained() -> bool:
        assert_alive(workers)  # resumed by themselves: none exited, none restarted
        return await settled(mp_store)

    await wait_until(drained, "every reminder settled", timeout=DRAIN_TIMEOUT_S)
    drain = loop.time() - reopened
    rows = await load_rows(mp_store)
    assert Counter(r.status for r in rows.values()) == {"sent": 600}
    assert not any(r.late for r in rows.values())
    assert_each_posted_once(fake, ids)
    assert posts_by_reminder(fake) == Counter(dict.fromkeys(ids, 1))
    assert len(fake.posts()) == 600  # no post outside the 600 (no catch-up, no repeat)
    # Every recorded message is the one Slack stored for that reminder.
    stored = {m["ts"] for msgs in fake.messages.values() for m in msgs}
    assert {r.message_ref for r in rows.values()} <= stored
    assert len({r.message_ref for r in rows.values()}) == 600
    # A post whose record the cut lost is found in Slack by a later claim, or recorded
    # when the database returns (sent rows are recorded in groups, apart from the posts):
    # which one depends on where the cut falls. Either way it was not re-sent (above).
    found = sum(workers.log(name).count("reminder was already posted") for name in NAMES)
    codes = await workers.stop_all()
    assert codes == dict.fromkeys(NAMES, 0), codes
    for name in NAMES:
        assert '"message": "worker stopped"' in workers.log(name), workers.log(name)
    retried = sum(1 for r in rows.values() if r.attempts > 1)
    print(
        f"\n[reminders_mp] database outage {outage:.1f} s under 3 workers: {len(ids)} "
        f"reminders, {len(fake.posts())} posts ({posts_at_cut} before the cut, "
        f"{posts_in_outage} during it), {left} unsettled at reopen, {retried} claimed "
        f"again, {found} of them found already posted, 0 duplicates, 0 lost, drained "
        f"{drain:.1f} s after reopen"
    )


async def test_serve_healthz_tells_the_truth_through_a_database_restart(
    database_url: str,
    mp_store: SqlStore,
    fake_server: FakeServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What `settleconf serve` composes (bot/entrypoints/serve.py): ServeOps' dispatcher and
    HealthChecks in the app, here with a lease short enough for the test's budget."""
    for var in PLATFORM_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_API_URL", fake_server.api_url())
    fake = fake_server.fake
    loop = asyncio.get_running_loop()
    t0 = now()
    # 30 due at once, then 10 channels x 40 due every 0.5 s for 20 s, from t0 + 5 s.
    seeded = await seed(
        mp_store,
        channels=10,
        batches=[
            Batch("before", 3, t0 - timedelta(minutes=1), t0 + timedelta(hours=2)),
            Batch("around", 40, t0 + timedelta(seconds=5), t0 + timedelta(hours=2),
                  timedelta(milliseconds=500)),
        ],
    )
    ids = seeded.all_ids
    assert len(ids) == 430
    ops = ServeOps(
        mp_store, environ={"SETTLECONF_DISPATCH_INTERVAL": "0.2"}, worker_id="serve",
        lease=SERVE_LEASE_S,
    )
    app = build_app(Service(mp_store), [], health=ops.health)
    ops.install(app)
    runner, url = await serve_app(app)
    health: Counter[str] = Counter()
    try:
        async with aiohttp.ClientSession() as http:
            s = Served(url, http)

            async def healthy(phase: str) -> None:
                assert await s.get("/healthz") == OK, phase
                health[f"{phase} 200"] += 1

            await healthy("before")
            # Cut once the trickle is a second in: its rows are due before, during and
            # after the outage. Healthy all along until then.
            async def trickling() -> bool:
                await healthy("before")
                return len(fake.posts()) >= 30 + 20

            await wait_until(trickling, "the first reminders posted")
            async with database_outage(database_url):
                cut, cut_at = loop.time(), now()
                errors_at_cut = ops.dispatcher.metrics.tick_errors if ops.dispatcher else 0
                while loop.time() - cut < OUTAGE_S:
                    status, body = await s.get("/healthz")
                    assert status == 503, body
                    assert body["status"] == "unavailable"
                    assert list(body["problems"]) == ["database"], body
                    assert "is not currently accepting connections" in (
                        body["problems"]["database"]
                    ), body
                    health["outage 503"] += 1
                    await asyncio.sleep(0.2)
            reopened, reopened_at = loop.time(), now()
            await healthy("after")  # at once, without a restart
            assert ops.dispatcher is not None
            assert ops.dispatcher.metrics.tick_errors > errors_at_cut  # the outage hit it

            async def drained() -> bool:
                await healthy("after")
                return await settled(mp_store)

            await wait_until(drained, "every reminder settled", timeout=DRAIN_TIMEOUT_S + 20)
            drain = loop.time() - reopened
            last_tick = ops.dispatcher.last_tick
            assert last_tick is not None and last_tick > reopened_at  # ticking again
    finally:
        await runner.cleanup()  # stops the dispatcher, as serve's shutdown does
    rows = await load_rows(mp_store)
    assert Counter(r.status for r in rows.values()) == {"sent": 430}
    assert not any(r.late for r in rows.values())
    assert {r.claimed_by for r in rows.values()} == {"serve"}
    assert posts_by_reminder(fake) == Counter(dict.fromkeys(ids, 1))
    assert len(fake.posts()) == 430
    assert_each_posted_once(fake, ids)
    # Reminders fell due on both sides of the outage and inside it; those inside it
    # were posted once it ended (Slack's ts: whole seconds of the wall clock).
    fire_at = await fire_times(mp_store)
    assert min(fire_at[i] for i in seeded.ids["around"]) > t0  # none due at the start
    during = {i for i, at in fire_at.items() if cut_at < at < reopened_at}
    after = {i for i, at in fire_at.items() if at > reopened_at}
    assert during and after, "the outage did not fall inside the trickle"
    ts_of = {i: float(m["ts"]) for msgs in fake.messages.values() for m in msgs
             for i in m["metadata"]["event_payload"]["reminder_ids"]}
    assert all(ts_of[i] >= int(reopened_at.timestamp()) for i in during)
    assert health["outage 503"] >= 5 and health["before 200"] >= 2 and health["after 200"] >= 2
    print(
        f"\n[reminders_mp] database outage {reopened - cut:.1f} s under serve: {len(ids)} "
        f"reminders ({len(during)} due during the outage, {len(after)} after), "
        f"{len(fake.posts())} posts, 0 duplicates, 0 lost, drained {drain:.1f} s after "
        f"reopen; /healthz {dict(health)}"
    )
