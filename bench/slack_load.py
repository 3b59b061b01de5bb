"""Slack slash commands under load: settleconf as `settleconf serve` runs it, against a
bare slack-bolt app that only acks.

Run: .venv/bin/python bench/slack_load.py [--quick] [--levels 1,10,50] [--rounds 2]
                                          [--backend sqlite|postgresql] [--profile FILE]
                                          [--against DIR]

Three server processes, all on 127.0.0.1 (bench/server_process.py says why not one):
- the fake Slack Web API (tests/slack/fake_api.py), where replies to response_url land;
- `python -m settleconf.bot.entrypoints.cli serve` with SLACK_* pointing at the fake, on a
  SQLite file (or, with `--backend postgresql`, a throwaway database on the server
  `tests/store/pg.py` names, dropped after the run) where the example matter is linked to
  channel C1 of workspace T1 (as `add` would leave it);
- a bare slack-bolt `AsyncApp` on bolt's own aiohttp server whose listener only acks.
Both get the same signed `/settleconf deadlines 7:24-cv-00361`. Per concurrency level and
round (rounds alternate bare/settleconf, then settleconf/bare), p50/p99 to the HTTP 200
and requests/s; the best round (lowest p50) of each is reported with the ratios. An
answer counts whether it came in the ack's body (adapters/slack/ack_answer.py) or at
response_url: after each settleconf run, the time until every reply has reached
response_url gives replies/s, answers in the ack included ("in ack" says how many).
`--profile FILE` writes a cProfile of settleconf (CPU clock of its event loop's thread).
`--against DIR` also measures `serve` from another checkout (e.g. a `git worktree` of
main) on a database of its own, each level right after this checkout's, against the same
bare app: a before/after in one run.

Writes bench/results/slack_load.json. Exits 1 only when a request is not answered 200 or
a reply lacks the deadlines; timing never fails it (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
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

from bench.loadgen import (  # noqa: E402
    TARGETS,
    Run,
    closed_loop,
    compare,
    load_args,
    machine,
    settings_of,
    status_200,
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
from tests.slack.fake_api import TOKEN, FakeSlack  # noqa: E402
from tests.slack.signing import FORM, form_body, signed_headers  # noqa: E402
from tests.store.pg import admin_url, create_database, drop_database  # noqa: E402

SECRET = "bench-signing-secret"
SCRIPT = str(Path(__file__).resolve())
COMMAND = ROOT / "tests" / "slack" / "fixtures" / "slash_command.json"  # deadlines 7:24-cv-00361
MARKER = "Mon May 20, 2024"  # the ex parte letter's due date: the reply has the deadlines
REPLY_TIMEOUT_S = 120.0
# `--profile`: cProfile on the event loop thread's CPU clock, not the wall clock, so that a
# function's time is what it computed, not the other requests' turns it waited through.
CPU_PROFILE = """
import cProfile, runpy, sys, time
out, module = sys.argv[1], sys.argv[2]
sys.argv = [module, *sys.argv[3:]]
profile = cProfile.Profile(time.thread_time)
profile.enable()
try:
    runpy.run_module(module, run_name="__main__", alter_sys=True)
finally:
    profile.disable()
    profile.dump_stats(out)
"""
BUSY = b"did not run"  # in the ack of a command refused as busy (adapters/slack/admission)


class BusyAcks:
    """A `closed_loop` check that counts the commands settleconf's back-pressure refused in
    their ack (a 200 that Slack shows the user, after which no reply follows), and those
    answered in their ack (adapters/slack/ack_answer.py), whose reply does not follow
    either."""

    def __init__(self) -> None:
        self.refused = 0
        self.answered = 0

    def __call__(self, status: int, body: bytes) -> str | None:
        if status == 200 and BUSY in body:
            self.refused += 1
        elif status == 200 and MARKER.encode() in body:
            self.answered += 1
        return status_200(status, body)

    @property
    def no_reply(self) -> int:
        return self.refused + self.answered


def serve_fake(port: int) -> None:
    fake = FakeSlack(base_url=f"http://127.0.0.1:{port}")
    app = fake.app()
    checked = {"n": 0, "good": 0}

    async def stats(request: web.Request) -> web.Response:
        del request
        for reply in fake.responses[checked["n"] :]:
            ok = reply.get("response_type") == "ephemeral" and MARKER in json.dumps(reply)
            checked["good"] += ok
        checked["n"] = len(fake.responses)
        return web.json_response({"replies": checked["n"], "with_deadlines": checked["good"]})

    app.router.add_get("/_bench/stats", stats)
    web.run_app(app, host="127.0.0.1", port=port, print=None)


def serve_bare(port: int, api_url: str) -> None:
    """The baseline: bolt's own aiohttp server, default settings, a listener that acks."""
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    bolt = AsyncApp(client=AsyncWebClient(token=TOKEN, base_url=api_url), signing_secret=SECRET)

    async def static_ack(ack: Any) -> None:
        await ack()

    bolt.command("/settleconf")(static_ack)
    web.run_app(bolt.web_app(), host="127.0.0.1", port=port, print=None)


