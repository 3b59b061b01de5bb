""""Do we need an opening statement?", "will the judge meet with each side separately?",
"is there a dress code?": parts of the session an order seldom sets. What the order says of
them is quoted; when it says nothing the reply says so (before: "Yes — each party's letter
is due ..." from the letter's "statement" or "each party", or "I'm not sure")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.small_order import add_order_with
from tests.bot.testbot import TestBot

WHEN = ("it sets the conference for Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
        "Teams (in 15 days).")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("do we need to prepare an opening statement?", "opening statements or presentations"),
        ("can we use a powerpoint?", "opening statements or presentations"),
        ("will the judge meet with each side separately?",
         "whether the judge meets with each side separately"),
        ("will there be breakout rooms?", "whether the judge meets with each side separately"),
        ("is there a dress code?", "what to wear"),
        ("should we block out the whole afternoon on the 28th?",
         "how long the conference lasts"),
    ],
)
async def test_the_example_order_says_nothing_of_it(bot: TestBot, question: str, said: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert reply.text.splitlines()[0] == f"The order doesn't say anything about {said}; {WHEN}"


THIRD = (
    'The conference will begin with a joint session. Counsel should be prepared to give a brief'
    ' opening presentation of no more than ten minutes. The Court will then meet with each side'
    ' separately.'
)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("do we need an opening statement?", "Counsel should be prepared to give a brief opening "
         "presentation of no more than ten minutes."),
        ("will the judge caucus with each side?", "The Court will then meet with each side "
         "separately."),
    ],
)
async def test_an_order_that_speaks_to_it_is_quoted(
    empty_bot: TestBot, question: str, quoted: str
) -> None:
    await add_order_with(empty_bot, THIRD)
    reply = await empty_bot.reply(question, today=date(2027, 5, 3))
    assert reply.text.splitlines()[0] == f"The order says: “{quoted}” (¶3)."
    assert [c.label for c in reply.citations] == ["Order, para. 3"]


async def test_the_letters_form_unset(bot: TestBot) -> None:
    reply = await bot.reply("font or spacing requirements for the ex parte letter?",
                            today=date(2024, 5, 13))
    assert reply.text.splitlines()[0] == (
        "The order doesn't say anything about the letter's font, spacing or margins.")


async def test_no_trip_is_the_remote_conference(bot: TestBot) -> None:
    reply = await bot.reply("we don't have to go up to white plains for this, right?",
                            today=date(2024, 5, 13))
    assert reply.text.splitlines()[0] == (
        "Yes — it is remote, by video on Microsoft Teams (preamble).")
