"""`GET /metrics` over real HTTP on 127.0.0.1: request counting by route pattern, the
shared queue's gauges, and this process's dispatcher counters moving when `serve`'s
dispatcher posts a reminder to a fake Slack."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest

from settleconf.adapters.store import SqlStore, open_store
from settleconf.bot.entrypoints.metrics_endpoint import ServerMetrics, install_metrics
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.reminders.schedule import resync_reminders
from settleconf.bot.service import Service
from settleconf.core.reminders import ScheduledReminder
from tests.bot.entrypoints.test_serve_ops import (
    Clock,
    Served,
    no_platforms,  # noqa: F401  (a fixture)
    samples,
    serve_app,
    serving_ops,
    wait_for_tick,
)
from tests.slack.conftest import SECRET, link_example
from tests.slack.fake_api import TOKEN, FakeSlack


async def test_metrics_count_requests_by_route_pattern_and_status(tmp_path: Path) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 's.db'}")
    healthy = [True]

    async def health() -> bool:
        return healthy[0]

    app = build_app(Service(store), [], health=health)
    install_metrics(app, ServerMetrics(clock=lambda: datetime.now(UTC)))
    runner, url = await serve_app(app)
    try:
        async with aiohttp.ClientSession() as http:
            served = Served(url, http)
            assert (await served.get("/healthz"))[0] == 200
            assert (await served.get("/healthz"))[0] == 200
            healthy[0] = False
            assert (await served.get("/healthz"))[0] == 503
            assert (await served.get("/wp-admin/1"))[0] == 404
            assert (await served.get("/wp-admin/2"))[0] == 404
            status, exposition = await served.get("/metrics")
        assert status == 200
        got = samples(exposition)
        req = "settleconf_http_requests_total"
        assert got[(req, (("method", "GET"), ("route", "/healthz"), ("status", "200")))] == 2
        assert got[(req, (("method", "GET"), ("route", "/healthz"), ("status", "503")))] == 1
        # Probed paths share one series: a scanner cannot grow the exposition.
        assert got[(req, (("method", "GET"), ("route", "unmatched"), ("status", "404")))] == 2
        hist = "settleconf_http_request_duration_seconds_count"
        assert got[(hist, (("route", "/healthz"),))] == 3
        assert got[(hist, (("route", "unmatched"),))] == 2
        # No dispatcher and no queue in this app: no reminder series at all.
        assert not [k for k in got if "reminder" in k[0] or "dispatcher" in k[0]]
    finally:
        await runner.cleanup()
        await store.close()


async def planned_example(store: SqlStore) -> list[ScheduledReminder]:
    """The example matter in Slack channel T1/C1, its reminders planned as of May 1, 2024
    by the real policy and stored as the service stores them."""
    await link_example(store, "T1", "C1")
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        assert matter.id is not None
        await resync_reminders(uow, matter, ws, datetime(2024, 5, 1, 13, 0, tzinfo=UTC))
        await uow.commit()
        rows = await uow.reminders(matter.id)
    assert len(rows) > 2
    return rows


@pytest.mark.usefixtures("no_platforms")
async def test_dispatcher_off_is_not_checked_and_not_run(store: SqlStore) -> None:
    rows = await planned_example(store)
    first = min(r.fire_at for r in rows)
    due = sum(1 for r in rows if r.fire_at == first)
    clock = Clock(first + timedelta(minutes=1))
    async with serving_ops(store, clock, {"SETTLECONF_DISPATCHER": "off"}) as (ops, s):
        clock.now += timedelta(seconds=30)
        assert await s.get("/healthz") == (200, {"status": "ok", "platforms": []})
        assert ops.dispatcher is None
        got = samples((await s.get("/metrics"))[1])
        # The shared queue is still reported (a replica without a dispatcher sees it)...
        assert got[("settleconf_reminders_due", ())] == due
        assert got[("settleconf_reminders", (("status", "pending"),))] == len(rows)
        assert got[("settleconf_reminders", (("status", "sent"),))] == 0
        # ...but this process's dispatcher figures are absent, not zero.
        mine = ("settleconf_dispatcher", "settleconf_reminder_outcomes")
        assert not [k for k in got if k[0].startswith(mine)]


@pytest.mark.usefixtures("no_platforms")
async def test_metrics_move_when_serve_dispatches_a_reminder_to_slack(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeSlack()
    fake_runner, fake.base_url = await serve_app(fake.app())
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_API_URL", f"{fake.base_url}/api/")
    rows = await planned_example(store)
    first = min(r.fire_at for r in rows)
    due = sorted(r.id for r in rows if r.fire_at == first and r.id is not None)
    clock = Clock(first - timedelta(hours=1))
    try:
        async with serving_ops(store, clock, {"SETTLECONF_DISPATCH_INTERVAL": "0.05"}) as (
            ops,
            s,
        ):
            await wait_for_tick(ops)
            got = samples((await s.get("/metrics"))[1])
            assert got[("settleconf_reminders_due", ())] == 0
            assert got[("settleconf_reminder_outcomes_total", (("outcome", "sent"),))] == 0
            assert fake.posts() == []
            clock.now = first + timedelta(minutes=1)  # their time has come
            for _ in range(200):
                if len(fake.posts()) >= len(due):
                    break
                await asyncio.sleep(0.02)
            ticks = ops.dispatcher.metrics.ticks if ops.dispatcher else 0
            await wait_for_tick(ops, ticks + 1)  # the pass that posted has been recorded
            got = samples((await s.get("/metrics"))[1])
        outcome = "settleconf_reminder_outcomes_total"
        assert got[(outcome, (("outcome", "sent"),))] == len(due)
        for other in ("late", "missed", "failed", "expired", "retried", "deduplicated"):
            assert got[(outcome, (("outcome", other),))] == 0
        assert got[("settleconf_reminders", (("status", "sent"),))] == len(due)
        assert got[("settleconf_reminders", (("status", "pending"),))] == len(rows) - len(due)
        assert got[("settleconf_reminders_due", ())] == 0
        assert got[("settleconf_dispatcher_last_tick_age_seconds", ())] == 0
        posted = sorted(
            i for c in fake.posts() for i in c.params["metadata"]["event_payload"]["reminder_ids"]
        )
        assert posted == due
        assert {c.params["channel"] for c in fake.posts()} == {"C1"}
    finally:
        await fake_runner.cleanup()
