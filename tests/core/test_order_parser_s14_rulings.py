"""Rulings that recite settlement sessions (phrasings28's kinds, session 14): a sanctions
ruling or a ruling on a motion to enforce a settlement sets no new session; the one it is
about is the last one held ("It was held on ...", "Magistrate Judge X conducted a settlement
conference", "It went forward ... on ...", "the settlement conference held by Zoom on ..."),
never an earlier setting that was reset nor another meeting's day (a deposition). Its own
periods count from the ruling, however it names itself ("this Ruling", "this Memorandum
Opinion and Order", "this Report and Recommendation")."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER\n\n"
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: September 14, 2027\n\ns/ Jane Roe\nUnited States Judge\n"


@pytest.mark.parametrize(
    ("recital", "when", "at"),
    [
        ("The settlement conference was first scheduled for July 7, 2027, and was adjourned. It "
         "was held on July 28, 2027, at 2:00 p.m.", date(2027, 7, 28), time(14, 0)),
        ("On August 3, 2027, at 9:00 a.m., Magistrate Judge Lee conducted a settlement "
         "conference. The parties signed a term sheet.", date(2027, 8, 3), time(9, 0)),
        ("A settlement conference was first set for July 21, 2027 and was reset at Plaintiff's "
         "request. It went forward by video on August 10, 2027, beginning at 1:00 p.m.",
         date(2027, 8, 10), time(13, 0)),
        ("Plaintiff was sanctioned for failing to attend the settlement conference held by "
         "Zoom on July 22, 2027, at 10:00 a.m. He says he confused it with his deposition, "
         "which was noticed for July 29, 2027.", date(2027, 7, 22), time(10, 0)),
    ],
)
def test_a_ruling_is_about_the_last_session_held(recital: str, when: date, at: time) -> None:
    order = parse_order(HEAD + recital + TAIL)
    assert (order.conference.date, order.conference.time) == (when, at)
    assert any(w.startswith("The order sets no new session") for w in order.warnings)


def test_a_session_set_to_come_beats_one_held() -> None:
    order = parse_order(
        HEAD + "A settlement conference was held on July 28, 2027, at 2:00 p.m. and did not "
        "resolve the case. A further settlement conference is set for October 5, 2027, at "
        "9:30 a.m." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 10, 5), time(9, 30))


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # 14 days from Tue Sep 14, 2027
        ("Plaintiff shall execute the release within fourteen (14) days of this Ruling.",
         date(2027, 9, 28)),
        ("Defendant shall tender payment within thirty (30) days of the entry of this "
         "Memorandum Opinion and Order.", date(2027, 10, 14)),
        ("The parties may file written objections within fourteen (14) days after the date of "
         "this Report and Recommendation.", date(2027, 9, 28)),
        ("Plaintiff shall pay $2,750.00 within 21 days of the date of this Memorandum and "
         "Order.", date(2027, 10, 5)),
    ],
)
def test_a_ruling_names_itself(sentence: str, due: date) -> None:
    text = HEAD + "The settlement conference was held on July 28, 2027. " + sentence + TAIL
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date == due


def test_before_the_reconvened_conference() -> None:
    text = (HEAD + "The settlement conference will be reconvened on October 5, 2027, at 9:30 "
            "a.m. Counsel shall confirm the names of all attendees at least three (3) business "
            "days before the reconvened conference." + TAIL)
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.due_date == date(2027, 9, 30)  # Oct 4, Oct 1, Sep 30 (Oct 2-3 a weekend)


def test_a_ruling_s_own_duties_are_not_warned_as_after_the_held_session() -> None:
    order = parse_order(
        HEAD + "The settlement conference was held on July 28, 2027. Plaintiff shall execute the "
        "release within fourteen (14) days of this Ruling." + TAIL
    )
    schedule = compute_schedule(order)
    assert not [w for w in schedule.warnings if "after the conference" in w]


@pytest.mark.parametrize(
    ("sentence", "step", "title"),
    [
        ("Participants shall join the video conference at 9:20 a.m.", "join_session",
         "Join the session"),
        ("Plaintiff shall be connected by the institution's staff by 8:30 a.m. so that the "
         "Court's IT staff can test the audio.", "join_session", "Join the session"),
        ("Counsel shall arrive by 8:45 a.m. to check in with the courtroom deputy.", "arrive",
         "Arrive for the conference"),
        ("Lead counsel shall call chambers at 8:45 a.m. to confirm that everyone is present.",
         "call_chambers", "Call chambers"),
        ("Defense counsel shall be available by video from 8:45 a.m.", "be_available",
         "Be available"),
    ],
)
def test_a_step_on_the_session_day_is_named_for_the_step(sentence: str, step: str,
                                                         title: str) -> None:
    text = (HEAD + "A settlement conference is set for Tuesday, October 5, 2027, at 9:30 a.m. in "
            "Courtroom 6B. " + sentence + TAIL.replace("September 14", "September 1"))
    [d] = compute_schedule(parse_order(text)).deadlines
    assert (d.id, d.obligation.title) == (step, title)
