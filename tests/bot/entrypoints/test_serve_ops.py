"""`settleconf serve`'s operations over real HTTP on 127.0.0.1: /healthz (the database
and the dispatcher), the dispatcher switch, and a graceful SIGTERM of a real process.
The helpers here are shared with test_serve_metrics.py (/metrics)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from settleconf.adapters.store import SqlStore, open_store
from settleconf.bot.entrypoints.health import HealthChecks, engine_ping
from settleconf.bot.entrypoints.serve_ops import ServeOps
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.service import Service
from tests.bot.entrypoints.test_serve import free_port
from tests.store.pg import throwaway_database
from tests.store.pg_outage import allow_connections as _allow_connections

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Served:
    url: str
    http: aiohttp.ClientSession

    async def get(self, path: str) -> tuple[int, Any]:
        async with self.http.get(self.url + path) as resp:
            if resp.content_type == "application/json":
                return resp.status, await resp.json()
            return resp.status, await resp.text()


async def serve_app(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


def samples(exposition: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} from Prometheus text (parsed by the library)."""
    out = {}
    for family in text_string_to_metric_families(exposition):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


# --- /healthz: the database ------------------------------------------------------------


@pytest.fixture
def pg_url() -> Iterator[str]:
    with throwaway_database() as url:
        yield url


async def test_healthz_is_503_while_postgresql_refuses_connections(pg_url: str) -> None:
    store = await open_store(pg_url)
    checks = HealthChecks(engine_ping(store.engine), clock=lambda: datetime.now(UTC))
    runner, url = await serve_app(build_app(Service(store), [], health=checks))
    try:
        async with aiohttp.ClientSession() as http:
            served = Served(url, http)
            assert await served.get("/healthz") == (200, {"status": "ok", "platforms": []})
            await _allow_connections(pg_url, False)
            try:
                status, body = await served.get("/healthz")
            finally:
                await _allow_connections(pg_url, True)
            assert status == 503
            assert body["status"] == "unavailable"
            assert list(body["problems"]) == ["database"]
            assert body["problems"]["database"].startswith("unreachable (")
            assert "is not currently accepting connections" in body["problems"]["database"]
            # Back as soon as the database is: no restart needed.
            assert await served.get("/healthz") == (200, {"status": "ok", "platforms": []})
    finally:
        await runner.cleanup()
        await store.close()


