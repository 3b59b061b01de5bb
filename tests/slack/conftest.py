"""Real HTTP on 127.0.0.1: settleconf's `build_app` with the Slack mount on one ephemeral
port, the fake Slack Web API on another, and a client that signs what it posts."""

from __future__ import annotations

import copy
import hashlib
import io
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from settleconf.adapters.slack import SlackSettings, slack_membership, slack_mount
from settleconf.adapters.slack.admission import InFlight
from settleconf.adapters.slack.app import PROCESS_BEFORE_RESPONSE
from settleconf.adapters.store import SqlStore, open_store
from settleconf.adapters.store.delivery_log import SqlDeliveryLog
from settleconf.bot.chat.context import deadline_rows
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.example_matter import EXAMPLE_FILE, example_text
from settleconf.bot.service import Service
from settleconf.core.matter import EventKind, Matter, MatterEvent, StoredOrder
from settleconf.core.order_parser import parse_order
from settleconf.core.store import ChannelBinding
from tests.slack.fake_api import TOKEN, FakeSlack
from tests.slack.signing import (
    FORM,
    JSON,
    form_body,
    interactive_body,
    json_body,
    signed_headers,
)

SECRET = "test-signing-secret"
FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return copy.deepcopy(data)


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


async def link_example(store: SqlStore, workspace: str, channel: str) -> None:
    """The example order as a Slack matter linked to `channel` (as `add` would leave it)."""
    text = example_text()
    order = parse_order(text, source_name=EXAMPLE_FILE)
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", workspace)
        matter = await uow.add_matter(
            Matter(
                id=None,
                workspace_id=ws.id,
                docket=order.case_number or "7:24-cv-00361-PMH",
                caption=order.caption,
                court=order.court,
                timezone=order.conference.timezone,
                stored_order=StoredOrder(
                    text, EXAMPLE_FILE, hashlib.sha256(text.encode()).hexdigest(), order
                ),
                conference=order.conference,
                events=[MatterEvent(EventKind.ORDER_ADDED, datetime.now(UTC), "slack:U1")],
            )
        )
        assert matter.id is not None
        await uow.bind(ChannelBinding(ws.id, "slack", channel, matter.id))
        await uow.replace_deadlines(matter.id, deadline_rows(matter))
        await uow.commit()


@dataclass
class SlackHarness:
    url: str
    fake: FakeSlack
    store: SqlStore
    http: aiohttp.ClientSession
    sent: int = 0

    def response_url(self, key: str = "r1") -> str:
        return f"{self.fake.base_url}/response/{key}"

    async def post(
        self,
        body: bytes,
        content_type: str,
        *,
        extra: dict[str, str] | None = None,
        timestamp: int | None = None,
        secret: str = SECRET,
    ) -> tuple[int, str]:
        headers = signed_headers(secret, body, content_type=content_type, timestamp=timestamp)
        headers.update(extra or {})
        # BytesIO: aiohttp warns that big raw bytes block the loop (the 413 test's are big).
        data = io.BytesIO(body)
        async with self.http.post(f"{self.url}/slack/events", data=data, headers=headers) as r:
            return r.status, await r.text()

    def trigger_id(self) -> str:
        """Fresh per request, as Slack's are: two identical bodies signed in the same second
        would carry one signature, and the second be refused as a replay."""
        self.sent += 1
        return f"{self.sent}.harness"

    async def command(self, text: str, **fields: str) -> tuple[int, str]:
        form = fixture("slash_command.json")
        form.update({"text": text, "response_url": self.response_url()})
        form.update({"trigger_id": self.trigger_id(), **fields})
        return await self.post(form_body(form), FORM)

    async def event(self, payload: dict[str, Any], **headers: str) -> tuple[int, str]:
        return await self.post(json_body(payload), JSON, extra=headers)

    async def action(self, payload: dict[str, Any]) -> tuple[int, str]:
        payload = payload | {"trigger_id": self.trigger_id()}
        return await self.post(interactive_body(payload), FORM)


ServiceFactory = Callable[[SqlStore, SlackSettings], Service]


def real_service(store: SqlStore, settings: SlackSettings) -> Service:
    return Service(store, membership=slack_membership(settings))


@asynccontextmanager
async def slack_harness(
    tmp_path: Path,
    *,
    eager: bool = PROCESS_BEFORE_RESPONSE,
    ack_budget_ms: float = 0.0,
    service: ServiceFactory = real_service,
    inflight: InFlight | None = None,
) -> AsyncIterator[SlackHarness]:
    """The app on one port, the fake Slack API on another, the example matter linked to
    C1 of T1. `ack_budget_ms` 0 (the default here) sends every answer to response_url,
    where most tests read it; tests/slack/test_answer_in_ack.py covers the ack."""
    fake = FakeSlack()
    fake_runner, fake.base_url = await _serve(fake.app())
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'slack.db'}")
    settings = SlackSettings(
        bot_token=TOKEN,
        signing_secret=SECRET,
        api_url=f"{fake.base_url}/api/",
        ack_budget_ms=ack_budget_ms,
    )
    mount = slack_mount(
        settings,
        delivery_log=SqlDeliveryLog(store.engine),
        process_before_response=eager,
        inflight=inflight,
    )
    runner, url = await _serve(build_app(service(store, settings), [mount]))
    await link_example(store, "T1", "C1")
    async with aiohttp.ClientSession() as http:
        try:
            yield SlackHarness(url, fake, store, http)
        finally:
            await runner.cleanup()  # waits for replies still in flight
            await fake_runner.cleanup()
            await store.close()


@pytest.fixture
async def slack(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[SlackHarness]:
    """Parametrize indirectly with False to run under bolt's default runner
    (`process_before_response=False`); True is what `serve` runs."""
    eager = bool(getattr(request, "param", PROCESS_BEFORE_RESPONSE))
    async with slack_harness(tmp_path, eager=eager) as harness:
        yield harness
