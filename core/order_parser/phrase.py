"""One deadline phrase as read from a sentence, and the checks every family shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.dates_in_text import parse_time_text
from settleconf.core.periods import Direction, Unit


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    text: str
    kind: RuleKind
    anchor: Anchor | None = None
    amount: int | None = None
    unit: Unit | None = None
    direction: Direction | None = None
    event_noun: str | None = None  # "demand" in "of receipt of the demand"
    event_verb: str = "received"
    thereafter: bool = False  # counted from the step before it
    fixed_date: date | None = None
    stated_date: date | None = None
    time_of_day: time | None = None
    vague: bool = False  # no period at all ("prior to the settlement conference")
    moved: bool = False  # "the deadline is continued to ...": a date with no one named
    assumed_anchor: bool = False  # "within a week": the order names nothing to count from
    reasons: tuple[str, ...] = ()
    weekday: int | None = None  # NAMED_WEEKDAY: 0 = Monday
    prior_week: bool = False  # NAMED_WEEKDAY: "the Monday of the week before"
    nth: int = 1  # NAMED_WEEKDAY: "the second Friday before" is 2
    # a step on the session's day by a clock time ("join_session", "arrive", ...): its name
    session_step: str | None = None


def margin_reason(text: str, keep: list[tuple[int, int]], offset: int) -> tuple[str, ...]:
    """A review reason when digits outside the read number/date sit inside the phrase."""
    chars = list(text)
    for a, b in keep:
        for i in range(max(a - offset, 0), min(b - offset, len(chars))):
            chars[i] = " "
    if re.search(r"(?<!\S)\d{1,2}(?!\S)", "".join(chars)):
        return (
            f"Page-margin line numbers run through '{' '.join(text.split())}'; "
            "check the number and date.",
        )
    return ()


def read_time(text: str | None) -> tuple[time | None, tuple[str, ...]]:
    if not text:
        return None, ()
    reading = parse_time_text(text)
    if reading is None:
        return None, ()
    return reading.value, ((reading.assumed,) if reading.assumed else ())
