"""tests/eval/dev_s22.jsonl, answered end to end (bench/question_replies.py): 68 phrasings
written for issue #15 from the example order alone, before the matcher was read: 22
scenarios whose answer is in the order but which never name the procedure (a CFO with 20
minutes, an adjuster abroad, the other side asking to see the letter, a number held for the
conference), 14 matter facts asked obliquely (which judge, which court, the case's style,
which side we are, the time in other zones), 18 of help, clarify, next, deadlines, what_if
and no_such_deadline in odd words, and 14 of conference, holiday, status and why as a
partner texts them; by both sides, asked on days from Apr 29 to May 29, 2024. First time
64.7% (44/68; explain 11/22, fact 7/14, conference 3/5, deadlines 1/2, holiday 2/3, status
2/3, what_if 3/4, the rest all right). Tuned on afterwards (95.6%, 65/68), so held to a
floor."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s22.jsonl"
LINES = BENCH.load(DEV)
KINDS = {"explain", "fact", "help", "clarify", "next", "deadlines", "what_if",
         "no_such_deadline", "conference", "holiday", "status", "why"}


def test_the_set_covers_every_kind_asked_from_both_sides() -> None:
    assert len(LINES) >= 65
    assert {line["intent"] for line in LINES} == KINDS
    assert sum(line["intent"] == "explain" for line in LINES) >= 20
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant"}


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.05 * len(LINES), "\n".join(missed)
