"""Acked slash commands at shutdown (issue #11, item 6): the app's cleanup path lets the
answers in flight finish and reach their response_url; whoever is still waiting when the
drain's bound runs out is told whether their command ran, so they know to run it again."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import aiohttp
from slack_bolt.response import BoltResponse

from settleconf.adapters.slack import SlackSettings, slack_mount
from settleconf.adapters.slack.admission import InFlight, admission_middleware
from settleconf.adapters.store import SqlStore, open_store
from settleconf.bot.chat.request import Request
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service
from tests.slack.conftest import SECRET, SlackHarness, _serve, link_example
from tests.slack.fake_api import TOKEN, FakeSlack


class StuckService(Service):
    """`deadlines` waits for `release`; `next` never finishes (a hung database call)."""

    def __init__(self, store: SqlStore) -> None:
        super().__init__(store)
        self.release = asyncio.Event()
        self.started: list[str] = []

    async def handle(self, req: Request) -> Reply:
        self.started.append(req.text)
        if req.text == "next":
            await asyncio.Event().wait()
        if req.text == "deadlines":
            await self.release.wait()
        return await super().handle(req)


async def until(check: Callable[[], bool]) -> None:
    async with asyncio.timeout(10):
        while not check():
            await asyncio.sleep(0.01)


async def test_shutdown_finishes_answers_and_tells_the_ones_it_cannot(tmp_path: Path) -> None:
    fake = FakeSlack()
    fake_runner, fake.base_url = await _serve(fake.app())
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'slack.db'}")
    await link_example(store, "T1", "C1")
    api = f"{fake.base_url}/api/"
    settings = SlackSettings(bot_token=TOKEN, signing_secret=SECRET, api_url=api)
    service = StuckService(store)
    inflight = InFlight(concurrency=1, max_waiting=5, drain_seconds=1.0)
    runner, url = await _serve(build_app(service, [slack_mount(settings, inflight=inflight)]))
    try:
        async with aiohttp.ClientSession() as http:
            slack = SlackHarness(url, fake, store, http)
            # One slot: `deadlines` runs, `next` and `done hard_copy` wait in that order.
            assert await slack.command("deadlines") == (200, "")
            await until(lambda: service.started == ["deadlines"])
            assert await slack.command("next") == (200, "")
            await until(lambda: inflight.waiting == 1)
            assert await slack.command("done hard_copy") == (200, "")
            await until(lambda: inflight.waiting == 2)

        shutdown = asyncio.create_task(runner.cleanup())  # what SIGTERM runs in `serve`
        await until(lambda: inflight.closing)
        service.release.set()  # `deadlines` finishes during the drain; `next` then hangs
        await shutdown
    finally:
        await fake_runner.cleanup()
        await store.close()

    assert service.started == ["deadlines", "next"]
    # The two notices are posted concurrently: their order is not part of the promise.
    assert sorted(r["text"] for r in fake.responses) == sorted([
        "4 deadlines; none still open.",
        "settleconf restarted while it was running `/settleconf next`, which may or may not "
        "have taken effect. Check `/settleconf history` before running it again.",
        "settleconf restarted before it could run `/settleconf done hard_copy`. Nothing was "
        "changed; please run it again.",
    ])
    assert {r["response_type"] for r in fake.responses} == {"ephemeral"}


async def test_a_slash_command_arriving_during_shutdown_is_refused_in_its_ack() -> None:
    # Socket Mode keeps delivering until its socket closes, after the drain has begun.
    inflight = InFlight()
    await inflight.drain()
    ran: list[str] = []

    async def next_() -> None:
        ran.append("listener")

    refuse = admission_middleware(inflight)
    response = await refuse(body={"command": "/settleconf", "text": "undo"}, next=next_)
    assert isinstance(response, BoltResponse)
    assert (response.status, response.body) == (
        200,
        '{"response_type": "ephemeral", "text": "settleconf is restarting, so it did not run '
        '`/settleconf undo`. Nothing was changed; please try again in a minute."}',
    )
    assert ran == []
    # Events and clicks are still acked and queued (Slack would not show a refusal).
    assert await refuse(body={"type": "event_callback"}, next=next_) is None
    assert ran == ["listener"]
