"""Court calendars, pinned date by date: federal days, closures, and state days forward only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from settleconf.core.court_calendar import (
    CLOSURES_ENV,
    CourtCalendar,
    FederalCalendar,
    Holiday,
    calendar_for,
    clear_cache,
    default_closures,
    federal_calendar,
    load_closures,
)
from settleconf.core.courts import ALL_COURTS, get_court
from settleconf.core.state_holidays import MON, THU, easter, nth_weekday

D = date.fromisoformat


@pytest.fixture(autouse=True)
def _fresh_calendars() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def sdny() -> CourtCalendar:
    return calendar_for("nysd")


# --- Federal holidays (FRCP 6(a)(6)(A)) ----------------------------------------------------


@pytest.mark.parametrize(
    ("day", "name"),
    [
        ("2024-05-27", "Memorial Day"),
        ("2024-06-19", "Juneteenth National Independence Day"),
        ("2022-06-20", "Juneteenth National Independence Day (observed)"),  # Sun -> Mon
        ("2021-06-18", "Juneteenth National Independence Day (observed)"),  # Sat -> Fri
        ("2026-07-03", "Independence Day (observed)"),  # Sat -> Fri
        ("2021-12-31", "New Year's Day (observed)"),  # Jan 1, 2022 was a Saturday
        ("2022-12-26", "Christmas Day (observed)"),  # Sun -> Mon
        ("2023-11-10", "Veterans Day (observed)"),  # Sat -> Fri
        ("2024-01-15", "Martin Luther King Jr. Day"),
        ("2024-02-19", "Washington's Birthday"),
        ("2024-09-02", "Labor Day"),
        ("2024-10-14", "Columbus Day"),
        ("2024-11-28", "Thanksgiving Day"),
    ],
)
def test_federal_holidays(sdny: CourtCalendar, day: str, name: str) -> None:
    holiday = sdny.federal_holiday(D(day))
    assert holiday is not None and (holiday.name, holiday.kind) == (name, "federal")
    assert holiday.source.startswith("5 U.S.C. § 6103")
    for forward in (True, False):
        assert sdny.legal_holiday(D(day), forward=forward) == holiday
        assert sdny.closed_reason(D(day), forward=forward) == name


@pytest.mark.parametrize(
    "day",
    [
        "2020-06-19",  # Juneteenth became a federal holiday in 2021
        "2021-01-20",  # Inauguration Day: a holiday only in the D.C. area (5 U.S.C. § 6103(c))
        "2024-12-31",
        "2024-05-28",
        "2015-12-24",  # a half-day closure (EO 13713) declares no holiday
    ],
)
def test_not_federal_holidays(sdny: CourtCalendar, day: str) -> None:
    assert sdny.federal_holiday(D(day)) is None
    assert sdny.legal_holiday(D(day), forward=False) is None


def test_federal_days_of_2024_in_sdny(sdny: CourtCalendar) -> None:
    days = [D("2024-01-01") + timedelta(n) for n in range(366)]
    found = {f"{d:%m-%d} {h.kind}" for d in days if (h := sdny.federal_holiday(d))}
    federal = {"01-01", "01-15", "02-19", "05-27", "06-19", "07-04"}
    federal |= {"09-02", "10-14", "11-11", "11-28", "12-25"}
    assert found == {f"{d} federal" for d in federal} | {"12-24 closure"}


def _by_rule(year: int) -> set[date]:
    """5 U.S.C. § 6103(a)-(b) written out independently of the `holidays` package."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2021:
        fixed.append(date(year, 6, 19))
    days = {
        nth_weekday(year, 1, MON, 3),
        nth_weekday(year, 2, MON, 3),
        nth_weekday(year, 5, MON, -1),
        nth_weekday(year, 9, MON, 1),
        nth_weekday(year, 10, MON, 2),
        nth_weekday(year, 11, THU, 4),
        *fixed,
    }
    days |= {d - timedelta(1) for d in fixed if d.weekday() == 5}
    days |= {d + timedelta(1) for d in fixed if d.weekday() == 6}
    if date(year + 1, 1, 1).weekday() == 5:  # next New Year's Day observed this Dec 31
        days.add(date(year, 12, 31))
    # Observed on Friday Dec 31 of the year before, not in the year itself (§ 6103(b)).
    return {d for d in days if d.year == year}


