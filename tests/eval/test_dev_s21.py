"""tests/eval/dev_s21.jsonl, answered end to end (bench/question_replies.py): 126 phrasings
written for issue #15 from the example order alone, before the matcher was read, as they
are typed in a matter's Slack or Teams channel: greetings and sign-offs around the question
("hey quick q —", "thx!"), sentences of context before or after it, shorthand (conf, MJ,
ltr, OC, EOD, COB, w/, b/c, re:), phone typos, days relative to today, offices abroad; of
every intent, by both sides, asked on days from Apr 26 to May 30, 2024. First time 77.8%
(98/126; conference 10/15, counting_rule 6/10, date_check 14/15, explain 38/50, holiday
9/10, status 12/14, why 7/10; typo 14/18, indirect 36/45, abbrev 40/53); 97/126 on the
labels as corrected after that run (two made stricter: a reply's "No" to "do we lose a day
b/c of memorial day" and to "conf is the Tuesday after memorial day, yes?" had passed).
Tuned on afterwards (99.2%, 125/126), so held to a floor."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s21.jsonl"
LINES = BENCH.load(DEV)


def test_the_set_is_typed_as_in_a_channel_by_both_sides() -> None:
    assert len(LINES) >= 110
    assert {line["intent"] for line in LINES} >= {
        "explain", "conference", "status", "date_check", "holiday", "why", "counting_rule"}
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant"}
    assert sum(line["style"] in ("typo", "abbrev", "indirect") for line in LINES) >= 100


def test_first_lines_are_right() -> None:
    missed = misses(LINES)
    assert len(missed) <= 0.05 * len(LINES), "\n".join(missed)
