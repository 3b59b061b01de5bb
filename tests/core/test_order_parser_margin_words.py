"""Pleading-paper line numbers between the words of a duty ("are 8 directed to", "shall 12
submit"): the duty is read through them, and no number the sentence means is taken for
one ("seven (7) days", "14 days", "Room 12", "Courtroom 8")."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.margin_words import blank_margin_words


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("The parties are 8 directed to exchange", "The parties are directed to exchange"),
        ("each party shall 12 submit a statement", "each party shall submit a statement"),
        ("Plaintiff must, 3 no later than", "Plaintiff must, no later than"),
        ("addressed to Magistrate 14 Judge Newman", "addressed to Magistrate Judge Newman"),
    ],
)
def test_a_line_number_between_words_is_looked_through(printed: str, read: str) -> None:
    blanked = blank_margin_words(printed)
    assert len(blanked) == len(printed)  # offsets read from it hold for the printed text
    assert " ".join(blanked.split()) == read


@pytest.mark.parametrize(
    "kept",
    [
        "shall submit it seven (7) days before the conference",
        "shall submit it 14 days before the conference",
        "shall appear in Room 12 before Judge Smith",
        "shall appear in Courtroom 8 on the third floor",
        "shall appear at 9 a.m. in person",
        "the conference on May 5 at the courthouse",
        "as required by Rule 16 and Local Rule 16 of this court",
        "shall bring 3 copies of the statement",
        "shall e-mail chambers at Suite 4 by noon",
    ],
)
def test_numbers_the_sentence_means_are_kept(kept: str) -> None:
    assert blank_margin_words(kept) == kept


def _pleading(lines: list[str]) -> str:
    """Each line printed after its pleading-paper number, 1 to 28."""
    return "\n".join(f"{i % 28 + 1} {line}" for i, line in enumerate(lines))


def test_a_duty_split_by_margin_numbers_inside_its_modal_is_read() -> None:
    text = _pleading([
        "UNITED STATES DISTRICT COURT",
        "EASTERN DISTRICT OF CALIFORNIA",
        "",
        "JANE ROE, Plaintiff, v. JOHN SMITH, Defendant.",
        "No. 2:20-cv-01111-KJM-AC",
        "ORDER SETTING SETTLEMENT CONFERENCE",
        "A settlement conference is set for June 4, 2024 at 10:00 a.m. in Courtroom 8",
        "before Magistrate Judge Allison Claire. The parties are",
        "directed to exchange confidential settlement statements",
        "seven (7) days prior to the settlement conference. Each party shall",
        "submit a notice of the persons attending to Room 12 no later",
        "than May 20, 2024.",
        "IT IS SO ORDERED.",
        "Dated: May 1, 2024",
    ])
    order = parse_order(text)
    assert order.conference.date == date(2024, 6, 4)
    assert "Courtroom 8" in (order.conference.location or "")
    due = {d.id: d.due_date for d in compute_deadlines(order)}
    assert sorted(due.values()) == [date(2024, 5, 20), date(2024, 5, 28)]
    statement = next(o for o in order.obligations if o.rule.fixed_date is None)
    assert (statement.rule.amount, statement.needs_review) == (7, False)
    assert "are 9 directed to exchange" in statement.quote  # quoted as printed
    assert not [w for w in order.warnings if w.startswith("No deadline was read")]
