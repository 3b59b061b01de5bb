"""Issue #13 kinds that failed on the sixteenth corpus pass's orders (730-731: a Justia
docket page of M.D. Tenn. and a findforms preview of an S.D. Cal. order after an ENE).

"The date of initial disclosure ... shall occur before September 15, 2008" (731) was read as
due on the 15th itself, flagged. A duty due *before* a stated date is late on that date: the
last day is the day before. The earlier day is shown (it never makes anyone late), still
flagged, since some judges write "before" for "by"; a fixed date never rolls, so the day
before may be a Sunday or a holiday. With an hour ("before 4:00 p.m. on May 28") the hour
bounds the stated day itself. Every sentence is written for the test; the dates are counted
by hand.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.text_source import clean_text
from tests.core.unseen_orders import due, read

# --- "before <date>" (no hour): due the day before, flagged, never rolled ---


@pytest.mark.parametrize(
    ("body", "when"),
    [
        (
            # the day before is a Sunday: a fixed date does not roll
            "The date of initial disclosure pursuant to Rule 26(a)(1)(A-D) shall occur before "
            "May 20, 2024.",
            date(2024, 5, 19),
        ),
        (
            # the day before is Memorial Day (May 27, 2024): still not rolled
            "Each party shall lodge a confidential settlement statement with chambers prior to "
            "May 28, 2024.",
            date(2024, 5, 27),
        ),
        (
            "Plaintiff shall serve a written settlement demand on defense counsel before "
            "5/21/2024.",
            date(2024, 5, 20),
        ),
    ],
)
def test_before_a_date_is_due_the_day_before(body: str, when: date) -> None:
    order = read(body)
    assert len(order.obligations) == 1, [o.id for o in order.obligations]
    obligation = order.obligations[0]
    assert obligation.needs_review
    assert due(order, obligation.id) == when


# --- "before <hour> on <date>": that very day, before the hour ---


@pytest.mark.parametrize(
    ("body", "when", "at"),
    [
        (
            "Settlement statements shall be delivered to chambers before 4:00 p.m. on "
            "May 28, 2024.",
            date(2024, 5, 28),
            time(16, 0),
        ),
        (
            "Defendant shall respond to the demand before the close of business on May 24, 2024.",
            date(2024, 5, 24),
            time(17, 0),
        ),
    ],
)
def test_before_an_hour_on_a_date_keeps_that_date(body: str, when: date, at: time) -> None:
    order = read(body)
    assert len(order.obligations) == 1, [o.id for o in order.obligations]
    obligation = order.obligations[0]
    assert due(order, obligation.id) == when
    assert obligation.rule.time_of_day == at


# --- "on or before <date>" is the date itself, unflagged (unchanged) ---


@pytest.mark.parametrize(
    "body",
    [
        "Plaintiff shall serve a written demand on or before May 20, 2024.",
        # "prior to" with "on or" before it is the day itself, not the day before
        "Plaintiff shall serve a written demand on or prior to May 20, 2024.",
        "Plaintiff shall serve a written demand on, or prior to, May 20, 2024.",
    ],
)
def test_on_or_before_a_date_is_that_date(body: str) -> None:
    order = read(body)
    assert [o.needs_review for o in order.obligations] == [False]
    assert due(order, order.obligations[0].id) == date(2024, 5, 20)


# --- A page break inside a sentence is no paragraph break ---
# Found by the damage harness on 259 once 730-731 changed its draws: the page's stamp or
# number went, but the blank lines around it stayed, so "The ENE Conference set for April
# 26, 2017 ... San" and "Diego, California 92101, is CONTINUED to June 14, 2017, at 9:00 AM"
# were two paragraphs and the old date stood.

_STAMP = "Case 3:17-cv-00638-GPC-JLB Document 7 Filed 04/07/17 Page {n} of 3"
_HEADING = "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA\n\n" + _STAMP.format(n=1)


@pytest.mark.parametrize(
    ("first", "furniture", "rest"),
    [
        (  # the sentence breaks after a place name, before its second word
            "1. The Settlement Conference set for April 26, 2017, at 1:45 PM in Suite 5140, San",
            _STAMP.format(n=2),
            "Diego, California, is CONTINUED to June 14, 2017, at 9:00 AM.",
        ),
        (  # after an abbreviation with a period, and a bare page number between
            "1. The Settlement Conference set for April 26, 2017, at 1:45 PM at the Edward J. "
            "Schwartz U.S.",
            "- 2 -",
            "Courthouse is CONTINUED to June 14, 2017, at 9:00 AM.",
        ),
        (  # after a comma, "Page 2 of 3" between
            "1. The Settlement Conference set for April 26, 2017, at 1:45 PM before the "
            "undersigned,",
            "Page 2 of 3",
            "is CONTINUED to June 14, 2017, at 9:00 AM.",
        ),
    ],
)
def test_a_sentence_over_a_page_break_keeps_its_new_date(
    first: str, furniture: str, rest: str
) -> None:
    text = (
        f"{_HEADING}\n\nORDER CONTINUING SETTLEMENT CONFERENCE\n\n{first}\n\n\n{furniture}\n\n"
        f"{rest}\n\nIT IS SO ORDERED.\nDated: April 7, 2017\n"
    )
    order = parse_order(text, source_name="synthetic.txt")
    assert (order.conference.date, order.conference.time) == (date(2017, 6, 14), time(9, 0))


def test_a_page_break_after_a_full_stop_stays_a_paragraph_break() -> None:
    text = (
        "Before the Court is the joint motion. It is GRANTED.\n\n\n- 2 -\n\n"
        "Accordingly, IT IS ORDERED:\n"
    )
    assert "GRANTED.\n\n" in clean_text(text)
