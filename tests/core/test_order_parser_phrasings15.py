"""Kinds the fifteenth phrasing set (tests/corpus/phrasings15: orders as public case-law and docket
sites show them) found, probed in other wording: a reporter's page marker inside a period's
words ("seven (7) days before *2 the settlement conference", "[*2]") left the period counted
from nothing; an inverted condition in a footnote ("The Court's Zoom link will be sent to
counsel by April 16, 2027, should the conference be converted to video") read as a party's duty
on its "should"; a docket site's rows ("Mar 2, 2027 31 PAPERLESS ORDER ...", "March 2, 2027
Filing 27 ORDER ...", no "(Entered: ...)" stamp) not read as docket entries, so a later entry's
"Signed ... on" dated the order and another entry's "answer due" was shown as sure; a duty cut
off before its date by the excerpt's end ("Defendant shall respond to the demand no later than
[Continue reading: 3 more pages]", "... by September", "... is due") dropped without a word; a
docket site's court name, the state first ("Florida Southern District Court"), not recognised,
so the conference time had no zone; a case-law site's head ("May 3, 2027, Decided", a citation's
"(E.D. Mo. Aug. 2, 2027)") not read as the order's date where the reprint or excerpt has no
closing date; the same footnote's ", should the conference be converted to a video session"
taken as the order converting the session to video. A case-law site's closing chrome ("Summary
of this case from ...", "Similar Judgments") drew the order-wide "appears truncated" warning,
and its note that it shows only part of the order ("[Text of remaining pages not available]")
drew none. Each variant fails on the parser before its fix, but for the controls (the negatives,
"no later than Oct.", which was already told, and the dial-in footnote, whose format was already
right). First read of the set (committed alone, scored once): conference dates 30/30, times
30/30, due dates 68/72 (69/73 once its one missing label was added), 5 (4) dates shown wrong
without review."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.star_pages import drop_star_pages

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\n"
    "A settlement conference is set for Wednesday, October 13, 2027, at 9:00 a.m.\n\n"
)
SIGNED = "\n\nDated: September 1, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"


def _dues(body: str) -> list[tuple[date | None, bool]]:
    order = parse_order(HEAD + body + SIGNED)
    assert order.conference.date == date(2027, 10, 13)
    return [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]


@pytest.mark.parametrize(
    ("duty", "due"),
    [
        # a star page inside the unit, and a bracketed one before the session's name
        ("Each party shall submit a letter no later than ten (10) *4 days before the "
         "conference.", date(2027, 10, 1)),
        ("Plaintiff shall serve a demand no later than 21 days before the [**3] settlement "
         "conference.", date(2027, 9, 22)),
        # the marker opens a line, mid-sentence, as a site wraps it
        ("Each party shall lodge a statement two (2) business days before\n*12 the "
         "conference.", date(2027, 10, 8)),  # Columbus Day, October 11, is skipped
    ],
)
def test_a_star_page_inside_a_period_is_no_word_of_it(duty: str, due: date) -> None:
    assert _dues(duty) == [(due, False)]


@pytest.mark.parametrize(
    "kept",
    ["Multiply 2 * 3 for the total.", "*Note*: bring *2 copies* of the letter.", "Item *A1"],
)
def test_stars_that_are_no_page_marker_stay(kept: str) -> None:
    assert drop_star_pages(kept) == kept


@pytest.mark.parametrize(
    "court_act",
    [
        "2 The Court's videoconference link will be e-mailed to counsel by October 8, 2027, "
        "should the conference proceed remotely.",
        "Chambers will circulate dial-in information by October 8, 2027, should any party "
        "be unable to attend in person.",
    ],
)
def test_an_inverted_condition_is_no_partys_duty(court_act: str) -> None:
    assert all(review or due is None for due, review in _dues(court_act))


def test_a_duty_with_an_inverted_condition_after_it_still_binds() -> None:
    # the negative: the party's own "shall" before the condition keeps the duty
    body = ("Counsel shall notify chambers by October 8, 2027, should the case settle before "
            "the conference.")
    assert _dues(body) == [(date(2027, 10, 8), False)]


# A docket site's page: rows with the date filed (by month name or number) and the entry
# number, no "(Entered: ...)" stamp, newest first. The settlement entry dates the order, not a
# later entry's "Signed ... on"; another entry's "answer due" is no sure settlement duty.
_PAGE = "\n".join(
    [
        "Acme v. Roe (1:27-cv-00101), District Court",
        "{d}   {filing}24   ORDER granting 23 Motion for Extension of Time to Answer Amended "
        "Complaint. Roe answer due 5/14/2027. Signed by Judge Q. Public on 4/20/2027.",
        "{c}   {filing}22   ORDER SETTING SETTLEMENT CONFERENCE: Settlement Conference set for "
        "6/9/2027 10:00 AM before Magistrate Judge Z. Quill. Plaintiff shall serve a written "
        "demand within 21 days of this order. Signed by Magistrate Judge Z. Quill on 4/12/2027.",
        "{a}   {filing}1   COMPLAINT against Roe. Filed by Acme.",
    ]
)


@pytest.mark.parametrize(
    ("cells", "filing"),
    [
        (("Jan 5, 2027", "Apr 12, 2027", "Apr 20, 2027"), ""),
        (("January 5, 2027", "April 12, 2027", "April 20, 2027"), "Filing "),
        (("01/05/2027", "04/12/2027", "04/20/2027"), ""),
    ],
)
def test_a_docket_sites_rows_are_entries(cells: tuple[str, ...], filing: str) -> None:
    text = _PAGE.format(a=cells[0], c=cells[1], d=cells[2], filing=filing)
    order = parse_order(text)
    assert order.order_date == date(2027, 4, 12)
    assert order.conference.date == date(2027, 6, 9)
    shown = [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]
    assert (date(2027, 5, 3), False) in shown  # 21 days from April 12, 2027
    assert all(review for due, review in shown if due != date(2027, 5, 3))


def test_one_dated_numbered_line_is_no_docket_page() -> None:
    # the negative: a single "date  number  text" line in an order is not a sheet
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\n"
        "A settlement conference is set for Wednesday, October 13, 2027, at 9:00 a.m.\n\n"
        "Sep 1, 2027   2   Plaintiff shall serve a demand within 14 days of this order.\n\n"
        "Dated: September 1, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
    )
    from settleconf.core.order_parser.site_dockets import site_row_starts

    assert site_row_starts(text) == []
    order = parse_order(text)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 9, 15)]


# An excerpt cut inside a duty's deadline: the date is not in the text; the user is told by
# the duty's words, and no date is made up.
@pytest.mark.parametrize(
    ("cut", "words"),
    [
        ("Defendant must respond to the demand on or before", "on or before"),
        ("Confidential statements from each party are due by\n[Read the full order]", "due by"),
        ("The parties shall exchange settlement proposals within . . .", "within"),
        ("Defense counsel shall deliver the response no later than Oct.", "no later than"),
    ],
)
def test_a_duty_cut_off_before_its_date_is_told(cut: str, words: str) -> None:
    order = parse_order(HEAD + "Each party shall attend in person.\n\n* * *\n\n" + cut + "\n")
    assert all(d.due_date is None or d.needs_review for d in compute_schedule(order).deadlines)
    told = [w for w in order.warnings if cut[:30] in w]  # the duty quoted, once
    assert len(told) == 1 and words in told[0]
    assert "could not be read" in told[0] or "no date or period could be read" in told[0]


@pytest.mark.parametrize(
    "not_cut",
    [
        "Plaintiff shall serve a demand by September 17, 2027.",  # whole: read, not told
        "The Court will issue a further order by",  # the Court's own act, no party's duty
    ],
)
def test_no_cut_duty_is_told_where_none_is(not_cut: str) -> None:
    order = parse_order(HEAD + not_cut + SIGNED)
    assert not [w for w in order.warnings if "date is cut off" in w]


def test_the_sets_undated_duties_are_told_never_dated() -> None:
    """The set's five duties labeled undated (four cut mid-sentence, one counted from a
    conference date the excerpt leaves out): no date shown as sure, and the lawyer is told."""
    import json
    from pathlib import Path

    path = Path(__file__).parents[1] / "corpus" / "phrasings15" / "phrasings15.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    undated = [
        (i["text"], ob["quote"])
        for i in items
        for ob in i["obligations"]
        if ob["computed_due"] is None and ob["rule"]["kind"] != "after_event"
    ]
    assert len(undated) == 5
    for text, quote in undated:
        schedule = compute_schedule(parse_order(text))
        head = " ".join(quote.split())[:30]
        from_it = [d for d in schedule.deadlines if head in " ".join(d.obligation.quote.split())]
        assert all(d.due_date is None or d.needs_review for d in from_it), quote
        told = any(d.needs_review for d in from_it) or any(head in w for w in schedule.warnings)
        assert told, quote


@pytest.mark.parametrize(
    ("header", "court", "zone"),
    [
        ("Ortiz v. Gulf Tide Marine LLC (1:27-cv-20114), Florida Southern District Court",
         "S.D. Fla.", "America/New_York"),
        ("Court: Illinois Northern District Court   Filed: 02/01/2027", "N.D. Ill.",
         "America/Chicago"),
        ("Vance v. Orrin | Arizona District Court | 2:27-cv-00310", "D. Ariz.", "America/Phoenix"),
    ],
)
def test_a_docket_sites_court_name_gives_the_zone(header: str, court: str, zone: str) -> None:
    from settleconf.core.courts import find_court

    found = find_court(header)
    assert found is not None and (found.abbreviation, found.timezone) == (court, zone)


def test_a_state_name_without_its_district_is_no_court() -> None:
    # the negative: California has four districts; "California District Court" names none
    from settleconf.core.courts import find_court

    assert find_court("Filed in California District Court on 2/1/2027") is None


_BODY = (
    "ORDER\n\nA settlement conference is set for Wednesday, October 13, 2027, at 9:00 a.m. "
    "Plaintiff shall serve a written demand within fourteen (14) days of this Order.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        # a reporter's head, the order's own closing left out of the reprint
        "Greer v. Alder Timber\nUnited States District Court for the District of Oregon\n"
        "August 30, 2027, Decided; August 31, 2027, Filed\nCase No. 3:27-cv-00410\n\n",
        "Greer v. Alder Timber\nDecided: August 30, 2027\nDistrict of Oregon\n\n",
        # a site's citation line over an excerpt
        "Greer v. Alder Timber Co., No. 3:27-cv-00410-ABC (D. Or. Aug. 30, 2027)\nExcerpt\n\n",
    ],
)
def test_a_case_law_sites_head_dates_the_order(head: str) -> None:
    order = parse_order(head + _BODY)
    assert order.order_date == date(2027, 8, 30)
    assert [d.due_date for d in compute_schedule(order).deadlines] == [date(2027, 9, 13)]


def test_the_orders_own_closing_date_wins_over_the_sites_head() -> None:
    # the negative: a citation of another case's date never beats the order's "Dated:"
    head = "Greer v. Alder Timber Co., No. 3:27-cv-00410 (D. Or. Aug. 30, 2027)\n\n"
    order = parse_order(head + _BODY + "\nDated: September 1, 2027\n\n/s/ A. Judge\n")
    assert order.order_date == date(2027, 9, 1)


@pytest.mark.parametrize(
    ("note", "fmt"),
    [
        ("1 A videoconference link will be e-mailed to counsel, should the conference be "
         "converted to a Zoom session.", "in_person"),
        ("2 Chambers will send dial-in details, should either party need to switch to "
         "telephone participation.", "in_person"),
        # the negative: the order's own ruling, with no condition, still converts it
        ("The settlement conference is converted to a Zoom videoconference.", "video"),
    ],
)
def test_a_contingency_by_inversion_does_not_set_the_format(note: str, fmt: str) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\n"
        "A settlement conference is set for Wednesday, October 13, 2027, at 9:00 a.m., in "
        "Courtroom 9A of the United States Courthouse, Portland, Oregon.\n\n" + note + SIGNED
    )
    assert parse_order(text).conference.format.value == fmt


_WHOLE = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\n"
    "A settlement conference is set for Wednesday, October 13, 2027, at 9:00 a.m. Plaintiff "
    "shall serve a written demand no later than September 22, 2027.\n\nIT IS SO ORDERED.\n\n"
    "Dated: September 1, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"
)


@pytest.mark.parametrize(
    "chrome",
    [
        "Summary of this case from Greer v. Alder Timber\ndenying leave to amend, Nov 8, 2027\n",
        "Similar Judgments\nGreer v. Alder Timber: the court granted in part a motion to compel\n",
        "Track this case to get alerts when new documents are filed in the docket\n",
    ],
)
def test_a_sites_closing_chrome_is_no_cut(chrome: str) -> None:
    order = parse_order(_WHOLE + chrome)
    assert not [w for w in order.warnings if "truncated" in w or "only part" in w]


@pytest.mark.parametrize(
    "note",
    [
        "[Continue reading this document: 2 more pages]",
        "[Read the full order on the court's site]",
        "[Remaining pages not available]",
        "[pages 4-6 omitted]",
    ],
)
def test_a_sites_note_that_it_shows_part_of_the_order_is_said(note: str) -> None:
    order = parse_order(_WHOLE.replace("IT IS SO ORDERED.", note))
    told = [w for w in order.warnings if "only part of the order" in w]
    assert len(told) == 1 and note in told[0]


def test_an_order_that_stops_mid_sentence_is_still_truncated_before_chrome() -> None:
    # the negative: chrome after a real cut does not hide the cut
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\n"
        "A settlement conference is set for Wednesday, October 13, 2027, at 9:00 a.m. Each "
        "party shall bring its principal and\nSimilar Judgments\n"
    )
    assert any("truncated" in w for w in parse_order(text).warnings)
