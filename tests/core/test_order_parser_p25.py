"""How dates and times are written: the kinds of language of the phrasings25 set.

Sentences here are new (other courts, names, numbers and months than the set's)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_dates, find_times


def _head(court: str) -> str:
    return f"UNITED STATES DISTRICT COURT\n{court}\n\nORDER SETTING SETTLEMENT CONFERENCE\n\n"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("the third day of March, two thousand twenty-eight", date(2028, 3, 3)),
        ("the 11th day of January, in the year two thousand and twenty-eight", date(2028, 1, 11)),
        ("the thirtieth day of April, two thousand thirty", date(2030, 4, 30)),
        ("November the second, 2027", date(2027, 11, 2)),
        ("March the 9th, 2028", date(2028, 3, 9)),
        ("October twenty-sixth, 2027", date(2027, 10, 26)),
        ("10.26.2027", date(2027, 10, 26)),
        ("the 8th day of February, A.D. 2028", date(2028, 2, 8)),
        ("the eighth day of February, in the year 2028", date(2028, 2, 8)),
    ],
)
def test_formal_and_dotted_dates_are_read(written: str, day: date) -> None:
    found = find_dates(f"The conference will be held on {written}, at 2:00 p.m.")
    assert [f.value for f in found] == [day]


@pytest.mark.parametrize(
    "text",
    ["under Local Rule 16.2 and General Order 2023-4.1", "version 3.10.2 of the platform"],
)
def test_rule_and_order_numbers_with_dots_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_conference_and_order_date_with_the_year_in_words_count_their_periods() -> None:
    text = (
        _head("DISTRICT OF NEW HAMPSHIRE")
        + "The settlement conference shall be held on Thursday, the second day of December, "
        "two thousand twenty-seven, at two o'clock in the afternoon.\n\n"
        "Each party shall deliver a confidential memorandum to chambers eight (8) days "
        "before the conference.\n\n"
        "Within ten (10) days of the date of this Order, counsel shall report whether any "
        "party will attend by video.\n\n"
        "So ordered this fourth day of November, in the year two thousand twenty-seven.\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2027, 12, 2)
    assert order.conference.time is not None and order.conference.time.hour == 14
    assert order.order_date == date(2027, 11, 4)
    dues = sorted(d.due_date for d in compute_schedule(order).deadlines if d.due_date)
    # 8 days before Thu Dec 2 is Wed Nov 24; 10 days after Nov 4 is Sun Nov 14 -> Mon Nov 15
    assert dues == [date(2027, 11, 15), date(2027, 11, 24)]


def test_a_dotted_conference_date_sets_the_conference() -> None:
    text = (
        _head("DISTRICT OF KANSAS")
        + "A settlement conference is set for 11.16.2027 at 9:30 a.m. in Courtroom 223.\n\n"
        "Settlement statements are due to chambers from each party no later than "
        "11.09.2027.\n\n"
        "Each party shall email chambers a list of attendees four (4) business days before "
        "the settlement conference.\n\nIT IS SO ORDERED.\n\nDated: 10.04.2027\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2027, 11, 16)
    assert order.order_date == date(2027, 10, 4)
    dues = {d.due_date for d in compute_schedule(order).deadlines}
    # 4 business days before Tue Nov 16: Nov 15, 12, 10 (Nov 11 Veterans Day), 9
    assert date(2027, 11, 9) in dues


@pytest.mark.parametrize(
    ("court", "setting", "hour"),
    [
        # the court's own zone written second: that is the time shown
        ("DISTRICT OF OREGON", "at 1:30 p.m. Eastern / 10:30 a.m. Pacific", 10),
        ("DISTRICT OF OREGON", "at 1:30 p.m. Eastern Time (10:30 a.m. Pacific Time)", 10),
        ("NORTHERN DISTRICT OF ILLINOIS", "at 11:30 a.m. ET / 10:30 a.m. CT", 10),
        # the court's zone written first stays
        ("NORTHERN DISTRICT OF ILLINOIS", "at 10:30 a.m. Central Time (11:30 a.m. Eastern)", 10),
    ],
)
def test_a_time_in_two_zones_is_read_in_the_courts(court: str, setting: str, hour: int) -> None:
    text = (
        _head(court)
        + f"The settlement conference will be held by Zoom on Wednesday, March 8, 2028, {setting}."
        "\n\nEach party shall submit a confidential statement seven (7) days before the "
        "settlement conference.\n\nIT IS SO ORDERED.\n\nDated: January 3, 2028\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 3, 8)
    assert order.conference.time is not None
    assert (order.conference.time.hour, order.conference.time.minute) == (hour, 30)


def test_a_time_written_only_in_another_zone_is_shown_in_that_zone() -> None:
    text = (
        _head("DISTRICT OF IDAHO")
        + "A settlement conference is set for Thursday, April 13, 2028, at 10:00 a.m. Pacific "
        "Time, at the federal building in Moscow, Idaho.\n\nEach party shall submit a "
        "confidential statement seven (7) days before the settlement conference.\n\n"
        "Dated: February 7, 2028\n"
    )
    order = parse_order(text)
    assert order.conference.time is not None and order.conference.time.hour == 10
    assert order.conference.timezone == "America/Los_Angeles"
    assert any("Pacific time, not the court's Mountain time" in w for w in order.warnings)


def test_arizona_writes_mountain_standard_time_for_its_own_zone() -> None:
    text = (
        _head("DISTRICT OF ARIZONA")
        + "A settlement conference is set for Tuesday, August 1, 2028, at 1:30 p.m. Mountain "
        "Standard Time.\n\nEach party shall submit a confidential statement seven (7) days "
        "before the settlement conference.\n\nDated: June 5, 2028\n"
    )
    order = parse_order(text)
    assert order.conference.timezone == "America/Phoenix"
    assert not any("not the court's" in w for w in order.warnings)


def test_a_numeric_conference_date_without_a_year_takes_the_next_one_and_is_flagged() -> None:
    text = (
        _head("DISTRICT OF MONTANA")
        + "At today's hearing the parties asked for a settlement conference.\n\n"
        "Settlement conference: 2/3 at 1:30 p.m., Missouri River Courthouse, Great Falls.\n\n"
        "Each party shall deliver a confidential statement to chambers nine (9) days "
        "before the settlement conference.\n\nIT IS SO ORDERED.\n\n"
        "DATED this 13th day of December, 2027.\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 2, 3)  # the next February 3, not 2027's
    assert any(w.startswith("Conference date inferred") for w in order.warnings)
    (deadline,) = [d for d in compute_schedule(order).deadlines if d.due_date]
    # 9 days before Thu Feb 3, 2028 is Tue Jan 25; shown for review, the year being a guess
    assert deadline.due_date == date(2028, 1, 25) and deadline.needs_review


def test_a_fraction_or_a_month_and_day_with_no_time_is_no_conference_date() -> None:
    text = (
        _head("DISTRICT OF MONTANA")
        + "The settlement conference will be set by separate order; the parties shall split "
        "the mediator's fee 1/2 each. Counsel report availability after 3/15.\n\n"
        "DATED this 13th day of December, 2027.\n"
    )
    assert parse_order(text).conference.date is None


@pytest.mark.parametrize(
    ("closing", "day"),
    [
        ("Done and ordered this twenty-second day of February, 2028, at Reno, Nevada.",
         date(2028, 2, 22)),
        ("Entered this ninth day of March, two thousand twenty-eight.", date(2028, 3, 9)),
    ],
)  # fmt: skip
def test_an_order_date_with_the_day_in_words_counts_periods_from_the_order(
    closing: str, day: date
) -> None:
    text = (
        _head("DISTRICT OF NEVADA")
        + "A settlement conference is set for Wednesday, May 17, 2028, at 9:00 a.m.\n\n"
        "Within twelve (12) days of the date of this order, the parties shall file a joint "
        "notice naming every person who will attend.\n\n" + closing + "\n"
    )
    order = parse_order(text)
    assert order.order_date == day
    (deadline,) = [d for d in compute_schedule(order).deadlines if d.due_date]
    expected = day + timedelta(days=12)  # Mar 5, 2028 is a Sunday: Monday Mar 6
    while expected.weekday() >= 5:
        expected += timedelta(days=1)
    assert deadline.due_date == expected


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # the 14th day after Jan 12 is Jan 26 (Wed)
        ("Not later than the fourteenth day after the date of this Order, Defendant shall "
         "produce the claim file.", date(2028, 1, 26)),
        # the 35th day after Jan 12 is Feb 16 (Wed)
        ("Plaintiff shall serve a written demand no later than the thirty-fifth day following "
         "entry of this Order.", date(2028, 2, 16)),
        # the 19th day after Jan 12 is Jan 31 (Mon)
        ("On or before the nineteenth day after the date of this Order, counsel shall confer "
         "by telephone.", date(2028, 1, 31)),
        # the 23rd day before Thu Mar 2 is Tue Feb 8
        ("Each party shall deliver a statement by the twenty-third day preceding the "
         "conference.", date(2028, 2, 8)),
    ],
)  # fmt: skip
def test_ordinal_periods_past_the_tenth_count_forward_and_back(sentence: str, due: date) -> None:
    text = (
        _head("DISTRICT OF SOUTH DAKOTA")
        + "A settlement conference is set for Thursday, March 2, 2028, at 10:00 a.m.\n\n"
        + sentence
        + "\n\nIT IS SO ORDERED.\n\nDated: January 12, 2028\n"
    )
    dues = [d.due_date for d in compute_schedule(parse_order(text)).deadlines]
    assert dues == [due]


_APRIL = (
    "A settlement conference is set for Tuesday, May 9, 2028, at 10:00 a.m.\n\n{}\n\n"
    "IT IS SO ORDERED.\n\nDated: March 20, 2028\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Settlement memoranda must be received in chambers by 12:00 p.m. (noon) Mountain "
        "Time on April 28, 2028.",
        "- Ex parte letters, limited to five pages, are due to chambers on Apr. 28, 2028.",
        "Settlement statements are due with the mediator by April 28, 2028.",
    ],
)
def test_a_paper_due_with_its_recipient_or_a_bracketed_noon_is_dated(sentence: str) -> None:
    order = parse_order(_head("DISTRICT OF WYOMING") + _APRIL.format(sentence))
    dues = [d.due_date for d in compute_schedule(order).deadlines]
    assert dues == [date(2028, 4, 28)]


def test_due_to_as_because_of_is_no_deadline() -> None:
    sentence = "The earlier delay was due to chambers being closed on April 28, 2028."
    order = parse_order(_head("DISTRICT OF WYOMING") + _APRIL.format(sentence))
    assert [d for d in compute_schedule(order).deadlines if d.due_date] == []


def test_on_or_about_a_date_is_read_as_that_day_and_flagged() -> None:
    sentence = "Defendant shall, on or about April 24, 2028, produce the updated payroll records."
    order = parse_order(_head("DISTRICT OF WYOMING") + _APRIL.format(sentence))
    (deadline,) = compute_schedule(order).deadlines
    assert deadline.due_date == date(2028, 4, 24) and deadline.needs_review


def test_a_recital_on_or_about_a_past_day_is_no_deadline_nor_a_warning() -> None:
    sentence = "On or about June 2, 2027, Plaintiff was struck by a forklift at the plant."
    order = parse_order(_head("DISTRICT OF WYOMING") + _APRIL.format(sentence))
    schedule = compute_schedule(order)
    assert [d for d in schedule.deadlines if d.due_date] == []
    assert not any("June 2, 2027" in w for w in schedule.warnings)


def test_a_bare_clock_span_after_the_date_gives_the_start_with_a_doubt() -> None:
    text = (
        _head("DISTRICT OF WYOMING")
        + "A settlement conference is set for Tuesday, May 9, 2028, 9:30-12:30, in Room 2.\n\n"
        "Dated: March 20, 2028\n"
    )
    order = parse_order(text)
    assert order.conference.time is not None
    assert (order.conference.time.hour, order.conference.time.minute) == (9, 30)
    assert any("no a.m./p.m." in w for w in order.warnings)


@pytest.mark.parametrize(
    ("court", "sentence", "hour", "flagged"),
    [
        # only another zone: converted to the court's and flagged
        ("DISTRICT OF OREGON", "by 4:00 p.m. Eastern Time on April 27, 2028", 13, True),
        ("DISTRICT OF COLORADO", "by noon Central Time on April 27, 2028", 11, True),
        # the court's zone given as well: taken as it stands
        ("DISTRICT OF OREGON", "by 4:00 p.m. ET / 1:00 p.m. PT on April 27, 2028", 13, False),
        # the court's own zone, or Arizona's Mountain Standard Time: unchanged
        ("DISTRICT OF OREGON", "by 4:00 p.m. Pacific Time on April 27, 2028", 16, False),
        ("DISTRICT OF ARIZONA", "by 4:00 p.m. Mountain Standard Time on April 27, 2028", 16, False),
    ],
)
def test_a_deadline_time_in_another_zone_is_shown_in_the_courts(
    court: str, sentence: str, hour: int, flagged: bool
) -> None:
    text = (
        _head(court) + "A settlement conference is set for Tuesday, May 9, 2028, at 10:00 a.m.\n\n"
        f"Each party shall email its confidential statement to chambers {sentence}.\n\n"
        "Dated: March 20, 2028\n"
    )
    (deadline,) = compute_schedule(parse_order(text)).deadlines
    assert deadline.due_date == date(2028, 4, 27)
    tod = deadline.obligation.rule.time_of_day
    assert tod is not None and tod.hour == hour
    assert deadline.needs_review is flagged


def test_a_weekday_in_brackets_after_the_date_is_checked_too() -> None:
    text = (
        _head("DISTRICT OF WYOMING")
        + "A settlement conference is set for May 9, 2028 (Wednesday), at 10:00 a.m.\n\n"
        "Each party shall submit a statement by April 27, 2028 (Friday).\n\n"
        "Plaintiff shall serve a demand by April 14, 2028 (Friday).\n\n"
        "Dated: March 20, 2028\n"
    )
    order = parse_order(text)
    assert any("May 9, 2028 is a Tuesday" in w for w in order.warnings)
    flagged = {d.due_date: d.needs_review for d in compute_schedule(order).deadlines}
    # April 27, 2028 is a Thursday: flagged, as the conference's doubt flags every date;
    # April 14, 2028 is the Friday it says
    assert flagged[date(2028, 4, 27)] is True
    assert date(2028, 4, 14) in flagged


@pytest.mark.parametrize(("weekday", "flagged"), [("Friday", True), ("Thursday", False)])
def test_a_deadline_with_its_weekday_in_brackets_is_checked(weekday: str, flagged: bool) -> None:
    text = (
        _head("DISTRICT OF WYOMING")
        + "A settlement conference is set for Tuesday, May 9, 2028, at 10:00 a.m.\n\n"
        f"Each party shall submit a statement by April 27, 2028 ({weekday}).\n\n"
        "Dated: March 20, 2028\n"
    )
    (deadline,) = compute_schedule(parse_order(text)).deadlines
    assert deadline.due_date == date(2028, 4, 27)  # as written, a Thursday
    assert deadline.needs_review is flagged


def test_a_conference_on_or_about_a_day_flags_the_periods_counted_from_it() -> None:
    text = (
        _head("DISTRICT OF WYOMING")
        + "A settlement conference will be held on or about Tuesday, May 9, 2028, at 10:00 "
        "a.m., the exact day to be confirmed by chambers.\n\n"
        "Each party shall submit a statement eight (8) days before the settlement "
        "conference.\n\nDated: March 20, 2028\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 5, 9)
    assert any(w.startswith("The order sets the conference on or about") for w in order.warnings)
    dated = [d for d in compute_schedule(order).deadlines if d.due_date == date(2028, 5, 1)]
    assert dated and all(d.needs_review for d in dated)  # 8 days before Tue May 9: Mon May 1


@pytest.mark.parametrize(
    ("said", "hour", "flagged"),
    [("by COB on", 17, True), ("by end of day on", 17, True), ("by 4 P.M. sharp on", 16, False)],
)
def test_close_of_business_shorthand_and_a_sharp_time_are_read(
    said: str, hour: int, flagged: bool
) -> None:
    text = (
        _head("DISTRICT OF WYOMING")
        + "A settlement conference is set for Tuesday, May 9, 2028, at 10:00 a.m.\n\n"
        f"Each party shall submit a confidential statement {said} April 28, 2028.\n\n"
        "Dated: March 20, 2028\n"
    )
    (deadline,) = compute_schedule(parse_order(text)).deadlines
    assert deadline.due_date == date(2028, 4, 28)
    tod = deadline.obligation.rule.time_of_day
    assert tod is not None and tod.hour == hour
    assert deadline.needs_review is flagged


@pytest.mark.parametrize(
    ("said", "hour", "minute"),
    [
        ("at eleven-thirty a.m.", 11, 30),
        ("at two fifteen in the afternoon", 14, 15),
        ("at a quarter to nine in the morning", 8, 45),
        ("at quarter of two p.m.", 13, 45),
    ],
)
def test_a_conference_time_in_words_with_its_minutes_is_read(
    said: str, hour: int, minute: int
) -> None:
    text = (
        _head("DISTRICT OF WYOMING")
        + f"A settlement conference is set for Tuesday, May 9, 2028, {said}.\n\n"
        "Dated: March 20, 2028\n"
    )
    at = parse_order(text).conference.time
    assert at is not None and (at.hour, at.minute) == (hour, minute)


def test_a_count_in_words_is_no_time() -> None:
    assert find_times("within ten thirty-day periods, or nine forty-five minute sessions") == []
