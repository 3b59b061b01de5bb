"""Issue #13 kinds found by phrasings19 (the arithmetic of deadlines), on new sentences.

Every sentence here is written for the test (other courts, months and numbers than the set's),
so that a fix has to cover the kind rather than one order's sentence.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, Order
from settleconf.core.order_codec import order_from_dict, order_to_dict
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import Direction, Unit


def _order(district: str, conference: str, body: str, dated: str) -> Order:
    text = (
        f"UNITED STATES DISTRICT COURT\n{district}\n\n"
        f"A settlement conference is set for {conference} at 10:00 a.m.\n\n"
        f"{body}\n\nSO ORDERED.\nDated: {dated}\n"
    )
    return parse_order(text, source_name="synthetic.txt")


def _dues(order: Order) -> list[tuple[date | None, bool]]:
    return [(d.due_date, d.needs_review) for d in compute_deadlines(order)]


# --- The court calendar: Texas (Tex. Gov't Code § 662.003) ----------------------------------


def test_texas_optional_holidays_do_not_move_a_forward_period() -> None:
    """Cesar Chavez Day (Tex. Gov't Code § 662.013) and Good Friday (§ 662.003(c)) are optional
    holidays in Texas, not days the state declares a holiday (FRCP 6(a)(6)(C)): a period that
    ends on one stays there."""
    order = _order(
        "SOUTHERN DISTRICT OF TEXAS",
        "Thursday, May 11, 2028",
        "Within fifteen (15) days after the date of this Order, counsel shall file a notice "
        "naming every person who will attend.",
        "March 16, 2028",
    )
    # 15 days from Thu Mar 16, 2028 is Fri Mar 31, Cesar Chavez Day: not moved.
    assert _dues(order) == [(date(2028, 3, 31), False)]
    good_friday = _order(
        "WESTERN DISTRICT OF TEXAS",
        "Tuesday, May 23, 2028",
        "Plaintiff shall serve an itemized statement of damages fourteen (14) days after "
        "the date of this Order.",
        "March 31, 2028",
    )
    # 14 days from Fri Mar 31, 2028 is Fri Apr 14, Good Friday: not moved.
    assert _dues(good_friday) == [(date(2028, 4, 14), False)]


def test_a_texas_state_holiday_still_moves_a_forward_period() -> None:
    """San Jacinto Day, Apr 21 (Tex. Gov't Code § 662.003(b)(3)), is a state holiday."""
    order = _order(
        "NORTHERN DISTRICT OF TEXAS",
        "Monday, June 7, 2027",
        "Within ten (10) days of this Order, the parties shall exchange lists of attendees.",
        "April 11, 2027",
    )
    # Sun Apr 11 + 10 = Wed Apr 21, San Jacinto Day -> Thu Apr 22, 2027.
    assert _dues(order) == [(date(2027, 4, 22), False)]


def test_colorado_does_not_keep_cesar_chavez_day() -> None:
    """Colo. Rev. Stat. § 24-11-101(1) lists no Cesar Chavez Day (an optional day off for state
    employees in lieu of a legal holiday): a forward period ending Mar 31 stays there; Cabrini
    Day (first Monday in October) moves one."""
    order = _order(
        "DISTRICT OF COLORADO",
        "Wednesday, November 15, 2028",
        "Within twenty-one (21) days of the date of this Order, the parties shall exchange "
        "insurance information.\n\nPlaintiff shall deliver a written demand twenty-four (24) "
        "days after the date of this Order.",
        "March 10, 2028",
    )
    # Fri Mar 10 + 21 = Fri Mar 31, 2028: not moved. + 24 = Mon Apr 3.
    assert _dues(order) == [(date(2028, 3, 31), False), (date(2028, 4, 3), False)]
    cabrini = _order(
        "DISTRICT OF COLORADO",
        "Wednesday, November 15, 2028",
        "Within fourteen (14) days after entry of this Order, counsel shall confer by phone.",
        "September 18, 2028",
    )
    # Mon Sep 18 + 14 = Mon Oct 2, 2028, Cabrini Day -> Tue Oct 3.
    assert _dues(cabrini) == [(date(2028, 10, 3), False)]


# --- The last business (court) day before the session ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "due_day", "tod"),
    [
        # Tue Sep 5, 2028 follows Labor Day (Mon Sep 4): the last business day is Fri Sep 1.
        (
            "Each side shall email its confidential letter to chambers by 3:00 p.m. on the "
            "last business day before the settlement conference.",
            date(2028, 9, 1),
            time(15, 0),
        ),
        (
            "Position papers are due no later than the last court day prior to the conference.",
            date(2028, 9, 1),
            None,
        ),
        (
            "Counsel shall confirm the attendees by the close of business on the business day "
            "immediately preceding the settlement conference.",
            date(2028, 9, 1),
            time(17, 0),  # read as 5:00 p.m., with the reason (the project's reading of COB)
        ),
    ],
)
def test_the_last_business_day_before_the_conference(
    sentence: str, due_day: date, tod: time | None
) -> None:
    order = _order("DISTRICT OF OREGON", "Tuesday, September 5, 2028", sentence, "July 10, 2028")
    (ob,) = order.obligations
    assert (ob.rule.amount, ob.rule.direction, ob.rule.anchor) == (
        1,
        Direction.BEFORE,
        Anchor.CONFERENCE,
    )
    assert ob.rule.unit in (Unit.BUSINESS_DAYS, Unit.COURT_DAYS)
    assert ob.rule.time_of_day == tod
    # "close of business" is read as 5:00 p.m. and flagged, as everywhere else.
    assert _dues(order) == [(due_day, "close of business" in sentence)]


def test_the_last_business_day_before_a_monday_conference() -> None:
    order = _order(
        "DISTRICT OF IDAHO",
        "Monday, February 14, 2028",
        "Updated demands shall be exchanged by noon on the last business day before the mediation.",
        "January 3, 2028",
    )
    assert _dues(order) == [(date(2028, 2, 11), False)]


# --- Periods in months ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("conference", "sentence", "due_day", "review"),
    [
        # Thu Oct 19, 2028 - 1 month = Tue Sep 19, 2028.
        (
            "Thursday, October 19, 2028",
            "Plaintiff shall serve its demand no later than one (1) month before the "
            "settlement conference.",
            date(2028, 9, 19),
            False,
        ),
        # Tue Aug 8, 2028 - 1 month = Sat Jul 8 -> Fri Jul 7, 2028.
        (
            "Tuesday, August 8, 2028",
            "Confidential statements are due one month prior to the mediation.",
            date(2028, 7, 7),
            False,
        ),
        # Wed Mar 29, 2028 - 1 month = Tue Feb 29, 2028 (leap year): no roll, no question.
        (
            "Wednesday, March 29, 2028",
            "The parties shall exchange written offers at least one month before the conference.",
            date(2028, 2, 29),
            False,
        ),
        # Fri Mar 31, 2028 - 1 month: February has no 31st. Its last day, Tue Feb 29, with
        # a review flag (the other reading, Mar 1, is later).
        (
            "Friday, March 31, 2028",
            "Each side shall lodge a settlement brief one month before the conference.",
            date(2028, 2, 29),
            True,
        ),
    ],
)
def test_a_period_in_months_before_the_conference(
    conference: str, sentence: str, due_day: date, review: bool
) -> None:
    order = _order("DISTRICT OF MONTANA", conference, sentence, "January 5, 2028")
    (ob,) = order.obligations
    assert ob.rule.unit is Unit.MONTHS and ob.rule.amount == 1
    # Every month period is flagged (counted to the same day of the month: check); a month
    # without that day also gives the later reading as an alternative.
    assert _dues(order) == [(due_day, True)]
    (deadline,) = compute_deadlines(order)
    assert len(deadline.alternatives) == (1 if review else 0)


