"""The federal holidays of 5 U.S.C. § 6103(a), with the observed days of § 6103(b).

The `holidays` package's US public table holds exactly these days, and it is the oracle the
tests compare this table against, year by year. It is not read here at run time because
importing it costs ~0.2–0.4 s (it loads every country), a third of `settleconf ask`'s cold
start, and every deadline needs the federal days. Years before the rules below (MLK Day is a
holiday from 1986) are left to the package, imported only then.
"""

from __future__ import annotations

from datetime import date, timedelta

from settleconf.core.state_holidays import MON, SAT, SUN, THU, nth_weekday

FIRST_YEAR = 1986  # Pub. L. 98-144 made MLK Day a holiday from 1986
JUNETEENTH_FROM = 2021  # Pub. L. 117-17
_OBSERVED = " (observed)"


def _own_year(year: int) -> dict[date, str]:
    fixed = {
        (1, 1): "New Year's Day",
        (7, 4): "Independence Day",
        (11, 11): "Veterans Day",
        (12, 25): "Christmas Day",
    }
    if year >= JUNETEENTH_FROM:
        fixed[(6, 19)] = "Juneteenth National Independence Day"
    days: dict[date, str] = {}
    for (month, day), name in fixed.items():
        actual = date(year, month, day)
        days[actual] = name
        # A Saturday holiday is observed the Friday before, a Sunday one the Monday after.
        if actual.weekday() == SUN:
            days[actual + timedelta(days=1)] = name + _OBSERVED
        elif actual.weekday() == SAT and (month, day) != (1, 1):
            days[actual - timedelta(days=1)] = name + _OBSERVED
    # New Year's Day on a Saturday is observed on Dec 31 of the year before.
    if date(year + 1, 1, 1).weekday() == SAT:
        days[date(year, 12, 31)] = "New Year's Day" + _OBSERVED
    days[nth_weekday(year, 1, MON, 3)] = "Martin Luther King Jr. Day"
    days[nth_weekday(year, 2, MON, 3)] = "Washington's Birthday"
    days[nth_weekday(year, 5, MON, -1)] = "Memorial Day"
    days[nth_weekday(year, 9, MON, 1)] = "Labor Day"
    days[nth_weekday(year, 10, MON, 2)] = "Columbus Day"
    days[nth_weekday(year, 11, THU, 4)] = "Thanksgiving Day"
    return dict(sorted(days.items()))


def federal_holidays(year: int) -> dict[date, str]:
    """Each § 6103(a) holiday of `year` on its own date, and its observed day, by name."""
    if year >= FIRST_YEAR:
        return _own_year(year)
    from settleconf.core.state_holidays import us_public_holidays

    return us_public_holidays(year)
