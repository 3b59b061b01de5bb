"""The fourteenth phrasing set (tests/corpus/phrasings14/phrasings14.jsonl: 40 orders across 40
districts as OCR of a scanned, faxed or photographed page leaves them -- letter/digit swaps in
dates, times and counts ("Ju1y 2O, 2O27", "l0:00 a.rn.", "fourteen (l4) days", "O5/2l/2027"),
line-end hyphens, soft hyphens, ligatures, form rules and a side notice read across the text,
page headers, stamps and fax banners inside sentences, handwritten entries lost to the scan,
photographed lines broken mid-word, all capitals -- with clean controls) held to a floor a little
below what the parser reaches, kind by kind, with no date shown without review that matches no
label, and each handwritten entry the scan lost told, never filled. Scored by
bench/phrasing_accuracy.py (--set).

First-time score (40 orders, written and labeled before the writer read core/order_parser;
committed alone at ecf54f8 and scored once on it, the parser as at e3535ce): conference dates
39/40, times 38/40, due dates 62/77 (80.5%), 12 of 15 misses flagged, 0 unreviewed. After the
fixes by kind (probed in tests/core/test_order_parser_phrasings14.py): 40/40, 40/40, 77/77,
0 unreviewed."""

from __future__ import annotations

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from tests.corpus import phrasing_floors as floors
from tests.corpus.phrasing_floors import ROOT

SET = ROOT / "tests" / "corpus" / "phrasings14" / "phrasings14.jsonl"
# orders of 23-36 lines as written; room for longer ones
FLOOR_CONFERENCE = 38  # of 40, dates and times alike
FLOOR_DUE_PCT = 95.0
FLOOR_KIND_DUE_PCT = 85.0  # a kind has 13-17 dated duties: one miss in 13 is 92.3%


def test_the_set_is_whole() -> None:
    floors.assert_whole(SET, at_least=40, kinds=5, lines=(3, 120), quoted=True)


def test_no_date_is_shown_wrong_without_review() -> None:
    floors.assert_no_wrong_date_without_review(SET)


def test_conference_dates_and_times_floor() -> None:
    floors.assert_conference_floor(SET, FLOOR_CONFERENCE)


def test_due_dates_floor_in_total_and_per_kind() -> None:
    floors.assert_due_floors(SET, FLOOR_DUE_PCT, FLOOR_KIND_DUE_PCT)


UNDATED = [
    (i["id"], ob["quote"])
    for i in floors.items(SET)
    for ob in i["obligations"]
    if ob["computed_due"] is None
]


@pytest.mark.parametrize(("order_id", "quote"), UNDATED)
def test_a_duty_the_page_does_not_date_is_told_never_dated(order_id: str, quote: str) -> None:
    """The three duties labeled undated (a lost handwritten date, one counted from a lost
    conference date, "seven (1O) days"): no date without review, and the lawyer is told."""
    text = next(i["text"] for i in floors.items(SET) if i["id"] == order_id)
    schedule = compute_schedule(parse_order(text))
    from_it = [
        d for d in schedule.deadlines if floors.bench().same_sentence(quote, d.obligation.quote)
    ]
    assert all(d.due_date is None or d.needs_review for d in from_it)
    told = any(d.needs_review for d in from_it) or any(
        "handwritten" in w and quote.split()[0] in w for w in schedule.warnings
    )
    assert told, order_id
