"""Kinds of broken text found by bench/parse_robustness.py (issue #13) that lost an item
silently or read it only as a flag: each kind in fresh wordings, read the same as the
clean text (exact dates), or flagged with what was seen -- never lost without a note.
"""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.case_deadlines import CASE_DEADLINE
from tests.core.unseen_orders import COURT, only, read

# --- a page break after a paragraph's short last wrapped line -----------------------------
# The paragraph was hard-wrapped, so the words left before the page break are few
# ("scheduled for a Settlement"); the sentence still runs on after the page furniture.


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("IT IS HEREBY ORDERED that the above-entitled matter is\nscheduled for a Settlement",
         "Conference on March 20, 2012 at 8:00 a.m. in Room 235."),
        ("The Court, having reviewed the parties' joint request, hereby sets\nthis case for a",
         "Settlement Conference before the undersigned on March 20, 2012, at\n8:00 a.m."),
        ("Following the status call, the parties are ordered to appear in\nperson for the",
         "Mandatory Settlement Conference set for Tuesday, March 20, 2012\nat 8:00 a.m."),
    ],
)
@pytest.mark.parametrize(
    "furniture", ["\n\n\nPage 2 of 4\n\n", "\n\n\n- 2 -\n\n", "\n\n"]
)
def test_a_page_break_after_a_short_last_line_keeps_the_conference_sentence(
    before: str, after: str, furniture: str
) -> None:
    # An earlier date in the order, which the conference sentence cut in two lost to.
    referral = ("Pursuant to the Order of Reference issued on January 24, 2012, the matter is "
                "to be set for a Settlement Conference.\n\n")
    order = read("", head=COURT + referral + before + furniture + after)
    assert (order.conference.date, order.conference.time) == (date(2012, 3, 20), time(8, 0))


@pytest.mark.parametrize(
    "body",
    [
        "Each party shall deliver a confidential settlement statement to the chambers\nof "
        "Magistrate Judge\n\n\nPage 2 of 3\n\nSmith no later than May 28, 2024.",
        "Plaintiff shall serve a written demand, with an itemization of damages, on\ncounsel "
        "for Defendant Acme\n\n\n- 2 -\n\nCorporation no later than May 28, 2024.",
    ],
)
def test_a_page_break_after_a_short_last_line_keeps_a_deadline_whole(body: str) -> None:
    ob = only(body)
    assert (ob.rule.fixed_date, ob.needs_review) == (date(2024, 5, 28), False)


# --- a pleading-paper line number between a count in digits and its unit -----------------


def _pleading(lines: list[str], *, own_line: bool = False) -> str:
    """Lines on pleading paper: numbered in front, or each number on a line of its own."""
    numbered = [[str(n), ln] if own_line else [f"{n} {ln}"] for n, ln in enumerate(lines, 1)]
    return "\n".join(x for pair in numbered for x in pair) + "\n"


_CONFERENCE_LINES = [
    "UNITED STATES DISTRICT COURT",
    "The Settlement Conference is set for Tuesday, July 9, 2019 at 1:30 p.m.",
    "in Courtroom 590 before the undersigned. Each party shall submit its",
]


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize(
    ("wrapped", "due"),
    [
        (["Settlement Conference Statement no later than 5", "court days prior to the "
          "conference."], date(2019, 7, 1)),
        (["Settlement Conference Statement to chambers at least 10", "days before the "
          "conference, by email."], date(2019, 6, 28)),
        (["Settlement Conference Statement within 14", "days of the date of this Order."],
         None),
    ],
)
def test_a_line_number_between_a_count_in_digits_and_its_unit_is_not_the_count(
    wrapped: list[str], due: date | None, own_line: bool
) -> None:
    lines = [*_CONFERENCE_LINES, *wrapped, "IT IS SO ORDERED.", "Dated: June 7, 2019"]
    order = parse_order(_pleading(lines, own_line=own_line))
    (ob,) = order.obligations
    count = int(re.search(r"(\d+)$", wrapped[0]).group(1))  # type: ignore[union-attr]
    assert ob.rule.amount == count
    if due is not None:
        assert (next(d.due_date for d in compute_deadlines(order)), ob.needs_review) == (
            due, False)


def test_a_real_count_opening_a_line_after_a_lone_margin_number_stays() -> None:
    # Numbers on lines of their own: "13" then "14 days before ..." -- 14 is the count.
    lines = [*_CONFERENCE_LINES[:2], "Each party shall submit a statement no later than",
             "14 days before the conference.", "IT IS SO ORDERED.", "Dated: June 7, 2019"]
    (ob,) = parse_order(_pleading(lines, own_line=True)).obligations
    assert ob.rule.amount == 14


