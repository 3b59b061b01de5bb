"""Mentions in channels and threads, DMs, and what is ignored."""

from __future__ import annotations

import json

import pytest

from tests.slack.conftest import SlackHarness, fixture


@pytest.mark.parametrize("slack", [False, True], indirect=True, ids=["background", "eager"])
async def test_mention_is_answered_in_a_new_thread_under_it(slack: SlackHarness) -> None:
    payload = fixture("app_mention.json")
    status, _ = await slack.event(payload)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    post = slack.fake.posts()[0].params
    assert post["channel"] == "C1"
    assert post["thread_ts"] == payload["event"]["ts"]
    assert "Ex parte letter" in post["text"]
    assert "Mon May 20, 2024" in json.dumps(post["blocks"])


async def test_mention_in_a_thread_answers_in_that_thread(slack: SlackHarness) -> None:
    payload = fixture("app_mention.json")
    payload["event"]["thread_ts"] = "1714571000.000100"
    payload["event"]["text"] = "<@UBOT> deadlines"
    await slack.event(payload)
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    post = slack.fake.posts()[0].params
    assert post["thread_ts"] == "1714571000.000100"
    assert post["text"].startswith("4 deadlines")


async def test_help_by_mention_goes_only_to_the_asker(slack: SlackHarness) -> None:
    payload = fixture("app_mention.json")
    payload["event"]["text"] = "<@UBOT> help"
    await slack.event(payload)
    await slack.fake.wait_for(lambda: bool(slack.fake.ok_calls("chat.postEphemeral")))
    ephemeral = slack.fake.ok_calls("chat.postEphemeral")[0].params
    assert ephemeral["user"] == "U1"
    assert ephemeral["channel"] == "C1"
    assert slack.fake.posts() == []


async def test_dm_from_a_channel_member_sees_the_matter(slack: SlackHarness) -> None:
    slack.fake.members["C1"] = ["U1", "U2"]
    await slack.event(fixture("message_im.json"))
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    post = slack.fake.posts()[0].params
    assert post["channel"] == "D1"
    assert "thread_ts" not in post  # a DM is a conversation, not a thread
    assert "Mon May 20, 2024" in json.dumps(post["blocks"])
    asked = slack.fake.ok_calls("conversations.members")
    assert [c.params["channel"] for c in asked] == ["C1"]


async def test_dm_from_a_non_member_is_told_nothing(slack: SlackHarness) -> None:
    slack.fake.members["C1"] = ["U2"]
    await slack.event(fixture("message_im.json"))
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    text = json.dumps(slack.fake.posts()[0].params)
    assert "isn't linked" in text
    assert "CarbonCharge" not in text


async def test_bot_messages_and_edits_are_ignored(slack: SlackHarness) -> None:
    from_bot = fixture("message_im.json")
    from_bot["event"]["bot_id"] = "BOTHER"
    edited = fixture("message_im.json") | {"event_id": "Ev0000000010"}
    edited["event"]["subtype"] = "message_changed"
    assert (await slack.event(from_bot))[0] == 200
    assert (await slack.event(edited))[0] == 200
    await slack.fake.settle()
    assert slack.fake.posts() == []


async def test_rate_limited_post_still_arrives_once(slack: SlackHarness) -> None:
    slack.fake.rate_limit("chat.postMessage", times=1)
    await slack.event(fixture("app_mention.json"))
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    await slack.fake.settle()
    attempts = [c.status for c in slack.fake.calls if c.method == "chat.postMessage"]
    assert attempts == [429, 200]


async def test_injection_in_the_question_is_escaped_in_blocks(slack: SlackHarness) -> None:
    payload = fixture("app_mention.json")
    payload["event"]["text"] = "<@UBOT> why &lt;!channel&gt; <!here> <@U999>"
    await slack.event(payload)
    await slack.fake.wait_for(lambda: any(c.method.startswith("chat.") for c in slack.fake.calls))
    sent = json.dumps([c.params for c in slack.fake.calls if c.method.startswith("chat.")])
    assert "<!channel>" not in sent
    assert "<!here>" not in sent
    assert "<@U999>" not in sent