def test_a_period_in_months_after_the_order_moves_past_a_state_holiday() -> None:
    # Wed Jan 12, 2028 + 1 month = Sat Feb 12 -> Mon Feb 14, 2028 (weekend; in Connecticut
    # Lincoln Day falls on the Saturday and is kept Fri Feb 11 -- before the due day).
    order = _order(
        "DISTRICT OF CONNECTICUT",
        "Thursday, April 20, 2028",
        "Within one month of the date of this Order, counsel shall report whether a "
        "representative of the insurer will attend.",
        "January 12, 2028",
    )
    assert _dues(order) == [(date(2028, 2, 14), True)]


# --- A period counted from a step the order itself dates -----------------------------------


def _statuses(order: Order) -> list[tuple[str, date | None, bool]]:
    return [(d.status.value, d.due_date, d.needs_review) for d in compute_deadlines(order)]


def test_a_period_after_a_step_the_order_dates() -> None:
    order = _order(
        "DISTRICT OF MASSACHUSETTS",
        "Thursday, May 18, 2028",
        "Defendant's settlement offer was sent on Thursday, April 6, 2028. Plaintiff shall "
        "respond in writing ten (10) days after the offer was sent.",
        "April 10, 2028",
    )
    assert order.stated_events == (("offer_sent", date(2028, 4, 6)),)
    # Sun Apr 16 -> Mon Apr 17 is Patriots' Day (M.G.L. c. 4, s. 7, cl. 18th) -> Tue Apr 18.
    assert _statuses(order) == [("dated", date(2028, 4, 18), False)]
    (deadline,) = compute_deadlines(order)
    assert deadline.trace[0].startswith("The order dates")


