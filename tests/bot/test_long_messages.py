"""A message too long to be a question is refused at once, with a way forward, and changes
nothing; one at the limit is still read."""

from __future__ import annotations

from settleconf.bot.chat.grammar import MAX_QUESTION_CHARS
from tests.bot.testbot import TestBot

REFUSAL = (
    "That message is {n} characters; I read questions of up to 1,000. Ask it in a sentence "
    'or two (e.g. "when is the response due?"), or attach an order with `add`.'
)


def _padded(question: str, length: int) -> str:
    context = "The client called again about the schedule and the settlement numbers. "
    return (context * (length // len(context) + 1))[: length - len(question) - 1] + " " + question


async def test_a_pasted_page_is_refused_in_one_line(bot: TestBot) -> None:
    text = _padded("when is the response due?", 40_000)
    reply = await bot.reply(text)
    assert reply.is_error
    assert reply.text == REFUSAL.format(n="40,000")


async def test_a_question_at_the_limit_is_still_read(bot: TestBot) -> None:
    text = _padded("when is the ex parte letter due?", MAX_QUESTION_CHARS)
    assert len(text) == MAX_QUESTION_CHARS
    reply = await bot.reply(text)
    assert not reply.is_error
    assert reply.text.startswith("Ex parte letter (each party): due Mon May 20, 2024")
    over = await bot.reply(text + "?")
    assert over.text == REFUSAL.format(n="1,001")


async def test_a_long_statement_records_nothing(bot: TestBot) -> None:
    before = await bot.say("history")
    reply = await bot.reply(_padded("we sent our demand on May 10", 5_000))
    assert reply.text == REFUSAL.format(n="5,000")
    assert await bot.say("history") == before
    assert (await bot.reply("when is the response due?")).text.startswith(
        "Response to settlement demand (defendant): due 7 days after the demand. The demand "
        "is not recorded yet"
    )
