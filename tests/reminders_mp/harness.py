"""Real `settleconf worker` processes against a real PostgreSQL queue and a fake Slack Web
API served from the test's own event loop on 127.0.0.1.

- `seed`: one example matter bound to `channels` Slack channels, with `per_channel`
  reminder rows each, written through `SqlUnitOfWork.sync_reminders` (the service's own
  path into the table).
- `Faults`: an aiohttp middleware in front of the fake that makes Slack slow, rate
  limited, failing *after* the message was stored (a 500 whose post exists, the case that
  duplicates naive retries), or silent past the client's timeout.
- `Workers`: start, signal and reap `python -m settleconf.bot.entrypoints.cli worker` subprocesses.
- `posts_by_reminder`: how many stored Slack messages name each reminder id in their
  metadata (a catch-up summary names several).
"""

from __future__ import annotations

import asyncio
import inspect
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Handler
from sqlalchemy import func, select, update

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.reminder_table import REMINDERS
from settleconf.core.reminders import Destination, ReminderKind, ScheduledReminder
from settleconf.core.store import ChannelBinding
from tests.slack.conftest import SECRET, link_example
from tests.slack.fake_api import TOKEN, FakeSlack

ROOT = Path(__file__).resolve().parents[2]
WORKSPACE = "T1"
# Short enough that a killed worker's claims come back within the test's budget, long
# enough that a healthy worker always settles a claim well inside it.
LEASE_S = 10.0
POST_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class Batch:
    """`per_channel` rows in every channel, the i-th firing at `fire_at + i * step`."""

    label: str
    per_channel: int
    fire_at: datetime
    due_at: datetime
    step: timedelta = timedelta(0)


@dataclass
class Seeded:
    ids: dict[str, list[int]]  # by batch label
    channel_of: dict[int, str]

    @property
    def all_ids(self) -> list[int]:
        return sorted(self.channel_of)


def channel_names(channels: int) -> list[str]:
    return [f"C{c:03d}" for c in range(channels)]


async def seed(store: SqlStore, *, channels: int, batches: list[Batch]) -> Seeded:
    """One example matter bound to `channels` Slack channels, with every batch's rows in
    each, written through `sync_reminders` (the service's own path into the table)."""
    names = channel_names(channels)
    await link_example(store, WORKSPACE, names[0])
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", WORKSPACE)
        (matter,) = await uow.matters_in(ws.id)
        assert matter.id is not None
        for name in names[1:]:
            await uow.bind(ChannelBinding(ws.id, "slack", name, matter.id))
        rows = [
            ScheduledReminder(
                matter_id=matter.id,
                workspace_id=ws.id,
                destination=Destination("slack", WORKSPACE, name),
                key=f"{b.label}/{i:04d}",
                kind=ReminderKind.CONFERENCE,
                obligation_id=None,
                fire_at=b.fire_at + i * b.step,
                due_at=b.due_at,
                lead="1 hour before",
            )
            for b in batches
            for i in range(b.per_channel)
            for name in names
        ]
        # `now` before every fire_at: sync refuses to add rows that are already late.
        earliest = min(r.fire_at for r in rows)
        await uow.sync_reminders(matter.id, rows, earliest - timedelta(minutes=1))
        await uow.commit()
        stored = await uow.reminders(matter.id)
    ids: dict[str, list[int]] = {}
    channel_of: dict[int, str] = {}
    for r in stored:
        assert r.id is not None
        ids.setdefault(r.key.partition("/")[0], []).append(r.id)
        channel_of[r.id] = r.destination.channel
    assert len(channel_of) == len(rows)
    return Seeded(ids, channel_of)


async def status_counts(store: SqlStore) -> dict[str, int]:
    async with store.engine.connect() as conn:
        stmt = select(REMINDERS.c.status, func.count()).group_by(REMINDERS.c.status)
        rows = (await conn.execute(stmt)).all()
    return {status: n for status, n in rows}


@dataclass(frozen=True)
class Row:
    status: str
    claimed_by: str | None
    attempts: int
    message_ref: str | None
    late: bool
    not_before: datetime | None


async def load_rows(store: SqlStore) -> dict[int, Row]:
    c = REMINDERS.c
    stmt = select(
        c.id, c.status, c.claimed_by, c.attempts, c.message_ref, c.late, c.not_before
    )
    async with store.engine.connect() as conn:
        return {r.id: Row(*r[1:]) for r in (await conn.execute(stmt)).all()}


