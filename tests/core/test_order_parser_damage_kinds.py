"""Kinds of broken text found by bench/parse_robustness.py (issue #13) that lost an item
silently or read it only as a flag: each kind in fresh wordings, read the same as the
clean text (exact dates), or flagged with what was seen -- never lost without a note.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.core.unseen_orders import COURT, only, read

# --- a page break after a paragraph's short last wrapped line -----------------------------
# The paragraph was hard-wrapped, so the words left before the page break are few
# ("scheduled for a Settlement"); the sentence still runs on after the page furniture.


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("IT IS HEREBY ORDERED that the above-entitled matter is\nscheduled for a Settlement",
         "Conference on March 20, 2012 at 8:00 a.m. in Room 235."),
        ("The Court, having reviewed the parties' joint request, hereby sets\nthis case for a",
         "Settlement Conference before the undersigned on March 20, 2012, at\n8:00 a.m."),
        ("Following the status call, the parties are ordered to appear in\nperson for the",
         "Mandatory Settlement Conference set for Tuesday, March 20, 2012\nat 8:00 a.m."),
    ],
)
@pytest.mark.parametrize(
    "furniture", ["\n\n\nPage 2 of 4\n\n", "\n\n\n- 2 -\n\n", "\n\n"]
)
def test_a_page_break_after_a_short_last_line_keeps_the_conference_sentence(
    before: str, after: str, furniture: str
) -> None:
    # An earlier date in the order, which the conference sentence cut in two lost to.
    referral = ("Pursuant to the Order of Reference issued on January 24, 2012, the matter is "
                "to be set for a Settlement Conference.\n\n")
    order = read("", head=COURT + referral + before + furniture + after)
    assert (order.conference.date, order.conference.time) == (date(2012, 3, 20), time(8, 0))


@pytest.mark.parametrize(
    "body",
    [
        "Each party shall deliver a confidential settlement statement to the chambers\nof "
        "Magistrate Judge\n\n\nPage 2 of 3\n\nSmith no later than May 28, 2024.",
        "Plaintiff shall serve a written demand, with an itemization of damages, on\ncounsel "
        "for Defendant Acme\n\n\n- 2 -\n\nCorporation no later than May 28, 2024.",
    ],
)
def test_a_page_break_after_a_short_last_line_keeps_a_deadline_whole(body: str) -> None:
    ob = only(body)
    assert (ob.rule.fixed_date, ob.needs_review) == (date(2024, 5, 28), False)
