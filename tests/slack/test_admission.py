"""Back-pressure over real HTTP: answers wait for a slot, and a slash command that would
queue behind too many is refused in its ack, with nothing run (adapters/slack/admission)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from settleconf.adapters.slack import SlackSettings, slack_mount
from settleconf.adapters.slack.admission import InFlight
from settleconf.adapters.store import SqlStore, open_store
from settleconf.bot.chat.request import Request
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service
from tests.slack.conftest import SECRET, SlackHarness, _serve, link_example
from tests.slack.fake_api import TOKEN, FakeSlack


class HeldService(Service):
    """The real service, but each answer waits until the test lets it go."""

    def __init__(self, store: SqlStore) -> None:
        super().__init__(store)
        self.release = asyncio.Event()
        self.started = 0

    async def handle(self, req: Request) -> Reply:
        self.started += 1
        await self.release.wait()
        return await super().handle(req)


class Held(SlackHarness):
    service: HeldService
    inflight: InFlight


@pytest.fixture
async def held(tmp_path: Path) -> AsyncIterator[Held]:
    fake = FakeSlack()
    fake_runner, fake.base_url = await _serve(fake.app())
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'slack.db'}")
    await link_example(store, "T1", "C1")
    api = f"{fake.base_url}/api/"
    # Every answer at response_url, where these tests count them; a read answered in its
    # ack while the slots are busy: tests/slack/test_answer_in_ack.py.
    settings = SlackSettings(
        bot_token=TOKEN, signing_secret=SECRET, api_url=api, ack_budget_ms=0
    )
    service = HeldService(store)
    inflight = InFlight(concurrency=1, max_waiting=1)
    runner, url = await _serve(build_app(service, [slack_mount(settings, inflight=inflight)]))
    async with aiohttp.ClientSession() as http:
        harness = Held(url, fake, store, http)
        harness.service, harness.inflight = service, inflight
        try:
            yield harness
        finally:
            service.release.set()
            await runner.cleanup()
            await fake_runner.cleanup()
            await store.close()


async def until(check: object, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not check():  # type: ignore[operator]
            await asyncio.sleep(0.01)


async def test_a_command_behind_a_full_queue_is_refused_at_once_and_runs_nothing(
    held: Held,
) -> None:
    assert await held.command("deadlines", trigger_id="t1") == (200, "")
    await until(lambda: held.service.started == 1)  # holds the one slot
    assert await held.command("next", trigger_id="t2") == (200, "")
    await until(lambda: held.inflight.waiting == 1)  # waits for it

    status, body = await held.command("deadlines 7:24-cv-00361", trigger_id="t3")
    assert status == 200
    assert json.loads(body) == {
        "response_type": "ephemeral",
        "text": "settleconf is answering a lot of requests right now, so it did not run "
        "`/settleconf deadlines 7:24-cv-00361`. Nothing was changed; please try again in a "
        "minute.",
    }
    assert held.inflight.refused == 1

    held.service.release.set()
    await held.fake.wait_for(lambda: len(held.fake.responses) == 2)
    texts = [r["text"] for r in held.fake.responses]
    assert texts == [
        "4 deadlines; none still open.",
        "The conference was held on Tue May 28, 2024: every deadline here has passed.",
    ]
    await held.fake.settle()
    assert len(held.fake.responses) == 2  # the refused one never ran
    assert held.service.started == 2

    # Room again: the next command is answered as usual.
    await until(lambda: len(held.inflight) == 0)
    assert await held.command("deadlines", trigger_id="t4") == (200, "")
    await held.fake.wait_for(lambda: len(held.fake.responses) == 3)


async def test_only_one_answer_runs_at_a_time_with_one_slot(held: Held) -> None:
    for n in range(2):
        assert await held.command("deadlines", trigger_id=f"t{n}") == (200, "")
    await until(lambda: held.inflight.waiting == 1)
    assert held.service.started == 1  # the second waits for the slot, not in the service
    held.service.release.set()
    await held.fake.wait_for(lambda: len(held.fake.responses) == 2)


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError, match="concurrency must be >= 1"):
        InFlight(concurrency=0)
