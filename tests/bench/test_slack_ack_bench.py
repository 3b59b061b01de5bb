"""bench/slack_ack.py still runs: its --quick smoke run, in its own process, exits 0 and
writes the figures docs/performance.md quotes ("Answer in the ack (#16)"). Functional
only: which answers made the budget, and every timing, are the bench's own business."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.store.fixtures import postgres_url  # noqa: F401  (skips, or fails in CI, without one)

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {"requests", "ack_p50_ms", "ack_p99_ms", "visible_p50_ms", "visible_p99_ms",
           "answers_in_ack", "answers_at_response_url"}


def test_slack_ack_quick_measures_every_answer_once(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "slack_ack.py"), "--quick", "--results",
         str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    report = json.loads((tmp_path / "slack_ack.json").read_text())
    assert report["bench"] == "slack_ack"
    assert report["errors"] == []  # none lost, none twice, all with the deadlines
    servers = report["servers"]
    assert set(servers) == {"settleconf serve", "settleconf serve, budget 0",
                            "bare bolt, default runner", "bare bolt, process_before_response"}
    for figures in servers.values():
        assert set(figures) == FIGURES
        assert figures["requests"] == 20
    ours, budget_0 = servers["settleconf serve"], servers["settleconf serve, budget 0"]
    assert ours["answers_in_ack"] + ours["answers_at_response_url"] == 20
    assert (budget_0["answers_in_ack"], budget_0["answers_at_response_url"]) == (0, 20)
    for bare in ("bare bolt, default runner", "bare bolt, process_before_response"):
        assert servers[bare]["visible_p50_ms"] is None  # it acks; it never answers
    assert report["visible_ratio"] == round(
        ours["visible_p50_ms"] / servers["bare bolt, default runner"]["ack_p50_ms"], 2
    )
    assert report["target"] == {"visible_ratio_max": 0.3}


def test_slack_ack_quick_on_postgresql_against_another_checkout(
    tmp_path: Path, postgres_url: str  # noqa: F811
) -> None:
    """`--backend postgresql` and `--against` (here this checkout itself): every server
    answers every request once, and the report names the extra server's ratio."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "slack_ack.py"), "--quick", "--backend",
         "postgresql", "--against", str(ROOT), "--results", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    report = json.loads((tmp_path / "slack_ack.json").read_text())
    assert report["errors"] == []
    assert report["settings"]["backend"] == "postgresql"
    against = f"settleconf serve at {ROOT}"
    assert set(report["servers"]) == {"settleconf serve", "settleconf serve, budget 0", against,
                                      "bare bolt, default runner",
                                      "bare bolt, process_before_response"}
    figures = report["servers"][against]
    assert figures["answers_in_ack"] + figures["answers_at_response_url"] == 20
    assert report["visible_ratio_against"] == round(
        figures["visible_p50_ms"] / report["servers"]["bare bolt, default runner"]["ack_p50_ms"],
        2,
    )
