"""The small readers: numbers as orders write them, dates and clock times in prose."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order_parser.dates_in_text import find_dates, find_times, parse_time_text
from settleconf.core.order_parser.naming import duty_id, repair_splits, title_for
from settleconf.core.order_parser.numbers import normalize_numbers, read_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five (5)", 5),
        ("ten(10)", 10),
        ("7", 7),
        ("twenty-one", 21),
        ("14 (fourteen)", 14),
        ("seven", 7),
        ("Thirty (30)", 30),
    ],
)
def test_numbers(text: str, value: int) -> None:
    reading = read_number(text)
    assert reading is not None and (reading.value, reading.conflict) == (value, None)


def test_number_written_two_ways() -> None:
    reading = read_number("five (7)")
    assert reading is not None and reading.value == 7 and reading.conflict


def test_not_numbers() -> None:
    assert read_number("days") is None and read_number("2:30") is None


def test_normalize_numbers() -> None:
    assert normalize_numbers("exceeding ten (10) pages") == "exceeding 10 pages"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("on May 28, 2024 at", date(2024, 5, 28)),
        ("WEDNESDAY, MAY 15, 2024,", date(2024, 5, 15)),
        ("on 6/23/20 at", date(2020, 6, 23)),
        ("11-22-2021", date(2021, 11, 22)),
        ("Friday, February\n3, 2017", date(2017, 2, 3)),
        ("the 26th day of April, 2024", date(2024, 4, 26)),
        ("Dec. 04, 2014", date(2014, 12, 4)),
        ("Sept. 5, 2019", date(2019, 9, 5)),
        ("no later than 8 November 5, 2020", date(2020, 11, 5)),
    ],
)
def test_dates(text: str, when: date) -> None:
    assert [d.value for d in find_dates(text)] == [when]


def test_docket_and_phone_numbers_are_not_dates() -> None:
    assert find_dates("1:15-cv-00849 at 415-522-3694 and Suite 4-200") == []


def test_impossible_date_is_found_but_has_no_value() -> None:
    (found,) = find_dates("February 30, 2021")
    assert found.value is None


def test_weekday_mismatch() -> None:
    (found,) = find_dates("Monday, May 14, 2024")
    assert found.weekday_mismatch


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("2:30 pm", time(14, 30)),
        ("10:00 a.m.", time(10)),
        ("9:30 AM", time(9, 30)),
        ("noon", time(12)),
        ("12:00 noon", time(12)),
        ("4:00 P.M.", time(16)),
        ("9 a.m.", time(9)),
        ("12:30 p.m.", time(12, 30)),
        ("12:15 a.m.", time(0, 15)),
    ],
)
def test_times(text: str, at: time) -> None:
    (found,) = find_times(f"at {text} on")
    assert found.value == at and found.assumed is None


def test_bare_time_is_read_with_a_reason() -> None:
    reading = parse_time_text("9:30")
    assert reading is not None and reading.value == time(9, 30) and reading.assumed


def test_phone_numbers_are_not_times() -> None:
    assert find_times("call (877) 873-8017, Access Code: 5277586") == []


def test_split_words_repaired_for_naming_only() -> None:
    assert repair_splits("must co ntact the Magistrat e Judge; su bmit") == (
        "must contact the Magistrate Judge; submit"
    )
    assert repair_splits("an ex parte letter") == "an ex parte letter"


@pytest.mark.parametrize(
    ("clause", "slug"),
    [
        ("send the Court by e-mail an ex parte letter", "ex_parte_letter"),
        ("respond to any demand", "demand_response"),
        ("lodge 1 hard copy of the settlement-conference statements", "settlement_statement"),
        (
            "provide a confidential settlement statement to the following email address",
            "settlement_statement",
        ),
        ("file a signed Waiver of Disqu alification", "waiver_of_disqualification"),
        (
            "contact the administrator to provide the e-mail address of all counsel",
            "attendee_emails",
        ),
        ("exchange lists of proposed settlement conference attendees", "attendee_list"),
        ("email ex parte, confidential conference memoranda", "conference_memorandum"),
    ],
)
def test_duty_ids(clause: str, slug: str) -> None:
    assert duty_id(clause, clause) == slug


def test_titles() -> None:
    assert title_for("ex_parte_letter") == "Ex parte letter"
    assert title_for("proposal_response") == "Response to proposal"
    assert title_for("status_report") == "Status report"
