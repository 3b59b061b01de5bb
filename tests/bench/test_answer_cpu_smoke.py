"""bench/answer_cpu.py still runs: its --quick run exits 0 (the cached and uncached replies
agree for every command) and writes the figures docs/performance.md quotes. Functional
only: no figure is compared with its target here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_answer_cpu_quick_run(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "answer_cpu.py"), "--quick",
         "--backends", "sqlite", "--results", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((tmp_path / "answer_cpu.json").read_text())
    assert report["errors"] == []
    rows = report["backends"]["sqlite"]
    # The replay check is counted in round trips only (its CPU is not timed here).
    assert rows.pop("replay check") == {"round_trips": 1.0}
    assert set(rows) == {"deadlines", "deadlines CASE", "next", "why", "question", "help"}
    for name, row in rows.items():
        assert set(row) == {"off_ms", "on_ms", "ratio", "round_trips"}
        assert row["off_ms"] > 0 and row["on_ms"] > 0
        # SQLite answers with one indexed version check; `help` reads nothing. A question
        # also remembers its turn for follow-ups (bot/turn_memory.py): a batched write in
        # the background, counted when it lands inside the measured answers, so 1 to 2.
        if name == "question":
            assert 1.0 <= row["round_trips"] <= 2.0, row
        else:
            assert row["round_trips"] == (0.0 if name == "help" else 1.0), (name, row)