# --- a line number inside a pointer to an earlier date ("on 17 the same date") -----------


@pytest.mark.parametrize(
    "pointer",
    [
        "The parties shall serve the Statements on all counsel on the",
        "Each party shall also deliver its exhibit binder to chambers by the",
    ],
)
def test_a_line_number_inside_by_the_same_date_still_points_at_it(pointer: str) -> None:
    lines = [*_CONFERENCE_LINES, "Settlement Conference Statement no later than "
             "June 28, 2019.", pointer, "same date. IT IS SO ORDERED.", "Dated: June 7, 2019"]
    clean = parse_order("\n".join(lines) + "\n")
    damaged = parse_order(_pleading(lines))
    dates = [(d.due_date, d.needs_review) for d in compute_deadlines(damaged)]
    assert dates == [(d.due_date, d.needs_review) for d in compute_deadlines(clean)]
    assert [d for d, _ in dates] == [date(2019, 6, 28)] * 2


def test_a_duty_dated_with_a_flagged_one_is_flagged_too() -> None:
    ob = read(
        "Each party shall submit a statement no later than fourty-five days before the "
        "conference. The parties shall serve the statements on all counsel on the same date."
    ).obligations
    assert len(ob) == 2 and all(o.needs_review for o in ob)


# --- fixed-width spaces other than the no-break space ------------------------------------
# Word processors put en, em, figure and thin spaces anywhere, also inside a word a
# justified line stretched ("extende\u2007d"): read as the plain space they stand for.


@pytest.mark.parametrize("space", ["\u2002", "\u2003", "\u2007", "\u2009", "\u3000"])
def test_a_word_split_by_a_fixed_width_space_is_joined(space: str) -> None:
    (ob,) = read(f"Discovery cut-off is extende{space}d to and including May{space}28, 2024.")\
        .obligations
    assert ob.rule.fixed_date == date(2024, 5, 28)


@pytest.mark.parametrize("space", ["\u2002", "\u2007", "\u2009"])
def test_a_conference_word_split_by_a_fixed_width_space(space: str) -> None:
    head = COURT + (
        "The Court ORDERS the parties to the referral. Dated May 1, 2024.\n\n"
        f"A settle{space}ment con{space}ference is set for June 4, 2024 at 10:00{space}a.m.\n\n"
    )
    order = read("", head=head)
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 4), time(10, 0))


# --- a key word split in two at a line end ------------------------------------------------
# "extende" | "d to and including": the text layer's stray space fell where the line wrapped,
# or a hyphen wrap took part of the word first ("ext-" | "ende d").


@pytest.mark.parametrize(
    "split",
    ["Discovery cut-off is extende\nd to and including May 28, 2024.",
     "Discovery cut-off is ext-\nende d to and including May 28, 2024.",
     "The discovery cut-off is contin\nued to May 28, 2024."],
)
def test_a_schedule_word_split_at_a_line_end_keeps_its_deadline(split: str) -> None:
    (ob,) = read(split).obligations
    assert ob.rule.fixed_date == date(2024, 5, 28)


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize(
    "wrapped",
    [["Discovery cut-off is extende", "d to and including May 28, 2024."],
     ["The discovery deadline is contin", "ued to May 28, 2024, for all parties."]],
)
def test_a_split_key_word_across_a_pleading_line_number(
    wrapped: list[str], own_line: bool
) -> None:
    lines = ["UNITED STATES DISTRICT COURT", "A settlement conference is set for June 4, 2024 "
             "at 10:00 a.m. in Courtroom 20A.", *wrapped, "IT IS SO ORDERED.",
             "Dated: May 1, 2024"]
    (ob,) = parse_order(_pleading(lines, own_line=own_line)).obligations
    assert ob.rule.fixed_date == date(2024, 5, 28)


@pytest.mark.parametrize(
    "split",
    ["Each party shall submit a settlement statement no later than Octo\nber 3, 2024.",
     "The parties shall exchange settle-\nment statements no later than Septem\nber 3, 2024."],
)
def test_a_month_split_at_a_line_end_keeps_its_date(split: str) -> None:
    head = COURT + "A settlement conference is set for October 8, 2024 at 10:00 a.m.\n\n"
    (ob,) = read(split, head=head).obligations
    assert ob.rule.fixed_date in (date(2024, 10, 3), date(2024, 9, 3))
    assert not ob.needs_review


