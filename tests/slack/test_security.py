"""Signature checks, body limits, url_verification and retried deliveries."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

from settleconf.adapters.http_mount import MAX_BODY_BYTES
from settleconf.adapters.slack import SlackSettings, slack_mount
from settleconf.adapters.store.delivery_log import SqlDeliveryLog
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.service import Service
from tests.slack.conftest import SECRET, SlackHarness, _serve, fixture
from tests.slack.fake_api import TOKEN
from tests.slack.signing import FORM, JSON, form_body, json_body, signed_headers


async def test_forged_signature_is_refused_and_nothing_happens(slack: SlackHarness) -> None:
    form = fixture("slash_command.json") | {"response_url": slack.response_url()}
    status, _ = await slack.post(form_body(form), FORM, secret="not-the-secret")
    assert status == 401
    await slack.fake.settle()
    assert slack.fake.calls == []
    assert slack.fake.responses == []


async def test_stale_timestamp_is_refused(slack: SlackHarness) -> None:
    form = fixture("slash_command.json") | {"response_url": slack.response_url()}
    ten_minutes_ago = int(time.time()) - 600
    status, _ = await slack.post(form_body(form), FORM, timestamp=ten_minutes_ago)
    assert status == 401
    await slack.fake.settle()
    assert slack.fake.calls == []
    assert slack.fake.responses == []


async def test_unsigned_event_is_refused(slack: SlackHarness) -> None:
    body = json_body(fixture("app_mention.json"))
    url = f"{slack.url}/slack/events"
    async with slack.http.post(url, data=body, headers={"Content-Type": JSON}) as resp:
        assert resp.status == 401
    await slack.fake.settle()
    assert slack.fake.posts() == []


async def test_url_verification_answers_the_challenge(slack: SlackHarness) -> None:
    payload = fixture("url_verification.json")
    status, body = await slack.event(payload)
    assert status == 200
    assert json.loads(body) == {"challenge": payload["challenge"]}


async def test_oversized_body_is_refused_with_413(slack: SlackHarness) -> None:
    form = fixture("slash_command.json") | {"text": "add " + "x" * MAX_BODY_BYTES}
    status, _ = await slack.post(form_body(form), FORM)
    assert status == 413
    await slack.fake.settle()
    assert slack.fake.responses == []


async def test_oversized_chunked_body_is_refused_with_413(slack: SlackHarness) -> None:
    # No Content-Length to check up front: aiohttp's client_max_size stops the read.
    body = form_body(fixture("slash_command.json") | {"text": "x" * MAX_BODY_BYTES})

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(body), 65536):
            yield body[i : i + 65536]

    headers = signed_headers(SECRET, body, content_type=FORM)
    async with slack.http.post(f"{slack.url}/slack/events", data=chunks(), headers=headers) as r:
        assert r.status == 413
    await slack.fake.settle()
    assert slack.fake.responses == []


async def test_retried_event_is_answered_once(slack: SlackHarness) -> None:
    payload = fixture("app_mention.json")
    assert (await slack.event(payload))[0] == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert (await slack.event(payload, **retry))[0] == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) >= 1)
    await slack.fake.settle()
    assert len(slack.fake.posts()) == 1


async def test_retry_reaching_another_replica_is_answered_once(slack: SlackHarness) -> None:
    # A second server on the same database stands in for another replica.
    settings = SlackSettings(
        bot_token=TOKEN, signing_secret=SECRET, api_url=f"{slack.fake.base_url}/api/"
    )
    mount = slack_mount(settings, delivery_log=SqlDeliveryLog(slack.store.engine))
    runner, other_url = await _serve(build_app(Service(slack.store), [mount]))
    try:
        payload = fixture("app_mention.json")
        assert (await slack.event(payload))[0] == 200
        body = json_body(payload)
        headers = signed_headers(SECRET, body, content_type=JSON) | {"X-Slack-Retry-Num": "1"}
        async with slack.http.post(f"{other_url}/slack/events", data=body, headers=headers) as r:
            assert r.status == 200
        await slack.fake.wait_for(lambda: len(slack.fake.posts()) >= 1)
        await slack.fake.settle()
        assert len(slack.fake.posts()) == 1
    finally:
        await runner.cleanup()


async def test_different_events_are_both_answered(slack: SlackHarness) -> None:
    first = fixture("app_mention.json")
    second = fixture("app_mention.json") | {"event_id": "Ev0000000099"}
    await slack.event(first)
    await slack.event(second)
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 2)
