"""This process's reminder dispatcher, counted: monotonic totals for `/metrics`.

The outcomes are disjoint, so they add up to the reminders settled: `sent` went out on
time, `late` went out late (within the grace window), `missed` were listed in a catch-up
message, `expired` were dropped because their deadline passed (or their matter is gone),
`failed` hit a permanent platform error, `deduplicated` were found already posted by a
worker that died before recording it. `retried` counts attempts put off for a platform
error or a missing poster, `deferred` late posts held for quiet hours; both reminders
come back later and are counted again then.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass
class OutcomeCounts:
    """The outcomes, defined once: a pass's report and the process's totals both count them."""

    sent: int = 0
    late: int = 0
    missed: int = 0
    expired: int = 0
    failed: int = 0
    retried: int = 0
    deduplicated: int = 0
    deferred: int = 0


OUTCOMES = tuple(f.name for f in fields(OutcomeCounts))


@dataclass
class ReminderMetrics(OutcomeCounts):
    ticks: int = 0  # passes over the queue that completed
    tick_errors: int = 0  # passes that raised (database down, a bug): logged, loop goes on

    def count(self, outcome: str, n: int = 1) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown reminder outcome {outcome!r}")
        setattr(self, outcome, getattr(self, outcome) + n)

    def as_dict(self) -> dict[str, float]:
        """Every counter by name (the outcomes plus "ticks" and "tick_errors")."""
        return {k: float(v) for k, v in asdict(self).items()}
