"""The shape of a question set asked of orders other than the example (dev_s27, dev_s28): 15
lines an order, each naming its order and the day it was added, asked between that day and the
conference, on no frozen order and none an earlier set asked about."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"q", "today", "side", "intent", "obligation_id", "topic", "fact", "asked_about",
          "first_line_has", "first_line_lacks", "style", "order", "added_on"}


def assert_fifteen_of_each(
    lines: list[dict[str, Any]], orders: dict[str, tuple[str, str]], used: set[str]
) -> None:
    """`orders`: number -> (added on, conference day); `used`: orders earlier sets asked of."""
    frozen = set((ROOT / "tests" / "corpus" / "frozen.txt").read_text().split())
    by_order: dict[str, int] = {}
    for line in lines:
        # `docket`: for an order whose text names no docket number, typed first as a user must
        assert set(line) - {"docket"} == FIELDS, line["q"]
        if "docket" in line:
            assert isinstance(line["docket"], str) and line["docket"], line["q"]
        number = Path(line["order"]).stem
        assert number not in frozen and number not in used
        assert (ROOT / line["order"]).is_file(), line["order"]
        added, conference = orders[number]
        assert line["added_on"] == added
        assert added <= line["today"] <= conference, line["q"]
        assert line["side"] in ("plaintiff", "defendant", "neutral")
        assert line["first_line_has"], line["q"]
        assert all(isinstance(s, str) and s for s in
                   line["first_line_has"] + line["first_line_lacks"]), line["q"]
        # A yes/no answer is checked on the first word only, so it leads the list.
        yes_no = [s for s in line["first_line_has"] if s.lower() in ("yes", "no")]
        assert yes_no in ([], line["first_line_has"][:1]), line["q"]
        by_order[number] = by_order.get(number, 0) + 1
    assert by_order == dict.fromkeys(orders, 15)
    assert {line["side"] for line in lines} >= {"plaintiff", "defendant"}
    assert len({(line["order"], line["q"]) for line in lines}) == len(lines)
    assert sum(line["style"] in ("voice", "typo", "abbrev") for line in lines) >= 8
    assert sum(line["intent"] == "not_in_order" for line in lines) == 2 * len(orders)
    for number in orders:
        assert sum(line["intent"] == "not_in_order" and Path(line["order"]).stem == number
                   for line in lines) == 2


def assert_no_more_misses(lines: list[dict[str, Any]], floor: int) -> None:
    """The set's floor: a fix that loses one of its lines is a regression. Asks the bot."""
    from tests.eval.test_tuning_first_lines import misses

    missed = misses(lines)
    assert len(missed) <= floor, "\n".join(missed)
