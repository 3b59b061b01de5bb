"""Start-up time of `settleconf ask` and memory of `settleconf serve`.

Run: .venv/bin/python bench/cold_start.py [--quick] [--runs 5] [--requests 2000]

1. Wall time of `settleconf ask "deadlines" --today 2024-05-01` in a fresh process
   (median of --runs, on an embedded database the first, untimed run created), against
   `python -c pass` and `python -c "import sqlalchemy"`. Target < 1 s.
2. `python -X importtime` of the same command: the platform SDKs (slack_bolt, slack_sdk,
   botbuilder, botframework) and aiohttp must not be imported by `ask`.
3. VmRSS of `settleconf serve` (Slack configured against the fake Slack Web API, the
   example matter linked to the channel) idle, and its peak while answering --requests
   signed slash commands at concurrency 50 until every reply is delivered; against a bare
   python + aiohttp server idle and under the same load. Target < 150 MB.
Writes bench/results/cold_start.json. Exits 1 only on functional errors (a wrong answer,
a failed request); timing and memory never fail it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bench.loadgen import (  # noqa: E402
    closed_loop,
    machine,
    met,
    write_results,
)
from bench.server_process import (  # noqa: E402
    ServerProcess,
    free_port,
    python_argv,
    rss_kb,
    running,
)
from bench.slack_load import (  # noqa: E402
    SCRIPT as SLACK_LOAD,
)
from bench.slack_load import (  # noqa: E402
    SECRET,
    BusyAcks,
    SlackBench,
    reply_stats,
    seed,
    wait_for_replies,
)
from tests.slack.fake_api import TOKEN  # noqa: E402

ASK = ["ask", "deadlines", "--today", "2024-05-01"]
ANSWER = "Mon May 20, 2024"  # the ex parte letter, in the answer about the example order
LAZY = ("slack_bolt", "slack_sdk", "botbuilder", "botframework", "aiohttp")
TARGETS = {"ask_s_max": 1.0, "serve_rss_mb_max": 150.0}
BARE_SERVER = """
import sys
from aiohttp import web
async def ok(request):
    await request.read()
    return web.Response(text="")
