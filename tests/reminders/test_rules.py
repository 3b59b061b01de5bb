"""The pure rules: quiet hours in court time (across DST), the retry backoff, the counters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from settleconf.bot.reminders.metrics import ReminderMetrics
from settleconf.bot.reminders.outcomes import backoff
from settleconf.core.quiet_hours import held_until

NY = "America/New_York"


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (utc(5, 8, 0, 59), None),  # Tue 8:59 p.m. EDT: still evening
        (utc(5, 8, 1, 0), utc(5, 8, 11)),  # 9:00 p.m. EDT -> Wed 7:00 a.m. EDT
        (utc(5, 8, 3, 30), utc(5, 8, 11)),  # 11:30 p.m.
        (utc(5, 8, 10, 59), utc(5, 8, 11)),  # Wed 6:59 a.m.: the same morning
        (utc(5, 8, 11, 0), None),  # 7:00 a.m.: open
    ],
)
def test_quiet_from_nine_at_night_to_seven(now: datetime, expected: datetime | None) -> None:
    assert held_until(now, utc(5, 20, 12), NY) == expected


def test_a_deadline_before_nine_the_next_morning_is_not_held() -> None:
    night = utc(5, 8, 2)  # Tue 10:00 p.m. EDT
    assert held_until(night, utc(5, 8, 12, 59), NY) is None  # Wed 8:59 a.m. EDT
    assert held_until(night, utc(5, 8, 13, 0), NY) == utc(5, 8, 11)  # 9:00 a.m.: can wait


def test_quiet_hours_follow_the_courts_clock_across_dst() -> None:
    # Sat Mar 9, 2024, 10:00 p.m. EST; clocks spring forward that night: 7:00 EDT = 11:00 UTC.
    assert held_until(utc(3, 10, 3), utc(3, 20, 12), NY) == utc(3, 10, 11)
    # Los Angeles, 9:30 p.m. PDT on May 7 is 4:30 UTC on May 8: held to 7:00 PDT.
    assert held_until(utc(5, 8, 4, 30), utc(5, 20, 12), "America/Los_Angeles") == utc(5, 8, 14)


def test_backoff_doubles_from_30_seconds_to_a_30_minute_cap() -> None:
    assert [backoff(n) for n in (1, 2, 3, 6, 7, 60)] == [
        timedelta(seconds=30),
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(minutes=16),
        timedelta(minutes=30),
        timedelta(minutes=30),
    ]


def test_metrics_count_named_outcomes_only() -> None:
    metrics = ReminderMetrics()
    metrics.count("sent")
    metrics.count("missed", 3)
    assert metrics.as_dict() == {
        "sent": 1.0,
        "late": 0.0,
        "missed": 3.0,
        "expired": 0.0,
        "failed": 0.0,
        "retried": 0.0,
        "deduplicated": 0.0,
        "deferred": 0.0,
        "ticks": 0.0,
        "tick_errors": 0.0,
    }
    with pytest.raises(ValueError, match="unknown reminder outcome 'posted'"):
        metrics.count("posted")
