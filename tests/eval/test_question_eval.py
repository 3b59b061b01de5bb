"""The evaluation set (tests/eval/questions.jsonl) holds the bar for `bot.chat.questions`.

Accuracy must stay >= 95%, and no question that should be clarified or answered "the
order sets no such deadline" may get a date: a confident wrong deadline is the worst
thing this bot can tell a litigation team.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from settleconf.bot.chat.questions import IntentName
from settleconf.core.procedures import TOPICS
from tests.conversation.example_order import OBLIGATIONS

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"matter_fact", "date_check", "holiday", "counting", "what_if", "overdue", "left", "lookup"}


def _bench() -> ModuleType:
    """bench/ is a folder of scripts, not a package: load the scorer from its file."""
    spec = importlib.util.spec_from_file_location(
        "question_accuracy", ROOT / "bench" / "question_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
LINES = BENCH.load()


def test_the_set_is_large_and_varied() -> None:
    assert len(LINES) >= 170
    intents = Counter(line["intent"] for line in LINES)
    # This set pins the obligation/topic matcher; the kinds `question_kinds` reads (facts,
    # days, windows, what-ifs) are pinned end to end by tuning_first_lines.jsonl.
    assert set(intents) == {i.value for i in IntentName} - KINDS
    safe = intents["clarify"] + intents["no_such_deadline"]
    assert safe / len(LINES) >= 0.09


def test_every_line_is_well_formed() -> None:
    ids = {ob.id for ob in OBLIGATIONS}
    for line in LINES:
        intent = IntentName(line["intent"])
        assert line["q"] == line["q"].strip() or not line["q"].strip(), line
        if intent in (IntentName.DEADLINE, IntentName.WHY):
            assert line["obligation_id"] in ids, line
        else:
            assert line["obligation_id"] is None, line
        if intent is IntentName.EXPLAIN:
            assert line["topic"] in TOPICS, line
        if intent is IntentName.NO_SUCH_DEADLINE:
            assert line["asked_about"], line


def _check(obligations: object) -> None:
    outcomes = BENCH.run(obligations, LINES)
    result = BENCH.report(outcomes)
    misses = "\n".join(f"{m['q']!r}: {m['got']}" for m in result["misses"])
    assert result["accuracy"] >= 0.95, misses
    assert result["confident_wrong"] == [], "dated answers to questions that have none"


def test_accuracy_on_the_example_order() -> None:
    _check(OBLIGATIONS)


def test_accuracy_on_the_parsed_example_order() -> None:
    parser = pytest.importorskip("settleconf.core.order_parser")
    text = (ROOT / "bot" / "examples" / "7-24-cv-00361-order-re-settlement-conference.txt")
    _check(tuple(parser.parse_order(text.read_text(encoding="utf-8")).obligations))


def test_no_safe_line_is_ever_dated() -> None:
    """Stricter than accuracy: not one CLARIFY/NO_SUCH_DEADLINE line gets DEADLINE/WHY."""
    for outcome in BENCH.run(OBLIGATIONS, LINES):
        assert not outcome.confident_wrong, outcome.line["q"]
