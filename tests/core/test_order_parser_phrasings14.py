"""Kinds the fourteenth phrasing set (tests/corpus/phrasings14: orders as OCR of a scanned,
faxed or photographed page leaves them) found, probed in other wording: a period's count
misread beside its number word ("fourteen (l4) days", "1O (ten) days", "ten (lO) days") read as
no period; a slashed date with a letter for a digit ("O5/2l/2027") read as no date; "a.rn."
after a time; a month misread with b for h or 5 for s ("Marcb 25", "Augu5t 3l"); each repair
told to the lawyer in a warning."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.ocr_numerals import mend_ocr_numerals

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
SIGNED = "\n\nDated: June 1, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
CONF = "A settlement conference will be held on Tuesday, July 20, 2027, at 10:00 a.m.\n\n"


def _dues(text: str) -> list[tuple[date | None, bool]]:
    schedule = compute_schedule(parse_order(text))
    return [(d.due_date, d.needs_review) for d in schedule.deadlines]


@pytest.mark.parametrize(
    ("duty", "due"),
    [
        (
            "Plaintiff shall serve a demand no later than fourteen (l4) days before the "
            "conference.",
            date(2027, 7, 6),
        ),
        (
            "Defendant shall respond no later than 1O (ten) days before the conference.",
            date(2027, 7, 9),
        ),
        (
            "Each party shall submit a letter no later than ten (lO) days before the conference.",
            date(2027, 7, 9),
        ),
        (
            "Each party shall submit a letter no later than twenty-one (2l) days before the "
            "conference.",
            date(2027, 6, 29),
        ),
        (
            "Each party shall submit a letter no later than seven ( 7 ) days before the "
            "conference.",
            date(2027, 7, 13),
        ),
        (
            "Each party shall submit a letter no later than eleven (ll) days before the "
            "conference.",
            date(2027, 7, 9),
        ),
        ("Plaintiff shall serve a demand on or before O6/2l/2027.", date(2027, 6, 21)),
        ("Plaintiff shall serve a demand on or before 6/l8/2027.", date(2027, 6, 18)),
        ("Plaintiff shall serve a demand by Ju1y l3, 2027.", date(2027, 7, 13)),
    ],
)
def test_a_misread_count_or_date_is_read_back(duty: str, due: date) -> None:
    assert _dues(HEAD + CONF + duty + SIGNED) == [(due, False)]


def test_a_month_misread_b_for_h_is_march() -> None:
    text = HEAD + "A settlement conference will be held on Tuesday, Marcb 23, 2027, at 10:00 a.m."
    text += "\n\nPlaintiff shall serve a demand by Marcb l2, 2027."
    text += "\n\nIT IS SO ORDERED this 1st day of Marcb, 2027.\n\n/s/ A. Judge\n"
    order = parse_order(text)
    assert (order.conference.date, order.order_date) == (date(2027, 3, 23), date(2027, 3, 1))
    assert _dues(text) == [(date(2027, 3, 12), False)]


def test_a_month_misread_5_for_s_is_august() -> None:
    text = HEAD + "A settlement conference will be held on Septernber 14, 2027, at l:3O p.rn."
    text += "\n\nPlaintiff shall serve a demand on or before Augu5t 3l, 2027." + SIGNED
    order = parse_order(text)
    assert (order.conference.date, order.conference.time) == (date(2027, 9, 14), time(13, 30))
    assert _dues(text) == [(date(2027, 8, 31), False)]


def test_words_and_a_numeral_no_misreading_reconciles_are_flagged() -> None:
    duty = "Each party shall submit a letter no later than seven (1O) days before the conference."
    dues = _dues(HEAD + CONF + duty + SIGNED)
    assert len(dues) == 1 and dues[0][1] is True


def test_a_rn_after_a_time_is_a_m_and_the_repairs_are_told() -> None:
    text = HEAD + "A settlement conference will be held on Ju1y 2O, 2027, at 2:00 p.rn.\n\n"
    text += "Plaintiff shall serve a demand no later than fourteen (l4) days before the conference."
    order = parse_order(text + SIGNED)
    assert (order.conference.date, order.conference.time) == (date(2027, 7, 20), time(14, 0))
    told = [w for w in order.warnings if "OCR" in w]
    assert len(told) == 1
    for said in ('"Ju1y 2O, 2027" as "July 20, 2027"', '"p.rn." as "p.m."', '"l4" as "14"'):
        assert said in told[0]


def test_clean_text_gets_no_repair_warning() -> None:
    text = HEAD + CONF + "Plaintiff shall serve a demand no later than fourteen (14) days "
    text += "before the conference. The modern corner office is in Room 10." + SIGNED
    assert not [w for w in parse_order(text).warnings if "OCR" in w]


@pytest.mark.parametrize(
    "text",
    [
        "Case No. 27-cv-0l844 (CAV)",  # a case number keeps its letters
        "Courtroom l0, Form O, Exhibit l",  # a bare l or O is no digit
        "the lO pages",  # no number word beside it
        "(lO)",  # nor here
        "P.2/2 and @002/004 and 1l/l",  # no three-field date
        "__/__/__",  # a handwritten blank is no date
        "Ol/Ol/l999 is a date, 13/l2/2027 is not",  # month 13
        "6/l2/26",  # a two-figure year: too little to be sure of
        "take 2 prn; the Marne; a barn.",  # rn that follows no clock time
        "paragraph 1O(b) of the Order",
    ],
)
def test_what_is_no_count_or_date_is_left_alone(text: str) -> None:
    expected = text.replace("Ol/Ol/l999", "01/01/1999")
    assert mend_ocr_numerals(text) == expected


def test_mend_logs_each_repair() -> None:
    repairs: list[tuple[str, str]] = []
    out = mend_ocr_numerals("fourteen (l4) days; 1O (ten) days; O5/2l/2027; 9:30 a.rn.", repairs)
    assert out == "fourteen (14) days; 10 (ten) days; 05/21/2027; 9:30 a.m."
    assert repairs == [("l4", "14"), ("1O", "10"), ("O5/2l/2027", "05/21/2027"), ("a.rn.", "a.m.")]


def test_long_hostile_input_stays_linear() -> None:
    import time as clock

    text = ("fourteen (l" + "O" * 50 + " " + "1/" * 5000 + "l4 a.rn " * 2000) * 5
    started = clock.monotonic()
    mend_ocr_numerals(text)
    assert clock.monotonic() - started < 1.0


# --- fax banners (core/order_parser/fax_banners.py) ---


@pytest.mark.parametrize(
    "banner",
    [
        "11/02/2027 14:23 FAX 614 555 0101     CHAMBERS JUDGE DRUMMOND          @002/002",
        "MAR-02-2027 02:23P FROM:USDC EDNY CHAMBERS 7185550199   TO:2125550101        P.2/2",
        "FEB-01-2027 09:15   FROM-US DIST COURT UTAH   +8015550144   T-412 P.002/002 F-118",
        "06/14/2027 10:48     8435550123          USDC CHARLESTON              PAGE  02/02",
        "12/3/27 3:02PM 3125550111 CHAMBERS OF MAG. JUDGE # 003/004",
        "Jul-09-2027 16:40 From: Chambers FAX 5055550123 Page 2/3",
        "Jun. 2. 2027 2:22PM     CHAMBERS OF JUDGE X          No. 4471    P. 2",
        "06/02/2027 WED 14:22 FAX 973 555 0101 USDC NEWARK        [2]002/003",
    ],
)
def test_a_fax_banner_inside_a_duty_is_no_part_of_it(banner: str) -> None:
    duty = (
        "Each party shall submit a confidential settlement statement no later than ten (10) "
        f"days before the\n{banner}\nsettlement conference."
    )
    dues = _dues(HEAD + CONF + duty + SIGNED)
    assert dues == [(date(2027, 7, 9), False)]


@pytest.mark.parametrize(
    "line",
    [
        "03/02/2027 10:00 AM Settlement Conference held; counsel from both sides appeared.",
        "07/20/2027 10:00 a.m. settlement conference before Judge X (to: all counsel)",
        "Case 2:27-cv-00123 Document 14 Filed 03/02/27 Page 2 of 4",
        "FAX 614 555 0101 CHAMBERS @002/004",  # no date and time first
    ],
)
def test_what_is_no_fax_banner(line: str) -> None:
    from settleconf.core.order_parser.fax_banners import is_fax_banner

    assert not is_fax_banner(line)


# --- a form's left border (core/order_parser/form_borders.py) ---


def test_a_left_border_bar_does_not_split_a_hyphenated_word_or_date() -> None:
    text = HEAD.replace("\n", "\n| ") + "| A settlement conference will be held on Tues-\n"
    text += "| day, July 20, 2027, at 10:00 a.m.\n|\n| Plaintiff shall serve a demand on or "
    text += "before Ju-\n| ly 6, 2027. Each party shall submit a letter no later than seven (7) "
    text += "days before the con-\n| ference.\n|" + SIGNED
    order = parse_order(text)
    assert order.conference.date == date(2027, 7, 20)
    assert sorted(_dues(text)) == [(date(2027, 7, 6), False), (date(2027, 7, 13), False)]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["| Date | Event |", "| --- | --- |"], ["| Date | Event |", "| --- | --- |"]),
        (["Plaintiff | Defendant"], ["Plaintiff | Defendant"]),
        (["|Settlement"], ["|Settlement"]),  # a bar glued to a word is not a rule
        (["  | ment Conference", "|"], ["ment Conference", ""]),
    ],
)
def test_only_a_lone_opening_bar_is_a_border(lines: list[str], kept: list[str]) -> None:
    from settleconf.core.order_parser.form_borders import drop_left_borders

    assert drop_left_borders(lines) == kept


# --- handwritten entries the scan lost (core/order_parser/handwritten_blanks.py) ---


@pytest.mark.parametrize(
    ("duty", "mark", "what"),
    [
        ("Plaintiff shall serve a demand on Defendant by __/__/__ .", "__/__/__", "date"),
        ("Plaintiff shall serve a demand no later than ___/___/____.", "___/___/____", "date"),
        ("Defendant shall respond on or before [ILLEGIBLE], 2027.", "[ILLEGIBLE]", "date"),
        ("Letters are due by (illegible).", "(illegible)", "date"),
    ],
)
def test_a_lost_handwritten_date_is_said_and_never_filled(duty: str, mark: str, what: str) -> None:
    text = HEAD + CONF + duty + SIGNED
    order = parse_order(text)
    told = [w for w in order.warnings if w.startswith("A handwritten entry could not be read")]
    assert len(told) == 1 and f'shows "{mark}" where a {what}' in told[0] and mark in told[0]
    assert all(due is None or review for due, review in _dues(text))


def test_a_lost_conference_date_leaves_the_conference_undated_and_says_so() -> None:
    text = HEAD + "A settlement conference will be held on\n__/__/__ at 10:00 a.m. in Room 5.\n\n"
    text += "Each party shall submit a letter no later than seven (7) days before the conference."
    order = parse_order(text + SIGNED)
    assert (order.conference.date, order.conference.time) == (None, time(10, 0))
    told = [w for w in order.warnings if w.startswith("A handwritten entry")]
    assert len(told) == 1 and "held on __/__/__ at 10:00 a.m." in told[0]
    assert _dues(text + SIGNED) == [(None, True)]


def test_a_lost_handwritten_time_is_a_time() -> None:
    text = HEAD + "A settlement conference will be held on Tuesday, July 20, 2027, at [illegible]"
    order = parse_order(text + " a.m. in Room 5." + SIGNED)
    assert (order.conference.date, order.conference.time) == (date(2027, 7, 20), None)
    assert any('shows "[illegible]" where a time' in w for w in order.warnings)


def test_signature_lines_and_real_dates_are_no_lost_entries() -> None:
    text = HEAD + CONF + "Plaintiff shall serve a demand by 06/14/2027 (see ECF No. 12/13/14)."
    text += "\n\n______________________________\nA. Judge\n_____ / _____\nDated: June 1, 2027\n"
    assert not [w for w in parse_order(text).warnings if "handwritten" in w]


# --- two columns read across (core/order_parser/interleaved_columns.py) ---

SIDEBAR = """A settlement conference is set for Tuesday, July 20, 2027, at 10:00 a.m.

