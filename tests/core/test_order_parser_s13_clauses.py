"""Session 13's spot checks, second batch: two parties' duties joined by a bare "and", each
with its own deadline ("Plaintiff shall provide a demand 2 weeks before the conference and
Defendant shall respond 1 week before"), were one clause: both flagged "the same clause also
says ...", the second named after the first's paper and party. A bare "and" now ends the
first duty when a party and its modal follow it and the first clause has its own modal --
never inside one subject ("Plaintiff and Defendants shall deliver"). Also: "two days later"
counts from the step before, and "the Thursday preceding the week of the conference"."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nORDER\n\n"
TAIL = "\n\nIT IS SO ORDERED.\nDated: April 1, 2027\n/s/ Judge\n"
# Tuesday, June 15, 2027
SET = "A settlement conference is set for Tuesday, June 15, 2027, at 9:30 a.m. in Courtroom 6B."


def _read(sentence: str) -> list[tuple[str, str, date | None, bool]]:
    deadlines = compute_schedule(parse_order(HEAD + SET + " " + sentence + TAIL)).deadlines
    return [(d.obligation.id, d.obligation.who, d.due_date, d.needs_review) for d in deadlines]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Plaintiff shall provide a demand 2 weeks before the conference and Defendant shall "
         "respond 1 week before.",
         [("settlement_demand", "plaintiff", date(2027, 6, 1), False),
          ("demand_response", "defendant", date(2027, 6, 8), False)]),
        ("Plaintiff's letter is due at least 14 days prior to the settlement conference and "
         "defendant's letter is due seven days prior to the conference.",
         [("settlement_letter", "plaintiff", date(2027, 6, 1), False),
          ("settlement_letter_defendant", "defendant", date(2027, 6, 8), False)]),
        ("Plaintiff shall serve a demand by 5/14/2027 and Defendants shall respond by "
         "5/21/2027.",
         [("settlement_demand", "plaintiff", date(2027, 5, 14), False),
          ("demand_response", "defendant", date(2027, 5, 21), False)]),
    ],
)
def test_a_bare_and_between_two_parties_duties(
    sentence: str, expected: list[tuple[str, str, date | None, bool]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # one subject of two parties
        ("Within 21 days of this Order, Plaintiffs' Lead Counsel and Defendants' Lead Counsel "
         "shall meet and confer and file a joint report."),
        # "and" inside the object, before the clause's own subject
        ("Within ten days after the parties exchange demand and offer, counsel shall meet and "
         "confer by telephone."),
    ],
)
def test_an_and_that_joins_no_second_duty(sentence: str) -> None:
    order = parse_order(HEAD + SET + " " + sentence + TAIL)
    assert [ob.id for ob in order.obligations] == ["meet_and_confer"]


def test_n_days_later_counts_from_the_step_before() -> None:
    [statement, reply] = compute_schedule(parse_order(
        HEAD + SET + " Statements are due at least a week prior to the conference, and any "
        "reply is due two days later." + TAIL
    )).deadlines
    assert (statement.due_date, statement.needs_review) == (date(2027, 6, 8), False)
    assert reply.status is DeadlineStatus.AWAITING_EVENT
    assert reply.obligation.rule.describe().startswith("2 days after")


def test_a_weekday_preceding_the_week_of_the_conference() -> None:
    [d] = compute_schedule(parse_order(
        HEAD + SET + " Settlement statements shall be submitted to chambers on or before the "
        "Thursday preceding the week of the conference." + TAIL
    )).deadlines
    # the conference's week opens Monday, June 14: the Thursday before it is June 10
    assert (d.due_date, d.needs_review) == (date(2027, 6, 10), False)
