"""Kinds of language that failed on orders the parser had never seen (issue #13).

Every sentence here is written for the test, one kind per block and several wordings
of each, so that a fix has to cover the kind rather than one order's sentence.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, ConferenceFormat, Obligation, Order, RuleKind
from settleconf.core.order_parser import parse_order
from settleconf.core.periods import Direction, Unit

COURT = "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\n"
HEAD = COURT + (
    "A settlement conference is scheduled for Tuesday, June 4, 2024 at 10:00 a.m. "
    "in Courtroom 20A.\n\n"
)
TAIL = "\n\nSO ORDERED.\nDated: May 1, 2024\n"


def read(body: str, head: str = HEAD) -> Order:
    return parse_order(head + body + TAIL, source_name="synthetic.txt")


def only(body: str, head: str = HEAD) -> Obligation:
    obligations = read(body, head).obligations
    assert len(obligations) == 1, [o.id for o in obligations]
    return obligations[0]


def due(order: Order, obligation_id: str) -> date | None:
    return next(d.due_date for d in compute_deadlines(order) if d.id == obligation_id)


# --- The conference under other names -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "when", "at"),
    [
        (
            "This matter is set for a court-conducted mediation at 1:30 p.m. on Thursday, "
            "March 12, 2026, in the chambers of the undersigned.",
            date(2026, 3, 12),
            time(13, 30),
        ),
        (
            "The Mediation Hearing is set for 11/18/2025 at 10:30 AM before the undersigned.",
            date(2025, 11, 18),
            time(10, 30),
        ),
        ("A settlement hearing will be held on April 2, 2025 at 9:00 a.m.", date(2025, 4, 2),
         time(9, 0)),
        (
            "The ENE session is scheduled for October 7, 2025 at 2:00 p.m. by video.",
            date(2025, 10, 7),
            time(14, 0),
        ),
        (
            "The Alternative Dispute Resolution Hearing is set for January 20, 2026 at "
            "9:30AM in Courtroom 3.",
            date(2026, 1, 20),
            time(9, 30),
        ),
    ],
)
def test_mediation_settlement_hearing_and_ene_are_the_conference(
    sentence: str, when: date, at: time
) -> None:
    conference = read("", head=COURT + sentence + "\n\n").conference
    assert (conference.date, conference.time) == (when, at)


@pytest.mark.parametrize("anchor", ["the mediation", "the ENE session", "the settlement hearing"])
def test_periods_count_back_from_a_session_named_otherwise(anchor: str) -> None:
    head = COURT + "The mediation is set for May 20, 2025 at 9:00 a.m.\n\n"
    ob = only(f"Each party shall e-mail a memorandum no later than ten (10) days before {anchor}.",
              head)
    assert (ob.rule.anchor, ob.rule.amount, ob.rule.direction) == (
        Anchor.CONFERENCE, 10, Direction.BEFORE
    )
    assert not ob.needs_review


# --- Two sessions in one order --------------------------------------------------------


@pytest.mark.parametrize(
    "sessions",
    [
        "A preliminary conference will be held by telephone on May 1, 2025 at 11:00 a.m. "
        "The mediation is set for May 8, 2025 at 9:30 a.m.",
        "The mediation is set for May 8, 2025 at 9:30 a.m. Before the mediation, there will "
        "be a Preliminary Conference set for May 1, 2025 at 11:00 AM by video.",
        "A scheduling conference is set for May 8, 2025 at 8:45 a.m., and the settlement "
        "conference will follow on May 8, 2025 at 9:30 a.m.",
        "The settlement conference is set for May 8, 2025 at 9:30 a.m. A status conference "
        "is set for May 1, 2025 at 11:00 a.m.",
        "A preliminary (remote) conference will be held on May 1, 2025 at 11:00 a.m. The "
        "mediation will be held on May 8, 2025 at 9:30 a.m.",
        "The mediation will be held on May 8, 2025 at 9:30 a.m. A pre-mediation telephone "
        "conference is set for May 1, 2025 at 11:00 a.m.",
    ],
)
def test_the_settlement_session_is_the_anchor_when_another_meeting_is_set(sessions: str) -> None:
    order = read("", head=COURT + sessions + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2025, 5, 8), time(9, 30))
    # the other meeting is not a rival reading of the conference date
    assert not any("more than one conference date" in w for w in order.warnings)


# --- Start versus end time ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conference will start at 9:00 AM on March 4, 2025, and will conclude no later "
        "than 1:00 PM.",
        "The settlement conference will begin at 9:00 a.m., PST, on Tuesday, March 4, 2025, "
        "and will end by 4:00 p.m.",
        "The settlement conference is set for March 4, 2025, from 9:00 a.m. to 12:30 p.m.",
        "The settlement conference shall commence on March 4, 2025 at 9:00 a.m. and will "
        "adjourn at 5:00 p.m.",
    ],
)
def test_the_start_time_is_the_time_not_the_end(sentence: str) -> None:
    conference = read("", head=COURT + sentence + "\n\n").conference
    assert (conference.date, conference.time) == (date(2025, 3, 4), time(9, 0))


# --- Typos and broken text ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Each party shall submit a settlement statement No later May 28,2024.",
        "Each party shall submit a settlement statement not later May 28, 2024.",
        "Each party shall submit a settlement statement on or before May 28,2024.",
        "Each party shall submit a settlement statement by the 28th of May, 2024.",
        "Each party shall submit a settlement statement no later than 28 May 2024.",
    ],
)
def test_a_missing_word_or_space_around_a_date(sentence: str) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.fixed_date) == (RuleKind.FIXED, date(2024, 5, 28))


def test_a_time_written_with_a_dot() -> None:
    ob = only("Each party shall submit a settlement statement by 4.30 p.m. on May 28, 2024.")
    assert (ob.rule.fixed_date, ob.rule.time_of_day) == (date(2024, 5, 28), time(16, 30))


@pytest.mark.parametrize(
    "broken",
    [
        # a page break (blank lines) between the month and the day
        "no later than May\n\n28, 2024, by e-mail.",
        # an ECF page stamp in the middle of the date
        "no later than May\n\nCase 1:24-cv-01234 Document 9 Filed 05/01/24 Page 2 of 3\n\n"
        "28, 2024, by e-mail.",
        # the break after the function word
        "no later than\n\nMay 28, 2024, by e-mail.",
        # a bare page number and the case's running head repeated at the page top
        "no later than May\nPage 2\nCase No. 1:24-cv-01234 (ABC)\n28, 2024, by e-mail.",
    ],
)
def test_a_date_split_by_a_page_break_or_header(broken: str) -> None:
    head = COURT + (
        "Case 1:24-cv-01234 Document 9 Filed 05/01/24 Page 1 of 3\n"
        "Case No. 1:24-cv-01234 (ABC)\n\n"
        "A settlement conference is scheduled for June 4, 2024 at 10:00 a.m.\n\n"
    )
    ob = only(f"Each party shall submit a confidential settlement letter {broken}", head)
    assert ob.rule.fixed_date == date(2024, 5, 28)


def _pleading(lines: list[str]) -> str:
    """Pleading paper as a flattened PDF gives it: line numbers run through the text."""
    lines = ["", "", "", "", "", *lines]  # the numbers down an empty top margin
    return " ".join(f"{n} {line}".strip() for n, line in enumerate(lines, start=1))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("statements no later than October", "21, 2021 by e-mail to chambers.", date(2021, 10, 21)),
        ("statements no later than October 21,", "2021 by e-mail to chambers.", date(2021, 10, 21)),
        # no comma to tell: the margin number is the one after the line number before it
        ("statements no later than October 4", "2021 by e-mail to chambers.", date(2021, 10, 4)),
    ],
)
def test_a_date_split_by_pleading_paper_line_numbers(
    first: str, second: str, expected: date
) -> None:
    lines = [
        "UNITED STATES DISTRICT COURT",
        "EASTERN DISTRICT OF CALIFORNIA",
        "ORDER SETTING SETTLEMENT CONFERENCE",
        "This case is set for a settlement conference on November 4, 2021 at 1:00 p.m.",
        "before the undersigned.",
        "The parties are directed to submit confidential settlement",
        first,
        second,
        "SO ORDERED.",
    ]
    order = parse_order(_pleading(lines), source_name="pleading.txt")
    assert order.conference.date == date(2021, 11, 4)
    [ob] = order.obligations
    assert ob.rule.fixed_date == expected
    assert ob.needs_review  # the margin number inside the date is said
    assert any("margin" in r for r in ob.review_reasons)


@pytest.mark.parametrize(
    "second",
    [
        "Thereafter, no later than May 24, 2024, respond in writing to the demand.",
        "Then, by May 24, 2024, serve a written response.",
        "No later than May 24, 2024, respond with a counteroffer.",
    ],
)
def test_a_deadline_sentence_that_names_no_one_carries_on_the_one_before(second: str) -> None:
    order = read(f"Plaintiff shall serve a written demand by May 17, 2024. {second}")
    later = [o for o in order.obligations if o.rule.fixed_date == date(2024, 5, 24)]
    assert len(later) == 1, [o.id for o in order.obligations]
    assert later[0].needs_review
    assert any("names no one to act" in r for r in later[0].review_reasons)


@pytest.mark.parametrize(
    "cut",
    [
        "Accordingly, at least one week prior to the Settlement Conference (on or before May",
        "Accordingly, no later than seven days before the conference, by",
    ],
)
def test_a_deadline_sentence_cut_off_mid_way_is_a_flagged_deadline(cut: str) -> None:
    body = f"The parties should exchange written settlement proposals. {cut}"
    order = parse_order(HEAD + body, source_name="cut.txt")
    [ob] = order.obligations
    assert (ob.rule.amount, ob.rule.anchor) == (7, Anchor.CONFERENCE)
    assert due(order, ob.id) == date(2024, 5, 28)
    assert ob.needs_review and any("cut off" in r for r in ob.review_reasons)


@pytest.mark.parametrize("tail", ["prior to the settlem", "prior to the conf", "before the mediat"])
def test_a_period_whose_anchor_is_cut_off_counts_from_the_conference(tail: str) -> None:
    body = f"Plaintiff shall mail a statement so that it arrives at least seven (7) days {tail}"
    order = parse_order(HEAD + body, source_name="cut.txt")
    [ob] = order.obligations
    assert due(order, ob.id) == date(2024, 5, 28)
    assert ob.needs_review


# --- Rule plus stated date ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At least one week before the conference (i.e., by May 28, 2024), each party shall "
        "deliver a written offer.",
        "Each party shall deliver a written offer at least one week prior to the settlement "
        "conference (on or before May 28, 2024).",
        "Each party shall deliver a written offer seven (7) days before the conference, that "
        "is, May 28, 2024.",
    ],
)
def test_a_rule_with_its_stated_date_in_brackets_agrees(sentence: str) -> None:
    order = read(sentence)
    [ob] = order.obligations
    assert (ob.rule.amount, ob.rule.stated_date) == (7, date(2024, 5, 28))
    [d] = compute_deadlines(order)
    assert (d.due_date, d.needs_review) == (date(2024, 5, 28), False)


def test_a_stated_date_that_disagrees_with_its_rule_is_flagged_and_acted_on_first() -> None:
    order = read(
        "Each party shall deliver a written offer at least one week prior to the settlement "
        "conference (on or before May 24, 2024)."
    )
    [d] = compute_deadlines(order)
    assert d.needs_review and d.act_on_date == date(2024, 5, 24)
    assert [a.due_date for a in d.alternatives] == [date(2024, 5, 24)]


# --- Conditional filings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who", "condition"),
    [
        (
            "Counsel may attend by video upon a request filed by May 20, 2024.",
            "counsel",
            "only if counsel chooses to attend by video",
        ),
        (
            "Any party may appear by telephone if it files a request no later than May 20, 2024.",
            "each party",
            "only if a party chooses to appear by telephone",
        ),
        (
            "Plaintiff may participate remotely, provided that a written request is e-mailed "
            "to chambers on or before May 20, 2024.",
            "plaintiff",
            "only if the plaintiff chooses to participate remotely",
        ),
        (
            "If a party wishes to appear remotely, it must file a request no later than May 20, "
            "2024.",
            "each party",
            "only if a party wishes to appear remotely",
        ),
    ],
)
def test_a_permission_with_a_deadline_is_a_conditional_duty(
    sentence: str, who: str, condition: str
) -> None:
    order = read(sentence)
    [ob] = order.obligations
    assert (ob.rule.fixed_date, ob.who, ob.condition) == (date(2024, 5, 20), who, condition)
    assert not any("tells no party to act" in w for w in order.warnings)


# --- Windows and open ends ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The parties shall exchange exhibits at any time from the date of this order up to "
        "the conference.",
        "The parties may confer, and shall exchange their offers, at any time up until the "
        "settlement conference.",
    ],
)
def test_a_window_up_to_the_conference_is_due_on_the_conference_day(sentence: str) -> None:
    order = read(sentence)
    dues = [d for d in compute_deadlines(order) if d.due_date is not None]
    assert [d.due_date for d in dues] == [date(2024, 6, 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Statements must be received by chambers between May 20, 2024 and May 28, 2024.",
        "The parties shall meet and confer between May 20 and May 28, 2024.",
    ],
)
def test_a_window_between_two_dates_is_due_by_its_end(sentence: str) -> None:
    assert only(sentence).rule.fixed_date == date(2024, 5, 28)


@pytest.mark.parametrize(
    ("sentence", "expected", "at"),
    [
        (
            "Each party shall deliver its statement no later than the day before the conference.",
            date(2024, 6, 3),
            None,
        ),
        (
            "Each party shall deliver its statement by noon on the business day before the "
            "conference.",
            date(2024, 6, 3),
            time(12, 0),
        ),
        (
            "Statements may be submitted at any time before the conference, but no later than "
            "May 28, 2024.",
            date(2024, 5, 28),
            None,
        ),
        (
            "Each party may exchange exhibits at any time, but in any event by May 30, 2024.",
            date(2024, 5, 30),
            None,
        ),
    ],
)
def test_open_ends_and_the_day_before(sentence: str, expected: date, at: time | None) -> None:
    order = read(sentence)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.due_time, d.obligation.condition) == (expected, at, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Counsel shall check in with the courtroom deputy before the conference begins.",
        "The parties shall read all settlement letters prior to the commencement of the "
        "conference.",
        "Each participant must sign the confidentiality form before the start of the "
        "settlement conference.",
    ],
)
def test_before_the_conference_begins_is_due_by_its_start_time(sentence: str) -> None:
    order = read(sentence)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.due_time) == (date(2024, 6, 4), time(10, 0))
    assert (d.obligation.rule.amount, d.obligation.rule.unit) == (0, Unit.MINUTES)


@pytest.mark.parametrize(
    "sentence",
    ["All persons attending must arrive at least fifteen minutes beforehand.",
     "Everyone attending the conference must arrive at least 15 minutes beforehand."],
)
def test_beforehand_counts_back_from_the_conference(sentence: str) -> None:
    order = read(sentence)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.due_time) == (date(2024, 6, 4), time(9, 45))


@pytest.mark.parametrize(
    "sentence",
    [
        "Plaintiff is to appear by video conference.",
        "Parties will be required to appear by video conference from their offices.",
    ],
)
def test_by_video_conference_is_how_not_when(sentence: str) -> None:
    assert read(sentence).obligations == ()


# --- Triggers other than the conference -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Defendant shall respond within ten (10) days after receipt of Plaintiff's written "
            "settlement demand.",
            "demand_received",
        ),
        ("Defendant shall respond within seven days after service of the demand.", "demand_served"),
        (
            "Defendant shall respond within 14 days from the date the demand is received.",
            "demand_received",
        ),
        (
            "Each party shall lodge a position statement within 21 days after the filing of "
            "the joint status report.",
            "report_filed",
        ),
        (
            "Defendant shall reply within five business days of receipt of the opposing "
            "party's initial settlement proposal.",
            "proposal_received",
        ),
    ],
)
def test_a_period_after_a_named_event_runs_from_that_event(sentence: str, event: str) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.anchor, ob.rule.event) == (
        RuleKind.AFTER_EVENT, Anchor.EVENT, event
    )
    assert not any("no date here" in r for r in ob.review_reasons)


@pytest.mark.parametrize(
    "response",
    [
        "Defendant shall respond within 14 days of receiving it.",
        "Defendant shall respond to the demand within ten days of its receipt.",
        "Defendant shall answer within seven days after receipt thereof.",
    ],
)
def test_a_trigger_named_by_a_pronoun_is_the_paper_before_it(response: str) -> None:
    order = read(f"Plaintiff shall serve a written demand by May 10, 2024. {response}")
    demand, answer = order.obligations
    assert (answer.rule.kind, answer.rule.event, answer.rule.trigger_obligation) == (
        RuleKind.AFTER_EVENT, "demand_received", demand.id
    )


@pytest.mark.parametrize(
    "response",
    [
        "Defendant shall respond within ten days of the demand.",
        "Defendant shall respond within seven days after Plaintiff's settlement demand.",
    ],
)
def test_a_period_from_a_bare_demand_is_counted_from_its_making_and_flagged(response: str) -> None:
    order = read(f"Plaintiff shall serve a written demand by May 10, 2024. {response}")
    demand, answer = order.obligations
    assert (answer.rule.kind, answer.rule.event, answer.rule.trigger_obligation) == (
        RuleKind.AFTER_EVENT, "demand_made", demand.id
    )
    assert answer.needs_review and any("made or received" in r for r in answer.review_reasons)


def test_a_response_to_a_received_demand_hangs_on_the_demand() -> None:
    order = read(
        "Plaintiff shall serve a written demand by May 10, 2024. Defendant shall respond "
        "within ten days after receipt of the demand."
    )
    demand, response = order.obligations
    assert response.id == "demand_response"
    assert (response.rule.event, response.rule.trigger_obligation) == (
        "demand_received", demand.id
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Within ten days after the filing date of this order, plaintiff shall return the form.",
        "Plaintiff shall return the form within ten days of the entry date of this order.",
    ],
)
def test_the_orders_filing_date_is_the_order(sentence: str) -> None:
    ob = only(sentence)
    assert (ob.rule.anchor, ob.rule.amount, ob.rule.direction) == (
        Anchor.ORDER, 10, Direction.AFTER
    )


# --- Duties done with another, and a date that does not name the conference -----------


@pytest.mark.parametrize("word", ["simultaneously", "concurrently", "at the same time"])
def test_a_duty_done_at_the_same_time_is_dated_with_it(word: str) -> None:
    order = read(
        "The parties shall exchange settlement statements seven days before the conference. "
        f"These statements shall {word} be e-mailed to the court."
    )
    dues = {d.id: d.due_date for d in compute_deadlines(order)}
    assert sorted(dues.values()) == [date(2024, 5, 28)] * 2, dues


def test_a_date_parties_are_told_to_appear_on_is_the_conference_flagged() -> None:
    order = read(
        "",
        head=COURT + "ORDER REGARDING SETTLEMENT CONFERENCE\n\n"
        "All parties and counsel are DIRECTED to appear on:\nMarch 3, 2025 at 9:30 a.m.\n"
        "Courtroom 12A\n\n",
    )
    assert (order.conference.date, order.conference.time) == (date(2025, 3, 3), time(9, 30))
    assert any("does not name the conference" in w for w in order.warnings)


@pytest.mark.parametrize(
    "attendance",
    [
        "Personal attendance is required for the entire settlement conference.",
        "Lead counsel and the parties shall personally attend the conference.",
    ],
)
def test_personal_attendance_is_in_person(attendance: str) -> None:
    plain = COURT + "A settlement conference is scheduled for June 4, 2024 at 10:00 a.m.\n\n"
    assert read("", plain).conference.format is ConferenceFormat.UNKNOWN  # no place, no word
    assert read(attendance, plain).conference.format is ConferenceFormat.IN_PERSON


def test_procedures_attached_after_the_signature_are_read() -> None:
    order = parse_order(
        HEAD + "Counsel shall confer before the conference.\n\nSO ORDERED.\n\nJane Roe\n"
        "United States Magistrate Judge\n\nSETTLEMENT PROCEDURES OF MAGISTRATE JUDGE ROE\n\n"
        "No later than three business days before the settlement conference, each party "
        "must deliver a short written summary of its position to chambers.\n",
        source_name="attached.txt",
    )
    [d] = [d for d in compute_deadlines(order) if d.due_date is not None]
    assert d.due_date == date(2024, 5, 30)
    assert order.signing_judge is not None and "Roe" in order.signing_judge


@pytest.mark.parametrize(
    ("sentence", "moved_to"),
    [
        (
            "The dispositive motion filing deadline is continued from September 30, 2024, to "
            "February 10, 2025, to allow time for settlement.",
            date(2025, 2, 10),
        ),
        ("The deadline to file settlement statements is extended to May 24, 2024.",
         date(2024, 5, 24)),
    ],
)
def test_a_moved_deadline_is_due_where_it_was_moved_to(sentence: str, moved_to: date) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.fixed_date) == (RuleKind.FIXED, moved_to)
    assert ob.needs_review  # nobody is named: who must meet it is for a person to check


def test_a_footnote_mark_after_a_period_ends_the_sentence() -> None:
    from settleconf.core.order_parser.sentences import split_sentences

    assert split_sentences(
        "The conference is set for May 5, 2025 at 9:00 a.m.1 The deadline is moved to June "
        "2, 2025 for the case.2 Counsel shall confer. It costs $1.50 More text."
    ) == [
        "The conference is set for May 5, 2025 at 9:00 a.m.1",
        "The deadline is moved to June 2, 2025 for the case.2",
        "Counsel shall confer.",
        "It costs $1.50 More text.",
    ]
