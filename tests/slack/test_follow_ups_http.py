"""A follow-up over real HTTP: two slash commands in the same channel, the second read
against the first ("and the demand?"), both answered in their acks (a question stays a read:
its turn is remembered after the answer, bot/turn_memory.py); another user's follow-up is
asked back. Mentions: a top-level follow-up sees the last top-level question of the channel
(thread ""), one in the answer's thread sees the question that opened it, one in another
thread sees neither."""

from __future__ import annotations

import json
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from tests.slack.conftest import SlackHarness, fixture, slack_harness

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


LETTER = "Ex parte letter (each party): due Mon May 20"
DEMAND = "Settlement demand (plaintiff): due Tue May 14"
RESPONSE = "Response to settlement demand (defendant): due 7 days after the demand"
_EVENTS = count(1)


async def mention(
    slack: SlackHarness, text: str, ts: str, thread_ts: str | None = None, user: str = "U1"
) -> tuple[str, str]:
    """A signed app_mention; the answer's text and the thread it was posted in."""
    payload: dict[str, Any] = fixture("app_mention.json")
    n = next(_EVENTS)
    payload["event_id"] = f"EvFollowUp{n:04d}"
    payload["event"].update(text=f"<@UBOT> {text}", ts=ts, event_ts=ts, user=user,
                            client_msg_id=f"5f6c6b3a-0000-4000-8000-{n:012d}")
    if thread_ts is not None:
        payload["event"]["thread_ts"] = thread_ts


    def sent() -> list[dict[str, Any]]:  # answers posted, and "not sure" (to the asker only)
        sends = ("chat.postMessage", "chat.postEphemeral")
        return [c.params for c in slack.fake.calls if c.method in sends and c.status == 200]

    before = len(sent())
    status, _ = await slack.event(payload)
    assert status == 200
    await slack.fake.wait_for(lambda: len(sent()) == before + 1)
    post = sent()[before]
    return str(post["text"]), str(post.get("thread_ts"))


@pytest.mark.parametrize("follow_up", ["and the demand?", "what about the demand?",
                                       "ok, and the settlement demand?"])
async def test_a_top_level_mention_follows_the_last_top_level_question(
    slack: SlackHarness, follow_up: str
) -> None:
    text, thread = await mention(slack, "when is the letter due?", "1714572000.000200")
    assert text.startswith(LETTER) and thread == "1714572000.000200"
    # a new top-level mention: answered in its own new thread, read against the channel's
    text, thread = await mention(slack, follow_up, "1714572060.000300")
    assert text.startswith(DEMAND) and thread == "1714572060.000300"
    await slack.fake.settle()


async def test_follow_ups_in_the_answer_thread_and_in_another_thread(slack: SlackHarness) -> None:
    await mention(slack, "when is the letter due?", "1714572000.000200")
    # in the thread the answer opened: the question that opened it
    text, thread = await mention(slack, "and the demand?", "1714572030.000250", "1714572000.000200")
    assert text.startswith(DEMAND) and thread == "1714572000.000200"
    # in some other thread of the channel: nothing remembered there
    text, _ = await mention(slack, "and the demand?", "1714572090.000400", "1714571000.000100")
    assert text.startswith("I'm not sure what you're asking.")
    # back at the top level: the thread's follow-up stayed in its thread
    text, _ = await mention(slack, "and the response?", "1714572120.000500")
    assert text.startswith(RESPONSE)
    # another person's top-level follow-up sees none of it
    text, _ = await mention(slack, "and the demand?", "1714572150.000600", user="U2")
    assert not text.startswith(DEMAND)
    await slack.fake.settle()


async def test_a_slash_command_and_a_top_level_mention_share_the_channel(
    tmp_path: Path,
) -> None:
    async with slack_harness(tmp_path, ack_budget_ms=IN_TIME) as slack:
        status, body = await slack.command("when is the letter due?")
        assert status == 200
        assert json.loads(body)["text"].startswith(LETTER)
        text, _ = await mention(slack, "and the demand?", "1714572060.000300")
        assert text.startswith(DEMAND)
        await slack.fake.settle()