@pytest.mark.parametrize("year", range(2000, 2036))
def test_federal_days_match_the_statute(year: int) -> None:
    cal = FederalCalendar(closures=())
    days = [date(year, 1, 1) + timedelta(n) for n in range(366 if year % 4 == 0 else 365)]
    assert {d for d in days if cal.federal_holiday(d)} == _by_rule(year)


# --- Closures (FRCP 6(a)(6)(B)) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "order"),
    [
        ("2024-12-24", "Executive Order 14129"),
        ("2025-01-09", "Executive Order 14133"),  # day of mourning, President Carter
        ("2018-12-24", "Executive Order 13854"),
        ("2018-12-05", "Executive Order 13852"),  # day of mourning, President G.H.W. Bush
        ("2019-12-24", "Executive Order 13900"),
        ("2020-12-24", "Executive Order 13965"),
        ("2014-12-26", "Executive Order 13682"),
        ("2025-12-24", "Executive Order 14371"),
        ("2025-12-26", "Executive Order 14371"),
    ],
)
def test_presidential_closures(sdny: CourtCalendar, day: str, order: str) -> None:
    holiday = sdny.federal_holiday(D(day))
    assert holiday is not None and (holiday.kind, holiday.source) == ("closure", order)
    assert sdny.legal_holiday(D(day), forward=False) == holiday
    assert federal_calendar().federal_holiday(D(day)) == holiday


def test_packaged_closures_are_weekdays_without_duplicates() -> None:
    closures = default_closures()
    assert len({c.day for c in closures}) == len(closures) >= 16
    assert all(c.day.weekday() < 5 and c.courts is None for c in closures)
    assert all(c.source.startswith("Executive Order ") for c in closures)


# --- New York holidays (FRCP 6(a)(6)(C): forward periods only) -----------------------------


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        ("2025-02-12", "Lincoln's Birthday (New York holiday)"),
        ("2024-02-12", "Lincoln's Birthday (New York holiday)"),
        ("2021-02-12", "Lincoln's Birthday (New York holiday)"),
        ("2023-02-13", "Lincoln's Birthday (observed, New York holiday)"),  # Sun Feb 12 -> Mon
        ("2024-11-05", "Election Day (New York holiday)"),
        ("2025-11-04", "Election Day (New York holiday)"),  # every year, not only even ones
        ("2023-11-07", "Election Day (New York holiday)"),
    ],
)
def test_new_york_holidays_forward_only(sdny: CourtCalendar, day: str, reason: str) -> None:
    holiday = sdny.state_holiday(D(day))
    assert holiday is not None and holiday.kind == "state"
    assert holiday.source == "N.Y. Gen. Constr. Law § 24"
    assert sdny.federal_holiday(D(day)) is None
    assert sdny.legal_holiday(D(day), forward=True) == holiday
    assert sdny.legal_holiday(D(day), forward=False) is None
    assert sdny.closed_reason(D(day), forward=True) == reason
    assert sdny.closed_reason(D(day), forward=False) is None


@pytest.mark.parametrize(
    "day",
    [
        "2024-02-15",  # Susan B. Anthony Day: a commemoration (N.Y. Exec. Law § 168-a)
        "2023-02-15",
        "2022-02-11",  # Friday before Saturday Feb 12, 2022: New York has no Saturday rule
        "2022-02-14",  # nor does a Saturday holiday move to Monday
        "2024-06-09",  # Flag Day (second Sunday in June) closes nothing: Sunday anyway
        "2024-02-13",
    ],
)
def test_not_new_york_holidays(sdny: CourtCalendar, day: str) -> None:
    assert sdny.state_holiday(D(day)) is None
    assert sdny.legal_holiday(D(day), forward=True) is None
    assert sdny.closed_reason(D(day), forward=True) in (None, "Sunday")


