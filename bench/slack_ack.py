"""How fast `/settleconf deadlines` is acknowledged (Slack gives up after 3 s).

Run: .venv/bin/python bench/slack_ack.py [-n 200]

Posts N signed slash commands over real HTTP on 127.0.0.1 to (1) settleconf's
`build_app` with the Slack mount, the example matter linked to the channel, and
(2) a bare bolt `AsyncApp` that only acks, both behind the same aiohttp adapter, and
prints p50/p99 of the time to the HTTP 200. Replies to (1) are produced in the
background meanwhile (as in production), against a fake Slack Web API on 127.0.0.1.
Both are measured again with `process_before_response=True`, whose ack skips bolt's
10 ms poll for a background listener's ack.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402
from slack_bolt.async_app import AsyncApp  # noqa: E402

from settleconf.adapters.slack import SlackSettings, slack_membership, slack_mount  # noqa: E402
from settleconf.adapters.slack.aiohttp_route import add_events_route  # noqa: E402
from settleconf.adapters.slack.responder import web_client  # noqa: E402
from settleconf.adapters.store import open_store  # noqa: E402
from settleconf.adapters.store.delivery_log import SqlDeliveryLog  # noqa: E402
from settleconf.bot.entrypoints.web_app import build_app  # noqa: E402
from settleconf.bot.service import Service  # noqa: E402
from tests.slack.conftest import SECRET, _serve, fixture, link_example  # noqa: E402
from tests.slack.fake_api import TOKEN, FakeSlack  # noqa: E402
from tests.slack.signing import FORM, form_body, signed_headers  # noqa: E402

WARMUP = 10


def bare_app(api_url: str, *, process_before_response: bool) -> web.Application:
    bolt = AsyncApp(
        client=web_client(TOKEN, api_url),
        signing_secret=SECRET,
        process_before_response=process_before_response,
    )

    async def static_ack(ack: Any) -> None:
        await ack()

    bolt.command("/settleconf")(static_ack)
    app = web.Application()
    add_events_route(app, bolt)
    return app


_TRIGGERS = itertools.count()  # across runs too: every run posts to the same store


@dataclass
class Run:
    acks: list[float] = field(default_factory=list)  # ms to the HTTP 200
    replies: list[float] = field(default_factory=list)  # ms to the response_url post


async def measure(
    http: aiohttp.ClientSession, url: str, fake: FakeSlack, n: int, *, idle: bool
) -> Run:
    """`idle`: wait for each reply before the next request (a quiet server); otherwise
    the next request follows its predecessor's ack while that reply is still being made."""
    form = fixture("slash_command.json") | {"response_url": f"{fake.base_url}/response/b"}
    run = Run()
    for i in range(WARMUP + n):
        # A fresh trigger_id per request, as Slack sends: a repeated signature is a replay.
        body = form_body(form | {"trigger_id": f"bench.{next(_TRIGGERS)}"})
        before = len(fake.responses)
        headers = signed_headers(SECRET, body, content_type=FORM)
        started = time.perf_counter()
        async with http.post(f"{url}/slack/events", data=body, headers=headers) as resp:
            await resp.read()
            assert resp.status == 200, resp.status
        acked = time.perf_counter()
        if idle:
            await fake.wait_for(lambda: len(fake.responses) > before, timeout=30)  # noqa: B023
        if i >= WARMUP:
            run.acks.append((acked - started) * 1000)
            if idle:
                run.replies.append((time.perf_counter() - started) * 1000)
    return run


def summary(name: str, ms: list[float]) -> str:
    cuts = statistics.quantiles(ms, n=100)
    return f"  {name:<58} p50 {statistics.median(ms):6.2f} ms   p99 {cuts[98]:6.2f} ms"


async def main(n: int) -> None:
    fake = FakeSlack()
    fake_runner, fake.base_url = await _serve(fake.app())
    api_url = f"{fake.base_url}/api/"
    runners: list[web.AppRunner] = [fake_runner]
    with tempfile.TemporaryDirectory() as tmp:
        store = await open_store(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        try:
            await link_example(store, "T1", "C1")
            settings = SlackSettings(bot_token=TOKEN, signing_secret=SECRET, api_url=api_url)
            service = Service(store, membership=slack_membership(settings))
            log = SqlDeliveryLog(store.engine)
            apps: dict[str, web.Application] = {}
            for eager in (False, True):
                mount = slack_mount(settings, delivery_log=log, process_before_response=eager)
                apps[f"settleconf, process_before_response={eager}"] = build_app(service, [mount])
                apps[f"bare AsyncApp static ack, process_before_response={eager}"] = bare_app(
                    api_url, process_before_response=eager
                )
            urls: dict[str, str] = {}
            for name, app in apps.items():
                runner, urls[name] = await _serve(app)
                runners.append(runner)
            print(f"{n} signed `/settleconf deadlines 7:24-cv-00361` per line, 127.0.0.1")
            async with aiohttp.ClientSession() as http:
                print("ack, server idle (each reply delivered before the next request):")
                for name, url in urls.items():
                    run = await measure(http, url, fake, n, idle=name.startswith("settleconf"))
                    print(summary(name, run.acks))
                    if run.replies:
                        print(summary("  ... and the reply at response_url", run.replies))
                print("ack, back to back (the previous reply still being made):")
                for name, url in urls.items():
                    if name.startswith("settleconf"):
                        run = await measure(http, url, fake, n, idle=False)
                        print(summary(name, run.acks))
                await asyncio.sleep(1)  # let the last replies finish before shutdown
        finally:
            for runner in reversed(runners):
                await runner.cleanup()
            await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="requests per app (default 200)")
    asyncio.run(main(parser.parse_args().n))
