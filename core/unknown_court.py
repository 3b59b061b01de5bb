"""A forward period in an order whose court could not be identified.

Without a court the calendar is the federal one (core/court_calendar.py's FederalCalendar):
weekends, federal holidays, all-court closures. FRCP 6(a)(6)(C) (and FRBP 9006(a)(6)(C),
FRAP 26(a)(6)(C)) also counts, for a period measured forward, the legal holidays of the state
where the court sits. When such a period ends on a day that some state or D.C. keeps as a legal
holiday (New York's Lincoln's Birthday, D.C. Emancipation Day, Patriots' Day, Good Friday in
several states ...), the date may be a day early for the court the order comes from: it is
flagged for review with the states that keep the day, never shown as sure.

Only a period counted in calendar days is checked (the day it ends on), and only against the
hand-written state tables (core/state_holidays.py: New York, California, Connecticut, ...)
and D.C.'s, where the national courts sit (the Court of Federal Claims, the D.C. and Federal
Circuits, D.D.C.). The `holidays` package's other tables hold some 40 weekdays a year between
them (primary election days, Arbor Day ...): flagging on them would flag one forward date in
six, on data nobody has checked.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from settleconf.core.court_calendar import federal_statutory_holiday
from settleconf.core.courts import ALL_COURTS, state_name
from settleconf.core.state_holidays import is_hand_written, state_days

_SHOWN = 4  # states named in the note; the rest counted


@cache
def _state_days(year: int) -> dict[date, tuple[tuple[str, str], ...]]:
    """Weekday state holidays that are not federal ones: day -> ((state, holiday name), ...)."""
    found: dict[date, list[tuple[str, str]]] = {}
    for state in sorted({c.state for c in ALL_COURTS if is_hand_written(c.state)} | {"DC"}):
        for sd in state_days(state, year):
            if sd.day.weekday() < 5 and federal_statutory_holiday(sd.day) is None:
                name = sd.name.removesuffix(" (observed)")
                if (state, name) not in found.setdefault(sd.day, []):
                    found[sd.day].append((state, name))
    return {day: tuple(pairs) for day, pairs in found.items()}


def unknown_court_note(day: date) -> str | None:
    """Why a forward period ending on `day` needs review when the court is unknown, or None."""
    pairs = _state_days(day.year).get(day)
    if not pairs:
        return None
    shown = [f"{state_name(state)} ({name})" for state, name in pairs[:_SHOWN]]
    more = len(pairs) - _SHOWN
    where = ", ".join(shown) + (f" and {more} more" if more > 0 else "")
    return (
        f"The court could not be identified, so only federal holidays were counted; "
        f"{day:%a %b} {day.day}, {day.year} is a legal holiday in {where}. If the court sits "
        f"there, this period runs to the next day the court is open."
    )
