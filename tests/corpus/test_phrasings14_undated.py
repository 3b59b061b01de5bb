"""The fourteenth phrasing set's undated duties (tests/corpus/phrasings14: a lost handwritten
date, a duty counted from a lost conference date, "seven (1O) days"): never dated without
review, and the lawyer is told. Its floors are a row of tests/corpus/test_phrasing_sets.py."""

from __future__ import annotations

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from tests.corpus import phrasing_floors as floors
from tests.corpus.phrasing_floors import ROOT

SET = ROOT / "tests" / "corpus" / "phrasings14" / "phrasings14.jsonl"

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
