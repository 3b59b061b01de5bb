"""Known parser gaps of issue #13, each fixed as a kind of language with varied phrasings.
Sentences are written for the test; dates are exact.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import MULTI_DAY_SESSION
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_dates
from tests.core.unseen_orders import COURT, read

ROOT = Path(__file__).resolve().parents[2]
LETTER = "Each party shall submit a settlement letter seven days before the conference."


# -- A session over several days joined by "and", or written day first ----------------------
# Read alone, "June 3 and 4, 2025" held no date and "June 30 and July 1, 2025" read as its
# last day: a session (and every period before it) one day late.


@pytest.mark.parametrize(
    ("setting", "first", "last", "at"),
    [
        (
            "The settlement conference will be held June 3 and 4, 2025, beginning at 9:00 a.m.",
            date(2025, 6, 3),
            date(2025, 6, 4),
            time(9, 0),
        ),
        (
            "The settlement conference is set for June 30 and July 1, 2025 at 9:30 a.m. in "
            "Courtroom 4.",
            date(2025, 6, 30),
            date(2025, 7, 1),
            time(9, 30),
        ),
        (
            "The mediation will take place on the 3rd and 4th of June 2025 at 10:00 a.m.",
            date(2025, 6, 3),
            date(2025, 6, 4),
            time(10, 0),
        ),
        (
            "A settlement conference is scheduled for Dec. 30 & 31, 2025, at 1:30 p.m.",
            date(2025, 12, 30),
            date(2025, 12, 31),
            time(13, 30),
        ),
        (
            # each day's weekday named: "Tuesday" is the last day's, not a wrong weekday
            "The settlement conference will be held Monday and Tuesday, June 30 and July 1, "
            "2025, at 9:00 a.m.",
            date(2025, 6, 30),
            date(2025, 7, 1),
            time(9, 0),
        ),
        (
            "The court-conducted mediation shall proceed on 3-4 June 2025 at 9:00 a.m.",
            date(2025, 6, 3),
            date(2025, 6, 4),
            time(9, 0),
        ),
    ],
)
def test_a_session_on_two_days_joined_by_and_is_its_first_day_and_says_so(
    setting: str, first: date, last: date, at: time
) -> None:
    order = read(LETTER, head=COURT + setting + "\n\n")
    assert (order.conference.date, order.conference.time) == (first, at)
    [span] = [w for w in order.warnings if w.startswith(MULTI_DAY_SESSION)]
    assert f"{first:%B %-d, %Y}" in span and f"{last:%B %-d, %Y}" in span
    [letter] = compute_schedule(order).deadlines
    assert (letter.due_date, letter.needs_review) == (first - timedelta(days=7), False)
    assert not [w for w in order.warnings if "check the date" in w]


def test_a_wrong_first_weekday_of_a_two_day_session_is_still_doubted() -> None:
    setting = (
        "The settlement conference will be held Tuesday and Wednesday, June 30 and July 1, "
        "2025, at 9:00 a.m."
    )
    order = read(LETTER, head=COURT + setting + "\n\n")
    assert any("June 30, 2025 is a Monday" in w for w in order.warnings)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a window's two ends: only the dated end is read, as before
        ("Exchange letters between May 1 and May 10, 2025.", [date(2025, 5, 10)]),
        ("any time from June 3 and 4, 2025", []),
        # two settings weeks apart are not one session
        ("on June 3 and July 30, 2025", [date(2025, 7, 30)]),
        # a bare count before a day-first date is not a range's first day
        ("within 14 and 5 May 2025", [date(2025, 5, 5)]),
        ("May 1, 2025 and May 5, 2025", [date(2025, 5, 1), date(2025, 5, 5)]),
        # one date for each side
        ("by May 20 and May 24, 2024, respectively", [date(2024, 5, 24)]),
    ],
)
def test_dates_joined_by_and_that_are_not_one_session_keep_their_reading(
    text: str, dates: list[date]
) -> None:
    assert [f.value for f in find_dates(text)] == dates


# -- A reset session: "previously set for <old date> will now take place on <new date>" -------
# "previously set" read as a recital had struck every later date in the sentence, so the new
# date was lost (or a duty's date taken for the session); a duty's old date ("previously
# due November 5") was read as a deadline beside its new period.


@pytest.mark.parametrize(
    ("setting", "duty", "when", "at", "due"),
    [
        (
            "The conference previously set for Wednesday, November 12, 2025 will now take "
            "place on Tuesday, December 2, 2025, at 9:00 a.m., in Courtroom 3B.",
            "Position statements previously due November 5 are now due five (5) business "
            "days before the new date.",
            date(2025, 12, 2),
            time(9, 0),
            # Thanksgiving (November 27) is not a business day
            date(2025, 11, 24),
        ),
        (
            "The settlement conference originally scheduled for March 3, 2026 at 10:00 a.m. "
            "is now set for March 17, 2026 at 1:30 p.m.",
            "Confidential letters originally due on February 24, 2026 must now be submitted "
            "seven days before the conference.",
            date(2026, 3, 17),
            time(13, 30),
            date(2026, 3, 10),
        ),
        (
            "The mediation previously scheduled for May 5, 2025, will instead be held on "
            "May 19, 2025, at 9:30 a.m.",
            "Settlement statements that were due April 28 are now due seven (7) days before "
            "the mediation.",
            date(2025, 5, 19),
            time(9, 30),
            date(2025, 5, 12),
        ),
    ],
)
def test_a_reset_session_is_its_new_date_and_old_due_dates_are_not_deadlines(
    setting: str, duty: str, when: date, at: time, due: date
) -> None:
    order = read(duty, head=COURT + setting + "\n\n")
    assert (order.conference.date, order.conference.time) == (when, at)
    [statement] = compute_schedule(order).deadlines
    assert (statement.due_date, statement.needs_review) == (due, False)


def test_a_recital_of_an_earlier_setting_is_still_history() -> None:
    setting = (
        "On February 18, 2025, the Court initially scheduled the settlement conference on "
        "April 8, 2025. The settlement conference is now set for April 22, 2025 at 10:00 a.m."
    )
    order = read(LETTER, head=COURT + setting + "\n\n")
    assert order.conference.date == date(2025, 4, 22)


# -- A table of bare day counts under a heading that says what they count ---------------------
# "Written response   14" under "Due (days before conference)" had been told, never read.
# HEAD's conference is Tuesday, June 4, 2024; Memorial Day is Monday, May 27, 2024.


@pytest.mark.parametrize(
    ("table", "want"),
    [
        (
            # the unit in the line that opens the table, the column heading short
            "The following are due the stated number of business days before the settlement "
            "conference:\n\nItem                              Business days before\n"
            "Plaintiff's demand letter         10\nDefendant's response              5\n",
            [("Plaintiff's demand letter 10", date(2024, 5, 20)),
             ("Defendant's response 5", date(2024, 5, 28))],
        ),
        (
            # the column heading alone; three days back is a Saturday, rolled earlier
            "Submission                        Days Before Conference\n"
            "Confidential settlement statement    14\nAttendee list                        3\n",
            [("Confidential settlement statement 14", date(2024, 5, 21)),
             ("Attendee list 3", date(2024, 5, 31))],
        ),
        (
            # the text layer lost the columns' spacing: the heading runs into the first row
            "Submission                        Days Before Conference\n"
            "Confidential settlement statement 14\nAttendee list                     3\n",
            [("Submission Days Before Conference Confidential settlement statement 14",
              date(2024, 5, 21)),
             ("Attendee list 3", date(2024, 5, 31))],
        ),
    ],
)
def test_a_table_of_day_counts_reads_each_rows_period(
    table: str, want: list[tuple[str, date]]
) -> None:
    order = read(table)
    schedule = compute_schedule(order)
    assert [(d.obligation.quote, d.due_date) for d in schedule.deadlines] == want
    assert not any(d.needs_review for d in schedule.deadlines)
    assert not order.warnings


@pytest.mark.parametrize(
    "heading",
    [
        "Submission                        Days after this Order",
        # a sentence's own period above the rows is not their column heading
        "Each party shall submit a letter seven days before the conference.",
    ],
)
def test_day_counts_under_another_heading_are_told_not_dated(heading: str) -> None:
    order = read(f"{heading}\nConfidential settlement statement    14\n")
    rows = [d for d in compute_schedule(order).deadlines if "14" in d.obligation.quote]
    assert all(d.due_date is None or d.needs_review for d in rows)
    assert any("Confidential settlement statement 14" in w for w in order.warnings)


# -- Two papers and two dates in one heading ---------------------------------------------------
# "DEMAND AND RESPONSE: BY OCTOBER 1, 2025 AND OCTOBER 8, 2025" had been one deadline on the
# first date (the second paper's date lost, or the heading dropped and the rest flagged).


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        (
            "DEMAND AND RESPONSE: BY MAY 1, 2024 AND MAY 8, 2024\nPlaintiff's written demand "
            "first; Defendant's written response second.",
            [("settlement_demand", "parties", date(2024, 5, 1)),
             ("demand_response", "parties", date(2024, 5, 8))],
        ),
        (
            "Demand / Response — May 1, 2024 / May 15, 2024",
            [("settlement_demand", "parties", date(2024, 5, 1)),
             ("demand_response", "parties", date(2024, 5, 15))],
        ),
        (
            "Settlement Statements and Attendee Lists: due May 20, 2024 and May 28, 2024.",
            [("settlement_statement", "parties", date(2024, 5, 20)),
             ("attendee_list", "parties", date(2024, 5, 28))],
        ),
        (
            "Plaintiff's demand and Defendant's response: by May 1, 2024 and May 8, 2024",
            [("settlement_demand", "plaintiff", date(2024, 5, 1)),
             ("demand_response", "defendant", date(2024, 5, 8))],
        ),
    ],
)
def test_two_papers_in_one_heading_each_take_their_date_in_order(
    heading: str, want: list[tuple[str, str, date]]
) -> None:
    deadlines = compute_schedule(read(heading)).deadlines
    assert [(d.id, d.obligation.who, d.due_date) for d in deadlines] == want
    assert not any(d.needs_review for d in deadlines)


def test_two_dates_out_of_order_in_a_heading_are_not_paired_silently() -> None:
    order = read("Demand and response: by May 15, 2024 and May 1, 2024")
    deadlines = compute_schedule(order).deadlines
    assert deadlines and all(d.needs_review for d in deadlines)


# -- A place's number at a line end on pleading paper -----------------------------------------
# "Ctrm. 8" at the end of a line, the margin's "16 17" after it: "Ctrm." ended the sentence and
# the "8" went with the margin numbers (order 541's location was lost); a line ending in a
# room's number ran on into the next paragraph's sentence.


def _pleading(lines: list[str]) -> str:
    """Pleading paper: a margin run at the top, then each line after its number; an empty
    line is a number alone between blank lines (a paragraph break)."""
    out = [f"{(i + 6) % 28 + 1} {line}" if line else f"\n{(i + 6) % 28 + 1}\n"
           for i, line in enumerate(lines)]
    return "1 2 3 4 5 6\n\n" + "\n".join(out)


_CAPTION = [
    "UNITED STATES DISTRICT COURT",
    "EASTERN DISTRICT OF CALIFORNIA",
    "",
    "JANE ROE, Plaintiff, v. JOHN SMITH, Defendant.",
    "No. 2:20-cv-01111-KJM-AC",
    "ORDER SETTING SETTLEMENT CONFERENCE",
    "",
]
_STATEMENT = [
    "Each party shall submit a settlement statement 7 days before the conference.",
    "",
    "IT IS SO ORDERED.",
    "Dated: May 1, 2024",
]


@pytest.mark.parametrize(
    ("setting", "place"),
    [
        (
            ["Settlement Conference Date: 6/4/24 10:00 Ctrm. 8", "",
             "Pre-Trial Conference Date: 9/16/24 11:00 Ctrm. 3", ""],
            "Ctrm. 8",
        ),
        (["A settlement conference is set for June 4, 2024 at 10:00 a.m. in Rm. 12", ""],
         "Rm. 12"),
        (["A settlement conference is set for June 4, 2024 at 10:00 a.m. in Courtroom No. 4",
          ""], "Courtroom No. 4"),
        (["A settlement conference is set for June 4, 2024 at 10:00 a.m. in Courtroom 8, Fl. 14",
          ""], "Courtroom 8, Fl. 14"),
    ],
)
def test_a_place_number_at_a_line_end_is_not_a_margin_number(
    setting: list[str], place: str
) -> None:
    order = parse_order(_pleading(_CAPTION + setting + _STATEMENT))
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 4), time(10, 0))
    assert order.conference.location == place
    statements = [d for d in compute_schedule(order).deadlines if "statement" in d.id]
    assert [(d.due_date, d.needs_review) for d in statements] == [(date(2024, 5, 28), False)]


def test_the_dev_order_with_ctrm_8_keeps_its_courtroom() -> None:
    text = (ROOT / "tests" / "corpus" / "orders" / "541.txt").read_text(encoding="utf-8")
    assert parse_order(text, source_name="541.txt").conference.location == "Ctrm. 8"


def test_a_deadline_given_two_dates_joined_by_and_is_flagged_not_silent() -> None:
    # A session's two days are one setting; a deadline's two dates may be one for each side.
    [statements] = compute_schedule(read("Statements are due May 20 and May 24, 2024.")).deadlines
    assert (statements.due_date, statements.needs_review) == (date(2024, 5, 20), True)
    assert any("two dates" in r for r in statements.obligation.review_reasons)
