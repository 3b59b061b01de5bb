"""Follow-ups over real Teams HTTP: a reply thread in a channel is its own conversation
(`19:...;messageid=ROOT`), so "and the demand?" is read against the last question of the same
thread only (adapters/teams/activities.py `Conversation.thread`, bot/turn_memory.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.teams.conftest import CHANNEL_A, TeamsHarness
from tests.teams.test_messages import texts

THREAD = f"{CHANNEL_A};messageid=1714568700000"
OTHER_THREAD = f"{CHANNEL_A};messageid=1714568999000"
LETTER = "Ex parte letter (each party): due Mon May 20"
DEMAND = "Settlement demand (plaintiff): due Tue May 14"
NOT_SURE = "I'm not sure what you're asking."


def mention(teams: TeamsHarness, text: str, conversation: str, activity_id: str) -> dict[str, Any]:
    activity = teams.activity(
        "channel_mention.json", text=f"<at>settleconf</at> {text}", id=activity_id
    )
    activity["conversation"]["id"] = conversation
    return activity


async def answer(teams: TeamsHarness, activity: dict[str, Any]) -> str:
    """What the bot sent back for `activity` (a card's text blocks, after its matter header)."""
    before = len(teams.connector.activities())
    status, _ = await teams.post(activity)
    assert status == 200
    (sent,) = teams.connector.activities()[before:]
    cards = [a["content"] for a in sent.get("attachments") or []
             if a.get("contentType") == "application/vnd.microsoft.card.adaptive"]
    text = texts(cards[0]) if cards else str(sent.get("text", ""))
    return text


@pytest.mark.parametrize("follow_up", ["and the demand?", "what about the demand?"])
async def test_a_follow_up_in_the_same_thread_sees_the_question_and_another_thread_does_not(
    teams: TeamsHarness, follow_up: str
) -> None:
    asked = await answer(teams, mention(teams, "when is the letter due?", THREAD, "1714568700000"))
    assert LETTER in asked
    # a reply in another thread of the same channel, by the same person: nothing there
    elsewhere = await answer(teams, mention(teams, follow_up, OTHER_THREAD, "1714568999500"))
    assert DEMAND not in elsewhere  # its ordinary reading ("not sure", or the exchange rule)
    # a reply in the first thread: read against the letter question
    again = await answer(teams, mention(teams, follow_up, THREAD, "1714568800000"))
    assert DEMAND in again and NOT_SURE not in again
    await teams.service.settle()


@pytest.mark.parametrize("follow_up", ["and the demand?", "ok, what about the demand?"])
async def test_a_new_post_follows_the_last_new_post_of_the_channel(
    teams: TeamsHarness, follow_up: str
) -> None:
    # each new post is the root of its own thread (its id is the conversation's messageid)
    asked = await answer(teams, mention(teams, "when is the letter due?", THREAD, "1714568700000"))
    assert LETTER in asked
    again = await answer(teams, mention(teams, follow_up, OTHER_THREAD, "1714568999000"))
    assert DEMAND in again and NOT_SURE not in again
    # another person's new post sees none of it
    other = mention(teams, follow_up, f"{CHANNEL_A};messageid=1714569000000", "1714569000000")
    other["from"] = {"id": "29:1user-b", "name": "Blake", "aadObjectId": "aad-user-b"}
    assert DEMAND not in await answer(teams, other)
    await teams.service.settle()
