"""Issue #16's four figures in one run, one after the other, and a verdict on each.

Run: .venv/bin/python bench/issue16.py [--quick] [--results DIR] [--skip-postgresql]

1. Answer visible (`slack_ack.py`, SQLite then PostgreSQL): the p50 until the answer is
   visible, over bare bolt's default-runner empty ack. Target ≤ 0.3×.
2. Capacity (`slack_load.py --levels 1,10,50`, SQLite): `deadlines` answers a second at 50
   clients. Target ≥ 1,000 /s or ≥ 0.5 of bare bolt's acks a second in the same run.
3. CPU per answer at each level (from the same run).
4. Reminder dispatch (`reminder_dispatch.py`, both backends). Target ≥ 1,000 posts/s.

Each script runs in its own process as it would alone and writes its own JSON; this one reads
them and writes bench/results/issue16.json with the verdicts and the load average before and
after. Exits 0 when every script ran (a missed target is a figure, not an error).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.loadgen import machine, write_results  # noqa: E402

VISIBLE_MAX, CAPACITY_PER_S, CAPACITY_RATIO, DISPATCH_PER_S = 0.3, 1000.0, 0.5, 1000.0


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def _run(script: str, args: list[str], out: Path, name: str) -> dict[str, Any]:
    """Run one bench into its own folder (two slack_ack runs must not overwrite each other)."""
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(ROOT / "bench" / f"{script}.py"), *args, "--results", str(folder)]
    print(f"--- {name}: {' '.join(cmd[1:])}", flush=True)
    proc = subprocess.run(cmd, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{script} exited {proc.returncode}")
    report: dict[str, Any] = json.loads((folder / f"{script}.json").read_text())
    return report


def _verdict(ok: bool) -> str:
    return "met" if ok else "missed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="each script's smoke run")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--skip-postgresql", action="store_true", help="SQLite only")
    args = parser.parse_args()
    out: Path = args.results
    quick = ["--quick"] if args.quick else []
    load_before = _load()
    rows: list[dict[str, Any]] = []

    backends = ["sqlite"] if args.skip_postgresql else ["sqlite", "postgresql"]
    for backend in backends:
        n = quick or ["-n", "400"]
        ack = _run("slack_ack", [*n, "--backend", backend], out, f"slack_ack_{backend}")
        ours = ack["servers"]["settleconf serve"]
        bare = ack["servers"]["bare bolt, default runner"]
        ratio = ack["visible_ratio"]
        rows.append({
            "what": f"answer visible p50, {backend}",
            "settleconf": f"{ours['visible_p50_ms']} ms ({ours['answers_in_ack']} in the ack)",
            "baseline": f"bare bolt default ack {bare['ack_p50_ms']} ms",
            "ratio": ratio,
            "target": f"≤ {VISIBLE_MAX}×",
            "verdict": _verdict(ratio is not None and ratio <= VISIBLE_MAX),
        })

    levels = quick or ["--levels", "1,10,50", "--rounds", "2"]
    load = _run("slack_load", levels, out, "slack_load")
    for level in load["levels"]:
        ours, bare = level["settleconf"], level["bare"]
        row = {
            "what": f"deadlines answers/s at {level['concurrency']} clients (CPU per answer)",
            "settleconf": f"{ours['served_per_s']} /s ({ours['server_cpu_ms_per_request']} ms)",
            "baseline": f"bare bolt {bare['served_per_s']} /s "
            f"({bare['server_cpu_ms_per_request']} ms)",
            "ratio": level["throughput_ratio"],
            "target": "",
            "verdict": "",
        }
        if level["concurrency"] == 50 or (args.quick and level is load["levels"][-1]):
            ok = (ours["served_per_s"] or 0) >= CAPACITY_PER_S or (
                (level["throughput_ratio"] or 0) >= CAPACITY_RATIO
            )
            row |= {"target": f"≥ {CAPACITY_PER_S:.0f} /s or ≥ {CAPACITY_RATIO}",
                    "verdict": _verdict(ok)}
        rows.append(row)

    n = ["-n", "300", "--rounds", "1"] if args.quick else ["--rounds", "1"]
    if args.skip_postgresql:
        n += ["--backend", "sqlite"]
    dispatch = _run("reminder_dispatch", n, out, "reminder_dispatch")
    for backend, figures in dispatch["backends"].items():
        d, base = figures["dispatch"], figures["baseline_raw_post_message"]
        rows.append({
            "what": f"reminder posts/s, {backend} (CPU per post)",
            "settleconf": f"{d['per_s']} /s ({d['cpu_ms_each']} ms)",
            "baseline": f"raw chat.postMessage {base['per_s']} /s",
            "ratio": figures["dispatch_vs_baseline"],
            "target": f"≥ {DISPATCH_PER_S:.0f} /s",
            "verdict": _verdict(d["per_s"] >= DISPATCH_PER_S),
        })

    load_after = _load()
    print(f"\n#16 in one run (load average {load_before} -> {load_after})")
    for r in rows:
        print(f"  {r['what']:<62} {r['settleconf']:<28} {r['baseline']:<34} "
              f"{r['ratio']!s:<6} {r['target']:<20} {r['verdict']}")
    verdicts = [r["verdict"] for r in rows if r["verdict"]]
    summary = "all met" if all(v == "met" for v in verdicts) else "not all met"
    print(f"  => {summary}")
    report = {
        "bench": "issue16",
        "machine": machine(),
        "settings": {"quick": args.quick, "backends": backends},
        "load_average": {"before": load_before, "after": load_after},
        "rows": rows,
        "summary": summary,
    }
    print(f"wrote {write_results('issue16', report, out)}")


if __name__ == "__main__":
    main()