app = web.Application()
app.router.add_post("/slack/events", ok)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
"""


def settleconf_argv(*args: str) -> list[str]:
    script = Path(sys.executable).parent / "settleconf"  # the installed entry point
    if script.exists():
        return [str(script), *args]
    return python_argv("-m", "settleconf.bot.entrypoints.cli", *args)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, float, list[str]]:
    """Median wall and CPU seconds of `runs` fresh processes, and what went wrong. CPU
    time is less at the mercy of whoever else is using the shared machine."""
    times, cpus, errors = [], [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), children_cpu()
        done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        cpus.append(children_cpu() - cpu)
        if done.returncode != 0:
            errors.append(f"{' '.join(argv[-4:])}: exit {done.returncode}: {done.stderr[-300:]}")
        elif argv[-len(ASK) :] == ASK and ANSWER not in done.stdout:
            errors.append(f"ask: the answer lacks {ANSWER!r}: {done.stdout[:300]!r}")
    return statistics.median(times), statistics.median(cpus), errors


def imported_by_ask(env: dict[str, str]) -> tuple[list[str], list[tuple[str, float]]]:
    """Top-level packages `ask` imports that it should not, and the slowest imports (ms)."""
    argv = python_argv("-X", "importtime", "-m", "settleconf.bot.entrypoints.cli", *ASK)
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
    modules: dict[str, float] = {}
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            modules[m.group(3)] = int(m.group(1)) / 1000
    bad = sorted({name.split(".")[0] for name in modules if name.split(".")[0] in LAZY})
    top = sorted(((n, t) for n, t in modules.items() if "." not in n), key=lambda x: -x[1])
    return bad, [(n, round(t, 1)) for n, t in top[:8]]


async def load_and_sample(
    server: ServerProcess, bench: SlackBench | None, requests: int, concurrency: int
) -> tuple[int, list[str], int]:
    """Peak VmRSS (KiB) while `requests` commands are answered (and, for settleconf, until
    every reply has been delivered); and how many were refused as busy (no reply)."""
    peak = rss_kb(server.pid)
    stop = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, rss_kb(server.pid))
            await asyncio.sleep(0.05)

    sampler = asyncio.create_task(sample())
    errors: list[str] = []
    busy = BusyAcks()
    if bench is not None:
        before = await reply_stats(bench.fake_url)
        level = await closed_loop(
            "settleconf", f"{server.url}/slack/events", bench.make,
            concurrency=concurrency, requests=requests, warmup=0, ok=busy,
        )
        expected = requests - busy.no_reply  # those answered in their ack have no reply
        stats = await wait_for_replies(bench.fake_url, before["replies"] + expected)
        good = stats["with_deadlines"] - before["with_deadlines"]
        if good != expected:
            errors.append(f"serve: {good}/{expected} replies with the deadlines")
    else:
        level = await closed_loop(
            "bare", f"{server.url}/slack/events", lambda: (b"", {}),
            concurrency=concurrency, requests=requests, warmup=0,
        )
    errors.extend(f"{server.name}: {e}" for e in level.errors[:5])
    stop.set()
    await sampler
    return peak, errors, busy.refused


def memory(args: argparse.Namespace, tmp: Path) -> tuple[dict[str, Any], list[str]]:
    db_url = f"sqlite+aiosqlite:///{tmp / 'serve.db'}"
    asyncio.run(seed(db_url))
    fake_port, ours_port, bare_port = free_port(), free_port(), free_port()
    fake_url = f"http://127.0.0.1:{fake_port}"
    env = {
        "SETTLECONF_DATABASE_URL": db_url,
        "XDG_DATA_HOME": str(tmp),
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": f"{fake_url}/api/",
        "MicrosoftAppId": "",
        "TEAMS_EMULATOR": "",
    }
    serve = settleconf_argv("serve", "--host", "127.0.0.1", "--port", str(ours_port))
    fake = python_argv(SLACK_LOAD, "--serve", "fake", "--port", str(fake_port))
    out: dict[str, Any] = {}
    errors: list[str] = []
    ours = ServerProcess("settleconf", serve, ours_port, log_dir=tmp, env=env)
    bare_argv = python_argv("-c", BARE_SERVER, str(bare_port))
    bare = ServerProcess("bare-aiohttp", bare_argv, bare_port, log_dir=tmp)
    with running(ServerProcess("fake-slack", fake, fake_port, log_dir=tmp), ours, bare):
        time.sleep(args.settle)  # let start-up work (first dispatcher ticks) finish
        bench = SlackBench({"settleconf": ours}, fake_url, warmup=0)
        for name, server, b in (("serve", ours, bench), ("bare_aiohttp", bare, None)):
            idle = rss_kb(server.pid)
            peak, errs, refused = asyncio.run(
                load_and_sample(server, b, args.requests, args.concurrency)
            )
            errors.extend(errs)
            out[name] = {
                "idle_mb": round(idle / 1024, 1),
                "peak_under_load_mb": round(peak / 1024, 1),
                "after_load_mb": round(rss_kb(server.pid) / 1024, 1),
                "refused_busy": refused,
            }
    return out, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 run, 100 requests")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure")
    parser.add_argument("--requests", type=int, default=2000, help="under-load requests")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--settle", type=float, default=1.0, help="idle seconds before RSS")
    parser.add_argument("--results", type=Path, default=None, help="directory for the JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.requests, args.concurrency, args.settle = 1, 100, 10, 0.2
    with tempfile.TemporaryDirectory(prefix="cold-start-") as name:
        tmp = Path(name)
        # As installed: bytecode cached. This machine sets PYTHONDONTWRITEBYTECODE, which
        # would make every run compile the project's modules afresh (~0.1 s); the first,
        # separately reported run writes the cache.
        drop = ("SETTLECONF_DATABASE_URL", "PYTHONDONTWRITEBYTECODE")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env["XDG_DATA_HOME"] = str(tmp)  # a private embedded database, not the user's
        first_s, _, errors = wall(settleconf_argv(*ASK), env, 1)
        ask_s, ask_cpu, errs = wall(settleconf_argv(*ASK), env, args.runs)
        errors += errs
        pass_s, pass_cpu, errs = wall(python_argv("-c", "pass"), env, args.runs)
        errors += errs
        sqla_s, sqla_cpu, errs = wall(python_argv("-c", "import sqlalchemy"), env, args.runs)
        errors += errs
        eager, slowest = imported_by_ask(env)
        rss, errs = memory(args, tmp)
        errors += errs
    serve_peak = rss["serve"]["peak_under_load_mb"]
    report: dict[str, Any] = {
        "bench": "cold_start",
        "machine": machine(),
        "settings": {k: vars(args)[k] for k in ("quick", "runs", "requests", "concurrency")},
        "targets": TARGETS,
        "ask": {
            "first_run_s": round(first_s, 3),
            "median_s": round(ask_s, 3),
            "python_pass_s": round(pass_s, 3),
            "import_sqlalchemy_s": round(sqla_s, 3),
            "ratio_to_python_pass": round(ask_s / pass_s, 1),
            "ratio_to_import_sqlalchemy": round(ask_s / sqla_s, 1),
            "cpu_s": {
                "ask": round(ask_cpu, 3),
                "python_pass": round(pass_cpu, 3),
                "import_sqlalchemy": round(sqla_cpu, 3),
            },
            "platform_modules_imported": eager,
            "slowest_top_level_imports_ms": slowest,
        },
        "rss": rss,
        "verdicts": {
            "ask_under_1_s": met(ask_s, TARGETS["ask_s_max"]),
            "ask_imports_no_platform_sdk": "met" if not eager else "missed",
            "serve_rss_under_150_mb": met(serve_peak, TARGETS["serve_rss_mb_max"]),
        },
        "errors": errors,
    }
    a = report["ask"]
    print(f"settleconf ask (median of {args.runs}): {a['median_s']} s  (first run "
          f"{a['first_run_s']} s); python -c pass {a['python_pass_s']} s; "
          f"import sqlalchemy {a['import_sqlalchemy_s']} s")
    print(f"  CPU: ask {a['cpu_s']['ask']} s, pass {a['cpu_s']['python_pass']} s, "
          f"import sqlalchemy {a['cpu_s']['import_sqlalchemy']} s")
    print(f"  platform modules imported by ask: {eager or 'none'}; slowest: {slowest[:4]}")
    for name, r in rss.items():
        print(f"{name:<13} RSS idle {r['idle_mb']} MB, peak under load {r['peak_under_load_mb']}"
              f" MB, after {r['after_load_mb']} MB, refused as busy {r['refused_busy']}")
    print(f"verdicts: {report['verdicts']}")
    path = write_results("cold_start", report, args.results)
    print(f"wrote {path}")
    for error in errors:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
