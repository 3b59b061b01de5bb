"""The second phrasing set (tests/corpus/phrasings2/phrasings2.jsonl) held to a floor a
little below what the parser reaches, kind by kind, with no date shown without review that
matches no label. Scored by bench/phrasing_accuracy.py (--set), which uses
bench/corpus_accuracy.py's scoring.

First-time score (written and labeled before the parser was read, scored once at 66623c8
before any rule changed): conference dates 93/96, times 95/96, due dates 128/139 (92.1%),
8 misses flagged, 2 dates shown without review that match no label, 9/10 after-event duties
read. After the fixes by kind (7246315, 188ec41): 96/96, 96/96, 137/139 (98.6%), 0, 10/10.
Second batch (pd097-pd140, written after parts of the parser had been read), first score at
6b9743b: 43/44, 42/44, 38/46 (82.6%), 8 of 8 misses flagged, 0 unreviewed. After its fixes:
the whole set 140/140, 140/140, 181/185 (97.8%), 0 unreviewed, 10/10 after-event duties.
Misses then: "by noon on the Friday before the conference", a request deadline put in the
negative, "deliver its statement ten days before the same" and a permissive "(b) Each party may
also lodge ... by the same date". After cc58cf6 (corpus-e) only "before the same" is left
(flagged): 140/140, 140/140, 184/185 (99.5%), 0 unreviewed."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "corpus" / "phrasings2" / "phrasings2.jsonl"
FLOOR_CONFERENCE = 137  # of 140
FLOOR_DUE_PCT = 96.0
FLOOR_KIND_DUE_PCT = 75.0  # a kind of the second batch has 4 orders: one miss is 75-80%


@cache
def _bench() -> ModuleType:
    """bench/phrasing_accuracy.py, loaded from its file: bench is scripts, not a package."""
    path = ROOT / "bench" / "phrasing_accuracy.py"
    spec = importlib.util.spec_from_file_location("phrasing_accuracy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@cache
def _items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = _bench().load(SET)
    return items


@cache
def _report() -> dict[str, Any]:
    bench = _bench()
    report: dict[str, Any] = bench.report_of(bench.score(_items()))
    return report


def test_the_set_is_whole() -> None:
    items = _items()
    assert len(items) >= 140
    assert len({i["kind"] for i in items}) >= 12
    assert len({i["id"] for i in items}) == len(items)
    for item in items:
        assert 5 <= item["text"].count("\n") <= 30, item["id"]
        for ob in item["obligations"]:
            assert ob["quote"] in item["text"], (item["id"], ob["id"])
            due = ob["computed_due"]
            if due and ob["rule"]["kind"] == "relative":
                # FRCP 6(a): a counted period never ends on a weekend.
                assert date.fromisoformat(due).weekday() < 5, (item["id"], ob["id"])


def test_no_date_is_shown_wrong_without_review() -> None:
    assert _report()["total"]["wrong_dates_without_review"] == 0


def test_conference_dates_and_times_floor() -> None:
    total = _report()["total"]
    assert total["conference_date_right"] >= FLOOR_CONFERENCE
    assert total["conference_time_right"] >= FLOOR_CONFERENCE


def test_due_dates_floor_in_total_and_per_kind() -> None:
    report = _report()
    assert report["total"]["found_and_right_pct"] >= FLOOR_DUE_PCT
    low = {
        kind: t["found_and_right_pct"]
        for kind, t in report["kinds"].items()
        if t["labeled_due_dates"] and t["found_and_right_pct"] < FLOOR_KIND_DUE_PCT
    }
    assert low == {}


def test_after_event_duties_are_reported() -> None:
    total = _report()["total"]
    assert total["after_event_read"] == total["after_event_labeled"] > 0
