"""Kinds the eighth phrasing set (tests/corpus/phrasings8: the wording of deadlines and the
shapes of documents) found, probed in other wording: HTML left in the text ("&nbsp;", "<p>",
"<br>"); a title "ORDER SCHEDULING SETTLEMENT CONFERENCE" over its Date/Time fields; a 24-hour
"at 0930" with no colon; "the week before the conference"; a weekday before the session with
no "by" after a party's "shall"; "N days, excluding weekends and holidays, before"; papers "due
to chambers" (a recipient, not "because of"); a letter's "Please have ..." and a form's bare
"Complete and return this form by ..."; a lead-in's when governing lettered sub-items; a
case-management order's "The following deadlines are set: ... by ...; fact discovery closes
..."."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_times
from settleconf.core.order_parser.text_source import clean_text

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
    "ACME GRAIN CO., Plaintiff,\nv.\nPRAIRIE MILLS, INC., Defendant.\n\nCase No. 2:26-cv-01010\n\n"
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: March 1, 2027\n\ns/ A. Judge\nU.S. Magistrate Judge\n"
# Thursday, June 10, 2027; Memorial Day is Monday, May 31, 2027.
SESSION = "A settlement conference is set for Thursday, June 10, 2027, at 9:00 a.m.\n\n"


def _dues(body: str) -> list[tuple[date | None, bool]]:
    order = parse_order(HEAD + "ORDER SETTING SETTLEMENT CONFERENCE\n\n" + SESSION + body + TAIL)
    assert order.conference.date == date(2027, 6, 10)
    return [(d.due_date, d.needs_review) for d in compute_schedule(order).deadlines]


@pytest.mark.parametrize(
    ("body", "when"),
    [
        (
            "<p>The settlement conference is set for Thursday,&nbsp;October&nbsp;8,&nbsp;2026, "
            "at&nbsp;10:00&nbsp;a.m.</p>",
            (date(2026, 10, 8), time(10, 0)),
        ),
        (
            "NOTICE OF SETTLEMENT CONFERENCE<br>Date: Monday, November 2, 2026<br/>"
            "Time: 1:30 p.m.<br>Place: Courtroom 3",
            (date(2026, 11, 2), time(13, 30)),
        ),
        (
            "<div>A settlement conference will be held on <b>March&nbsp;9,&nbsp;2027</b> at "
            "9:00&nbsp;a.m. in Room&nbsp;4&amp;5.</div>",
            (date(2027, 3, 9), time(9, 0)),
        ),
    ],
)
def test_html_left_in_the_text_is_read_as_text(body: str, when: tuple[date, time]) -> None:
    order = parse_order(HEAD + body + TAIL)
    assert (order.conference.date, order.conference.time) == when


def test_an_address_in_angle_brackets_is_not_markup() -> None:
    text = clean_text("From: Jo Deputy <jo_deputy@ksd.uscourts.gov>\nSent: Monday<br>\n")
    assert "<jo_deputy@ksd.uscourts.gov>" in text
    assert "<br>" not in text


@pytest.mark.parametrize(
    "title",
    [
        "ORDER SCHEDULING SETTLEMENT CONFERENCE",
        "AMENDED NOTICE SCHEDULING SETTLEMENT CONFERENCE",
        "NOTICE AND ORDER SCHEDULING SETTLEMENT CONFERENCE",
    ],
)
def test_a_title_scheduling_the_session_is_not_a_scheduling_conference(title: str) -> None:
    order = parse_order(
        HEAD + f"{title}\n\nDate and time: Tuesday, April 13, 2027, 9:00 a.m.\n"
        "Place: Courtroom 223\n\nEach party shall submit a statement seven days before the "
        "conference." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2027, 4, 13), time(9, 0))


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "The settlement conference is set for Tuesday, April 6, 2027, at 1330, in Courtroom 4.",
            (date(2027, 4, 6), time(13, 30)),
        ),
        (
            "The parties shall appear for a settlement conference at 0900 on Friday, May 7, 2027.",
            (date(2027, 5, 7), time(9, 0)),
        ),
        (
            "NOTICE OF SETTLEMENT CONFERENCE\nDate: Wednesday, May 12, 2027\nTime: 1000\n"
            "Place: Courtroom 2",
            (date(2027, 5, 12), time(10, 0)),
        ),
    ],
)
def test_a_24_hour_time_without_a_colon(sentence: str, when: tuple[date, time]) -> None:
    order = parse_order(HEAD + sentence + TAIL)
    assert (order.conference.date, order.conference.time) == when


def test_four_digits_before_a_street_name_are_an_address() -> None:
    assert find_times("Counsel shall appear at 1400 Pennsylvania Avenue.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Position statements are due the week before the settlement conference.",
        "Each party shall deliver its letter to chambers the week prior to the conference.",
        "Plaintiff must serve a written demand the week before the conference.",
    ],
)
def test_the_week_before_is_one_week_and_flagged(body: str) -> None:
    # June 3, 2027 is a Thursday: one week before, the latest reading, shown for review.
    assert _dues(body) == [(date(2027, 6, 3), True)]


@pytest.mark.parametrize(
    ("body", "due"),
    [
        ("Defendant shall serve its response the Tuesday before the conference.", date(2027, 6, 8)),
        (
            "The parties must exchange exhibit lists the Friday preceding the settlement "
            "conference.",
            date(2027, 6, 4),
        ),
        ("Each side is to send its letter the Monday before the settlement conference.",
         date(2027, 6, 7)),
    ],
)
def test_a_weekday_before_the_session_after_a_partys_shall(body: str, due: date) -> None:
    assert _dues(body) == [(due, False)]


@pytest.mark.parametrize(
    ("body", "due"),
    [
        # Wednesday June 9 back to Thursday June 3 is five business days.
        (
            "Each party shall submit a statement no later than five (5) days, excluding weekends "
            "and holidays, before the conference.",
            date(2027, 6, 3),
        ),
        # ten business days back, skipping Memorial Day (May 31): May 26
        (
            "Plaintiff shall serve a demand at least ten days, exclusive of Saturdays, Sundays "
            "and legal holidays, prior to the settlement conference.",
            date(2027, 5, 26),
        ),
        (
            "Counsel shall exchange exhibit lists three days, excluding weekends and holidays, "
            "in advance of the conference.",
            date(2027, 6, 7),
        ),
    ],
)
def test_excluded_days_between_the_count_and_its_direction(body: str, due: date) -> None:
    assert _dues(body) == [(due, False)]


@pytest.mark.parametrize(
    ("body", "due"),
    [
        # ten days before is Monday, May 31, Memorial Day: Friday, May 28
        ("Settlement letters are due to chambers ten (10) days before the conference.",
         date(2027, 5, 28)),
        # five days before is Saturday, June 5: Friday, June 4
        (
            "Confidential statements are due to the settlement conference mailbox five days "
            "before the conference.",
            date(2027, 6, 4),
        ),
        ("Plaintiff's demand is due to defense counsel fourteen days before the conference.",
         date(2027, 5, 27)),
    ],
)
def test_a_paper_due_to_its_recipient_is_a_duty(body: str, due: date) -> None:
    assert _dues(body) == [(due, False)]


def test_due_to_as_because_of_sets_no_duty() -> None:
    order = parse_order(
        HEAD + "ORDER\n\nDue to the Court's calendar, a settlement conference is set for "
        "Thursday, June 10, 2027, at 9:00 a.m." + TAIL
    )
    assert order.conference.date == date(2027, 6, 10)
    assert compute_schedule(order).deadlines == ()


@pytest.mark.parametrize(
    ("body", "due"),
    [
        (
            "Please have your confidential letters delivered to chambers by the Friday before "
            "the conference.",
            date(2027, 6, 4),
        ),
        ("Please be sure to email your statement no later than June 1, 2027.", date(2027, 6, 1)),
        (
            "Complete and return this form to the courtroom deputy on or before May 28, 2027.",
            date(2027, 5, 28),
        ),
        ("Sign and email the attached certification by June 2, 2027.", date(2027, 6, 2)),
    ],
)
def test_a_request_or_a_forms_imperative_is_counsels_duty(body: str, due: date) -> None:
    assert _dues(body) == [(due, False)]


def test_a_heading_word_is_not_an_imperative() -> None:
    # "Return of Service" names a paper: no one is told to act, so the date is said, not set.
    order = parse_order(
        HEAD + "ORDER\n\n" + SESSION + "Return of Service filed by June 2, 2027." + TAIL
    )
    assert [d.due_date for d in compute_schedule(order).deadlines if not d.needs_review] == []


@pytest.mark.parametrize(
    "body",
    [
        "No later than seven (7) days before the conference: (a) each party shall submit a "
        "statement to chambers; and (b) counsel shall email the names of all attendees.",
        "At least seven days before the conference: (i) Plaintiff shall deliver an updated "
        "demand; (ii) Defendant shall deliver a written response.",
        "By seven (7) days before the settlement conference: (1) the parties shall exchange "
        "exhibits; and (2) each side shall lodge a short statement.",
    ],
)
def test_a_lead_ins_when_governs_each_sub_item(body: str) -> None:
    # seven days before Thursday, June 10, 2027: Thursday, June 3, for both sub-items
    dues = _dues(body)
    assert dues == [(date(2027, 6, 3), False), (date(2027, 6, 3), False)]


@pytest.mark.parametrize(
    ("body", "dues"),
    [
        (
            "The following deadlines are set: amended pleadings by 4/1/2027; fact discovery "
            "closes 5/14/2027.",
            [date(2027, 4, 1), date(2027, 5, 14)],
        ),
        (
            "These dates shall apply: Rule 26(a)(2) expert reports by April 30, 2027; "
            "discovery ends on May 21, 2027.",
            [date(2027, 4, 30), date(2027, 5, 21)],
        ),
        (
            "The following deadlines are hereby set as follows: initial disclosures by "
            "March 15, 2027; written discovery served by April 2, 2027.",
            [date(2027, 3, 15), date(2027, 4, 2)],
        ),
    ],
)
def test_a_list_of_deadlines_set_by_the_order(body: str, dues: list[date]) -> None:
    assert _dues(body) == [(d, True) for d in dues]  # dated; flagged as the case's schedule
