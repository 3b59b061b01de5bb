"""tests/eval/dev_s11.jsonl, answered end to end (bench/question_replies.py): 171 phrasings
about the order's procedures written for issue #15 before the matcher changed (80% explain:
the letter and its contents, legend, page limit, hard copy and delivery, the demand and
response, attendance and authority, confidentiality, phone participation, sanctions,
adjournment requests), from associates', paralegals' and partners' points of view: terse,
misspelt, abbreviated (conf, ltr, MJ, OC, ex p), indirect, other nouns for the same things.
Tuned on afterwards, so held to a floor."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s11.jsonl"
LINES = BENCH.load(DEV)
# Written after dev_s11's first fixes as checks on them, then tuned on: dev_s12 (60 procedure
# phrasings, 75% first time), dev_s13 (46 lawyerly and indirect, 76% first time) and dev_s14
# (40 commands, other nouns and heavy abbreviations, 70% first time); dev_s15 (19 questions
# passed on: "my client's asking whether", "does anyone know if", "got a q from the partner").
CHECK = [line for name in ("dev_s12", "dev_s13", "dev_s14", "dev_s15")
         for line in BENCH.load(DEV.with_name(f"{name}.jsonl"))]


def test_the_set_is_about_procedures_in_many_voices() -> None:
    assert len(LINES) >= 150
    explain = sum(line["intent"] == "explain" for line in LINES)
    assert explain >= 0.7 * len(LINES)
    assert {line["style"] for line in LINES} >= {
        "abbrev", "synonym", "indirect", "typo", "terse", "plain"}
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant", None}


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.05 * len(LINES), "\n".join(missed)


def test_the_check_sets_are_answered_too() -> None:
    missed = misses(CHECK)
    assert len(missed) <= 0.05 * len(CHECK), "\n".join(missed)
