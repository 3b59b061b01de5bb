"""core/federal_holidays.py against the `holidays` package, year by year and name by name.

The package stays the oracle here; the product no longer imports it to date a deadline."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from holidays.countries.united_states import UnitedStates

from settleconf.core.federal_holidays import FIRST_YEAR, federal_holidays


@pytest.mark.parametrize("year", range(FIRST_YEAR, 2101))
def test_the_same_days_and_names_as_the_package(year: int) -> None:
    package = dict(sorted(UnitedStates(years=year, categories=("public",)).items()))  # type: ignore[no-untyped-call]
    assert federal_holidays(year) == package


def test_observed_days_at_the_edges_of_the_year() -> None:
    # Jan 1, 2022 fell on a Saturday: observed Fri Dec 31, 2021, in 2021's table only.
    assert federal_holidays(2021)[date(2021, 12, 31)] == "New Year's Day (observed)"
    assert date(2021, 12, 31) not in federal_holidays(2022)
    assert federal_holidays(2022)[date(2022, 1, 1)] == "New Year's Day"
    assert federal_holidays(2023)[date(2023, 1, 2)] == "New Year's Day (observed)"
    assert federal_holidays(2027)[date(2027, 6, 18)] == (
        "Juneteenth National Independence Day (observed)"
    )
    assert date(2020, 6, 19) not in federal_holidays(2020)  # Juneteenth from 2021


def test_years_before_the_rules_come_from_the_package() -> None:
    assert federal_holidays(1985)[date(1985, 2, 18)] == "Washington's Birthday"
    assert date(1985, 1, 21) not in federal_holidays(1985)  # no MLK Day before 1986


def test_dating_a_deadline_does_not_import_the_package() -> None:
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from settleconf.core.court_calendar import calendar_for\n"
        "cal = calendar_for('nysd')\n"
        "assert cal.legal_holiday(date(2024, 5, 27), forward=False) is not None\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'holidays'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
