"""Asking whether the conference can be moved: "can we get the conference adjourned if our
client is traveling that week" is how to ask for a move, which the order doesn't say (before:
"To which date?"); "can the conference be moved to June 20?" is what moving it there does
(before: "No — the settlement conference is Tue May 28", a no to another question). "Is the
conference on June 20?" still checks the day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("can we get the conference adjourned if our client is traveling that week",
         "The order doesn't say how to ask for an adjournment; it sets the conference for Tue "
         "May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft Teams (in 27 days)."),
        ("can the conference be moved to June 20?",
         "If the conference moves to Thu Jun 20, 2024: Settlement demand, Thu Jun 6; Ex parte "
         "letter, Wed Jun 12; Hard copy, Wed Jun 12; Response to settlement demand, by Thu Jun "
         "13 at the latest."),
        ("is the conference on June 20?",
         "No — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ],
)
async def test_moving_the_conference(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 1))
    assert reply.text.splitlines()[0] == first
