"""Check-box and fill-in forms: a row's cross-reference ("(see ¶ 2)") neither names the duty
nor gives a number to count, a bare "3 court days before" in a row counts back from the
conference (said for review), each boxed row is its own line, and a "Format:" row with its
ticked box says how the conference is held."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import ConferenceFormat, Order
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF COLORADO\n\nORDER SETTING SETTLEMENT CONFERENCE"
    "\n\n     A Settlement Conference is set for Monday, February 22, 2027, at 1:00 p.m. "
    "(Mountain\nTime). The selections below govern this conference.\n\n"
)
SIGNED = "\n\nDated: January 11, 2027\n\n/s/ A. Judge\nUnited States Magistrate Judge\n"


def _parse(rows: str) -> Order:
    return parse_order(HEAD + rows + SIGNED)


@pytest.mark.parametrize("ref", ["(see ¶ 2)", "(see paragraph 2 below)", "(cf. ECF No. 14)"])
def test_a_cross_reference_does_not_name_the_duty(ref: str) -> None:
    order = _parse(f"  Submissions due:      ___February 12, 2027_____ {ref}\n")
    assert [(ob.id, ob.rule.fixed_date) for ob in order.obligations] == [
        ("submissions", date(2027, 2, 12))
    ]


@pytest.mark.parametrize("ref", ["(see ¶ 3)", "(see paragraph 3)", ""])
def test_a_bare_before_in_a_row_counts_from_the_conference(ref: str) -> None:
    order = _parse(f"  Attendee list due:    ___3 court days before______ {ref}\n")
    [d] = compute_schedule(order).deadlines
    # Feb. 19, 18 and 17 (the conference is Monday, Feb. 22)
    assert (d.due_date, d.needs_review) == (date(2027, 2, 17), True)


@pytest.mark.parametrize("source", ["Order ¶ 2", "LCvR 16.2(D)", "L. Civ. R. 16.1", "¶ 4(b)"])
def test_a_bare_before_then_the_rows_source_column(source: str) -> None:
    order = _parse(
        "  Item                                   Due                          Source\n"
        f"  List of attendees with titles          3 business days before       {source}\n"
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 2, 17), True)


def test_boxed_rows_are_read_one_by_one() -> None:
    order = _parse(
        "  Format:                                ☐ In person   ☒ Zoom videoconference   ☐ "
        "Telephone\n"
        "  Confidential Settlement Statements due:   ☒ 5 business days before   ☐ 7 days "
        "before\n"
        "  Settlement offers exchange:            ☒ Required (see ¶ 4)   ☐ Not required\n"
        "  Client attendance:                     ☒ Required for the entire conference\n"
    )
    [d] = compute_schedule(order).deadlines
    # Presidents' Day (Feb. 15) is skipped: Feb. 19, 18, 17, 16, 12.
    assert d.due_date == date(2027, 2, 12)
    assert d.obligation.quote == (
        "Confidential Settlement Statements due: ☒ 5 business days before"
    )
    assert order.warnings == ()
    assert (order.conference.format, order.conference.platform) == (ConferenceFormat.VIDEO, "Zoom")


@pytest.mark.parametrize(
    ("row", "fmt"),
    [
        ("  Format:          ☒ In person   ☐ Zoom videoconference   ☐ Telephone\n",
         ConferenceFormat.IN_PERSON),
        ("  Conference format:   ☐ In person   ☐ Video   ☒ Telephone\n",
         ConferenceFormat.TELEPHONE),
        ("  Manner of conference:   [X] Videoconference   [ ] In person\n",
         ConferenceFormat.VIDEO),
    ],
)
def test_the_format_row_says_how_the_conference_is_held(
    row: str, fmt: ConferenceFormat
) -> None:
    assert _parse(row).conference.format is fmt


def test_a_row_giving_a_bare_number_is_still_said() -> None:
    order = _parse(
        "   Step                                  Days\n"
        "   Written response                      14\n"
    )
    assert any("column heading" in w for w in order.warnings)
