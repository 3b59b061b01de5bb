"""State legal holidays for FRCP 6(a)(6)(C): "any other day declared a holiday by the state".

Hand-written, from each statute, for the states whose courts appear in the corpus. Only days
that are not federal ones matter (federal days are holidays anyway), but the tables list each
statutory day on its own dates and the calendar drops those that coincide with federal days.

Policy where a rule is doubtful: leave the day out and say so (here and in docs/holidays.md).
State holidays only ever lengthen forward periods (6(a)(6)(C)), so a day wrongly counted as a
holiday would tell a lawyer a deadline later than the real one; one wrongly left out only makes
the answer earlier than necessary. Operators add such days through the closures file.

Other states fall back to the `holidays` package's subdivision table (unverified).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MON, THU, FRI, SAT, SUN = 0, 3, 4, 5, 6


@dataclass(frozen=True)
class StateDay:
    day: date
    name: str
    source: str


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based) `weekday` of the month; n = -1 for the last."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _fixed(day: date, name: str, source: str, *, sunday: bool, saturday: bool) -> list[StateDay]:
    """The day itself, plus its observed weekday when the statute moves a weekend holiday."""
    days = [StateDay(day, name, source)]
    if sunday and day.weekday() == SUN:
        days.append(StateDay(day + timedelta(days=1), f"{name} (observed)", source))
    if saturday and day.weekday() == SAT:
        days.append(StateDay(day - timedelta(days=1), f"{name} (observed)", source))
    return days


def election_day(year: int) -> date:
    """The Tuesday after the first Monday in November."""
    return nth_weekday(year, 11, MON, 1) + timedelta(days=1)


def _new_york(year: int) -> list[StateDay]:
    # N.Y. Gen. Constr. Law § 24: a holiday on Sunday moves to "the next day thereafter";
    # there is no Saturday rule, so a Saturday holiday is not observed on Friday.
    # Flag Day is "the second Sunday in June" and never closes anything: omitted.
    # Susan B. Anthony Day (Feb 15) is a commemoration under N.Y. Exec. Law § 168-a, not a
    # § 24 holiday, although the `holidays` package lists it.
    src = "N.Y. Gen. Constr. Law § 24"
    days = _fixed(date(year, 2, 12), "Lincoln's Birthday", src, sunday=True, saturday=False)
    # "each general election day": New York holds a general election every November
    # (N.Y. Elec. Law § 8-100), not only in even years.
    days.append(StateDay(election_day(year), "Election Day", src))
    return days


def _connecticut(year: int) -> list[StateDay]:
    # Conn. Gen. Stat. § 1-4: Sunday -> Monday and Saturday -> Friday for days not fixed on
    # a Monday. Good Friday is a holiday as a "day ... of religious observance" appointed by
    # the Governor under the same section (proclaimed yearly; state offices and courts close).
    src = "Conn. Gen. Stat. § 1-4"
    days = _fixed(date(year, 2, 12), "Lincoln's Birthday", src, sunday=True, saturday=True)
    days.append(StateDay(easter(year) - timedelta(days=2), "Good Friday", src))
    return days


def _utah(year: int) -> list[StateDay]:
    # Utah Code § 63G-1-301: Pioneer Day moves Saturday -> Friday and Sunday -> Monday.
    src = "Utah Code § 63G-1-301"
    days = _fixed(date(year, 7, 24), "Pioneer Day", src, sunday=True, saturday=True)
    if year >= 2022:
        # Juneteenth National Freedom Day (Laws of Utah 2022, H.B. 238): a June 19 from
        # Tuesday to Friday is kept on the preceding Monday, a weekend one on the next Monday.
        june19 = date(year, 6, 19)
        shift = -june19.weekday() if june19.weekday() <= FRI else 7 - june19.weekday()
        days.append(
            StateDay(june19 + timedelta(days=shift), "Juneteenth National Freedom Day", src)
        )
    # Not counted (unsure): Good Friday, which a 2026 amendment adds subject to a condition we
    # could not verify; Easter Sunday (2025) is always a Sunday.
    return days


def _nevada(year: int) -> list[StateDay]:
    # Nev. Rev. Stat. § 236.015: Nevada Day and Family Day close state offices and courts.
    src = "Nev. Rev. Stat. § 236.015"
    if year >= 2000:  # 1999 Nev. Stat. (S.B. 31): last Friday in October
        days = [StateDay(nth_weekday(year, 10, FRI, -1), "Nevada Day", src)]
    else:  # October 31, moved off weekends by the pre-2000 text of § 236.015(3)
        days = _fixed(date(year, 10, 31), "Nevada Day", src, sunday=True, saturday=True)
    thanksgiving = nth_weekday(year, 11, THU, 4)
    days.append(StateDay(thanksgiving + timedelta(days=1), "Family Day", src))
    return days


def _california(year: int) -> list[StateDay]:
    # Cal. Gov. Code § 6700 lists the state holidays; § 6701 moves Feb 12 and Mar 31 from
    # Sunday to Monday. Counted: the full days that are also judicial holidays, on which
    # California's own courts close (Cal. Civ. Proc. Code § 135), which adds the day after
    # Thanksgiving. Left out: Admission Day (Sept 9), Lunar New Year and Genocide Remembrance
    # Day, which § 135 excepts; Good Friday noon-3 p.m. (not a full day).
    gov, ccp = "Cal. Gov. Code §§ 6700-6701", "Cal. Civ. Proc. Code § 135"
    days = _fixed(date(year, 2, 12), "Lincoln Day", gov, sunday=True, saturday=False)
    if year >= 2001:  # added to § 6700 in 2000, first kept March 31, 2001
        days += _fixed(date(year, 3, 31), "Cesar Chavez Day", gov, sunday=True, saturday=False)
    if year >= 2022:  # a judicial holiday since Stats. 2021, ch. 283 (A.B. 855)
        days.append(StateDay(nth_weekday(year, 9, FRI, 4), "Native American Day", f"{gov}; {ccp}"))
    thanksgiving = nth_weekday(year, 11, THU, 4)
    days.append(StateDay(thanksgiving + timedelta(days=1), "Day after Thanksgiving", ccp))
    return days


def _michigan(year: int) -> list[StateDay]:
    # Mich. Comp. Laws § 435.101 treats Lincoln's Birthday "as the first day of the week" for
    # "the holding of courts". No Sunday -> Monday rule verified, so none applied. Days the
    # Michigan court rules or civil service add (Christmas Eve, New Year's Eve, the day after
    # Thanksgiving, even-year Election Day) are not statutory: left to the closures file.
    return [StateDay(date(year, 2, 12), "Lincoln's Birthday", "Mich. Comp. Laws § 435.101")]


def _kansas(year: int) -> list[StateDay]:
    # K.S.A. 35-107: every Kansas legal public holiday falls on a federal holiday's date.
    # Days the Governor closes state offices (K.A.R. 1-9-2(b)) vary by year: closures file.
    return []


def _new_mexico(year: int) -> list[StateDay]:
    # N.M. Stat. Ann. §§ 12-5-2, 12-5-3: every legal holiday falls on a federal holiday's date.
    # State offices also close the Friday after Thanksgiving (Presidents' Day moved there by
    # personnel rule, not statute): not counted, see docs/holidays.md.
    return []


def _colorado(year: int) -> list[StateDay]:
    # Colo. Rev. Stat. § 24-11-101(1): every legal holiday is a federal date except Frances
    # Xavier Cabrini Day, the first Monday in October, which replaced Columbus Day from 2020
    # (H.B. 20-1031). Left out: Cesar Chavez Day (Mar 31), which the `holidays` package
    # counted but § 24-11-101 does not list -- state employees may take it only in lieu of a
    # legal holiday, and offices stay open.
    if year < 2020:
        return []
    src = "Colo. Rev. Stat. § 24-11-101(1)"
    return [StateDay(nth_weekday(year, 10, MON, 1), "Frances Xavier Cabrini Day", src)]


def _texas(year: int) -> list[StateDay]:
    # Tex. Gov't Code § 662.003(b): the "state holidays", each on its own date; the statute
    # moves none of them off a weekend, so none is moved here (a moved day would only lengthen
    # a forward period on a guess). Left out on purpose: the "optional holidays" of
    # § 662.003(c) (Rosh Hashanah, Yom Kippur, Good Friday) and Cesar Chavez Day (§ 662.013):
    # an employee may take one only by giving up a state holiday (§ 662.006), so state offices
    # stay open and the state declares no holiday. The `holidays` package counts them, and
    # also a Christmas Eve "observed" on December 23 that no statute sets.
    if year < 1994:  # chapter 662: Acts 1993, 73rd Leg., ch. 268, eff. Sept. 1, 1993
        return _fallback("TX", year)
    src = "Tex. Gov't Code § 662.003(b)"
    thanksgiving = nth_weekday(year, 11, THU, 4)
    return [
        StateDay(date(year, 1, 19), "Confederate Heroes Day", src),
        StateDay(date(year, 3, 2), "Texas Independence Day", src),
        StateDay(date(year, 4, 21), "San Jacinto Day", src),
        StateDay(date(year, 6, 19), "Emancipation Day in Texas", src),
        StateDay(date(year, 8, 27), "Lyndon Baines Johnson Day", src),
        StateDay(thanksgiving + timedelta(days=1), "Friday after Thanksgiving Day", src),
        StateDay(date(year, 12, 24), "December 24", src),
        StateDay(date(year, 12, 26), "December 26", src),
    ]


def _massachusetts(year: int) -> list[StateDay]:
    # M.G.L. c. 4, § 7, cl. 18th: the only statewide legal holiday that is not a federal day is
    # Patriots' Day, the third Monday in April (since 1969; April 19 before). Left out as
    # doubtful: Evacuation Day (Mar 17) and Bunker Hill Day (Jun 17), kept in Suffolk County
    # only, where the Boston courthouse sits -- a day left out makes a date earlier, never late.
    src = "M.G.L. c. 4, § 7, cl. 18th"
    if year >= 1969:
        return [StateDay(nth_weekday(year, 4, MON, 3), "Patriots' Day", src)]
    return _fixed(date(year, 4, 19), "Patriots' Day", src, sunday=True, saturday=False)


HAND_WRITTEN: dict[str, Callable[[int], list[StateDay]]] = {
    "MA": _massachusetts,
    "NY": _new_york,
    "CT": _connecticut,
    "UT": _utah,
    "KS": _kansas,
    "NM": _new_mexico,
    "NV": _nevada,
    "CA": _california,
    "MI": _michigan,
    "TX": _texas,
    "CO": _colorado,
}

# The package lists Susan B. Anthony Day (Feb 15) for several states; where we checked (New
# York, Exec. Law § 168-a) it is a commemoration, so it is never taken from the fallback.
_NOT_HOLIDAYS = ("Susan B. Anthony Day",)


def us_public_holidays(year: int, subdiv: str | None = None) -> dict[date, str]:
    """The `holidays` package's US (or US-`subdiv`) public holidays with observed days."""
    # Imported here, not at the top: the package loads every country (~0.3 s), and only
    # states without a hand-written table (and years before 1986) need it.
    from holidays.countries.united_states import UnitedStates

    # The package's constructor is untyped (its __init__ takes **kwargs); the result is typed.
    table = UnitedStates(subdiv=subdiv, years=year, categories=("public",))  # type: ignore[no-untyped-call]
    return dict(table.items())


