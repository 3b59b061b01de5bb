"""Issue #13 kinds that failed on the fourteenth corpus pass's orders (660-672: PACER docket
text): "ORDER SCHEDULING SETTLEMENT CONFERENCE for ..." read as a scheduling conference; a
notice rescheduling the session ("previously set for 2/6/17 ... Settlement Conference set for
2/17/2017") kept the old date; a list entry "Final Settlement Conference at 10:30 AM on
6/26/2017 in Charleston; Trial set for 6/27/2017 at 09:30 AM" took the trial's time; a
signature "Signed by Judge John T. Doe, Jr. on ..." read as a session date; and "Fourteen days
on or before the session date" read as no period. Every sentence is written for the test; the
dates are counted by hand (FRCP 6(a)).
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser import parse_order
from tests.core.unseen_orders import COURT, due, read

# --- "ORDER SCHEDULING SETTLEMENT CONFERENCE for <date>": the verb, not a kind of conference --


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            "ORDER SCHEDULING SETTLEMENT CONFERENCE for 3/9/2021 at 1:30 PM before Magistrate "
            "Judge Jane Roe. Signed by Magistrate Judge Jane Roe.(abc) (Entered: 02/01/2021)",
            date(2021, 3, 9),
            time(13, 30),
        ),
        (
            "Order Scheduling Settlement Conference for May 12, 2022 at 9:00 a.m. in Chambers "
            "of Magistrate Judge Richard Poe.",
            date(2022, 5, 12),
            time(9, 0),
        ),
        (
            "ORDER SCHEDULING MEDIATION for 10/4/2023 at 10:00 AM in Courtroom 5 before "
            "Magistrate Judge Ann Moe.",
            date(2023, 10, 4),
            time(10, 0),
        ),
    ],
)
def test_scheduling_as_a_verb_names_the_settlement_session(text: str, when: date, at: time) -> None:
    conference = parse_order(COURT + text).conference
    assert (conference.date, conference.time) == (when, at)


def test_a_scheduling_conference_is_still_another_meeting() -> None:
    conference = parse_order(
        COURT + "Scheduling Conference set for 4/5/2022 at 9:00 AM. Settlement Conference set "
        "for 6/7/2022 at 1:00 PM before Magistrate Judge Jane Roe."
    ).conference
    assert (conference.date, conference.time) == (date(2022, 6, 7), time(13, 0))


# --- A rescheduling notice: the date it was "previously set for" is no longer the session's --


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            "Order Setting Settlement Conference: Settlement Conference set for 3/2/2020 09:00 "
            "AM in Abingdon before Magistrate Judge Jane Roe. Signed by Magistrate Judge Jane "
            "Roe on 1/6/20.\n\nNotice Rescheduling Hearing (N) previously set for 3/2/20 at 9:00 "
            "a.m. before Judge Roe in Abingdon Settlement Conference set for 3/16/2020 01:30 PM "
            "in Abingdon before Magistrate Judge Jane Roe. (xy)",
            date(2020, 3, 16),
            time(13, 30),
        ),
        (
            "MINUTE ORDER: Settlement Conference set for 5/4/2021 at 10:00 AM in Chambers.\n\n"
            "NOTICE OF RESCHEDULED HEARING: Hearing previously set for 5/4/2021 is now "
            "Settlement Conference set for 5/18/2021 at 02:00 PM in Chambers.",
            date(2021, 5, 18),
            time(14, 0),
        ),
    ],
)
def test_a_rescheduled_session_takes_the_new_date(text: str, when: date, at: time) -> None:
    conference = parse_order(COURT + text).conference
    assert (conference.date, conference.time) == (when, at)


def test_previously_set_ends_at_the_semicolon() -> None:
    # "the scheduling conference previously scheduled is cancelled; ... Settlement
    # Conference at ...": the later setting is no history
    conference = parse_order(
        COURT + "ORDER: the status conference previously scheduled is cancelled; discovery to "
        "close by 2/1/2019; Settlement Conference set for 3/4/2019 at 9:30 AM in Wheeling."
    ).conference
    assert (conference.date, conference.time) == (date(2019, 3, 4), time(9, 30))


# --- A list entry with its time first; past the semicolon the time is the next entry's -----


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            "Proposed Jury Charge due by 6/26/2017; Final Settlement Conference at 10:30 AM on "
            "6/26/2017 in Charleston; Trial set for 6/27/2017 at 09:30 AM in Charleston.",
            date(2017, 6, 26),
            time(10, 30),
        ),
        (
            "Motions in limine due by 8/1/2022; Settlement Conference at 2:00 PM on 8/8/2022; "
            "Pretrial Conference set for 8/15/2022 at 11:00 AM.",
            date(2022, 8, 8),
            time(14, 0),
        ),
        (
            "Final settlement conference at 9:00 a.m. on May 3, 2023 in Beckley; jury selection "
            "at 8:30 a.m. on May 9, 2023.",
            date(2023, 5, 3),
            time(9, 0),
        ),
    ],
)
def test_a_time_first_entry_keeps_its_own_time(text: str, when: date, at: time) -> None:
    conference = parse_order(COURT + text).conference
    assert (conference.date, conference.time) == (when, at)


# --- "Signed by Judge John T. Doe, Jr. on <date>": the order's date, never the session's ----


@pytest.mark.parametrize(
    "signature",
    [
        "Signed by Judge John T. Doe, Jr. on 6/30/2016.",
        "Signed by Senior Judge A. B. Roe, Sr. on June 30, 2016.",
    ],
)
def test_a_signature_with_initials_is_not_the_session(signature: str) -> None:
    conference = parse_order(
        COURT + "ORDER: the scheduling conference previously scheduled is cancelled; Final "
        "Settlement Conference at 10:30 AM on 1/9/2017 in Charleston; Trial set for 1/10/2017 "
        f"at 09:30 AM. {signature}"
    ).conference
    assert (conference.date, conference.time) == (date(2017, 1, 9), time(10, 30))


def test_the_date_a_reference_was_issued_on_is_not_the_session() -> None:
    # a line break after an initial ("Judge Jane Q.\nRoe") makes this its own sentence
    conference = parse_order(
        COURT + "Pursuant to the Order of Reference from Judge Jane Q.\nRoe issued on May 2, "
        "2023, the matter is to be set for a Settlement Conference.\n\nIT IS HEREBY ORDERED "
        "that the matter is scheduled\nfor a Settlement\n\nConference on June 6, 2023 at 9:00 "
        "a.m. in Room 235."
    ).conference
    assert (conference.date, conference.time) == (date(2023, 6, 6), time(9, 0))


# --- "N days on or before the session date" ----------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "when"),
    [
        (
            COURT + "The first mediation session will take place on August 29, 2016.\n\n",
            "Fourteen days on or before the session date, counsel shall file with the Mediator "
            "their client's mediation statement.",
            date(2016, 8, 15),
        ),
        (
            COURT + "The mediation session will take place on Tuesday, March 12, 2024.\n\n",
            "Seven (7) days on or before the session date, each party shall submit a "
            "confidential statement to the mediator.",
            date(2024, 3, 5),
        ),
        (
            COURT + "A settlement conference is set for Monday, October 21, 2024 at 10:00 a.m.\n\n",
            "Ten days on or before the settlement conference, each party shall deliver its "
            "settlement statement to chambers.",
            date(2024, 10, 11),
        ),
    ],
)
def test_days_on_or_before_the_session(head: str, body: str, when: date) -> None:
    order = read(body, head)
    [ob] = order.obligations
    assert ob.rule.kind is RuleKind.RELATIVE and ob.rule.anchor is Anchor.CONFERENCE
    assert not ob.needs_review
    assert due(order, ob.id) == when


# --- A word split at a line break (hyphen or not) is whole before the split-word mender runs


@pytest.mark.parametrize(
    "body",
    [
        "Discovery cut-off is ext-\nende d to and including June 16, 2024.",
        "The discovery deadline is contin-\nue d to and including June 16, 2024.",
        # a plain line break where the stray space was
        "Discovery cut-off is extende\nd to and including June 16, 2024.",
    ],
)
def test_a_hyphen_break_inside_a_split_word_is_mended(body: str) -> None:
    order = read(body)
    assert date(2024, 6, 16) in {o.rule.fixed_date for o in order.obligations}
