"""Issue #13 kinds that failed on the fifth corpus refresh's dev orders (400, 401): scanned
court forms from a forms site.

Every sentence here is written for the test, several wordings of each kind: an ordinal
suffix read as quote marks ("April 14'\",2008", "the 26'h day of"), a two-letter word
whose capital I was read as "l" ("ln-person attendance"), and an excerpt cut short after
the site's own "Date:" line, which had passed for the order's closing.
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


# --- A site's "Date:" line read as the closing, and the excerpt cut short --------------

_SITE_HEAD = (
    "Free Order Setting Mediation Conferences - District Court of Delaware\n\n"
    "File Size: 30.1 kB\nPages: 4\nDate: September 28, 2007\nFile Format: PDF\n\n"
    "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF DELAWARE\n\n"
    "1. A mediation conference has been scheduled for November 20, 2007 at 9:00 a.m.\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "2. Any request to modify this requirement shall be made in writing to the "
        "Magistrate Judge, with a copy to all counselo",
        "2. Each party shall provide the direct dial numbers of counsel who will attend the",
    ],
)
def test_an_excerpt_cut_short_after_a_site_date_line_is_said_to_be_cut(tail: str) -> None:
    from settleconf.core.order_parser import parse_order

    order = parse_order(_SITE_HEAD + tail + "\n", source_name="site.txt")
    assert order.conference.date == date(2007, 11, 20)
    assert any("appears truncated" in w for w in order.warnings)


def test_an_excerpt_that_ends_its_sentence_after_a_site_date_line_is_not_cut() -> None:
    from settleconf.core.order_parser import parse_order

    whole = _SITE_HEAD + "2. Counsel shall attend in person.\n"
    order = parse_order(whole, source_name="site.txt")
    assert not any("appears truncated" in w for w in order.warnings)
