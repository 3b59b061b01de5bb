""""Is election day a court holiday?", "is lincoln's birthday a holiday?" for an S.D.N.Y.
matter: New York legal holidays the federal court sits on. They count only for a period
counted forward (FRCP 6(a)(6)(C)), and the court is open -- before, the names were not read
at all and the reply was about Memorial Day ("Yes — Memorial Day (Mon May 27) is skipped"),
and a state day the calendar knew was said to close the court."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

RULE = ("a period counted forward that ends on it runs to the next open day; one counted back "
        "from the conference doesn't stop for it.")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is election day a court holiday?",
         "Only for periods counted forward — Election Day (New York holiday), Tue Nov 5, 2024, "
         f"is a state holiday: the court is open, and {RULE}"),
        ("is the court open on election day?",
         "Yes — the court is open on Election Day (New York holiday), Tue Nov 5, 2024; as a "
         f"state holiday, {RULE}"),
        ("is lincoln's birthday a holiday?",
         "Only for periods counted forward — Lincoln's Birthday (New York holiday), Wed Feb 12, "
         f"2025, is a state holiday: the court is open, and {RULE}"),
        # a federal holiday is still one
        ("is the court closed on columbus day?",
         "Yes — Columbus Day, Mon Oct 14, 2024, is a legal holiday: the court is closed and "
         "deadlines don't land on it."),
    ],
)
async def test_a_state_holiday_asked_by_name(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 1))
    assert reply.text.splitlines()[0] == first
