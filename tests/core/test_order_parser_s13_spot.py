"""Kinds found by session 13's spot checks: an ordinal weekday before the session ("the second
Friday preceding the conference"), and a signature line "s/ Name" under the last paragraph,
which ran on into that paragraph's last sentence (its lower-case "s" read as a continuation)
and left the duty flagged as an incomplete sentence, its quote ending in the signer's name."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order import RuleKind
from settleconf.core.order_codec import order_from_dict, order_to_dict
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER\n\n"
TAIL = "\n\nIT IS SO ORDERED.\nDated: April 1, 2027\n/s/ Judge\n"
# Tuesday, June 15, 2027: the Fridays before it are June 11, June 4 and May 28.
SET = "A settlement conference is set for Tuesday, June 15, 2027, at 9:30 a.m. in Courtroom 6B."


@pytest.mark.parametrize(
    ("sentence", "due", "at", "described"),
    [
        ("Confidential statements shall be submitted by the second Friday preceding the "
         "conference.", date(2027, 6, 4), None, "the second Friday before the conference"),
        ("Each side shall serve its demand no later than 5:00 p.m. on the third Friday before "
         "the settlement conference.", date(2027, 5, 28), time(17, 0),
         "the third Friday before the conference by 17:00"),
        # the session's own weekday: a week back for the first, two for the second
        ("Letters are due by the 2nd Tuesday prior to the conference.", date(2027, 6, 1), None,
         "the second Tuesday before the conference"),
    ],
)
def test_an_ordinal_weekday_before_the_session(
    sentence: str, due: date, at: time | None, described: str
) -> None:
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    [d] = compute_schedule(order).deadlines
    rule = d.obligation.rule
    assert rule.kind is RuleKind.NAMED_WEEKDAY
    assert (d.due_date, d.due_time, d.needs_review) == (due, at, False)
    assert rule.describe() == described
    assert order_from_dict(order_to_dict(order)).obligations[0].rule == rule


def test_a_stored_weekday_rule_without_nth_is_the_first() -> None:
    order = parse_order(HEAD + SET + " Letters are due the Friday before the conference." + TAIL)
    stored = order_to_dict(order)
    for ob in stored["obligations"]:
        ob["rule"].pop("nth")  # as stored before the ordinal was read
    [d] = compute_schedule(order_from_dict(stored)).deadlines
    assert d.due_date == date(2027, 6, 11)


def test_a_signature_under_the_last_paragraph_is_not_the_sentence() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
        "1. A settlement conference will be held on Tuesday, June 15, 2027 at 10:00 a.m.\n\n"
        "2. Plaintiff's demand is due May 24, 2027, and Defendant's response by June 1, "
        "2027.\n\ns/ Anne B. Carter\nUnited States Magistrate Judge\n"
    )
    deadlines = compute_schedule(parse_order(text)).deadlines
    assert [(d.due_date, d.needs_review) for d in deadlines] == [
        (date(2027, 5, 24), False),
        (date(2027, 6, 1), False),
    ]
    assert all(d.obligation.quote.endswith("June 1, 2027.") for d in deadlines)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deadline named as "the last day to ..." with a stated date after "is"
        ("The last day to submit confidential statements is June 7, 2027.",
         [("settlement_statement", date(2027, 6, 7))]),
        ("The last day by which Defendant may respond to the demand is Friday, May 21, 2027.",
         [("demand_response", date(2027, 5, 21))]),
        # "requires that" + a passive subjunctive with no party named: the parties' papers.
        # 30 days before Tue June 15 is Sun May 16, rolled back to Fri May 14 (FRCP 6(a)(5)).
        ("The Court requires that a settlement demand be made at least 30 days before the "
         "conference and that a counter-offer be made at least 15 days before the conference.",
         [("settlement_demand", date(2027, 5, 14)), ("counteroffer", date(2027, 5, 28))]),
        ("The Court further requires that each party submit a confidential letter at least "
         "seven days before the conference.", [("settlement_letter", date(2027, 6, 8))]),
    ],
)
def test_a_deadline_without_shall(sentence: str, expected: list[tuple[str, date]]) -> None:
    deadlines = compute_schedule(parse_order(HEAD + SET + " " + sentence + TAIL)).deadlines
    assert [(d.obligation.id, d.due_date) for d in deadlines] == expected
    assert not any(d.needs_review for d in deadlines)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # commas set the deadline off as every clause's: none is flagged
        ("Plaintiff must make a demand, and defendant must make a counteroffer, at least ten "
         "days before the conference.",
         [("counteroffer", date(2027, 6, 4), False),
          ("settlement_demand", date(2027, 6, 4), False)]),
        ("Plaintiff shall serve its demand, Defendant shall serve its response, and each party "
         "shall lodge a statement, no later than June 1, 2027.",
         [("settlement_statement", date(2027, 6, 1), False),
          ("settlement_demand", date(2027, 6, 1), False),
          ("demand_response", date(2027, 6, 1), False)]),
        # without the comma the date may be the last clause's alone: the first is flagged
        ("Plaintiff shall make a demand and Defendant shall respond at least ten days before "
         "the conference.",
         [("response", date(2027, 6, 4), False), ("settlement_demand", date(2027, 6, 4), True)]),
    ],
)
def test_duties_joined_before_one_deadline_share_it(
    sentence: str, expected: list[tuple[str, date, bool]]
) -> None:
    deadlines = compute_schedule(parse_order(HEAD + SET + " " + sentence + TAIL)).deadlines
    assert [(d.obligation.id, d.due_date, d.needs_review) for d in deadlines] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period counted from the duty before it is that duty's answer, never both's
        ("Plaintiff shall make a demand, and Defendant shall respond within seven days of "
         "receiving it.", ["defendant"]),
        # the earlier clause has its own when: attending is at the session
        ("Plaintiff shall attend the conference in person and Defendant shall submit its "
         "statement by June 1, 2027.", ["defendant"]),
        # one party, two verbs: one duty, as before
        ("Counsel shall appear in person and shall submit statements no later than June 1, "
         "2027.", ["counsel"]),
    ],
)
def test_a_deadline_not_shared(sentence: str, expected: list[str]) -> None:
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    assert [ob.who for ob in order.obligations] == expected


@pytest.mark.parametrize(
    "lead",
    ["The Court sets the following deadlines:", "The following deadlines apply:", "Deadlines:"],
)
def test_a_row_list_after_a_lead_in_keeps_its_first_row(lead: str) -> None:
    text = (
        f"{lead} Plaintiff's demand – May 21, 2027; Defendant's response – May 28, 2027; "
        "Confidential letters – June 8, 2027."
    )
    deadlines = compute_schedule(parse_order(HEAD + SET + " " + text + TAIL)).deadlines
    assert [(d.obligation.id, d.obligation.who, d.due_date) for d in deadlines] == [
        ("settlement_demand", "plaintiff", date(2027, 5, 21)),
        ("demand_response", "defendant", date(2027, 5, 28)),
        ("settlement_letter", "parties", date(2027, 6, 8)),
    ]


def test_schedule_rows_are_named_as_their_papers() -> None:
    rows = (
        "EVENT | DEADLINE\n"
        "Plaintiff's letter-form demand | May 14, 2027\n"
        "Defendant's written counter-proposal | May 21, 2027\n"
        "Joint final pretrial statement | January 7, 2028\n\n"
        "DOC #: ________\nDATE FILED: 3/2/2027\n"
    )
    order = parse_order(HEAD + SET + "\n\n" + rows + TAIL)
    assert [(ob.id, ob.rule.fixed_date) for ob in order.obligations] == [
        ("settlement_demand", date(2027, 5, 14)),
        ("counter_proposal", date(2027, 5, 21)),
        ("joint_final_pretrial_statement", date(2028, 1, 7)),
    ]


def test_joined_duties_under_one_condition_share_it_and_the_date() -> None:
    sentence = (
        "If the case settles, Plaintiff shall notify the Court and Defendant shall file a "
        "stipulation by June 1, 2027."
    )
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    assert [(ob.who, ob.condition, ob.rule.fixed_date, ob.needs_review) for ob in
            order.obligations] == [
        ("defendant", "only if the case settles", date(2027, 6, 1), False),
        ("plaintiff", "only if the case settles", date(2027, 6, 1), True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Statements are due seven (7) days be\u2011\nfore the conference.",  # no-break hyphen
        "Statements are due seven (7) days before the con\u2010ference.",  # hyphen
        "Counsel shall e\u2011mail statements seven (7) days before the conference.",
    ],
)
def test_unicode_hyphens_are_hyphens(sentence: str) -> None:
    [d] = compute_schedule(parse_order(HEAD + SET + " " + sentence + TAIL)).deadlines
    assert (d.due_date, d.needs_review) == (date(2027, 6, 8), False)


@pytest.mark.parametrize(
    ("sentence", "due", "described"),
    [
        ("Statements due 1 wk before the conference.", date(2027, 6, 8),
         "7 days before the conference"),
        ("Statements are due 2 wks. before the conference.", date(2027, 6, 1),
         "14 days before the conference"),
        # June 15 back over June 14, 11, 10, 9, 8 (weekends skipped)
        ("Statements are due 5 bus. days before the conference.", date(2027, 6, 8),
         "5 business days before the conference"),
        ("Counsel shall confirm attendance 48 hrs prior to the conference.", date(2027, 6, 11),
         "48 hours before the conference"),
    ],
)
def test_a_notes_abbreviated_units(sentence: str, due: date, described: str) -> None:
    [d] = compute_schedule(parse_order(HEAD + SET + " " + sentence + TAIL)).deadlines
    assert (d.due_date, d.needs_review, d.obligation.rule.describe()) == (due, False, described)


def test_a_possessive_alone_names_the_paper_just_named() -> None:
    sentence = "Plaintiff's demand is due May 24, 2027, and Defendant's by June 1, 2027."
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    assert [(ob.id, ob.who, ob.rule.fixed_date) for ob in order.obligations] == [
        ("settlement_demand", "plaintiff", date(2027, 5, 24)),
        ("settlement_demand_defendant", "defendant", date(2027, 6, 1)),
    ]


def test_a_first_duty_with_its_own_vague_when_is_kept() -> None:
    sentence = (
        "Before mediation, Plaintiff shall make a demand and Defendant shall respond by June 1, "
        "2027."
    )
    deadlines = compute_schedule(parse_order(HEAD + SET + " " + sentence + TAIL)).deadlines
    assert [(d.obligation.who, d.due_date, d.needs_review, d.obligation.rule.describe())
            for d in deadlines] == [
        ("defendant", date(2027, 6, 1), False, "fixed date 2027-06-01"),
        # no period: by the session itself (Tue Jun 15, 2027), marked for review
        ("plaintiff", date(2027, 6, 15), True, "before the conference (period not stated)"),
    ]
