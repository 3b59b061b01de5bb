"""What every phrasing set's test holds it to, scored by bench/phrasing_accuracy.py: the set is
whole, no date is shown wrong without review, and the floors on conference dates, times and
due dates (in total and per kind) hold. Each tests/corpus/test_phrasings*.py names its set
and its floors."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@cache
def bench() -> ModuleType:
    """bench/phrasing_accuracy.py, loaded from its file: bench is scripts, not a package."""
    path = ROOT / "bench" / "phrasing_accuracy.py"
    spec = importlib.util.spec_from_file_location("phrasing_accuracy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@cache
def items(path: Path | None = None) -> list[dict[str, Any]]:
    """The set at `path` (None: the bench's default, tests/corpus/phrasings)."""
    loaded: list[dict[str, Any]] = bench().load() if path is None else bench().load(path)
    return loaded


@cache
def report(path: Path | None = None) -> dict[str, Any]:
    scored: dict[str, Any] = bench().report_of(bench().score(items(path)))
    return scored


def assert_whole(
    path: Path | None,
    *,
    at_least: int,
    kinds: int,
    lines: tuple[int, int],
    quoted: bool,
    kept_on_weekends: frozenset[str] = frozenset(),
) -> None:
    """Enough orders and kinds, each of a plausible length; every counted period ends on a
    weekday (FRCP 6(a)), but in the orders of `kept_on_weekends`, whose own counting method
    keeps a deadline where it falls; with `quoted`, unique ids and every label's quote in its
    order."""
    found = items(path)
    assert len(found) >= at_least
    assert len({i["kind"] for i in found}) >= kinds
    if quoted:
        assert len({i["id"] for i in found}) == len(found)
    for item in found:
        assert lines[0] <= item["text"].count("\n") <= lines[1], item["id"]
        for ob in item["obligations"]:
            if quoted:
                assert ob["quote"] in item["text"], (item["id"], ob["id"])
            due = ob["computed_due"]
            if due and ob["rule"]["kind"] == "relative" and item["id"] not in kept_on_weekends:
                assert date.fromisoformat(due).weekday() < 5, (item["id"], ob["id"])


def assert_no_wrong_date_without_review(path: Path | None) -> None:
    """No duty's date and no conference date that matches no label is shown as sure (a
    conference day the order does not set would move every period counted from it)."""
    total = report(path)["total"]
    assert total["wrong_dates_without_review"] == 0
    assert total["conference_dates_shown_wrong"] == 0


def assert_conference_floor(path: Path | None, floor: int) -> None:
    total = report(path)["total"]
    assert total["conference_date_right"] >= floor
    assert total["conference_time_right"] >= floor


def assert_due_floors(path: Path | None, total_pct: float, kind_pct: float) -> None:
    scored = report(path)
    assert scored["total"]["found_and_right_pct"] >= total_pct
    low = {
        kind: t["found_and_right_pct"]
        for kind, t in scored["kinds"].items()
        if t["labeled_due_dates"] and t["found_and_right_pct"] < kind_pct
    }
    assert low == {}


def assert_after_event_duties_read(path: Path | None) -> None:
    total = report(path)["total"]
    assert total["after_event_read"] == total["after_event_labeled"] > 0
