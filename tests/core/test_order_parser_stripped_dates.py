"""Orders whose dates a website stripped (issue #13): case-law and forms sites drop bold or
underlined text, and courts print the dates in bold. What is left ("scheduled to commence
on at before Magistrate Judge X", "No later than , each party shall submit ...", "serve a
demand by .") must never become a date, borrowed or invented, nor vanish: the conference
has no date and a warning quoting its sentence, every stripped duty is quoted in a warning
or flagged for review."""

from __future__ import annotations

import re
from datetime import date

import pytest

from settleconf.core.order import Anchor, Order
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.hollow_dates import hollow_deadline, hollow_session, hollow_time
from tests.core.unseen_orders import COURT, read

MISSING = (
    "the date appears to be missing from the text (a website may have dropped bold or "
    "underlined text)"
)
NO_DATE = "The settlement conference has no date:"
UNREAD = re.compile(r'^No deadline was read from "(?P<quote>[^"]+)": it says (?P<seen>.+?), but ')

ARIZONA = """UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

Maria Lopez, Plaintiff,
v.
Desert Freight LLC, Defendant.

No. CV-20-01234-PHX-DLR

ORDER SETTING SETTLEMENT CONFERENCE

The settlement conference is scheduled to commence on at before Magistrate Judge John Z. \
Boyle, Sandra Day O'Connor U.S. Courthouse, 401 West Washington Street, Phoenix, Arizona.

IT IS ORDERED that no later than , each party shall submit a confidential settlement \
statement to the chambers of Magistrate Judge Boyle.

IT IS FURTHER ORDERED that Plaintiff shall serve a written settlement demand on Defendant by . \
Defendant shall serve a written response to the demand no later than .

IT IS FURTHER ORDERED that counsel shall file a joint notice of the persons attending on or \
before June 1, 2021.

Dated this 3rd day of May, 2021.

Honorable John Z. Boyle
United States Magistrate Judge
"""

SAN_DIEGO = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF CALIFORNIA

JAMES PARK, Plaintiff,
v.
CITY OF SAN DIEGO, Defendant.

Case No.: 3:21-cv-00456-BAS-MDD

NOTICE AND ORDER FOR EARLY NEUTRAL EVALUATION CONFERENCE

IT IS HEREBY ORDERED that an Early Neutral Evaluation of your case will be held on , at in \
the chambers of the Honorable Mitchell D. Dembin, United States Magistrate Judge, 333 West \
Broadway, San Diego, California.

1. Confidential ENE statements must be lodged with chambers no later than , and shall not \
be filed on the docket.

2. Plaintiff must serve a written settlement proposal on Defendant by , and Defendant must \
respond in writing by .

3. The parties shall file a Joint Discovery Plan on or before July 12, 2021.

IT IS SO ORDERED.

Dated: June 7, 2021

Hon. Mitchell D. Dembin
United States Magistrate Judge
"""

FRESNO = """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

DAVID REYES, Plaintiff,
v.
K. ALLISON, et al., Defendants.

Case No. 1:19-cv-00871-DAD-SAB (PC)

ORDER SETTING SETTLEMENT CONFERENCE

This case is set for a settlement conference before Magistrate Judge Stanley A. Boone on , \
at in Courtroom 9.

Accordingly, IT IS HEREBY ORDERED that:

1. This case is set for a settlement conference before Magistrate Judge Stanley A. Boone on \
, at in Courtroom 9.

2. Each party shall provide a confidential settlement conference statement to the chambers \
of Judge Boone no later than .

3. The parties shall exchange written settlement offers on or before .

IT IS SO ORDERED.

Dated: March 2, 2020
UNITED STATES MAGISTRATE JUDGE
"""

LAS_CRUCES = """UNITED STATES DISTRICT COURT
DISTRICT OF NEW MEXICO

ROSA MARTINEZ, Plaintiff,
v.
BOARD OF COUNTY COMMISSIONERS, Defendant.

No. 2:18-cv-00912-KG-GBW

ORDER SETTING SETTLEMENT CONFERENCE

A mandatory settlement conference will be held on , 2019, at a.m. at the United States \
Courthouse, 100 North Church Street, Las Cruces, New Mexico.

Plaintiff shall serve on Defendant a letter setting forth a settlement demand no later than \
, 2019. Defendant shall serve a counteroffer no later than , 2019.

The parties shall deliver a confidential position paper to the Court no later than 5:00 p.m. \
on , 2019.

IT IS SO ORDERED.