async def seed(db_url: str) -> None:
    from settleconf.adapters.store import open_store
    from tests.slack.conftest import link_example

    store = await open_store(db_url)
    try:
        await link_example(store, "T1", "C1")
    finally:
        await store.close()


async def reply_stats(fake_url: str) -> dict[str, int]:
    async with aiohttp.ClientSession() as http, http.get(f"{fake_url}/_bench/stats") as resp:
        data: dict[str, int] = await resp.json()
        return data


async def wait_for_replies(fake_url: str, expected: int) -> dict[str, int]:
    deadline = time.monotonic() + REPLY_TIMEOUT_S
    while True:
        stats = await reply_stats(fake_url)
        if stats["replies"] >= expected or time.monotonic() > deadline:
            return stats
        await asyncio.sleep(0.02)


_TRIGGERS = itertools.count()  # process-wide: every SlackBench may post to the same server


class SlackBench:
    def __init__(
        self, servers: dict[str, ServerProcess], fake_url: str, warmup: int
    ) -> None:
        self.servers = servers
        self.fake_url = fake_url
        self.warmup = warmup
        self.errors: list[str] = []
        form = json.loads(COMMAND.read_text(encoding="utf-8"))
        self.form = form | {"response_url": f"{fake_url}/response/bench"}

    def make(self) -> tuple[bytes, dict[str, str]]:
        # A fresh trigger_id per request, as Slack sends: identical bodies signed in the
        # same second would be one signature, refused as replays (adapters/slack/dedup.py).
        body = form_body(self.form | {"trigger_id": f"bench.{next(_TRIGGERS)}"})
        return body, signed_headers(SECRET, body, content_type=FORM)

    async def run_level(self, which: str, c: int, n: int) -> Run:
        server, warmup = self.servers[which], self.warmup
        # settleconf answers after the ack; count its replies at the fake Slack
        before = await reply_stats(self.fake_url) if which != "bare" else None
        marks: dict[str, float] = {}
        busy = BusyAcks()
        counted = {"refused": 0, "answered": 0}  # the warm-up's, left out of the figures

        async def after_warmup() -> None:
            if before is not None:  # warm-up replies out of the way before the clock starts
                expected = before["replies"] + warmup - busy.no_reply
                await wait_for_replies(self.fake_url, expected)
            marks["start"], marks["cpu"] = time.perf_counter(), cpu_seconds(server.pid)
            counted["refused"], counted["answered"] = busy.refused, busy.answered

        level = await closed_loop(
            which, f"{server.url}/slack/events", self.make,
            concurrency=c, requests=n, warmup=warmup, between=after_warmup, ok=busy,
        )
        self.errors.extend(f"{which} c={c}: {e}" for e in level.errors[:5])
        drained = None
        if before is not None:
            expected = warmup + n - busy.no_reply
            stats = await wait_for_replies(self.fake_url, before["replies"] + expected)
            drained = time.perf_counter() - marks["start"]
            got = stats["replies"] - before["replies"]
            good = stats["with_deadlines"] - before["with_deadlines"]
            if got != expected or good != got:
                self.errors.append(
                    f"settleconf c={c}: {got}/{expected} replies, {good} with the deadlines"
                )
        cpu_ms = (cpu_seconds(server.pid) - marks["cpu"]) * 1000 / n
        refused, in_ack = busy.refused - counted["refused"], busy.answered - counted["answered"]
        return Run(level, round(cpu_ms, 2), drained, refused, in_ack)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", choices=("fake", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument(
        "--backend", choices=("sqlite", "postgresql"), default="sqlite",
        help="settleconf's database (PostgreSQL: SETTLECONF_TEST_POSTGRES_URL's server)",
    )
    parser.add_argument(
        "--against", type=Path, default=None,
        help="also measure `serve` from this checkout (e.g. a git worktree of main), "
        "level by level right after this one's, on a database of its own",
    )
    args = load_args(parser, argv)
    if args.serve == "fake":
        serve_fake(args.port)
        return 0
    if args.serve == "bare":
        serve_bare(args.port, args.api_url)
        return 0
    pg = args.backend == "postgresql"
    with tempfile.TemporaryDirectory(prefix="slack-load-") as tmp:
        db_urls = [
            asyncio.run(create_database(admin_url()))
            if pg
            else f"sqlite+aiosqlite:///{Path(tmp) / f'bench{n}.db'}"
            for n in range(2 if args.against else 1)
        ]
        try:
            for db_url in db_urls:
                asyncio.run(seed(db_url))
            rows, against_rows, errors = _run(args, db_urls, Path(tmp))
        finally:
            if pg:
                for db_url in db_urls:
                    asyncio.run(drop_database(admin_url(), db_url))
    report = {
        "bench": "slack_load",
        "machine": machine(),
        "settings": settings_of(args) | {"backend": args.backend},
        "targets": TARGETS,
        "levels": rows,
        "errors": errors,
        "verdicts": verdicts(rows),
    }
    if args.against:
        report["against"] = {"checkout": str(args.against.resolve()), "levels": against_rows}
    path = write_results("slack_load", report, args.results)
    print(f"verdicts: {report['verdicts']}\nwrote {path}")
    for error in errors:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if errors else 0


