"""The reminder path end to end: the service schedules (through its own unit of work), the
dispatcher claims from the real queue on SQLite and PostgreSQL, and posts over real HTTP
to a fake Slack Web API on 127.0.0.1. Time is a clock the test sets: "now" for the
service, the dispatcher and the fake's message timestamps alike."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from settleconf.adapters.slack.reminder_poster import SlackReminderPoster, reminder_web_client
from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from settleconf.bot.example_matter import example_text
from settleconf.bot.reminders.dispatcher import Dispatcher
from settleconf.bot.reminders.port import ReminderPoster
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service
from settleconf.core.matter import Matter
from settleconf.core.reminders import ScheduledReminder
from tests.bot.testbot import SetMembership, TestBot
from tests.slack.fake_api import TOKEN, FakeSlack
from tests.store.fixtures import postgres_url, store, store_url  # noqa: F401

START = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)  # Wed May 1, 2024, 9:00 a.m. EDT
DOCKET = "7:24-cv-00361-PMH"


class Clock:
    """Stands still until the test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


@dataclass
class Rig:
    store: SqlStore
    clock: Clock
    fake: FakeSlack
    bot: TestBot
    http: aiohttp.ClientSession  # pooled, as `settleconf worker` posts

    def slack(self, *, timeout: float = 5.0) -> SlackReminderPoster:
        client = reminder_web_client(
            TOKEN, f"{self.fake.base_url}/api/", session=self.http, timeout=30
        )
        return SlackReminderPoster(client, timeout=timeout)

    def dispatcher(
        self,
        worker: str = "worker-a",
        *,
        posters: Mapping[str, ReminderPoster] | None = None,
        queue: Any = None,
        **kw: Any,
    ) -> Dispatcher:
        return Dispatcher(
            self.store,
            queue if queue is not None else SqlReminderQueue(self.store.engine),
            posters if posters is not None else {"slack": self.slack()},
            worker=worker,
            clock=self.clock,
            **kw,
        )

    async def say(self, text: str, **kw: Any) -> Reply:
        """A command in Slack channel C1, on the clock's day."""
        kw.setdefault("today", self.clock.now.date())
        reply = await self.bot.reply(text, **kw)
        assert not reply.is_error, reply.text
        return reply

    async def matter(self) -> Matter:
        async with self.store.unit_of_work() as uow:
            ws = await uow.workspace("slack", "T1")
            (matter,) = await uow.matters_in(ws.id)
            return matter

    async def rows(self) -> list[ScheduledReminder]:
        matter = await self.matter()
        assert matter.id is not None
        async with self.store.unit_of_work() as uow:
            return await uow.reminders(matter.id)

    async def row(
        self, key: str, channel: str = "C1", *, fire_at: datetime | None = None
    ) -> ScheduledReminder:
        (found,) = [
            r
            for r in await self.rows()
            if r.key == key
            and r.destination.channel == channel
            and (fire_at is None or r.fire_at == fire_at)
        ]
        return found

    def texts(self, channel: str = "C1") -> list[str]:
        return [m["text"] for m in self.fake.posted(channel)]


@pytest.fixture
async def rig(store: SqlStore) -> AsyncIterator[Rig]:  # noqa: F811
    """The example order added in Slack T1/C1 by U1 on Wed May 1, 2024 at 9:00 a.m. EDT:
    twelve reminders there, the first (settlement demand, 7 days before) at Tue May 7,
    9:00 a.m. EDT."""
    clock = Clock(START)
    fake = FakeSlack(clock=lambda: clock.now.timestamp())
    runner, fake.base_url = await serve(fake.app())
    bot = TestBot(Service(store, membership=SetMembership(), clock=clock))
    reply = await bot.reply(
        "add", upload=bot.upload("order.txt", example_text()), trusted=True, today=date(2024, 5, 1)
    )
    assert not reply.is_error, reply.text
    try:
        async with aiohttp.ClientSession() as http:
            yield Rig(store, clock, fake, bot, http)
    finally:
        await runner.cleanup()


def at(day: int, hour: int, minute: int = 0, second: int = 0, month: int = 5) -> datetime:
    """An instant in 2024, UTC."""
    return datetime(2024, month, day, hour, minute, second, tzinfo=UTC)


ONE_SECOND = timedelta(seconds=1)