def test_closed_reason_strings(sdny: CourtCalendar) -> None:
    assert sdny.closed_reason(D("2024-05-25"), forward=True) == "Saturday"
    assert sdny.closed_reason(D("2024-05-26"), forward=False) == "Sunday"
    # A state holiday on a weekend is reported as the weekend.
    assert sdny.state_holiday(D("2022-02-12")) is not None
    assert sdny.closed_reason(D("2022-02-12"), forward=True) == "Saturday"
    assert sdny.closed_reason(D("2024-12-24"), forward=False) == (
        "Christmas Eve (federal offices closed)"
    )
    assert sdny.closed_reason(D("2024-05-28"), forward=True) is None
    assert sdny.is_weekend(D("2024-05-25")) and not sdny.is_weekend(D("2024-05-24"))


# --- The other corpus states ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("court", "day", "reason"),
    [
        ("ctd", "2024-02-12", "Lincoln's Birthday (Connecticut holiday)"),
        ("ctd", "2022-02-11", "Lincoln's Birthday (observed, Connecticut holiday)"),  # Sat -> Fri
        ("ctd", "2023-02-13", "Lincoln's Birthday (observed, Connecticut holiday)"),  # Sun -> Mon
        ("ctd", "2024-03-29", "Good Friday (Connecticut holiday)"),
        ("ctd", "2025-04-18", "Good Friday (Connecticut holiday)"),
        ("utd", "2024-07-24", "Pioneer Day (Utah holiday)"),
        ("utd", "2021-07-23", "Pioneer Day (observed, Utah holiday)"),  # Sat -> Fri
        ("utd", "2022-07-25", "Pioneer Day (observed, Utah holiday)"),  # Sun -> Mon
        ("utd", "2024-06-17", "Juneteenth National Freedom Day (Utah holiday)"),  # Mon before
        ("utd", "2027-06-21", "Juneteenth National Freedom Day (Utah holiday)"),  # Sat -> Mon
        ("nvd", "2024-10-25", "Nevada Day (Nevada holiday)"),  # last Friday in October
        ("nvd", "2024-11-29", "Family Day (Nevada holiday)"),
        ("nvd", "1999-11-01", "Nevada Day (observed, Nevada holiday)"),  # Oct 31 before 2000
        ("cand", "2024-02-12", "Lincoln Day (California holiday)"),
        ("caed", "2025-03-31", "Cesar Chavez Day (California holiday)"),
        ("casd", "2024-04-01", "Cesar Chavez Day (observed, California holiday)"),
        ("cacd", "2024-09-27", "Native American Day (California holiday)"),
        ("cand", "2024-11-29", "Day after Thanksgiving (California holiday)"),
        ("mied", "2024-02-12", "Lincoln's Birthday (Michigan holiday)"),
        ("miwd", "2025-02-12", "Lincoln's Birthday (Michigan holiday)"),
        # Tex. Gov't Code § 662.003(b), each on its own date (no weekend rule in the statute).
        ("txsd", "2027-01-19", "Confederate Heroes Day (Texas holiday)"),
        ("txwd", "2027-03-02", "Texas Independence Day (Texas holiday)"),
        ("txnd", "2027-04-21", "San Jacinto Day (Texas holiday)"),
        ("txed", "2027-08-27", "Lyndon Baines Johnson Day (Texas holiday)"),
        ("txwd", "2027-11-26", "Friday after Thanksgiving Day (Texas holiday)"),
        ("txsd", "2015-12-24", "December 24 (Texas holiday)"),  # a half-day EO only
        ("txnd", "2024-12-26", "December 26 (Texas holiday)"),
        ("txsd", "2028-12-26", "December 26 (Texas holiday)"),
        # Colo. Rev. Stat. § 24-11-101(1): Cabrini Day, first Monday in October, from 2020.
        ("cod", "2027-10-04", "Frances Xavier Cabrini Day (Colorado holiday)"),
        ("cod", "2028-10-02", "Frances Xavier Cabrini Day (Colorado holiday)"),
    ],
)
def test_state_holidays(court: str, day: str, reason: str) -> None:
    cal = calendar_for(court)
    assert cal.state_holidays_verified
    assert cal.closed_reason(D(day), forward=True) == reason
    assert cal.closed_reason(D(day), forward=False) is None