def _run(
    args: argparse.Namespace, db_urls: list[str], tmp: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """The servers up, every level measured, the servers down again."""
    fake_port, bare_port = free_port(), free_port()
    fake_url = f"http://127.0.0.1:{fake_port}"
    api_url = f"{fake_url}/api/"
    logs = tmp
    fake_argv = python_argv(SCRIPT, "--serve", "fake", "--port", str(fake_port))
    bare_argv = python_argv(
        SCRIPT, "--serve", "bare", "--port", str(bare_port), "--api-url", api_url
    )
    fake = ServerProcess("fake-slack", fake_argv, fake_port, log_dir=logs)
    bare = ServerProcess("bare-bolt", bare_argv, bare_port, log_dir=logs)
    checkouts = [ROOT] + ([args.against.resolve()] if args.against else [])
    ours: list[ServerProcess] = []
    for n, (db_url, checkout) in enumerate(zip(db_urls, checkouts, strict=True)):
        port = free_port()
        env = {
            "SETTLECONF_DATABASE_URL": db_url,
            "XDG_DATA_HOME": str(tmp),
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": api_url,
            "MicrosoftAppId": "",
            "TEAMS_EMULATOR": "",
        }
        serve = ["-m", "settleconf.bot.entrypoints.cli", "serve",
                 "--host", "127.0.0.1", "--port", str(port)]
        if args.profile and n == 0:  # written when serve exits on SIGTERM
            serve = ["-c", CPU_PROFILE, str(args.profile.resolve()), *serve[1:]]
        ours.append(ServerProcess(
            f"settleconf-{n}", python_argv(*serve), port, log_dir=logs, env=env, cwd=checkout
        ))
    with running(fake, bare, *ours):
        print(
            "signed `/settleconf deadlines 7:24-cv-00361`, closed loop on 127.0.0.1; "
            f"bare = bolt AsyncApp static ack; best of {args.rounds} round(s); "
            f"settleconf on {args.backend}"
        )
        servers = {"bare": bare, "settleconf": ours[0]} | (
            {"against": ours[1]} if args.against else {}
        )
        bench = SlackBench(servers, fake_url, args.warmup)

        def requests_for(c: int) -> int:
            return int(max(args.requests, c * args.per_client))

        async def against(which: str, c: int, n: int) -> Run:
            return await bench.run_level("against" if which == "settleconf" else which, c, n)

        async def measure() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            rows: list[dict[str, Any]] = []
            against_rows: list[dict[str, Any]] = []
            for c in args.levels:  # level by level, so both meet the machine as it is
                if args.against:
                    print(f"-- this checkout ({ROOT})")
                rows += await compare([c], args.rounds, requests_for, bench.run_level)
                if args.against:
                    print(f"-- against {args.against}")
                    against_rows += await compare([c], args.rounds, requests_for, against)
            return rows, against_rows

        rows, against_rows = asyncio.run(measure())
        if bench.errors:
            print("settleconf log tail:\n" + ours[0].log_tail())
    return rows, against_rows, bench.errors


if __name__ == "__main__":
    sys.exit(main())
