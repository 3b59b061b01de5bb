"""tests/eval/dev_s19.jsonl, answered end to end (bench/question_replies.py): 92 phrasings
written for issue #15 from the example order alone, before the matcher was read, of the
intents weakest on the frozen set: conference 20, counting_rule 14, holiday 15, status 14,
why 12, date_check 17; many typo'd, indirect or lawyerly, by both sides, asked on days from
Apr 29 to May 30, 2024. First time 85.9% (79/92; why 6/12). Tuned on afterwards (97.8%,
90/92), so held to a floor."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s19.jsonl"
LINES = BENCH.load(DEV)
INTENTS = {"conference", "counting_rule", "holiday", "status", "why", "date_check"}


def test_the_set_keeps_to_the_weak_intents_from_both_sides() -> None:
    assert len(LINES) >= 90
    assert {line["intent"] for line in LINES} == INTENTS
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant"}
    assert sum(line["style"] in ("typo", "indirect", "lawyerly") for line in LINES) >= 40


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.05 * len(LINES), "\n".join(missed)
