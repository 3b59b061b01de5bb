"""Scheduling orders' field lists and deadline tables (core/order_parser/field_lists.py).

Seen in dev 540 and 541 (E.D. Cal., Judge Wanger's Rule 16 scheduling conference orders):
"Discovery Cut-Off: 6/12/09 ... Settlement Conference Date: 9/3/09 10:00 Ctrm. 9", on one
line or split by pleading-paper line numbers. Probed here in other courts' layouts: fields
one a line ("Deadline to complete discovery: ..."), dot leaders, "EVENT | DEADLINE" tables
(with pipes, and as a PDF text layer flattens them), a label on one line and its date on the
next, and bare clock times ("10:00", "2:00", "7:00", "13:30")."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import RuleKind
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.case_deadlines import CASE_DEADLINE
from settleconf.core.order_parser.field_lists import read_fields

TAIL = (
    "\n\nIT IS SO ORDERED.\n\nDated: January 12, 2026\n\n/s/ Judge\nUnited States District Judge\n"
)


def _head(court: str) -> str:
    parties = "JANE ROE, Plaintiff,\nv.\nACME CORP., Defendant.\n\n"
    return f"UNITED STATES DISTRICT COURT\n{court}\n\n{parties}"


def _due(text: str) -> list[tuple[date | None, bool]]:
    return [(d.due_date, d.needs_review) for d in compute_schedule(parse_order(text)).deadlines]


# -- the settlement conference's field -------------------------------------------------

RUN_ON = (
    _head("EASTERN DISTRICT OF CALIFORNIA")
    + "SCHEDULING CONFERENCE ORDER Discovery Cut-Off: 6/12/26 Non-Dispositive Motion Filing "
    "Deadline: 7/17/26 Dispositive Motion Filing Deadline: 8/10/26 Settlement Conference Date: "
    "5/14/26 {at} Ctrm. 9 Pre-Trial Conference Date: 10/19/26 11:00 Ctrm. 3 Trial Date: "
    "12/1/26 9:00 Ctrm. 3 (JT-5 days)\n\nDate of Scheduling Conference. January 12, 2026."
    + TAIL
)
PLEADING_PAPER = (
    "1 2 3 4 5 6\n\nUNITED STATES DISTRICT COURT\n\n7\n\nEASTERN DISTRICT OF CALIFORNIA\n\n8 9\n\n"
    "JANE ROE,\n\n10\n\nPlaintiff,\n\n11 12\n\nv. ACME CORP.,\n\n13\n\nDefendant.\n\n14\n\n"
    ") ) ) ) )\n\n15\n\n1:26-cv-0026 ABC DEF SCHEDULING CONFERENCE ORDER Discovery Cut-Off: "
    "6/12/26 Non-Dispositive Motion Filing Deadline: 7/17/26 Dispositive Motion Filing "
    "Deadline: 8/10/26 Settlement Conference Date: 5/14/26 {at} Ctrm. 8\n\n16 17\n\n"
    "Pre-Trial Conference Date: 10/19/26 11:00 Ctrm. 3\n\n18\n\nTrial Date: 12/1/26 9:00 "
    "Ctrm. 3 (JT-14 days)\n\n19 20 21\n\nI.\n\n22 23\n\nDate of Scheduling Conference. "
    "January 12, 2026.\n\n24 25 26 27 28" + TAIL
)
ONE_A_LINE = (
    _head("DISTRICT OF ARIZONA")
    + "RULE 16 SCHEDULING ORDER\n\nThe Court sets the following schedule:\n\n"
    "Settlement Conference:\nThursday, May 14, 2026\n{at}\n\n"
    "Deadline to complete fact discovery: June 12, 2026\n"
    "Last day to file dispositive motions: August 10, 2026\n" + TAIL
)
LAYOUTS = {"run-on": RUN_ON, "pleading paper": PLEADING_PAPER, "one a line": ONE_A_LINE}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_bare_morning_hour_beside_the_conference_date_is_its_time(layout: str) -> None:
    order = parse_order(LAYOUTS[layout].format(at="10:00"))
    assert (order.conference.date, order.conference.time) == (date(2026, 5, 14), time(10, 0))
    assert not any("time" in w.lower() and "conference" in w.lower() for w in order.warnings)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("written", "read"),
    # A court day's 2:00 is the afternoon (2 a.m. is no court's hour): read, not doubted.
    # A 24-hour time and one with its a.m./p.m. are what they say.
    [("2:00", time(14, 0)), ("13:30", time(13, 30)), ("9:30 a.m.", time(9, 30))],
)
def test_clock_times_a_court_day_reads_one_way(layout: str, written: str, read: time) -> None:
    order = parse_order(LAYOUTS[layout].format(at=written))
    assert order.conference.time == read
    assert not any("a.m./p.m." in w for w in order.warnings)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seven_oclock_without_am_pm_is_read_and_doubted(layout: str) -> None:
    # 7:00 a.m. (a prison's early session) and 7:00 p.m. are both possible: the parser's
    # usual reading, said as a doubt.
    order = parse_order(LAYOUTS[layout].format(at="7:00"))
    assert order.conference.time == time(7, 0)
    assert any("no a.m./p.m." in w and "7:00" in w for w in order.warnings)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_fields_dates_are_fixed_deadlines_for_the_parties(layout: str) -> None:
    order = parse_order(LAYOUTS[layout].format(at="10:00"))
    schedule = compute_schedule(order)
    # the case's schedule: dated, flagged only as the case's (case_deadlines)
    duties = [d for d in schedule.deadlines if d.obligation.review_reasons == (CASE_DEADLINE,)]
    assert [d.due_date for d in duties][:1] == [date(2026, 6, 12)]
    assert date(2026, 8, 10) in [d.due_date for d in duties]
    assert all(d.obligation.rule.kind is RuleKind.FIXED for d in duties)
    assert all(d.obligation.who == "parties" for d in duties)
    # The pre-trial conference and the trial are sessions, not deadlines: shown, flagged.
    others = {d.due_date: d for d in schedule.deadlines if d.needs_review and d not in duties}
    assert set(others) <= {date(2026, 10, 19), date(2026, 12, 1)}


def test_the_run_on_header_gives_each_field_its_own_deadline() -> None:
    order = parse_order(RUN_ON.format(at="10:00"))
    case = [o for o in order.obligations if o.review_reasons == (CASE_DEADLINE,)]
    fixed = {o.quote: o.rule.fixed_date for o in case}
    assert fixed == {
        "Discovery Cut-Off: 6/12/26": date(2026, 6, 12),
        "Non-Dispositive Motion Filing Deadline: 7/17/26": date(2026, 7, 17),
        "Dispositive Motion Filing Deadline: 8/10/26": date(2026, 8, 10),
    }
    assert order.conference.location == "Ctrm. 9"


@pytest.mark.parametrize(
    ("cut", "joined"),
    [
        ("Dispositive Motion Filing Deadline", "Dispositive Motion Filing\nDeadline"),
        ("Discovery Cut-Off", "Discovery\nCut-Off"),
    ],
)
def test_a_label_wrapped_over_a_line_break_is_one_label(cut: str, joined: str) -> None:
    order = parse_order(RUN_ON.format(at="10:00").replace(cut, joined))
    fixed = {o.rule.fixed_date for o in order.obligations if o.review_reasons == (CASE_DEADLINE,)}
    assert fixed == {date(2026, 6, 12), date(2026, 7, 17), date(2026, 8, 10)}
    assert any(o.quote.startswith(cut) for o in order.obligations)


# -- deadline tables and lists of other courts ------------------------------------------

DOT_LEADERS = (
    _head("WESTERN DISTRICT OF TEXAS")
    + "SCHEDULING ORDER\n\n"
    "Plaintiff's expert designations ........................ April 3, 2026\n"
    "Defendant's expert designations ........................ May 1, 2026\n"
    "Fact discovery cut-off ................................. June 12, 2026\n"
    "Dispositive motions deadline ........................... August 10, 2026\n"
    "A settlement conference before Magistrate Judge Doe is set for May 14, 2026 at 10:00 a.m."
    + TAIL
)
PIPE_TABLE = (
    _head("DISTRICT OF NEW JERSEY")
    + "AMENDED PRETRIAL SCHEDULING ORDER\n\n"
    "| EVENT | DEADLINE |\n|---|---|\n"
    "| Plaintiff's expert reports | April 3, 2026 |\n"
    "| Defendant's expert reports | May 1, 2026 |\n"
    "| Close of fact discovery | June 12, 2026 |\n"
    "| Dispositive motions filed | August 10, 2026 |\n\n"
    "A settlement conference is set for May 14, 2026 at 10:00 a.m. before the undersigned."
    + TAIL
)
FLAT_TABLE = (
    _head("NORTHERN DISTRICT OF ILLINOIS")
    + "CASE MANAGEMENT SCHEDULE\n\nEvent Deadline\n"
    "Plaintiff's Rule 26(a)(2) disclosures April 3, 2026\n"
    "Defendant's Rule 26(a)(2) disclosures May 1, 2026\n"
    "Fact discovery closes June 12, 2026\n"
    "Dispositive motions due August 10, 2026\n\n"
    "The parties shall appear for a settlement conference on May 14, 2026 at 10:00 a.m."
    + TAIL
)
TABLES = {"dot leaders": DOT_LEADERS, "pipes": PIPE_TABLE, "flattened table": FLAT_TABLE}


@pytest.mark.parametrize("layout", TABLES)
def test_a_deadline_table_gives_fixed_deadlines_and_the_party_it_names(layout: str) -> None:
    order = parse_order(TABLES[layout])
    assert (order.conference.date, order.conference.time) == (date(2026, 5, 14), time(10, 0))
    got = {o.rule.fixed_date: o.who for o in order.obligations}
    assert got == {
        date(2026, 4, 3): "plaintiff",
        date(2026, 5, 1): "defendant",
        date(2026, 6, 12): "parties",
        date(2026, 8, 10): "parties",
    }
    assert all(o.review_reasons in ((), (CASE_DEADLINE,)) for o in order.obligations)


@pytest.mark.parametrize(
    "label",
    ["Plaintiff's Rule 26(a)(2) disclosures", "PLAINTIFF'S EXPERT DISCLOSURES", "Pl.'s experts"],
)
def test_a_field_naming_a_party_is_that_partys(label: str) -> None:
    text = ONE_A_LINE.format(at="10:00").replace(
        "Deadline to complete", f"{label}: April 3, 2026\nDeadline to complete"
    )
    got = {o.rule.fixed_date: o.who for o in parse_order(text).obligations}
    assert got[date(2026, 4, 3)] == "plaintiff"


def test_a_fields_date_is_never_rolled() -> None:
    # June 13, 2026 is a Saturday: the order states the date, so it stands.
    text = ONE_A_LINE.format(at="10:00").replace("June 12, 2026", "June 13, 2026")
    assert (date(2026, 6, 13), True) in _due(text)  # flagged only as the case's schedule


@pytest.mark.parametrize(
    "value", ["6/31/26", "6/l2/26", "Jume 12, 2026", "February 30, 2026"]
)
def test_a_field_whose_date_cannot_be_read_is_said_not_dropped(value: str) -> None:
    text = ONE_A_LINE.format(at="10:00").replace("June 12, 2026", value)
    order = parse_order(text)
    assert not any("fact discovery" in o.quote for o in order.obligations)
    assert any("could not be read" in w and value in w for w in order.warnings)


def test_a_field_the_sentences_already_read_is_one_deadline() -> None:
    text = (
        _head("EASTERN DISTRICT OF CALIFORNIA")
        + "ORDER SETTING SETTLEMENT CONFERENCE Dispositive Motion Deadline: 02/10/2026\n\n"
        "A settlement conference is set for January 23, 2026 at 11:00 a.m. in Courtroom 9. "
        "The dispositive motion filing deadline is continued to February 10, 2026." + TAIL
    )
    dates = [d for d, _ in _due(text)]
    assert dates.count(date(2026, 2, 10)) == 1


@pytest.mark.parametrize(
    "line",
    [
        "The parties are reminded of the following date: June 12, 2026",
        "DATE: June 12, 2026",
        "Deadline: June 12, 2026",
        "IT IS ORDERED that discovery is due: June 12, 2026",
        "Dated: June 12, 2026",
    ],
)
def test_prose_and_bare_form_fields_are_not_schedule_fields(line: str) -> None:
    assert read_fields(f"SCHEDULING ORDER\n\n{line}\n") == []


def test_a_statement_field_naming_the_conference_is_a_deadline_not_the_session() -> None:
    text = (
        _head("EASTERN DISTRICT OF CALIFORNIA")
        + "ORDER SETTING SETTLEMENT CONFERENCE\n"
        "Settlement Conference Statements Due: May 7, 2026\n"
        "Settlement Conference: May 14, 2026 at 1:30 p.m.\n" + TAIL
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2026, 5, 14), time(13, 30))
    assert [(d, r) for d, r in _due(text)] == [(date(2026, 5, 7), False)]


@pytest.mark.parametrize(
    "field",
    [
        "Settlement Conference (Date): 5/14/26 10:00 Courtroom 4",
        "Settlement Conference: 10:00 a.m., Thursday, May 14, 2026",
        "| Settlement Conference before Magistrate Judge Doe | May 14, 2026 at 10:00 a.m. |",
        "MANDATORY SETTLEMENT CONFERENCE ........ May 14, 2026, 10:00",
    ],
)
def test_the_conference_field_in_other_shapes(field: str) -> None:
    text = (
        _head("DISTRICT OF NEVADA")
        + "SCHEDULING ORDER\n\n"
        + field
        + "\nDiscovery Cutoff: June 12, 2026\nFinal Pretrial Conference: October 19, 2026 at "
        "11:00 a.m.\n" + TAIL
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2026, 5, 14), time(10, 0))
    got = {(o.rule.fixed_date, o.needs_review) for o in order.obligations}
    assert got == {(date(2026, 6, 12), True), (date(2026, 10, 19), True)}  # both the case's


@pytest.mark.parametrize("value", ["TBD", "To be set by separate order", "to be determined"])
def test_a_deadline_field_without_a_date_yet_is_said(value: str) -> None:
    text = ONE_A_LINE.format(at="10:00").replace("June 12, 2026", value)
    order = parse_order(text)
    assert any("no date set yet" in w and value in w for w in order.warnings)
    assert date(2026, 8, 10) in {o.rule.fixed_date for o in order.obligations}


def test_an_unreadable_date_in_a_table_row_is_said() -> None:
    text = PIPE_TABLE.replace("June 12, 2026", "6/31/2026")
    order = parse_order(text)
    assert any("could not be read" in w and "6/31/2026" in w for w in order.warnings)
    assert date(2026, 8, 10) in {o.rule.fixed_date for o in order.obligations}
