"""FRCP 6(a) counting, pinned date by date in S.D.N.Y. (New York holidays apply forward only)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from settleconf.core.counting import Computation, count_period, fixed_date_reading, fmt_day
from settleconf.core.court_calendar import calendar_for
from settleconf.core.periods import Direction, Period, Unit

SDNY = calendar_for("nysd")
NY = "America/New_York"


def count(anchor: date | datetime, amount: int, unit: Unit, direction: Direction) -> Computation:
    return count_period(anchor, Period(amount, unit, direction), SDNY, timezone=NY)


AFTER, BEFORE = Direction.AFTER, Direction.BEFORE
DAYS, BDAYS = Unit.DAYS, Unit.BUSINESS_DAYS


@pytest.mark.parametrize(
    ("anchor", "amount", "unit", "direction", "due"),
    [
        # Lincoln's Birthday (NY) is a legal holiday for a forward period: Wed Feb 12 -> Thu.
        (date(2025, 2, 5), 7, DAYS, AFTER, date(2025, 2, 13)),
        # ...but not counting back (6(a)(6)(C)): stays on Wed Feb 12.
        (date(2025, 2, 26), 14, DAYS, BEFORE, date(2025, 2, 12)),
        # Thu Feb 15, 2024 is Susan B. Anthony Day: a commemoration, not a holiday.
        (date(2024, 2, 8), 7, DAYS, AFTER, date(2024, 2, 15)),
        # Juneteenth forward rolls later, backward rolls earlier.
        (date(2024, 6, 12), 7, DAYS, AFTER, date(2024, 6, 20)),
        (date(2024, 6, 26), 7, DAYS, BEFORE, date(2024, 6, 18)),
        # New York's general Election Day, forward.
        (date(2024, 10, 29), 7, DAYS, AFTER, date(2024, 11, 6)),
        # Dec 24, 2024 (closed by the President) then Christmas: forward to Thu Dec 26.
        (date(2024, 12, 17), 7, DAYS, AFTER, date(2024, 12, 26)),
        # Backward from New Year's Eve: Dec 24 closed -> Mon Dec 23.
        (date(2024, 12, 31), 7, DAYS, BEFORE, date(2024, 12, 23)),
        # Sat May 18 rolls earlier to Fri May 17.
        (date(2024, 5, 28), 10, DAYS, BEFORE, date(2024, 5, 17)),
        # The example order: 14 days before Tue May 28 -> Tue May 14.
        (date(2024, 5, 28), 14, DAYS, BEFORE, date(2024, 5, 14)),
        # The example order's letter: Memorial Day skipped -> Mon May 20, not May 21.
        (date(2024, 5, 28), 5, BDAYS, BEFORE, date(2024, 5, 20)),
        (date(2022, 1, 13), 5, BDAYS, BEFORE, date(2022, 1, 6)),
        # 7 days after the demand on the last day allowed.
        (date(2024, 5, 14), 7, DAYS, AFTER, date(2024, 5, 21)),
        (date(2024, 5, 10), 7, DAYS, AFTER, date(2024, 5, 17)),
        # Zero days: the day itself (rolled if closed).
        (date(2024, 5, 28), 0, DAYS, BEFORE, date(2024, 5, 28)),
    ],
)
def test_day_counts(
    anchor: date, amount: int, unit: Unit, direction: Direction, due: date
) -> None:
    assert count(anchor, amount, unit, direction).reading.due_date == due


def test_letter_trace_explains_memorial_day() -> None:
    comp = count(date(2024, 5, 28), 5, BDAYS, BEFORE)
    assert comp.alternatives == ()
    assert comp.reading.trace == (
        "Start from Tue May 28, 2024 (the trigger); that day is not counted (FRCP 6(a)(1)(A)).",
        "Count back 5 business days, skipping weekends and legal holidays (federal holidays; "
        "state holidays are not legal holidays when counting back, FRCP 6(a)(6)(C)).",
        "Skip Mon May 27, 2024 (Memorial Day).",
        "Skip 2 weekend days.",
        "Due Mon May 20, 2024.",
    )


def test_business_days_over_state_holiday_give_two_readings() -> None:
    comp = count(date(2024, 11, 7), 5, BDAYS, BEFORE)
    assert comp.reading.due_date == date(2024, 10, 31)
    assert [a.due_date for a in comp.alternatives] == [date(2024, 10, 30)]
    assert comp.act_on.due_date == date(2024, 10, 30)
    assert comp.note is not None and "Act on the earlier date" in comp.note
    assert "Skip Tue Nov 5, 2024 (Election Day (New York holiday))." in (
        comp.alternatives[0].trace
    )


def test_forward_business_days_over_state_holiday() -> None:
    # Forward, the rule's reading skips Lincoln's Birthday; counting it as a business
    # day gives the earlier date, which is the one to act on.
    comp = count(date(2025, 2, 10), 3, BDAYS, AFTER)
    assert comp.reading.due_date == date(2025, 2, 14)
    assert [a.due_date for a in comp.alternatives] == [date(2025, 2, 13)]
    assert comp.act_on.due_date == date(2025, 2, 13)


def test_backward_state_holiday_is_explained() -> None:
    comp = count(date(2025, 2, 26), 14, DAYS, BEFORE)
    assert any("FRCP 6(a)(6)(C)" in step and "Feb 12, 2025" in step for step in comp.reading.trace)


def test_hours_roll_earlier_off_the_weekend() -> None:
    comp = count(datetime(2024, 5, 28, 14, 30), 48, Unit.HOURS, BEFORE)
    assert (comp.reading.due_date, comp.reading.due_time) == (date(2024, 5, 24), time(14, 30))
    assert comp.reading.trace[-1] == "Due Fri May 24, 2024 at 2:30 p.m."


def test_hours_forward_over_holiday_continue_to_next_open_day() -> None:
    comp = count(datetime(2024, 5, 24, 10, 0), 72, Unit.HOURS, AFTER)
    assert (comp.reading.due_date, comp.reading.due_time) == (date(2024, 5, 28), time(10, 0))


def test_hours_count_real_elapsed_time_across_dst() -> None:
    # Clocks went forward on Sun Mar 10, 2024: 72 real hours before Tue 09:00 EDT is
    # Sat 08:00 EST (not 09:00), a Saturday, so the same time on Fri Mar 8.
    comp = count(datetime(2024, 3, 12, 9, 0), 72, Unit.HOURS, BEFORE)
    assert (comp.reading.due_date, comp.reading.due_time) == (date(2024, 3, 8), time(8, 0))


def test_minutes_before_the_conference() -> None:
    comp = count(datetime(2020, 1, 14, 14, 30), 5, Unit.MINUTES, BEFORE)
    assert (comp.reading.due_date, comp.reading.due_time) == (date(2020, 1, 14), time(14, 25))


def test_hours_need_a_time() -> None:
    with pytest.raises(ValueError, match="needs a time of day"):
        count(date(2024, 5, 28), 48, Unit.HOURS, BEFORE)


def test_fixed_date_on_saturday_stays() -> None:
    reading = fixed_date_reading(date(2008, 3, 1), SDNY, time(17, 0))
    assert reading.due_date == date(2008, 3, 1)
    assert reading.trace[-1] == "Due Sat Mar 1, 2008 at 5:00 p.m."
    assert "never moved" in reading.trace[1]


def test_fmt_day() -> None:
    assert fmt_day(date(2024, 5, 20)) == "Mon May 20, 2024"
