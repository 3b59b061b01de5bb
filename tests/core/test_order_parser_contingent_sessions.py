"""A settlement session set only on a condition ("a follow-up settlement conference, if
needed, is set for July 7") beside one set outright: the outright one is the conference the
order's periods count from, and the other is told of, not dropped. Written in paragraph 1,
before the real one, the follow-up had been taken as the conference (a later date, so every
period counted from it came out weeks late), with only a generic "more than one date"
warning. Alone, a conditional session is still the conference."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order_parser import parse_order
from tests.core.unseen_orders import COURT

TAIL = "\n\nSO ORDERED.\nDated: May 1, 2026\n"
STATEMENT = (
    "\n\nEach party shall submit a confidential statement seven days before the settlement "
    "conference."
)


@pytest.mark.parametrize(
    "body",
    [
        "1. A follow-up settlement conference, if needed, is set for July 7, 2026 at 10:00 "
        "a.m.\n\n2. A settlement conference is set for June 16, 2026, at 10:00 a.m. in "
        "Courtroom 5.",
        "A settlement conference is set for June 16, 2026, at 10:00 a.m. If the case does not "
        "settle, a follow-up settlement conference is set for July 7, 2026 at 10:00 a.m.",
        "1. If necessary, a further settlement conference will be held on July 7, 2026 at 2:00 "
        "p.m.\n\n2. The settlement conference will be held on June 16, 2026, at 10:00 a.m.",
        "1. Should the case not settle, the settlement conference will resume on July 7, 2026 "
        "at 2:00 p.m.\n\n2. The settlement conference will be held on June 16, 2026, at 10:00 "
        "a.m.",
    ],
)
def test_the_session_set_outright_is_the_conference(body: str) -> None:
    order = parse_order(COURT + body + STATEMENT + TAIL)
    assert (order.conference.date, order.conference.time) == (date(2026, 6, 16), time(10, 0))
    assert [d.due_date for d in compute_deadlines(order)] == [date(2026, 6, 9)]
    assert (
        "The order also sets a session on July 7, 2026 to be held only if needed; deadlines "
        "are counted from the conference on June 16, 2026." in order.warnings
    )


@pytest.mark.parametrize(
    "body",
    [
        "1. A settlement conference, if necessary, will be held on July 7, 2026 at 2:00 p.m.",
        # "further" alone is the next session, not a condition
        "1. A further settlement conference will be held on July 7, 2026 at 2:00 p.m.",
    ],
)
def test_a_conditional_session_alone_is_still_the_conference(body: str) -> None:
    order = parse_order(COURT + body + STATEMENT + TAIL)
    assert (order.conference.date, order.conference.time) == (date(2026, 7, 7), time(14, 0))
    assert [d.due_date for d in compute_deadlines(order)] == [date(2026, 6, 30)]
