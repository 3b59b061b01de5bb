"""What the benches share: a closed-loop HTTP load generator, latency figures, the
bare-versus-settleconf comparison and its targets, and the results file (with the machine
it was measured on). The servers themselves run in subprocesses (bench/server_process.py).
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"

# (body, headers) for one request: made per request, so signatures and tokens are fresh.
MakeRequest = Callable[[], tuple[bytes, dict[str, str]]]


@dataclass
class Level:
    """One closed-loop run: `concurrency` clients, each sending its next request as soon
    as the previous one is answered."""

    name: str
    concurrency: int
    latencies_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        lat = sorted(self.latencies_ms)
        return {
            "concurrency": self.concurrency,
            "requests": len(lat),
            "p50_ms": round(statistics.median(lat), 2) if lat else None,
            "p99_ms": round(percentile(lat, 99), 2) if lat else None,
            "requests_per_s": round(len(lat) / self.seconds, 1) if self.seconds else None,
            "errors": len(self.errors),
        }


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 100 values is the 99th): no interpolation past the
    largest value actually measured."""
    rank = max(1, min(len(sorted_values), round(pct / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


async def _run(
    http: aiohttp.ClientSession,
    url: str,
    make: MakeRequest,
    level: Level,
    count: int,
    ok: Callable[[int, bytes], str | None],
) -> None:
    todo = iter(range(count))  # shared by the workers: each request is taken once

    async def worker() -> None:
        for _ in todo:
            body, headers = make()
            started = time.perf_counter()
            try:
                async with http.post(url, data=body, headers=headers) as resp:
                    payload = await resp.read()
                    status = resp.status
            except (aiohttp.ClientError, TimeoutError) as exc:
                level.errors.append(f"{type(exc).__name__}: {exc}")
                continue
            level.latencies_ms.append((time.perf_counter() - started) * 1000)
            problem = ok(status, payload)
            if problem is not None:
                level.errors.append(problem)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(level.concurrency)))
    level.seconds = time.perf_counter() - started


def status_200(status: int, body: bytes) -> str | None:
    return None if status == 200 else f"HTTP {status}: {body[:200]!r}"


async def closed_loop(
    name: str,
    url: str,
    make: MakeRequest,
    *,
    concurrency: int,
    requests: int,
    warmup: int,
    ok: Callable[[int, bytes], str | None] = status_200,
    between: Callable[[], Awaitable[None]] | None = None,
) -> Level:
    """`warmup` requests first (connections opened, caches filled), then `between` (say,
    to let work the warm-up left behind finish), then `requests` timed, on the same
    connections."""
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
        await _run(http, url, make, Level(name, concurrency), warmup, ok)
        if between is not None:
            await between()
        level = Level(name, concurrency)
        await _run(http, url, make, level, requests, ok)
        return level


def ratio(value: float | None, baseline: float | None) -> float | None:
    if value is None or not baseline:
        return None
    return round(value / baseline, 2)


def machine() -> dict[str, Any]:
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return {
        "cpu": model,
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def write_results(name: str, data: Mapping[str, Any], directory: Path | None = None) -> Path:
    """bench/results/NAME.json, or NAME.json in `directory` (the smoke test's tmp dir)."""
    folder = RESULTS_DIR if directory is None else directory
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def met(value: float | None, limit: float, *, at_least: bool = False) -> str:
    if value is None:
        return "n/a"
    ok = value >= limit if at_least else value <= limit
    return "met" if ok else "missed"


# The bar for a platform endpoint against the bare SDK answering the same request.
TARGETS = {"p50_ratio_max": 1.3, "throughput_ratio_min": 0.75, "p99_ms_at_50_max": 100.0}


@dataclass
class Run:
    level: Level
    cpu_ms_per_request: float  # the server process's CPU (all threads) per timed request
    drained_s: float | None = None  # until the last background reply was delivered
    refused: int = 0  # acked "busy, try again" by the server's back-pressure
    in_ack: int = 0  # answered in the ack's body: served, with no reply to wait for

    def figures(self) -> dict[str, Any]:
        f = self.level.figures()
        served = f["requests"] - self.refused
        # Throughput counts only requests that were served: an ack saying "busy, try
        # again" is fast but did nothing.
        per_s = f["requests_per_s"] * served / f["requests"] if f["requests"] else None
        return f | {
            "server_cpu_ms_per_request": self.cpu_ms_per_request,
            "refused_busy": self.refused,
            "answered_in_ack": self.in_ack,
            "served_per_s": round(per_s, 1) if per_s is not None else None,
        }


# (which server, concurrency, timed requests) -> one measured run
RunLevel = Callable[[str, int, int], Awaitable[Run]]


def describe(name: str, f: Mapping[str, Any]) -> str:
    return (
        f"{name:<10}  p50 {f['p50_ms']:7.2f} ms  p99 {f['p99_ms']:7.2f} ms  "
        f"{f['requests_per_s']:7.1f} req/s  server cpu {f['server_cpu_ms_per_request']:5.2f} ms/req"
    )


async def compare(
    levels: Sequence[int], rounds: int, requests_for: Callable[[int], int], run_level: RunLevel
) -> list[dict[str, Any]]:
    """Per level, `rounds` runs of each server in ABBA order (drift on a shared machine
    hits both alike); the best round of each (lowest p50) is compared."""
    rows = []
    for c in levels:
        n = requests_for(c)
        runs: dict[str, list[Run]] = {"bare": [], "settleconf": []}
        for r in range(rounds):
            for which in ("bare", "settleconf") if r % 2 == 0 else ("settleconf", "bare"):
                runs[which].append(await run_level(which, c, n))
        bare, ours = (
            min(runs[k], key=lambda run: run.level.figures()["p50_ms"] or float("inf"))
            for k in ("bare", "settleconf")
        )
        fb, fo = bare.figures(), ours.figures()
        row: dict[str, Any] = {
            "concurrency": c,
            "bare": fb,
            "settleconf": fo,
            "p50_ratio": ratio(fo["p50_ms"], fb["p50_ms"]),
            "throughput_ratio": ratio(fo["served_per_s"], fb["served_per_s"]),
            "rounds": {k: [run.figures() for run in v] for k, v in runs.items()},
        }
        drains = [run.drained_s for run in runs["settleconf"] if run.drained_s]
        if drains:
            row["settleconf_replies_per_s"] = round((n - ours.refused) / min(drains), 1)
        rows.append(row)
        print(f"c={c} n={n}")
        print(f"  {describe('bare', fb)}")
        replies = f"  replies {row['settleconf_replies_per_s']}/s" if drains else ""
        if ours.in_ack:
            replies += f"  in ack {ours.in_ack}/{n}"
        if ours.refused:
            replies += f"  refused busy {ours.refused}/{n}"
        print(
            f"  {describe('settleconf', fo)}{replies}  "
            f"p50 x{row['p50_ratio']}  throughput x{row['throughput_ratio']}"
        )
    return rows


def verdicts(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    at50 = next((row for row in rows if row["concurrency"] == 50), None)
    p50 = max((row["p50_ratio"] or 0.0 for row in rows), default=None)
    thr = min((row["throughput_ratio"] or 0.0 for row in rows), default=None)
    p99 = at50["settleconf"]["p99_ms"] if at50 else None
    return {
        "p50_ratio_worst": p50,
        "p50_ratio": met(p50, TARGETS["p50_ratio_max"]),
        "throughput_ratio_worst": thr,
        "throughput_ratio": met(thr, TARGETS["throughput_ratio_min"], at_least=True),
        "p99_ms_at_50": p99,
        "p99_at_50": met(p99, TARGETS["p99_ms_at_50_max"]),
    }


def load_args(
    parser: Any, argv: Sequence[str] | None, defaults: Mapping[str, Any] | None = None
) -> Any:
    """The options every load bench shares; --quick is a smoke run of a few requests."""
    parser.add_argument("--quick", action="store_true", help="a few requests: a smoke run")
    parser.add_argument("--levels", default="1,10,50", help="concurrency levels")
    parser.add_argument("--requests", type=int, default=400, help="timed requests per run")
    parser.add_argument("--per-client", type=int, default=40, help="and at least this many each")
    parser.add_argument("--warmup", type=int, default=50, help="untimed requests first")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each server per level")
    parser.add_argument("--results", type=Path, default=None, help="directory for the JSON")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile settleconf into")
    parser.set_defaults(**(defaults or {}))
    args = parser.parse_args(argv)
    args.levels = [int(x) for x in str(args.levels).split(",")]
    if args.quick:
        args.levels, args.requests, args.per_client = [1, 10], 20, 2
        args.warmup, args.rounds = 5, 1
    return args


def settings_of(args: Any) -> dict[str, Any]:
    keep = ("quick", "levels", "requests", "per_client", "warmup", "rounds")
    return {k: getattr(args, k) for k in keep} | {
        "profile": str(args.profile) if args.profile else None
    }
