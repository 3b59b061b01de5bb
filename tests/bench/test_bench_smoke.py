"""The benches still run: each script's --quick smoke run, in its own process, exits 0 and
writes its results JSON with the figures docs/performance.md quotes. Functional only:
no figure is compared with a target here (timing belongs to the benches themselves)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ("slack_load", "teams_load", "parse_throughput", "cold_start")
CORPUS = ROOT.parent / "shared" / "corpus" / "orders"
LEVEL_KEYS = {"concurrency", "requests", "p50_ms", "p99_ms", "requests_per_s", "errors",
              "server_cpu_ms_per_request", "refused_busy", "answered_in_ack", "served_per_s"}
VERDICT_KEYS = {"p50_ratio", "p50_ratio_worst", "throughput_ratio", "throughput_ratio_worst",
                "p99_ms_at_50", "p99_at_50"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    """All four at once (each waits mostly on its own servers), then their reports."""
    out = tmp_path_factory.mktemp("bench-results")
    procs = {
        name: subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / f"{name}.py"), "--quick", "--results", str(out)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in SCRIPTS
    }
    reports: dict[str, dict[str, Any]] = {}
    try:
        for name, proc in procs.items():
            output, _ = proc.communicate(timeout=180)
            path = out / f"{name}.json"
            reports[name] = {
                "returncode": proc.returncode,
                "output": output,
                "report": json.loads(path.read_text()) if path.exists() else None,
            }
        yield reports
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def report_of(runs: dict[str, dict[str, Any]], name: str) -> dict[str, Any]:
    run = runs[name]
    assert run["returncode"] == 0, run["output"][-3000:]
    report: dict[str, Any] | None = run["report"]
    assert report is not None, f"{name} wrote no results JSON:\n{run['output'][-3000:]}"
    assert report["bench"] == name
    assert report["errors"] == []
    assert set(report["machine"]) >= {"cpu", "nproc", "python", "date"}
    return report


@pytest.mark.parametrize("name", ["slack_load", "teams_load"])
def test_load_benches_compare_both_servers_at_each_level(
    runs: dict[str, dict[str, Any]], name: str
) -> None:
    report = report_of(runs, name)
    assert [row["concurrency"] for row in report["levels"]] == [1, 10]
    for row in report["levels"]:
        for server in ("bare", "settleconf"):
            assert set(row[server]) == LEVEL_KEYS
            assert row[server]["requests"] == 20
            assert row[server]["errors"] == 0
        assert row["p50_ratio"] == round(
            row["settleconf"]["p50_ms"] / row["bare"]["p50_ms"], 2
        )
    assert set(report["verdicts"]) == VERDICT_KEYS
    assert report["verdicts"]["p99_at_50"] == "n/a"  # --quick stops at concurrency 10
    assert report["targets"]["p99_ms_at_50_max"] == 100.0


def test_slack_load_counts_the_replies_delivered(runs: dict[str, dict[str, Any]]) -> None:
    report = report_of(runs, "slack_load")
    assert all(row["settleconf_replies_per_s"] > 0 for row in report["levels"])


def test_slack_load_counts_answers_in_the_ack_among_the_timed_requests(
    runs: dict[str, dict[str, Any]],
) -> None:
    # Whether an answer makes the ack depends on timing; how they are counted does not:
    # only settleconf answers in its ack, and the warm-up's are not among the timed ones.
    report = report_of(runs, "slack_load")
    assert report["settings"]["backend"] == "sqlite"
    for row in report["levels"]:
        ours = row["settleconf"]
        assert row["bare"]["answered_in_ack"] == 0
        assert 0 <= ours["answered_in_ack"] + ours["refused_busy"] <= ours["requests"] == 20


def test_parse_throughput_reads_the_corpus_and_the_example_pdf(
    runs: dict[str, dict[str, Any]],
) -> None:
    figures = report_of(runs, "parse_throughput")["figures"]
    corpus = min(3, len(list(CORPUS.glob("*.txt"))))
    assert figures["text"]["files"] == corpus + 1  # and the example .txt
    assert (figures["pdf"]["files"], figures["pdf"]["pages"]) == (1, 2)  # the example PDF
    for key in ("orders_parsed_per_s", "parse_vs_read_ratio", "read_files_per_s"):
        assert figures["text"][key] > 0
    assert figures["pdf"]["pages_parsed_per_s"] > 0


def test_cold_start_ask_imports_no_platform_sdk_and_serve_memory_is_read(
    runs: dict[str, dict[str, Any]],
) -> None:
    report = report_of(runs, "cold_start")
    ask = report["ask"]
    assert ask["platform_modules_imported"] == []
    assert report["verdicts"]["ask_imports_no_platform_sdk"] == "met"
    assert ask["median_s"] > ask["python_pass_s"] > 0
    for server in ("serve", "bare_aiohttp"):
        rss = report["rss"][server]
        assert 0 < rss["idle_mb"] <= rss["peak_under_load_mb"]
