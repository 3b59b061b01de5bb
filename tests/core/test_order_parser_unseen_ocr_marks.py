"""Issue #13 kinds that failed on the fifth corpus refresh's dev orders (400, 401): OCR
damage in scanned court forms.

Every sentence here is written for the test, several wordings of each kind: an ordinal
suffix read as quote marks ("April 14'\",2008", "the 26'h day of"), and a two-letter word
whose capital I was read as "l" ("ln-person attendance").
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import ConferenceFormat, RuleKind
from settleconf.core.order_parser.ocr_ordinals import mend_ordinals
from settleconf.core.order_parser.ocr_words import mend_ocr_words
from tests.core.unseen_orders import COURT, only, read

# --- An ordinal suffix read as quote marks ---------------------------------------------


@pytest.mark.parametrize(
    "setting",
    [
        "A mediation conference is scheduled for April 14'\",2008 beginning at 10:00 a.m.",
        "A mediation conference is scheduled for April 14\u201c\u201d, 2008 beginning at "
        "10:00 a.m.",
        "A mediation conference is scheduled for April 14'h, 2008 beginning at 10:00 a.m.",
        "A settlement conference will be held on Monday, April 14\"\u2018 2008 at 10:00 a.m.",
    ],
)
def test_an_ordinal_read_as_quote_marks_still_dates_the_conference(setting: str) -> None:
    order = read("", head=COURT + setting + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2008, 4, 14), time(10, 0))


@pytest.mark.parametrize(
    "sentence",
    [
        "Each party shall submit a mediation statement by the 28\"\u2018 day of May, 2024.",
        "Each party shall submit a mediation statement on or before the 28'h day of May, 2024.",
        "Each party shall submit a mediation statement no later than May 28'\", 2024.",
    ],
)
def test_an_ordinal_read_as_quote_marks_still_dates_a_deadline(sentence: str) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.fixed_date) == (RuleKind.FIXED, date(2024, 5, 28))


@pytest.mark.parametrize(
    "text",
    [
        'Counsel shall bring the "May 5" letter to the conference.',
        'The order entered on May 5, 2024" is vacated.',
        "The table is 14'' wide and 2008 pages long.",
        "Exhibit 14' of the 2008 report.",
    ],
)
def test_quote_marks_that_are_not_a_mangled_ordinal_stay(text: str) -> None:
    assert mend_ordinals(text) == text


# --- "I" read as "l" in a two-letter word ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ln-person attendance at the mediation is required unless the Court orders otherwise.",
        "The parties shall attend the mediation ln person.",
    ],
)
def test_a_misread_in_person_still_says_in_person(sentence: str) -> None:
    order = read(sentence)
    assert order.conference.format is ConferenceFormat.IN_PERSON


def test_a_two_letter_misreading_is_mended_and_names_are_not() -> None:
    assert mend_ocr_words("lt is ordered that the parties meet ln person.") == (
        "It is ordered that the parties meet in person."
    )
    kept = "1200 Oak Ln. Suite 4; see ls/Judge"
    assert mend_ocr_words(kept) == kept
