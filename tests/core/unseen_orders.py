"""Small synthetic orders for the tests of issue #13's kinds of language
(tests/core/test_order_parser_unseen_*.py): a court heading, a conference, a signature."""

from __future__ import annotations

from datetime import date

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Obligation, Order
from settleconf.core.order_parser import parse_order

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
