"""Issue #13 kinds on unseen orders: the session under other names, beside other meetings.

Every sentence here is written for the test, several wordings of each kind, so that a
fix has to cover the kind rather than one order's sentence.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import Anchor, ConferenceFormat
from settleconf.core.periods import Direction
from tests.core.unseen_orders import COURT, only, read

# --- The conference under other names -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "when", "at"),
    [
        (
            "This matter is set for a court-conducted mediation at 1:30 p.m. on Thursday, "
            "March 12, 2026, in the chambers of the undersigned.",
            date(2026, 3, 12),
            time(13, 30),
        ),
        (
            "The Mediation Hearing is set for 11/18/2025 at 10:30 AM before the undersigned.",
            date(2025, 11, 18),
            time(10, 30),
        ),
        ("A settlement hearing will be held on April 2, 2025 at 9:00 a.m.", date(2025, 4, 2),
         time(9, 0)),
        (
            "The ENE session is scheduled for October 7, 2025 at 2:00 p.m. by video.",
            date(2025, 10, 7),
            time(14, 0),
        ),
        (
            "The Alternative Dispute Resolution Hearing is set for January 20, 2026 at "
            "9:30AM in Courtroom 3.",
            date(2026, 1, 20),
            time(9, 30),
        ),
    ],
)
def test_mediation_settlement_hearing_and_ene_are_the_conference(
    sentence: str, when: date, at: time
) -> None:
    conference = read("", head=COURT + sentence + "\n\n").conference
    assert (conference.date, conference.time) == (when, at)


@pytest.mark.parametrize("anchor", ["the mediation", "the ENE session", "the settlement hearing"])
def test_periods_count_back_from_a_session_named_otherwise(anchor: str) -> None:
    head = COURT + "The mediation is set for May 20, 2025 at 9:00 a.m.\n\n"
    ob = only(f"Each party shall e-mail a memorandum no later than ten (10) days before {anchor}.",
              head)
    assert (ob.rule.anchor, ob.rule.amount, ob.rule.direction) == (
        Anchor.CONFERENCE, 10, Direction.BEFORE
    )
    assert not ob.needs_review


# --- Two sessions in one order --------------------------------------------------------


@pytest.mark.parametrize(
    "sessions",
    [
        "A preliminary conference will be held by telephone on May 1, 2025 at 11:00 a.m. "
        "The mediation is set for May 8, 2025 at 9:30 a.m.",
        "The mediation is set for May 8, 2025 at 9:30 a.m. Before the mediation, there will "
        "be a Preliminary Conference set for May 1, 2025 at 11:00 AM by video.",
        "A scheduling conference is set for May 8, 2025 at 8:45 a.m., and the settlement "
        "conference will follow on May 8, 2025 at 9:30 a.m.",
        "The settlement conference is set for May 8, 2025 at 9:30 a.m. A status conference "
        "is set for May 1, 2025 at 11:00 a.m.",
        "A preliminary (remote) conference will be held on May 1, 2025 at 11:00 a.m. The "
        "mediation will be held on May 8, 2025 at 9:30 a.m.",
        "The mediation will be held on May 8, 2025 at 9:30 a.m. A pre-mediation telephone "
        "conference is set for May 1, 2025 at 11:00 a.m.",
    ],
)
def test_the_settlement_session_is_the_anchor_when_another_meeting_is_set(sessions: str) -> None:
    order = read("", head=COURT + sessions + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2025, 5, 8), time(9, 30))
    # the other meeting is not a rival reading of the conference date
    assert not any("more than one conference date" in w for w in order.warnings)


# --- Start versus end time ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conference will start at 9:00 AM on March 4, 2025, and will conclude no later "
        "than 1:00 PM.",
        "The settlement conference will begin at 9:00 a.m., PST, on Tuesday, March 4, 2025, "
        "and will end by 4:00 p.m.",
        "The settlement conference is set for March 4, 2025, from 9:00 a.m. to 12:30 p.m.",
        "The settlement conference shall commence on March 4, 2025 at 9:00 a.m. and will "
        "adjourn at 5:00 p.m.",
        "The settlement conference will be held from 9:00 a.m. until 4:30 p.m. on March 4, 2025.",
        "The mediation will be held from 9:00 a.m. to 1:00 p.m. on Tuesday, March 4, 2025 in "
        "Courtroom 3.",
    ],
)
def test_the_start_time_is_the_time_not_the_end(sentence: str) -> None:
    order = read("", head=COURT + sentence + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2025, 3, 4), time(9, 0))
    assert order.obligations == ()  # when the session ends is no one's deadline


def test_a_date_parties_are_told_to_appear_on_is_the_conference_flagged() -> None:
    order = read(
        "",
        head=COURT + "ORDER REGARDING SETTLEMENT CONFERENCE\n\n"
        "All parties and counsel are DIRECTED to appear on:\nMarch 3, 2025 at 9:30 a.m.\n"
        "Courtroom 12A\n\n",
    )
    assert (order.conference.date, order.conference.time) == (date(2025, 3, 3), time(9, 30))
    assert any("does not name the conference" in w for w in order.warnings)


@pytest.mark.parametrize(
    "attendance",
    [
        "Personal attendance is required for the entire settlement conference.",
        "Lead counsel and the parties shall personally attend the conference.",
    ],
)
def test_personal_attendance_is_in_person(attendance: str) -> None:
    plain = COURT + "A settlement conference is scheduled for June 4, 2024 at 10:00 a.m.\n\n"
    assert read("", plain).conference.format is ConferenceFormat.UNKNOWN  # no place, no word
    assert read(attendance, plain).conference.format is ConferenceFormat.IN_PERSON
