"""Memo-endorsed letters and so-ordered stipulations: the kinds of language of the phrasings23
set.

Sentences here are new (other courts, names, numbers and months than the set's)."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.courts import find_court
from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order


def _letter(body: str, endorsement: str, close: str = "Very truly yours,") -> str:
    return (
        "BRANDT & OKEKE LLP\n300 Madison Avenue, New York, New York 10017\n\n"
        "March 3, 2028\n\nVIA ECF\nHon. Ysolde Marquand\nUnited States Magistrate Judge\n"
        "Southern District of New York\n\n"
        "     Re: Fairlie v. Ostrander Mills Inc., No. 1:28-cv-00771 (YM)\n\n"
        f"Dear Magistrate Judge Marquand:\n\n{body}\n\n"
        f"                         {close}\n                         /s/ Oona Brandt\n\n"
        f"{endorsement}\n\nDated: March 6, 2028\n       New York, New York\n"
        "                         YSOLDE MARQUAND\n"
        "                         United States Magistrate Judge\n"
    )


_BODY = (
    "We write for Defendant, with Plaintiff's consent, to ask that the settlement "
    "conference now set for March 22, 2028 at 11:00 a.m. be postponed. Our client's "
    "treasurer is traveling that week. Settlement statements are presently due March 15, "
    "2028. The parties could attend on April 26 or April 27, 2028."
)


@pytest.mark.parametrize("close", ["Very truly yours,", "Respectfully submitted,  /s/ O.B."])
def test_the_endorsement_not_the_letter_dates_the_conference_and_the_duties(close: str) -> None:
    text = _letter(
        _BODY,
        "Request granted. The settlement conference is moved to April 27, 2028 at 2:00 p.m. "
        "Settlement statements shall be delivered to chambers four days before the "
        "conference. SO ORDERED.",
        close,
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 4, 27)
    assert order.conference.time == time(14, 0)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2028, 4, 23 - 2)  # Sun Apr 23 rolls back to Fri Apr 21
    assert not d.needs_review


def test_a_denial_that_keeps_the_date_drops_the_proposed_dates() -> None:
    body = (
        "Defendant asks that its time to submit a settlement statement be extended to "
        "March 20, 2028, and that the March 22, 2028 conference be postponed a month. "
        "Plaintiff's statement is due March 15, 2028."
    )
    text = _letter(
        body,
        "The application is DENIED. The conference will go forward on March 22, 2028 at "
        "11:00 a.m., and statements remain due March 15, 2028. SO ORDERED.",
        close="Respectfully,",
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 3, 22)
    dues = sorted(d.due_date for d in compute_schedule(order).deadlines if d.due_date)
    assert dues == [date(2028, 3, 15)]  # the endorsement's, read once


def test_a_letter_so_ordered_with_no_date_of_its_own_is_the_order() -> None:
    body = (
        "The parties jointly propose that the settlement conference be held on May 9, 2028 "
        "at 10:00 a.m., and that settlement statements be submitted by May 2, 2028."
    )
    order = parse_order(_letter(body, "SO ORDERED."))
    assert order.conference.date == date(2028, 5, 9)


def test_a_judge_s_own_letter_to_counsel_is_read_as_the_order() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nLETTER ORDER\n\n"
        "Dear Counsel:\n\nThe settlement conference is set for June 14, 2028 at 10:00 a.m. "
        "Each party shall submit a confidential memorandum by June 7, 2028.\n\n"
        "Very truly yours,\n\ns/ Ysolde Marquand\nUnited States Magistrate Judge\n\n"
        "SO ORDERED.\nDated: May 1, 2028\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 6, 14)
    dues = [d.due_date for d in compute_schedule(order).deadlines]
    assert dues == [date(2028, 6, 7)]


def _stipulation(recitals: str, terms: str) -> str:
    return (
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n\n"
        "LOWRY v. TAMSIN HARBOR FOODS INC., No. 2:28-cv-00315\n\n"
        "STIPULATION AND ORDER\n\n"
        f"{recitals}\n     IT IS HEREBY STIPULATED AND AGREED by counsel that:\n{terms}\n\n"
        "/s/ Ines Lowry-Baptiste          /s/ Conrad Vashti\n"
        "Counsel for Plaintiff            Counsel for Defendant\n\n"
        "SO ORDERED.\nDated: Central Islip, New York\n       April 3, 2028\n"
    )


def test_a_recited_schedule_is_no_duty_and_no_second_conference_date() -> None:
    text = _stipulation(
        "     WHEREAS, the Court's Order of March 2, 2028 set the settlement conference for "
        "April 19, 2028, with position letters due April 12, 2028;\n     WHEREAS, the "
        "parties need more time to exchange records;",
        "     1. The settlement conference is adjourned to May 24, 2028 at 9:30 a.m.\n"
        "     2. The parties shall serve position letters eight (8) days before the "
        "conference.",
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 5, 24)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2028, 5, 16)  # Tue: 8 days back from Wed May 24
    assert not d.needs_review  # no "more than one conference date" from the recital


def test_a_recited_conference_still_stands_when_the_terms_date_none() -> None:
    text = _stipulation(
        "     WHEREAS, the Court set the settlement conference for June 22, 2028 at 11:00 "
        "a.m.;",
        "     1. Plaintiff shall serve a written demand twenty (20) days before the "
        "settlement conference.",
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 6, 22)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2028, 6, 2)  # Fri: 20 days back from Thu June 22


def test_a_conference_taken_off_the_calendar_leaves_no_date_even_where_recited() -> None:
    text = _stipulation(
        "     WHEREAS, the Court set the settlement conference for June 22, 2028 at 11:00 "
        "a.m.;",
        "     1. The settlement conference set for June 22, 2028 is adjourned without date.\n"
        "     2. Settlement letters shall be due ten days before the rescheduled conference.",
    )
    order = parse_order(text)
    assert order.conference.date is None
    assert all(d.due_date is None for d in compute_schedule(order).deadlines)


def _order(body: str) -> str:
    return (
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF MARYLAND\n\nORDER\n\n"
        f"{body}\n\nSO ORDERED.\nDated: August 2, 2028\n"
    )


def test_a_proposal_the_order_turns_down_is_no_duty() -> None:
    text = _order(
        "The settlement conference is rescheduled to September 20, 2028 at 10:00 a.m. "
        "Each party shall deliver its ex parte letter six days before the conference. "
        "Plaintiff's request that letters be due on September 18, 2028 is denied."
    )
    dues = [d.due_date for d in compute_schedule(parse_order(text)).deadlines]
    assert dues == [date(2028, 9, 14)]  # Thu: 6 days back from Wed Sep 20


def test_a_refusal_that_sets_its_own_date_keeps_it() -> None:
    text = _order(
        "The settlement conference remains set for September 20, 2028 at 10:00 a.m. "
        "Defendant's request for more time is denied, and its letter remains due by "
        "September 13, 2028."
    )
    dues = [d.due_date for d in compute_schedule(parse_order(text)).deadlines]
    assert dues == [date(2028, 9, 13)]


def test_periods_from_the_so_ordering_or_entry_of_a_stipulation_run_from_the_order() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\n"
        "CONSENT ORDER RESCHEDULING SETTLEMENT CONFERENCE\n\n"
        "1. The settlement conference is rescheduled to Thursday, December 7, 2028 at "
        "10:00 a.m.\n"
        "2. Within nine (9) days of the entry of this Consent Order, Defendant shall produce "
        "its insurance policies.\n"
        "3. Within thirteen (13) days of the so-ordering of this Stipulation, Plaintiff shall "
        "serve a revised demand.\n\n"
        "SO ORDERED.\nDated: October 25, 2028\n"
    )
    order = parse_order(text)
    dues = sorted(d.due_date for d in compute_schedule(order).deadlines if d.due_date)
    # Nov 3 (9 days) is a Friday; 13 days land on Election Day, Tue Nov 7, a New Jersey
    # holiday that counts for a forward period: Wed Nov 8.
    assert dues == [date(2028, 11, 3), date(2028, 11, 8)]


def test_so_ordered_as_modified_moves_only_the_hour() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\n"
        "Dear Judge Ferrante:\n\nCounsel jointly propose that the settlement conference "
        "take place on October 18, 2028 at 9:30 a.m., with confidential statements due "
        "six days before the conference.\n\nRespectfully submitted,\n/s/ Amos Kettering\n\n"
        "SO ORDERED as modified: the conference shall commence at 1:30 p.m. rather than "
        "9:30 a.m.\n\ns/ Livia Ferrante\nUnited States Magistrate Judge\nDate: 9/5/28\n"
    )
    order = parse_order(text)
    assert order.conference.date == date(2028, 10, 18)
    assert order.conference.time == time(13, 30)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2028, 10, 12)  # Thu: 6 days back from Wed Oct 18


def test_a_start_time_changed_by_a_later_sentence() -> None:
    text = _order(
        "The settlement conference will be held on September 27, 2028 at 10:00 a.m. in "
        "Courtroom 7C. Because of the Court's criminal calendar, the start time of the "
        "conference is hereby changed to 11:15 a.m."
    )
    order = parse_order(text)
    assert order.conference.time == time(11, 15)
    assert any("11:15" in w for w in order.warnings)


def test_another_hour_named_for_something_else_does_not_move_the_conference() -> None:
    text = _order(
        "The settlement conference will be held on September 27, 2028 at 10:00 a.m. "
        "Counsel shall be available by telephone at 9:00 a.m. that morning for a pre-"
        "conference call."
    )
    assert parse_order(text).conference.time == time(10, 0)


def test_so_ordered_except_moves_the_stipulated_date_and_is_no_signing_date() -> None:
    text = _stipulation(
        "",
        "     1. The settlement conference is adjourned to October 10, 2028 at 2:00 p.m.\n"
        "     2. Each party shall lodge its statement nine (9) days prior to the settlement "
        "conference.",
    ).replace(
        "SO ORDERED.\nDated: Central Islip, New York\n       April 3, 2028\n",
        "SO ORDERED, except that the conference will be held on October 12, 2028 at 2:00 "
        "p.m. rather than October 10, 2028.\n\n/s/ Ilse Marchbank\nSeptember 11, 2028\n",
    )
    order = parse_order(text)
    assert order.order_date == date(2028, 9, 11)
    assert order.conference.date == date(2028, 10, 12)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2028, 10, 3)  # Tue: 9 days back from Thu Oct 12
    assert not d.needs_review


def test_the_court_s_day_of_a_consent_order_over_counsel_s_dated_lines() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\n"
        "STIPULATION AND CONSENT ORDER\n\n"
        "     IT IS on this 3rd day of May, 2028, ORDERED that:\n"
        "     1. The settlement conference shall take place on June 28, 2028 at 10:00 a.m.\n"
        "     2. Within eleven (11) days of the date of this Order, Plaintiff shall serve a "
        "demand.\n\n"
        "/s/ Wren Okafor-Baptiste              /s/ Hollis Tamura\n"
        "Dated: April 27, 2028                 Dated: April 28, 2028\n\n"
        "                                      s/ Ilse Marchbank, U.S.M.J.\n"
    )
    order = parse_order(text)
    assert order.order_date == date(2028, 5, 3)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2028, 5, 15)  # Sun May 14 rolls to Mon May 15


def test_a_memo_endorsement_s_initials_and_date_date_the_order_not_the_letter() -> None:
    text = (
        "MEMO ENDORSED\n\nGranted. The conference is adjourned to 5/16/28 at 11 am. Letters "
        "due 5/9/28. Plaintiff shall file a status letter within 10 days of this order. SO "
        "ORDERED.\n      IMK  4/20/28\n\n"
        + _letter(_BODY, "")
    ).replace("Dated: March 6, 2028\n", "")
    order = parse_order(text)
    assert order.order_date == date(2028, 4, 20)
    dues = sorted(d.due_date for d in compute_schedule(order).deadlines if d.due_date)
    assert dues == [date(2028, 5, 1), date(2028, 5, 9)]  # Apr 30 is a Sunday


def test_dated_with_the_place_beside_the_signature_and_the_date_under_it() -> None:
    text = _order(
        "The settlement conference is set for November 14, 2028 at 10:00 a.m. Within "
        "twelve (12) days of this Order, Defendant shall identify its insurer."
    ).replace(
        "SO ORDERED.\nDated: August 2, 2028\n",
        "SO ORDERED.\n\nDated: Baltimore, Maryland" + " " * 30 + "/s/ Ilse Marchbank-Oduya\n"
        "       September 8, 2028" + " " * 36 + "ILSE MARCHBANK-ODUYA\n"
        + " " * 59 + "United States Magistrate Judge\n",
    )
    order = parse_order(text)
    assert order.order_date == date(2028, 9, 8)
    [d] = compute_schedule(order).deadlines
    assert d.due_date == date(2028, 9, 20)


@pytest.mark.parametrize(
    "signature",
    [
        # the place in the left column, the name and title in the right one
        "Dated: May 2, 2028" + " " * 20 + "______________________\n"
        "       Brooklyn, New York" + " " * 14 + "TOBIAS K. WINTERBOURNE\n"
        + " " * 45 + "United States Magistrate Judge\n",
        # the title's initials on the name's line
        "s/ Tobias K. Winterbourne\nTOBIAS K. WINTERBOURNE, U.S.M.J.\nDate: May 2, 2028\n",
        # "HON." before the name in capitals
        "s/ Tobias K. Winterbourne\nHON. TOBIAS K. WINTERBOURNE\n"
        "UNITED STATES MAGISTRATE JUDGE\n",
    ],
)
def test_the_signing_judge_in_endorsement_signature_shapes(signature: str) -> None:
    text = _order("The settlement conference is set for June 6, 2028 at 10:00 a.m.").replace(
        "SO ORDERED.\nDated: August 2, 2028\n", f"SO ORDERED.\n\n{signature}"
    )
    assert parse_order(text).signing_judge == "Tobias K. Winterbourne"


def test_a_letter_s_inside_address_names_the_court_and_its_holidays() -> None:
    # No district named anywhere; the courthouse is S.D.N.Y.'s. Ten days from Tue Feb 2,
    # 2027 land on Lincoln's Birthday, a New York holiday that counts going forward, then
    # the weekend and Presidents Day: Tue Feb 16.
    text = (
        "February 1, 2027\n\nHon. Ysolde Marquand\nUnited States Magistrate Judge\n"
        "40 Foley Square\nNew York, New York 10007\n\n"
        "Dear Judge Marquand:\n\nWe ask that the March 30, 2027 conference be moved.\n\n"
        "Respectfully submitted,\n/s/ Oona Brandt\n\n"
        "DENIED. The settlement conference remains set for March 30, 2027 at 10:00 a.m. "
        "Counsel shall file a joint letter naming the attendees within ten (10) days of this "
        "Order. SO ORDERED.\n\nDated: February 2, 2027\n"
    )
    order = parse_order(text)
    assert order.court == "S.D.N.Y."
    dues = [d.due_date for d in compute_schedule(order).deadlines]
    assert dues == [date(2027, 2, 16)]


def test_the_same_street_number_in_another_city_is_no_courthouse() -> None:
    assert find_court("Acme LLP, 601 Market Street, San Francisco, California") is None


_REQUEST = (
    "Defendant asks that the settlement conference now set for October 4, 2028 at 11:00 a.m. "
    "be adjourned to October 25, 2028. Settlement statements are presently due September 27, "
    "2028, and Plaintiff shall serve its demand at least fifteen days before the conference."
)


@pytest.mark.parametrize("ruling", ["Application GRANTED. SO ORDERED.", "DENIED. SO ORDERED."])
def test_a_ruling_with_no_date_of_its_own_leaves_the_letter_s_dates_in_doubt(ruling: str) -> None:
    order = parse_order(_letter(_REQUEST, ruling))
    assert any("party's letter" in w for w in order.warnings)
    deadlines = compute_schedule(order).deadlines
    assert deadlines and all(d.needs_review for d in deadlines)


def test_a_letter_schedule_so_ordered_as_proposed_is_not_in_doubt() -> None:
    body = (
        "The parties jointly propose a settlement conference on October 4, 2028 at 11:00 a.m., "
        "with settlement statements due September 27, 2028."
    )
    order = parse_order(_letter(body, "SO ORDERED as proposed."))
    assert order.conference.date == date(2028, 10, 4)
    deadlines = compute_schedule(order).deadlines
    assert [d.due_date for d in deadlines] == [date(2028, 9, 27)]
    assert not any(d.needs_review for d in deadlines)


def test_a_bare_denial_keeps_the_current_date_and_a_bare_grant_leaves_it() -> None:
    body = (
        "Plaintiff asks that the settlement conference be moved to November 8, 2028. The "
        "conference is presently set for October 18, 2028 at 2:00 p.m."
    )
    denied = parse_order(_letter(body, "DENIED. SO ORDERED."))
    assert denied.conference.date == date(2028, 10, 18)
    granted = parse_order(_letter(body, "Application GRANTED. SO ORDERED."))
    assert granted.conference.date != date(2028, 10, 18)