@pytest.mark.parametrize(
    ("court", "day"),
    [
        ("utd", "2023-06-19"),  # Utah's Juneteenth Monday is the federal day itself
        ("utd", "2024-06-19"),  # federal, not state
        ("cand", "2023-09-08"),  # Admission Day (Sat Sept 9): not a judicial holiday
        ("cand", "2024-09-09"),
        ("cand", "2021-09-24"),  # Native American Day before CCP § 135 made it one (2022)
        ("cand", "2024-02-15"),  # Susan B. Anthony Day, listed by the holidays package
        ("cand", "2024-03-29"),  # Good Friday: only noon to 3 p.m. in California
        ("ctd", "2024-02-15"),
        ("ksd", "2024-02-12"),  # Kansas: every legal holiday is a federal one
        ("ksd", "2024-11-29"),
        ("nmd", "2024-11-29"),  # New Mexico: day after Thanksgiving is not statutory
        ("mied", "2023-02-13"),  # Michigan: no Sunday -> Monday rule verified
        ("nvd", "2024-10-31"),
        # Texas: the optional holidays of Tex. Gov't Code § 662.003(c) and Cesar Chavez Day
        # (§ 662.013) are days an employee may trade a state holiday for (§ 662.006); the state
        # offices stay open, so they are not days "declared a holiday by the state".
        ("txwd", "2027-03-31"),  # Cesar Chavez Day (Wednesday)
        ("txsd", "2028-03-31"),  # Cesar Chavez Day (Friday)
        ("txwd", "2027-03-26"),  # Good Friday
        ("txnd", "2028-04-14"),  # Good Friday
        ("txed", "2027-12-23"),  # no statute moves Dec 24 (a federal observed day in 2027)
        ("txsd", "2026-12-28"),  # Dec 26, 2026 is a Saturday: not moved to Monday
        ("txsd", "2027-03-01"),  # Mar 2 is a Tuesday in 2027; nothing the day before
        # Colorado: Cesar Chavez Day is not in Colo. Rev. Stat. § 24-11-101(1) (an optional
        # day off in lieu of a legal holiday); Cabrini Day did not exist before 2020.
        ("cod", "2027-03-31"),
        ("cod", "2028-03-31"),
        ("cod", "2019-10-07"),
    ],
)
def test_not_state_holidays(court: str, day: str) -> None:
    assert calendar_for(court).state_holiday(D(day)) is None


def test_verified_states_and_fallback() -> None:
    verified = {c.state for c in ALL_COURTS if calendar_for(c).state_holidays_verified}
    assert verified == {"NY", "CT", "UT", "KS", "NM", "NV", "CA", "MI", "TX", "CO", "MA"}
    assert not federal_calendar().state_holidays_verified
    illinois = calendar_for("ilnd")
    assert not illinois.state_holidays_verified
    pulaski = illinois.state_holiday(D("2024-03-04"))
    assert pulaski is not None and pulaski.name == "Casimir Pulaski Day"
    assert "unverified" in pulaski.source
    # Fallback drops Susan B. Anthony Day and the federal days themselves.
    assert calendar_for("wied").state_holiday(D("2024-02-15")) is None
    assert calendar_for("wied").state_holiday(D("2024-07-04")) is None


def test_inauguration_day_is_a_dc_holiday_only() -> None:
    ddc = calendar_for("dcd")
    assert ddc.closed_reason(D("2021-01-20"), forward=True) == (
        "Inauguration Day (District of Columbia holiday)"
    )
    assert ddc.closed_reason(D("2021-01-20"), forward=False) is None
    assert calendar_for("ilnd").closed_reason(D("2021-01-20"), forward=True) is None


@pytest.mark.parametrize(
    ("year", "sunday"),
    [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
     (2038, "2038-04-25")],
)  # fmt: skip
def test_easter(year: int, sunday: str) -> None:
    assert easter(year) == D(sunday)


