""""We sent the demand on may 10, mark it done": the date, then what the message goes on to
say -- read as May 10 (before: "I can't read 'may 10, mark it done' as a date")."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.grammar import CommandError, parse_date
from tests.bot.testbot import TestBot

TODAY = date(2024, 5, 13)


@pytest.mark.parametrize(
    "text", ["may 10, mark it done", "May 10, 2024 - thanks", "5/10, thx", "2024-05-10; fyi"]
)
def test_a_date_with_more_after_it(text: str) -> None:
    assert parse_date(text, today=TODAY) == date(2024, 5, 10)


def test_words_that_are_no_date_still_say_so() -> None:
    with pytest.raises(CommandError, match="can't read 'soonish, thanks' as a date"):
        parse_date("soonish, thanks", today=TODAY)


async def test_a_step_recorded_with_a_request_after_its_date(bot: TestBot) -> None:
    reply = await bot.reply("we sent the demand on may 10, mark it done", today=TODAY)
    assert not reply.is_error, reply.text
    assert "May 10" in reply.text.splitlines()[0]
