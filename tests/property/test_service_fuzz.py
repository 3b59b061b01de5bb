"""The service on random and damaged text (SQLite): always a Reply, never the catch-all.

`Service.handle` turns any exception into "something went wrong"; reaching that branch
means a request crashed, so the properties here assert it is never reached.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from settleconf.bot.chat.grammar import COMMANDS
from settleconf.bot.replies.reply import Reply
from tests.bot.testbot import TestBot
from tests.property.mutations import garbage, mutated, nasty_text
from tests.property.test_parser_fuzz import EXAMPLE_TXT, VALID_COMMANDS

EXAMPLE_TEXT = EXAMPLE_TXT.read_text(encoding="utf-8")
CRASHED = "something went wrong on my side"
# One bot (one database) serves every example: state left by one example (an `untrack`, a
# `done`) is part of what the next one meets.
SHARED_BOT = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
texts = (
    mutated(VALID_COMMANDS)
    | st.builds(lambda name, rest: f"{name} {rest}", st.sampled_from(list(COMMANDS)), nasty_text)
    | st.builds(lambda q, rest: f"{q} {rest}", st.sampled_from(
        ["when is", "why is the", "what's due", "explain", "is there a"]), nasty_text)
    | nasty_text
    | garbage
)


def assert_answered(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    assert reply.text.strip()
    assert CRASHED not in reply.text, reply.text


@SHARED_BOT
@given(texts)
@example("deadlines 7:24-cv-00361\x00")
@example("done " + "x" * 1999)
@example("why \u202eletter")
@example("conference 7:24-cv-00361 2024-02-30 10:00")
async def test_any_text_in_a_linked_channel_gets_a_reply(bot: TestBot, text: str) -> None:
    assert_answered(await bot.reply(text))


@SHARED_BOT
@given(texts, st.sampled_from(["C1", "C9", "D1"]), st.booleans())
async def test_any_text_anywhere_gets_a_reply(
    bot: TestBot, text: str, channel: str, is_direct: bool
) -> None:
    # C1 is linked to the example, C9 is not; D1 is a DM.
    assert_answered(await bot.reply(text, channel=channel, is_direct=is_direct))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated([EXAMPLE_TEXT], lines=True))
async def test_adding_a_damaged_order_gets_a_reply(bot: TestBot, text: str) -> None:
    assert_answered(await bot.reply("add", upload=bot.upload("damaged.txt", text)))