# --- a date-first schedule whose entries wrap over lines ----------------------------------
# "Monday, July 29, 2013:" | "Settlement Conference at 5:00 PM ...": hard-wrapped (or with
# the pleading-paper numbers taken out, a blank line between), an entry's label opens on
# the next line or runs on to it. Cut at the line end, the conference entry lost its name
# (the conference was read from the next entry's date) and "the" | "discovery cut off"
# lost its deadline.

_SCHEDULES = [
    "In consultation with the parties, the Court set the following deadlines: Friday, May\n"
    "3, 2024: deadline for Defendants to file their answer; Monday, June 3, 2024:\n"
    "Settlement Conference at 10:00 AM in Judge Smith's Chambers; Monday, July 8, 2024: the\n"
    "discovery cut off date by which all discovery must be completed; and lastly Monday,\n"
    "August 5, 2024: deadline for filing any dispositive motions.",
    "The Court sets the following schedule: Friday, May 3, 2024: deadline for\n\ndefendants "
    "to answer the complaint; Monday, June 3, 2024:\n\nSettlement Conference at 10:00 AM in "
    "Chambers; Monday, July 8, 2024: cutoff for\n\nfact discovery; Monday, August 5, 2024: "
    "deadline for filing dispositive\n\nmotions.",
    # A page break between an entry's date and its label.
    "The Court set these deadlines: Friday, May 3, 2024: deadline for Defendants to answer;\n"
    "Monday, June 3, 2024: Settlement Conference at 10:00 AM in Chambers; Monday, July 8,\n"
    "2024: close of fact discovery; and lastly Monday, August 5, 2024:\n\n\n- 4 -\n\n"
    "deadline for filing any dispositive motions",
    # One entry a line: each line its own entry, never run on into the next.
    "The schedule is as follows:\nMay 3, 2024 - Deadline to answer\nJune 3, 2024 - Settlement "
    "Conference at 10:00 AM in Chambers\nJuly 8, 2024 - Close of fact discovery\nAugust 5, "
    "2024 - Dispositive motions due\n\nThe parties shall meet and confer before each deadline",
]


@pytest.mark.parametrize("schedule", _SCHEDULES)
def test_a_wrapped_date_first_schedule_keeps_every_entry(schedule: str) -> None:
    order = read(schedule, head=COURT)
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 3), time(10, 0))
    # the case's schedule is dated and flagged only as such (case_deadlines)
    dates = sorted((d.due_date, d.needs_review and CASE_DEADLINE not in d.obligation.review_reasons)
                   for d in compute_deadlines(order))
    assert dates == [(date(2024, 5, 3), False), (date(2024, 7, 8), False),
                     (date(2024, 8, 5), False)]


# --- on pleading paper, a numbered empty line after a sentence's short last line ----------
# "3 Settlement" | "4" | "5 Conference on March 20, 2012": the empty line carries its
# number, so it is no blank line, and the short line looked like a heading.


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["IT IS HEREBY ORDERED that the above-entitled matter is scheduled for a",
          "Settlement"], ["Conference on March 20, 2012 at 8:00 a.m. in Room 235."]),
        (["The Court, having reviewed the parties' joint request, sets this case for a",
          "Mandatory Settlement"], ["Conference before the undersigned on March 20, 2012, at",
                                    "8:00 a.m. in Courtroom 4."]),
    ],
)
def test_a_numbered_empty_line_after_a_short_last_line_keeps_the_sentence(
    before: list[str], after: list[str], own_line: bool
) -> None:
    lines = ["UNITED STATES DISTRICT COURT", "",
             "Pursuant to the Order of Reference issued on January 24, 2012, the matter is",
             "to be set for a Settlement Conference.", "", *before, "", *after, "",
             "IT IS SO ORDERED.", "Dated: February 29, 2012"]
    order = parse_order(_pleading(lines, own_line=own_line))
    assert (order.conference.date, order.conference.time) == (date(2012, 3, 20), time(8, 0))


def test_a_short_heading_after_a_finished_sentence_still_opens_a_block() -> None:
    # The previous sentence is finished: the short line is a heading, not its tail.
    lines = ["UNITED STATES DISTRICT COURT", "",
             "A settlement conference is set for March 20, 2012 at 8:00 a.m. in Room 235.",
             "Confidential Statements", "Each party shall submit a statement no later than",
             "March 13, 2012.", "", "IT IS SO ORDERED.", "Dated: February 29, 2012"]
    (ob,) = parse_order(_pleading(lines)).obligations
    assert (ob.rule.fixed_date, ob.needs_review) == (date(2012, 3, 13), False)


