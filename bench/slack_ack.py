"""How soon the answer to `/settleconf deadlines` is visible (issue #16), against how soon a
bare slack-bolt app merely acks.

Run: .venv/bin/python bench/slack_ack.py [--quick] [-n 600] [--warmup 30] [--results DIR]
                                         [--backend sqlite|postgresql] [--profile FILE]

Each server in its own process on 127.0.0.1 (bench/server_process.py says why):
- `settleconf serve` as deployed (answers a read in its ack when ready within
  SETTLECONF_SLACK_ACK_BUDGET_MS, default 50), the example matter linked to C1 in a SQLite
  file on tmpfs (`MEMORY_DIR` says why), the reminder dispatcher off;
- `settleconf serve` with SETTLECONF_SLACK_ACK_BUDGET_MS=0: ack empty, answer at
  response_url (the path every answer took before #16, and what a miss falls back to);
- a bare bolt `AsyncApp` (bolt's own aiohttp server) whose listener only acks, with bolt's
  default runner: the baseline, as a bot is usually built;
- the same with `process_before_response=True`, for reference.
`--backend postgresql` puts both settleconf servers on PostgreSQL instead (a throwaway
database each on the server `tests/store/pg.py` names, dropped after the run);
`--profile FILE` writes a cProfile of the first settleconf server when it exits (on the
CPU clock of its event loop's thread, as bench/slack_load.py's).
`--against DIR` adds `settleconf serve` (budget as deployed) from another checkout, e.g. a
`git worktree` of main, interleaved with the rest: a before/after in one run, where the
shared machine's ups and downs fall on both alike.
The fake Slack API (tests/slack/fake_api.py) runs in this process, so an answer reaching
response_url is stamped on the same clock as the request's start.

Requests are sequential (an idle server): each waits for its answer before the next is
sent, and they go to the four servers in turn (the machine is shared: its ups and downs
then fall on all four alike). "Visible" is when the user could see the answer: the ack,
if its body carries it, else its arrival at response_url. The ratio is settleconf's
visible p50 over the baseline's ack p50.

Writes bench/results/slack_ack.json. Exits 1 only when a request is not answered 200, an
answer lacks the deadlines, or one arrives twice or never; timing never fails it.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from bench.loadgen import machine, percentile, ratio, write_results  # noqa: E402
from bench.server_process import ServerProcess, free_port, python_argv  # noqa: E402
from bench.slack_load import CPU_PROFILE  # noqa: E402
from tests.slack.fake_api import TOKEN, FakeSlack  # noqa: E402
from tests.slack.signing import FORM, form_body, signed_headers  # noqa: E402
from tests.store.pg import admin_url, create_database, drop_database  # noqa: E402

SECRET = "bench-signing-secret"
SCRIPT = str(Path(__file__).resolve())
COMMAND = ROOT / "tests" / "slack" / "fixtures" / "slash_command.json"  # deadlines 7:24-cv-00361
MARKER = "Mon May 20, 2024"  # the ex parte letter's due date: the answer has the deadlines
ANSWER_TIMEOUT_S = 30.0
SETTLE_S = 0.3  # after a run: time for an answer that should not come (a second copy)
TARGET_RATIO = 0.3  # issue #16: visible p50 <= 0.3 x bare bolt's default empty ack
BASELINE = "bare bolt, default runner"
OURS = "settleconf serve"
# The SQLite files in memory when the machine has a tmpfs: every request commits (the
# replay log, adapters/slack/dedup.py), and on a shared disk that commit's fsync took
# 10-30 ms, which would time the disk, not the app. (Production runs PostgreSQL.)
MEMORY_DIR = "/dev/shm" if Path("/dev/shm").is_dir() else None


def serve_bare(port: int, api_url: str, *, eager: bool) -> None:
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    bolt = AsyncApp(
        client=AsyncWebClient(token=TOKEN, base_url=api_url),
        signing_secret=SECRET,
        process_before_response=eager,
    )

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


class Arrivals:
    """The fake API's response_url posts, stamped when their body has been read."""

    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        self.at: dict[str, list[float]] = {}
        self._events: dict[str, asyncio.Event] = {}

    def app(self) -> web.Application:
        app = self.fake.app()

        @web.middleware
        async def stamp(
            request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
        ) -> web.StreamResponse:
            response = await handler(request)
            key = request.match_info.get("key")
            if request.path.startswith("/response/") and key:
                self.at.setdefault(key, []).append(time.perf_counter())
                self.event(key).set()
            return response

        app.middlewares.append(stamp)
        return app

    def event(self, key: str) -> asyncio.Event:
        return self._events.setdefault(key, asyncio.Event())


