"""The date of an earlier order, written before the word ("The undersigned's October 21, 2021
order set the ENE on November 22, 2021"), is neither the session nor a session held before
this order: no warning about a past conference comes of it."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA\n\n"
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: October 29, 2021\n"


@pytest.mark.parametrize(
    "earlier",
    [
        "The undersigned's October 21, 2021 order set the ENE on November 22, 2021.",
        "The Court's October 21, 2021 Scheduling Order set the settlement conference for "
        "November 22, 2021.",
        "The October 21, 2021 minute order set the settlement conference for November 22, 2021.",
    ],
)
def test_an_earlier_orders_date_is_no_session(earlier: str) -> None:
    order = parse_order(
        HEAD + "ORDER CONTINUING SETTLEMENT CONFERENCE\n\n" + earlier + " Good cause appearing, "
        "the settlement conference is continued to December 6, 2021 at 9:30 a.m." + TAIL
    )
    assert order.conference.date == date(2021, 12, 6)
    assert not any("October 21, 2021" in w for w in order.warnings)


@pytest.mark.parametrize(
    "earlier",
    [
        "The undersigned's October 21, 2021 order set the ENE on November 22, 2021.",
        "The October 21, 2021 Scheduling Order set the settlement conference for November 22, "
        "2021.",
    ],
)
def test_an_earlier_orders_date_beside_a_vacated_session(earlier: str) -> None:
    order = parse_order(
        HEAD + "ORDER GRANTING JOINT MOTION TO CONTINUE\n\n" + earlier + " The Court finds good "
        "cause to vacate the current ENE date, and the Joint Motion is GRANTED." + TAIL
    )
    assert order.conference.date is None
    assert not any("October 21, 2021" in w for w in order.warnings)


def test_a_session_set_on_a_date_stays_the_session() -> None:
    order = parse_order(
        HEAD + "ORDER\n\nA settlement conference is set for December 6, 2021 at 9:30 a.m. "
        "Confidential statements are due November 29, 2021." + TAIL
    )
    assert order.conference.date == date(2021, 12, 6)
