"""Issue #13 kinds that failed on the fifteenth corpus pass's orders (700-701: PACER docket
text kept by the Civil Rights Litigation Clearinghouse): a title before a name ("sent directly
to Atty. Calcagno ... no later than November 2, 2005") cut the duty's sentence in two, so the
deadline named no one; older docket entries write a bare clock time before a numeric date
("set Settlement Conference for 1:00 2/8/01"), which was not read as the session's time; and
a clerk's "set Settlement Papers Deadline for 2/8/01 for <parties>" in a run of settings was
read as no deadline. Every sentence is written for the test; the dates are counted by hand
(fixed dates, never rolled).
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order_parser import parse_order
from tests.core.unseen_orders import COURT, due, read

# --- A title before a name is no sentence end: "to Atty. Roe", "before Mag. Judge Poe" ---


@pytest.mark.parametrize(
    ("body", "when"),
    [
        (
            "Confidential mediation memoranda must be sent directly to Atty. Jane Roe at the "
            "above address no later than May 20, 2024.",
            date(2024, 5, 20),
        ),
        (
            "Each party shall deliver its settlement statement to Mag. Judge Richard Poe's "
            "chambers on or before May 22, 2024.",
            date(2024, 5, 22),
        ),
        (
            "Plaintiff's demand shall be served on Asst. Attorney General Ann Moe no later "
            "than May 17, 2024.",
            date(2024, 5, 17),
        ),
    ],
)
def test_a_title_before_a_name_keeps_the_duty_whole(body: str, when: date) -> None:
    order = read(body)
    assert [o.needs_review for o in order.obligations] == [False]
    assert due(order, order.obligations[0].id) == when


# --- "for 1:00 2/8/01": a bare clock time before a numeric date is the session's time ---


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            "REPORT of Conference of Counsel, set Settlement Conference for 1:00 2/8/01 ( signed "
            "by MAG. JUDGE JANE ROE ) cc: cnsl (jgw) (Entered: 02/01/2001)",
            date(2001, 2, 8),
            time(13, 0),
        ),
        (
            "Settlement Conference set for 10:45 4/26/99 before MAG. JUDGE RICHARD POE ; cc: "
            "cnsl (abc) (Entered: 03/15/1999)",
            date(1999, 4, 26),
            time(10, 45),
        ),
        (
            "ORDER granting motion to continue; Settlement Conference reset to 9:30 11/2/2000 "
            "before Magistrate Judge Ann Moe. (xy)",
            date(2000, 11, 2),
            time(9, 30),
        ),
    ],
)
def test_a_bare_time_before_the_date_is_read(text: str, when: date, at: time) -> None:
    order = parse_order(COURT + text)
    assert (order.conference.date, order.conference.time) == (when, at)
    # no a.m./p.m. is written: the reading by court hours is shown as a guess
    assert any("has no a.m./p.m." in w for w in order.warnings)


def test_a_time_before_a_date_is_not_taken_from_an_entry_stamp() -> None:
    order = parse_order(
        COURT + "Settlement Conference set for 2/8/2001 at 2:00 PM before Magistrate Judge "
        "Jane Roe. (Entered: 02/01/2001)"
    )
    assert (order.conference.date, order.conference.time) == (date(2001, 2, 8), time(14, 0))
    assert not any("has no a.m./p.m." in w for w in order.warnings)


# --- "set <paper> Deadline for <date>": a clerk's setting is the parties' deadline ---------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "REPORT of Conference of Counsel, set Settlement Conference for 1:00 2/8/01 , set "
            "Settlement Papers Deadline for 2/5/01 for JOHN DOE, for ACME CORP ( signed by MAG. "
            "JUDGE JANE ROE ) cc: cnsl (jgw)",
            date(2001, 2, 5),
        ),
        (
            "Settlement Conference set for 6/7/2018 at 10:00 AM; Confidential Settlement "
            "Statement Deadline set for 5/31/2018 for all parties. (abc)",
            date(2018, 5, 31),
        ),
        (
            "Telephone conference held; reset Settlement Conference for 9:30 3/14/02 ; reset "
            "Settlement Memoranda deadline to 3/7/02 (xyz)",
            date(2002, 3, 7),
        ),
    ],
)
def test_a_clerks_deadline_setting_is_the_parties_duty(text: str, when: date) -> None:
    order = parse_order(COURT + text)
    assert [due(order, o.id) for o in order.obligations] == [when]
    assert [o.who for o in order.obligations] == ["parties"]


def test_a_meeting_set_as_a_deadline_is_no_duty() -> None:
    # "Conference of Counsel deadline to 9:00 2/16/01": a session with the judge, not a paper
    order = parse_order(
        COURT + "set Settlement Conference for 1:00 2/8/01 , set Conference of Counsel "
        "deadline to 9:00 2/16/01 w/Judge Roe to discuss any in limine motions (jgw)"
    )
    assert order.conference.date == date(2001, 2, 8)
    assert [o.rule.fixed_date for o in order.obligations] == []


# --- 702-707: a clerk's shortened names, an entry's own stamps, a same-day move ------------


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            "Notice of Settlement Conference and Settlement Conference ORDER by Mag. Judge Jane "
            "Roe Settlement conf. (Mag) set for 1:30 pm on 12/17/97 before Magistrate Judge Roe "
            "at 450 Main Street, Courtroom A ( Date Entered: 10/8/97) (cc: all counsel) (cp)",
            date(1997, 12, 17),
            time(13, 30),
        ),
        (
            "SCHEDULING ORDER by Magistrate Judge Richard Poe : ; stlmnt conf set for 9:30 3/28/01 "
            "RP (cc: all counsel) (ga) (Entered: 12/27/2000)",
            date(2001, 3, 28),
            time(9, 30),
        ),
        (
            "MINUTES: Stlmt. Conf. set for 10:00 a.m. on 6/5/2003 before Magistrate Judge Ann "
            "Moe. (xy) (Entered: 05/01/2003)",
            date(2003, 6, 5),
            time(10, 0),
        ),
    ],
)
def test_a_shortened_settlement_conference_is_the_session(
    text: str, when: date, at: time
) -> None:
    order = parse_order(COURT + text)
    assert (order.conference.date, order.conference.time) == (when, at)


def test_a_status_conf_is_still_another_meeting() -> None:
    order = parse_order(
        COURT + "Status conf. set for 9:00 a.m. on 5/1/2003; Settlement conf. set for 2:00 p.m. "
        "on 6/5/2003 before Magistrate Judge Ann Moe. (xy)"
    )
    assert (order.conference.date, order.conference.time) == (date(2003, 6, 5), time(14, 0))


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            "MINUTE ENTRY ( 1/14/02 ): A settlement conference is scheduled before the "
            "undersigned at 9:00 2/21/02; settlement letters due by 2/14/02. by Magistrate "
            "Judge Jane Roe (tbl) (Entered: 01/15/2002)",
            date(2002, 2, 21),
            time(9, 0),
        ),
        (
            "MINUTE ORDER ( 3/3/2005 ) setting a settlement conference before Magistrate Judge "
            "Richard Poe on 4/12/2005 at 10:00 AM. (ab) (Entered: 03/04/2005)",
            date(2005, 4, 12),
            time(10, 0),
        ),
        (
            "Set/Reset Hearings: Mediation Hearing set for 7/28/2005 10:00 AM. (bt, COURT STAFF) "
            "(Filed on 6/29/2005) (Entered: 06/29/2005)\n\nMINUTES: ( Hearing Date: 7/1/05) "
            "Settlement Conference referred to the ADR program [EOD Date: 7/2/05] (mm)",
            date(2005, 7, 28),
            time(10, 0),
        ),
    ],
)
def test_an_entrys_own_stamp_is_no_session_date(text: str, when: date, at: time) -> None:
    order = parse_order(COURT + text)
    assert (order.conference.date, order.conference.time) == (when, at)
    assert not any("more than one conference date" in w for w in order.warnings)


def test_letters_due_in_a_minute_entry_keep_their_date() -> None:
    order = parse_order(
        COURT + "MINUTE ENTRY ( 1/14/02 ): A settlement conference is scheduled before the "
        "undersigned at 9:00 2/21/02; settlement letters due by 2/14/02. by Magistrate Judge "
        "Jane Roe (tbl)"
    )
    assert [due(order, o.id) for o in order.obligations] == [date(2002, 2, 14)]


@pytest.mark.parametrize(
    ("text", "when", "at"),
    [
        (
            "MINUTE ENTRY ( 1/11/02 ) Settlement conference scheduled before the District Judge "
            "2:00 2/21/02 is hereby reset before Magistrate Judge Jane Roe 9:00 2/21/02 . by "
            "Judge Richard Poe (tbl) (Entered: 01/14/2002)",
            date(2002, 2, 21),
            time(9, 0),
        ),
        (
            "NOTICE: the Settlement Conference previously set for 5/4/2021 at 10:00 AM is reset "
            "to 5/4/2021 at 02:00 PM before Magistrate Judge Ann Moe. (xy)",
            date(2021, 5, 4),
            time(14, 0),
        ),
    ],
)
def test_a_same_day_move_keeps_the_day_at_the_new_hour(text: str, when: date, at: time) -> None:
    order = parse_order(COURT + text)
    assert (order.conference.date, order.conference.time) == (when, at)