# --- a page break between a schedule field's label and its value --------------------------
# "Dispositive Motion Filing Deadline:" | "- 2 -" | "8/10/09 Settlement Conference Date: ...":
# the value after the page's blank lines is still the field's, not the next field's label.


@pytest.mark.parametrize("furniture", ["\n\n\n- 2 -\n\n", "\n\n\nPage 2 of 5\n\n", "\n\n"])
@pytest.mark.parametrize(
    "label", ["Dispositive Motion Filing Deadline:", "Discovery Cut-Off:"]
)
def test_a_page_break_between_a_field_and_its_value(furniture: str, label: str) -> None:
    text = (
        COURT + "SCHEDULING CONFERENCE ORDER Expert Disclosure Deadline: 6/12/09 Non-Dispositive\n"
        f"Motion Filing Deadline: 7/17/09 {label}{furniture}8/10/09 Settlement Conference "
        "Date: 9/3/09 10:00 Ctrm. 9 Trial Date: 12/1/09 9:00 Ctrm. 3\n\nSO ORDERED.\n"
        "Dated: May 1, 2009\n"
    )
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2009, 9, 3), time(10, 0))
    dated = {d.due_date: d.obligation.review_reasons for d in compute_deadlines(order)}
    assert dated[date(2009, 8, 10)] == (CASE_DEADLINE,)  # dated; the case's, not settlement's


# --- a line number between an hour without minutes and its a.m./p.m. ---------------------
# "... at 9:45 and 10" | "27 a.m. respectively": read as 27, or as a bare 10 in doubt.


@pytest.mark.parametrize(
    ("wrapped", "at"),
    [
        (["A settlement conference is set for Tuesday, April 7, 2009 at 10",
          "a.m. in Courtroom 203."], time(10, 0)),
        (["The settlement conference is reset from 9:30 to April 7, 2009 at 10",
          "a.m. in Courtroom 203, before the undersigned."], time(10, 0)),
        (["A settlement conference will be held on April 7, 2009, beginning at 2",
          "p.m., in the chambers of the undersigned."], time(14, 0)),
    ],
)
def test_a_line_number_between_an_hour_and_am_pm(wrapped: list[str], at: time) -> None:
    lines = ["UNITED STATES DISTRICT COURT", "DISTRICT OF COLORADO", "", *wrapped, "",
             "IT IS SO ORDERED.", "Dated: January 22, 2009"]
    order = parse_order(_pleading(lines))
    assert (order.conference.date, order.conference.time) == (date(2009, 4, 7), at)


# --- an OCR misreading in a period's count written as a word -----------------------------


@pytest.mark.parametrize(
    ("scanned", "amount"),
    [("fivc business days", 5), ("scven (7) days", 7), ("tcn days", 10),
     ("fonrteen calendar days", 14)],
)
def test_an_ocr_misread_count_word_is_mended(scanned: str, amount: int) -> None:
    ob = only(f"Each party shall submit a settlement statement {scanned} before the conference.")
    assert (ob.rule.amount, ob.needs_review) == (amount, False)


# --- a date left open at a page's foot, the caption box after it wrapped over lines -------
# "... shall appear on October 29, vs." | "Xcentric Ventures LLC, Plaintiff, ..." | "FOR THE
# DISTRICT OF ARIZONA" | (stamp) | "2012 at 1:30 pm.": the year finishes the date even when
# the furniture after it fills several lines.

_STAMP = "Case 2:11-cv-01426-GMS Document 128 Filed 09/28/12 Page {n} of 4"


@pytest.mark.parametrize(
    "tail",
    [
        ["vs.", "Xcentric Ventures LLC, Plaintiff, ) ) ) ) No. CV 11-01426-GMS",
         "SETTLEMENT CONFERENCE ORDER IN THE UNITED STATES DISTRICT COURT FOR THE",
         "DISTRICT OF ARIZONA"],
        ["", "Acme Corp. v. Roe, Order Setting Settlement Conference"],
        ["Plaintiff, v. ACME CORPORATION,", "Defendant."],
    ],
)
def test_a_year_after_a_page_break_finishes_a_date_whose_caption_wrapped(
    tail: list[str],
) -> None:
    text = "\n".join([
        _STAMP.format(n=1), "UNITED STATES DISTRICT COURT", "",
        "IT IS ORDERED that all parties and their counsel shall appear before the",
        "undersigned in Courtroom 401, Phoenix, Arizona, on October 29, " + tail[0],
        *tail[1:], "", _STAMP.format(n=2), "",
        "2012 at 1:30 pm for a settlement conference.", "", "IT IS SO ORDERED.",
        "Dated: September 28, 2012",
    ]) + "\n"
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2012, 10, 29), time(13, 30))


