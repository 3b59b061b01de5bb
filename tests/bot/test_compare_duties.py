""""Is the settlement demand due before the letter?", "which comes first, the demand or the
letter?": two duties side by side, each with its day and paragraph (before: "I'm not sure
what you're asking", or only the next deadline). A duty counted from an event not yet
recorded can still fall on any day up to its latest, so its order is said to be open.

The example matter: demand Tue May 14 (¶3), letter Mon May 20 (¶2), response 7 days after
the demand, by Tue May 21 at the latest (¶3)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

BOTH = "Settlement demand, Tue May 14 (¶3); Ex parte letter, Mon May 20 (¶2)."
OPEN = ("Not fixed yet — the response to settlement demand is counted from the demand, which "
        "is not recorded: Ex parte letter, Mon May 20 (¶2); Response to settlement demand, by "
        "Tue May 21 at the latest (¶3).")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is the settlement demand due before the letter?",
         f"Yes — the settlement demand is due before the ex parte letter: {BOTH}"),
        ("is the letter due before the demand?",
         f"No — the ex parte letter is due after the settlement demand: {BOTH}"),
        ("which comes first, the demand or the letter?",
         f"The settlement demand comes first: {BOTH}"),
        ("is the letter due after the response?", OPEN),
        ("which is due first, the letter or the response", OPEN),
    ],
)
async def test_two_duties_compared(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 1))
    assert reply.text.splitlines()[0] == first
    assert len(reply.citations) == 2


async def test_one_duty_and_the_conference_is_the_duty(bot: TestBot) -> None:
    reply = await bot.reply("is the demand due before the conference?", today=date(2024, 5, 1))
    assert reply.text.startswith("Settlement demand (plaintiff): due Tue May 14, 2024")
