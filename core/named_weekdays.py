"""A deadline the order names as a weekday before the conference ("by noon on the Friday
before the conference", "the Monday of the week before the settlement conference").

Not a Rule 6(a) period: nothing is counted, so nothing rolls. The judge named a day; if
that day is a legal holiday the court is closed and the order likely did not mean it, so
the date stays as named and a review note says why (never silently moved).
"""

from __future__ import annotations

from datetime import date, time, timedelta

from settleconf.core.counting import CalendarLike, Computation, Reading, fmt_day, fmt_time
from settleconf.core.order import ORDINAL_WORDS, WEEKDAY_NAMES


def named_weekday_day(anchor: date, weekday: int, *, prior_week: bool, nth: int = 1) -> date:
    """The last `weekday` strictly before `anchor`; with `prior_week`, that weekday in the
    Monday-to-Sunday week before the anchor's week; with `nth`, that many such weekdays back
    ("the second Friday preceding the conference": the Friday a week before the last one)."""
    if prior_week:
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return monday + timedelta(days=weekday) - timedelta(weeks=nth - 1)
    back = (anchor.weekday() - weekday) % 7 or 7
    return anchor - timedelta(days=back) - timedelta(weeks=nth - 1)


def named_weekday_computation(
    anchor: date,
    weekday: int,
    calendar: CalendarLike,
    *,
    prior_week: bool,
    anchor_name: str,
    due_time: time | None,
    nth: int = 1,
) -> Computation:
    day = named_weekday_day(anchor, weekday, prior_week=prior_week, nth=nth)
    name = WEEKDAY_NAMES[weekday]
    if nth > 1:
        name = f"{ORDINAL_WORDS[nth]} {name}"
    if prior_week:
        how = f"The order names the {name} of the week before {anchor_name}"
    else:
        how = f"The order names the {name} before {anchor_name}"
    steps = [
        f"{how}: {fmt_day(day)}.",
        "It is a day the order names, not a period counted under FRCP 6(a), so it does not move.",
    ]
    note = None
    reason = calendar.closed_reason(day, forward=False)
    if reason is not None:
        steps.append(f"{fmt_day(day)} is {reason}; the court is closed that day.")
        note = (
            f"The {name} before {anchor_name} is {fmt_day(day)}, {reason}. The date is kept "
            "as the order names it; ask chambers whether the day before is meant."
        )
    at = f" at {fmt_time(due_time)}" if due_time else ""
    steps.append(f"Due {fmt_day(day)}{at}.".replace("..", "."))
    return Computation(Reading(day, due_time, tuple(steps), "named weekday"), note=note)