# --- an address's "Attn:" at a line end -------------------------------------------------
# "Plaintiff shall mail his statement Attn:" | "Magistrate Judge ..., Fresno, CA 93721, so
# that it arrives no later than ...": the colon ends the line, not the sentence.


@pytest.mark.parametrize("label", ["Attn:", "ATTN:", "Attention:", "c/o:"])
def test_an_address_label_at_a_line_end_keeps_the_sentence(label: str) -> None:
    (ob,) = read(
        f"Plaintiff shall mail his confidential settlement statement {label}\n"
        "Magistrate Judge Erica P. Grosjean, United States District Court, 2500\n"
        "Tulare Street, Room 1501, Fresno, CA 93721, so that it arrives no later than\n"
        "May 28, 2024."
    ).obligations
    assert (ob.who, ob.rule.fixed_date, ob.needs_review) == (
        "plaintiff", date(2024, 5, 28), False)


@pytest.mark.parametrize(
    "wrapped",
    ["The parties shall send their settlement statements to the following email address:\n"
     "SKOorders@caed.uscourts.gov, to arrive no later than May 28, 2024.",
     "Each party shall e-mail its statement to:\nJudgeRoe_Chambers@mad.uscourts.gov no later "
     "than May 28, 2024."],
)
def test_an_email_address_after_a_colon_at_a_line_end_keeps_the_sentence(wrapped: str) -> None:
    (ob,) = read(wrapped).obligations
    assert (ob.rule.fixed_date, ob.needs_review) == (date(2024, 5, 28), False)


# --- a docket entry's "signed by Judge X on DATE" wrapped over a line end ----------------


@pytest.mark.parametrize(
    "entry",
    ["SECOND Order re Settlement Conference, signed by Magistrate Judge\nSheila K. Oberto on "
     "10/9/2018. (Rosales, O)",
     "ORDER SETTING SETTLEMENT CONFERENCE. Ordered by Magistrate Judge Sheila K.\nOberto on "
     "10/9/2018."],
)
def test_a_wrapped_signed_by_entry_still_dates_the_order(entry: str) -> None:
    text = entry + "\n\nA settlement conference is set for November 7, 2018 at 10:00 a.m.\n"
    assert parse_order(text).order_date == date(2018, 10, 9)


@pytest.mark.parametrize("glued", ["onOctober 29,", "on October 29 ,", "forOctober 29,"])
def test_a_glued_date_open_at_a_page_foot_is_finished_too(glued: str) -> None:
    text = "\n".join([
        _STAMP.format(n=1), "UNITED STATES DISTRICT COURT", "",
        f"IT IS ORDERED that all parties shall appear at a settlement conference set {glued} vs.",
        "Xcentric Ventures LLC, Plaintiff.", "", _STAMP.format(n=2), "",
        "2012 at 1:30 pm in Courtroom 401.", "", "IT IS SO ORDERED.",
        "Dated: September 28, 2012",
    ]) + "\n"
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2012, 10, 29), time(13, 30))


# --- on pleading paper, the line number in front of "Filed:" or "Dated:" -----------------


@pytest.mark.parametrize(
    "dated", ["Filed: Dec. 04, 2014", "Filed 12/04/2014", "(Entered: 12/04/2014)"]
)
@pytest.mark.parametrize("own_line", [False, True])
def test_the_order_date_after_a_line_number_is_read(dated: str, own_line: bool) -> None:
    lines = [dated, "NOTICE OF SETTLEMENT CONFERENCE", "UNITED STATES DISTRICT COURT",
             "A settlement conference is scheduled for February 18, 2015, at 9:30 a.m. If",
             "counsel are not available on that date, counsel shall confer and notify the",
             "court within 7 days of the date of this Order.", "IT IS SO ORDERED."]
    order = parse_order(_pleading(lines, own_line=own_line))
    assert order.order_date == date(2014, 12, 4)
    (ob,) = order.obligations
    assert next(d.due_date for d in compute_deadlines(order)) == date(2014, 12, 11)
    assert not ob.needs_review
