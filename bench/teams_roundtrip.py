"""Round-trip latency of a Teams message: POST /api/messages until the HTTP answer, the
reply having been delivered to the (fake) Bot Connector within that time.

Run: .venv/bin/python bench/teams_roundtrip.py [-n 200]

Everything is on 127.0.0.1: a fake identity provider (its own thread) signs the tokens,
a fake Bot Connector receives the replies. Measured, N sequential requests each:
(1) settleconf's `build_app` with the Teams mount, `@settleconf deadlines` in a channel
linked to the example matter (JWT check, database read, schedule, card, reply);
(2) the same with `help` (no matter lookup);
(3) a bare botbuilder echo bot: the SDK's own `CloudAdapter.process` and an
`ActivityHandler` that echoes the text, with the same authentication settings.
Prints p50/p95/mean in milliseconds. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext  # noqa: E402
from botbuilder.integration.aiohttp import (  # noqa: E402
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)

from adapters.store import open_store  # noqa: E402
from adapters.store.conversation_refs import SqlConversationRefStore  # noqa: E402
from adapters.teams import teams_mount  # noqa: E402
from adapters.teams.auth import _Configuration  # noqa: E402
from bot.server import build_app  # noqa: E402
from bot.service import Service  # noqa: E402
from tests.teams.conftest import CHANNEL_A, TENANT_A, add_example, serve, settings_for  # noqa: E402
from tests.teams.fakes import FakeConnector, FakeIdentityProvider, FixedTokenFactory  # noqa: E402

WARMUP = 10
FIXTURE = ROOT / "tests" / "teams" / "fixtures" / "channel_mention.json"


class EchoBot(ActivityHandler):  # type: ignore[misc]
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(MessageFactory.text(turn_context.activity.text))


def bare_app(idp: FakeIdentityProvider) -> web.Application:
    auth = ConfigurationBotFrameworkAuthentication(
        _Configuration(settings_for(idp)), credentials_factory=FixedTokenFactory()
    )
    adapter, bot = CloudAdapter(auth), EchoBot()

    async def messages(request: web.Request) -> web.Response:
        response = await adapter.process(request, bot)
        return response or web.Response(status=201)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


async def measure(
    http: aiohttp.ClientSession, url: str, body: str, token: str, n: int
) -> list[float]:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    times = []
    for i in range(WARMUP + n):
        start = time.perf_counter()
        async with http.post(f"{url}/api/messages", data=body, headers=headers) as resp:
            await resp.read()
            assert resp.status in (200, 201), resp.status
        if i >= WARMUP:
            times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    q = statistics.quantiles(times, n=20)
    mean = statistics.fmean(times)
    print(f"{name:<48} p50 {q[9]:6.1f} ms   p95 {q[18]:6.1f} ms   mean {mean:6.1f} ms")


async def main(n: int) -> None:
    connector = FakeConnector()
    connector_runner, connector.base_url = await serve(connector.app())
    service_url = connector.base_url + "/"

    def activity(text: str) -> str:
        data: dict[str, Any] = json.loads(FIXTURE.read_text().replace("SERVICE_URL", service_url))
        data["text"] = f"<at>settleconf</at> {text}"
        return json.dumps(data)

    with FakeIdentityProvider() as idp, tempfile.TemporaryDirectory() as tmp:
        store = await open_store(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        service = Service(store)
        mount = teams_mount(
            settings_for(idp),
            conversation_refs=SqlConversationRefStore(store.engine),
            credentials_factory=FixedTokenFactory(),
        )
        runner, url = await serve(build_app(service, [mount]))
        bare_runner, bare_url = await serve(bare_app(idp))
        await add_example(service, TENANT_A, CHANNEL_A)
        token = idp.token(service_url)
        try:
            async with aiohttp.ClientSession() as http:
                print(f"{n} sequential messages each, after {WARMUP} warm-up\n")
                report(
                    "settleconf: @settleconf deadlines",
                    await measure(http, url, activity("deadlines"), token, n),
                )
                report(
                    "settleconf: @settleconf help",
                    await measure(http, url, activity("help"), token, n),
                )
                report(
                    "bare botbuilder echo bot (CloudAdapter.process)",
                    await measure(http, bare_url, activity("hello"), token, n),
                )
        finally:
            await runner.cleanup()
            await bare_runner.cleanup()
            await connector_runner.cleanup()
            await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=200)
    asyncio.run(main(parser.parse_args().n))
