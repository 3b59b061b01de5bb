"""Issue #13 kinds found on the orders moved from frozen to dev (refresh of 2026-12-06):
duties the court lays on someone else, a second session set for its own day, and dates
torn apart by a page break.

Every sentence here is written for the test, several wordings of each kind.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import RuleKind
from tests.core.unseen_orders import only, read

# --- The court as subject: "the Court requires Plaintiff to submit ..." ------------------


@pytest.mark.parametrize(
    ("sentence", "who", "due_on", "at"),
    [
        (
            "Therefore, the Court shall require Plaintiff to submit a confidential brief "
            "by noon on May 20, 2024.",
            "plaintiff",
            date(2024, 5, 20),
            time(12, 0),
        ),
        (
            "The Court ORDERS defense counsel to lodge a settlement memorandum no later "
            "than May 24, 2024.",
            "defendant",
            date(2024, 5, 24),
            None,
        ),
        (
            "Accordingly, the Court hereby directs the parties to exchange written offers "
            "on or before May 17, 2024.",
            "parties",
            date(2024, 5, 17),
            None,
        ),
        (
            "The undersigned instructs each party to email a position paper to chambers "
            "by 5:00 p.m. on May 22, 2024.",
            "each party",
            date(2024, 5, 22),
            time(17, 0),
        ),
        (
            "The Court further requires counsel for plaintiff to serve an itemized demand "
            "by May 10, 2024.",
            "plaintiff",
            date(2024, 5, 10),
            None,
        ),
    ],
)
def test_a_duty_the_court_lays_on_a_party_is_that_party_s(
    sentence: str, who: str, due_on: date, at: time | None
) -> None:
    ob = only(sentence)
    assert (ob.who, ob.rule.kind, ob.rule.fixed_date, ob.rule.time_of_day) == (
        who, RuleKind.FIXED, due_on, at
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Court will issue a writ of habeas corpus ad testificandum by May 20, 2024.",
        "The Court directs the Clerk to send this order to the parties by May 3, 2024.",
    ],
)
def test_what_the_court_itself_does_is_no_party_s_duty(sentence: str) -> None:
    assert read(sentence).obligations == ()
