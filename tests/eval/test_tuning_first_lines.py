"""tests/eval/tuning_first_lines.jsonl, answered end to end (bench/question_replies.py): the
first line of the reply must say what each line asks for. Written before the matcher
changed for issue #15; CI keeps it at 95% or better, like the intent set."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from settleconf.bot.chat.questions import IntentName
from tests.eval.test_question_eval import LINES as INTENT_LINES

ROOT = Path(__file__).resolve().parents[2]
TUNING = ROOT / "tests" / "eval" / "tuning_first_lines.jsonl"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "question_replies", ROOT / "bench" / "question_replies.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
LINES = BENCH.load(TUNING)


def misses(lines: list[dict[str, object]]) -> list[str]:
    """Each line whose reply's first line is wrong, as "question: first line"."""
    answers, _ = asyncio.run(BENCH.ask_all(lines))
    return [f"{a.line['q']!r}: {a.first_line!r}" for a in answers if not a.right]


def test_the_set_is_large_and_covers_every_intent() -> None:
    assert len(LINES) >= 120
    both = {line["intent"] for line in LINES} | {line["intent"] for line in INTENT_LINES}
    assert both >= {i.value for i in IntentName}


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.05 * len(LINES), "\n".join(missed)