async def fast_forward_backoff(store: SqlStore) -> int:
    """Let every retry that waits out a backoff be claimable now (the minutes of backoff
    pass in an instant); returns how many rows were waiting."""
    c = REMINDERS.c
    stmt = (
        update(REMINDERS)
        .where(c.status == "pending", c.not_before.is_not(None))
        .values(not_before=c.fire_at)
    )
    async with store.engine.begin() as conn:
        return int((await conn.execute(stmt)).rowcount)


@dataclass
class Faults:
    """What the fake's own `fail()` cannot do, switched on and off by the test."""

    delay: float = 0.0  # hold every chat.postMessage answer this long, after storing it
    error_after_store: int = 0  # next N stored posts answered 500 (Slack made the post)
    hold_port: int | None = None  # posts arriving on this port: stored, answered on `release`
    held: int = 0
    release: asyncio.Event = field(default_factory=asyncio.Event)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.match_info.get("method") != "chat.postMessage":
            return await handler(request)
        response = await handler(request)  # the fake stores the message here
        if response.status == 200 and self.error_after_store > 0:
            self.error_after_store -= 1
            return web.json_response({"ok": False, "error": "internal_error"}, status=500)
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        if self.hold_port is not None and sockname and sockname[1] == self.hold_port:
            self.held += 1
            await self.release.wait()
        if self.delay:
            await asyncio.sleep(self.delay)
        return response


@dataclass
class FakeServer:
    fake: FakeSlack
    runner: web.AppRunner
    ports: list[int]

    def api_url(self, site: int = 0) -> str:
        return f"http://127.0.0.1:{self.ports[site]}/api/"


async def start_fake(faults: Faults, sites: int = 3) -> FakeServer:
    """One fake Slack listening on `sites` ports, so a test can tell workers apart by the
    port each was given (to hold one worker's posts and kill it mid-send)."""
    fake = FakeSlack()
    app = fake.app()
    app.middlewares.append(faults.middleware)
    runner = web.AppRunner(app)
    await runner.setup()
    for _ in range(sites):
        await web.TCPSite(runner, "127.0.0.1", 0).start()
    ports = [int(address[1]) for address in runner.addresses]
    fake.base_url = f"http://127.0.0.1:{ports[0]}"
    return FakeServer(fake, runner, ports)


def posts_by_reminder(fake: FakeSlack) -> Counter[int]:
    """Stored chat.postMessage calls per reminder id named in their metadata."""
    seen: Counter[int] = Counter()
    for call in fake.posts():
        meta = call.params.get("metadata") or {}
        for rid in (meta.get("event_payload") or {}).get("reminder_ids", []):
            seen[int(rid)] += 1
    return seen


def worker_env(database_url: str, api_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "Microsoft"))}
    env.update(
        SETTLECONF_DATABASE_URL=database_url,
        SLACK_BOT_TOKEN=TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=api_url,
        SETTLECONF_LOG_FORMAT="json",
        PYTHONUNBUFFERED="1",
    )
    env.pop("TEAMS_EMULATOR", None)
    return env


@dataclass
class Workers:
    env: Mapping[str, str]
    logs: Path
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start(self, name: str, *extra: str, api_url: str | None = None) -> None:
        env = dict(self.env) | ({"SLACK_API_URL": api_url} if api_url else {})
        log = (self.logs / f"{name}.log").open("wb")
        self.procs[name] = subprocess.Popen(
            [
                sys.executable, "-m", "settleconf.bot.entrypoints.cli", "worker",
                "--worker-id", name,
                "--lease", str(LEASE_S),
                "--interval", "0.2",
                "--post-timeout", str(POST_TIMEOUT_S),
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()

    def kill(self, name: str) -> None:
        self.procs[name].send_signal(signal.SIGKILL)
        self.procs[name].wait()

    async def wait(self, name: str, timeout: float = 60.0) -> int:
        """The exit code of a worker that stops by itself (`--once`)."""
        proc = self.procs[name]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while proc.poll() is None:
            if loop.time() > deadline:
                raise AssertionError(f"{name} did not exit:\n{self.log(name)}")
            await asyncio.sleep(0.05)
        return proc.returncode

    async def stop_all(self, timeout: float = 20.0) -> dict[str, int]:
        """SIGTERM every live worker; their exit codes (SIGKILLed: -9)."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        codes: dict[str, int] = {}
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        for name, proc in self.procs.items():
            while proc.poll() is None and loop.time() < deadline:
                await asyncio.sleep(0.05)
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            codes[name] = proc.returncode
        return codes

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")


async def wait_until(
    check: Callable[[], Awaitable[bool] | bool], what: str, timeout: float = 40.0
) -> None:
    """Poll `check()` (sync or async) until true; a bound for a hang, not a speed test."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = check()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)
