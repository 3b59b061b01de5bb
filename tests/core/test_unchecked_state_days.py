"""A forward period rolled past a state holiday from an unchecked table is flagged, with the
earlier reading beside it; a checked table's holiday rolls it without doubt."""

from __future__ import annotations

from datetime import date

from settleconf.core.counting import count_period
from settleconf.core.court_calendar import calendar_for
from settleconf.core.courts import get_court
from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import Direction, Period, Unit

FOURTEEN_AFTER = Period(14, Unit.DAYS, Direction.AFTER)


def test_an_unchecked_state_day_gives_two_readings_and_the_earlier_to_act_on() -> None:
    # Jan 29 + 14 = Fri Feb 12, 2027: Lincoln's Birthday in the package's Illinois table
    # (unchecked), then a weekend and Presidents' Day (Feb 15) -> Tue Feb 16.
    comp = count_period(date(2027, 1, 29), FOURTEEN_AFTER, calendar_for(get_court("N.D. Ill.")))
    assert comp.reading.due_date == date(2027, 2, 16)
    assert [r.due_date for r in comp.alternatives] == [date(2027, 2, 12)]
    assert comp.act_on.due_date == date(2027, 2, 12)
    assert comp.note is not None and "not checked against the statute" in comp.note


def test_a_checked_state_day_rolls_the_period_without_doubt() -> None:
    # N.Y. Gen. Constr. Law § 24 lists Lincoln's Birthday: hand-written, so no second reading.
    comp = count_period(date(2027, 1, 29), FOURTEEN_AFTER, calendar_for(get_court("S.D.N.Y.")))
    assert (comp.reading.due_date, comp.alternatives, comp.note) == (date(2027, 2, 16), (), None)


def test_counting_back_never_sees_state_days() -> None:
    before = Period(14, Unit.DAYS, Direction.BEFORE)
    comp = count_period(date(2027, 2, 26), before, calendar_for(get_court("N.D. Ill.")))
    assert (comp.reading.due_date, comp.alternatives) == (date(2027, 2, 12), ())


def test_the_deadline_is_flagged_and_reminded_on_the_earlier_day() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\nORDER\n\n"
        "A settlement conference is set for Tuesday, March 23, 2027, at 10:00 a.m. Plaintiff "
        "shall serve a written demand within fourteen days of the date of this order.\n\n"
        "Dated: January 29, 2027\n"
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert (d.due_date, d.act_on_date, d.needs_review) == (
        date(2027, 2, 16), date(2027, 2, 12), True
    )
