"""One vocabulary for a case's own schedule, shared by the parser and the consistency check."""

from __future__ import annotations

from settleconf.core.case_events import CASE_DEADLINE, CASE_EVENT, CASE_LABEL
from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.case_deadlines import case_deadline_reason
from settleconf.core.order_parser.case_schedule import case_schedule_reason


def test_sentence_words_leave_a_motion_about_the_session_alone() -> None:
    assert CASE_EVENT.search("Deposition designations shall be served by July 9, 2027.")
    assert not CASE_EVENT.search("A motion to appear by video must be filed by May 3, 2027.")
    assert case_deadline_reason("A motion to appear by video must be filed by May 3, 2027.") is None


def test_label_words_take_the_broad_ones() -> None:
    assert CASE_LABEL.search("Motions")
    assert CASE_LABEL.search("Witness lists")
    assert not CASE_LABEL.search("Settlement statements")
    assert case_schedule_reason("Motions in Limine due by 10/4/2027.") == CASE_DEADLINE
    assert case_schedule_reason("Witness Lists due by 10/4/2027.") == CASE_DEADLINE


def test_the_parser_and_the_consistency_check_agree_on_a_case_date() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
        "ORDER SETTING SETTLEMENT CONFERENCE\n\n"
        "1. A settlement conference is set for Wednesday, June 16, 2027, at 9:30 a.m.\n"
        "2. Each party shall submit a confidential settlement statement seven days before "
        "the conference.\n"
        "3. Deposition designations shall be served by July 23, 2027.\n\n"
        "IT IS SO ORDERED.\n\nDated: April 5, 2027\n"
    )
    schedule = compute_schedule(parse_order(text, source_name="t"))
    designations = [d for d in schedule.deadlines if "designation" in d.id]
    assert [(d.due_date.isoformat() if d.due_date else None) for d in designations] == [
        "2027-07-23"
    ]
    assert CASE_DEADLINE in designations[0].obligation.review_reasons
    # Dated and flagged as the case's: no second warning that it falls after the conference.
    assert not [w for w in schedule.warnings if "after the conference" in w]
    statement = schedule.get("settlement_statement")
    assert statement is not None and statement.due_date is not None
    assert statement.due_date.isoformat() == "2027-06-09"


def test_a_case_date_said_with_no_one_to_act_is_named_and_dated() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nSCHEDULING ORDER\n\n"
        "1. Plaintiff's expert disclosures are due August 6, 2027.\n"
        "2. Fact discovery closes September 17, 2027.\n"
        "3. A settlement conference is set for Thursday, October 7, 2027, at 1:30 p.m. Each "
        "party shall lodge a confidential settlement statement seven days before the "
        "conference.\n\nIT IS SO ORDERED.\n\nDated: March 8, 2027\n"
    )
    schedule = compute_schedule(parse_order(text, source_name="t"))
    got = {d.id: (d.due_date.isoformat() if d.due_date else None, d.needs_review)
           for d in schedule.deadlines}
    # Named for the paper, not the possessive's "s" or the month ("s_august").
    assert got["expert_disclosures"] == ("2027-08-06", True)
    assert got["complete_discovery"] == ("2027-09-17", True)
    assert got["settlement_statement"] == ("2027-09-30", False)
