"""Robustness by mutation (issue #13): the shared and dev orders, damaged the ways real
orders arrive (tests/core/order_damage.py), still give every labeled due date and the
conference date and time right, or flagged for review: never silently wrong, never
dropped without a note. bench/parse_robustness.py prints the share per damage kind.

Hypothesis picks the order, the kind and the seed; a failure prints them, and
`damage(kind, text, seed)` replays it. The frozen split is never used.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.blocks import has_margin_numbers
from settleconf.core.order_parser.glued_text import respace_dates
from settleconf.core.order_parser.ocr_words import mend_ocr_words
from settleconf.core.order_parser.page_joins import close_margin_splits
from settleconf.core.order_parser.text_source import clean_text
from tests.core.damage_grading import (
    CONFERENCE_NOT_IN_TEXT,
    TEXT_LACKS_THE_DATE,
    grade,
    tuning_orders,
)
from tests.core.order_damage import DAMAGES, damage
from tests.core.unseen_orders import only, read

ORDERS = tuning_orders()
KINDS = sorted(DAMAGES)
needs_corpus = pytest.mark.skipif(not ORDERS, reason="labeled corpus not present")


@needs_corpus
# Derandomized: the same 120 draws every run, so CI does not pass or fail by luck. Kinds
# found by other seeds are pinned in tests/core/test_order_parser_damage_seeds.py.
@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(ORDERS or [Path("none")]),
    kind=st.sampled_from(KINDS),
    seed=st.integers(0, 10_000),
)
def test_damaged_orders_are_read_right_or_flagged(path: Path, kind: str, seed: int) -> None:
    result = grade(path, damage(kind, path.read_text("utf-8"), seed))
    assert result.failures == [], f"{kind} seed {seed}"


@needs_corpus
@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_every_damage_kind_changes_some_order(kind: str) -> None:
    """A kind that never changes the text would measure nothing."""
    changed = sum(damage(kind, p.read_text("utf-8"), 0) != p.read_text("utf-8") for p in ORDERS)
    assert changed >= 5


@needs_corpus
def test_undamaged_orders_grade_all_right() -> None:
    for path in ORDERS:
        result = grade(path, path.read_text("utf-8"))
        flagged = len(TEXT_LACKS_THE_DATE.get(path.stem, ()))
        flagged += path.stem in CONFERENCE_NOT_IN_TEXT
        assert (result.failures, result.outcomes["flagged"]) == ([], flagged), path.stem
        assert set(result.outcomes) <= {"right", "flagged"}, path.stem


# --- the general fixes the damage found ------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("on or beforeApril 16, 2008.", "on or before April 16, 2008."),
        ("set forApril 30 ,2008 at", "set for April 30, 2008 at"),
        ("no later thanFebruary 10,2025", "no later than February 10,2025"),
        ("on May 23 , 2023", "on May 23, 2023"),
        ("dismay 5 and Mayor 5", "dismay 5 and Mayor 5"),  # not dates: left alone
    ],
)
def test_lost_and_misplaced_spaces_around_dates(typed: str, read: str) -> None:
    assert respace_dates(typed) == read


@pytest.mark.parametrize("written", ["(5) business days", "five (5) business days",
                                     "5 business days", "five business days"])
def test_every_number_style_reads_the_same_period(written: str) -> None:
    ob = only(f"Each party shall submit a settlement statement {written} before the conference.")
    assert (ob.rule.amount, ob.needs_review) == (5, False)


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("The conrtroom administrator shall send the link", "The courtroom administrator shall "
         "send the link"),
        ("The Confcrence will start at 9:00 AM", "The Conference will start at 9:00 AM"),
        ("Counsel sball subrnit statements prlor to the", "Counsel shall submit statements "
         "prior to the"),
        ("DEFENDANTS SHAIL SERVE", "DEFENDANTS SHALL SERVE"),
        # a step on the session's day (dropped at seed 2467 of "ocr swaps" on dev order 308)
        ("Participants shall joln the video conference and arrlve by 9:55", "Participants "
         "shall join the video conference and arrive by 9:55"),
        # English words and names that look like a misreading stay as they are
        ("the bearing, the clays, Mr. Conrt-Smith, 3 clays", "the bearing, the clays, "
         "Mr. Conrt-Smith, 3 clays"),
    ],
)
def test_the_parsers_key_words_are_mended_from_single_ocr_misreadings(
    scanned: str, read: str
) -> None:
    assert mend_ocr_words(scanned) == read


def test_a_misread_courtroom_does_not_make_the_courts_task_a_partys() -> None:
    order = read("The conrtroom administrator shall send the Zoom invite to all attending on or "
                 "before Tuesday, May 28, 2024.")
    assert order.obligations == ()


def test_a_misspelled_longer_number_word_is_not_read_as_its_tail() -> None:
    ob = only("Each party shall submit a statement no later than fourty-five days before the "
              "conference.")
    assert ob.rule.amount is None and ob.needs_review


def test_line_numbers_in_front_of_the_lines_mark_pleading_paper() -> None:
    lines = [f"{n} some words of the order run on here" for n in range(3, 12)]
    assert has_margin_numbers("\n".join(lines))
    assert not has_margin_numbers("1. The parties shall.\n2. Counsel shall.\n3. Each party.")


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["on June", "14", "26, 2023, and"], ["on June", "26, 2023, and"]),
        (["on June", "14 26, 2023, and"], ["on June", "26, 2023, and"]),
        (["on June 26,", "14 2023 at"], ["on June 26,", "2023 at"]),
        (["on Wednesday,", "10 January 2, 2019."], ["on Wednesday,", "January 2, 2019."]),
        (["set for 1/25/2008 01:30", "6 PM in Courtroom"], ["set for 1/25/2008 01:30",
                                                           "PM in Courtroom"]),
        (["on June", "26, 2023"], ["on June", "26, 2023"]),
    ],
)
def test_a_margin_number_inside_a_date_or_time_is_taken_out(
    lines: list[str], joined: list[str]
) -> None:
    assert close_margin_splits(lines) == joined


def test_a_page_break_inside_an_address_keeps_the_sentence_whole() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\n\nA settlement conference is set for February 3, 2022 "
        "at 10:30 a.m.\n\nPlaintiff shall mail his statement to the Court, 2500 Tulare Street, "
        "Room 1501, Fresno, CA\n\n\n- 3 -\n\n93721, so that it arrives no later than January "
        "27, 2022.\n\nSO ORDERED.\n"
    )
    assert "- 3 -" not in clean_text(text)
    (ob,) = parse_order(text).obligations
    assert (ob.who, ob.rule.fixed_date and ob.rule.fixed_date.isoformat()) == (
        "plaintiff", "2022-01-27")


def test_a_date_wrapped_after_a_short_line_stays_in_its_sentence() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\n\nA settlement conference is set for February 3, 2022 "
        "at 10:30 a.m.\n\nPlaintiff shall file a statement by\nThursday, January\n27, 2022 at "
        "noon.\n\nSO ORDERED.\n"
    )
    (ob,) = parse_order(text).obligations
    assert (ob.who, ob.rule.fixed_date and ob.rule.fixed_date.isoformat()) == (
        "plaintiff", "2022-01-27")


def test_a_margin_number_between_a_periods_count_and_its_unit_is_taken_out() -> None:
    text = "\n".join(f"{n} {line}" for n, line in enumerate([
        "UNITED STATES DISTRICT COURT", "A settlement conference is set for May 23, 2017 at",
        "9:00 a.m. before the Court. The parties shall exchange statements seven",
        "days prior to the settlement conference. SO ORDERED. Dated this day", "", "", ""], 1))
    assert "seven days prior" in " ".join(clean_text(text).split())
