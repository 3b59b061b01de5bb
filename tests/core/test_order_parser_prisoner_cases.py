"""Prisoner and pro se settlement orders: the kinds of language of the phrasings22 set.

Sentences here are new (other courts, names, numbers and months than the set's)."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.order_parser import parse_order

TAIL = "\n\nIT IS SO ORDERED.\n\nDated: March 1, 2027\n"


def _head(court: str) -> str:
    return f"UNITED STATES DISTRICT COURT\n{court}\n\nORDER\n\n"


@pytest.mark.parametrize(
    "setting",
    [
        "Upon referral, this case is set for a settlement conference before the undersigned "
        "by video teleconference (VTC) on Tuesday, April 20, 2027, at 1:00 p.m.",
        "The matter is scheduled for a settlement conference before Magistrate Judge Pryor "
        "via teleconference on Tuesday, April 20, 2027, at 1:00 p.m.",
        "A mediation session will be held through a secure video tele-conference from the "
        "correctional center on Tuesday, April 20, 2027, at 1:00 p.m.",
    ],
)
def test_a_teleconference_that_says_how_the_session_is_held_is_not_another_meeting(
    setting: str,
) -> None:
    text = (
        _head("WESTERN DISTRICT OF VIRGINIA")
        + setting
        + " Plaintiff's confidential statement must be received by chambers no later than "
        "eight (8) days before the conference." + TAIL
    )
    order = parse_order(text)
    assert order.conference.date == date(2027, 4, 20)
    assert order.conference.time == time(13, 0)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2027, 4, 12)  # Mon: 8 days back from Tue Apr 20
    assert not d.needs_review


def test_a_teleconference_of_its_own_still_owns_its_date() -> None:
    text = (
        _head("WESTERN DISTRICT OF VIRGINIA")
        + "The settlement conference will be set by later order. A status teleconference is "
        "set for Tuesday, April 20, 2027, at 1:00 p.m." + TAIL
    )
    assert parse_order(text).conference.date is None


@pytest.mark.parametrize(
    "pointer",
    ["by the same date", "at the same time", "on that same day"],
)
def test_a_list_item_dated_by_the_item_before_it(pointer: str) -> None:
    text = (
        _head("DISTRICT OF MONTANA")
        + "A settlement conference is set for Thursday, June 10, 2027, at 9:00 a.m.\n\n"
        "1. Plaintiff shall mail his position letter so that it is received no later than "
        "May 27, 2027.\n\n"
        f"2. Counsel for Defendants shall deliver their position letter to chambers {pointer}."
        + TAIL
    )
    ds = compute_schedule(parse_order(text)).deadlines
    assert [d.due_date for d in ds] == [date(2027, 5, 27), date(2027, 5, 27)]
    assert not ds[0].needs_review
    assert ds[1].needs_review  # crossed an item's border: said, and checked
    assert any("item just before" in r for r in ds[1].obligation.review_reasons)


def test_a_pointer_in_the_middle_of_an_item_does_not_reach_into_the_item_before() -> None:
    text = (
        _head("DISTRICT OF MONTANA")
        + "A settlement conference is set for Thursday, June 10, 2027, at 9:00 a.m.\n\n"
        "1. Plaintiff shall mail his position letter so that it is received no later than "
        "May 27, 2027.\n\n"
        "2. Defendants shall bring their insurer. Counsel shall deliver a list of attendees "
        "by the same date." + TAIL
    )
    ds = compute_schedule(parse_order(text)).deadlines
    assert [d.due_date for d in ds if d.due_date] == [date(2027, 5, 27)]


_PLAIN = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW MEXICO\n\nORDER TO SELF-REPRESENTED "
    "PLAINTIFF\n\nYou do not have a lawyer, so this order uses plain words. Your settlement "
    "conference is on Wednesday, October 13, 2027, at 1:30 p.m.\n\nWhat you need to do:\n\n"
)


@pytest.mark.parametrize(
    ("step", "due"),
    [
        (
            "(2) Within 10 days of this order, let the judge know in writing if you "
            "need a Spanish interpreter.",
            date(2027, 9, 13),  # Sep 11 is a Saturday: forward to Monday
        ),
        (
            "Step 3. By Friday, September 24, 2027, write a short letter saying what you "
            "would accept and give it to the lawyer for the other side.",
            date(2027, 9, 24),
        ),
        (
            "* No later than 8 days before the conference, bring your medical papers to the "
            "clerk's office so the judge can read them.",
            date(2027, 10, 5),
        ),
    ],
)
def test_a_step_spoken_to_you_is_dated_and_flagged(step: str, due: date) -> None:
    text = _PLAIN + step + "\n\nDated: September 1, 2027\n"
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date == due
    assert d.needs_review  # no party is named: who must act is checked
    assert any("spoken to the reader" in r for r in d.obligation.review_reasons)


def test_an_imperative_without_you_is_left_as_it_was() -> None:
    text = (
        _head("DISTRICT OF NEW MEXICO")
        + "A settlement conference is set for Wednesday, October 13, 2027, at 1:30 p.m. "
        "By Friday, September 24, 2027, write the Court a letter." + TAIL
    )
    assert [d.due_date for d in compute_schedule(parse_order(text)).deadlines] == []


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Within fourteen (14) days after Plaintiff's release from custody, he shall file a "
            "notice of his new address.",
            "release",
        ),
        (
            "If Plaintiff is moved, he must, within 5 days after he is transferred, notify "
            "defense counsel of his new housing.",
            "transfer",
        ),
        (
            "Defendant shall file a responsive pleading within 21 days following the lifting "
            "of the stay.",
            "stay_lifted",
        ),
    ],
)
def test_a_period_from_a_release_transfer_or_stay_waits_on_its_event(
    sentence: str, event: str
) -> None:
    text = (
        _head("DISTRICT OF UTAH")
        + "A settlement conference is set for Monday, May 17, 2027, at 9:00 a.m. "
        + sentence
        + TAIL
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date is None  # never guessed
    assert d.status is DeadlineStatus.AWAITING_EVENT
    assert d.obligation.rule.event == event
    assert d.needs_review


def test_a_transfer_hearing_is_not_the_transfer() -> None:
    text = (
        _head("DISTRICT OF UTAH")
        + "A settlement conference is set for Monday, May 17, 2027, at 9:00 a.m. Counsel "
        "shall file a status report within 7 days after the transfer hearing." + TAIL
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date is None
    assert d.obligation.rule.event != "transfer"


@pytest.mark.parametrize(
    ("count", "due"),
    [
        ("one hundred twenty (120) days", date(2027, 6, 29)),
        ("one hundred and eighty days", date(2027, 8, 30)),  # Aug 28 is a Saturday
        ("one hundred (100) days", date(2027, 6, 9)),
    ],
)
def test_a_count_in_the_hundreds_is_read_whole(count: str, due: date) -> None:
    text = (
        _head("DISTRICT OF KANSAS")
        + "A settlement conference is set for Monday, May 17, 2027, at 9:00 a.m. "
        f"The parties shall complete the mediation program within {count} of the date of "
        "this order." + TAIL
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date == due  # counted from March 1, 2027
    assert not any("two ways" in r for r in d.obligation.review_reasons)


@pytest.mark.parametrize(
    "moved",
    [
        "The mediation set for June 2, 2027, is accordingly CONTINUED to Wednesday, July 14, "
        "2027, at 10:00 a.m.",
        "The settlement conference in this case had been set for June 2, 2027. Plaintiff has "
        "since been moved to another facility. The conference is RESET to Wednesday, July 14, "
        "2027, at 10:00 a.m.",
        "IT IS ORDERED vacating the settlement conference set for June 2, 2027. IT IS FURTHER "
        "ORDERED resetting the settlement conference for Wednesday, July 14, 2027, at 10:00 a.m.",
        "Plaintiff went to the infirmary after the Court scheduled the settlement conference "
        "for June 2, 2027. The conference is RESET to Wednesday, July 14, 2027, at 10:00 a.m.",
        "The settlement conference set for June 2, 2027 will not proceed because the facility "
        "is on lockdown. The conference is reset to Wednesday, July 14, 2027, at 10:00 a.m.",
    ],
)
def test_the_date_a_prisoners_session_is_moved_from_is_not_a_second_date(moved: str) -> None:
    text = (
        _head("DISTRICT OF NEW JERSEY")
        + moved
        + " Plaintiff's settlement letter must be received no later than seven (7) days before "
        "the conference." + TAIL
    )
    order = parse_order(text)
    assert order.conference.date == date(2027, 7, 14)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2027, 7, 7)
    assert not d.needs_review  # no "more than one conference date" flag


def test_a_heading_in_capitals_over_the_steps_is_not_a_duty() -> None:
    text = (
        _PLAIN + "BEFORE THE CONFERENCE YOU MUST:\n\n"
        "1. Mr. Ruiz shall mail his settlement letter so that it is received no later than "
        "September 29, 2027.\n\nDated: September 1, 2027\n"
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date == date(2027, 9, 29)


def test_a_sentence_before_the_conference_with_lower_case_is_still_read() -> None:
    text = (
        _PLAIN + "Before the conference, you must think about what you would accept:\n\n"
        "Dated: September 1, 2027\n"
    )
    ds = compute_schedule(parse_order(text)).deadlines
    # no period, only "before the conference": by the session itself, marked for review
    assert len(ds) == 1 and ds[0].due_date == date(2027, 10, 13) and ds[0].needs_review


@pytest.mark.parametrize(
    "step",
    [
        "(3) Within 10 days of this order, let the Court know if you will need a wheelchair ramp.",
        "Within 10 days of this order, tell the clerk whether you will come in person.",
    ],
)
def test_a_will_inside_an_if_clause_does_not_hide_the_step(step: str) -> None:
    text = _PLAIN + step + "\n\nDated: September 1, 2027\n"
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date == date(2027, 9, 13)  # Sep 11 is a Saturday
    assert d.needs_review


def test_a_step_with_no_you_and_a_subordinate_will_is_warned_about_not_dropped() -> None:
    text = (
        _head("DISTRICT OF NEW MEXICO")
        + "A settlement conference is set for Wednesday, October 13, 2027, at 1:30 p.m. "
        "Within 10 days of this order, tell the Court whether counsel will attend." + TAIL
    )
    order = parse_order(text)
    assert not compute_schedule(order).deadlines
    assert any("reads like a deadline" in w for w in order.warnings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Defendant shall pay the settlement amount within 30 days after the release is signed.",
        "Counsel shall file a stipulation of dismissal within 10 days after the release of "
        "claims is executed.",
        "Defendant shall confirm payment within 5 days after the transfer of funds.",
    ],
)
def test_a_settlement_release_or_payment_transfer_is_not_a_custody_event(sentence: str) -> None:
    text = (
        _head("DISTRICT OF UTAH")
        + "A settlement conference is set for Monday, May 17, 2027, at 9:00 a.m. "
        + sentence
        + TAIL
    )
    for d in compute_schedule(parse_order(text)).deadlines:
        assert d.obligation.rule.event not in ("release", "transfer")
