"""tests/eval/dev_s20.jsonl, answered end to end (bench/question_replies.py): 127 phrasings
written for issue #15 from the example order alone, before the matcher was read: 76 about
the order's procedures, paragraph by paragraph (the Teams link and format, confidentiality,
who sends the ex parte letter and how, its legend, page limit, exhibits and contents, the
hard copy, the demand and the response, negotiating early, attendance, authority, phone,
sanctions, rescheduling), and 51 of conference, status, date_check, holiday, why and
counting_rule; mostly indirect, lawyerly, typo'd or abbreviated, by both sides, asked on
days from Apr 29 to May 27, 2024. First time 61.4% (78/127; explain 43/76, conference 6/9,
counting_rule 3/8, date_check 7/10, holiday 5/8, status 9/9, why 5/7; abbrev 10/20,
indirect 24/42, lawyerly 13/20, plain 15/27, typo 16/18). Tuned on afterwards (98.4%,
125/127), so held to a floor."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s20.jsonl"
LINES = BENCH.load(DEV)
OTHERS = {"conference", "counting_rule", "holiday", "status", "why", "date_check"}


def test_the_set_is_mostly_procedures_from_both_sides() -> None:
    assert len(LINES) >= 110
    assert sum(line["intent"] == "explain" for line in LINES) >= 0.55 * len(LINES)
    assert {line["intent"] for line in LINES} == OTHERS | {"explain"}
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant"}
    assert sum(line["style"] in ("typo", "indirect", "lawyerly", "abbrev") for line in LINES) >= 80


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.05 * len(LINES), "\n".join(missed)
