"""Teams messages under load: settleconf's Teams mount against a bare botbuilder echo bot.

Run: .venv/bin/python bench/teams_load.py [--quick] [--levels 1,10,50] [--rounds 2]

On 127.0.0.1: a fake identity provider (a thread of this process: it signs the JWTs and
serves its keys), and three server processes (bench/server_process.py says why):
- a fake Bot Connector (tests/teams/fakes.py), where every reply is posted;
- settleconf: `bot.entrypoints.web_app.build_app` with `teams_mount` as `settleconf serve`
  composes it
  (SQLite store with the example matter added in channel A of tenant A, conversation
  references in the store, /healthz and /metrics, every request logged at INFO; the
  reminder dispatcher off), but with the test identity provider and fixed outbound
  credentials, which `serve` deliberately never takes from the environment;
- a bare botbuilder `CloudAdapter.process` + `ActivityHandler` that echoes the text, with
  the same authentication settings.
Both get the same signed `@settleconf deadlines 7:24-cv-00361` channel message. A Teams
reply is sent before the HTTP answer, so the latency here is the whole round trip. Figures
as in bench/slack_load.py; writes bench/results/teams_load.json. Exits 1 only when a
request is not answered 200 or a reply is missing or lacks the deadlines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from bench.loadgen import (  # noqa: E402
    TARGETS,
    Run,
    closed_loop,
    compare,
    load_args,
    machine,
    settings_of,
    verdicts,
    write_results,
)
from bench.server_process import (  # noqa: E402
    ServerProcess,
    cpu_seconds,
    free_port,
    python_argv,
    running,
)
from tests.teams.fakes import FakeConnector, FakeIdentityProvider  # noqa: E402

SCRIPT = str(Path(__file__).resolve())
ACTIVITY = ROOT / "tests" / "teams" / "fixtures" / "channel_mention.json"
TEXT = "<at>settleconf</at> deadlines 7:24-cv-00361"
MARKER = "Mon May 20, 2024"  # the ex parte letter's due date: the card has the deadlines
TENANT, CHANNEL = "tenant-a", "19:chan-a@thread.tacv2"  # as in ACTIVITY


def serve_connector(port: int) -> None:
    connector = FakeConnector(base_url=f"http://127.0.0.1:{port}")
    app = connector.app()
    checked = {"n": 0, "good": 0}

    async def stats(request: web.Request) -> web.Response:
        del request
        for call in connector.calls[checked["n"] :]:
            checked["good"] += MARKER in json.dumps(call.body)
        checked["n"] = len(connector.calls)
        return web.json_response({"replies": checked["n"], "with_deadlines": checked["good"]})

    app.router.add_get("/_bench/stats", stats)
    web.run_app(app, host="127.0.0.1", port=port, print=None)


def teams_settings(metadata_url: str) -> Any:
    """As tests/teams/conftest.py's: production settings but for the identity provider."""
    from settleconf.adapters.teams import TeamsSettings
    from tests.teams.fakes import APP_ID

    return TeamsSettings(
        app_id=APP_ID,
        app_password="bench-password",
        openid_metadata_url=metadata_url,
        emulator_openid_metadata_url=metadata_url,
        file_hosts=("127.0.0.1",),
    )


def serve_settleconf(port: int, metadata_url: str, db_url: str) -> None:
    from settleconf.adapters.store import open_store
    from settleconf.adapters.store.conversation_refs import SqlConversationRefStore
    from settleconf.adapters.teams import teams_mount
    from settleconf.bot.entrypoints.serve_ops import ServeOps
    from settleconf.bot.entrypoints.web_app import build_app
    from settleconf.bot.service import Service
    from tests.teams.fakes import FixedTokenFactory

    # As `settleconf serve` logs (every request, at INFO).
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    async def make_app() -> web.Application:
        store = await open_store(db_url)
        mount = teams_mount(
            teams_settings(metadata_url),
            conversation_refs=SqlConversationRefStore(store.engine),
            credentials_factory=FixedTokenFactory(),
        )
        # /healthz and /metrics (request counting) as in `serve`; the reminder dispatcher
        # off, as in a deployment that runs `settleconf worker`: the example's reminders are
        # long past, and its catch-up posts would land among the replies counted here.
        ops = ServeOps(store, environ={"SETTLECONF_DISPATCHER": "off"})
        app = build_app(Service(store), [mount], health=ops.health)
        ops.install(app)

        async def close_store(_: web.Application) -> None:
            await store.close()

        app.on_cleanup.append(close_store)
        return app

    web.run_app(make_app(), host="127.0.0.1", port=port, print=None)


