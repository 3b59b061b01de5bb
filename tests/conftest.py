"""Suite-wide: the `slow` mark, so `make check` is a fast loop and CI still runs all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

# Whole folders whose tests start processes or servers and run for seconds each:
# multi-process reminder delivery, the bench smoke runs, the property/fuzz runs.
SLOW_FOLDERS = ("reminders_mp", "bench", "property")
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(item.path).relative_to(HERE).parts
        if parts and parts[0] in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """CI prints the frozen sets' figures, apart from the tuned ones: they are reported,
    never asserted (a floor on them would invite tuning to them)."""
    if not terminalreporter.config.getoption("--frozen-figures"):
        return
    import contextlib
    import io
    import json
    import runpy

    root = HERE.parent
    lines: list[str] = []
    for script, key in (("question_replies.py", "frozen questions"), ("corpus_accuracy.py", "")):
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                runpy.run_path(str(root / "bench" / script))["main"](["--json"])
            lines += _figures(script, key, json.loads(out.getvalue()))
        except Exception as exc:  # a report, not a test: say why it is missing
            lines.append(f"{script}: not measured ({type(exc).__name__}: {exc})")
    terminalreporter.write_sep("=", "frozen splits (never tuned on), with the tuned ones")
    for line in lines:
        terminalreporter.write_line(line)


def _figures(script: str, key: str, report: dict[str, Any]) -> list[str]:
    if script == "question_replies.py":
        return [
            f"{key}: first line right {report['right']}/{report['total']} "
            f"({report['accuracy']:.1%}); median CPU per question "
            f"{report['cpu_ms_per_question_median']} ms"
        ]
    lines = []
    for name, split in report["splits"].items():
        t = split["totals"]
        lines.append(
            f"corpus {name}: conference date {t['conference_date_right']}/{t['files']}, "
            f"time {t['conference_time_right']}/{t['files']}, due dates "
            f"{t['found_and_right']}/{t['labeled_due_dates']} ({t['found_and_right_pct']}%), "
            f"missed but flagged {t.get('missed_but_flagged', 0)}, "
            f"unreviewed wrong {t['wrong_dates_without_review']}, "
            f"conference dates shown wrong {t.get('conference_dates_shown_wrong', 0)}"
        )
    return lines


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--frozen-figures", action="store_true",
        help="after the run, print the frozen question and corpus figures (make test does)",
    )
