"""tests/eval/dev_s4.jsonl, answered end to end (bench/question_replies.py): 213 phrasings
written for issue #15 before the matcher changed (terse, misspelt, abbreviated, indirect, by
either side's lawyer), scored on the first line of the reply. A development set: tuned on,
so it is held to a floor, not reported as a measure of the unseen."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s4.jsonl"
LINES = BENCH.load(DEV)


def test_the_set_covers_both_sides_and_every_kind_of_question() -> None:
    assert len(LINES) >= 150
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant"}
    assert {line["intent"] for line in LINES} >= {
        "matter_fact", "conference", "deadline", "deadlines", "next", "status", "counting",
        "holiday", "date_check", "what_if", "explain", "lookup", "no_such_deadline", "off_topic"}


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.05 * len(LINES), "\n".join(missed)
