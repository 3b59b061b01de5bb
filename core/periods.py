"""The vocabulary of time periods an order can set: units and directions.

Kept apart from the counting engine so the order model and the parser can name
a period without importing the arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Unit(StrEnum):
    DAYS = "days"
    BUSINESS_DAYS = "business_days"
    COURT_DAYS = "court_days"
    HOURS = "hours"
    MINUTES = "minutes"
    # "one month before the conference": calendar months, a unit longer than days
    # (FRCP 6(a)(1): "stated in days or a longer unit of time"), counted in core.counting.
    MONTHS = "months"

    @property
    def singular(self) -> str:
        return {
            Unit.DAYS: "day",
            Unit.BUSINESS_DAYS: "business day",
            Unit.COURT_DAYS: "court day",
            Unit.HOURS: "hour",
            Unit.MINUTES: "minute",
            Unit.MONTHS: "month",
        }[self]

    def label(self, amount: int) -> str:
        word = self.singular
        return f"{amount} {word}" if amount == 1 else f"{amount} {word}s"

    @property
    def skips_closed_days(self) -> bool:
        """Business and court days are counted only on days the court is open."""
        return self in (Unit.BUSINESS_DAYS, Unit.COURT_DAYS)

    @property
    def is_clock(self) -> bool:
        """Hours and minutes run continuously (FRCP 6(a)(2))."""
        return self in (Unit.HOURS, Unit.MINUTES)


class Direction(StrEnum):
    BEFORE = "before"
    AFTER = "after"

    @property
    def forward(self) -> bool:
        return self is Direction.AFTER


@dataclass(frozen=True)
class Period:
    amount: int
    unit: Unit
    direction: Direction

    def describe(self) -> str:
        return f"{self.unit.label(self.amount)} {self.direction.value}"


class ClosedDayRoll(StrEnum):
    """Where a period's last day goes when the court is closed that day. FRCP 6(a)(1)(C) and
    6(a)(5) roll it on in the direction of counting; an order may set its own method (Rule
    6(a) applies only to an order "that does not specify a method of computing time"):
    "due on the preceding business day", "not extended to the next business day"."""

    FRCP = "frcp"
    EARLIER = "earlier"  # always to the open day before
    LATER = "later"  # always to the open day after
    NONE = "none"  # the day stays where it falls

