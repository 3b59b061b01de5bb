"""A period counted "before the same": read from the settlement session when "the same"
plainly points back at it (the session named in the sentence before, or earlier in the
same sentence), flagged otherwise. Sentences are written for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor
from tests.core.unseen_orders import COURT, only, read

# unseen_orders.HEAD: "A settlement conference is scheduled for Tuesday, June 4, 2024 ..."


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Each party shall submit a confidential settlement statement no later than ten "
            "(10) days before the same.",
            date(2024, 5, 24),  # 10 days back is Saturday May 25: the Friday before
        ),
        (
            "The parties must exchange their written settlement positions not later than "
            "seven days prior to the same.",
            date(2024, 5, 28),
        ),
        (
            "Plaintiff shall make a written demand no less than 14 days before same.",
            date(2024, 5, 21),
        ),
    ],
)
def test_the_same_after_the_sentence_setting_the_session_is_the_session(
    sentence: str, due: date
) -> None:
    ob = only(sentence)
    assert ob.rule.anchor is Anchor.CONFERENCE and not ob.needs_review
    [d] = compute_deadlines(read(sentence))
    assert d.due_date == due


def test_the_same_in_the_sentence_naming_the_session_is_the_session() -> None:
    ob = only(
        "Counsel shall confer about the mediation and shall lodge their briefs no later than "
        "ten (10) days before the same.",
        head=COURT + "The mediation is set for June 4, 2024 at 10:00 a.m.\n\n",
    )
    assert ob.rule.anchor is Anchor.CONFERENCE and not ob.needs_review


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        # another meeting sits between the session and "the same"
        (
            "A settlement conference is set for June 4, 2024 at 10:00 a.m. A status hearing is "
            "set for May 1, 2024.",
            "Each party shall submit a statement no later than ten (10) days before the same.",
        ),
        # a second clause before it names something else "the same" could be
        (
            "A settlement conference is set for June 4, 2024 at 10:00 a.m.",
            "Plaintiff shall file the pretrial report, and defendant shall respond no later "
            "than ten (10) days before the same.",
        ),
        # the sentence itself names another day
        (
            "A settlement conference is set for June 4, 2024 at 10:00 a.m.",
            "Each party shall deliver its statement to chambers on the day of the status call, "
            "ten (10) days before the same.",
        ),
        # the sentence before does not set the session
        (
            "A settlement conference is set for June 4, 2024 at 10:00 a.m. The parties filed a "
            "joint status report on April 2, 2024.",
            "Each party shall submit a statement no later than ten (10) days before the same.",
        ),
    ],
)
def test_the_same_that_may_be_something_else_stays_flagged(head: str, sentence: str) -> None:
    order = read(sentence, head=COURT + head + "\n\n")
    [ob] = [o for o in order.obligations if "same" in o.quote]
    assert ob.needs_review
    assert any("'the same'" in r for r in ob.review_reasons)
