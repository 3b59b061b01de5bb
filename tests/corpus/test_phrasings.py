"""The phrasing set (tests/corpus/phrasings/phrasings.jsonl) held to a floor a little below
what the parser reaches, kind by kind, with no date shown without review that matches no
label. Scored by bench/phrasing_accuracy.py, which uses bench/corpus_accuracy.py's scoring."""

from __future__ import annotations

from tests.corpus import phrasing_floors as floors

SET = None  # the bench's default: tests/corpus/phrasings/phrasings.jsonl
# Reached: 202/202 conference dates and times, 249/249 due dates, 0 unreviewed.
FLOOR_CONFERENCE = 197  # of 202
FLOOR_DUE_PCT = 97.0
FLOOR_KIND_DUE_PCT = 90.0


def test_the_set_is_whole() -> None:
    floors.assert_whole(SET, at_least=120, kinds=12, lines=(8, 30), quoted=False)


def test_no_date_is_shown_wrong_without_review() -> None:
    floors.assert_no_wrong_date_without_review(SET)


def test_conference_dates_and_times_floor() -> None:
    floors.assert_conference_floor(SET, FLOOR_CONFERENCE)


def test_due_dates_floor_in_total_and_per_kind() -> None:
    floors.assert_due_floors(SET, FLOOR_DUE_PCT, FLOOR_KIND_DUE_PCT)


def test_after_event_duties_are_reported() -> None:
    floors.assert_after_event_duties_read(SET)
