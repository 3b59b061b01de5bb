"""Issue #13 kinds: a date that belongs to another meeting named near the conference.

A recital of a past hearing ("at the hearing held on March 3, the mediation ...") or a
teleconference set beside the mediation names the settlement session in the same breath;
the date goes with the meeting named right before it. Sentences are written for the test.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import Anchor, ConferenceFormat, RuleKind
from settleconf.core.periods import Direction, Unit
from tests.core.unseen_orders import COURT, only, read


@pytest.mark.parametrize(
    "recital",
    [
        "At the hearing held on March 3, 2025, the parties agreed to a settlement conference, "
        "which is arranged as follows. The conference will take place on April 14, 2025 in "
        "Room 5, starting at 9:30 a.m.",
        "Following the motion hearing on March 3, 2025, the court refers the case to "
        "mediation. The mediation will be held on April 14, 2025 at 9:30 a.m.",
        "As discussed at the telephonic hearing before the undersigned on March 3, 2025, the "
        "settlement conference shall proceed as follows: the conference is set for April 14, "
        "2025, in the Sixth Floor Courtroom of the federal building, beginning at 9:30 a.m.",
    ],
)
def test_a_recited_hearing_date_is_not_the_conference(recital: str) -> None:
    order = read("", head=COURT + recital + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2025, 4, 14), time(9, 30))


def test_a_settlement_conference_hearing_is_still_the_session() -> None:
    head = COURT + "A settlement conference hearing is set for April 14, 2025 at 9:30 a.m.\n\n"
    order = read("", head=head)
    assert (order.conference.date, order.conference.time) == (date(2025, 4, 14), time(9, 30))


@pytest.mark.parametrize(
    "sessions",
    [
        "The mediation is set for October 2, 2025 at 10:00 a.m. A teleconference with the "
        "Court is set for September 15, 2025 at 8:30 a.m.; plaintiff's counsel shall place "
        "the call.",
        "A tele-conference to prepare for the mediation has been scheduled for Monday, "
        "September 15, 2025 at 8:30 a.m. The mediation will be held on October 2, 2025 "
        "beginning at 10:00 a.m.",
    ],
)
def test_a_teleconference_beside_the_mediation_is_its_own_date(sessions: str) -> None:
    order = read("", head=COURT + sessions + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2025, 10, 2), time(10, 0))
    [call] = [o for o in order.obligations if o.rule.fixed_date == date(2025, 9, 15)]
    assert call.rule.time_of_day == time(8, 30)
    assert call.needs_review  # which meeting is which is the parser's judgement
    assert not any("more than one conference date" in w for w in order.warnings)


def test_by_telephone_or_otherwise_is_not_the_format() -> None:
    """"not be contacted ... by telephone or otherwise" says any means, not how it is held."""
    head = COURT + (
        "Each party attending the March 9, 2025 settlement conference at 10:00 a.m. "
        "understands it will not be contacted during the conference by telephone or "
        "otherwise.\n\n"
    )
    assert read("", head=head).conference.format is not ConferenceFormat.TELEPHONE


@pytest.mark.parametrize(
    "call",
    [
        "A conference call with the Court to discuss the scheduled mediation will take place "
        "on May 30, 2025 at 2:00 p.m.",
        "A telephone conference with counsel to discuss the upcoming settlement conference is "
        "set for May 30, 2025, at 2:00 p.m.",
    ],
)
def test_a_call_about_the_session_is_its_own_meeting(call: str) -> None:
    head = COURT + "The mediation is set for June 10, 2025 at 10:00 a.m. " + call + "\n\n"
    order = read("", head=head)
    assert (order.conference.date, order.conference.time) == (date(2025, 6, 10), time(10, 0))
    [session] = [o for o in order.obligations if o.rule.fixed_date == date(2025, 5, 30)]
    assert (session.rule.time_of_day, session.needs_review) == (time(14, 0), True)


# --- A period before the session named with its own date ------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount", "unit"),
    [
        (
            "Counsel shall trade written proposals no later than two business days before the "
            "June 10, 2025 mediation.",
            2,
            Unit.BUSINESS_DAYS,
        ),
        (
            "The parties shall exchange offers at least five working days prior to the "
            "6/10/2025, settlement conference.",
            5,
            Unit.BUSINESS_DAYS,
        ),
    ],
)
def test_a_period_before_a_dated_session_counts_from_the_session(
    sentence: str, amount: int, unit: Unit
) -> None:
    head = COURT + "The mediation is set for June 10, 2025 at 10:00 a.m.\n\n"
    ob = only(sentence, head)
    assert (ob.rule.kind, ob.rule.anchor, ob.rule.amount, ob.rule.unit) == (
        RuleKind.RELATIVE,
        Anchor.CONFERENCE,
        amount,
        unit,
    )
    assert ob.rule.direction is Direction.BEFORE


def test_a_deadline_date_before_a_papers_name_stays_a_deadline() -> None:
    head = COURT + "The mediation is set for June 10, 2025 at 10:00 a.m.\n\n"
    ob = only("No later than the May 30, 2025, mediation statements shall be e-mailed.", head)
    assert (ob.rule.kind, ob.rule.fixed_date) == (RuleKind.FIXED, date(2025, 5, 30))