@dataclass
class Samples:
    ack_ms: list[float] = field(default_factory=list)
    visible_ms: list[float] = field(default_factory=list)
    in_ack: int = 0
    at_response_url: int = 0

    def figures(self) -> dict[str, Any]:
        def p(values: list[float], pct: float) -> float | None:
            return round(percentile(sorted(values), pct), 2) if values else None

        return {
            "requests": len(self.ack_ms),
            "ack_p50_ms": p(self.ack_ms, 50),
            "ack_p99_ms": p(self.ack_ms, 99),
            "visible_p50_ms": p(self.visible_ms, 50),
            "visible_p99_ms": p(self.visible_ms, 99),
            "answers_in_ack": self.in_ack,
            "answers_at_response_url": self.at_response_url,
        }


_IDS = itertools.count()


class AckBench:
    def __init__(self, arrivals: Arrivals, fake_url: str) -> None:
        self.arrivals = arrivals
        self.fake_url = fake_url
        self.form = json.loads(COMMAND.read_text(encoding="utf-8"))
        self.errors: list[str] = []

    async def one(
        self, http: aiohttp.ClientSession, name: str, url: str
    ) -> tuple[str, float, float | None, bool]:
        """(its response_url key, ms to the ack, ms until the answer was visible or None
        for a bare app, whether the ack carried the answer)."""
        key = f"r{next(_IDS)}"
        # A fresh trigger_id per request, as Slack sends: a repeated signature is a replay.
        form = self.form | {
            "trigger_id": f"bench.{key}",
            "response_url": f"{self.fake_url}/response/{key}",
        }
        body = form_body(form)
        headers = signed_headers(SECRET, body, content_type=FORM)
        arrived = self.arrivals.event(key)
        started = time.perf_counter()
        async with http.post(f"{url}/slack/events", data=body, headers=headers) as resp:
            payload = await resp.read()
            status = resp.status
        acked = time.perf_counter()
        ack_ms = (acked - started) * 1000
        if status != 200:
            self.errors.append(f"{name}: HTTP {status}")
            return key, ack_ms, None, False
        if name.startswith("bare"):
            return key, ack_ms, None, False
        if payload:
            answer = json.loads(payload)
            if MARKER not in json.dumps(answer) or answer.get("response_type") != "ephemeral":
                self.errors.append(f"{name}: an ack that is not the private answer")
            return key, ack_ms, ack_ms, True
        try:
            await asyncio.wait_for(arrived.wait(), ANSWER_TIMEOUT_S)
        except TimeoutError:
            self.errors.append(f"{name}: no answer at response_url")
            return key, ack_ms, None, False
        answer = self.arrivals.fake.responses[-1]
        if answer.get("_key") != key or MARKER not in json.dumps(answer):
            self.errors.append(f"{name}: the answer at response_url lacks the deadlines")
        return key, ack_ms, (self.arrivals.at[key][0] - started) * 1000, False

    async def run(
        self, urls: dict[str, str], n: int, warmup: int
    ) -> dict[str, Samples]:
        """`warmup` untimed requests to each server, then `n` timed to each, one at a time
        and interleaved: request i goes to every server in turn, starting with a different
        one each time, so that the machine's ups and downs (it is shared) fall on all alike."""
        samples = {name: Samples() for name in urls}
        in_ack: list[str] = []
        at_url: list[str] = []
        names = list(urls)
        async with aiohttp.ClientSession() as http:
            for i in range(warmup + n):
                for name in names[i % len(names):] + names[: i % len(names)]:
                    key, ack_ms, visible_ms, acked = await self.one(http, name, urls[name])
                    if visible_ms is not None:
                        (in_ack if acked else at_url).append(key)
                    if i < warmup:
                        continue
                    run = samples[name]
                    run.ack_ms.append(ack_ms)
                    if visible_ms is not None:
                        run.visible_ms.append(visible_ms)
                        run.in_ack += acked
                        run.at_response_url += not acked
                if i == warmup - 1 or i + 1 == warmup + n or (i - warmup + 1) % 100 == 0:
                    print(f"  {max(0, i + 1 - warmup)}/{n} timed requests per server")
        await asyncio.sleep(SETTLE_S)  # an answer that should not come has come by now
        twice = [k for k in in_ack if k in self.arrivals.at]
        twice += [k for k in at_url if len(self.arrivals.at[k]) != 1]
        if twice:
            self.errors.append(f"{len(twice)} answers delivered twice")
        return samples


