"""The reminder benches' functional smoke runs: small sizes, one round, both backends.
Figures are not checked (no timed assertions); what is checked is that each script runs to
the end, measures what it says, and writes its JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.store.fixtures import postgres_url  # noqa: F401  (skips, or fails in CI, without one)

ROOT = Path(__file__).resolve().parents[2]


def run(script: str, *args: str, results: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{script}.py"), *args, "--results", str(results)],
        cwd=ROOT, capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report: dict[str, Any] = json.loads((results / f"{script}.json").read_text())
    assert report["bench"] == script
    assert set(report["machine"]) >= {"cpu", "nproc", "python", "date"}
    return report


def test_claim_bench_times_each_size_on_both_backends(
    tmp_path: Path, postgres_url: str  # noqa: F811
) -> None:
    report = run("reminder_claim", "--quick", "--rounds", "1", results=tmp_path)
    for backend in ("sqlite", "postgresql"):
        sizes = report[backend]["sizes"]
        assert list(sizes) == ["10000", "100000"]
        assert all(s["claim_ms"] > 0 for s in sizes.values())
        assert report[backend]["ratio_claim"] > 0
        assert "ix_reminders_status_fire_at" in report[backend]["plan"]


def test_dispatch_bench_posts_every_reminder_and_the_baseline(
    tmp_path: Path, postgres_url: str  # noqa: F811
) -> None:
    report = run("reminder_dispatch", "-n", "200", "--rounds", "1", results=tmp_path)
    assert report["target_per_s"] == 1000.0
    for backend in ("sqlite", "postgresql"):
        figures = report["backends"][backend]
        assert figures["dispatch"]["reminders"] == 200
        assert figures["baseline_raw_post_message"]["posts"] == 200
        assert figures["dispatch"]["per_s"] > 0
        for measured in (figures["dispatch"], figures["baseline_raw_post_message"]):
            assert measured["fake_slack_cpu_ms_each"] >= 0  # the fake's process, read from /proc
            assert measured["waiting_for_a_core_s"] >= 0  # this process's threads' run delay
