"""How well `bot.chat.questions.interpret` reads the evaluation questions.

Run: .venv/bin/python bench/question_accuracy.py [--json] [--parsed]

Scores every line of tests/eval/questions.jsonl against the example order (the
hand-built fixture, or with --parsed the order parser's reading of
bot/examples/7-24-cv-00361-order-re-settlement-conference.txt), prints accuracy overall
and per intent, lists the misses, and writes bench/results/question_accuracy.json.
Exit status is 0 whatever the score: the test suite, not the bench, holds the bar.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from settleconf.bot.chat.questions import IntentName, Interpretation, interpret  # noqa: E402
from settleconf.core.order import Obligation  # noqa: E402

EVAL_FILE = ROOT / "tests" / "eval" / "questions.jsonl"
RESULTS = ROOT / "bench" / "results" / "question_accuracy.json"
EXAMPLE_TEXT = ROOT / "bot" / "examples" / "7-24-cv-00361-order-re-settlement-conference.txt"
SAFE = {IntentName.CLARIFY, IntentName.NO_SUCH_DEADLINE}


@dataclass(frozen=True)
class Outcome:
    line: dict[str, Any]
    got: Interpretation
    correct: bool
    confident_wrong: bool  # expected CLARIFY/NO_SUCH_DEADLINE, answered with a date


def load(path: Path = EVAL_FILE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _same_subject(expected: str | None, got: str | None) -> bool:
    """'expert reports' matches 'expert report'; 'answer' matches 'answer the complaint'."""
    if expected is None:
        return True
    if got is None:
        return False
    a, b = expected.lower().rstrip("s"), got.lower().rstrip("s")
    return a in b or b in a


def score(line: dict[str, Any], got: Interpretation) -> Outcome:
    want = IntentName(line["intent"])
    correct = got.intent is want
    if correct and want in (IntentName.DEADLINE, IntentName.WHY):
        correct = got.obligation_id == line.get("obligation_id")
    elif correct and want is IntentName.EXPLAIN:
        correct = got.topic == line.get("topic")
    elif correct and want is IntentName.NO_SUCH_DEADLINE:
        correct = _same_subject(line.get("asked_about"), got.asked_about)
    dated = got.intent in (IntentName.DEADLINE, IntentName.WHY)
    return Outcome(line, got, correct, want in SAFE and dated)


def run(obligations: Sequence[Obligation], lines: list[dict[str, Any]]) -> list[Outcome]:
    return [score(line, interpret(line["q"], obligations)) for line in lines]


def example_obligations(parsed: bool) -> Sequence[Obligation]:
    if parsed:
        from settleconf.core.order_parser import parse_order

        return tuple(parse_order(EXAMPLE_TEXT.read_text(encoding="utf-8")).obligations)
    from tests.conversation.example_order import OBLIGATIONS

    return OBLIGATIONS


def report(outcomes: list[Outcome]) -> dict[str, Any]:
    per: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        per[o.line["intent"]].append(o.correct)
    return {
        "total": len(outcomes),
        "correct": sum(o.correct for o in outcomes),
        "accuracy": round(sum(o.correct for o in outcomes) / max(1, len(outcomes)), 4),
        "per_intent": {
            k: {"total": len(v), "correct": sum(v), "accuracy": round(sum(v) / len(v), 4)}
            for k, v in sorted(per.items())
        },
        "confident_wrong": [o.line["q"] for o in outcomes if o.confident_wrong],
        "misses": [
            {"q": o.line["q"], "expected": {k: v for k, v in o.line.items() if k != "q" and v},
             "got": {"intent": o.got.intent.value, "obligation_id": o.got.obligation_id,
                     "topic": o.got.topic, "asked_about": o.got.asked_about,
                     "confidence": o.got.confidence, "matched": list(o.got.matched)}}
            for o in outcomes if not o.correct
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the JSON report")
    parser.add_argument("--parsed", action="store_true", help="use core.order_parser")
    args = parser.parse_args(argv)
    result = report(run(example_obligations(args.parsed), load()))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"accuracy {result['accuracy']:.1%} ({result['correct']}/{result['total']})")
    for intent, r in result["per_intent"].items():
        print(f"  {intent:<18} {r['accuracy']:.1%} ({r['correct']}/{r['total']})")
    print(f"confident wrong answers: {len(result['confident_wrong'])}")
    for miss in result["misses"]:
        got = {k: v for k, v in miss["got"].items() if v not in (None, [])}
        print(f"  MISS {miss['q']!r}\n       want {miss['expected']}\n       got  {got}")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
