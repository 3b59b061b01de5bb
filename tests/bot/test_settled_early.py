""""What happens if we settle before the conference?": what the order says of a settlement
reached first -- its duties for that case, quoted -- or that it says nothing, with the
conference's date. Before, the question was read as "what is due before the conference" and
answered with the list of deadlines, which is not what was asked."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.small_order import add_order_with
from tests.bot.testbot import TestBot

NOTHING = ("The order doesn't say what to do if the case settles; it sets the conference for "
           "Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft Teams (in 15 days).")


@pytest.mark.parametrize(
    "question",
    [
        "what happens if we settle before the conference?",
        "if the case settles do we still need to send the letter?",
        "what if we reach a deal next week?",
        "in the event the parties settle, who tells the court?",
    ],
)
async def test_an_order_silent_on_settling_says_so(bot: TestBot, question: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert reply.text.splitlines()[0] == NOTHING


@pytest.mark.parametrize(
    "question",
    [
        "when is the settlement conference?",  # the conference, not a settlement
        "is the settlement demand due before the letter?",
    ],
)
async def test_settlement_as_a_noun_is_not_settling(bot: TestBot, question: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert "if the case settles" not in reply.text


THIRD = (
    'If the case settles before the conference, counsel shall notify chambers immediately, and'
    ' the parties shall file a stipulation of dismissal within thirty days after the settlement.'
)


async def test_an_order_that_sets_duties_for_a_settlement_quotes_them(
    empty_bot: TestBot,
) -> None:
    await add_order_with(empty_bot, THIRD)
    reply = await empty_bot.reply("what do we do if we settle early?", today=date(2027, 5, 3))
    first = reply.text.splitlines()[0]
    assert first.startswith("If the case settles: ")
    assert "30 days after" in first and "(¶3)" in first
    assert [c.label for c in reply.citations] == ["Order, para. 3"]
