"""Which days a district court counts as closed under FRCP 6(a): weekends and legal holidays.

FRCP 6(a)(6) "legal holiday":
  (A) the days set aside by statute for the federal holidays (5 U.S.C. § 6103), including the
      observed days (Saturday -> Friday, Sunday -> Monday: § 6103(b), Exec. Order No. 11582);
  (B) any day declared a holiday by the President or Congress -- the executive-branch closures
      listed in core/data/closures.toml, plus court closures an operator adds;
  (C) for periods measured after an event, any other day declared a holiday by the state where
      the court sits (core/state_holidays.py).

Inauguration Day is left out: 5 U.S.C. § 6103(c) makes it a holiday only for federal employees
in the Washington, D.C. area, and it is not among 6(a)(6)(A)'s days. For D.D.C. it comes back
through the state table, as a D.C. holiday (D.C. Code § 28-2701).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from settleconf.core.courts import Court, court_by_id, get_court, state_name
from settleconf.core.federal_holidays import federal_holidays
from settleconf.core.national_courts import NO_STATE_DAYS
from settleconf.core.state_holidays import is_hand_written, state_days

CLOSURES_ENV = "SETTLECONF_CLOSURES_FILE"
_WEEKEND = {5: "Saturday", 6: "Sunday"}
_FEDERAL_SOURCE = "5 U.S.C. § 6103(a)"
_OBSERVED_SOURCE = "5 U.S.C. § 6103(b); Exec. Order No. 11582"


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str  # "Memorial Day", "Juneteenth National Independence Day (observed)"
    kind: Literal["federal", "closure", "state"]
    source: str  # "5 U.S.C. § 6103(a)", "Executive Order 14129", "N.Y. Gen. Constr. Law § 24"


@dataclass(frozen=True)
class Closure:
    """A whole day closed by the President, Congress or a court (FRCP 6(a)(6)(B))."""

    day: date
    name: str
    source: str
    courts: frozenset[str] | None = None  # court ids; None = every court


@cache
def _federal_year(year: int) -> dict[date, Holiday]:
    federal: dict[date, Holiday] = {}
    for day, name in federal_holidays(year).items():
        source = _OBSERVED_SOURCE if "(observed)" in name else _FEDERAL_SOURCE
        federal[day] = Holiday(day, name, "federal", source)
    return federal


def federal_statutory_holiday(day: date) -> Holiday | None:
    return _federal_year(day.year).get(day)


def load_closures(path: Path | str) -> tuple[Closure, ...]:
    """Read a closures TOML file; ValueError naming the file and the bad entry if invalid.

    Format: a `[[closure]]` table per day, with `date` (a TOML date), `name`, `source` and an
    optional `courts` list of court ids ("nysd"); without `courts` the day closes every court.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"closures file {path}: cannot be read as TOML: {exc}") from exc
    extra = set(data) - {"closure"}
    if extra:
        raise ValueError(
            f"closures file {path}: unexpected top-level keys {sorted(extra)}; "
            "each entry must be a [[closure]] table"
        )
    entries = data.get("closure", [])
    if not isinstance(entries, list):
        raise ValueError(f"closures file {path}: 'closure' must be an array of [[closure]] tables")
    return tuple(_closure(path, i, entry) for i, entry in enumerate(entries, start=1))


