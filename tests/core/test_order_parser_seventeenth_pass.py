"""Issue #13 kinds that failed on the orders the seventeenth corpus pass moved from the
frozen split to dev (tests/corpus/README.md). Every sentence is written for the test; the
dates are counted by hand.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.case_deadlines import CASE_DEADLINE
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
    assert obligation.review_reasons == (CASE_DEADLINE,)  # the case's, dated
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


# --- a conference date without its year, in a sentence that gives a dated event ---

NO_CONFERENCE_HEAD = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\n"


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the first such day on or after the sentence's own date
        ("On June 10, 2024, I scheduled a settlement conference for August 13, the date the "
         "parties selected.", date(2024, 8, 13)),
        ("By minute order of April 20, 2024, the Court set a settlement conference for "
         "January 9 at 10:00 a.m.", date(2025, 1, 9)),
        ("At the status hearing on March 4, 2024, the settlement conference was reset to "
         "April 2.", date(2024, 4, 2)),
    ],
)
def test_the_year_comes_from_the_sentence_s_own_date(body: str, when: date) -> None:
    order = read(body, head=NO_CONFERENCE_HEAD)
    assert order.conference.date == when
    assert any(w.startswith("Conference date inferred") and "its sentence's date" in w
               for w in order.warnings), order.warnings


@pytest.mark.parametrize("order_of", ["minute order of", "Order of", "the Court's order of"])
def test_an_earlier_order_s_date_is_never_the_session(order_of: str) -> None:
    text = (
        f"{NO_CONFERENCE_HEAD}By {order_of} November 20, 2023, a settlement conference was set "
        "for January 9 at 10:00 a.m.\n\nSO ORDERED.\nDated: December 1, 2023\n"
    )
    order = parse_order(text, source_name="synthetic.txt")
    assert (order.conference.date, order.conference.time) == (date(2024, 1, 9), time(10, 0))


# --- a direction recited in the past tense, and time given "until" a date ---


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("Plaintiff was directed to file a response to the motion on or before May 24, 2024.",
         date(2024, 5, 24)),
        ("The parties were ordered to exchange settlement demands by May 20, 2024.",
         date(2024, 5, 20)),
        ("Plaintiff was granted until May 28, 2024, to either hire new counsel or notify the "
         "Court that he will represent himself.", date(2024, 5, 28)),
        ("Defendant is given until May 24, 2024 to serve its offer.", date(2024, 5, 24)),
        ("Plaintiff has until May 22, 2024 to serve a written demand.", date(2024, 5, 22)),
    ],
)
def test_a_recited_direction_or_time_given_until_a_date_is_a_duty(body: str, when: date) -> None:
    obligation = only(body)
    assert obligation.rule.fixed_date == when
    assert not obligation.needs_review


# --- what the unread-duty net says, and does not ---

UNREAD = "No deadline was read from"


@pytest.mark.parametrize(
    "body",
    [
        "Settlement Conference, plaintiff shall submit a written itemization of damages and a "
        "settlement demand to defense counsel.",
        "Mediation, each party shall deliver a confidential statement to the mediator.",
        "Conference, defense counsel shall serve a written offer on plaintiff.",
    ],
)
def test_a_duty_whose_period_was_lost_before_its_event_is_said(body: str) -> None:
    warnings = [w for w in read(body).warnings if w.startswith(UNREAD)]
    assert len(warnings) == 1 and "are missing from the text" in warnings[0], warnings


@pytest.mark.parametrize(
    "body",
    [
        "On April 29, 2024, an Order to Show Cause was filed ordering Plaintiff to serve and "
        "file a written statement showing why sanctions should not be imposed.",
        "On April 30, 2024, the motion was granted and Defendant was advised that it should "
        "serve its disclosures.",
    ],
)
def test_the_date_a_recited_event_happened_is_no_deadline_cue(body: str) -> None:
    assert not [w for w in read(body).warnings if w.startswith(UNREAD)]