async def test_healthz_stays_200_when_its_connection_dies_as_it_is_handed_out(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race behind a flaky outage test: the server ends a pooled connection just after
    # the pool's checkout found it alive (`_closed` here never finds it dead, as when the
    # server's last message is still in flight), while the database itself is up.
    from settleconf.adapters.store import postgres_engine

    monkeypatch.setattr(postgres_engine, "_closed", lambda _driver: False)
    store = await open_store(pg_url)
    checks = HealthChecks(engine_ping(store.engine), clock=lambda: datetime.now(UTC))
    runner, url = await serve_app(build_app(Service(store), [], health=checks))
    try:
        async with aiohttp.ClientSession() as http:
            served = Served(url, http)
            assert await served.get("/healthz") == (200, {"status": "ok", "platforms": []})
            await _allow_connections(pg_url, False)  # ends every backend of the database
            await _allow_connections(pg_url, True)
            assert await served.get("/healthz") == (200, {"status": "ok", "platforms": []})
    finally:
        await runner.cleanup()
        await store.close()


async def test_healthz_is_503_when_the_database_port_is_dead(tmp_path: Path) -> None:
    from settleconf.adapters.store import create_store_engine

    dead = create_store_engine(f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/x")
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 's.db'}")
    checks = HealthChecks(engine_ping(dead), clock=lambda: datetime.now(UTC))
    runner, url = await serve_app(build_app(Service(store), [], health=checks))
    try:
        async with aiohttp.ClientSession() as http:
            status, body = await Served(url, http).get("/healthz")
        assert status == 503
        assert body["problems"]["database"].startswith("unreachable (")
        assert "Connect" in body["problems"]["database"]  # ConnectionRefusedError / OSError
    finally:
        await runner.cleanup()
        await store.close()
        await dead.dispose()


# --- the dispatcher inside serve --------------------------------------------------------

PLATFORM_VARS = (
    "SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_API_URL",
    "MicrosoftAppId", "MicrosoftAppPassword", "TEAMS_EMULATOR",
)


@pytest.fixture
def no_platforms(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in PLATFORM_VARS:
        monkeypatch.delenv(var, raising=False)


@asynccontextmanager
async def serving_ops(
    store: SqlStore, clock: Clock, environ: dict[str, str]
) -> AsyncIterator[tuple[ServeOps, Served]]:
    ops = ServeOps(store, clock=clock, environ=environ, worker_id="serve-test")
    app = build_app(Service(store), [], health=ops.health)
    ops.install(app)
    runner, url = await serve_app(app)
    try:
        async with aiohttp.ClientSession() as http:
            yield ops, Served(url, http)
    finally:
        await runner.cleanup()  # stops the dispatcher (on_shutdown)


async def wait_for_tick(ops: ServeOps, ticks: int = 1) -> None:
    for _ in range(200):
        if ops.dispatcher is not None and ops.dispatcher.metrics.ticks >= ticks:
            return
        await asyncio.sleep(0.02)
    pytest.fail("the dispatcher never ticked")


async def test_healthz_is_503_when_the_dispatcher_is_stale(
    store: SqlStore, no_platforms: None
) -> None:
    clock = Clock(datetime(2024, 5, 13, 14, 0, tzinfo=UTC))
    # One pass at start, then none for an hour: a hung dispatcher, as far as anyone can see.
    async with serving_ops(store, clock, {"SETTLECONF_DISPATCH_INTERVAL": "3600"}) as (ops, s):
        await wait_for_tick(ops)
        assert await s.get("/healthz") == (200, {"status": "ok", "platforms": []})
        clock.now += timedelta(hours=6)  # the allowed age: 6 intervals
        assert (await s.get("/healthz"))[0] == 200
        clock.now += timedelta(seconds=1)
        status, body = await s.get("/healthz")
        assert status == 503
        assert body == {
            "status": "unavailable",
            "platforms": [],
            "problems": {"dispatcher": "last tick 21601 s ago (allowed 21600 s)"},
        }
        got = samples((await s.get("/metrics"))[1])
        assert got[("settleconf_dispatcher_last_tick_age_seconds", ())] == 21601
        assert got[("settleconf_dispatcher_ticks_total", ())] == 1
        assert got[("settleconf_dispatcher_tick_errors_total", ())] == 0


@pytest.mark.parametrize("value", ["maybe", ""])
def test_dispatcher_setting_is_on_off_or_refused(value: str) -> None:
    from settleconf.bot.entrypoints.settings import dispatcher_enabled

    if value:
        with pytest.raises(ValueError, match="SETTLECONF_DISPATCHER must be on or off"):
            dispatcher_enabled({"SETTLECONF_DISPATCHER": value})
    else:
        assert dispatcher_enabled({"SETTLECONF_DISPATCHER": value}) is True


# --- a real `settleconf serve` process ----------------------------------------------------


async def test_sigterm_stops_a_real_serve_process_with_status_0(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARS}
    port = free_port()
    env.update(
        SETTLECONF_DATABASE_URL=f"sqlite:///{tmp_path / 'serve.db'}",
        PORT=str(port),
        SETTLECONF_DISPATCH_INTERVAL="0.2",
        SETTLECONF_LOG_FORMAT="json",
    )
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "settleconf.bot.entrypoints.cli", "serve",
             "--host", "127.0.0.1"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(300):  # startup migrates a new database: allow it seconds
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        assert resp.status == 200
                        break
                except aiohttp.ClientConnectorError:
                    assert proc.poll() is None, log_path.read_text()
                    await asyncio.sleep(0.05)
            else:
                pytest.fail("serve did not start: " + log_path.read_text())
            async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
                assert resp.status == 200
                got = samples(await resp.text())
        assert got[("settleconf_reminders_due", ())] == 0
        proc.send_signal(signal.SIGTERM)
        for _ in range(300):  # a bound for a hang, not a speed test
            if proc.poll() is not None:
                break
            await asyncio.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    output = log_path.read_text()
    assert proc.returncode == 0, output
    assert "Traceback" not in output
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    messages = [line["message"] for line in lines]
    assert any(m.startswith("reminders: dispatcher running") for m in messages), messages
    assert any(m.startswith("settleconf serving on 127.0.0.1") for m in messages), messages


@pytest.mark.parametrize(
    ("value", "lease"), [("", 120.0), ("30", 30.0), ("15", None), ("x", None), ("90000", None)]
)
def test_serve_lease_setting(value: str, lease: float | None) -> None:
    from settleconf.bot.entrypoints.settings import lease_from_env

    env = {"SETTLECONF_REMINDER_LEASE": value}
    if lease is None:
        with pytest.raises(ValueError, match=r"SETTLECONF_REMINDER_LEASE must be a number of "
                           r"seconds above 15 \(the platform call timeout\) and at most 86400"):
            lease_from_env(env)
    else:
        assert lease_from_env(env) == lease


async def test_serve_ops_takes_its_lease_from_the_environment(tmp_path: Path) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'lease.db'}")
    try:
        ops = ServeOps(store, environ={"SETTLECONF_REMINDER_LEASE": "45"})
        assert ops.lease == 45.0
    finally:
        await store.close()