def serve_bare(port: int, metadata_url: str) -> None:
    """The baseline: the SDK's own request handling and an echo, as shipped. Nothing of
    adapters.teams is imported here, so its msrest fix (adapters/teams/msrest_retry.py)
    does not apply: the baseline is what a bot written from the samples costs."""
    from types import SimpleNamespace

    from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
    from botbuilder.integration.aiohttp import (
        CloudAdapter,
        ConfigurationBotFrameworkAuthentication,
    )
    from botbuilder.schema import CallerIdConstants

    from tests.teams.fakes import APP_ID, ISSUER, FixedTokenFactory

    class EchoBot(ActivityHandler):  # type: ignore[misc]
        async def on_message_activity(self, turn_context: TurnContext) -> None:
            await turn_context.send_activity(MessageFactory.text(turn_context.activity.text))

    # The attribute names ConfigurationBotFrameworkAuthentication reads (as in the samples'
    # config.py), pointing at the same identity provider as settleconf's settings.
    config = SimpleNamespace(
        APP_ID=APP_ID,
        APP_PASSWORD="bench-password",
        APP_TYPE="MultiTenant",
        APP_TENANTID=None,
        TO_CHANNEL_FROM_BOT_LOGIN_URL="https://login.microsoftonline.com/botframework.com",
        TO_CHANNEL_FROM_BOT_OAUTH_SCOPE=ISSUER,
        TO_BOT_FROM_CHANNEL_TOKEN_ISSUER=ISSUER,
        OAUTH_URL=ISSUER,
        TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=metadata_url,
        TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL=metadata_url,
        CALLER_ID=CallerIdConstants.public_azure_channel,
        VALIDATE_AUTHORITY=True,
    )
    auth = ConfigurationBotFrameworkAuthentication(config, credentials_factory=FixedTokenFactory())
    adapter, bot = CloudAdapter(auth), EchoBot()

    async def messages(request: web.Request) -> web.StreamResponse:
        response = await adapter.process(request, bot)
        return response or web.Response(status=200)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    web.run_app(app, host="127.0.0.1", port=port, print=None)


async def seed(db_url: str) -> None:
    from settleconf.adapters.store import open_store
    from settleconf.bot.service import Service
    from tests.teams.conftest import add_example

    store = await open_store(db_url)
    try:
        await add_example(Service(store), TENANT, CHANNEL)
    finally:
        await store.close()


def accepted(status: int, body: bytes) -> str | None:
    # CloudAdapter.process answers a message it handled with 201 (no invoke response).
    return None if status in (200, 201) else f"HTTP {status}: {body[:200]!r}"


async def reply_stats(connector_url: str) -> dict[str, int]:
    async with aiohttp.ClientSession() as http, http.get(f"{connector_url}/_bench/stats") as r:
        data: dict[str, int] = await r.json()
        return data