def _closure(path: Path, number: int, entry: Any) -> Closure:
    def bad(problem: str) -> ValueError:
        return ValueError(f"closures file {path}: entry #{number} ({entry!r}): {problem}")

    if not isinstance(entry, dict):
        raise bad("must be a [[closure]] table")
    # Unknown keys are errors: a misspelt `courts` would otherwise close every court.
    unknown = set(entry) - {"date", "name", "source", "courts"}
    if unknown:
        raise bad(f"unknown keys {sorted(unknown)} (allowed: date, name, source, courts)")
    day = entry.get("date")
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day.strip())
        except ValueError:
            raise bad("'date' must be a date such as 2024-12-24") from None
    if not isinstance(day, date) or isinstance(day, datetime):
        raise bad("'date' must be a date such as 2024-12-24 (a day, without a time)")
    for key in ("name", "source"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise bad(f"'{key}' must be a non-empty string")
    courts = entry.get("courts")
    if courts is None:
        return Closure(day, entry["name"].strip(), entry["source"].strip())
    if not isinstance(courts, list) or not courts or not all(isinstance(c, str) for c in courts):
        raise bad("'courts' must be a non-empty list of court ids such as [\"nysd\"]")
    unknown_ids = [c for c in courts if court_by_id(c) is None]
    if unknown_ids:
        raise bad(f'unknown court ids {unknown_ids} (use ids such as "nysd", "caed")')
    return Closure(day, entry["name"].strip(), entry["source"].strip(), frozenset(courts))


def default_closures() -> tuple[Closure, ...]:
    """The packaged table plus, when SETTLECONF_CLOSURES_FILE is set, the operator's file."""
    packaged = resources.files("settleconf.core").joinpath("data/closures.toml")
    with resources.as_file(packaged) as path:
        closures = load_closures(path)
    extra = os.environ.get(CLOSURES_ENV, "").strip()
    return closures + load_closures(extra) if extra else closures


class FederalCalendar:
    """Weekends, federal holidays and all-court closures: the calendar of an unknown court."""

    def __init__(self, *, closures: tuple[Closure, ...] | None = None) -> None:
        all_closures = default_closures() if closures is None else closures
        self._closures: dict[date, Holiday] = {}
        for c in all_closures:
            if self._applies(c) and c.day not in self._closures:
                self._closures[c.day] = Holiday(c.day, c.name, "closure", c.source)

    def _applies(self, closure: Closure) -> bool:
        return closure.courts is None

    def is_weekend(self, day: date) -> bool:
        return day.weekday() in _WEEKEND

    def federal_holiday(self, day: date) -> Holiday | None:
        """6(a)(6)(A)-(B): a statutory federal holiday or observed day, else a closure."""
        return federal_statutory_holiday(day) or self._closures.get(day)

    def state_holiday(self, day: date) -> Holiday | None:
        return None

    def legal_holiday(self, day: date, *, forward: bool) -> Holiday | None:
        """Federal days always; state days only for forward periods (FRCP 6(a)(6)(C))."""
        federal = self.federal_holiday(day)
        if federal is not None or not forward:
            return federal
        return self.state_holiday(day)

    def closed_reason(self, day: date, *, forward: bool) -> str | None:
        """'Saturday', 'Memorial Day', "Lincoln's Birthday (New York holiday)"; None if open."""
        if self.is_weekend(day):
            return _WEEKEND[day.weekday()]
        holiday = self.legal_holiday(day, forward=forward)
        if holiday is None:
            return None
        return self._describe_state(holiday) if holiday.kind == "state" else holiday.name

    def _describe_state(self, holiday: Holiday) -> str:
        return holiday.name

    @property
    def state_holidays_verified(self) -> bool:
        """No state table applies at all without a court: nothing to vouch for."""
        return False


class CourtCalendar(FederalCalendar):
    """One district court's calendar: federal days, its closures and its state's holidays."""

    def __init__(self, court: Court, *, closures: tuple[Closure, ...] | None = None) -> None:
        self.court = court
        self._state_years: dict[int, dict[date, Holiday]] = {}
        super().__init__(closures=closures)

    def _applies(self, closure: Closure) -> bool:
        return closure.courts is None or self.court.id in closure.courts

    def state_holiday(self, day: date) -> Holiday | None:
        """The court's state's legal holidays, except days that are federal holidays anyway."""
        if federal_statutory_holiday(day) is not None or self.court.id in NO_STATE_DAYS:
            return None
        year = self._state_years.get(day.year)
        if year is None:
            year = {}
            for sd in state_days(self.court.state, day.year):
                year.setdefault(sd.day, Holiday(sd.day, sd.name, "state", sd.source))
            self._state_years[day.year] = year
        return year.get(day)

    def _describe_state(self, holiday: Holiday) -> str:
        where = f"{state_name(self.court.state)} holiday"
        if holiday.name.endswith(" (observed)"):
            return f"{holiday.name.removesuffix(' (observed)')} (observed, {where})"
        return f"{holiday.name} ({where})"

    @property
    def state_holidays_verified(self) -> bool:
        """False where the state's table is the `holidays` package fallback."""
        return self.court.id in NO_STATE_DAYS or is_hand_written(self.court.state)

    def __repr__(self) -> str:
        return f"CourtCalendar({self.court.abbreviation})"


_CACHE: dict[tuple[str, str], FederalCalendar] = {}


def calendar_for(court: Court | str) -> CourtCalendar:
    """The court's calendar, cached per court id (and per SETTLECONF_CLOSURES_FILE value)."""
    resolved = get_court(court) if isinstance(court, str) else court
    key = (resolved.id, os.environ.get(CLOSURES_ENV, ""))
    cached = _CACHE.get(key)
    if not isinstance(cached, CourtCalendar):
        cached = _CACHE[key] = CourtCalendar(resolved)
    return cached


def federal_calendar() -> FederalCalendar:
    """For an order whose court is unknown: weekends, federal days, all-court closures."""
    key = ("", os.environ.get(CLOSURES_ENV, ""))
    if key not in _CACHE:
        _CACHE[key] = FederalCalendar()
    return _CACHE[key]


def clear_cache() -> None:
    """Forget built calendars, e.g. after the operator edits the closures file."""
    _CACHE.clear()
