"""Kinds the twelfth phrasing set (tests/corpus/phrasings12: orders as text extraction leaves
them -- fill-in forms, check boxes, ADR notices, `pdftotext -layout` columns and tables, page
furniture, signature blocks) found, probed in other wording: a form's "DATE: ... TIME: ..." row
taken for the order's date and its signature; a filing stamp's "DATE FILED:" read as a duty;
the mediator's own report read as the parties' deadline; ticked boxes as "☑", "☒" and "( X )",
and options left blank beside a ticked one; bulleted items wrapped onto a second line; the
session's date in a field beside a caption's "v.", as "EAM Date:" or "Session date:"; a layout
table's wrapped rows; a table's counts with their unit under a heading that says before what;
rows whose cell is a period (and a Rule column after it); a row label with commas; "this
Letter Order"; a stipulation's counsel dates before the judge's; a duty that waits on the case
settling with no period."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.header import read_order_date
from settleconf.core.order_parser.markup import drop_unticked
from settleconf.core.order_parser.table_rows import join_wrapped_rows

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER SETTING SETTLEMENT CONFERENCE\n\n"
SIGN = "\n\nDated: March 1, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"


def _dues(text: str) -> list[tuple[date | None, bool]]:
    return [(d.due_date, d.needs_review) for d in compute_schedule(parse_order(text)).deadlines]


# -- a form's row of fields -------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "when", "at"),
    [
        ("DATE: ___Wed., 4/14/2027___       TIME: ___10:00 AM___       ROOM: ___Zoom___",
         date(2027, 4, 14), time(10, 0)),
        ("Date:  April 15, 2027        Time:  2:00 p.m.        Place:  Courtroom 4",
         date(2027, 4, 15), time(14, 0)),
        ("DATE: Friday, April 16, 2027    TIME: 9:30 a.m.", date(2027, 4, 16), time(9, 30)),
    ],
)
def test_a_forms_date_and_time_row_is_the_session_not_the_orders_date(
    row: str, when: date, at: time
) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\n\n"
        "NOTICE TO APPEAR FOR SETTLEMENT CONFERENCE\n\nYOU ARE HEREBY NOTIFIED TO APPEAR AS "
        f"FOLLOWS:\n\n{row}\n\nWithin 14 days of the date of this notice, plaintiff shall serve "
        "a written demand.\n\nDate Issued: 03/10/2027\n"
    )
    order = parse_order(text)
    assert order.order_date == date(2027, 3, 10)
    assert (order.conference.date, order.conference.time) == (when, at)
    assert _dues(text) == [(date(2027, 3, 24), False)]


@pytest.mark.parametrize(
    "stamp",
    [
        "DATE FILED: 3/2/2027",
        "Date Filed: 03/02/2027",
        "Date Issued:   March 2, 2027",
        "Filed Date: 3/2/2027",
    ],
)
def test_a_stamp_dating_the_paper_is_no_duty(stamp: str) -> None:
    text = (
        f"USDC SDNY\nDOCUMENT\nELECTRONICALLY FILED\n{stamp}\n\n" + HEAD
        + "A settlement conference will be held on April 8, 2027 at 2:00 p.m.\n\n"
        "Each party shall submit a letter no later than April 1, 2027." + SIGN
    )
    assert _dues(text) == [(date(2027, 4, 1), False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mediator will file a report within ten days after the mediation stating only "
        "whether the case settled.",
        "The mediator shall submit a report to the Court within seven (7) days after the session.",
        "The ADR Administrator will send a notice of completion within 14 days after the "
        "mediation.",
    ],
)
def test_the_mediators_own_report_is_no_partys_deadline(sentence: str) -> None:
    text = (
        HEAD + "The mediation is set for Monday, November 15, 2027, at 1:00 p.m.\n\n"
        + sentence + "\n\nEach party shall submit a statement seven (7) calendar days prior to "
        "the mediation." + SIGN
    )
    assert _dues(text) == [(date(2027, 11, 8), False)]


# -- check boxes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticked", "blank"),
    [("☑", "☐"), ("☒", "☐"), ("( X )", "(   )"), ("[x]", "[ ]")],
)
def test_ticked_boxes_in_other_glyphs_leave_the_blank_ones_out(ticked: str, blank: str) -> None:
    text = (
        HEAD + "This case is set for a settlement conference on Tuesday, June 22, 2027 at "
        "10:30 a.m. The boxes checked below apply; those left blank do not.\n\n"
        f"  {ticked} Each party must email a settlement letter to chambers three (3) business "
        "days before the conference.\n"
        f"  {ticked} Plaintiff must send a written demand on or before June 1, 2027.\n"
        f"  {blank} The parties must file a joint statement of attendees seven (7) days before "
        "the conference.\n"
        f"  {blank} Plaintiff must provide a draft agreement two (2) days before the "
        "conference.\n" + SIGN
    )
    # three business days back from June 22 skip Juneteenth (observed Friday, June 18)
    assert sorted(_dues(text)) == [(date(2027, 6, 1), False), (date(2027, 6, 16), False)]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("  Statements due:   ☒ 5 business days before   ☐ 7 days before",
         "  Statements due:   ☒ 5 business days before"),
        ("Format:  ☐ In person   ☒ Zoom   ☐ Telephone", "Format:   ☒ Zoom"),
        ("[X] Plaintiff(s) [ ] Defendant(s) shall serve a demand fourteen",
         "[X] Plaintiff(s) shall serve a demand fourteen"),
        ("[ ] Plaintiff [X] Defendant shall respond", " [X] Defendant shall respond"),
        # no box ticked on the line: a checklist, left whole
        ("[ ] Joint letter ten (10) days before.", "[ ] Joint letter ten (10) days before."),
    ],
)
def test_options_left_blank_beside_a_ticked_box_are_taken_out(line: str, kept: str) -> None:
    assert drop_unticked(line) == kept


def test_the_party_a_ticked_box_chooses_owes_the_period() -> None:
    text = (
        HEAD + "A settlement conference is set for Thursday, July 8, 2027 at 10:00 a.m.\n\n"
        "        [ ] Plaintiff(s) [X] Defendant(s) shall serve a written response seven (7) days\n"
        "        before the Settlement Conference.\n" + SIGN
    )
    order = parse_order(text)
    (ob,) = order.obligations
    assert ob.who == "defendant"
    assert _dues(text) == [(date(2027, 7, 1), False)]


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("( X ) Each party shall submit a confidential letter to chambers no later than\n"
         "         10 days before the conference.", date(2027, 10, 29)),
        ("     • Each party must submit a settlement statement at least ten\n"
         "       (10) days before the Settlement Conference.", date(2027, 10, 29)),
        ("  [X] Plaintiff(s) shall serve a written settlement demand fourteen\n"
         "  (14) days before the Settlement Conference.", date(2027, 10, 27)),
    ],
)
def test_a_bulleted_item_wrapped_onto_the_next_line_is_one_item(item: str, due: date) -> None:
    text = (
        HEAD + "The Court will hold a settlement conference on Wednesday, November 10, 2027 at "
        f"9:00 a.m. The items marked below apply.\n\n{item}\n" + SIGN
    )
    # ten days back from November 10 is Sunday, October 31: Friday, October 29
    assert _dues(text) == [(due, False)]


# -- the session in a form's field ------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "when", "at"),
    [
        # beside a caption's "v."
        (" DOE,                             Case No. 2:26-cv-09120\n\n           Plaintiff,"
         "          ORDER RE: SETTLEMENT CONFERENCE\n\n  v.                               Date:   "
         "July 8, 2027\n                                   Time:   10:00 a.m.\n\n ROE, INC.,\n\n"
         "           Defendant.\n\n", date(2027, 7, 8), time(10, 0)),
        # a program's own name for the session, under a citation dated long before
        ("MEDIATION AND ASSESSMENT PROGRAM (MAP) - NOTICE OF EARLY ASSESSMENT MEETING\n\n"
         "Pursuant to the MAP General Order (amended eff. Jan. 1, 2024), this case has been "
         "assigned to the Mediation and Assessment Program. The meeting is set as follows:\n\n"
         "    EAM Date:         Thursday, October 14, 2027\n    EAM Time:         9:30 a.m.\n\n",
         date(2027, 10, 14), time(9, 30)),
        ("NOTICE OF COURT-ANNEXED MEDIATION SCHEDULING\n\n      Session date:      Wednesday, "
         "May 26, 2027\n      Session time:      9:00 a.m. (Pacific)\n\n",
         date(2027, 5, 26), time(9, 0)),
    ],
)
def test_the_sessions_date_in_a_forms_field(fields: str, when: date, at: time) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\n" + fields
        + "Counsel shall appear with their clients." + SIGN
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (when, at)


# -- layout tables ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "dues"),
    [
        # the date wraps in its column
        (" Item                                     Due\n"
         " Plaintiff's written demand served on     Wednesday, February\n"
         "   defense counsel                        10, 2027\n"
         " Defendant's written response served      Wednesday, February\n"
         "   on plaintiff's counsel                 17, 2027\n",
         [date(2027, 2, 10), date(2027, 2, 17)]),
        # the label wraps, the year alone on the second line
        (" Event                                   Deadline\n"
         " Plaintiff to serve written settlement   Friday, February 5,\n"
         "   demand with damages calculation       2027\n"
         " Confidential settlement statements      seven (7) days before the\n"
         "   to chambers (do not file)             conference\n",
         [date(2027, 2, 5), date(2027, 2, 24)]),
        # the period and the rule column wrap; the continuation opens with a parenthesis
        ("  Item                               Deadline                  Source\n"
         "  Confidential settlement memoranda  5 business days before    L.R. 16.4(c);\n"
         "  (by email to the clerk)            the conference            Order ¶ 3\n",
         [date(2027, 2, 24)]),
    ],
)
def test_a_layout_tables_wrapped_rows_are_read_whole(table: str, dues: list[date]) -> None:
    text = (
        HEAD + "A settlement conference is set for Wednesday, March 3, 2027, at 9:00 a.m. The "
        "following deadlines apply:\n\n" + table + "\nThe parties shall attend in person."
        "\n\nDated: January 25, 2027\n\n/s/ A. Judge\n"
    )
    assert sorted(_dues(text)) == [(d, False) for d in dues]


def test_a_caption_is_no_table() -> None:
    caption = (
        " ACME CORP.,                          Case No. 3:26-cv-07718\n"
        "          Plaintiff,\n"
        "     v.                               NOTICE OF SETTLEMENT CONFERENCE\n"
    )
    assert join_wrapped_rows(caption) == caption


@pytest.mark.parametrize(
    "heading",
    ["Duty     When (before the conference)", "Step     Due (before the settlement conference)"],
)
def test_counts_with_their_unit_under_a_heading_that_says_before_what(heading: str) -> None:
    text = (
        HEAD + "This case is set for a settlement conference on Monday, October 18, 2027, at "
        "10:00 a.m. The parties shall do the following:\n\n"
        f"     {heading}\n"
        "     (a) Plaintiff's written demand            twenty-one (21) days\n"
        "     (b) Defendant's written response          fourteen (14) days\n"
        "     (c) Confidential settlement statements    10 court days\n" + SIGN
    )
    # ten court days back from October 18 skip Columbus Day (October 11): October 1
    assert sorted(_dues(text)) == [
        (date(2027, 9, 27), False),
        (date(2027, 10, 1), False),
        (date(2027, 10, 4), False),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "  Position papers to chambers      7 days before the conference      LCvR 16.2(D)",
        "  Confidential settlement reports  7 days before conference          ¶ 4 below",
        "  Settlement letters (not filed)   seven (7) days before the conference",
    ],
)
def test_a_row_whose_cell_is_a_period_is_whole(row: str) -> None:
    text = (
        HEAD + "A settlement conference is set for Thursday, September 9, 2027 at 10:00 a.m.\n\n"
        "  Item                             Deadline                          Rule\n"
        f"{row}\n  Written demand to Defendant      August 19, 2027                   "
        "LCvR 16.2(D)\n" + SIGN
    )
    assert sorted(_dues(text)) == [(date(2027, 8, 19), False), (date(2027, 9, 2), False)]


@pytest.mark.parametrize(
    "label",
    ["Plaintiff's demand, in writing, with a damages computation",
     "Defendant's response, with any counteroffer,"],
)
def test_a_rows_label_may_hold_commas(label: str) -> None:
    text = (
        HEAD + "A settlement conference is set for Tuesday, November 16, 2027 at 1:30 p.m.\n\n"
        "   Item                                                     Due\n"
        f"   {label:<55}  November 1, 2027\n" + SIGN
    )
    assert _dues(text) == [(date(2027, 11, 1), False)]


# -- the order's own date and periods from it -------------------------------------------


@pytest.mark.parametrize("name", ["Letter Order", "Minute Order", "Text Order"])
def test_a_period_from_this_letter_order(name: str) -> None:
    text = (
        HEAD + "A settlement conference is set for Monday, November 30, 2026 at 10:00 a.m.\n\n"
        f"Within ten (10) days of the date of this {name}, counsel shall meet and confer "
        "regarding settlement.\n\nDated: November 2, 2026\n\n/s/ A. Judge\n"
    )
    assert _dues(text) == [(date(2026, 11, 12), False)]


@pytest.mark.parametrize(
    ("ordering", "when"),
    [
        ("PURSUANT TO STIPULATION, IT IS SO ORDERED.\n\nDated: April 7, 2027", date(2027, 4, 7)),
        ("GOOD CAUSE APPEARING, the stipulation is approved.\n\nDated: April 8, 2027",
         date(2027, 4, 8)),
        ("IT IS SO ORDERED.\n\nDATED: April 9, 2027", date(2027, 4, 9)),
    ],
)
def test_a_stipulations_counsel_dates_are_not_the_orders(ordering: str, when: date) -> None:
    text = (
        "STIPULATION AND [PROPOSED] ORDER CONTINUING SETTLEMENT CONFERENCE\n\n"
        "The parties stipulate that the conference be continued.\n\nIT IS SO STIPULATED.\n\n"
        "Dated: April 2, 2027              /s/ Counsel for Plaintiff\n\n"
        "Dated: April 5, 2027              /s/ Counsel for Defendant\n\n"
        f"ORDER\n\n{ordering}\n\n/s/ A. Judge\n"
    )
    assert read_order_date(text) == when


@pytest.mark.parametrize(
    "sentence",
    [
        "If the case settles before the conference, counsel must notify the case manager by "
        "email.",
        "Counsel shall notify the Court at once if the case settles.",
        "Should the parties reach a settlement, plaintiff's counsel shall so inform chambers.",
    ],
)
def test_a_duty_that_waits_on_a_settlement_is_said(sentence: str) -> None:
    text = (
        HEAD + "A settlement conference is set for April 14, 2027 at 10:00 a.m.\n\n" + sentence
        + SIGN
    )
    schedule = compute_schedule(parse_order(text))
    # said in a warning, or shown as a duty with no date: never dropped, never dated
    said = any(sentence in w for w in schedule.warnings)
    shown = [d for d in schedule.deadlines if d.obligation.quote == sentence]
    assert said or shown
    assert all(d.due_date is None for d in shown)


@pytest.mark.parametrize(
    ("field", "period", "due"),
    [
        ("Session date:      Wednesday, May 26, 2027\nSession time:      9:00 a.m.",
         "two (2) business days before the session", date(2027, 5, 24)),
        ('The Early Assessment Meeting ("EAM") is set:\n\nEAM Date:   Wednesday, May 26, 2027\n'
         "EAM Time:   9:00 a.m.", "at least seven days before the EAM", date(2027, 5, 19)),
        ('The Early Neutral Evaluation ("ENE") is set:\n\nENE Date:   Wednesday, May 26, 2027\n'
         "ENE Time:   9:00 a.m.", "five (5) business days before the ENE", date(2027, 5, 19)),
    ],
)
def test_a_period_from_the_session_a_form_names_in_its_field(
    field: str, period: str, due: date
) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nNOTICE OF COURT-ANNEXED MEDIATION\n\n"
        f"{field}\n\nCounsel shall confirm the names of all attendees by email {period}."
        "\n\nDATED this 26th day of April, 2027.\n\n/s/ A. Judge\n"
    )
    assert _dues(text) == [(due, False)]
