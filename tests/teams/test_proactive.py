"""Conversation references kept at install and on messages; proactive posts through them:
a new thread in a channel, 403/404 marks the reference broken, 429 backs off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from settleconf.adapters.store import open_store
from settleconf.adapters.store.conversation_refs import SqlConversationRefStore
from settleconf.adapters.teams import PostStatus, TeamsPoster
from settleconf.bot.replies.reply import Reply
from settleconf.core.conversation_refs import ConversationRef
from tests.teams.conftest import CHANNEL_A, PERSONAL_A, TENANT_A, TeamsHarness
from tests.teams.fakes import OUTBOUND_TOKEN

TEAM_GENERAL = "19:team-a@thread.tacv2"
REMINDER = Reply(text="Reminder: Ex parte letter is due Mon May 20, 2024.", intent="reminder")


async def stored(teams: TeamsHarness, channel: str) -> ConversationRef | None:
    return await SqlConversationRefStore(teams.store.engine).get("teams", TENANT_A, channel)


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def poster(teams: TeamsHarness, sleeps: Sleeps, **kw: Any) -> TeamsPoster:
    # The mounted poster's adapter and store, with a sleep that only records.
    mounted = teams.poster
    return TeamsPoster(
        mounted._adapter, mounted._keeper, app_id=mounted._app_id, sleep=sleeps, **kw
    )


async def test_install_in_a_team_stores_a_reference_and_welcomes(teams: TeamsHarness) -> None:
    status, _ = await teams.post(teams.activity("conversation_update.json"))
    assert status == 200
    ref = await stored(teams, TEAM_GENERAL)
    assert ref is not None and not ref.broken
    assert ref.reference["serviceUrl"] == teams.service_url
    assert ref.reference["conversation"]["id"] == TEAM_GENERAL
    assert ref.reference["conversation"]["tenantId"] == TENANT_A
    assert "activityId" not in ref.reference
    (welcome,) = teams.connector.activities()
    assert welcome["text"].startswith("Hi! I read settlement-conference orders")


async def test_a_channel_message_stores_the_channel_not_the_thread(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    ref = await stored(teams, CHANNEL_A)
    assert ref is not None
    assert ref.reference["conversation"]["id"] == CHANNEL_A


async def test_proactive_post_starts_a_new_thread_in_the_channel(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    teams.connector.calls.clear()
    result = await teams.poster.post(TENANT_A, CHANNEL_A, REMINDER)
    assert result.status is PostStatus.SENT and result.activity_id
    (call,) = teams.connector.calls
    assert call.path == "/v3/conversations"
    assert call.authorization == f"Bearer {OUTBOUND_TOKEN}"
    assert call.body["isGroup"] is True
    assert call.body["channelData"]["channel"]["id"] == CHANNEL_A
    assert call.body["channelData"]["tenant"]["id"] == TENANT_A
    (attachment,) = call.body["activity"]["attachments"]
    assert attachment["content"]["body"][0]["text"] == REMINDER.text
    assert "replyToId" not in call.body["activity"]


async def test_proactive_post_in_personal_chat_continues_it(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("personal_message.json", text="help"))
    teams.connector.calls.clear()
    result = await teams.poster.post(TENANT_A, PERSONAL_A, REMINDER)
    assert result.status is PostStatus.SENT
    (call,) = teams.connector.calls
    # A new message in the chat, not a reply to the help request's activity id.
    assert call.path == f"/v3/conversations/{PERSONAL_A}/activities"


async def test_no_reference_no_post(teams: TeamsHarness) -> None:
    result = await teams.poster.post(TENANT_A, "19:never-seen@thread.tacv2", REMINDER)
    assert result.status is PostStatus.NO_REFERENCE
    assert teams.connector.calls == []


async def test_tenant_b_cannot_post_with_tenant_a_reference(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    teams.connector.calls.clear()
    result = await teams.poster.post("tenant-b", CHANNEL_A, REMINDER)
    assert result.status is PostStatus.NO_REFERENCE
    assert teams.connector.calls == []


@pytest.mark.parametrize("status", [403, 404])
async def test_refused_post_marks_the_reference_broken(teams: TeamsHarness, status: int) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    teams.connector.calls.clear()
    teams.connector.failures[CHANNEL_A] = [status]
    result = await teams.poster.post(TENANT_A, CHANNEL_A, REMINDER)
    assert result.status is PostStatus.BROKEN
    assert result.attempts == 1
    ref = await stored(teams, CHANNEL_A)
    assert ref is not None and ref.broken and f"HTTP {status}" in (ref.broken_reason or "")
    # No endless retries: the next post is not even attempted.
    again = await teams.poster.post(TENANT_A, CHANNEL_A, REMINDER)
    assert again.status is PostStatus.BROKEN
    assert len(teams.connector.calls) == 1


async def test_a_new_message_repairs_a_broken_reference(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    teams.connector.failures[CHANNEL_A] = [403]
    await teams.poster.post(TENANT_A, CHANNEL_A, REMINDER)
    await teams.post(teams.activity("channel_mention.json"))
    ref = await stored(teams, CHANNEL_A)
    assert ref is not None and not ref.broken
    assert (await teams.poster.post(TENANT_A, CHANNEL_A, REMINDER)).status is PostStatus.SENT


async def test_uninstall_marks_the_reference_broken(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("personal_message.json", text="help"))
    await teams.post(teams.activity("installation_update_remove.json"))
    ref = await stored(teams, PERSONAL_A)
    assert ref is not None and ref.broken


async def test_429_waits_retry_after_then_succeeds(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    teams.connector.calls.clear()
    teams.connector.failures[CHANNEL_A] = [429]
    teams.connector.retry_after = "7"
    sleeps = Sleeps()
    result = await poster(teams, sleeps).post(TENANT_A, CHANNEL_A, REMINDER)
    assert result.status is PostStatus.SENT and result.attempts == 2
    assert len(sleeps.calls) == 1 and 6.5 < sleeps.calls[0] <= 7
    assert len(teams.connector.calls) == 2


async def test_429_forever_gives_up_with_exponential_backoff(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    teams.connector.calls.clear()
    teams.connector.failures[CHANNEL_A] = [429] * 10
    sleeps = Sleeps()
    result = await poster(teams, sleeps, max_attempts=4, base_backoff_s=1.0).post(
        TENANT_A, CHANNEL_A, REMINDER
    )
    assert result.status is PostStatus.RATE_LIMITED and result.attempts == 4
    assert len(teams.connector.calls) == 4
    assert [round(s) for s in sleeps.calls] == [1, 2, 4]
    ref = await stored(teams, CHANNEL_A)
    assert ref is not None and not ref.broken  # throttled is not gone


async def test_posts_to_one_conversation_are_spaced(teams: TeamsHarness) -> None:
    await teams.post(teams.activity("channel_mention.json"))
    sleeps = Sleeps()
    throttled = poster(teams, sleeps, min_interval_s=5.0)
    for _ in range(2):
        assert (await throttled.post(TENANT_A, CHANNEL_A, REMINDER)).status is PostStatus.SENT
    assert len(sleeps.calls) == 1 and 4.5 < sleeps.calls[0] <= 5


async def test_sql_reference_store_round_trip(tmp_path: Path) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'refs.db'}")
    try:
        refs = SqlConversationRefStore(store.engine)
        ref = ConversationRef("teams", "t1", "c1", {"serviceUrl": "https://x/"})
        await refs.save(ref)
        await refs.save(ConversationRef("teams", "t1", "c1", {"serviceUrl": "https://y/"}))
        got = await refs.get("teams", "t1", "c1")
        assert got is not None and got.reference == {"serviceUrl": "https://y/"}
        assert got.updated_at is not None and got.updated_at.tzinfo is not None
        await refs.mark_broken("teams", "t1", "c1", "HTTP 403")
        got = await refs.get("teams", "t1", "c1")
        assert got is not None and got.broken_reason == "HTTP 403" and got.broken_at is not None
        await refs.save(ref)
        got = await refs.get("teams", "t1", "c1")
        assert got is not None and not got.broken
        assert await refs.get("teams", "t2", "c1") is None
        await refs.mark_broken("teams", "nobody", "nowhere", "x")  # no-op
    finally:
        await store.close()
