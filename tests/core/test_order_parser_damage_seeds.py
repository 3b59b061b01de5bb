"""Kinds of damage found by running the damage harness with seeds outside the derandomized
draw (tests/core/order_damage.py): each is fixed in general and pinned here by a small
text, then replayed on the corpus order it was found on."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.ocr_ordinals import mend_ordinals
from settleconf.core.order_parser.ocr_words import mend_ocr_words
from settleconf.core.order_parser.text_source import clean_text
from tests.core.damage_grading import grade, tuning_orders
from tests.core.order_damage import damage

HEAD = "Case No. 2:19-cv-01852-KJD-NJK\nPage {n} of 3\n"


def test_a_running_head_first_seen_at_a_page_break_is_furniture_too() -> None:
    """The first page carried no running head, so its first copy sits inside a sentence
    ("held with the parties on" | head | "October 20, 2010, at 10:30 a.m.") like the rest."""
    text = (
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nJOHN CLARKE,\n\n"
        "Plaintiff,\n\n-against-\n\nCITY OF NEW YORK,\n\nDefendant.\n\n10 Civ. 420 (SHS)\n\n"
        "ORDER\n\n"
        "A conference was held with counsel on June 14, 2010. IT IS HEREBY ORDERED that:\n"
        "1. all discovery shall be completed on or before October 14, 2010;\n"
        "2. a settlement conference will be held with the parties on\n\n\n"
        + HEAD.format(n=2)
        + "\nOctober 20, 2010, at 10:30 a.m. The procedures under which the\n"
        "settlement conference will be held are being provided to the\n\n\n"
        + HEAD.format(n=3)
        + "\nparties with a copy of this order.\n\nSO ORDERED.\nDated: June 15, 2010\n"
    )
    assert "Case No." not in clean_text(text)
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2010, 10, 20), time(10, 30))


def test_a_running_head_at_the_top_stays_for_the_docket_number() -> None:
    text = HEAD.format(n=1) + "ORDER\n\nBody text.\n" + HEAD.format(n=2) + "More text.\n"
    assert clean_text(text).count("Case No. 2:19-cv-01852-KJD-NJK") == 1


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("is scheduled forApril 14'\",2008 beginning", "is scheduled forApril 14,2008 beginning"),
        ("is scheduled for April 14'\",2008 beginning", "is scheduled for April 14,2008 beginning"),
        # a word processor's fixed-width space between month and day
        ("for April\u200214'\",2008\u00a0beginning", "for April\u200214,2008\u00a0beginning"),
    ],
)
def test_an_ocr_ordinal_after_a_month_glued_to_the_word_before(scanned: str, read: str) -> None:
    assert mend_ordinals(scanned) == read


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("contact the deputy within a wcek.", "contact the deputy within a week."),
        ("shall simuItaneously be delivered", "shall simultaneously be delivered"),
        ("at the sarne tlme", "at the sarne time"),
        ("a clay pot", "a clay pot"),  # a word in its own right is never "mended"
    ],
)
def test_ocr_misreadings_of_a_period_unit_or_same_time_are_mended(scanned: str, read: str) -> None:
    assert mend_ocr_words(scanned) == read


@pytest.mark.parametrize(
    ("sentences", "conference"),
    [
        # a meeting that took place is history, even when the session's verb is misread
        ("A conference was held with counsel on June 14, 2010. A settlement conference will "
         "be hcld with the parties on October 20, 2010, at 10:30 a.m.", date(2010, 10, 20)),
        ("A conference was held with counsel on June 14, 2010. A settlement conference is "
         "scheduled for October 20, 2010.", date(2010, 10, 20)),
        # a setting after the recital in the same sentence is not history
        ("A settlement conference was held on May 1, 2010, and a further settlement conference "
         "is set for October 20, 2010 at 10:30 a.m.", date(2010, 10, 20)),
    ],
)
def test_a_conference_that_was_held_is_not_the_session(sentences: str, conference: date) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n"
        f"{sentences}\n\nSO ORDERED.\nDated: June 15, 2010\n"
    )
    assert parse_order(text).conference.date == conference


_ORDERS = {p.stem: p for p in tuning_orders()}


@pytest.mark.skipif(not _ORDERS, reason="labeled corpus not present")
@pytest.mark.parametrize(
    ("stem", "kind", "seed"),
    [
        ("103", "pleading numbers", 13),  # "are 8 directed to exchange"
        ("103", "pleading numbers", 24),
        ("218", "pleading numbers", 102),  # "will conclude no 5 later than 3:00 PM"
        ("235", "page breaks", 300),  # a running head first seen inside a sentence
        ("017", "page breaks", 300),
        ("401", "date spacing", 302),  # "forApril 14'\",2008"
        ("401", "nbsp", 0),  # "April\u200214'\",2008"
        ("017", "ocr swaps", 300),  # "within a wcek"
        ("123", "ocr swaps", 301),  # "shall simuItaneously be delivered"
        ("235", "ocr swaps", 500),  # "will be hcld", beside "A conference was held ... on"
        ("351", "hyphen wrap", 1),  # "Judge William J.\nMartinez issued on January 24, 2012"
        ("304", "hyphen wrap", 0),  # "is ext-\nende d to and including June 16, 2014"
        ("304", "hyphen wrap", 1),  # "is extende\nd to and including June 16, 2014"
        ("259", "page breaks", 11),  # "Suite 5140, San" | stamp | "Diego, ... is CONTINUED to"
        ("259", "page breaks", 602),  # the same, split by a "- 3 -" page number
        ("259", "page breaks", 604),  # "Edward J. Schwartz U.S." | "- 4 -" | "Courthouse, ..."
    ],
)
def test_found_damage_is_read_right_or_flagged(stem: str, kind: str, seed: int) -> None:
    if stem not in _ORDERS:  # 017 is one of ../shared/corpus's orders, beside the checkout
        pytest.skip(f"order {stem} not present (../shared/corpus is missing)")
    path: Path = _ORDERS[stem]
    assert grade(path, damage(kind, path.read_text("utf-8"), seed)).failures == []


@pytest.mark.parametrize(
    "entry",
    [
        "Entered by Michael E. Hegarty, United States Magistrate Judge, on January 22, 2009.",
        "ENTERED by Magistrate Judge Ann Roe on 1/22/2009.",
        "Signed by Judge A. B. Doe on January 22, 2009.",
        "Dated: January 22, 2009.",
    ],
)
def test_an_entry_line_that_runs_on_into_the_order_heads_it(entry: str) -> None:
    """A minute order's entry line kept on its own line by a PDF's layout is not the
    signature: the order after it used to be dropped without a word (112, page breaks)."""
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF COLORADO\n\nMINUTE ORDER SETTING SETTLEMENT "
        "CONFERENCE\n"
        + entry
        + " The parties' motion is granted.\nA Settlement Conference is set for\nTuesday, "
        "April 7, 2009, at 10 a.m. in Courtroom 203. No request for rescheduling will be\n"
        "entertained unless made five business days prior to the date of the conference.\n"
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2009, 4, 7), time(10, 0))
    assert [o.quote[:27] for o in order.obligations] == ["No request for rescheduling"]


def test_a_signature_line_still_closes_the_order() -> None:
    text = (
        "ORDER\n\nA settlement conference is set for April 7, 2009, at 10 a.m. Statements are "
        "due five business days before the conference.\n\nDated: January 22, 2009\n"
        "Denver, Colorado\nMichael E. Hegarty, United States Magistrate Judge\n"
    )
    order = parse_order(text)
    assert order.order_date == date(2009, 1, 22)
    assert "Hegarty" not in " ".join(p.text for p in order.paragraphs)


def test_page_breaks_in_a_minute_order_keep_its_duties() -> None:
    path = next((p for p in tuning_orders() if p.name == "112.txt"), None)
    if path is None:
        pytest.skip("labeled corpus not present")
    assert grade(path, damage("page breaks", path.read_text("utf-8"), 234)).failures == []
