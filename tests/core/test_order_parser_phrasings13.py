"""Kinds the thirteenth phrasing set (tests/corpus/phrasings13: orders that change a settlement
conference's duties -- amended, extended, continued, vacated, stipulated -- or hang them on a
referral) found, probed in other wording: the session named with its date after a period
counted back from it ("five business days before the settlement conference, which remains set
for July 20, 2027") read as a deadline's date and dropped; a session taken off the calendar
("set for May 18, 2027 at 9:00 a.m. is VACATED", "adjourned sine die") still read as the
session when nothing replaced it; a dated deadline vacated beside it ("the March 4, 2027
deadline ... is vacated") read as the session; the ceremonial date of signing ("IT IS on this
4th day of June, 2027, ORDERED that this matter is referred ... for a settlement conference")
read as the session; a period counted from "the Court's approval of this Stipulation"
undated."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.header import read_order_date

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
SIGNED = "\n\nDated: June 28, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"


@pytest.mark.parametrize(
    ("duty", "due"),
    [
        (
            "It is ORDERED that the date by which the parties must exchange written settlement "
            "positions is moved to five business days before the settlement conference, which "
            "remains set for July 20, 2027 at 10:00 a.m.",
            date(2027, 7, 13),
        ),
        (
            "Each party shall submit its settlement memorandum to chambers no later than four "
            "business days before the settlement conference set for July 20, 2027 at 10:00 a.m.",
            date(2027, 7, 14),
        ),
        (
            "Each party shall deliver its ex parte letter seven (7) days before the conference, "
            "which is still scheduled for July 20, 2027 at 10:00 a.m.",
            date(2027, 7, 13),
        ),
    ],
)
def test_the_session_named_after_a_period_counted_from_it(duty: str, due: date) -> None:
    order = parse_order(HEAD + duty + SIGNED)
    assert (order.conference.date, order.conference.time) == (date(2027, 7, 20), time(10, 0))
    dues = [d.due_date for d in compute_schedule(order).deadlines]
    assert dues == [due]


@pytest.mark.parametrize(
    "taken_off",
    [
        "Accordingly, the settlement conference set for July 13, 2027 at 9:00 a.m. is VACATED, "
        "as are all related deadlines.",
        "The settlement conference scheduled for July 13, 2027, at 10:00 a.m. (ECF No. 40) is "
        "hereby cancelled.",
        "In light of the pending motion, the settlement conference set for Tuesday, July 13, "
        "2027 at 2:00 p.m. is adjourned sine die.",
        "The settlement conference set for July 13, 2027 at 10:00 a.m. is hereby taken off "
        "the Court's calendar.",
    ],
)
def test_a_session_taken_off_the_calendar_leaves_no_session(taken_off: str) -> None:
    text = (
        HEAD + taken_off + " The parties shall file a joint status report within 30 days of "
        "the date of this order." + SIGNED
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (None, None)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 7, 28)]


def test_a_session_vacated_and_reset_keeps_the_new_date() -> None:
    text = (
        HEAD + "The settlement conference set for July 13, 2027 at 9:00 a.m. is VACATED and "
        "RESET to August 3, 2027 at 1:30 p.m." + SIGNED
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2027, 8, 3), time(13, 30))


@pytest.mark.parametrize(
    "deadline",
    [
        "the March 4, 2027 deadline for ex parte settlement letters is vacated",
        "the March 4, 2027 submission deadline is stricken",
        "the parties need not meet the March 4, 2027 due date for their letters",
    ],
)
def test_a_date_naming_a_deadline_is_not_the_session(deadline: str) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n"
        "In light of the pending motion to dismiss, the settlement conference scheduled for "
        f"March 11, 2027 is adjourned sine die, and {deadline}.\n\nDated: February 24, 2027\n"
    )
    assert parse_order(text).conference.date is None


@pytest.mark.parametrize(
    "referral",
    [
        "IT IS on this 4th day of June, 2027,\n\nORDERED that this matter is referred to the "
        "Magistrate Judge for a settlement conference, to be set by separate order.",
        "AND NOW, this 4th day of June, 2027, this case is referred for a settlement "
        "conference, which will be scheduled by separate order.",
        "IT IS HEREBY ORDERED on this 4th day of June, 2027 that the parties shall attend a "
        "settlement conference on a date to be set by the Magistrate Judge.",
    ],
)
def test_the_date_of_signing_is_not_the_session(referral: str) -> None:
    text = (
        HEAD + referral + "\n\nWithin fourteen (14) days of this Order, Plaintiff shall serve "
        "a written settlement demand.\n"
    )
    order = parse_order(text)
    assert order.conference.date is None
    assert order.order_date == date(2027, 6, 4)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 6, 21)]


@pytest.mark.parametrize(
    "period",
    [
        "Within 10 days of the Court's approval of this Stipulation, Plaintiff shall serve a "
        "written settlement demand.",
        "Plaintiff shall serve a written settlement demand within 10 days of entry of this "
        "Stipulated Order.",
        "Within ten (10) days of the approval of the stipulation, Plaintiff shall serve a "
        "written settlement demand.",
    ],
)
def test_a_period_from_the_courts_approval_of_a_stipulation(period: str) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MARYLAND\n\nSTIPULATION AND ORDER\n\n"
        "IT IS HEREBY STIPULATED AND AGREED by the parties that:\n\n" + period + "\n\n"
        "APPROVED AND SO ORDERED this 8th day of January, 2027.\n\n/s/ A. Judge\n"
    )
    order = parse_order(text)
    assert order.order_date == date(2027, 1, 8)
    # ten days from January 8, 2027 is Martin Luther King Jr. Day: the next day
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 1, 19)]


@pytest.mark.parametrize(
    ("tail", "when"),
    [
        (
            "Dated: August 2, 2027                 OYELARAN & PIKE LLP\n"
            "                                      /s/ Kathleen R. Oyelaran\n\n"
            "PURSUANT TO STIPULATION, IT IS SO ORDERED.\n\n"
            "Dated: August 4, 2027                 ______________________\n"
            "                                      United States Magistrate Judge\n",
            date(2027, 8, 4),
        ),
        (
            "DATED this 5th day of May, 2027.\n\ns/ Lorenzo Quist\nAttorney for Plaintiff\n\n"
            "ORDER\n\nPURSUANT TO STIPULATION, IT IS SO ORDERED.\n\n"
            "DATED this 6th day of May, 2027.\n\nA. JUDGE\nUnited States Magistrate Judge\n",
            date(2027, 5, 6),
        ),
        # no date after the "so ordered": the date above it stands
        (
            "The stipulation is approved.\nDated: March 3, 2027\n\nSO ORDERED.\n\n/s/ A. Judge\n",
            date(2027, 3, 3),
        ),
    ],
)
def test_a_stipulation_is_dated_by_the_courts_ruling(tail: str, when: date) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\n\nSTIPULATION AND [PROPOSED] ORDER\n\nIT IS HEREBY "
        "STIPULATED that the parties shall exchange demands by June 2, 2027.\n\n" + tail
    )
    assert read_order_date(text) == when


@pytest.mark.parametrize(
    ("closing", "when"),
    [
        ("ORDERED in Tampa, Florida, on February 17, 2027.", date(2027, 2, 17)),
        ("It is so ruled. ORDERED at Orlando, Florida on March 2, 2027.", date(2027, 3, 2)),
        ("New Orleans, Louisiana, this 27th day of September, 2027.", date(2027, 9, 27)),
        ("Baton Rouge, Louisiana, this 3rd day of May, 2027.", date(2027, 5, 3)),
    ],
)
def test_the_order_date_in_a_closing_with_its_place(closing: str, when: date) -> None:
    text = (
        HEAD
        + "Within seven (7) days of this Order, the parties shall file a joint notice.\n\n"
        + closing
        + "\n\nA. JUDGE\nUNITED STATES MAGISTRATE JUDGE\n"
    )
    assert read_order_date(text) == when


@pytest.mark.parametrize(
    "bound",
    [
        "This case is referred to the Magistrate Judge for a settlement conference, to be set by "
        "separate order, on or after July 1, 2027.",
        "The settlement conference will be scheduled by separate order for a date after June 30, "
        "2027.",
        "A settlement conference will be set by the Magistrate Judge no earlier than July 6, 2027.",
    ],
)
def test_a_bound_on_a_session_to_be_set_is_not_its_date(bound: str) -> None:
    text = (
        HEAD + bound + " Plaintiff shall serve a demand within 14 days of this order, and each "
        "party shall submit a confidential letter seven days before the conference.\n\n"
        "Dated: June 4, 2027\n\n/s/ A. Judge\nUnited States District Judge\n"
    )
    order = parse_order(text)
    assert order.conference.date is None
    deadlines = compute_schedule(order).deadlines
    assert [d.due_date for d in deadlines] == [date(2027, 6, 21), None]
    assert deadlines[1].needs_review


@pytest.mark.parametrize(
    "moved",
    [
        "The settlement conference set for May 3, 2027 at 10:00 a.m. is CONTINUED. A new date "
        "will be set by separate order.",
        "Defendant's motion is GRANTED, and the settlement conference scheduled for May 3, 2027 "
        "at 10:00 a.m. is postponed pending the ruling on the motion to dismiss.",
        "The settlement conference set for May 3, 2027 at 10:00 a.m. is rescheduled; the Court "
        "will issue a notice with the new date.",
    ],
)
def test_a_session_moved_to_no_stated_date_is_not_counted_from(moved: str) -> None:
    # The date it was moved from, with its time, read as the session counted the letters
    # from it (April 26, 2027) without review.
    text = (
        HEAD + moved + " Statements are due seven days before the conference.\n\n"
        "Dated: April 26, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
    )
    order = parse_order(text)
    assert order.conference.date is None
    [deadline] = compute_schedule(order).deadlines
    assert deadline.due_date is None and deadline.needs_review
