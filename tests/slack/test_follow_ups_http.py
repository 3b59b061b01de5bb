"""A follow-up over real HTTP: two slash commands in the same channel, the second read
against the first ("and the demand?"), both answered in their acks (a question stays a read:
its turn is remembered after the answer, bot/turn_memory.py); another user's follow-up is
asked back."""

from __future__ import annotations

import json
from pathlib import Path

from tests.slack.conftest import slack_harness

IN_TIME = 30_000.0  # ms: as tests/slack/test_answer_in_ack.py


async def test_a_follow_up_in_the_same_channel_is_read_against_the_last_question(
    tmp_path: Path,
) -> None:
    async with slack_harness(tmp_path, ack_budget_ms=IN_TIME) as slack:
        status, body = await slack.command("when is the letter due?")
        assert status == 200
        assert json.loads(body)["text"].startswith("Ex parte letter (each party): due Mon May 20")
        status, body = await slack.command("and the demand?")
        assert status == 200
        assert json.loads(body)["text"].startswith("Settlement demand (plaintiff): due Tue May 14")
        status, body = await slack.command("and the demand?", user_id="U0OTHER1")
        assert status == 200
        assert json.loads(body)["text"].startswith("I'm not sure what you're asking.")
        await slack.fake.settle()
        assert slack.fake.responses == []  # every answer came in its ack