# --- Operator closures file ----------------------------------------------------------------


def test_closures_file_adds_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "closures.toml"
    extra.write_text(
        '[[closure]]\ndate = 2024-07-05\nname = "Courthouse closed (power outage)"\n'
        'source = "S.D.N.Y. notice of July 3, 2024"\ncourts = ["nysd"]\n\n'
        '[[closure]]\ndate = "2024-08-01"\nname = "Everywhere closed"\nsource = "Test"\n',
        encoding="utf-8",
    )
    before = calendar_for("nysd")
    assert before.federal_holiday(D("2024-07-05")) is None
    monkeypatch.setenv(CLOSURES_ENV, str(extra))
    sdny, edny = calendar_for("nysd"), calendar_for("nyed")
    assert sdny is not before
    assert sdny.federal_holiday(D("2024-07-05")) == Holiday(
        D("2024-07-05"),
        "Courthouse closed (power outage)",
        "closure",
        "S.D.N.Y. notice of July 3, 2024",
    )
    assert sdny.closed_reason(D("2024-07-05"), forward=False) == "Courthouse closed (power outage)"
    assert edny.federal_holiday(D("2024-07-05")) is None  # only the listed court
    assert edny.closed_reason(D("2024-08-01"), forward=False) == "Everywhere closed"
    assert federal_calendar().closed_reason(D("2024-08-01"), forward=True) == "Everywhere closed"
    assert sdny.federal_holiday(D("2024-12-24")) is not None  # the packaged table stays


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('[[closure]]\ndate = 2024-07-05\nsource = "x"\n', "entry #1 .*'name'"),
        ('[[closure]]\ndate = "July 5"\nname = "x"\nsource = "x"\n', "entry #1 .*'date'"),
        ('[[closure]]\ndate = 2024-07-05T10:00:00\nname = "x"\nsource = "x"\n', "'date'"),
        (
            '[[closure]]\ndate = 2024-07-05\nname = "a"\nsource = "b"\n\n'
            '[[closure]]\ndate = 2024-07-06\nname = "c"\nsource = "d"\ncourts = ["zzz"]\n',
            "entry #2 .*unknown court ids \\['zzz'\\]",
        ),
        ('[[closure]]\ndate = 2024-07-05\nname = "x"\nsource = "x"\ncourt = "nysd"\n', "court"),
        ("[[closure]\ndate = 2024-07-05\n", "cannot be read as TOML"),
        ('date = 2024-07-05\nname = "x"\n', "unexpected top-level keys"),
    ],
)
def test_bad_closures_file_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, problem: str
) -> None:
    bad = tmp_path / "bad-closures.toml"
    bad.write_text(content, encoding="utf-8")
    monkeypatch.setenv(CLOSURES_ENV, str(bad))
    with pytest.raises(ValueError, match=problem) as err:
        calendar_for("nysd")
    assert str(bad) in str(err.value)
    with pytest.raises(ValueError, match=problem):
        load_closures(bad)


def test_missing_closures_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CLOSURES_ENV, str(tmp_path / "nope.toml"))
    with pytest.raises(ValueError, match=r"nope\.toml"):
        calendar_for("nysd")


def test_calendar_for_is_cached_per_court() -> None:
    assert calendar_for("nysd") is calendar_for(get_court("S.D.N.Y."))
    assert calendar_for("nysd").court == get_court("nysd")
    assert calendar_for("nysd") is not calendar_for("nyed")


def test_massachusetts_patriots_day_only() -> None:
    """M.G.L. c. 4, § 7, cl. 18th: Patriots' Day, the third Monday in April; Suffolk County's
    Evacuation Day and Bunker Hill Day are left out (doubtful; leaving them out is earlier)."""
    mad = calendar_for("mad")
    for day in ("2026-04-20", "2027-04-19", "2028-04-17"):
        holiday = mad.state_holiday(D(day))
        assert holiday is not None and holiday.name == "Patriots' Day", day
    for day in ("2027-03-17", "2027-06-17", "2027-04-20"):
        assert mad.state_holiday(D(day)) is None, day
