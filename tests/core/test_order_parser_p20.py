"""Kinds the twentieth phrasing set (tests/corpus/phrasings20: bankruptcy courts, the Court of
Federal Claims, the Court of International Trade, MDLs, circuit mediation programs) found,
probed in other wording, courts and months.

Courts that are not district courts (core/national_courts.py): a caption naming a court of
appeals, the Court of Federal Claims or the Court of International Trade is that court, whose
forward periods skip the holidays of its seat (the circuit clerk's office under FRAP
26(a)(6)(C)); before, such an order had no court, and a forward period ending on D.C.
Emancipation Day or New York's Lincoln's Birthday was shown a day early without review."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.court_calendar import calendar_for
from settleconf.core.courts import NATIONAL, court_by_id, find_court, get_court
from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order


@pytest.mark.parametrize(
    ("key", "court_id", "state", "zone"),
    [
        ("1st Cir.", "ca1", "MA", "America/New_York"),
        ("2d Cir.", "ca2", "NY", "America/New_York"),
        ("2nd Cir.", "ca2", "NY", "America/New_York"),
        ("3d Cir.", "ca3", "PA", "America/New_York"),
        ("4th Cir.", "ca4", "VA", "America/New_York"),
        ("5th Cir.", "ca5", "LA", "America/Chicago"),
        ("6th Cir.", "ca6", "OH", "America/New_York"),
        ("7th Cir.", "ca7", "IL", "America/Chicago"),
        ("8th Cir.", "ca8", "MO", "America/Chicago"),
        ("9th Cir.", "ca9", "CA", "America/Los_Angeles"),
        ("10th Cir.", "ca10", "CO", "America/Denver"),
        ("11th Cir.", "ca11", "GA", "America/New_York"),
        ("D.C. Cir.", "cadc", "DC", "America/New_York"),
        ("Fed. Cir.", "cafc", "DC", "America/New_York"),
        ("Fed. Cl.", "uscfc", "DC", "America/New_York"),
        ("Ct. Int'l Trade", "cit", "NY", "America/New_York"),
        ("CIT", "cit", "NY", "America/New_York"),
    ],
)
def test_courts_that_are_not_district_courts_are_known(
    key: str, court_id: str, state: str, zone: str
) -> None:
    court = get_court(key)
    assert (court.id, court.state, court.timezone) == (court_id, state, zone)
    assert court_by_id(court_id) is court
    assert get_court(court.abbreviation) is court  # an order stores the abbreviation


def test_district_courts_keep_their_keys() -> None:
    assert get_court("D.D.C.").id == "dcd"
    assert get_court("S.D.N.Y.").id == "nysd"
    assert len(NATIONAL) == 15


@pytest.mark.parametrize(
    ("court", "day", "forward", "closed"),
    [
        # RCFC 6(a)(6) and USCIT R. 6(a)(6) count no state's days: D.C. Emancipation Day and
        # New York's Lincoln's Birthday and election day stay open days for those courts
        ("Fed. Cl.", date(2027, 4, 16), True, False),
        ("Fed. Cl.", date(2027, 4, 16), False, False),
        ("Fed. Cl.", date(2028, 4, 17), True, False),
        ("Fed. Cl.", date(2027, 5, 31), True, True),  # Memorial Day: a federal day
        # D.C. Code § 1-612.02: D.C. Emancipation Day, April 16; a Sunday one on Monday
        ("Fed. Cir.", date(2028, 4, 17), True, True),
        ("D.C. Cir.", date(2027, 4, 16), True, True),
        ("D.C. Cir.", date(2027, 4, 15), True, False),
        ("Ct. Int'l Trade", date(2027, 2, 12), True, False),
        ("Ct. Int'l Trade", date(2027, 11, 2), True, False),
        # N.Y. Gen. Constr. Law § 24: Lincoln's Birthday, each general election day
        ("2d Cir.", date(2028, 11, 7), True, True),
        ("2d Cir.", date(2028, 11, 8), True, False),
        # Cal. Gov. Code § 6700: Cesar Chavez Day (the Ninth Circuit's clerk, San Francisco)
        ("9th Cir.", date(2028, 3, 31), True, True),
        # a day that is no holiday where the Federal Circuit sits
        ("Fed. Cir.", date(2027, 4, 19), True, False),
    ],
)
def test_a_national_courts_calendar_is_its_seats(
    court: str, day: date, forward: bool, closed: bool
) -> None:
    holiday = calendar_for(get_court(court)).legal_holiday(day, forward=forward)
    assert (holiday is not None) is closed


@pytest.mark.parametrize(
    ("head", "court_id"),
    [
        ("IN THE UNITED STATES COURT OF FEDERAL CLAIMS\n\nNo. 27-455C\n", "uscfc"),
        ("United States Court of International Trade\n\nCourt No. 27-00301\n", "cit"),
        ("UNITED STATES COURT OF APPEALS\nFOR THE TENTH CIRCUIT\n\nNo. 27-1190\n", "ca10"),
        ("United States Court of Appeals, Fourth Circuit\n\nNo. 27-1402\n", "ca4"),
        # the court of appeals' caption, then the district court appealed from
        (
            "UNITED STATES COURT OF APPEALS FOR THE DISTRICT OF COLUMBIA CIRCUIT\n\n"
            "Appeal from the United States District Court for the District of Maryland\n",
            "cadc",
        ),
        (
            "United States Court of Appeals for the Eleventh Circuit\n\nNo. 27-11873\n"
            "D.C. Docket No. 1:26-cv-00412 (M.D. Fla.)\n",
            "ca11",
        ),
    ],
)
def test_a_caption_names_the_national_court(head: str, court_id: str) -> None:
    court = find_court(head + "ORDER\n\nThe parties shall mediate.\n")
    assert court is not None and court.id == court_id


def test_a_district_order_citing_the_court_of_appeals_stays_the_district_courts() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\nOn remand from the "
        "United States Court of Appeals for the Ninth Circuit, the case is referred to a "
        "settlement conference.\n"
    )
    court = find_court(text)
    assert court is not None and court.id == "ord"


def _due(text: str) -> dict[str, tuple[date | None, bool]]:
    schedule = compute_schedule(parse_order(text, source_name="t"))
    return {d.obligation.quote: (d.due_date, d.needs_review) for d in schedule.deadlines}


def test_a_federal_claims_period_ending_on_dc_emancipation_day_stays_on_it() -> None:
    text = (
        "In the United States Court of Federal Claims\n\nNo. 27-0455C\n\n"
        "WILLOWMERE SUPPLY CO., Plaintiff,\nv.\nTHE UNITED STATES, Defendant.\n\n"
        "ORDER\n\nA settlement conference before the settlement judge is set for Tuesday, "
        "May 25, 2027, at 10:00 a.m. The parties shall exchange their damages calculations "
        "within fourteen days of the date of this order.\n\nIT IS SO ORDERED.\n\n"
        "Dated: April 2, 2027\n\ns/ Judge\n"
    )
    due = _due(text)
    quote = next(q for q in due if "damages calculations" in q)
    # Fri Apr 16 is D.C. Emancipation Day, but RCFC 6(a)(6) counts no D.C. days
    assert due[quote] == (date(2027, 4, 16), False)


def test_a_second_circuit_period_ending_on_election_day_runs_to_wednesday() -> None:
    text = (
        "UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\n"
        "Docket No. 27-1733\n\nNOTICE OF MEDIATION CONFERENCE\n\n"
        "A mediation conference is scheduled for Thursday, December 2, 2027, at 2:00 p.m. "
        "Each party shall submit a confidential statement within seven days of the date of "
        "this notice.\n\nDated: October 26, 2027\n"
    )
    due = _due(text)
    quote = next(q for q in due if "confidential statement" in q)
    assert due[quote] == (date(2027, 11, 3), False)  # Tue Nov 2, 2027: New York election day


@pytest.mark.parametrize("stamp", ["(Filed: June 7, 2028)", "(Filed: 6/7/2028)"])
def test_the_orders_filed_stamp_in_parentheses_is_no_deadline(stamp: str) -> None:
    text = (
        "In the United States Court of Federal Claims\n\nNo. 28-0612C\n" + stamp + "\n\n"
        "HARROWGATE MILLS, INC., Plaintiff,\nv.\nTHE UNITED STATES, Defendant.\n\nORDER\n\n"
        "A settlement conference will be held before the settlement judge on Thursday, July 20, "
        "2028, at 11:00 a.m. Each party shall submit a settlement memorandum ten days before "
        "the settlement conference.\n\nIT IS SO ORDERED.\n"
    )
    order = parse_order(text, source_name="t")
    schedule = compute_schedule(order)
    dates = {d.due_date for d in schedule.deadlines}
    assert dates == {date(2028, 7, 10)}
    assert order.order_date == date(2028, 6, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tranche 2 cases are referred to Magistrate Judge Ilsa V. Dunmore for settlement "
        "conferences, which will be held on Wednesday, March 15, 2028, beginning at 9:30 a.m.",
        "Settlement conferences in the bellwether cases are set for Wednesday, March 15, 2028 "
        "at 9:30 a.m. in Courtroom 12.",
        "The mediations of the remaining pool cases shall take place on Wednesday, March 15, "
        "2028, at 9:30 a.m. before the Special Master.",
    ],
)
def test_an_mdls_settlement_conferences_in_the_plural_are_the_session(sentence: str) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nIN RE: ORCHARD GLEN TALC "
        "PRODUCTS LIABILITY LITIGATION\nMDL No. 3104\n\nCASE MANAGEMENT ORDER NO. 7\n\n"
        + sentence
        + " Each plaintiff shall serve a settlement demand twenty-one days before the "
        "settlement conference.\n\nDated: January 10, 2028\n"
    )
    order = parse_order(text, source_name="t")
    assert order.conference.date == date(2028, 3, 15)
    due = {d.due_date for d in compute_schedule(order).deadlines}
    assert due == {date(2028, 2, 23)}


# --- case numbers of courts that are not district courts (core/order_parser/court_numbers.py)

_BANKR_TAIL = (
    "\n\nORDER REFERRING ADVERSARY PROCEEDING TO MEDIATION\n\nThe mediation shall be held on "
    "Monday, May 22, 2028, at 10:00 a.m.\n\nDated: April 3, 2028\n"
)


@pytest.mark.parametrize(
    ("caption", "number"),
    [
        (
            "UNITED STATES BANKRUPTCY COURT\nDISTRICT OF ARIZONA\n\nIn re: SAGUARO FLATS LLC,"
            "\nDebtor.\nChapter 11\nCase No. 28-02231 (DLK)\n",
            "28-bk-02231-DLK",
        ),
        (
            "UNITED STATES BANKRUPTCY COURT\nWESTERN DISTRICT OF WASHINGTON\n\nIn re: TIDEWATER "
            "CEDAR CO., Debtor.\nCase No. 28-10914-tws7\n",
            "28-bk-10914-TWS",
        ),
        # the adversary proceeding's number is the order's: it is entered on that docket
        (
            "UNITED STATES BANKRUPTCY COURT\nDISTRICT OF ARIZONA\n\nIn re: SAGUARO FLATS LLC,"
            "\nDebtor.\nCase No. 28-02231 (DLK)\n\nRIVERA, Plaintiff,\nv.\nSAGUARO FLATS LLC,"
            "\nDefendant.\nAdversary Proceeding No. 28-00117 (DLK)\n",
            "28-ap-00117-DLK",
        ),
        (
            "UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF GEORGIA\n\nIn re: PEACH "
            "LANE FOODS, INC., Debtor.\nCase No. 1:28-bk-50412-PWB\nAdv. No. 1:28-ap-05033-PWB\n",
            "1:28-ap-05033-PWB",
        ),
    ],
)
def test_a_bankruptcy_courts_number_is_a_bankruptcy_number(caption: str, number: str) -> None:
    order = parse_order(caption + _BANKR_TAIL, source_name="t")
    assert order.case_number == number


def test_a_district_courts_bankruptcy_appeal_keeps_its_civil_number() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nOn Appeal from the United States "
        "Bankruptcy Court\nCivil Action No. 28-1190-PHX\nBankr. Case No. 28-02231 (DLK)\n"
        + _BANKR_TAIL
    )
    assert parse_order(text, source_name="t").case_number == "28-cv-01190-PHX"


@pytest.mark.parametrize(
    ("caption", "shown"),
    [
        ("UNITED STATES COURT OF APPEALS\nFOR THE TENTH CIRCUIT\n\nNo. 28-1044\n", "28-1044"),
        (
            "UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\n\nDocket No. 28-911-cv\n",
            "28-911-cv",
        ),
        ("In the United States Court of Federal Claims\n\nNo. 28-0733C\n", "28-0733C"),
        (
            "United States Court of Appeals for the Ninth Circuit\n\nNo. 28-15002\n"
            "D.C. No. 2:27-cv-00815-RSL\nWestern District of Washington, Seattle\n",
            "28-15002",
        ),
    ],
)
def test_a_national_courts_number_is_not_read_as_a_district_number(
    caption: str, shown: str
) -> None:
    text = caption + (
        "\nORDER\n\nA mediation conference is set for Monday, May 22, 2028, at 10:00 a.m."
        "\n\nDated: April 3, 2028\n"
    )
    order = parse_order(text, source_name="t")
    assert order.case_number is None
    assert any(f"({shown})" in w and "not read" in w for w in order.warnings)


# --- a circuit mediator's letter and the Ninth Circuit's assessment conference

_LETTER_HEAD = (
    "UNITED STATES COURT OF APPEALS FOR THE SEVENTH CIRCUIT\nOffice of the Settlement "
    "Conference Program\n\nRe: No. 28-1650, Thornbury v. Allis Valley Mills\n\nDear Counsel:\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Please file the docketing statement within ten (10) days of the date of this letter.",
            date(2028, 5, 15),  # May 5 + 10 = May 15 (Monday)
        ),
        (
            "Counsel shall confirm the client representative's name within 14 days of this letter.",
            date(2028, 5, 19),
        ),
    ],
)
def test_a_period_from_this_letter_counts_from_the_letters_date(sentence: str, due: date) -> None:
    text = (
        _LETTER_HEAD + "A settlement conference will be held by telephone on Thursday, June 8, "
        "2028 at 11:00 a.m. Central Time. " + sentence + "\n\nSincerely,\n\nCircuit Mediator"
        "\n\nDated: May 5, 2028\n"
    )
    order = parse_order(text, source_name="t")
    dates = [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]
    assert dates == [(due, False)]


def test_the_letter_of_a_party_is_not_this_letter() -> None:
    text = (
        _LETTER_HEAD + "A settlement conference will be held by telephone on Thursday, June 8, "
        "2028 at 11:00 a.m. Central Time. Appellee shall answer within 10 days of receipt of "
        "the letter.\n\nDated: May 5, 2028\n"
    )
    order = parse_order(text, source_name="t")
    assert all(d.due_date != date(2028, 5, 15) for d in compute_schedule(order).deadlines)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each side shall email a brief confidential summary no later than three (3) days before "
        "the assessment conference.",
        "A short position letter is due three days prior to the initial mediation conference.",
    ],
)
def test_a_circuit_assessment_conference_is_the_session(sentence: str) -> None:
    text = (
        "UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nNo. 28-35117\n\nORDER\n\n"
        "An assessment conference by telephone is scheduled for Friday, June 16, 2028, at "
        "1:30 p.m. Pacific Time. " + sentence + "\n\nFOR THE COURT:\nCircuit Mediator\n"
    )
    order = parse_order(text, source_name="t")
    assert order.conference.date == date(2028, 6, 16)
    dates = [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]
    assert dates == [(date(2028, 6, 13), False)]


@pytest.mark.parametrize(
    "closing",
    [
        "FOR THE COURT\n\nJune 2, 2028                         /s/ Clerk Name\nDate"
        "                                 Clerk of Court\n",
        "FOR THE COURT\n\nJune 2, 2028\nDate\n\n/s/ Clerk Name\nClerk of Court\n",
    ],
)
def test_a_date_over_the_word_date_is_the_orders(closing: str) -> None:
    text = (
        "United States Court of Appeals for the Federal Circuit\n\n2028-1422\n\nORDER\n\n"
        "The mediation will be held by videoconference on Wednesday, June 28, 2028, at 1:00 "
        "p.m. Eastern Time. The parties shall submit their mediation statements within 14 days "
        "of the date of this order.\n\n" + closing
    )
    order = parse_order(text, source_name="t")
    assert order.order_date == date(2028, 6, 2)
    dates = [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]
    assert dates == [(date(2028, 6, 16), False)]


# --- no court identified: a forward period ending on a state's holiday is flagged
# (core/unknown_court.py)


def _courtless(head: str, sentence: str, dated: str) -> list[tuple[date | None, bool, str]]:
    text = (
        head + "ORDER\n\nA settlement conference is set for Tuesday, June 22, 2027, at "
        "10:00 a.m. " + sentence + "\n\nDated: " + dated + "\n"
    )
    schedule = compute_schedule(parse_order(text, source_name="t"))
    return [(d.due_date, d.needs_review, " ".join(d.warnings)) for d in schedule.deadlines]


@pytest.mark.parametrize(
    ("sentence", "dated", "due", "where"),
    [
        # Fri Apr 16, 2027: D.C. Emancipation Day (D.C. Code § 1-612.02)
        (
            "The parties shall exchange offers within 14 days of this order.",
            "April 2, 2027",
            date(2027, 4, 16),
            "District of Columbia",
        ),
        # Tue Nov 2, 2027: New York's general election day (N.Y. Gen. Constr. Law § 24)
        (
            "Plaintiff shall serve its demand within 21 days of this order.",
            "October 12, 2027",
            date(2027, 11, 2),
            "New York",
        ),
        # Wed Mar 31, 2027: Cesar Chavez Day (Cal. Gov. Code § 6700)
        (
            "Defendant shall produce its policies within 30 days of this order.",
            "March 1, 2027",
            date(2027, 3, 31),
            "California",
        ),
    ],
)
def test_a_forward_period_ending_on_a_state_holiday_is_flagged_without_a_court(
    sentence: str, dated: str, due: date, where: str
) -> None:
    [(day, review, warning)] = _courtless("", sentence, dated)
    assert (day, review) == (due, True)
    assert "could not be identified" in warning and where in warning


def test_without_a_court_an_ordinary_day_and_a_backward_period_are_not_flagged() -> None:
    # Tue Apr 20, 2027 is no holiday in a hand-written state or D.C. (Apr 19 is Massachusetts'
    # Patriots' Day); backward periods never count state holidays (FRCP 6(a)(6)(C))
    assert _courtless(
        "", "The parties shall exchange offers within 18 days of this order.", "April 2, 2027"
    ) == [(date(2027, 4, 20), False, "")]
    text = (
        "ORDER\n\nA settlement conference is set for Monday, April 26, 2027, at 10:00 a.m. "
        "Statements are due ten days before the conference.\n\nDated: April 2, 2027\n"
    )
    schedule = compute_schedule(parse_order(text, source_name="t"))
    assert [(d.due_date, d.needs_review) for d in schedule.deadlines] == [
        (date(2027, 4, 16), False)
    ]


def test_with_a_court_its_own_calendar_decides() -> None:
    head = "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
    sentence = "The parties shall exchange offers within 14 days of this order."
    assert _courtless(head, sentence, "April 2, 2027") == [(date(2027, 4, 16), False, "")]


def test_before_the_first_settlement_conference_counts_from_its_first_day() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF MISSOURI\n\nIN RE: QUARRY RIDGE "
        "HAIR RELAXER PRODUCTS LIABILITY LITIGATION\nMDL No. 3120\n\nORDER\n\nThe Settlement "
        "Master will hold settlement conferences for the Pool B cases on Wednesday, October 11, "
        "2028, and Thursday, October 12, 2028, at 9:00 a.m. Defendants shall circulate a "
        "claims grid ten days before the first settlement conference.\n\nDated: August 30, "
        "2028\n"
    )
    order = parse_order(text, source_name="t")
    assert order.conference.date == date(2028, 10, 11)
    dates = [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]
    assert dates == [(date(2028, 9, 29), False)]  # Oct 1 is a Sunday: back to Fri Sep 29