# Days the package's subdivision table lacks, each named with the statute it is read from and
# still unverified like the table (counted, with the earlier reading shown beside it):
# Pennsylvania's Flag Day, June 14 (44 P.S. § 11), the only state to keep it by law.
_MISSING_FROM_PACKAGE: dict[str, tuple[tuple[int, int, str, str], ...]] = {
    "PA": ((6, 14, "Flag Day", "44 P.S. § 11"),),
}


def _fallback(state: str, year: int) -> list[StateDay]:
    from holidays.countries.united_states import UnitedStates
    from holidays.version import __version__ as holidays_version

    if state not in UnitedStates.subdivisions:
        return []
    table = us_public_holidays(year, state)
    source = f"python-holidays {holidays_version}, US-{state} public holidays (unverified)"
    days = [
        StateDay(day, name, source)
        for day, name in sorted(table.items())
        if not any(bad in name for bad in _NOT_HOLIDAYS)
    ]
    listed = {d.day for d in days}
    for month, day_of_month, name, statute in _MISSING_FROM_PACKAGE.get(state, ()):
        day = date(year, month, day_of_month)
        if day not in listed:
            days.append(StateDay(day, name, f"{statute} (unverified)"))
    return sorted(days, key=lambda d: d.day)


def state_days(state: str, year: int) -> list[StateDay]:
    """Every legal holiday of `state` in `year` (federal dates included where listed)."""
    rule = HAND_WRITTEN.get(state)
    return rule(year) if rule is not None else _fallback(state, year)


def is_hand_written(state: str) -> bool:
    return state in HAND_WRITTEN
