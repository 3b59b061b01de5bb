"""Kinds the fifth phrasing set (tests/corpus/phrasings5, the structure of orders) found,
probed in other wording: schedule rows in columns or with dotted leaders and bulleted or
lettered items whose deadline has no verb of command; a ticked form whose blank boxes are not
chosen (and a checklist with no box ticked, whose items all stand); dates and times written in
other forms ("10-7-25", "the eighteenth day of November, 2025", "half past one in the
afternoon", "9:30 in the forenoon", "Time: 13:30")."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.dates_in_text import find_dates, find_times

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
    "JANE ROE, Plaintiff,\nv.\nACME, Defendant.\n\n"
    "ORDER SETTING SETTLEMENT CONFERENCE\n\n"
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: March 2, 2026\n\n/s/ Judge\nMagistrate Judge\n"
SET = "A settlement conference is set for April 15, 2026 at 10:00 a.m. in Courtroom 4.\n\n"


def _due(body: str) -> list[tuple[date | None, bool, str]]:
    schedule = compute_schedule(parse_order(HEAD + body + TAIL))
    return [(d.due_date, d.needs_review, d.obligation.who) for d in schedule.deadlines]


@pytest.mark.parametrize(
    "rows",
    [
        # dotted leaders
        "Plaintiff's written demand ............. 3/25/2026\n"
        "Defendant's written response ........... 4/1/2026\n"
        "Settlement conference .................. 4/15/2026, 10:00 a.m.\n",
        # columns, the date first
        "DEADLINE                 EVENT\n"
        "March 25, 2026           Plaintiff's written demand served\n"
        "April 1, 2026            Defendant's written response served\n"
        "April 15, 2026, 10:00 a.m.   Settlement Conference, Courtroom 4\n",
        # columns, the label first with a colon
        "Plaintiff's demand:                Wednesday, March 25, 2026\n"
        "Defendant's response:              Wednesday, April 1, 2026\n"
        "Settlement Conference:             Wednesday, April 15, 2026, 10:00 a.m.\n",
    ],
)
def test_schedule_rows_are_each_a_dated_duty(rows: str) -> None:
    order = parse_order(HEAD + "The Court sets this schedule:\n\n" + rows + TAIL)
    assert (order.conference.date, order.conference.time) == (date(2026, 4, 15), time(10, 0))
    got = sorted(
        (d.due_date, d.needs_review, d.obligation.who) for d in compute_schedule(order).deadlines
    )
    assert got == [(date(2026, 3, 25), False, "plaintiff"), (date(2026, 4, 1), False, "defendant")]


@pytest.mark.parametrize(
    "items",
    [
        "Before the conference:\n• Plaintiff's demand — by March 25, 2026\n"
        "• Confidential statements — 7 days before the conference\n",
        "Submissions:\n- plaintiff's demand, no later than March 25, 2026;\n"
        "- settlement statements, not later than seven (7) days before the conference;\n",
        "Schedule:\n(a) Plaintiff's demand: March 25, 2026.\n"
        "(b) Statements: one week before the conference.\n",
    ],
)
def test_list_items_without_a_verb_are_duties(items: str) -> None:
    got = sorted(_due(SET + items))
    assert [(d, r) for d, r, _ in got] == [(date(2026, 3, 25), False), (date(2026, 4, 8), False)]
    assert got[0][2] == "plaintiff"


@pytest.mark.parametrize(
    "line",
    [
        "• No statement longer than ten pages by March 25, 2026",  # no paper named as a step
        "The Court's staff ........ April 1, 2026",
        "Settlement Conference: April 15, 2026",
    ],
)
def test_a_row_that_names_no_partys_step_is_no_duty(line: str) -> None:
    assert all(d != date(2026, 4, 1) for d, _, _ in _due(SET + "Dates:\n" + line + "\n"))


def test_blank_boxes_on_a_ticked_form_are_not_chosen() -> None:
    body = (
        SET + "The following apply (only checked items):\n"
        "[X] Each party shall submit a statement no later than seven (7) days before the "
        "conference.\n"
        "[ ] Plaintiff shall serve a demand no later than fourteen (14) days before the "
        "conference.\n"
    )
    assert [(d, r) for d, r, _ in _due(body)] == [(date(2026, 4, 8), False)]


def test_a_checklist_with_no_box_ticked_stands() -> None:
    body = (
        SET + "Checklist:\n"
        "[ ] Ex parte statement to chambers: seven (7) days before the conference\n"
        "[ ] Plaintiff's demand: March 25, 2026\n"
    )
    assert sorted(d for d, _, _ in _due(body)) == [date(2026, 3, 25), date(2026, 4, 8)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Statements due 9-30-25.", date(2025, 9, 30)),
        ("set on the eighteenth day of November, 2025, at ten", date(2025, 11, 18)),
        ("this twenty-first day of May, 2026", date(2026, 5, 21)),
        ("on the 3rd day of June, 2026", date(2026, 6, 3)),
    ],
)
def test_dates_in_other_forms(text: str, value: date) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize("text", ["No. 24-2290-DMF", "Case 3:25-cv-00731", "Rule 16-1-1"])
def test_dashed_numbers_that_are_no_dates(text: str) -> None:
    assert [d.value for d in find_dates(text) if d.value] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at half past one in the afternoon on Monday", time(13, 30)),
        ("at 9:30 in the forenoon", time(9, 30)),
        ("not later than 4:00 in the afternoon on", time(16, 0)),
        ("Time: 13:30 (Mountain Time)", time(13, 30)),
        ("at quarter past nine in the morning", time(9, 15)),
    ],
)
def test_times_in_other_forms(text: str, value: time) -> None:
    assert [t.value for t in find_times(text)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Letters to chambers shall be submitted by April 8, 2026.",
        "Statements for the Magistrate Judge shall be lodged by April 8, 2026.",
        "The deadlines in the Court's scheduling order are amended: settlement statements are "
        "now due April 8, 2026.",
    ],
)
def test_the_court_named_as_owner_or_recipient_is_not_the_actor(sentence: str) -> None:
    assert [(d, r) for d, r, _ in _due(SET + sentence)] == [(date(2026, 4, 8), False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Court will e-mail the video link two days before the conference.",
        "Chambers will circulate the agenda by April 8, 2026.",
    ],
)
def test_the_courts_own_acts_stay_no_duty(sentence: str) -> None:
    assert _due(SET + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Counsel shall forthwith provide a copy of this Order to each client.", "forthwith"),
        ("Plaintiff shall promptly advise the Court of any change in the lien amount.",
         "promptly"),
        ("Defense counsel shall without delay confirm the insurer's attendance.", "without delay"),
    ],
)
def test_a_duty_with_no_date_is_said_not_dated(sentence: str, word: str) -> None:
    schedule = compute_schedule(parse_order(HEAD + SET + sentence + TAIL))
    assert schedule.deadlines == ()
    assert any(f"'{word}'" in w and sentence[:30] in w for w in schedule.warnings)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the case settles, counsel shall file a notice of settlement within two business days.",
        "In the event the parties reach agreement, they shall so notify chambers within one day.",
        "Should the parties resolve the case, they shall file a stipulation within ten days.",
    ],
)
def test_a_period_after_a_settlement_waits_on_it(sentence: str) -> None:
    [d] = compute_schedule(parse_order(HEAD + SET + sentence + TAIL)).deadlines
    assert (d.due_date, d.obligation.rule.kind.value) == (None, "after_event")


def test_a_period_after_other_conditions_still_runs_from_the_order() -> None:
    sentence = (
        "If the parties and counsel are not available on that date, or a settlement conference "
        "would be more productive later, counsel shall notify chambers within three days."
    )
    [d] = compute_schedule(parse_order(HEAD + SET + sentence + TAIL)).deadlines
    assert d.due_date == date(2026, 3, 5)


@pytest.mark.parametrize(
    "sentence",
    [
        "The demand deadline of April 1, 2026 stands.",
        "The deadline for the written demand (April 1, 2026) is not changed.",
        "The deadline of April 1, 2026 for the written demand remains in effect.",
    ],
)
def test_a_deadline_an_amended_order_keeps(sentence: str) -> None:
    assert [(d, r) for d, r, _ in _due(SET + sentence)] == [(date(2026, 4, 1), False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Statements shall be submitted seven (7) days before the new date.",
        "Statements are now due seven days before the rescheduled conference date.",
    ],
)
def test_the_new_date_of_a_reset_conference(sentence: str) -> None:
    body = (
        "The settlement conference set for March 10, 2026 is VACATED and RESET to April 15, "
        "2026 at 10:00 a.m. " + sentence
    )
    assert [(d, r) for d, r, _ in _due(body)] == [(date(2026, 4, 8), False)]


@pytest.mark.parametrize(
    "heading",
    [
        "Section 4 (Due Friday Before Conference): Updated Settlement Letter",
        "UPDATED SETTLEMENT LETTER (due the Friday before the conference)",
    ],
)
def test_a_heading_that_dates_its_section(heading: str) -> None:
    body = SET + heading + "\nEach party shall send chambers a short letter.\n"
    assert [d for d, _, _ in _due(body)] == [date(2026, 4, 10)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Court's rule that statements be received five business days before the "
        "conference applies.",
        "Local Rule 16.3 requires that settlement memoranda be submitted five business days "
        "before the conference.",
    ],
)
def test_a_rule_cited_in_the_subjunctive(sentence: str) -> None:
    assert [d for d, _, _ in _due(SET + sentence)] == [date(2026, 4, 8)]


def test_same_time_as_a_duty_in_another_paragraph() -> None:
    body = (
        "1. Conference. " + SET + "2. Exchange. The parties shall exchange written offers no "
        "later than fourteen (14) days before the conference.\n\n3. Statements. Each party "
        "shall send chambers a confidential statement.\n\n4. Timing. The statements in "
        "paragraph 3 shall be sent at the same time as the exchange in paragraph 2.\n"
    )
    assert sorted(d for d, _, _ in _due(body)) == [date(2026, 4, 1)] * 2


@pytest.mark.parametrize(
    "body",
    [
        "Statements are due seven days before.",
        "Dates to remember:\nStatements ................. 7 days before\n",
        "The parties shall exchange letters seven (7) days before.",
    ],
)
def test_before_with_nothing_after_it_is_counted_from_the_session_flagged(body: str) -> None:
    assert [(d, r) for d, r, _ in _due(SET + body)] == [(date(2026, 4, 8), True)]


@pytest.mark.parametrize(
    ("text", "value", "mismatch"),
    [
        ("at 10 o'clock a.m. on Tuesday, the 14th day of April, 2026", date(2026, 4, 14), False),
        ("on Wednesday, the 14th day of April, 2026", date(2026, 4, 14), True),
        ("on Tuesday, the eighteenth day of November, 2025", date(2025, 11, 18), False),
    ],
)
def test_a_weekday_before_a_formal_date(text: str, value: date, mismatch: bool) -> None:
    [found] = find_dates(text)
    assert (found.value, found.weekday_mismatch) == (value, mismatch)


def test_time_before_a_formal_date_with_its_weekday() -> None:
    order = parse_order(
        HEAD + "The parties shall appear for a settlement conference at 10 o'clock a.m. on "
        "Tuesday, the 14th day of April, 2026, in Courtroom 3." + TAIL
    )
    assert (order.conference.date, order.conference.time) == (date(2026, 4, 14), time(10, 0))


def test_a_table_of_bare_numbers_whose_heading_says_nothing_is_told_not_guessed() -> None:
    # A heading that says what the numbers count is read (test_order_parser_known_gaps.py);
    # one that does not ("Due") leaves each row told, never dated.
    body = (
        SET + "Submission                 Due\n"
        "Written demand             21\nWritten response           14\n"
    )
    schedule = compute_schedule(parse_order(HEAD + body + TAIL))
    assert all(d.due_date is None or d.needs_review for d in schedule.deadlines)
    assert any("Written response 14" in w for w in schedule.warnings)


def test_a_table_of_bare_numbers_under_days_before_conference_is_read() -> None:
    body = (
        SET + "Submission                 Due (days before conference)\n"
        "Written demand             21\nWritten response           14\n"
    )
    schedule = compute_schedule(parse_order(HEAD + body + TAIL))
    got = [(d.due_date, d.needs_review) for d in schedule.deadlines]
    assert got == [(date(2026, 3, 25), False), (date(2026, 4, 1), False)]


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        ("DEADLINE        EVENT\nMarch 25, 2026        Exchange of written demand and offer\n",
         [(date(2026, 3, 25), False, "parties")]),
        ("Meet-and-confer completed by:        Friday, March 27, 2026\n",
         [(date(2026, 3, 27), False, "parties")]),
    ],
)
def test_a_label_that_opens_with_a_noun_like_a_verb(
    rows: str, want: list[tuple[date, bool, str]]
) -> None:
    assert _due(SET + rows) == want


def test_a_polite_request_is_not_read_as_a_label() -> None:
    [(_, _, who)] = _due(SET + "Please submit an ex parte letter to me by April 8, 2026.")
    assert who == "counsel"


@pytest.mark.parametrize(
    "rows",
    [
        "Deadline: 21 days before the conference -- Plaintiff's written demand\n"
        "Deadline: 7 days before the conference -- confidential statements\n",
        "Deadline: 21 days before the conference — Plaintiff's written demand\n"
        "Deadline: 7 days before the conference — confidential statements\n",
    ],
)
def test_lines_opening_with_the_same_field_are_rows(rows: str) -> None:
    body = SET + "The following deadlines apply:\n" + rows + "\nClients must attend in person.\n"
    got = sorted(_due(body))
    assert got == [(date(2026, 3, 25), False, "plaintiff"), (date(2026, 4, 8), False, "parties")]


def test_a_justified_line_with_wide_spaces_is_prose_not_a_row() -> None:
    body = (
        SET + "Each party shall submit to the chambers of the undersigned a Confidential\n"
        "Settlement Statement on or before   April 8, 2026, and shall\n"
        "bring a client representative with full authority.\n"
    )
    [d] = compute_schedule(parse_order(HEAD + body + TAIL)).deadlines
    assert (d.due_date, d.needs_review, d.obligation.who) == (date(2026, 4, 8), False, "each party")
