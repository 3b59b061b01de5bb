"""Issue #13 kinds that failed on the orders the seventeenth corpus pass moved from the
frozen split to dev (tests/corpus/README.md). Every sentence is written for the test; the
dates are counted by hand.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.core.unseen_orders import due, only, read

# --- a heading's field with a dash between label and date ---


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # a caption's amendment, as E.D. Cal. writes it beside the title
        ("AMENDED: DISPOSITIVE MOTION DEADLINE- November 26, 2024", date(2024, 11, 26)),
        ("Dispositive Motion Deadline - 11/26/2024", date(2024, 11, 26)),
        ("Deadline to File Amended Pleadings — July 15, 2024", date(2024, 7, 15)),
    ],
)
def test_a_field_with_a_dash_before_its_date_is_a_fixed_deadline(body: str, when: date) -> None:
    obligation = only(body)
    assert not obligation.needs_review
    assert obligation.rule.fixed_date == when


def test_a_dash_between_words_or_times_is_no_field() -> None:
    # prose with a dash and a session's time range give no deadline field
    order = read(
        "The conference will run from 10:00 a.m. - 4:00 p.m. Counsel - and their clients - "
        "should plan for the full day."
    )
    assert order.obligations == ()
    assert due(read("Each party shall submit a settlement letter by May 28, 2024."),
               "settlement_letter") == date(2024, 5, 28)


# --- the order vacates the conference without restating its date ---


@pytest.mark.parametrize(
    "body",
    [
        "The parties jointly move to continue the settlement conference. For good cause shown, "
        "the motion is GRANTED and the Court VACATES the settlement conference. A new date "
        "will be set by separate order.",
        "Here, the undersigned finds good cause to vacate the current settlement conference "
        "date and to grant a continuance.",
        "Plaintiff's counsel has withdrawn. The settlement conference is hereby vacated.",
    ],
)
def test_a_conference_vacated_without_a_new_date_has_no_date(body: str) -> None:
    order = read(body)
    assert order.conference.date is None
    assert any(
        w.startswith("The order vacates the settlement conference (set for June 4, 2024)")
        for w in order.warnings
    ), order.warnings


def test_a_date_set_after_the_vacatur_is_the_new_one() -> None:
    order = read(
        "Good cause appearing, the Court vacates the current settlement conference date and "
        "resets the settlement conference to July 9, 2024 at 9:30 a.m."
    )
    assert (order.conference.date, order.conference.time) == (date(2024, 7, 9), time(9, 30))


@pytest.mark.parametrize(
    "body",
    [
        "If the case settles, counsel shall notify chambers so that the Court may vacate the "
        "settlement conference.",
        "Should the parties resolve the case, the settlement conference will be vacated.",
        "Any request to vacate the settlement conference must be made by letter.",
    ],
)
def test_a_vacatur_only_foreseen_leaves_the_date(body: str) -> None:
    assert read(body).conference.date == date(2024, 6, 4)


# --- a conference "at 1:30 a.m.": a typo for the afternoon ---

COLORADO = "UNITED STATES DISTRICT COURT\nDISTRICT OF COLORADO\n\n"


@pytest.mark.parametrize(
    ("body", "at"),
    [
        (
            "In the Scheduling Order, a Settlement Conference was set for June 4, 2024, at "
            "1:30 a.m.\n\nThe minute order similarly directed: SETTLEMENT CONFERENCE set for: "
            "June 4, 2024, at 1:30 p.m.",
            time(13, 30),
        ),
        (
            "The settlement conference is set for June 4, 2024 at 2:00 p.m. Counsel are "
            "reminded that the settlement conference on June 4, 2024 begins at 2:00 a.m.",
            time(14, 0),
        ),
    ],
)
def test_the_working_hour_wins_over_one_in_the_night(body: str, at: time) -> None:
    order = read(body, head=COLORADO)
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 4), at)
    assert any("in the night: read as a typo" in w for w in order.warnings), order.warnings


def test_a_lone_time_in_the_night_is_kept_and_flagged() -> None:
    order = read("A settlement conference is set for June 4, 2024 at 1:30 a.m.", head=COLORADO)
    assert order.conference.time == time(1, 30)
    assert any("in the night; check" in w for w in order.warnings), order.warnings
