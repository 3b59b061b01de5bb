"""Issue #13 kinds on unseen orders: typos and broken text.

Every sentence here is written for the test, several wordings of each kind, so that a
fix has to cover the kind rather than one order's sentence.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser import parse_order
from tests.core.unseen_orders import COURT, HEAD, due, only, read

# --- Typos and broken text ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Each party shall submit a settlement statement No later May 28,2024.",
        "Each party shall submit a settlement statement not later May 28, 2024.",
        "Each party shall submit a settlement statement on or before May 28,2024.",
        "Each party shall submit a settlement statement by the 28th of May, 2024.",
        "Each party shall submit a settlement statement no later than 28 May 2024.",
    ],
)
def test_a_missing_word_or_space_around_a_date(sentence: str) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.fixed_date) == (RuleKind.FIXED, date(2024, 5, 28))


def test_a_time_written_with_a_dot() -> None:
    ob = only("Each party shall submit a settlement statement by 4.30 p.m. on May 28, 2024.")
    assert (ob.rule.fixed_date, ob.rule.time_of_day) == (date(2024, 5, 28), time(16, 30))


@pytest.mark.parametrize(
    "broken",
    [
        # a page break (blank lines) between the month and the day
        "no later than May\n\n28, 2024, by e-mail.",
        # an ECF page stamp in the middle of the date
        "no later than May\n\nCase 1:24-cv-01234 Document 9 Filed 05/01/24 Page 2 of 3\n\n"
        "28, 2024, by e-mail.",
        # the break after the function word
        "no later than\n\nMay 28, 2024, by e-mail.",
        # a bare page number and the case's running head repeated at the page top
        "no later than May\nPage 2\nCase No. 1:24-cv-01234 (ABC)\n28, 2024, by e-mail.",
    ],
)
def test_a_date_split_by_a_page_break_or_header(broken: str) -> None:
    head = COURT + (
        "Case 1:24-cv-01234 Document 9 Filed 05/01/24 Page 1 of 3\n"
        "Case No. 1:24-cv-01234 (ABC)\n\n"
        "A settlement conference is scheduled for June 4, 2024 at 10:00 a.m.\n\n"
    )
    ob = only(f"Each party shall submit a confidential settlement letter {broken}", head)
    assert ob.rule.fixed_date == date(2024, 5, 28)


def _pleading(lines: list[str]) -> str:
    """Pleading paper as a flattened PDF gives it: line numbers run through the text."""
    lines = ["", "", "", "", "", *lines]  # the numbers down an empty top margin
    return " ".join(f"{n} {line}".strip() for n, line in enumerate(lines, start=1))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("statements no later than October", "21, 2021 by e-mail to chambers.", date(2021, 10, 21)),
        ("statements no later than October 21,", "2021 by e-mail to chambers.", date(2021, 10, 21)),
        # no comma to tell: the margin number is the one after the line number before it
        ("statements no later than October 4", "2021 by e-mail to chambers.", date(2021, 10, 4)),
    ],
)
def test_a_date_split_by_pleading_paper_line_numbers(
    first: str, second: str, expected: date
) -> None:
    lines = [
        "UNITED STATES DISTRICT COURT",
        "EASTERN DISTRICT OF CALIFORNIA",
        "ORDER SETTING SETTLEMENT CONFERENCE",
        "This case is set for a settlement conference on November 4, 2021 at 1:00 p.m.",
        "before the undersigned.",
        "The parties are directed to submit confidential settlement",
        first,
        second,
        "SO ORDERED.",
    ]
    order = parse_order(_pleading(lines), source_name="pleading.txt")
    assert order.conference.date == date(2021, 11, 4)
    [ob] = order.obligations
    assert ob.rule.fixed_date == expected
    assert ob.needs_review  # the margin number inside the date is said
    assert any("margin" in r for r in ob.review_reasons)


@pytest.mark.parametrize(
    "second",
    [
        "Thereafter, no later than May 24, 2024, respond in writing to the demand.",
        "Then, by May 24, 2024, serve a written response.",
        "No later than May 24, 2024, respond with a counteroffer.",
    ],
)
def test_a_deadline_sentence_that_names_no_one_carries_on_the_one_before(second: str) -> None:
    order = read(f"Plaintiff shall serve a written demand by May 17, 2024. {second}")
    later = [o for o in order.obligations if o.rule.fixed_date == date(2024, 5, 24)]
    assert len(later) == 1, [o.id for o in order.obligations]
    assert later[0].needs_review
    assert any("names no one to act" in r for r in later[0].review_reasons)


@pytest.mark.parametrize(
    "cut",
    [
        "Accordingly, at least one week prior to the Settlement Conference (on or before May",
        "Accordingly, no later than seven days before the conference, by",
    ],
)
def test_a_deadline_sentence_cut_off_mid_way_is_a_flagged_deadline(cut: str) -> None:
    body = f"The parties should exchange written settlement proposals. {cut}"
    order = parse_order(HEAD + body, source_name="cut.txt")
    [ob] = order.obligations
    assert (ob.rule.amount, ob.rule.anchor) == (7, Anchor.CONFERENCE)
    assert due(order, ob.id) == date(2024, 5, 28)
    assert ob.needs_review and any("cut off" in r for r in ob.review_reasons)


@pytest.mark.parametrize("tail", ["prior to the settlem", "prior to the conf", "before the mediat"])
def test_a_period_whose_anchor_is_cut_off_counts_from_the_conference(tail: str) -> None:
    body = f"Plaintiff shall mail a statement so that it arrives at least seven (7) days {tail}"
    order = parse_order(HEAD + body, source_name="cut.txt")
    [ob] = order.obligations
    assert due(order, ob.id) == date(2024, 5, 28)
    assert ob.needs_review


def test_procedures_attached_after_the_signature_are_read() -> None:
    order = parse_order(
        HEAD + "Counsel shall confer before the conference.\n\nSO ORDERED.\n\nJane Roe\n"
        "United States Magistrate Judge\n\nSETTLEMENT PROCEDURES OF MAGISTRATE JUDGE ROE\n\n"
        "No later than three business days before the settlement conference, each party "
        "must deliver a short written summary of its position to chambers.\n",
        source_name="attached.txt",
    )
    # "confer before the conference" sets no period: by the session, flagged
    [d] = [d for d in compute_deadlines(order) if d.obligation.rule.period is not None]
    assert d.due_date == date(2024, 5, 30)
    assert order.signing_judge is not None and "Roe" in order.signing_judge


def test_a_footnote_mark_after_a_period_ends_the_sentence() -> None:
    from settleconf.core.order_parser.sentences import split_sentences

    assert split_sentences(
        "The conference is set for May 5, 2025 at 9:00 a.m.1 The deadline is moved to June "
        "2, 2025 for the case.2 Counsel shall confer. It costs $1.50 More text."
    ) == [
        "The conference is set for May 5, 2025 at 9:00 a.m.1",
        "The deadline is moved to June 2, 2025 for the case.2",
        "Counsel shall confer.",
        "It costs $1.50 More text.",
    ]
