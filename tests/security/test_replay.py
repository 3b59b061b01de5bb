"""Replayed signed requests (issue #11, item 5): a request sent again inside the signature's
five-minute window verifies, and must be acknowledged but not run again, by any replica.

Two servers on one database are two replicas (on SQLite: two engines on one file; on
PostgreSQL: two pools on one database), each behind its own port, signed as Slack signs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from settleconf.adapters.slack import SlackSettings, slack_mount
from settleconf.adapters.store import SqlStore, open_store
from settleconf.adapters.store.delivery_log import SqlDeliveryLog
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.service import Service
from tests.slack.conftest import SECRET, _serve, fixture, link_example
from tests.slack.fake_api import TOKEN, FakeSlack
from tests.slack.signing import FORM, form_body, interactive_body, signed_headers


@dataclass
class Replicas:
    urls: list[str]
    fake: FakeSlack
    store: SqlStore
    http: aiohttp.ClientSession

    def command(self, text: str) -> bytes:
        fields = {"text": text, "response_url": f"{self.fake.base_url}/response/{text}"}
        return form_body(fixture("slash_command.json") | fields)

    async def post(self, replica: int, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        url = f"{self.urls[replica]}/slack/events"
        async with self.http.post(url, data=body, headers=headers) as r:
            return r.status, await r.text()

    async def send(self, replica: int, body: bytes) -> tuple[int, str]:
        return await self.post(replica, body, signed_headers(SECRET, body, content_type=FORM))

    async def matter_state(self) -> tuple[list[str], list[str]]:
        """The items marked done, and the audit's actions oldest first."""
        async with self.store.unit_of_work() as uow:
            ws = await uow.workspace("slack", "T1")
            (matter,) = await uow.matters_in(ws.id)
            assert matter.id is not None
            history = await uow.history(matter.id)
        return sorted(matter.done_items()), [e.action for e in reversed(history)]


@pytest.fixture
async def replicas(store_url: str) -> AsyncIterator[Replicas]:
    fake = FakeSlack()
    fake_runner, fake.base_url = await _serve(fake.app())
    api = f"{fake.base_url}/api/"
    settings = SlackSettings(bot_token=TOKEN, signing_secret=SECRET, api_url=api)
    stores = [await open_store(store_url) for _ in range(2)]
    await link_example(stores[0], "T1", "C1")
    runners, urls = [], []
    for store in stores:
        mount = slack_mount(settings, delivery_log=SqlDeliveryLog(store.engine))
        runner, url = await _serve(build_app(Service(store), [mount]))
        runners.append(runner)
        urls.append(url)
    async with aiohttp.ClientSession() as http:
        try:
            yield Replicas(urls, fake, stores[0], http)
        finally:
            for runner in runners:
                await runner.cleanup()
            await fake_runner.cleanup()
            for store in stores:
                await store.close()


async def test_a_signed_undo_sent_twice_undoes_one_change(replicas: Replicas) -> None:
    for n, item in enumerate(("ex_parte_letter", "hard_copy")):
        assert await replicas.send(0, replicas.command(f"done {item}")) == (200, "")
        await replicas.fake.wait_for(lambda n=n: len(replicas.fake.responses) == n + 1)

    undo = replicas.command("undo")
    headers = signed_headers(SECRET, undo, content_type=FORM)
    assert await replicas.post(0, undo, headers) == (200, "")
    await replicas.fake.wait_for(lambda: len(replicas.fake.responses) == 3)
    # The same signed request again: at the same replica, then at the other one.
    assert await replicas.post(0, undo, headers) == (200, "")
    assert await replicas.post(1, undo, headers) == (200, "")
    await replicas.fake.settle()

    assert [r["text"] for r in replicas.fake.responses] == [
        "Marked done: Ex parte letter. No more reminders for it.",
        "Marked done: Hard copy. No more reminders for it.",
        "Undone: Hard copy is open again.",
    ]
    done, actions = await replicas.matter_state()
    assert done == ["ex_parte_letter"]
    assert actions == ["done", "done", "undone"]

    # The person typing `undo` again is a new request (Slack signs each one afresh, and
    # the signature covers the timestamp): it runs, on whichever replica it reaches.
    again = signed_headers(
        SECRET, undo, content_type=FORM, timestamp=int(headers["X-Slack-Request-Timestamp"]) + 1
    )
    assert await replicas.post(1, undo, again) == (200, "")
    await replicas.fake.wait_for(lambda: len(replicas.fake.responses) == 4)
    assert replicas.fake.responses[3]["text"] == "Undone: Ex parte letter is open again."
    assert await replicas.matter_state() == ([], ["done", "done", "undone", "undone"])


def _click(replicas: Replicas, value: str) -> dict[str, Any]:
    payload = fixture("block_actions.json")
    payload["response_url"] = f"{replicas.fake.base_url}/response/click"
    payload["actions"][0].update({"value": value, "block_id": "b1"})
    return payload


async def test_a_replayed_button_click_runs_once(replicas: Replicas) -> None:
    await replicas.send(0, replicas.command("done ex_parte_letter"))
    await replicas.fake.wait_for(lambda: len(replicas.fake.responses) == 1)
    body = interactive_body(_click(replicas, "undo"))
    headers = signed_headers(SECRET, body, content_type=FORM)
    assert await replicas.post(0, body, headers) == (200, "")
    await replicas.fake.wait_for(lambda: len(replicas.fake.responses) == 2)
    assert await replicas.post(1, body, headers) == (200, "")
    await replicas.fake.settle()
    assert len(replicas.fake.responses) == 2
    assert replicas.fake.responses[1]["text"] == "Undone: Ex parte letter is open again."
    assert await replicas.matter_state() == ([], ["done", "undone"])