class TeamsBench:
    def __init__(
        self,
        servers: dict[str, ServerProcess],
        connector_url: str,
        idp: FakeIdentityProvider,
        warmup: int,
    ) -> None:
        self.servers = servers
        self.connector_url = connector_url
        self.idp = idp
        self.warmup = warmup
        self.errors: list[str] = []
        raw = ACTIVITY.read_text(encoding="utf-8").replace("SERVICE_URL", connector_url + "/")
        self.body = json.dumps(json.loads(raw) | {"text": TEXT}).encode()
        self.service_url = connector_url + "/"

    async def run_level(self, which: str, c: int, n: int) -> Run:
        server, warmup = self.servers[which], self.warmup
        # Tokens last an hour; one per run keeps signing (the channel's work) out of the loop.
        headers = {
            "Authorization": f"Bearer {self.idp.token(self.service_url)}",
            "Content-Type": "application/json",
        }
        before = await reply_stats(self.connector_url)
        marks: dict[str, float] = {}

        async def after_warmup() -> None:
            marks["cpu"] = cpu_seconds(server.pid)

        level = await closed_loop(
            which, f"{server.url}/api/messages", lambda: (self.body, headers),
            concurrency=c, requests=n, warmup=warmup, between=after_warmup, ok=accepted,
        )
        cpu_ms = (cpu_seconds(server.pid) - marks["cpu"]) * 1000 / n
        self.errors.extend(f"{which} c={c}: {e}" for e in level.errors[:5])
        # Replies are posted before the HTTP answer: all are in once the run is over.
        after = await reply_stats(self.connector_url)
        got = after["replies"] - before["replies"]
        good = after["with_deadlines"] - before["with_deadlines"]
        want_good = got if which == "settleconf" else 0
        if got != warmup + n or good != want_good:
            self.errors.append(
                f"{which} c={c}: {got}/{warmup + n} replies, {good} with the deadlines"
            )
        return Run(level, round(cpu_ms, 2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    roles = ("connector", "bare", "settleconf")
    parser.add_argument("--serve", choices=roles, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--metadata-url", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    # A Teams round trip costs ~20 ms of CPU on either side: fewer requests than Slack's.
    args = load_args(parser, argv, {"requests": 200, "per_client": 10, "warmup": 20})
    if args.serve == "connector":
        serve_connector(args.port)
        return 0
    if args.serve == "bare":
        serve_bare(args.port, args.metadata_url)
        return 0
    if args.serve == "settleconf":
        serve_settleconf(args.port, args.metadata_url, args.db)
        return 0
    with (
        FakeIdentityProvider() as idp,
        tempfile.TemporaryDirectory(prefix="teams-load-") as tmp,
    ):
        db_url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        asyncio.run(seed(db_url))
        connector_port, bare_port, ours_port = free_port(), free_port(), free_port()
        connector_url = f"http://127.0.0.1:{connector_port}"
        common = ["--metadata-url", idp.metadata_url]
        ours_argv = [SCRIPT, "--serve", "settleconf", "--port", str(ours_port), *common]
        if args.profile:  # cProfile writes its file when the server exits on SIGTERM
            ours_argv = ["-m", "cProfile", "-o", str(args.profile.resolve()), *ours_argv]
        logs = Path(tmp)
        connector = ServerProcess(
            "fake-connector",
            python_argv(SCRIPT, "--serve", "connector", "--port", str(connector_port)),
            connector_port, log_dir=logs,
        )
        bare = ServerProcess(
            "bare-echo",
            python_argv(SCRIPT, "--serve", "bare", "--port", str(bare_port), *common),
            bare_port, log_dir=logs,
        )
        ours = ServerProcess(
            "settleconf", python_argv(*ours_argv, "--db", db_url), ours_port, log_dir=logs
        )
        with running(connector, bare, ours):
            print(
                "signed `@settleconf deadlines 7:24-cv-00361` in a Teams channel, closed loop "
                f"on 127.0.0.1; bare = botbuilder echo bot; best of {args.rounds} round(s)"
            )
            bench = TeamsBench({"bare": bare, "settleconf": ours}, connector_url, idp, args.warmup)
            rows = asyncio.run(
                compare(
                    args.levels, args.rounds,
                    lambda c: max(args.requests, c * args.per_client), bench.run_level,
                )
            )
            if bench.errors:
                print("settleconf log tail:\n" + ours.log_tail())
    report = {
        "bench": "teams_load",
        "machine": machine(),
        "settings": settings_of(args),
        "targets": TARGETS,
        "levels": rows,
        "errors": bench.errors,
        "verdicts": verdicts(rows),
    }
    path = write_results("teams_load", report, args.results)
    print(f"verdicts: {report['verdicts']}\nwrote {path}")
    for error in bench.errors:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if bench.errors else 0


if __name__ == "__main__":
    sys.exit(main())
