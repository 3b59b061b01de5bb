"""Kinds the tenth phrasing set (tests/corpus/phrasings10: long orders with few duties among
dates that are not deadlines) found, probed in other wording and other courts' style: a
session the order recites as past (before the order's own date) taken for the one it sets;
the order's date printed under its title or at the end of a caption column, so that periods
counted from "this Order" went undated. And, probing the set's distractors further: other
meetings the order recites as held, shown as dates to attend; a session or a deadline moved past
a docket cite ("(ECF No. 40) is VACATED", "(ECF No. 12) is extended to"); a session an earlier
order set ("By Order dated March 3, 2026, the Court scheduled ...") and one set now; ECF stamps
as other courts word them, inside a period; superscript footnote marks; Date and Time fields
right under a sentence naming the session."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.header import read_order_date

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER\n\n"


@pytest.mark.parametrize(
    "history",
    [
        # the session named, its date, then the verb that says it failed
        "A settlement conference before Magistrate Judge Q. Example on February 10, 2026 did not "
        "resolve the case. Letters sent for the February 10, 2026 settlement conference need not "
        "be sent again.",
        # a participle, no "was held"
        "The parties participated in an early neutral evaluation held on January 27, 2026, and "
        "exchanged offers afterwards. The letter shall describe the ENE of January 27, 2026.",
        "At the settlement conference conducted by the Court on December 16, 2025, the parties "
        "narrowed their dispute; the offers made at the December 16, 2025 settlement conference "
        "remain open.",
    ],
)
def test_a_session_dated_before_the_order_is_history(history: str) -> None:
    text = (
        HEAD
        + history
        + "\n\nThe conference will be held on April 14, 2026, at 9:30 a.m. in Courtroom 9W.\n\n"
        "Each party shall submit a confidential letter seven (7) days before the settlement "
        "conference.\n\nDated: March 2, 2026\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2026, 4, 14), time(9, 30))
    dues = [d.due_date for d in compute_schedule(order).deadlines]
    assert dues == [date(2026, 4, 7)]


def test_a_lone_session_before_the_order_date_is_still_read() -> None:
    # With no later session to choose, a date before the order's is kept (a misread order
    # date must not leave the order without its session); the deadline check flags it.
    text = (
        HEAD + "A settlement conference is set for February 3, 2026 at 10:00 a.m.\n\n"
        "Dated: March 2, 2026\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
    )
    assert parse_order(text).conference.date == date(2026, 2, 3)


@pytest.mark.parametrize(
    ("head", "when"),
    [
        (
            "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\nACME CORP.,\n     "
            "Plaintiff,\nv.                          CIVIL ACTION NO. 26-10001\n\nBETA LLC,\n"
            "     Defendant.\n\nORDER REGARDING SETTLEMENT CONFERENCE\n\nJune 3, 2026\n\n",
            date(2026, 6, 3),
        ),
        # the title wraps onto a second line
        (
            "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\n"
            "ACME CORP.,\n     Plaintiff,\n\nv.            CIVIL ACTION NO. 26-10001\n\n"
            "BETA LLC,\n     Defendant.\n\n"
            "MEMORANDUM AND ORDER ON\n"
            "SETTLEMENT CONFERENCE PROCEDURES\n\nSeptember 9, 2026\n\nKELLER, M.J.\n\n",
            date(2026, 9, 9),
        ),
        # D. Conn.: the date closes the caption's right column
        (
            "UNITED STATES DISTRICT COURT\nDISTRICT OF CONNECTICUT\n\nACME CORP.,          :\n"
            "     Plaintiff,      :     No. 3:26-cv-00001\n  v.                 :\nBETA LLC,"
            "            :     APRIL 6, 2027\n     Defendant.      :\n\nORDER\n\n",
            date(2027, 4, 6),
        ),
    ],
)
def test_the_order_date_under_its_title_or_in_a_caption_column(head: str, when: date) -> None:
    text = (
        head + "A settlement conference will be held on Thursday, October 14, 2027, at 10:00 "
        "a.m.\n\nWithin fourteen (14) days of the date of this Order, counsel shall file a joint "
        "notice identifying each person who will attend.\n\nSO ORDERED.\n\n/s/ A. Judge\n"
        "United States Magistrate Judge\n"
    )
    assert read_order_date(text) == when


def test_a_period_from_the_order_is_dated_from_the_title_date() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\n"
        "ACME CORP.,\n     Plaintiff,\n\nv.                  CIVIL ACTION NO. 26-10001\n\n"
        "BETA LLC,\n     Defendant.\n\n"
        "ORDER ON SETTLEMENT CONFERENCE\n\nFebruary 9, 2026\n\n"
        "The Court will conduct a settlement conference on "
        "Thursday, March 26, 2026, at 10:00 a.m.\n\nWithin seven (7) days of this Order, counsel "
        "shall file a notice of appearance for any attorney who will attend.\n\nSO ORDERED.\n\n"
        "/s/ A. Judge\nUnited States Magistrate Judge\n"
    )
    deadlines = compute_schedule(parse_order(text)).deadlines
    # seven days from Monday, February 9 is Presidents' Day: Tuesday, February 17
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(date(2026, 2, 17), False)]


def test_a_date_line_under_ordinary_text_is_not_the_orders_date() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\nACME CORP.,\n     Plaintiff,"
        "\n\nv.                          CIVIL ACTION NO. 26-10001\n\nBETA LLC,\n     Defendant."
        "\n\nORDER\n\nThe Court sets a settlement conference for the following date:\n\n"
        "May 5, 2026\n\nat 10:00 a.m.\n"
    )
    # beyond the head's first dozen lines, and under a sentence, not under the title
    assert read_order_date(text) is None


MN = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER\n\n"
SIGNED = "\n\nDated: February 1, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the docket cite between the date and the verb
        (
            "The settlement conference set for March 10, 2027 (ECF No. 40) is VACATED. A "
            "settlement conference will take place on April 6, 2027 at 10:00 a.m.",
            (date(2027, 4, 6), time(10, 0)),
        ),
        # after a clock time, a bracketed cite does not open a new sentence
        (
            "The Settlement Conference scheduled for March 10, 2027 at 9:00 a.m. [Dkt. 88] is "
            "hereby stricken. The parties shall appear for a settlement conference on April 6, "
            "2027 at 10:00 a.m.",
            (date(2027, 4, 6), time(10, 0)),
        ),
        (
            "The settlement conference set for May 10, 2027 (Doc. 31) is ADJOURNED to June 8, "
            "2027 at 2:00 p.m.",
            (date(2027, 6, 8), time(14, 0)),
        ),
        # vacated, no new date: no session at all, never the vacated one
        (
            "The settlement conference set for May 10, 2027 (ECF No. 40) is VACATED and will be "
            "reset by separate order.",
            (None, None),
        ),
    ],
)
def test_a_session_vacated_past_its_docket_cite(body: str, when: tuple) -> None:
    order = parse_order(MN + body + SIGNED)
    assert (order.conference.date, order.conference.time) == when


@pytest.mark.parametrize(
    "history",
    [
        "At the status conference held on January 21, 2027, both sides asked for a settlement "
        "conference.",
        "This matter is before the Court following the preliminary pretrial conference held on "
        "January 12, 2027.",
        # an indented list item that reads like a schedule row
        "The statements shall include:\n\n    (i) a summary of the claims;\n\n    (ii) the "
        "results of the mediation held on\n        December 14, 2026.",
    ],
)
def test_another_meeting_dated_before_the_order_is_not_shown(history: str) -> None:
    text = (
        MN + history + "\n\nA settlement conference is set for March 23, 2027 at 1:30 p.m.\n\n"
        "A telephonic status conference is set for April 6, 2027 at 9:15 a.m." + SIGNED
    )
    schedule = compute_schedule(parse_order(text))
    shown = [(d.due_date, d.needs_review) for d in schedule.deadlines if d.due_date]
    # the status conference the order sets still shows, flagged; the past one does not
    assert shown == [(date(2027, 4, 6), True)]


NJ = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\nA settlement conference "
    "is set for Thursday, May 14, 2026 at 10:00 a.m. in Courtroom 2C.\n\n"
)
NJ_SIGNED = (
    "\n\nSO ORDERED.\n\nDated: March 16, 2026\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The deadline for settlement statements set by the Court's prior order (ECF No. 12) is "
        "extended to May 8, 2026.",
        "The deadline for confidential submissions (Dkt. 40) is hereby extended to May 8, 2026.",
        # the date it had and the cite before the verb: never the old date without review
        "The settlement statement deadline of April 30, 2026 (ECF No. 12) is extended to May 8, "
        "2026.",
    ],
)
def test_a_deadline_moved_past_a_docket_cite(sentence: str) -> None:
    deadlines = compute_schedule(parse_order(NJ + sentence + NJ_SIGNED)).deadlines
    assert date(2026, 5, 8) in [d.due_date for d in deadlines]
    assert all(d.needs_review for d in deadlines if d.due_date != date(2026, 5, 8))


@pytest.mark.parametrize(
    "sentence",
    [
        "The deadline for Plaintiff to serve a demand (see ECF No. 12) is April 30, 2026.",
        "The deadline for Defendant to respond to the demand (Dkt. No. 45) is April 30, 2026.",
    ],
)
def test_the_deadline_for_a_duty_is_a_date_past_a_docket_cite(sentence: str) -> None:
    deadlines = compute_schedule(parse_order(NJ + sentence + NJ_SIGNED)).deadlines
    assert [d.due_date for d in deadlines] == [date(2026, 4, 30)]


@pytest.mark.parametrize(
    "body",
    [
        "By Order dated March 3, 2026 (ECF No. 12), the Court scheduled a settlement conference "
        "for April 9, 2026. That conference is adjourned to May 14, 2026 at 10:00 a.m.",
        "By Text Order entered February 2, 2026, the Court had set a settlement conference for "
        "April 9, 2026 at 2:00 p.m. Owing to a conflict, the conference will take place on May "
        "14, 2026 at 10:00 a.m.",
        "In its Order of March 3, 2026, the Court set a settlement conference for April 9, 2026. "
        "The settlement conference is rescheduled to May 14, 2026 at 10:00 a.m.",
    ],
)
def test_a_session_an_earlier_order_set_gives_way_to_the_one_set_now(body: str) -> None:
    order = parse_order(NJ_HEAD + body + NJ_TAIL)
    assert (order.conference.date, order.conference.time) == (date(2026, 5, 14), time(10, 0))
    deadlines = compute_schedule(order).deadlines
    assert [d.due_date for d in deadlines] == [date(2026, 5, 7)]


@pytest.mark.parametrize(
    "body",
    [
        # the earlier order's setting restated, and nothing else set: it stands
        "By Order dated March 3, 2026 (ECF No. 12), the Court scheduled a settlement conference "
        "for May 14, 2026 at 10:00 a.m. The parties shall comply with the following.",
        "By Order dated March 3, 2026, the Court referred this case for a settlement conference, "
        "which is set for May 14, 2026 at 10:00 a.m.",
    ],
)
def test_a_session_an_earlier_order_set_stands_when_no_other_is_set(body: str) -> None:
    order = parse_order(NJ_HEAD + body + NJ_TAIL)
    assert (order.conference.date, order.conference.time) == (date(2026, 5, 14), time(10, 0))


NJ_HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
NJ_TAIL = (
    "\n\nEach party shall submit a confidential statement seven (7) days before the "
    "conference." + NJ_SIGNED
)


@pytest.mark.parametrize(
    "stamp",
    [
        # S.D. Ohio labels each field of the ECF stamp
        "Case: 2:26-cv-00940-ALM Doc #: 27 Filed: 03/16/26 Page: {p} of 3 PAGEID #: 41{p}",
        "Case 2:26-cv-00940-ALM Doc. 27 Filed 03/16/26 Page {p} of 3",
        "Case 2:26-cv-00940-ALM Dkt. 27 Filed 03/16/26 Page {p} of 3",
        # N.D. Ill., S.D. Tex., S.D. Fla., N.D. Ind.
        "Case: 2:26-cv-00940 Document #: 91 Filed: 03/16/26 Page {p} of 3 PageID #:51{p}",
        "Case 2:26-cv-00940 Document 12 Filed in TXSD on 03/16/26 Page {p} of 3",
        "Case 2:26-cv-00940-ABC Document 45 Entered on FLSD Docket 03/16/2026 Page {p} of 3",
        "USDC IN/ND case 2:26-cv-00940 document 45 filed 03/16/26 page {p} of 3",
    ],
)
def test_an_ecf_stamp_with_labelled_fields_is_page_furniture(stamp: str) -> None:
    # Left in, "seven (7) <stamp> days before" read "3 days before", or "(7) Case: 2:26"
    # a date in 2025, both shown without review.
    text = (
        stamp.format(p=1) + "\nUNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF OHIO\n\nORDER\n\n"
        "A settlement conference is set for Thursday, May 14, 2026 at 10:00 a.m.\n\n"
        "Each party shall submit a confidential statement seven (7)\n"
        + stamp.format(p=2)
        + "\ndays before the conference.\n\nPlaintiff shall serve a demand no later than April\n"
        + stamp.format(p=3)
        + "\n30, 2026.\n\nSO ORDERED.\n\nDated: March 16, 2026\n"
    )
    order = parse_order(text)
    assert order.case_number is not None and "26-cv-00940" in order.case_number.lower()
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [
        (date(2026, 5, 7), False),
        (date(2026, 4, 30), False),
    ]


def test_an_excerpts_only_stamp_inside_a_period_is_moved_out() -> None:
    # The text begins after page 1; its one stamp sits inside "seven (7) ... days".
    text = (
        NJ + "Each party shall submit a confidential statement seven (7)\n"
        "Case: 2:26-cv-00940-ALM Doc #: 27 Filed: 03/16/26 Page: 2 of 3 PAGEID #: 412\n"
        "days before the conference." + NJ_SIGNED
    )
    order = parse_order(text)
    assert order.case_number is not None and "26-cv-00940" in order.case_number.lower()
    deadlines = compute_schedule(order).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(date(2026, 5, 7), False)]


@pytest.mark.parametrize(
    ("body", "dues"),
    [
        (
            "Each party shall submit a confidential statement seven (7) days³ before the "
            "conference.",
            [date(2026, 5, 7)],
        ),
        # the mark after the stop: two sentences, two duties
        (
            "Plaintiff shall serve a written demand no later than April 30, 2026.² Defendant "
            "shall respond no later than May 7, 2026.",
            [date(2026, 4, 30), date(2026, 5, 7)],
        ),
        (
            "Each party shall submit a statement no later than seven (7) days before the "
            "conference¹, by email to chambers.\n\n¹ See Standing Order 2020-04 (D.N.J. Mar. "
            "16, 2020).",
            [date(2026, 5, 7)],
        ),
    ],
)
def test_a_superscript_footnote_mark_is_not_part_of_the_sentence(
    body: str, dues: list[date]
) -> None:
    deadlines = compute_schedule(parse_order(NJ + body + NJ_SIGNED)).deadlines
    assert [d.due_date for d in deadlines] == dues
    # a mark after the stop ties a note to the sentence, which may change its date: flagged
    # and said; a mark inside the sentence leaves it as read
    for d in deadlines:
        noted = ".²" in d.obligation.quote
        assert d.needs_review == noted
        assert any("footnote (²)" in r for r in d.obligation.review_reasons) == noted


@pytest.mark.parametrize(
    "body",
    [
        "The settlement conference will be held by Zoom.\nDate: May 14, 2026\nTime: 10:00 a.m.",
        "The parties shall attend a settlement conference before the undersigned.\n\n"
        "Date: Thursday, May 14, 2026\nTime: 10:00 a.m. Eastern",
        "A settlement conference is scheduled as set out below.\nDATE: 5/14/2026 at 10:00 a.m.",
    ],
)
def test_date_and_time_fields_right_under_a_sentence_naming_the_session(body: str) -> None:
    order = parse_order(NJ_HEAD + body + NJ_TAIL)
    assert (order.conference.date, order.conference.time) == (date(2026, 5, 14), time(10, 0))
    assert any("read from a field" in w for w in compute_schedule(order).warnings)


def test_a_signatures_date_field_under_the_session_sentence_is_not_the_session() -> None:
    text = (
        NJ_HEAD + "Counsel shall confirm attendance at the settlement conference.\n\n"
        "Date: March 16, 2026\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
    )
    assert parse_order(text).conference.date is None


@pytest.mark.parametrize(
    "tail",
    [
        "Date of Order: June 7, 2027\n",
        "DATE OF THIS ORDER: 6/7/2027\n",
        # the place and the date on one line of the signature block
        "Topeka, Kansas, June 7, 2027.\n\ns/ A. Judge\nUnited States Magistrate Judge\n",
        "Kansas City, Kansas June 7, 2027\n/s/ A. Judge\nU.S. Magistrate Judge\n",
    ],
)
def test_the_order_date_at_its_end_in_other_words(tail: str) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER\n\nA settlement conference "
        "is set for Tuesday, July 20, 2027 at 9:00 a.m.\n\nWithin fourteen (14) days of the date "
        "of this order, plaintiff shall serve a written demand.\n\n" + tail
    )
    assert read_order_date(text) == date(2027, 6, 7)
    deadlines = compute_schedule(parse_order(text)).deadlines
    # fourteen days from Monday, June 7, 2027 is Monday, June 21
    assert [(d.due_date, d.needs_review) for d in deadlines] == [(date(2027, 6, 21), False)]


def test_a_sentence_with_commas_before_a_date_is_not_a_place_line() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER\n\n"
        "Counsel, please note, June 7, 2027 matters.\n/s/ A. Judge\nU.S. Magistrate Judge\n"
    )
    assert read_order_date(text) is None
