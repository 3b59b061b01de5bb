"""Issue #13 kinds that failed on the orders the seventeenth corpus pass moved from the
frozen split to dev (tests/corpus/README.md). Every sentence is written for the test; the
dates are counted by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.unseen_orders import due, only, read

# --- a heading's field with a dash between label and date ---


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # a caption's amendment, as E.D. Cal. writes it beside the title
        ("AMENDED: DISPOSITIVE MOTION DEADLINE- November 26, 2024", date(2024, 11, 26)),
        ("Dispositive Motion Deadline - 11/26/2024", date(2024, 11, 26)),
        ("Deadline to File Amended Pleadings — July 15, 2024", date(2024, 7, 15)),
    ],
)
def test_a_field_with_a_dash_before_its_date_is_a_fixed_deadline(body: str, when: date) -> None:
    obligation = only(body)
    assert not obligation.needs_review
    assert obligation.rule.fixed_date == when


def test_a_dash_between_words_or_times_is_no_field() -> None:
    # prose with a dash and a session's time range give no deadline field
    order = read(
        "The conference will run from 10:00 a.m. - 4:00 p.m. Counsel - and their clients - "
        "should plan for the full day."
    )
    assert order.obligations == ()
    assert due(read("Each party shall submit a settlement letter by May 28, 2024."),
               "settlement_letter") == date(2024, 5, 28)
