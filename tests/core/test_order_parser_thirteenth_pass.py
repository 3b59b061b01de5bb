"""Issue #13 kinds that failed on the thirteenth corpus pass's order (630, D.P.R.): a
schedule written date first ("Friday, November 23, 2012: deadline for Defendants to file
..."), which read as no deadline at all, and a period "within the next fifteen days" given to
a party named by its own name ("the Court ordered that PREPA file its answer ..."). Every
sentence is written for the test; the dates are counted by hand (FRCP 6(a)).
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.case_deadlines import CASE_DEADLINE
from tests.core.unseen_orders import COURT, HEAD, read

# --- A schedule written date first ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "dues"),
    [
        (
            "In consultation with the parties, the Court set the following deadlines: Tuesday, "
            "July 9, 2024: deadline for Plaintiff to amend the complaint; Friday, August 16, "
            "2024: close of fact discovery; and lastly Monday, September 16, 2024: deadline "
            "for filing dispositive motions.",
            {date(2024, 7, 9), date(2024, 8, 16), date(2024, 9, 16)},
        ),
        (
            "SCHEDULE\n8/30/2024 - Expert disclosures due\n9/30/2024 - Discovery cut-off\n"
            "10/15/2024 - Status hearing at 2:00 p.m. in Courtroom 3\n",
            {date(2024, 8, 30), date(2024, 9, 30)},
        ),
        (
            "The remaining dates are as follows: June 28, 2024: Defendants' responses to the "
            "amended complaint; July 31, 2024: joint status report on discovery.",
            {date(2024, 6, 28), date(2024, 7, 31)},
        ),
    ],
)
def test_a_date_first_schedule_gives_fixed_deadlines(body: str, dues: set[date]) -> None:
    order = read(body)
    deadlines = [
        d
        for d in compute_deadlines(order)
        if d.obligation.review_reasons in ((), (CASE_DEADLINE,))  # the case's: dated, flagged
    ]
    assert {d.due_date for d in deadlines} == dues
    assert all(d.obligation.rule.kind is RuleKind.FIXED for d in deadlines)
    assert "No deadlines were found in the order." not in order.warnings


def test_a_session_in_a_date_first_schedule_is_its_own_flagged_date() -> None:
    order = read(
        "The Court set these dates: 9/30/2024 - Discovery cut-off; 10/15/2024 - Status "
        "hearing at 2:00 p.m. in Courtroom 3; 11/1/2024 - Dispositive motions due."
    )
    [hearing] = [o for o in order.obligations if o.rule.fixed_date == date(2024, 10, 15)]
    assert hearing.needs_review and hearing.rule.time_of_day == time(14, 0)
    assert order.conference.date == date(2024, 6, 4)  # the heading's session, not the hearing


def test_the_settlement_conference_in_a_date_first_schedule_is_the_conference() -> None:
    order = read(
        "The Court set the following dates: Friday, July 12, 2024: deadline to exchange "
        "settlement demands; Monday, August 5, 2024: Settlement Conference at 9:30 a.m. in "
        "Judge Smith's Chambers.",
        head=COURT,
    )
    assert (order.conference.date, order.conference.time) == (date(2024, 8, 5), time(9, 30))
    assert {d.due_date for d in compute_deadlines(order)} == {date(2024, 7, 12)}


def test_one_sentence_opening_on_a_date_is_not_a_schedule() -> None:
    order = read("June 3, 2024: the parties' joint report was received and reviewed.")
    assert not any(o.quote.startswith("June 3, 2024:") for o in order.obligations)


# --- "within the next N days", and a party named by its own name ---------------------------


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # Counted from the order (May 1, 2024): the order says so, or it is assumed and said.
        ("The Court ordered that PREPA file its answer within the next fifteen days.",
         date(2024, 5, 16)),
        ("Plaintiff shall serve its initial disclosures within the next 14 days of the date "
         "of this order.", date(2024, 5, 15)),
        ("IT IS ORDERED that Dr. Jones submit the medical records within the following thirty "
         "(30) days of entry of this Order.", date(2024, 5, 31)),
    ],
)
def test_within_the_next_days_counts_from_the_order(body: str, when: date) -> None:
    order = read(body, head=HEAD)
    [ob] = order.obligations
    assert (ob.rule.kind, ob.rule.anchor) == (RuleKind.RELATIVE, Anchor.ORDER)
    [d] = compute_deadlines(order)
    assert d.due_date == when


def test_a_party_named_by_its_name_is_the_one_who_acts() -> None:
    order = read("The Court ordered that PREPA file its answer within the next fifteen days.")
    [ob] = order.obligations
    assert ob.who == "PREPA"
    no_duty = read("The Court ordered that Judgment enter within the next fifteen days.")
    assert not no_duty.obligations


def test_the_conference_entry_names_its_own_room_not_the_hearings() -> None:
    order = read(
        "The Court set the following dates: Friday, March 1, 2024: hearing on class "
        "certification at 4:00 PM in Courtroom 4; Monday, July 29, 2024: Settlement Conference "
        "at 5:00 PM in Judge Smith's Chambers; Monday, August 19, 2024: deadline for filing "
        "dispositive motions.",
        head=COURT,
    )
    assert (order.conference.date, order.conference.time) == (date(2024, 7, 29), time(17, 0))
    assert order.conference.location == "Judge Smith's Chambers"


# --- The same schedules, hard-wrapped (a PDF's lines, an e-mail) ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        # The label on the line after the date's colon.
        "The Court set the following dates: Monday, July 29, 2024: deadline for Plaintiff\n"
        "to serve a written demand; Tuesday, September 3, 2024:\nSettlement Conference at "
        "5:00 PM in Chambers; Monday, September 16,\n2024: deadline for filing dispositive "
        "motions.",
        # The date on the line after the semicolon, a label going on in lower case.
        "These dates govern: Monday, July 29, 2024: deadline for Plaintiff to serve a written\n"
        "demand;\nTuesday, September 3, 2024: Settlement Conference at 5:00 PM in Chambers; "
        "and lastly\nMonday, September 16, 2024: deadline for filing dispositive motions.",
        # A word split by a hyphen at a line's end, inside the conference's entry.
        "Dates: Monday, July 29, 2024: deadline for Plaintiff to serve a written demand; "
        "Tuesday,\nSeptember 3, 2024: Settle-\nment Conference at 5:00 PM in Chambers; Monday, "
        "September 16, 2024: deadline for filing dispositive motions.",
    ],
)
def test_a_wrapped_date_first_schedule_keeps_its_conference_entry(body: str) -> None:
    # Unwrapped, each reads the September 3 session; wrapped, the sentence reader had taken
    # the date after "Settlement Conference" -- the next entry's, September 16 -- unflagged.
    order = read(body, head=COURT)
    assert (order.conference.date, order.conference.time) == (date(2024, 9, 3), time(17, 0))
    dues = {
        d.due_date
        for d in compute_deadlines(order)
        if d.obligation.review_reasons in ((), (CASE_DEADLINE,))
    }
    assert dues == {date(2024, 7, 29), date(2024, 9, 16)}