UNITED STATES MAGISTRATE JUDGE
"""


def _unread(order: Order) -> list[tuple[str, str]]:
    """(quoted sentence, what was seen) of each unread-duty warning that says why: missing."""
    out = []
    for w in order.warnings:
        m = UNREAD.match(w)
        if m:
            assert f", but {MISSING}. Check this duty in the order." in w, w
            out.append((m.group("quote"), m.group("seen")))
    return out


def _fixed(order: Order) -> list[tuple[str, date | None, bool]]:
    return [(o.id, o.rule.fixed_date, o.needs_review) for o in order.obligations]


@pytest.mark.parametrize(
    ("text", "sentence", "lead"),
    [
        (ARIZONA, "The settlement conference is scheduled to commence on at before Magistrate "
         "Judge John Z. Boyle, Sandra Day O'Connor U.S. Courthouse, 401 West Washington Street, "
         "Phoenix, Arizona.", "on"),
        (SAN_DIEGO, "IT IS HEREBY ORDERED that an Early Neutral Evaluation of your case will be "
         "held on , at in the chambers of the Honorable Mitchell D. Dembin, United States "
         "Magistrate Judge, 333 West Broadway, San Diego, California.", "on"),
        (FRESNO, "This case is set for a settlement conference before Magistrate Judge Stanley "
         "A. Boone on , at in Courtroom 9.", "on"),
        (LAS_CRUCES, "A mandatory settlement conference will be held on , 2019, at a.m. at the "
         "United States Courthouse, 100 North Church Street, Las Cruces, New Mexico.", "on"),
    ],
)
def test_a_conference_whose_date_was_stripped_has_none_and_says_so(
    text: str, sentence: str, lead: str
) -> None:
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (None, None)
    assert order.conference.quote == sentence
    said = [w for w in order.warnings if w.startswith(NO_DATE)]
    short = sentence if len(sentence) <= 160 else sentence[:159].rstrip() + "…"
    assert said == [
        f'{NO_DATE} in "{short}" nothing follows \'{lead}\' where its date should be; '
        f"{MISSING}. Check the order for the date and time."
    ]
    assert "No settlement conference date found." not in order.warnings


def test_arizona_each_stripped_duty_is_quoted_and_the_dated_one_keeps_its_own_date() -> None:
    order = parse_order(ARIZONA)
    assert _fixed(order) == [("file_joint_notice", date(2021, 6, 1), False)]
    assert _unread(order) == [
        ("IT IS ORDERED that no later than , each party shall submit a confidential settlement "
         "statement to the chambers of Magistrate Judge Boyle.", "'submit' and 'no later than'"),
        ("IT IS FURTHER ORDERED that Plaintiff shall serve a written settlement demand on "
         "Defendant by .", "'serve' and 'by'"),
        ("Defendant shall serve a written response to the demand no later than .",
         "'serve' and 'no later than'"),
    ]


def test_san_diego_a_sentence_with_two_stripped_duties_is_quoted() -> None:
    order = parse_order(SAN_DIEGO)
    assert [o.rule.fixed_date for o in order.obligations] == [date(2021, 7, 12)]
    assert _unread(order) == [
        ("Confidential ENE statements must be lodged with chambers no later than , and shall "
         "not be filed on the docket.", "'lodged' and 'no later than'"),
        ("Plaintiff must serve a written settlement proposal on Defendant by , and Defendant "
         "must respond in writing by .", "'serve' and 'by'"),
    ]


def test_fresno_nothing_is_read_and_everything_is_said() -> None:
    order = parse_order(FRESNO)
    assert order.obligations == ()
    assert _unread(order) == [
        ("Each party shall provide a confidential settlement conference statement to the "
         "chambers of Judge Boone no later than .", "'provide' and 'no later than'"),
        ("The parties shall exchange written settlement offers on or before .",
         "'exchange' and 'on or before'"),
    ]
    assert "No deadlines were found in the order." in order.warnings


def test_las_cruces_a_year_left_alone_is_no_date() -> None:
    order = parse_order(LAS_CRUCES)
    assert order.obligations == ()
    assert [q for q, _ in _unread(order)] == [
        "Plaintiff shall serve on Defendant a letter setting forth a settlement demand no later "
        "than , 2019.",
        "Defendant shall serve a counteroffer no later than , 2019.",
        "The parties shall deliver a confidential position paper to the Court no later than "
        "5:00 p.m. on , 2019.",
    ]


def test_a_duty_read_beside_a_stripped_one_is_flagged() -> None:
    order = read(
        "Plaintiff must serve a settlement demand by , and Defendant must respond within 14 "
        "days after receipt of the demand."
    )
    (response,) = order.obligations
    assert response.id == "demand_response" and response.needs_review
    assert (
        "Nothing follows 'by' in this sentence where a date should be; "
        f"{MISSING}, so a deadline in it may be missing. Check the sentence in the order."
    ) in response.review_reasons


@pytest.mark.parametrize(
    ("sentence", "seen"),
    [
        ("Confidential settlement statements are due .", "'due'"),
        ("Each party shall e-mail its statement to chambers by the close of business on .",
         "'e-mail' and 'on'"),
        ("Counsel shall file a joint status report on or before , 2024.",
         "'file' and 'on or before'"),
    ],
)
def test_more_wordings_of_a_stripped_deadline_are_quoted(sentence: str, seen: str) -> None:
    assert _unread(read(sentence)) == [(sentence, seen)]


def test_no_date_is_borrowed_from_the_next_sentence() -> None:
    order = read(
        "Plaintiff shall serve a settlement demand by . Thereafter, Defendant shall respond no "
        "later than May 20, 2024."
    )
    assert [(o.rule.fixed_date, o.needs_review) for o in order.obligations] == [
        (date(2024, 5, 20), False)
    ]
    assert [q for q, _ in _unread(order)] == ["Plaintiff shall serve a settlement demand by ."]


@pytest.mark.parametrize(
    ("setting", "other"),
    [
        ("The settlement conference is set for at 9:30 a.m. in Courtroom 5B before Magistrate "
         "Judge Ann Smith.",
         "Counsel shall attend a telephonic status conference with the Court regarding the "
         "settlement conference on May 20, 2024 at 2:00 p.m."),
        ("A settlement conference will take place on at before the Honorable Ann Smith.",
         "The parties shall appear for the settlement conference on May 21, 2024, with full "
         "authority."),
    ],
)
def test_a_stripped_conference_date_is_not_taken_from_another_sentence(
    setting: str, other: str
) -> None:
    order = read(other, COURT + setting + "\n\n")
    assert order.conference.date is None and order.conference.quote == setting
    (said,) = [w for w in order.warnings if w.startswith(NO_DATE)]
    mentioned = re.search(r"May \d+, 2024", other)
    assert mentioned is not None
    assert said.endswith(
        f"Another sentence mentions {mentioned.group(0)} with the conference; it was not used."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The settlement conference is set for June 4, 2024 at 10:00 a.m. in Courtroom 20A.",
        "Counsel shall be prepared to negotiate for at least three hours.",
        "Counsel shall be available at all times during the conference.",
        "The parties shall exchange exhibits, witness lists and so on.",
        "The opinion of the court was delivered by: Magistrate Judge Sidney I. Schenkier.",
        "Counsel shall not contact the judge before, during or after the conference.",
        "Each party shall submit a statement no later than 5:00 p.m. on May 28, 2024.",
        "The conference will be held in person in Courtroom 8 on May 28, 2024 at 9:00 a.m.",
    ],
)
def test_whole_sentences_have_no_hollow_slot(sentence: str) -> None:
    assert hollow_deadline(sentence) is None
    assert hollow_session(sentence) is None
    assert not hollow_time(sentence)


def test_an_intact_order_gets_no_stripped_date_warning() -> None:
    order = read("Each party shall submit a statement no later than May 28, 2024.")
    assert order.conference.date == date(2024, 6, 4)
    assert not [w for w in order.warnings if MISSING in w]


DOCKET = """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

