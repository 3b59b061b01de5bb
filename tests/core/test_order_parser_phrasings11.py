"""Kinds the eleventh phrasing set (tests/corpus/phrasings11: orders as pasted from CM/ECF --
NEF e-mails, docket-sheet rows, text-only orders, forwarded chains) found, probed in other
wording: in a paste of several docket rows, the deadlines of an earlier entry that a later one
struck and reset, and CM/ECF's "Responses due by" on a party's motion, were shown without
review, one sentence ran from one row into the next, and the order's date was the first row's
(so "within 14 days of this Order" in the reset entry would have counted from the old one);
a scheduling order's case schedule ("Discovery due by 8/13/2027") was shown beside the
settlement conference as if it were a settlement duty."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from settleconf.core.deadlines import Deadline, compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.case_schedule import case_schedule_reason
from settleconf.core.order_parser.docket_entries import docket_rows, governing


def _deadlines(text: str) -> list[Deadline]:
    return list(compute_schedule(parse_order(text)).deadlines)


def _shown(text: str) -> dict[date, bool]:
    """Each due date and whether it is flagged for review."""
    return {d.due_date: d.needs_review for d in _deadlines(text) if d.due_date}


# Oldest first, as most sheets sort; the reset entry restates new dates.
RESET_OLDEST_FIRST = (
    "03/01/2027\t12\tORDER: Settlement Conference set for 4/20/2027 at 10:00 AM before "
    "Magistrate Judge Q. Example. Plaintiff shall serve a settlement demand by 3/30/2027. "
    "Position letters due 4/13/2027. (abc) (Entered: 03/01/2027)\n"
    "03/29/2027\t15\tORDER granting [14] Joint Motion to Adjourn. The settlement conference "
    "of 4/20/2027 is adjourned to 5/25/2027 at 2:00 PM. Plaintiff shall serve a settlement "
    "demand within 14 days of this Order. Position letters due 5/18/2027. (abc) "
    "(Entered: 03/29/2027)\n"
)


def test_the_newest_settlement_entry_governs_oldest_first() -> None:
    order = parse_order(RESET_OLDEST_FIRST)
    assert (order.conference.date, order.conference.time) == (date(2027, 5, 25), time(14, 0))
    # the reset entry dates the order: 14 days from March 29 is April 12
    assert order.order_date == date(2027, 3, 29)
    shown = _shown(RESET_OLDEST_FIRST)
    assert shown[date(2027, 4, 12)] is False
    assert shown[date(2027, 5, 18)] is False
    # the superseded entry's dates are shown only for review
    assert shown[date(2027, 3, 30)] is True
    assert shown[date(2027, 4, 13)] is True


def test_the_newest_settlement_entry_governs_newest_first() -> None:
    rows = RESET_OLDEST_FIRST.splitlines(keepends=True)
    pasted = "Date Filed\t#\tDocket Text\n" + rows[1] + rows[0]
    order = parse_order(pasted)
    assert order.conference.date == date(2027, 5, 25)
    assert order.order_date == date(2027, 3, 29)
    shown = _shown(pasted)
    assert shown[date(2027, 5, 18)] is False
    assert shown[date(2027, 4, 13)] is True


def test_a_party_filing_sets_no_settlement_duty() -> None:
    pasted = (
        "06/01/2027\t30\tTEXT ORDER: Settlement Conference set for 7/22/2027 10:00 AM. "
        "Confidential settlement statements due by 7/15/2027. So Ordered by Magistrate Judge "
        "Q. Example on 6/1/2027. (kht, ) (Entered: 06/01/2027)\n"
        "06/03/2027\t31\tUnopposed MOTION for Leave to Appear by Video at Settlement Conference "
        "by Delmar Holdings. Responses due by 6/17/2027 (Vance, Ola) (Entered: 06/03/2027)\n"
    )
    shown = _shown(pasted)
    assert shown[date(2027, 7, 15)] is False
    assert shown.get(date(2027, 6, 17), True) is True
    # CM/ECF's briefing line, with the filer and the sheet's stamp after it, as it is quoted
    assert case_schedule_reason("Responses due by 6/17/2027 (Vance, Ola) (Entered: 06/03/2027)")
    # the motion's row is its own paragraph: no quote runs into the next entry
    assert all("(Entered:" not in d.obligation.quote[:-30] for d in _deadlines(pasted))


def test_another_order_entry_in_the_paste_is_flagged() -> None:
    pasted = (
        "04/26/2027\t31\tTEXT ORDER: Settlement Conference set for 6/8/2027 10:00 AM. "
        "Confidential settlement letters shall be emailed to chambers by 6/1/2027. (kht, ) "
        "(Entered: 04/26/2027)\n"
        "04/27/2027\t32\tORDER: The parties shall file a joint proposed discovery plan by "
        "5/14/2027. (kht, ) (Entered: 04/27/2027)\n"
    )
    shown = _shown(pasted)
    assert shown[date(2027, 6, 1)] is False
    assert shown[date(2027, 5, 14)] is True


def test_one_row_and_same_day_rows_stand_together() -> None:
    # D. Kan.: the order and the clerk's Set/Reset Hearings row, same day, no entry number
    pasted = (
        "05/17/2027\t51\tORDER SETTING SETTLEMENT CONFERENCE. Plaintiff shall serve a "
        "settlement demand by 6/10/2027. Signed by Magistrate Judge Q. Example on 5/17/2027. "
        "(ams) (Entered: 05/17/2027)\n"
        "05/17/2027\t\tSet/Reset Hearings: Settlement Conference set for 7/8/2027 09:30 AM "
        "before Magistrate Judge Q. Example. (ams) (Entered: 05/17/2027)\n"
    )
    order = parse_order(pasted)
    assert (order.conference.date, order.conference.time) == (date(2027, 7, 8), time(9, 30))
    assert _shown(pasted) == {date(2027, 6, 10): False}
    # a minute entry dated by the date-filed column, not its later "(Entered: ...)" stamp
    minute = (
        "04/19/2027\t36\tMINUTE ENTRY for proceedings held before Magistrate Judge Q. Example: "
        "Settlement Conference set for 6/24/2027 at 9:00 AM. Plaintiff shall serve a demand "
        "within 21 days of this Order. (JMK) (Entered: 04/20/2027)\n"
    )
    assert parse_order(minute).order_date == date(2027, 4, 19)
    assert _shown(minute) == {date(2027, 5, 10): False}


def test_rows_need_the_sheets_entered_stamp() -> None:
    # a schedule's "6/1/2027  Close of fact discovery" line is no docket row
    assert docket_rows("6/1/2027   Close of fact discovery\n7/1/2027   Mediation completed\n") == []
    rows = docket_rows(RESET_OLDEST_FIRST)
    assert [r.number for r in rows] == ["12", "15"]
    rule = governing(rows)
    assert rule is not None and rule.number == "15"


@pytest.mark.parametrize(
    "line",
    [
        "Amended Pleadings due by 5/14/2027.",
        "Discovery due by 8/13/2027.",
        "Designation of Plaintiff's experts due by 6/18/2027.",
        "Dispositive Motions due by 10/15/2027.",
        "Motions in Limine due by 1/3/2028.",
        "Joinder of Parties due by 4/2/2027.",
        "Replies due by 6/16/2027.",
        "Joint Pretrial Order due by December 1, 2027.",
    ],
)
def test_a_case_schedule_line_is_no_settlement_duty(line: str) -> None:
    assert case_schedule_reason(line) is not None
    text = (
        "SCHEDULING ORDER: Settlement Conference set for 9/22/2027 before Magistrate Judge "
        f"Q. Example. Confidential settlement statements due by 9/15/2027. {line} Signed by "
        "Judge R. Example on 3/4/2027. (jv) (Entered: 03/04/2027)\n"
    )
    shown = _shown(text)
    assert shown[date(2027, 9, 15)] is False
    assert all(flagged for due, flagged in shown.items() if due != date(2027, 9, 15))


@pytest.mark.parametrize(
    "line",
    [
        "Settlement Conference Statements due by 7/2/2027.",
        "Defendant's written response due by 5/19/2027.",
        "Ex parte settlement letters due 7/16/2027.",
        "Plaintiff's demand due 5/27/2027;",
        "ADR Report due by 8/2/2027.",
        "Plaintiff shall file any motion to amend by 7/9/2027 and shall serve a settlement "
        "demand by 7/16/2027.",
    ],
)
def test_settlement_papers_and_sentences_are_not_case_schedule(line: str) -> None:
    assert case_schedule_reason(line) is None


def test_long_hostile_rows_stay_fast() -> None:
    import time as clock

    row = "01/02/2027\t1\t" + "ORDER " * 20000 + "(Entered: 01/02/2027)\n"
    started = clock.monotonic()
    docket_rows(row * 20)
    case_schedule_reason("Discovery " * 5000 + "due by 8/13/2027.")
    assert clock.monotonic() - started < 2.0


COURT_NEF = (
    "---------- Forwarded message ---------\n"
    "From: <ecf@mdd.uscourts.gov>\n"
    "Date: Tue, Mar 2, 2027 at 4:10 PM\n"
    "Subject: Activity in Case 1:26-cv-03301 Lyle v. Harbor Point Marine Order\n"
    "To: <docket@firm.example>\n"
    "\n"
    "Notice of Electronic Filing\n"
    "\n"
    "The following transaction was entered on 3/2/2027 at 4:09 PM EST and filed on 3/2/2027\n"
    "Docket Text:\n"
    "PAPERLESS ORDER: Settlement Conference set for 4/27/2027 at 10:00 AM before Magistrate "
    "Judge Q. Example. Ex parte settlement letters due by 4/16/2027. Signed by Magistrate Judge "
    "Q. Example on 3/2/2027. (kw3s)\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Team - the settlement letter must be sent to chambers by 4/9/2027 per our internal "
        "rule. Plaintiff's demand should go out by March 19, 2027 so they can respond.\n\nThanks,"
        "\nJo\n\n",
        "From: Jo Park <jpark@firm.example>\nSent: Wednesday, March 3, 2027 8:02 AM\nTo: Lit "
        "Team <lit@firm.example>\nSubject: FW: Activity in Case 1:26-cv-03301 Order\n\nWe must "
        "circulate the draft letter by April 9, 2027. I think the settlement conference is set "
        "for April 20, 2027 at 2:00 p.m.?\n\n",
    ],
)
def test_a_colleagues_note_is_not_the_order(note: str) -> None:
    order = parse_order(note + COURT_NEF)
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 27), time(10, 0))
    shown = _shown(note + COURT_NEF)
    assert shown.pop(date(2027, 4, 16)) is False
    assert shown and all(shown.values())  # the note's dates only for review


def test_a_reply_quoting_the_court_with_marks_is_read() -> None:
    quoted = "".join(f"> {line}\n" for line in COURT_NEF.splitlines()[1:])
    pasted = (
        "Looping you in -- the client can't do 4/23/2027, can we ask to move it\n\n"
        "On Tue, Mar 2, 2027 at 4:10 PM <ecf@mdd.uscourts.gov> wrote:\n" + quoted
    )
    order = parse_order(pasted)
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 27), time(10, 0))
    assert _shown(pasted) == {date(2027, 4, 16): False}


def test_the_courts_own_email_and_a_plain_order_stand() -> None:
    # chambers writes from a uscourts.gov address: its duties are the court's
    chambers = (
        "From: Example_Chambers@mdd.uscourts.gov\nSent: Tuesday, March 2, 2027 9:00 AM\n"
        "To: counsel\nSubject: Lyle v. Harbor Point Marine - settlement conference\n\n"
        "Counsel: the settlement conference is set for April 27, 2027 at 10:00 a.m. Each party "
        "shall submit an ex parte settlement letter by April 16, 2027.\n"
    )
    assert _shown(chambers) == {date(2027, 4, 16): False}
    # no message header at all: nothing changes
    assert _shown(COURT_NEF.split("\n", 5)[5]) == {date(2027, 4, 16): False}


FORWARDED_LATER = (
    "From: Jo Park <jpark@firm.example>\n"
    "Date: Fri, Apr 9, 2027 at 8:02 AM\n"
    "Subject: Fwd: Activity in Case 1:26-cv-03301 Lyle v. Harbor Point Marine Order\n"
    "To: Lit Team <lit@firm.example>\n\nFYI below.\n\n"
    "---------- Forwarded message ---------\n"
    "From: <ecf@mdd.uscourts.gov>\n"
    "Date: Mon, Apr 5, 2027 at 4:10 PM\n"
    "Subject: Activity in Case 1:26-cv-03301 Lyle v. Harbor Point Marine Order\n\n"
    "Docket Text:\n"
    "PAPERLESS ORDER: Settlement Conference set for 5/27/2027 at 10:00 AM before Magistrate "
    "Judge Q. Example. Plaintiff shall serve a settlement demand within 14 days of this Order. "
    "{closing} (kw3s)\n"
)


def test_an_emails_date_line_is_not_the_orders_date() -> None:
    signed = FORWARDED_LATER.format(closing="Signed by Magistrate Judge Q. Example on 4/2/2027.")
    order = parse_order(signed)
    assert order.order_date == date(2027, 4, 2)
    assert _shown(signed) == {date(2027, 4, 16): False}
    # no signing date and no NEF line: the period is flagged, never counted from "Date:"
    bare = FORWARDED_LATER.format(closing="Signed by Magistrate Judge Q. Example.")
    assert parse_order(bare).order_date is None
    assert all(d.needs_review or d.due_date is None for d in _deadlines(bare))


@pytest.mark.parametrize(
    ("closing", "made"),
    [
        ("(Castellanos, Mag. J.) (mkl)", date(2027, 8, 2)),
        ("Signed by Magistrate Judge Q. Example. (DPer)", date(2027, 8, 2)),
        ("Signed by Magistrate Judge Q. Example on 7/30/2027. (DPer)", date(2027, 7, 30)),
    ],
)
def test_a_notice_dates_an_order_that_says_no_date(closing: str, made: date) -> None:
    nef = (
        "From: ECFnotice@mad.uscourts.gov\nSent: Monday, August 2, 2027 12:18 PM\n"
        "Subject: Activity in Case 1:27-cv-10455 Figueiredo v. Harborline Order\n\n"
        "Notice of Electronic Filing\n\n"
        "The following transaction was entered on 8/2/2027 at 12:17 PM EDT and filed on "
        "8/2/2027\nDocument Number: 19(No document attached)\n\nDocket Text:\n"
        "Magistrate Judge Q. Example: ELECTRONIC ORDER entered. Settlement Conference set for "
        "9/14/2027 02:00 PM. Plaintiff shall serve a written demand within 21 days of this "
        f"Order. {closing}\n"
    )
    order = parse_order(nef)
    assert order.order_date == made
    # the entry time and the e-mail's Sent: line are never deadlines
    dues = {d.due_date: d.needs_review for d in _deadlines(nef)}
    assert list(dues) == [made + timedelta(days=21)] and not any(dues.values())


def test_a_memorandum_orders_own_date_field_stands() -> None:
    memo = (
        "MEMORANDUM ORDER\n\nFROM: Magistrate Judge Q. Example\nDATE: June 3, 2027\n"
        "RE: Settlement conference\n\nA settlement conference is set for July 20, 2027 at "
        "10:00 a.m. Plaintiff shall serve a demand within 14 days of this Order.\n"
    )
    assert parse_order(memo).order_date == date(2027, 6, 3)
    assert _shown(memo) == {date(2027, 6, 17): False}


@pytest.mark.parametrize(
    ("closing", "made"),
    [
        ("Signed on 4/20/27 by Magistrate Judge Q. Example. (ckm)", date(2027, 4, 20)),
        ("Signed on April 19, 2027 by Magistrate Judge Q. Example.", date(2027, 4, 19)),
        (
            "MINUTE ORDER by Magistrate Judge Q. Example on 4/20/2027. Text Only Entry (morti, )",
            date(2027, 4, 20),
        ),
        ("TEXT ONLY ORDER entered by Magistrate Judge Q. Example on 4/16/2027.", date(2027, 4, 16)),
        (
            "This is a MINUTE ORDER IN CHAMBERS of the Honorable Q. Example, United States "
            "Magistrate Judge, on 4/20/2027. (YAW)",
            date(2027, 4, 20),
        ),
    ],
)
def test_a_text_orders_cmecf_closing_dates_it(closing: str, made: date) -> None:
    text = (
        "TEXT ONLY ORDER: Settlement conference set for 6/2/27 at 9:30 a.m. CT via Zoom. "
        "Plaintiff shall serve a written demand within 14 days of this Order. Confidential "
        f"settlement statements due to chambers by 5/26/27. {closing}\n"
    )
    assert parse_order(text).order_date == made
    assert _shown(text) == {made + timedelta(days=14): False, date(2027, 5, 26): False}


def test_an_earlier_orders_closing_does_not_date_this_one() -> None:
    text = (
        "TEXT ONLY ORDER: Settlement conference set for 6/2/27 at 9:30 a.m. The parties have "
        "complied with the text order entered by Judge R. Other on 4/2/2027. Plaintiff shall "
        "serve a written demand within 14 days of this Order.\n"
    )
    assert parse_order(text).order_date is None
    assert all(d.needs_review for d in _deadlines(text))


FIRST_SETTING = (
    "06/01/2027\t51\tPAPERLESS ORDER: Settlement Conference set for 7/27/2027 10:00 AM in "
    "Chambers 7B before Magistrate Judge Q. Example. Ex parte settlement letters due seven days "
    "before the conference. (kw3s) (Entered: 06/01/2027)\n"
)
CLERK_RESET = (
    "07/09/2027\t\tSet/Reset Hearings: Settlement Conference set for 8/24/2027 02:00 PM in "
    "Chambers 7B before Magistrate Judge Q. Example. (kw3s) (Entered: 07/09/2027)\n"
)


@pytest.mark.parametrize("pasted", [FIRST_SETTING + CLERK_RESET, CLERK_RESET + FIRST_SETTING])
def test_the_conference_is_the_newest_settings(pasted: str) -> None:
    order = parse_order(pasted)
    assert (order.conference.date, order.conference.time) == (date(2027, 8, 24), time(14, 0))
    # the first entry's period is counted from the new date, and flagged: it was set before
    assert _shown(pasted) == {date(2027, 8, 17): True}


def test_a_later_entry_striking_the_conference_leaves_none() -> None:
    pasted = (
        "03/15/2027\t40\tMINUTE entry before the Honorable Q. Example: Settlement conference "
        "set for 5/12/2027 at 10:00 AM. Plaintiff's written demand due by 4/21/2027. Mailed "
        "notice. (ep, ) (Entered: 03/15/2027)\n"
        "04/30/2027\t44\tMINUTE entry before the Honorable Q. Example: In light of the stay, "
        "the settlement conference set for 5/12/2027 is stricken. Mailed notice. (ep, ) "
        "(Entered: 04/30/2027)\n"
    )
    assert parse_order(pasted).conference.date is None
    assert _shown(pasted) == {date(2027, 4, 21): True}


def test_one_setting_among_other_entries_is_read_as_before() -> None:
    # a status conference's entry after the settlement one sets no settlement conference
    pasted = FIRST_SETTING + (
        "07/09/2027\t60\tTEXT ORDER: Telephone Status Conference set for 9/1/2027 11:00 AM. "
        "(kw3s) (Entered: 07/09/2027)\n"
    )
    order = parse_order(pasted)
    assert (order.conference.date, order.conference.time) == (date(2027, 7, 27), time(10, 0))
    assert _shown(pasted)[date(2027, 7, 20)] is False


@pytest.mark.parametrize(
    ("zone", "at"),
    [("at noon CT.", time(12, 0)), ("at 5:00 p.m. MT.", time(17, 0)), ("by 4 PM (CT).", None)],
)
def test_a_zone_after_a_clock_time_ends_the_sentence(zone: str, at: time | None) -> None:
    text = (
        "TEXT ONLY ORDER: Settlement conference set for 6/3/27 at 1:30 p.m. in Courtroom 4. "
        f"Confidential settlement statements due to chambers by 5/27/27 {zone} Counsel shall "
        "confirm attendance by email on or before Friday, 5/28/27. Signed on 4/20/27 by "
        "Magistrate Judge Q. Example.\n"
    )
    read = {d.due_date: d for d in _deadlines(text)}
    assert set(read) == {date(2027, 5, 27), date(2027, 5, 28)}
    assert not any(d.needs_review for d in read.values())
    assert read[date(2027, 5, 28)].obligation.quote.startswith("Counsel shall confirm")
    if at is not None:
        assert read[date(2027, 5, 27)].due_time == at


def test_a_courts_abbreviation_still_runs_on() -> None:
    from settleconf.core.order_parser.sentences import split_sentences

    said = "See Lyle v. Harbor, 12 Cal. Ct. App. 4th 101 (2020). The parties shall attend."
    assert split_sentences(said) == [
        "See Lyle v. Harbor, 12 Cal. Ct. App. 4th 101 (2020).",
        "The parties shall attend.",
    ]


def test_rows_copied_a_cell_to_a_line() -> None:
    cells = []
    for row in RESET_OLDEST_FIRST.splitlines():
        cells += row.split("\t")
    pasted = "\n\n".join(cells) + "\n"
    order = parse_order(pasted)
    assert order.order_date == date(2027, 3, 29)
    assert order.conference.date == date(2027, 5, 25)
    shown = _shown(pasted)
    assert (shown[date(2027, 4, 12)], shown[date(2027, 5, 18)]) == (False, False)
    assert (shown[date(2027, 3, 30)], shown[date(2027, 4, 13)]) == (True, True)


BARE_DOCKET_TEXT = (
    "Docket Text:\n"
    "TEXT ORDER: In-person Settlement Conference set for 6/15/2027 11:00 AM in Newark before "
    "Magistrate Judge Q. Example. Confidential settlement letters shall be emailed to chambers "
    "by 6/8/2027. So Ordered by Magistrate Judge Q. Example on 4/5/2027. (dam)\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "FYI - SC set for 6/15. We need to get the settlement letter to chambers by 6/4/2027 to "
        "be safe. Client must attend.\n\n",
        "FYI - we need to get the settlement letter to chambers by 6/4/2027\n",
    ],
)
def test_a_note_above_the_docket_text_is_not_the_order(note: str) -> None:
    shown = _shown(note + BARE_DOCKET_TEXT)
    assert shown == {date(2027, 6, 8): False, date(2027, 6, 4): True}


def test_cmecf_text_with_no_note_is_read_whole() -> None:
    assert _shown(BARE_DOCKET_TEXT) == {date(2027, 6, 8): False}
    nef = (
        "U.S. District Court\n\nDistrict of New Jersey [LIVE]\n\nNotice of Electronic Filing\n\n"
        "The following transaction was entered on 4/5/2027 at 2:46 PM EDT and filed on "
        "4/5/2027\nCase Number:\t2:26-cv-08812\nDocument Number:\t47\n\n" + BARE_DOCKET_TEXT
    )
    assert _shown(nef) == {date(2027, 6, 8): False}


def test_a_note_above_pasted_docket_rows_is_not_the_order() -> None:
    row = RESET_OLDEST_FIRST.splitlines(keepends=True)[1]
    pasted = "FYI - judge moved the SC. Our draft letters must be done by 5/11/2027.\n\n" + row
    shown = _shown(pasted)
    assert shown == {date(2027, 4, 12): False, date(2027, 5, 18): False, date(2027, 5, 11): True}
    # the sheet's own column heads above the rows are no note with duties
    assert _shown("Date Filed\t#\tDocket Text\n" + row) == {
        date(2027, 4, 12): False,
        date(2027, 5, 18): False,
    }


def test_the_governing_entrys_own_signing_date_stands() -> None:
    # signed on the 1st, docketed on the 2nd, stamped entered on the 5th
    row = (
        "04/02/2027\t23\tORDER: Settlement Conference set for 5/27/2027 at 10:00 AM. Plaintiff "
        "shall serve a demand within 14 days of this Order. SO ORDERED. (Signed by Magistrate "
        "Judge Q. Example on 4/1/2027) (jmg) (Entered: 04/05/2027)\n"
    )
    assert parse_order(row).order_date == date(2027, 4, 1)
    assert _shown(row) == {date(2027, 4, 15): False}
    # an earlier entry's signature does not date the entry that governs
    older = (
        "03/01/2027\t20\tORDER: Settlement Conference set for 4/20/2027 at 10:00 AM. Signed by "
        "Magistrate Judge Q. Example on 3/1/2027. (jmg) (Entered: 03/01/2027)\n"
    )
    assert parse_order(older + row.replace("4/1/2027", "3/31/2027")).order_date == date(2027, 3, 31)


SETTING = (
    "04/02/2027\t23\tORDER: Settlement Conference set for 5/28/2027 at 10:00 AM in Courtroom 2D "
    "before Magistrate Judge Q. Example. Confidential settlement letters due 5/21/2027. Signed "
    "by Magistrate Judge Q. Example on 4/2/2027. (jmg) (Entered: 04/02/2027)\n"
)


def test_a_later_entry_naming_the_same_setting_does_not_replace_it() -> None:
    pasted = SETTING + (
        "04/20/2027\t27\tORDER granting [26] Letter Motion for the insurer's representative to "
        "appear by video at the settlement conference set for 5/28/2027. The insurer shall "
        "confirm its representative's name in a settlement letter within 7 days of this Order. "
        "Signed by Magistrate Judge Q. Example on 4/20/2027. (jmg) (Entered: 04/20/2027)\n"
    )
    order = parse_order(pasted)
    assert (order.conference.date, order.conference.time) == (date(2027, 5, 28), time(10, 0))
    assert order.order_date == date(2027, 4, 2)
    shown = _shown(pasted)
    assert shown[date(2027, 5, 21)] is False
    # a period from "this Order" in the later entry is not counted from the first one unseen
    assert all(flagged for due, flagged in shown.items() if due != date(2027, 5, 21))


@pytest.mark.parametrize(
    "clerk",
    [
        "04/05/2027\t\tSet/Reset Deadlines as to [23] Order: Settlement Conference Statement due "
        "by 5/21/2027. (jmg) (Entered: 04/05/2027)\n",
        "04/05/2027\t24\tORDER: Settlement letters due by 5/21/2027, one week before the "
        "settlement conference. (jmg) (Entered: 04/05/2027)\n",
    ],
)
def test_a_later_entry_dating_a_paper_sets_no_conference(clerk: str) -> None:
    pasted = SETTING + clerk
    order = parse_order(pasted)
    assert (order.conference.date, order.conference.time) == (date(2027, 5, 28), time(10, 0))
    assert _shown(pasted) == {date(2027, 5, 21): False}
    assert not governing(docket_rows(clerk))


def test_a_reply_below_the_quoted_order_is_not_the_order() -> None:
    quoted = "".join(f"> {line}\n" for line in BARE_DOCKET_TEXT.splitlines())
    pasted = (
        "On Mon, Apr 5, 2027 at 2:47 PM <njdefiling@njd.uscourts.gov> wrote:\n"
        + quoted
        + "\nThanks. Our settlement letter must go to the client for sign-off by 6/1/2027.\n"
        "\nJo\n"
    )
    assert _shown(pasted) == {date(2027, 6, 8): False, date(2027, 6, 1): True}
    # quoted lines alone, with nothing after them, are read as they were
    assert _shown("Per the court:\n" + quoted) == {date(2027, 6, 8): False}


def _notice(sent: str, filed: str, number: int, docket_text: str) -> str:
    return (
        f"From: njdefiling@njd.uscourts.gov\nSent: {sent}\n"
        "Subject: Activity in Case 2:27-cv-01234 HARTWELL v. PINEBROOK Order\n\n"
        "Notice of Electronic Filing\n\n"
        f"The following transaction was entered on {filed} at 11:01 AM EDT and filed on {filed}\n"
        f"Document Number: {number}(No document attached)\n\nDocket Text:\n{docket_text}\n\n"
        "2:27-cv-01234 Notice has been electronically mailed to:\n\nJ. Doe  jdoe@firm.example\n\n"
    )


FIRST_NOTICE = _notice(
    "Friday, April 2, 2027 3:15 PM",
    "4/2/2027",
    23,
    "TEXT ORDER: Settlement Conference set for 5/28/2027 10:00 AM in Courtroom 2D. Confidential "
    "settlement letters shall be submitted by 5/21/2027. So Ordered by Magistrate Judge Q. "
    "Example. (abc)",
)
RESET_NOTICE = _notice(
    "Tuesday, April 20, 2027 11:02 AM",
    "4/20/2027",
    29,
    "TEXT ORDER: The settlement conference set for 5/28/2027 is ADJOURNED to 6/15/2027 at 10:00 "
    "AM. Confidential settlement letters are now due 6/8/2027. Plaintiff shall serve a demand "
    "within 10 days of this Order. So Ordered by Magistrate Judge Q. Example. (abc)",
)


@pytest.mark.parametrize(
    "pasted", [FIRST_NOTICE + RESET_NOTICE, RESET_NOTICE + FIRST_NOTICE], ids=["old", "new"]
)
def test_several_notices_the_newest_governs(pasted: str) -> None:
    order = parse_order(pasted)
    assert (order.conference.date, order.conference.time) == (date(2027, 6, 15), time(10, 0))
    assert order.order_date == date(2027, 4, 20)
    assert _shown(pasted) == {
        date(2027, 6, 8): False,
        date(2027, 4, 30): False,
        date(2027, 5, 21): True,
    }
    # one notice alone is read as before
    assert _shown(FIRST_NOTICE) == {date(2027, 5, 21): False}
