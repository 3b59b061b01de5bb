"""tests/eval/dev_s10.jsonl, answered end to end (bench/question_replies.py): 176 phrasings
written for issue #15 by someone who never saw the matcher (62.5% first time; 71.6% on the
matcher of the fourth round, before it was tuned on): settlement talks used later (FRE
408), the letter's marking, submission, length and contents, attendance, the exchange,
status and day checks, counting, holidays, what-ifs and matter facts, in plain, lawyerly,
terse, abbreviated and misspelt wording. Tuned on afterwards, so held to a floor."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s10.jsonl"
LINES = BENCH.load(DEV)
# Written after dev_s10's fixes as a check on them (51 phrasings of the same kinds, 70.6%
# first time), then tuned on.
CHECK = BENCH.load(DEV.with_name("dev_s10b.jsonl"))


def test_the_set_covers_procedures_and_facts() -> None:
    assert len(LINES) >= 150
    assert {line["intent"] for line in LINES} >= {
        "explain", "status", "date_check", "counting", "holiday", "what_if", "matter_fact"}
    assert {line["topic"] for line in LINES} >= {
        "confidentiality", "letter", "letter_submission", "letter_length", "attendance",
        "exchange"}


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.03 * len(LINES), "\n".join(missed)


def test_the_check_set_is_answered_too() -> None:
    missed = misses(CHECK)
    assert len(missed) <= 0.05 * len(CHECK), "\n".join(missed)
