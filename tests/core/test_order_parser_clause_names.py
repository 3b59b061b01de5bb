"""Each clause of a sentence that sets several deadlines is named from its own words."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER\n\n"
    "A settlement conference will be held on Wednesday, September 15, 2027, at 10:00 a.m.\n\n"
)
TAIL = "\n\nDated: July 12, 2027\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Submissions are due two weeks prior to the conference; replies, if any, one week "
            "prior.",
            {"submissions": date(2027, 9, 1), "response": date(2027, 9, 8)},
        ),
        (
            "Opening statements are due fourteen days before the conference; responses seven "
            "days before.",
            {"settlement_statement": date(2027, 9, 1), "response": date(2027, 9, 8)},
        ),
        (
            "Plaintiff's offer is due 30 days before the conference; Defendant's counteroffer "
            "is due 20 days before the conference; and confidential letters are due 7 days "
            "before the conference.",
            {
                "settlement_offer": date(2027, 8, 16),
                "counteroffer": date(2027, 8, 26),
                "settlement_letter": date(2027, 9, 8),
            },
        ),
    ],
)
def test_each_clause_names_its_own_paper(sentence: str, want: dict[str, date]) -> None:
    schedule = compute_schedule(parse_order(HEAD + sentence + TAIL))
    assert {d.id: d.due_date for d in schedule.deadlines} == want
