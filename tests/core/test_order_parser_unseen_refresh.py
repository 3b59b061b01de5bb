"""Issue #13 kinds that failed on the fourth corpus refresh's dev orders (351-376).

Every sentence here is written for the test, several wordings of each kind: a period
counted back from a session the order names by its date, a modal split by a PDF text
layer, and a conference date read from a recital of earlier settings.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, RuleKind
from settleconf.core.periods import Unit
from tests.core.unseen_orders import COURT, only, read

# --- A period counted back from the dated session ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount", "unit", "due"),
    [
        (
            "The parties shall exchange offers and demands at least three working days prior "
            "to the 6/4/2024, conference.",
            3,
            Unit.BUSINESS_DAYS,
            date(2024, 5, 30),
        ),
        (
            "Each party shall deliver a confidential letter no later than five days before "
            "the June 4, 2024 settlement conference.",
            5,
            Unit.DAYS,
            date(2024, 5, 30),
        ),
        (
            "Plaintiff shall make a written demand at least 7 days in advance of the "
            "June 4, 2024 mediation.",
            7,
            Unit.DAYS,
            date(2024, 5, 28),
        ),
    ],
)
def test_a_date_naming_the_session_is_the_anchor_not_the_deadline(
    sentence: str, amount: int, unit: Unit, due: date
) -> None:
    order = read(sentence)
    [ob] = order.obligations
    assert ob.rule.kind is RuleKind.RELATIVE and ob.rule.anchor is Anchor.CONFERENCE
    assert (ob.rule.amount, ob.rule.unit) == (amount, unit)
    [d] = compute_deadlines(order)
    assert (d.due_date, d.needs_review) == (due, False)


def test_a_named_session_date_other_than_the_conference_is_flagged() -> None:
    ob = only(
        "The parties shall exchange offers and demands at least three working days prior "
        "to the 6/5/2024 conference."
    )
    assert ob.needs_review
    assert any("June 5, 2024" in r and "June 4, 2024" in r for r in ob.review_reasons)


# --- A modal split by the text layer -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "A settlement statement of each party s hall be submitted directly to the "
            "undersigned no later than May 28, 2024.",
            date(2024, 5, 28),
        ),
        ("Plaintiff mu st serve a written demand no later than May 20, 2024.", date(2024, 5, 20)),
        ("Defense counsel sha ll respond to the demand by May 24, 2024.", date(2024, 5, 24)),
    ],
)
def test_a_modal_split_by_a_space_still_sets_the_duty(sentence: str, due: date) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.fixed_date, ob.needs_review) == (RuleKind.FIXED, due, False)


# --- The conference the order sets, not the ones it recites ------------------------------


@pytest.mark.parametrize(
    "recital",
    [
        "On March 1, 2024, the Court initially scheduled the settlement conference to take "
        "place on April 2, 2024 at 9:00 a.m. For good cause, the Court GRANTS the motion and "
        "RESETS the settlement conference for June 4, 2024 at 10:00 a.m.",
        "On March 1, 2024, the Court set the ENE for April 2, 2024 at 2:00 p.m. The Court now "
        "continues the ENE to June 4, 2024 at 10:00 a.m.",
        "The parties explain that they have scheduled a private mediation for April 2, 2024. "
        "The settlement conference remains set for June 4, 2024 at 10:00 a.m.",
    ],
)
def test_the_conference_is_the_one_the_order_sets_not_a_recited_one(recital: str) -> None:
    order = read("Each party shall lodge a statement by May 28, 2024.", COURT + recital + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 4), time(10, 0))


def test_a_recited_setting_nothing_replaces_is_still_the_conference() -> None:
    # "On May 1, the Court set ...; the parties shall ...": the recital is the only
    # setting, so it stands.
    order = read(
        "Each party shall lodge a statement by May 28, 2024.",
        COURT + "On May 1, 2024, the Court set the settlement conference for June 4, 2024 "
        "at 10:00 a.m.\n\n",
    )
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 4), time(10, 0))