def test_an_active_sentence_dates_the_step_too() -> None:
    order = _order(
        "DISTRICT OF ALASKA",
        "Tuesday, October 24, 2028",
        "Counsel for Plaintiff e-mailed a written demand to defense counsel on September 29, "
        "2028.\n\nDefendant shall answer the demand within 14 days after receiving it.",
        "October 2, 2028",
    )
    assert order.stated_events == (("demand_sent", date(2028, 9, 29)),)
    # Counted from the sending (the earliest receipt can be), and flagged: the order counts
    # from receipt. Fri Oct 13, 2028.
    assert _statuses(order) == [("dated", date(2028, 10, 13), True)]


def test_a_step_still_to_come_is_not_a_dated_step() -> None:
    order = _order(
        "DISTRICT OF ALASKA",
        "Tuesday, October 24, 2028",
        "Plaintiff shall serve its demand on or before September 29, 2028. Defendant shall "
        "respond within seven (7) days after the demand is served.",
        "September 1, 2028",
    )
    assert order.stated_events == ()
    assert [s for s, _, _ in _statuses(order)] == ["dated", "awaiting_event"]
    later = _order(
        "DISTRICT OF ALASKA",
        "Tuesday, October 24, 2028",
        "Plaintiff served its demand on October 9, 2028.",  # after the order's own date
        "October 2, 2028",
    )
    assert later.stated_events == ()


def test_a_recorded_step_wins_and_the_dated_step_survives_storage() -> None:
    order = _order(
        "DISTRICT OF MASSACHUSETTS",
        "Thursday, May 18, 2028",
        "Defendant's settlement offer was sent on Thursday, April 6, 2028. Plaintiff shall "
        "respond in writing ten (10) days after the offer was sent.",
        "April 10, 2028",
    )
    assert order_from_dict(order_to_dict(order)) == order
    (deadline,) = compute_deadlines(order, events={"offer_sent": date(2028, 4, 12)})
    assert deadline.due_date == date(2028, 4, 24)  # Sat Apr 22 -> Mon Apr 24


# --- A weekday named in front of a period; a possessive unit --------------------------------


@pytest.mark.parametrize(
    ("sentence", "due_day"),
    [
        # Thu Jun 15, 2028 - 14 days = Thu Jun 1: not a Monday -- said, and flagged.
        (
            "Opening offers shall be exchanged on the Monday two weeks before the conference.",
            date(2028, 6, 1),
        ),
        (
            "Letters are due the Wednesday, ten (10) days prior to the settlement conference.",
            date(2028, 6, 5),
        ),
    ],
)
def test_a_weekday_in_front_of_a_period_is_flagged(sentence: str, due_day: date) -> None:
    order = _order("DISTRICT OF NEW MEXICO", "Thursday, June 15, 2028", sentence, "May 1, 2028")
    (ob,) = order.obligations
    assert any("names a" in r and "Check which day" in r for r in ob.review_reasons)
    assert _dues(order) == [(due_day, True)]


def test_a_possessive_week_is_a_week() -> None:
    order = _order(
        "DISTRICT OF NEW MEXICO",
        "Thursday, June 15, 2028",
        "Witness lists shall be exchanged three weeks' prior to the mediation.",
        "May 1, 2028",
    )
    # Thu Jun 15 - 21 days = Thu May 25, 2028.
    assert _dues(order) == [(date(2028, 5, 25), False)]
