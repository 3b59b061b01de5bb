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