def summary(name: str, f: dict[str, Any]) -> str:
    line = f"  {name:<38} ack p50 {f['ack_p50_ms']:6.2f} ms  p99 {f['ack_p99_ms']:6.2f} ms"
    if f["visible_p50_ms"] is not None:
        line += (
            f"   visible p50 {f['visible_p50_ms']:6.2f} ms  p99 {f['visible_p99_ms']:6.2f} ms"
            f"  (in ack {f['answers_in_ack']}, at response_url {f['answers_at_response_url']})"
        )
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", choices=("bare", "bare-eager"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument("-n", type=int, default=600, help="timed requests per server")
    parser.add_argument("--warmup", type=int, default=30, help="untimed requests first, each")
    parser.add_argument("--quick", action="store_true", help="a smoke run of a few requests")
    parser.add_argument("--results", type=Path, default=None, help="directory for the JSON")
    parser.add_argument(
        "--backend", choices=("sqlite", "postgresql"), default="sqlite",
        help="settleconf's database (PostgreSQL: SETTLECONF_TEST_POSTGRES_URL's server)",
    )
    parser.add_argument("--profile", type=Path, default=None, help="cProfile settleconf into")
    parser.add_argument(
        "--against", type=Path, default=None, help="also time `serve` from this checkout"
    )
    args = parser.parse_args(argv)
    if args.serve:
        serve_bare(args.port, args.api_url, eager=args.serve == "bare-eager")
        return 0
    if args.quick:
        args.n, args.warmup = 20, 5
    return asyncio.run(run_all(args))