Each party shall submit a confidential         PARTIES WITHOUT A LAWYER
settlement letter to chambers no later         may call the Clerk's help
than fourteen (14) days before the             desk at (555) 555-0100 or
settlement conference. Plaintiff shall         visit the Pro Se Clinic in
serve a written demand no later than           Room 110, weekday mornings.
seven (7) days before the conference.
"""


def test_a_side_notice_read_across_the_order_is_read_column_by_column() -> None:
    dues = _dues(HEAD + SIDEBAR + SIGNED)
    assert sorted(dues) == [(date(2027, 7, 6), False), (date(2027, 7, 13), False)]


@pytest.mark.parametrize(
    "block",
    [
        # a deadline table whose rows wrap: read row by row, never unwoven
        [
            "   Plaintiff's demand, in writing, with        November 1,",
            "   a damages computation                       2027",
            "   Confidential settlement statements          5 business days",
            "   (emailed to chambers, not filed)            before the conference",
        ],
        # a caption's two columns carry no running prose
        [
            "ALPINE GLASS WORKS, INC.,                 Case No. 27-cv-02981",
            "          Plaintiff,                      Magistrate Judge A. Judge",
            "v.                                        ORDER",
        ],
        # a sentence across the page, no gutter
        [
            "Each party shall submit a confidential settlement letter no later",
            "than fourteen (14) days before the conference.    It is so ordered.",
        ],
    ],
)
def test_tables_captions_and_prose_are_not_unwoven(block: list[str]) -> None:
    from settleconf.core.order_parser.interleaved_columns import unweave_columns

    assert unweave_columns(block) == block


def test_unweaving_stays_linear() -> None:
    import time as clock

    from settleconf.core.order_parser.interleaved_columns import unweave_columns

    lines = ["word " * 8 + "    " + "side text here"] * 20000 + ["a" * 100000]
    started = clock.monotonic()
    unweave_columns(lines)
    assert clock.monotonic() - started < 2.0


@pytest.mark.parametrize(
    ("period", "due"),
    [
        ("five (S) business days", date(2027, 7, 13)),
        ("eight (B) days", date(2027, 7, 12)),
        ("l4 days", date(2027, 7, 6)),
        ("1O calendar days", date(2027, 7, 9)),
        ("2l days", date(2027, 6, 29)),
    ],
)
def test_more_misread_counts(period: str, due: date) -> None:
    duty = f"Each party shall submit a letter no later than {period} before the conference."
    assert _dues(HEAD + CONF + duty + SIGNED) == [(due, False)]


@pytest.mark.parametrize(
    "text",
    [
        "lO days",  # no real digit: nothing says it is a number
        "the (S) corporation; Exhibit (B); Schedule B (eight pages)",
        "Room l0 and 27-cv-0l4 days",
        "seven (s) days",  # a lower-case s is a letter
        "Count Two (II) and Count One (I)",  # roman numerals
    ],
)
def test_more_of_what_is_no_count(text: str) -> None:
    assert mend_ocr_numerals(text) == text


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("at 10;00 a.m.", time(10, 0)),
        ("at l0.00 a.m.", time(10, 0)),
        ("at 2;3O p.rn.", time(14, 30)),
        ("at 10.30 a.m.", time(10, 30)),  # written so, nothing misread: no repair told
    ],
)
def test_a_time_whose_colon_was_misread(said: str, at: time) -> None:
    text = HEAD + f"A settlement conference will be held on Friday, December 3, 2027, {said}"
    order = parse_order(text + SIGNED)
    assert (order.conference.date, order.conference.time) == (date(2027, 12, 3), at)
    told = any("OCR" in w for w in order.warnings)
    assert told is (said != "at 10.30 a.m.")


@pytest.mark.parametrize("text", ["section 4;30 a", "v. 1.10 am", "pages 10;12 and 3.14"])
def test_what_is_no_clock(text: str) -> None:
    from settleconf.core.order_parser.ocr_numerals import mend_meridians

    assert mend_meridians(text) == text


# --- a clerk's stamp read into the text (core/order_parser/clerk_stamps.py) ---

APRIL = "A settlement conference will be held on Tuesday, April 20, 2027, at 10:00 a.m.\n\n"
MARCH_SIGNED = SIGNED.replace("June 1, 2027", "March 1, 2027")


@pytest.mark.parametrize(
    "duty",
    [
        "Plaintiff shall serve its demand no later than          RECEIVED\n"
        "fourteen (14) days before the conference.            MAR 03 2027",
        "Plaintiff shall serve its demand no later than\n                    FILED\n"
        "                 MAR - 5 2027\n          CLERK, U.S. DISTRICT COURT\n"
        "fourteen (14) days before the conference.",
        "Plaintiff shall serve its demand by April 6,\n\n          ENTERED ON DOCKET MAR 04 2027"
        "\n\n2027.",
        "Plaintiff shall serve its demand no later than fourteen       RECEIVED IN CHAMBERS\n"
        "(14) days before the conference.",
    ],
)
def test_a_stamp_beside_or_across_a_duty_is_no_part_of_it(duty: str) -> None:
    assert _dues(HEAD + APRIL + duty + MARCH_SIGNED) == [(date(2027, 4, 6), False)]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "                                   RECEIVED",
            "                            MAR 03 2027",
            "UNITED STATES DISTRICT COURT",
        ],  # atop the page, outside any sentence: left
        ["The parties shall file the report.", "          FILED"],  # a sentence ended
        ["IT IS SO ORDERED.          CHAMBERS OF A. JUDGE"],  # no stamp's own words
        ["The conference is set for MAR 3, 2027 in", "          CHAMBERS"],  # alone: a word
    ],
)
def test_what_is_no_stamp_in_a_sentence(lines: list[str]) -> None:
    from settleconf.core.order_parser.clerk_stamps import drop_clerk_stamps

    assert drop_clerk_stamps(lines) == [ln.rstrip() for ln in lines]


@pytest.mark.parametrize(
    "said",
    ["Tues\nday, Ju\nly 20, 2027", "Ju ly 20, 2027", "Tuesday, Ju-\nly 20, 2027"],
)
def test_a_month_a_photographed_line_broke_is_whole(said: str) -> None:
    text = HEAD + f"A settlement confer\nence will be held on {said}, at 10:00 a.m.\n\n"
    text += (
        "Each party shall sub\nmit a letter no later than seven (7) days be\nfore the con\nference."
    )
    order = parse_order(text + SIGNED)
    assert order.conference.date == date(2027, 7, 20)
    assert _dues(text + SIGNED) == [(date(2027, 7, 13), False)]


@pytest.mark.parametrize("text", ["the march ing band", "June Lee and Mar Vista", "Apr il"])
def test_what_is_no_broken_month(text: str) -> None:
    from settleconf.core.order_parser.split_words import join_split_words

    expected = "the march ing band" if text.startswith("the") else text
    expected = "April" if text == "Apr il" else expected
    assert join_split_words(text) == expected


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("Novemher 9, 2027", date(2027, 11, 9)),  # h for b
        ("Fehruary 9, 2028", date(2028, 2, 9)),
        ("0CT0BER 5, 2027", date(2027, 10, 5)),  # two digits for letters
        ("Nov. 9, 2O27", date(2027, 11, 9)),  # a short form, its year misread
        ("Sept. l4, 2027", date(2027, 9, 14)),
        ("N0v. 9, 2027", date(2027, 11, 9)),
        ("Tuesday, 9 Novernber 2027", date(2027, 11, 9)),  # the day first
    ],
)
def test_more_misread_months(said: str, when: date) -> None:
    text = HEAD + f"A settlement conference will be held on {said}, at 10:00 a.m." + SIGNED
    order = parse_order(text)
    assert order.conference.date == when
    assert any(w.startswith("The text looks scanned (OCR)") for w in order.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Nov. 9, 2027 and Mar 3 2027 and Sept. 14, 2027",  # short forms as printed
        "Suite 1200, Mayor 2027, Room l0, Jan Kowalski",
        "July\n20, 2027",  # respaced, not misread: not told
    ],
)
def test_printed_months_are_not_told_as_repairs(text: str) -> None:
    from settleconf.core.order_parser.ocr_dates import mend_ocr_dates
    from settleconf.core.order_parser.ocr_numerals import repair_warning

    repairs: list[tuple[str, str]] = []
    out = mend_ocr_dates(text, repairs)
    assert repair_warning(repairs) is None
    assert " ".join(out.split()) == " ".join(text.split())


@pytest.mark.parametrize(
    ("duty", "due"),
    [
        ("Plaintiff shall serve a demand by____July 9, 2027____.", date(2027, 7, 9)),
        ("Plaintiff shall serve a demand on or before ___7/9/2027___.", date(2027, 7, 9)),
        (
            "Plaintiff shall serve a demand no later than seven (7)\n_______________\n"
            "days before the conference.",
            date(2027, 7, 13),
        ),
        (
            "Plaintiff shall serve a demand no later than seven (7) days\n- - - - - - - -\n"
            "before the conference.",
            date(2027, 7, 13),
        ),
    ],
)
def test_a_form_line_in_a_duty_is_no_part_of_it(duty: str, due: date) -> None:
    assert _dues(HEAD + CONF + duty + SIGNED) == [(due, False)]


@pytest.mark.parametrize(
    "lines",
    [
        ["IT IS SO ORDERED.", "______________________________", "A. Judge"],  # a signature
        ["__bold__ and __/__/__ and ___/___/____"],  # markdown, handwritten blanks
        ["Signature: ____________ Date: ______"],  # a blank to fill in, touching no word
        ["on the ___16th___ day of ___June___, 2027"],  # a filled-in field's brackets
    ],
)
def test_what_is_no_form_line_in_a_sentence(lines: list[str]) -> None:
    from settleconf.core.order_parser.form_borders import drop_form_lines

    assert drop_form_lines(lines) == lines


# --- the signature block's date beside the signature (header.py) ---

BODY = (
    "A settlement conference will be held on Tuesday, July 20, 2027, at 10:00 a.m.\n\n"
    "Within fourteen (14) days of the date of this Order, the parties shall exchange "
    "documents.\n\nIT IS SO ORDERED.\n\n"
)


@pytest.mark.parametrize(
    ("block", "signed"),
    [
        (
            "June 1, 2027                     s/ Percival A. Drummond\n"
            "                                 United States Magistrate Judge\n",
            date(2027, 6, 1),
        ),
        (
            "June 14, 2027                           s/Winifred L. Pinckney-Rhodes\n"
            "Charleston, South Carolina              United States Magistrate Judge\n",
            date(2027, 6, 14),
        ),
        ("November 1, 2027      /s/ A. Judge\n", date(2027, 11, 1)),
    ],
)
def test_a_date_beside_the_signature_dates_the_order(block: str, signed: date) -> None:
    order = parse_order(HEAD + BODY + block)
    assert order.order_date == signed
    assert _dues(HEAD + BODY + block) == [(signed + (date(2027, 6, 15) - date(2027, 6, 1)), False)]


def test_a_date_beside_no_signature_is_not_the_order_date() -> None:
    block = "July 2, 2027        10:00 a.m.\n/s/ A. Judge\n"
    assert parse_order(HEAD + BODY + block).order_date is None


@pytest.mark.parametrize(
    ("sentence", "at"),
    [
        ("The settlement conference is set for [illegible], at 2:30 p.m. in Room 5.", time(14, 30)),
        ("A settlement conference shall be held on ___/___/____ at 9:00 a.m.", time(9, 0)),
        # a duty's lost date with a time: no session's time
        (
            "A settlement conference will be set. Plaintiff shall serve by __/__/__ at 5:00 p.m.",
            None,
        ),
        ("The settlement conference is set for [illegible] at 9:30.", None),  # no a.m./p.m.
    ],
)
def test_the_time_beside_a_lost_conference_date(sentence: str, at: time | None) -> None:
    order = parse_order(HEAD + sentence + SIGNED)
    assert (order.conference.date, order.conference.time) == (None, at)


# --- an ECF page header OCR misread (core/order_parser/ocr_page_heads.py) ---


@pytest.mark.parametrize(
    "head",
    [
        "Case 2:27-cv-00123-KJM-QLM   Docurnent 14   Filed 06/02/27   Page 2 of 3",
        "Case 2:27-cv-00123-KJM-QLM   Document l4   Filed O6/02/27   Page 2 of 3",
        "Case 2:27-cv-00123-KJM-QLM Document 14 Filed 06/02/27 Pagc 2 of 3",
        "Case: 2:27-cv-04471-ALM Doc #: 27 Fiied: 11/01/27 Page: 2 of 3 PAGEID #: 4l2",
    ],
)
def test_a_misread_page_header_inside_a_duty_is_no_part_of_it(head: str) -> None:
    duty = f"Each party shall submit a letter no later than seven (7) days before the\n{head}\n"
    assert _dues(HEAD + CONF + duty + "settlement conference." + SIGNED) == [
        (date(2027, 7, 13), False)
    ]


def test_what_is_no_misread_page_header() -> None:
    from settleconf.core.order_parser.ocr_page_heads import is_ocr_page_head

    assert not is_ocr_page_head("Case 2:27-cv-00123 is referred for a settlement conference.")
    assert not is_ocr_page_head("Case 2:27-cv-00123 Document 14 Filed 06/02/27")  # no page
    head = "Case 2:27-cv-00123-KJM Docurnent 14 Filed 06/02/27 Pagc 1 of 3\n"
    assert parse_order(head + HEAD + CONF + SIGNED).case_number is not None  # page 1's stays


# --- all capitals, hyphenated at line ends (split_words.py) ---

CAPS_SIGNED = "\n\nDATED THIS 1ST DAY OF JUNE, 2027.\n\nBY THE COURT:\ns/ A. Judge\n"


def test_a_capitals_word_hyphenated_at_a_line_end_is_whole() -> None:
    text = HEAD + "A SETTLE-\nMENT CONFERENCE WILL BE HELD ON WEDNES-\nDAY, JU-\nLY 21, 2027, "
    text += "AT 10:00 A.M.\n\nEACH PARTY SHALL SUBMIT A LETTER NO LATER THAN FOUR-\nTEEN (14) "
    text += "DAYS BEFORE THE CON-\nFERENCE." + CAPS_SIGNED
    assert parse_order(text).conference.date == date(2027, 7, 21)
    assert _dues(text) == [(date(2027, 7, 7), False)]


def test_a_capitals_name_hyphenated_at_a_line_end_keeps_its_hyphen() -> None:
    from settleconf.core.order_parser.split_words import join_split_words

    assert (
        join_split_words("SMITH-\nJONES LLC and MARY-\nKATE") == "SMITH-\nJONES LLC and MARY-\nKATE"
    )


@pytest.mark.parametrize(
    ("said", "at"),
    [("1 0:00 a.m.", time(10, 0)), ("10 :00 a.m.", time(10, 0)), ("2: 30 p.m.", time(14, 30))],
)
def test_a_time_ocr_put_a_space_into(said: str, at: time) -> None:
    text = HEAD + f"A settlement conference will be held on Tuesday, July 20, 2027, at {said}"
    assert parse_order(text + SIGNED).conference.time == at


@pytest.mark.parametrize("text", ["Room 1 10:00 a.m.", "pages 4 :30 and", "13 :00 p.m."])
def test_what_is_no_spaced_time(text: str) -> None:
    from settleconf.core.order_parser.ocr_numerals import mend_meridians

    assert mend_meridians(text) == text


# --- a docket number OCR misread is no other case's (core/docket.py) ---


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Case No. 27-cv-1O532", None),  # was read as case 1
        ("CASE NO. 27-cv-2l377-MQE", None),
        ("Civil Action No. 27-2O41-JWL-WOS", None),  # was read as case 2
        ("No. 27-cv-10532-ABC", "27-cv-10532-ABC"),
        ("Case 1:27-cv-00917", "1:27-cv-00917"),
    ],
)
def test_a_misread_docket_number_is_not_cut_short(said: str, read: str | None) -> None:
    from settleconf.core.docket import find_docket

    found = find_docket(said)
    assert (found.normalized() if found else None) == read


@pytest.mark.parametrize(
    ("duty", "mark", "what"),
    [
        (
            "Each party shall submit a letter no later than ___ days before the conference.",
            "___",
            "number",
        ),
        ("Plaintiff shall serve a demand by July __, 2027.", "__", "date"),
    ],
)
def test_a_blank_day_or_count_is_said(duty: str, mark: str, what: str) -> None:
    text = HEAD + CONF + duty + SIGNED
    told = [w for w in parse_order(text).warnings if w.startswith("A handwritten entry")]
    assert len(told) == 1 and f'"{duty}" shows "{mark}" where a {what} belongs' in told[0]
    assert all(due is None or review for due, review in _dues(text))


def test_one_warning_a_line_with_two_lost_entries() -> None:
    text = HEAD + CONF + "SO ORDERED this ___ day of [illegible], 2027.\n\n/s/ A. Judge\n"
    told = [w for w in parse_order(text).warnings if w.startswith("A handwritten entry")]
    assert len(told) == 1 and '"SO ORDERED this ___ day of [illegible], 2027."' in told[0]


@pytest.mark.parametrize(
    ("period", "due"),
    [("twenty-one (2 1) days", date(2027, 6, 29)), ("seven (7) davs", date(2027, 7, 13))],
)
def test_a_split_count_and_a_y_read_as_v(period: str, due: date) -> None:
    duty = f"Each partv shall submit a letter no later than {period} before the conference."
    assert _dues(HEAD + CONF + duty + SIGNED) == [(due, False)]


def test_a_split_number_beside_no_word_is_left() -> None:
    assert mend_ocr_numerals("Exhibit (2 1) and pages 2 1") == "Exhibit (2 1) and pages 2 1"


def test_a_page_of_blanks_stays_linear() -> None:
    import time as clock

    from settleconf.core.order_parser.handwritten_blanks import blank_warnings

    text = "Each party shall file by __/__/__ and [illegible]. " * 4000
    sentences = [s + "." for s in text.split(". ")]
    started = clock.monotonic()
    assert len(blank_warnings(text, sentences)) <= 4
    assert clock.monotonic() - started < 2.0
