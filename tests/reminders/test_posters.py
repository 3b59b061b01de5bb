"""The Slack poster against the fake Web API (how each failure is classified, the
metadata look-up), and the console poster."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import aiohttp
import pytest
from aiohttp import web

from settleconf.adapters.console.reminder_poster import ConsoleReminderPoster
from settleconf.adapters.slack.reminder_poster import (
    EVENT_TYPE,
    WEB_API_LOGGER,
    SlackReminderPoster,
    reminder_web_client,
)
from settleconf.bot.reminders.port import PostOutcome, PostStatus
from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import Destination
from tests.reminders.conftest import serve
from tests.slack.fake_api import BOT_USER, TOKEN, FakeSlack

C1 = Destination("slack", "T1", "C1")
REPLY = Reply(text="Reminder: Ex parte letter is due Mon May 20, 2024.", intent="reminder")
SINCE = datetime(2024, 5, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    slack = FakeSlack(clock=lambda: SINCE.timestamp() + 60)
    runner, slack.base_url = await serve(slack.app())
    try:
        yield slack
    finally:
        await runner.cleanup()


@pytest.fixture(params=["pooled session", "no session"])
async def http(request: pytest.FixtureRequest) -> AsyncIterator[aiohttp.ClientSession | None]:
    """The poster's two ways to post: on the worker's pooled session (its own request, as
    `settleconf worker` posts), or through slack_sdk's `api_call` (a client without one).
    Each post test runs both: they must classify every answer alike."""
    if request.param == "no session":
        yield None
        return
    async with aiohttp.ClientSession() as session:
        yield session


def poster(fake: FakeSlack, http: aiohttp.ClientSession | None = None) -> SlackReminderPoster:
    client = reminder_web_client(TOKEN, f"{fake.base_url}/api/", session=http)
    return SlackReminderPoster(client, timeout=5)


async def test_post_tags_the_message_and_turns_unfurling_off(
    fake: FakeSlack, http: aiohttp.ClientSession | None
) -> None:
    outcome = await poster(fake, http).post(C1, REPLY, [4, 5])
    (call,) = fake.calls
    assert outcome == PostOutcome(PostStatus.SENT, message_ref=fake.posted("C1")[0]["ts"])
    assert call.params["text"] == REPLY.text
    assert call.params["metadata"] == {
        "event_type": EVENT_TYPE,
        "event_payload": {"reminder_ids": [4, 5]},
    }
    assert (call.params["unfurl_links"], call.params["unfurl_media"]) == (False, False)


@pytest.mark.parametrize(
    ("error", "detail"),
    [
        ("is_archived", "the channel is archived [is_archived]"),
        (
            "channel_not_found",
            "the channel no longer exists, or it is private and I am not in it "
            "[channel_not_found]",
        ),
        ("not_in_channel", "I am not in the channel (invite me with /invite @settleconf) "
         "[not_in_channel]"),
        ("token_revoked", "the app's bot token was revoked (reinstall the app) [token_revoked]"),
        ("invalid_auth", "Slack does not accept the bot token (check SLACK_BOT_TOKEN) "
         "[invalid_auth]"),
    ],
)
async def test_permanent_errors(
    fake: FakeSlack, http: aiohttp.ClientSession | None, error: str, detail: str
) -> None:
    fake.fail("chat.postMessage", error=error)
    assert await poster(fake, http).post(C1, REPLY, [1]) == PostOutcome(
        PostStatus.PERMANENT, detail=detail
    )
    assert TOKEN not in detail


@pytest.mark.parametrize(
    ("failure", "detail"),
    [
        ({"status": 503}, "Slack answered HTTP 503"),
        ({"error": "fatal_error"}, "Slack is having trouble [fatal_error]"),
        ({"error": "service_unavailable"}, "Slack is having trouble [service_unavailable]"),
        ({"error": "msg_blocks_too_long"}, "Slack error [msg_blocks_too_long]"),
    ],
)
async def test_transient_and_unknown_errors_are_retried(
    fake: FakeSlack, http: aiohttp.ClientSession | None, failure: dict[str, object], detail: str
) -> None:
    fake.fail("chat.postMessage", **failure)  # type: ignore[arg-type]
    outcome = await poster(fake, http).post(C1, REPLY, [1])
    assert outcome == PostOutcome(PostStatus.RETRY, detail=detail)
    assert fake.posted("C1") == []


async def test_a_proxy_error_page_is_retried_by_its_status(
    fake: FakeSlack, http: aiohttp.ClientSession | None
) -> None:
    fake.fail("chat.postMessage", status=502, body="<html>Bad Gateway</html>",
              content_type="text/html")
    outcome = await poster(fake, http).post(C1, REPLY, [1])
    assert outcome == PostOutcome(PostStatus.RETRY, detail="Slack answered HTTP 502")


async def test_429_is_returned_not_retried_inside_the_client(
    fake: FakeSlack, http: aiohttp.ClientSession | None
) -> None:
    fake.fail("chat.postMessage", status=429, retry_after=7)
    outcome = await poster(fake, http).post(C1, REPLY, [1])
    assert outcome == PostOutcome(
        PostStatus.RETRY, retry_after=7.0, detail="rate limited, Retry-After 7 s"
    )
    assert [c.status for c in fake.calls] == [429]  # the SDK did not try again by itself


async def test_unreachable_slack_is_retried(http: aiohttp.ClientSession | None) -> None:
    # The discard port: refused.
    client = reminder_web_client(TOKEN, "http://127.0.0.1:9/api/", session=http)
    outcome = await SlackReminderPoster(client, timeout=5).post(C1, REPLY, [1])
    assert outcome == PostOutcome(
        PostStatus.RETRY, detail="could not reach Slack (ClientConnectorError)"
    )


async def test_the_pooled_post_is_the_request_slack_sdk_makes() -> None:
    """Method, path, query, body bytes and headers (but the SDK's User-Agent is the
    client's, so compared as such) of `chat.postMessage` on the pooled session and
    through `api_call`."""
    seen: list[tuple[str, str, bytes, dict[str, str]]] = []

    async def record(request: web.Request) -> web.Response:
        headers = {k: request.headers.get(k, "") for k in ("Authorization", "Content-Type",
                                                            "User-Agent")}
        seen.append((request.method, request.path_qs, await request.read(), headers))
        return web.json_response({"ok": True, "ts": "1.000001"})

    app = web.Application()
    app.router.add_post("/api/chat.postMessage", record)
    runner, url = await serve(app)
    try:
        async with aiohttp.ClientSession() as session:
            for http in (session, None):
                client = reminder_web_client(TOKEN, f"{url}/api/", session=http)
                outcome = await SlackReminderPoster(client, timeout=5).post(C1, REPLY, [4])
                assert outcome == PostOutcome(PostStatus.SENT, message_ref="1.000001")
    finally:
        await runner.cleanup()
    pooled, sdk = seen
    assert pooled == sdk
    assert pooled[3]["Authorization"] == f"Bearer {TOKEN}"
    assert pooled[3]["Content-Type"] == "application/json;charset=utf-8"


async def test_a_debug_web_api_logger_gets_the_sdk_lines_on_the_pooled_session(
    fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger(WEB_API_LOGGER)
    logger.setLevel(logging.DEBUG)
    try:
        async with aiohttp.ClientSession() as session:
            with caplog.at_level(logging.DEBUG, logger=WEB_API_LOGGER):
                outcome = await poster(fake, session).post(C1, REPLY, [1])
    finally:
        logger.setLevel(logging.NOTSET)
    assert outcome.status is PostStatus.SENT
    assert "Sending a request - url: POST" in caplog.text
    assert TOKEN not in caplog.text


def tagged(ts: str, ids: list[int], user: str = BOT_USER) -> dict[str, object]:
    meta = {"event_type": EVENT_TYPE, "event_payload": {"reminder_ids": ids}}
    return {"type": "message", "user": user, "ts": ts, "text": "x", "metadata": meta}


async def test_find_posted_pages_through_history_since_the_claim(fake: FakeSlack) -> None:
    start = int(SINCE.timestamp())
    fake.messages["C1"] = [
        tagged(f"{start - 1}.000001", [8]),  # before `since`: not looked at
        tagged(f"{start + 1}.000001", [7, 8]),
        *(tagged(f"{start + 2}.{n:06d}", [100 + n]) for n in range(250)),
    ]
    assert await poster(fake).find_posted(C1, 8, SINCE) == f"{start + 1}.000001"
    history = [c.params for c in fake.calls if c.method == "conversations.history"]
    assert [h.get("cursor") for h in history] == [None, "200"]
    assert {h["oldest"] for h in history} == {f"{SINCE.timestamp():.6f}"}
    assert {h["include_all_metadata"] for h in history} == {"1"}
    assert await poster(fake).find_posted(C1, 9, SINCE) is None


async def test_find_posted_ignores_other_apps_copying_the_tag(fake: FakeSlack) -> None:
    fake.messages["C1"] = [tagged(f"{int(SINCE.timestamp()) + 1}.000001", [8], user="UOTHER")]
    assert await poster(fake).find_posted(C1, 8, SINCE) is None


async def test_find_posted_says_none_when_history_fails(
    fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    fake.messages["C1"] = [tagged(f"{int(SINCE.timestamp()) + 1}.000001", [8])]
    fake.fail("conversations.history", error="missing_scope")
    with caplog.at_level(logging.WARNING):
        assert await poster(fake).find_posted(C1, 8, SINCE) is None
    assert "look-up failed" in caplog.text and "missing_scope" in caplog.text


async def test_notify_owner_sends_a_direct_message(
    fake: FakeSlack, http: aiohttp.ClientSession | None
) -> None:
    slack = poster(fake, http)
    assert await slack.notify_owner(C1, "slack:U9", REPLY) is True
    assert [m["text"] for m in fake.posted("U9")] == [REPLY.text]
    assert await slack.notify_owner(C1, "teams:aad-user", REPLY) is False
    assert await slack.notify_owner(C1, "console", REPLY) is False
    assert len(fake.calls) == 1


async def test_console_poster_prints_under_a_header() -> None:
    lines: list[str] = []
    console = ConsoleReminderPoster(write=lines.append)
    outcome = await console.post(Destination("console", "local", "local"), REPLY, [3])
    assert outcome == PostOutcome(PostStatus.SENT, message_ref="console-1")
    assert lines == [f"--- reminder for local (#3) ---\n{REPLY.text}\n"]
    assert await console.find_posted(Destination("console", "local", "local"), 3, SINCE) is None


def test_the_web_client_formats_no_debug_lines_unless_asked() -> None:
    # slack_sdk builds its request/response debug lines whenever its logger's own level is
    # NOTSET or DEBUG (it does not ask the effective level): not on every reminder post.
    logger = logging.getLogger(WEB_API_LOGGER)
    logger.setLevel(logging.NOTSET)
    try:
        client = reminder_web_client(TOKEN, "http://127.0.0.1:1/api/")
        assert client.logger is logger and logger.level == logging.INFO
        logger.setLevel(logging.DEBUG)  # an operator who wants them keeps them
        assert reminder_web_client(TOKEN, "http://127.0.0.1:1/api/").logger.level == logging.DEBUG
    finally:
        logger.setLevel(logging.NOTSET)
