"""Kinds the twenty-first phrasing set (tests/corpus/phrasings21: settlement scheduling as
people paste it -- chambers e-mails, clerk's notices, colleagues' summaries, chat messages
with dates relative to the message, calendar invitations) found, probed in other wording:

- the session by its bare, undefined initials ("SC set for 4/12/28 at 2pm", "The SC is
  moving to Monday, May 8 at 9:00") -- chat_initials;
- the day a pasted e-mail or chat message was written ("Sent: ...", "[Wed, Feb 9, 2028
  4:10 PM] Name:") -- message_dates;
- a colleague's note about an order, not the order -- secondhand (a warning, dates still read);
- deadlines relative to that day ("two weeks from today", "by this Thursday", "next
  Wednesday", "tomorrow") -- message_relative: one day dated and flagged; two possible days
  undated, flagged, both named; no message day, undated and flagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.message_dates import message_date
from settleconf.core.order_parser.secondhand import SECONDHAND


def _read(text: str) -> tuple[object, list[tuple[date | None, bool, str, tuple[str, ...]]]]:
    order = parse_order(text)
    out = [
        (d.due_date, d.needs_review, d.obligation.quote, d.obligation.review_reasons)
        for d in compute_schedule(order).deadlines
    ]
    return order, out


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Sent: Wednesday, February 9, 2028 4:10 PM\nTo: team\nSubject: x\n\nHi", date(2028, 2, 9)),
        ("From: A\nDate: 11/3/27 8:02 AM\nSubject: y\n\nbody", date(2027, 11, 3)),
        ("[Thu, Jun 15, 2028 2:44 PM] Omar Blix:\nquick update", date(2028, 6, 15)),
        ("==== Monday, August 2, 2027 ====\nRita: hello", date(2027, 8, 2)),
        ("Lucas Ferraro - Fri, Jan 7, 2028, 10:01 AM\nhey all", date(2028, 1, 7)),
    ],
)
def test_the_message_day_comes_from_its_header_or_chat_stamp(text: str, when: date) -> None:
    assert message_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # a notice's field and an invitation's time span are the session's day, not the note's
        "NOTICE OF SETTLEMENT CONFERENCE\nDate: 09/14/2027\nTime: 10:00 AM\n",
        "Mediation - Acme v. Bolt\nWednesday, May 3, 2028 \u22c5 9:00 \u2013 11:30am\n",
        "SC: Tue 5/2/28 @ 10 am, Rm 4\n",
        # a sentence that sets something is not a stamp
        "The conference is set for June 1, 2027 at 10:00 AM.\n",
    ],
)
def test_a_session_line_is_not_the_message_day(text: str) -> None:
    assert message_date(text) is None


def test_undefined_sc_in_a_summary_is_the_settlement_conference() -> None:
    order, _ = _read(
        "FYI - in Garnet Mills v. Oakhurst Freight, Judge Pell set the SC for 4/12/28 at "
        "2pm (in person).\nStatements due 7 days before the settlement conference.\n"
    )
    assert order.conference.date == date(2028, 4, 12)  # type: ignore[attr-defined]


def test_sc_as_a_judges_initials_or_a_state_is_not_a_session() -> None:
    order, _ = _read(
        "Case No. 3:27-cv-00912-SC\nRemit to 1200 Gervais St, Columbia, SC 29201 by "
        "June 3, 2027.\n"
    )
    assert order.conference.date is None  # type: ignore[attr-defined]


def test_a_chat_line_sets_the_session_on_a_yearless_day_from_the_message_day() -> None:
    order, _ = _read(
        "Mae Collier -- Wednesday, April 19, 2028 3:05 PM\n"
        "Chambers called on Ridge v. Calder.\nThe SC is moving to Monday, May 8 at 9:00 in "
        "Room 5.\n"
    )
    assert order.conference.date == date(2028, 5, 8)  # type: ignore[attr-defined]


def test_certain_message_relative_days_are_dated_and_flagged() -> None:
    _, got = _read(
        "[Tuesday, October 5, 2027 11:20 AM] Ines Marr\n"
        "Settlement conference stays on Thursday, October 28, 2027 at 10:00 AM.\n"
        "Chambers wants our position letter two weeks from today.\n"
        "The demand goes out by this Thursday.\n"
    )
    dated = {(d, r) for d, r, _, _ in got}
    assert (date(2027, 10, 19), True) in dated
    assert (date(2027, 10, 7), True) in dated


def test_next_weekday_said_earlier_that_week_names_two_days_and_shows_none() -> None:
    _, got = _read(
        "Sent: Tuesday, November 2, 2027 9:00 AM\nTo: team\nSubject: SC\n\n"
        "The settlement conference is set for Tuesday, November 30, 2027 at 1:00 PM.\n"
        "The clerk says the ex parte statements are due next Thursday.\n"
    )
    statement = [g for g in got if "next Thursday" in g[2]]
    assert len(statement) == 1
    due, review, _, reasons = statement[0]
    assert due is None and review
    assert "November 4, 2027" in reasons[0] and "November 11, 2027" in reasons[0]


def test_next_weekday_said_later_in_the_week_is_one_day() -> None:
    _, got = _read(
        "Sent: Friday, November 5, 2027 9:00 AM\nTo: team\nSubject: SC\n\n"
        "The settlement conference is set for Tuesday, November 30, 2027 at 1:00 PM.\n"
        "The clerk says the ex parte statements are due next Tuesday.\n"
    )
    assert (date(2027, 11, 9), True) in {(d, r) for d, r, _, _ in got}


def test_an_undated_chat_paste_dates_nothing_relative() -> None:
    _, got = _read(
        "Ravi Stone  2:14 PM\n"
        "settlement conference is on Friday, July 14, 2028 at 10:00 AM before Judge Orr\n"
        "they want the attendee list by tomorrow and the statement by next Monday.\n"
    )
    relative = [g for g in got if "tomorrow" in g[2]]
    assert relative and all(d is None and r for d, r, _, _ in relative)


def test_two_relative_duties_in_one_chat_sentence_each_quote_their_words() -> None:
    _, got = _read(
        "[Wed, Mar 8, 2028 10:02 AM] Lena Ruiz\n"
        "Settlement conference is set for Monday, March 27, 2028 at 9:30 AM.\n"
        "Chambers wants the position letter by this Friday and the demand by tomorrow\n"
    )
    by_quote = {q: (d, r) for d, r, q, _ in got}
    assert by_quote["Chambers wants the position letter by this Friday"] == (
        date(2028, 3, 10),
        True,
    )
    assert by_quote["and the demand by tomorrow"] == (date(2028, 3, 9), True)


def test_a_notice_field_run_into_the_line_before_sets_the_session() -> None:
    order, _ = _read(
        "UNITED STATES DISTRICT COURT\nDISTRICT OF RHODE ISLAND\n\n"
        "NOTICE OF SETTLEMENT CONFERENCE\n\n"
        "Narragansett Sails v. Bristol Rigging Presiding: Magistrate Judge Q. Aldous "
        "Date: 10/05/2027\nTime: 2:00 PM\nPlace: Courtroom 3\n"
    )
    conf = order.conference  # type: ignore[attr-defined]
    assert (conf.date, conf.time.hour if conf.time else None) == (date(2027, 10, 5), 14)


def test_a_date_line_with_a_clock_time_is_a_session_not_the_order_date() -> None:
    order, _ = _read(
        "Subject: SC - Perrault v. Lindell Farms\n\n"
        "Date: 02/22/2028 9:30 AM, Trenton, Courtroom 4W\n"
        "Position papers due 02/15/2028\n"
    )
    assert order.order_date is None  # type: ignore[attr-defined]
    assert order.conference.date == date(2028, 2, 22)  # type: ignore[attr-defined]


def test_a_signature_date_line_is_still_the_order_date() -> None:
    order, _ = _read(
        "ORDER SETTING SETTLEMENT CONFERENCE\n\nA settlement conference is set for "
        "June 8, 2027 at 10:00 a.m.\n\nDate: March 1, 2027\n\n/s/ P. Judge\n"
    )
    assert order.order_date == date(2027, 3, 1)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "FYI - Judge Oduya set the SC for 5/9/28 at 11am. Letters due 7 days before.\n",
        "Quick recap of the order in Birch v. Lowell: settlement conference 5/9/28 at 11 am.\n",
        "Per Judge Amsel's paperless order: settlement conference on May 9, 2028 at 11:00 AM.\n",
        "Chambers (Judge Amsel, D. Vt.) e-mailed: settlement conference May 9, 2028, 11 AM.\n",
    ],
)
def test_a_colleagues_note_is_read_and_said_to_be_secondhand(text: str) -> None:
    order, _ = _read(text)
    assert order.conference.date == date(2028, 5, 9)  # type: ignore[attr-defined]
    assert SECONDHAND in order.warnings  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # the court's own words
        "UNITED STATES DISTRICT COURT\nORDER\nA settlement conference is set for May 9, 2028 "
        "at 11:00 a.m. Per the order of referral, statements are due 7 days before.\n"
        "IT IS SO ORDERED.\n",
        # chambers' own e-mail
        "From: Deputy Clerk <x_chambers@vtd.uscourts.gov>\nSent: Monday, April 3, 2028\n"
        "FYI, the settlement conference is May 9, 2028 at 11:00 AM.\n",
        # a statement's "brief summary", a motion for summary judgment
        "ORDER\nThe settlement conference is set for May 9, 2028 at 11:00 a.m. Each statement "
        "shall give a brief summary of the motion for summary judgment.\n",
    ],
)
def test_the_courts_own_text_is_not_called_secondhand(text: str) -> None:
    order, _ = _read(text)
    assert SECONDHAND not in order.warnings  # type: ignore[attr-defined]


def test_within_days_of_the_order_is_not_counted_from_the_message() -> None:
    _, got = _read(
        "[Tue, May 2, 2028 3:15 PM] Ana Pike:\n"
        "Settlement conference set for Thursday, June 8, 2028 at 10:00 AM.\n"
        "any request to appear by video - due w/in 10 days of the order\n"
        "and the statements go in in two weeks\n"
    )
    dates = {d for d, _, _, _ in got}
    assert date(2028, 5, 12) not in dates  # not 10 days from the message
    assert date(2028, 5, 16) in dates  # two weeks from it


def test_a_calendar_span_gives_its_start_time_the_ends_half_of_the_day() -> None:
    order, _ = _read(
        "Settlement conference - Dunmore v. Keel Boats\n"
        "Thursday, October 7, 2027 \u22c5 2:00 \u2013 5:00pm\nTime zone: America/Chicago\n"
    )
    conf = order.conference  # type: ignore[attr-defined]
    assert (conf.date, conf.time.hour if conf.time else None) == (date(2027, 10, 7), 14)


def test_a_pasted_ics_event_gives_the_session_from_dtstart() -> None:
    order, got = _read(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=America/Denver:20280307T133000\n"
        "DTEND;TZID=America/Denver:20280307T163000\n"
        "SUMMARY:Settlement Conference - Pueblo Tile v. Arkansas Valley Brick\n"
        "LOCATION:Courtroom A502\\, Denver\n"
        "DESCRIPTION:Confidential statements are due seven days before the settlement "
        "conference.\\nBring the adjuster.\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    conf = order.conference  # type: ignore[attr-defined]
    assert (conf.date, conf.time.hour if conf.time else None) == (date(2028, 3, 7), 13)
    assert date(2028, 2, 29) in {d for d, _, _, _ in got}


def test_an_ics_event_in_utc_gives_the_day_but_no_local_time() -> None:
    order, _ = _read(
        "BEGIN:VEVENT\nDTSTART:20280307T203000Z\nSUMMARY:Mediation session - A v. B\n"
        "END:VEVENT\n"
    )
    conf = order.conference  # type: ignore[attr-defined]
    assert (conf.date, conf.time) == (date(2028, 3, 7), None)


def test_a_notes_shorthand_is_read_and_quoted_as_written() -> None:
    text = (
        "FYI - Judge Rusk set the SC for 11/16/27 at 10am (Zoom).\n"
        "- Pos. letters ddl: 7 days before\n"
        "- π demand: 10/26; Δ response 11/2\n"
    )
    order, got = _read(text)
    assert order.conference.date == date(2027, 11, 16)  # type: ignore[attr-defined]
    dates = {d for d, _, _, _ in got}
    assert {date(2027, 11, 9), date(2027, 10, 26), date(2027, 11, 2)} <= dates
    assert all(q in text for _, _, q, _ in got)  # quotes as the note wrote them
    year_guess = [r for d, _, _, r in got if d == date(2027, 10, 26)]
    assert year_guess and any("no year" in x for x in year_guess[0])


def test_a_notes_year_is_the_one_nearest_the_conference() -> None:
    _, got = _read(
        "Quick recap: SC set for 01/20/2028 10:00 AM, Camden.\n"
        "Demand ddl 12/10; def. response by 12/22\n"
    )
    dates = {d for d, _, _, _ in got}
    assert {date(2027, 12, 10), date(2027, 12, 22)} <= dates


def test_shorthand_is_not_expanded_in_an_order() -> None:
    # an order's "9/1" ratio and a judge's initials are not a note's date and session
    _, got = _read(
        "ORDER\nCase No. 2:27-cv-01111-SC\nA settlement conference is set for June 8, 2027 at "
        "10:00 a.m. Fees are split 9/1 between the parties.\nIT IS SO ORDERED.\n"
    )
    assert date(2027, 9, 1) not in {d for d, _, _, _ in got}


@pytest.mark.parametrize(
    "line",
    [
        "Position papers due: 5 days prior (send by e-mail to chambers only).",
        "Settlement letters due to chambers 5 days prior -> Fri 4/28",
    ],
)
def test_a_bare_prior_before_a_parenthesis_or_arrow_counts_from_the_conference(
    line: str,
) -> None:
    _, got = _read(
        "NOTICE OF SETTLEMENT CONFERENCE\nThe settlement conference is set for Wednesday, "
        f"May 3, 2028 at 1:00 p.m.\n{line}\n"
    )
    assert (date(2028, 4, 28), True) in {(d, r) for d, r, _, _ in got}


def test_a_notes_cob_and_eod_days() -> None:
    _, got = _read(
        "Quick recap - SC set for 05/23/2028 9:30 AM, Topeka.\n"
        "- attendee email to chambers by COB 5/17\n"
        "- demand EOD 4/28\n"
    )
    dated = {d: r for d, r, _, _ in got}
    assert dated.get(date(2028, 5, 17)) is True
    assert dated.get(date(2028, 4, 28)) is True


def test_a_teams_calendar_entry_is_a_note_and_its_month_days_are_read() -> None:
    order, got = _read(
        "Settlement conf - Ortega v. Pinecrest Mills\n"
        "Wednesday, June 14, 2028 \u22c5 9:00 \u2013 11:00am\nTime zone: America/New_York\n"
        "Notes: statements due 7 days prior; attendee list due 6/9\n"
    )
    assert SECONDHAND in order.warnings  # type: ignore[attr-defined]
    dates = {d for d, _, _, _ in got}
    assert {date(2028, 6, 7), date(2028, 6, 9)} <= dates


def test_a_court_sent_invitation_is_not_secondhand() -> None:
    order, _ = _read(
        "Subject: Settlement Conference - Ortega v. Pinecrest Mills\n"
        "When: Wednesday, June 14, 2028 9:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)\n"
        "Organizer: Chambers of Magistrate Judge Lyle <lyle_chambers@ned.uscourts.gov>\n"
    )
    assert SECONDHAND not in order.warnings  # type: ignore[attr-defined]


def test_a_stated_days_gloss_is_left_as_written() -> None:
    _, got = _read(
        "FYI - SC set for 02/15/2028 10:00 AM.\nPos. papers due 02/08/2028 (7 days prior)\n"
    )
    assert date(2028, 2, 8) in {d for d, _, _, _ in got}
