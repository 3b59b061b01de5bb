"""Issue #13 kinds that failed on the seventh refresh's moved orders (112, 224, 240, 259).

Every sentence here is written for the test, several wordings of each kind: a session moved
with its time and place between its old date and "is CONTINUED to"; "continued until" and
the order's own "CONTINUES the SC currently scheduled for ... until ..."; a session called by
initials the order defines; two meetings on one day "at 9:45 and 10 a.m. respectively"; a
conference year typo the stated weekday gives away; and "12:00 p.m., noon, on" a deadline.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, ConferenceFormat, Order
from settleconf.core.order_parser import parse_order
from tests.core.unseen_orders import COURT, only, read


def _conference(sentence: str) -> tuple[date | None, time | None]:
    conference = read("", head=COURT + sentence + "\n\n").conference
    return conference.date, conference.time


def _undated(text: str) -> Order:
    """An order with no date of its own (a docket excerpt)."""
    return parse_order(COURT + text + "\n\nSO ORDERED.\n", source_name="synthetic.txt")


# --- A moved session's time and place before "is CONTINUED to" -------------------------


@pytest.mark.parametrize(
    ("sentence", "when", "at"),
    [
        (
            "The ENE Conference set for April 26, 2024, at 1:45 PM in the Chambers of "
            "Magistrate Judge Ann B. Carter, James M. Carter and Judith N. Keep U.S. "
            "Courthouse, 333 West Broadway, Suite 1100, San Diego, California 92101, is "
            "CONTINUED to June 14, 2024, at 9:00 AM.",
            date(2024, 6, 14),
            time(9, 0),
        ),
        (
            "The Settlement Conference scheduled for March 3, 2025 at 10:00 a.m. in "
            "Courtroom 5B, Fifth Floor, 401 W. Washington St., Phoenix, Arizona, is hereby "
            "RESET to April 21, 2025 at 1:30 p.m.",
            date(2025, 4, 21),
            time(13, 30),
        ),
        (
            "The mediation presently set for 9/9/2024, at 9:30 a.m., before Magistrate Judge "
            "R. T. Lowe in Courtroom 2, Room 210, of the U.S. District Court, is rescheduled "
            "to October 15, 2024, at 9:30 a.m.",
            date(2024, 10, 15),
            time(9, 30),
        ),
    ],
)
def test_the_date_moved_to_wins_over_a_moved_date_with_its_time_and_place(
    sentence: str, when: date, at: time
) -> None:
    assert _conference(sentence) == (when, at)


def test_a_set_session_that_may_not_be_continued_keeps_its_date() -> None:
    assert _conference(
        "The settlement conference is set for May 5, 2025 at 10:00 a.m. in Courtroom 3, "
        "and shall not be continued without leave of Court."
    ) == (date(2025, 5, 5), time(10, 0))


# --- "continued until", the order's "CONTINUES the session ... until" -------------------


@pytest.mark.parametrize(
    ("sentence", "when", "at"),
    [
        (
            "The settlement conference is continued until June 5, 2024 at 10:00 a.m.",
            date(2024, 6, 5),
            time(10, 0),
        ),
        (
            "Accordingly, the Court CONTINUES the video settlement conference currently "
            "scheduled for July 7, 2024, at 9:30 a.m., until September 6, 2024, at 9:30 a.m.",
            date(2024, 9, 6),
            time(9, 30),
        ),
        (
            "The Court hereby continues the Mandatory Settlement Conference previously set "
            "for 8/1/2024 at 2:00 p.m. to August 20, 2024 at 2:00 p.m.",
            date(2024, 8, 20),
            time(14, 0),
        ),
    ],
)
def test_until_after_continued_is_the_new_date_not_a_deadline(
    sentence: str, when: date, at: time
) -> None:
    assert _conference(sentence) == (when, at)


# --- A session called by the initials the order defines ---------------------------------


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            'The parties ask to continue the follow-up Settlement Conference ("SC"). The '
            "Court CONTINUES the SC currently scheduled for 5 July 7, 2024, at 9:30 a.m., "
            "until September 6, 2024, at 9:30 a.m.",
            date(2024, 9, 6),
            time(9, 30),
        ),
        (
            "This case is referred for a Judicial Settlement Conference (the “JSC”). The JSC "
            "will be held on Monday, November 18, 2024, at 10:00 a.m.",
            date(2024, 11, 18),
            time(10, 0),
        ),
        (
            "The Court will hold an Early Settlement Conference ('ESC') in this matter. The "
            "ESC is set for February 4, 2025 at 1:00 p.m. in Courtroom 11.",
            date(2025, 2, 4),
            time(13, 0),
        ),
    ],
)
def test_the_sessions_defined_initials_name_the_conference(
    text: str, when: date, at: time
) -> None:
    order = read("", head=COURT + text + "\n\n")
    assert (order.conference.date, order.conference.time) == (when, at)
    assert order.conference.quote is not None
    assert "Settlement Conference" not in order.conference.quote  # quoted as written


# --- One time for each meeting, "respectively" ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "when", "at"),
    [
        (
            "The Court resets the Scheduling Conference to be held with the Settlement "
            "Conference on Tuesday, June 4, 2024 at 9:45 and 10 a.m. respectively, in "
            "Courtroom 203.",
            date(2024, 6, 4),
            time(10, 0),
        ),
        (
            "The status conference and the settlement conference will be held on May 5, 2025 "
            "at 9:00 a.m. and 10:30 a.m., respectively, in Courtroom 4.",
            date(2025, 5, 5),
            time(10, 30),
        ),
        (
            "The settlement conference and the final pretrial conference are set for June 3, "
            "2025, at 1:30 p.m. and 3:00 p.m. respectively.",
            date(2025, 6, 3),
            time(13, 30),
        ),
        (
            "A scheduling conference and a settlement conference are set for Tuesday, June 3, "
            "2025, at 9:30 a.m. and 10:00 a.m., in that order.",
            date(2025, 6, 3),
            time(10, 0),
        ),
    ],
)
def test_respective_times_pair_with_the_meetings_in_order(
    sentence: str, when: date, at: time
) -> None:
    assert _conference(sentence) == (when, at)


# --- A year typo the stated weekday gives away ------------------------------------------


def test_a_year_typo_backed_by_another_sentence_is_read_in_the_weekdays_year() -> None:
    order = _undated(
        "ORDER SETTING Settlement Conference for 3/12/2025 at 10:00 AM in Courtroom 7.\n\n"
        "The settlement conference will be held on Wednesday, March 12, 2024 at 10:00 a.m. "
        "in Courtroom 7."
    )
    assert (order.conference.date, order.conference.time) == (date(2025, 3, 12), time(10, 0))
    assert any("Wednesday, March 12, 2024" in w and "2025" in w for w in order.warnings)


def test_a_year_typo_before_the_orders_own_date_is_read_in_the_weekdays_year() -> None:
    # read() dates the order May 1, 2024; June 4, 2023 was a Sunday, June 4, 2024 a Tuesday.
    order = read(
        "Each party shall submit a confidential statement no later than seven days before "
        "the settlement conference.",
        head=COURT + "A settlement conference is set for Tuesday, June 4, 2023 at 10:00 a.m.\n\n",
    )
    assert order.conference.date == date(2024, 6, 4)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.needs_review) == (date(2024, 5, 28), True)


def test_an_unbacked_weekday_mismatch_keeps_the_date_and_flags_periods_from_it() -> None:
    order = _undated(
        "The conference will be held on Thursday, June 20, 2012 at 1:30 p.m.\n\n"
        "Each party shall submit a position statement no later than seven days before the "
        "settlement conference."
    )
    assert order.conference.date == date(2012, 6, 20)
    assert any("is a Wednesday" in w for w in order.warnings)
    [ob] = order.obligations
    assert ob.rule.anchor is Anchor.CONFERENCE
    [d] = compute_deadlines(order)
    assert d.needs_review


# --- The hour said twice: "12:00 p.m., noon, on" ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "By no later than 12:00 p.m., noon, on May 28, 2024, each party must provide the "
        "Court, in confidence, a concise position statement.",
        "Each party shall deliver its settlement statement by 12:00 PM noon on May 28, 2024.",
        "Confidential settlement letters shall be submitted no later than 12 p.m. noon, "
        "Tuesday, May 28, 2024.",
    ],
)
def test_a_noon_said_twice_is_the_deadlines_hour(sentence: str) -> None:
    ob = only(sentence)
    [d] = [d for d in compute_deadlines(read(sentence)) if d.id == ob.id]
    assert (d.due_date, d.due_time, d.needs_review) == (date(2024, 5, 28), time(12, 0), False)


def test_a_different_hour_then_noon_is_not_guessed() -> None:
    order = read("By 11:00 a.m., noon, on May 28, 2024, each party must provide a statement.")
    assert not order.obligations


# --- The ruling that converts how the session is held -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "fmt"),
    [
        (
            "The Court CONTINUES the video settlement conference to June 4, 2024 at 10:00 a.m. "
            "The Court further finds it appropriate to CONVERT the video settlement conference "
            "to an in-person conference.",
            ConferenceFormat.IN_PERSON,
        ),
        (
            "The in-person settlement conference on June 4, 2024 at 10:00 a.m. is hereby "
            "changed to a Zoom video conference.",
            ConferenceFormat.VIDEO,
        ),
        (
            "The mediation set for June 4, 2024 at 10:00 a.m. by videoconference is converted "
            "to a telephonic conference.",
            ConferenceFormat.TELEPHONE,
        ),
    ],
)
def test_a_ruling_that_converts_the_session_sets_its_format(
    sentence: str, fmt: ConferenceFormat
) -> None:
    conference = read("", head=COURT + sentence + "\n\n").conference
    assert (conference.date, conference.format) == (date(2024, 6, 4), fmt)


@pytest.mark.parametrize(
    "times",
    ["at 9:45 and 10 a.m.", "at 9:45 a.m. and 10:00 a.m.", "at 9:45 or 10:00 a.m.",
     "at 9:45 a.m., 10:00 a.m."],
)
def test_two_times_for_the_date_without_respectively_are_flagged(times: str) -> None:
    """Which meeting each time is for is not said: the first is read, and said to be a doubt."""
    order = read(
        "",
        head=COURT + "The Scheduling Conference and the Settlement Conference will be held on "
        f"Tuesday, April 7, 2009 {times} in Courtroom 203.\n\n",
    )
    assert (order.conference.date, order.conference.time) == (date(2009, 4, 7), time(9, 45))
    assert any(
        w.startswith("The order gives two times with the conference date (9:45 a.m. and 10:00 a.m.)"
                     "; read 9:45 a.m.")
        for w in order.warnings
    ), order.warnings


def test_two_times_paired_respectively_are_not_flagged() -> None:
    order = read(
        "",
        head=COURT + "The Scheduling Conference and the Settlement Conference will be held on "
        "Tuesday, April 7, 2009 at 9:45 and 10 a.m. respectively, in Courtroom 203.\n\n",
    )
    assert order.conference.time == time(10, 0)
    assert not any("two times" in w for w in order.warnings)