async def run_all(args: argparse.Namespace) -> int:
    fake = FakeSlack()
    arrivals = Arrivals(fake)
    runner = web.AppRunner(arrivals.app())
    await runner.setup()
    fake_port = free_port()
    await web.TCPSite(runner, "127.0.0.1", fake_port).start()
    fake.base_url = fake_url = f"http://127.0.0.1:{fake_port}"
    api_url = f"{fake_url}/api/"
    databases: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="slack-ack-", dir=MEMORY_DIR) as tmp:
            logs = Path(tmp)
            servers: dict[str, ServerProcess] = {}
            ours: list[tuple[str, str | None, Path]] = [
                (OURS, None, ROOT), ("settleconf serve, budget 0", "0", ROOT)
            ]
            if args.against is not None:
                ours.append((against(args.against), None, args.against.resolve()))
            for name, budget, checkout in ours:
                if args.backend == "postgresql":
                    db_url = await create_database(admin_url())
                    databases.append(db_url)
                else:
                    db_url = f"sqlite+aiosqlite:///{logs / (str(len(servers)) + '.db')}"
                await seed(db_url)
                env = {
                    "SETTLECONF_DATABASE_URL": db_url,
                    "XDG_DATA_HOME": tmp,
                    "SLACK_SIGNING_SECRET": SECRET,
                    "SLACK_BOT_TOKEN": TOKEN,
                    "SLACK_API_URL": api_url,
                    "SETTLECONF_DISPATCHER": "off",  # no reminder passes during the run
                    "MicrosoftAppId": "",
                    "TEAMS_EMULATOR": "",
                }
                if budget is not None:
                    env["SETTLECONF_SLACK_ACK_BUDGET_MS"] = budget
                port = free_port()
                serve = ["-m", "settleconf.bot.entrypoints.cli", "serve",
                         "--host", "127.0.0.1", "--port", str(port)]
                if args.profile and not servers:  # written when serve exits on SIGTERM
                    serve = ["-c", CPU_PROFILE, str(args.profile.resolve()), *serve[1:]]
                serve = python_argv(*serve)
                servers[name] = ServerProcess(
                    f"settleconf-{len(servers)}", serve, port, log_dir=logs, env=env,
                    cwd=checkout,
                )
            for name, mode in ((BASELINE, "bare"), ("bare bolt, process_before_response",
                                                    "bare-eager")):
                port = free_port()
                argv = python_argv(SCRIPT, "--serve", mode, "--port", str(port),
                                   "--api-url", api_url)
                servers[name] = ServerProcess(mode, argv, port, log_dir=logs)
            # The servers start while this loop keeps serving the fake API.
            await asyncio.to_thread(_start, servers)
            try:
                print(
                    f"signed `/settleconf deadlines 7:24-cv-00361`, one at a time, 127.0.0.1; "
                    f"{args.n} per server, interleaved; settleconf on {args.backend}"
                )
                bench = AckBench(arrivals, fake_url)
                urls = {name: server.url for name, server in servers.items()}
                pooled = await bench.run(urls, args.n, args.warmup)
            finally:
                await asyncio.to_thread(_stop, servers)
            if bench.errors:
                print("settleconf log tail:\n" + servers[OURS].log_tail())
    finally:
        await runner.cleanup()
        for db_url in databases:
            await drop_database(admin_url(), db_url)
    figures = {name: samples.figures() for name, samples in pooled.items()}
    print("p50 and p99 over every timed request:")
    for name in figures:
        print(summary(name, figures[name]))
    baseline = figures[BASELINE]["ack_p50_ms"]
    visible = ratio(figures[OURS]["visible_p50_ms"], baseline)
    report = {
        "bench": "slack_ack",
        "machine": machine(),
        "settings": {
            "n": args.n, "warmup": args.warmup, "quick": args.quick, "backend": args.backend,
        },
        "servers": figures,
        "visible_ratio": visible,
        "visible_ratio_budget_0": ratio(
            figures["settleconf serve, budget 0"]["visible_p50_ms"], baseline
        ),
        "target": {"visible_ratio_max": TARGET_RATIO},
        "verdict": "n/a" if visible is None else ("met" if visible <= TARGET_RATIO else "missed"),
        **(
            {"visible_ratio_against": ratio(
                figures[against(args.against)]["visible_p50_ms"], baseline
            )}
            if args.against is not None else {}
        ),
        "errors": bench.errors,
    }
    path = write_results("slack_ack", report, args.results)
    print(
        f"answer visible (settleconf serve) / empty ack (bare bolt, default runner), p50: "
        f"x{visible} (target <= {TARGET_RATIO}: {report['verdict']}); "
        f"with budget 0: x{report['visible_ratio_budget_0']}"
        + (
            f"; {against(args.against)}: x{report['visible_ratio_against']}"
            if args.against is not None else ""
        )
        + f"\nwrote {path}"
    )
    for error in bench.errors[:20]:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if bench.errors else 0


def against(checkout: Path) -> str:
    return f"settleconf serve at {checkout}"


def _start(servers: dict[str, ServerProcess]) -> None:
    try:
        for server in servers.values():
            server.start()
        for server in servers.values():
            server.wait_ready()
    except BaseException:
        _stop(servers)
        raise


def _stop(servers: dict[str, ServerProcess]) -> None:
    for server in reversed(servers.values()):
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
