"""A kind found while probing the eighteenth corpus pass's orders (740-742: PACER docket
text of D. Conn. calendar notices for a Parajudicial Officer's settlement conference and an
E.D.N.Y. scheduling order).

The orders themselves read right at first. Written with the recipient after "due", the D.
Conn. notice's duty was lost: "Ex parte statements are due to PJO Roe on or before 3/1/21"
read "due to" as "because of" (only chambers, the court, a judge, a mediator, counsel and the
like were known recipients), so the sentence set no duty and only a warning said so. A
settlement officer named by title (PJO, Parajudicial Officer, Special Master, settlement
officer, neutral, evaluator, magistrate, ADR administrator, attorney) before a name or before
the deadline is the paper's recipient; a title before anything else ("due to officer
availability", "due to attorney error") or before a possessive name ("due to PJO Roe's
absence") is still a cause. Every sentence is written for the test; the dates are counted by
hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.unseen_orders import due, read

# --- "due to <officer by title>": the paper's recipient, a duty of the parties ---


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("Ex parte statements are due to PJO Roe on or before 5/28/24.", date(2024, 5, 28)),
        (
            "Updated ex-parte statements are due to attorney Corcoran no later than "
            "May 24, 2024.",
            date(2024, 5, 24),
        ),
        (
            "Confidential settlement statements are due to the Special Master by "
            "Tuesday, May 28, 2024.",
            date(2024, 5, 28),
        ),
        (
            "Position papers are due to Parajudicial Officer Jane Roe by May 21, 2024.",
            date(2024, 5, 21),
        ),
    ],
)
def test_due_to_an_officer_by_title_is_a_duty(body: str, when: date) -> None:
    order = read(body)
    assert len(order.obligations) == 1, [o.id for o in order.obligations]
    obligation = order.obligations[0]
    assert obligation.who == "parties"
    assert obligation.rule.fixed_date == when
    assert due(order, obligation.id) == when
    assert not any("tells no party to act" in w for w in order.warnings)


# --- "due to" before anything else is still "because of" ---


@pytest.mark.parametrize(
    "body",
    [
        "The conference was moved due to PJO Jane Roe's absence on May 21, 2024.",
        "The delay was due to attorney error on May 21, 2024.",
        "The earlier session was vacated due to officer availability on May 21, 2024.",
    ],
)
def test_due_to_a_cause_sets_no_duty(body: str) -> None:
    order = read(body)
    assert order.obligations == () or list(order.obligations) == []
    assert order.conference is not None
    assert order.conference.date == date(2024, 6, 4)