ORDER signed by Magistrate Judge Deborah Barnes on 3/09/17 ordering (Settlement Conference \
set for 5/23/2017 at 09:00 AM in Courtroom 25 (KJN) before Magistrate Judge Kendall J. Newman.)

The court has determined that this case will benefit from a settlement conference. \
Therefore, a settlement conference is set before Magistrate Judge Kendall J. Newman in \
Courtroom #25 on at .

The parties are directed to exchange non-confidential settlement statements seven days \
prior to the settlement conference.

IT IS SO ORDERED.
"""


def test_a_docket_summary_that_sets_the_session_in_full_gives_the_date_and_says_so() -> None:
    """Sites strip the order's bold dates but not the clerk's plain docket summary: a
    sentence that itself sets the session with a day and a time is used, and said."""
    order = parse_order(DOCKET)
    assert (order.conference.date, str(order.conference.time)) == (date(2017, 5, 23), "09:00:00")
    (said,) = [w for w in order.warnings if MISSING in w]
    assert said.startswith(
        'The sentence that sets the settlement conference, "Therefore, a settlement conference '
        "is set before Magistrate Judge Kendall J. Newman in Courtroom #25 on at .\", has "
        "nothing after 'on' where its date should be;"
    )
    summary = (
        "ORDER signed by Magistrate Judge Deborah Barnes on 3/09/17 ordering (Settlement "
        "Conference set for 5/23/2017 at 09:00 AM in Courtroom 25 (KJN) before Magistrate "
        "Judge Kendall J. Newman.)"
    )
    assert said.endswith(
        f'from another sentence that sets it too: "{summary[:159].rstrip()}…"; check them.'
    )
    (statement,) = order.obligations
    assert (statement.rule.amount, statement.rule.anchor) == (7, Anchor.CONFERENCE)


@pytest.mark.parametrize(
    "setting",
    [
        "The settlement conference is scheduled for June 4, 2024 at before Magistrate Judge "
        "Ann Smith.",
        "A settlement conference will be held on June 4, 2024, at a.m. in Courtroom 5B.",
    ],
)
def test_a_stripped_time_is_said_to_be_missing_and_none_is_taken(setting: str) -> None:
    order = read("Each party shall submit a statement no later than May 28, 2024.",
                 COURT + setting + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 4), None)
    assert (
        f'No time found for the settlement conference: in "{setting}" nothing follows \'at\' '
        "where its time should be; the time appears to be missing from the text (a website may "
        "have dropped bold or underlined text)."
    ) in order.warnings
