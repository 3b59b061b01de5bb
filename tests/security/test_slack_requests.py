"""Slack request authenticity beyond tests/slack/test_security.py (which covers a wrong
secret, a ten-minute-old timestamp, no headers at all, 413 and retried events): each header
damaged on its own, the five-minute window's edges, replays, and the body-size boundary.

Every refused request is checked for what did NOT happen: no Slack call, no reply, and the
matter unchanged (the probe is `done ex_parte_letter`, a command that changes it).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from settleconf.adapters.http_mount import MAX_BODY_BYTES
from tests.slack.conftest import SECRET, SlackHarness, fixture
from tests.slack.signing import FORM, JSON, form_body, json_body, signature, signed_headers

Headers = dict[str, str]
WINDOW_S = 5 * 60  # bolt's SignatureVerifier refuses timestamps further off than this


def probe(slack: SlackHarness, text: str = "done ex_parte_letter") -> bytes:
    return form_body(fixture("slash_command.json") | {"text": text,
                                                      "response_url": slack.response_url()})


async def post_raw(slack: SlackHarness, body: bytes, headers: Headers) -> int:
    async with slack.http.post(f"{slack.url}/slack/events", data=body, headers=headers) as r:
        return r.status


async def done_items(slack: SlackHarness) -> list[str]:
    async with slack.store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        return sorted(matter.done_items())


async def assert_nothing_happened(slack: SlackHarness) -> None:
    await slack.fake.settle()
    assert slack.fake.calls == []
    assert slack.fake.responses == []
    assert await done_items(slack) == []


def _without(name: str) -> Callable[[Headers, bytes], Headers]:
    return lambda h, _: {k: v for k, v in h.items() if k != name}


def _with(name: str, value: str) -> Callable[[Headers, bytes], Headers]:
    return lambda h, _: h | {name: value}


def _future(h: Headers, body: bytes) -> Headers:
    return signed_headers(SECRET, body, content_type=FORM, timestamp=int(time.time()) + 360)


def _refreshed_timestamp(h: Headers, body: bytes) -> Headers:
    # A captured request replayed later with its timestamp moved up: the signature covers
    # the timestamp, so the old signature no longer fits.
    old = int(time.time()) - 2 * WINDOW_S
    return h | {"X-Slack-Signature": signature(SECRET, old, body)}


def _signed_other_body(h: Headers, body: bytes) -> Headers:
    other = body.replace(b"done+ex_parte_letter", b"help")
    return signed_headers(SECRET, other, content_type=FORM)


DAMAGE = {
    "no timestamp": _without("X-Slack-Request-Timestamp"),
    "no signature": _without("X-Slack-Signature"),
    "timestamp not a number": _with("X-Slack-Request-Timestamp", "yesterday"),
    "timestamp with a superscript digit": _with("X-Slack-Request-Timestamp", "17\u00b2"),
    "empty signature": _with("X-Slack-Signature", ""),
    "signature of another version": lambda h, _: h | {
        "X-Slack-Signature": h["X-Slack-Signature"].replace("v0=", "v1=")
    },
    "signature without its version": lambda h, _: h | {
        "X-Slack-Signature": h["X-Slack-Signature"].removeprefix("v0=")
    },
    "timestamp six minutes ahead": _future,
    "replay with a refreshed timestamp": _refreshed_timestamp,
    "signature of a different body": _signed_other_body,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
async def test_a_damaged_signature_header_is_refused(slack: SlackHarness, damage: str) -> None:
    body = probe(slack)
    headers = DAMAGE[damage](signed_headers(SECRET, body, content_type=FORM), body)
    assert await post_raw(slack, body, headers) == 401
    await assert_nothing_happened(slack)


async def test_a_timestamp_inside_the_window_is_accepted(slack: SlackHarness) -> None:
    # The edge's other side: a slightly late delivery (clock skew, a slow proxy) still works.
    status, _ = await slack.post(probe(slack), FORM, timestamp=int(time.time()) - 240)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    assert await done_items(slack) == ["ex_parte_letter"]


async def test_a_replayed_event_is_answered_once_without_retry_headers(
    slack: SlackHarness,
) -> None:
    # Byte-identical re-delivery (not Slack's retry, which says so in headers): the event id
    # in the delivery log is what stops it, not bolt.
    body = json_body(fixture("app_mention.json"))
    headers = signed_headers(SECRET, body, content_type=JSON)
    assert await post_raw(slack, body, headers) == 200
    assert await post_raw(slack, body, headers) == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) >= 1)
    await slack.fake.settle()
    assert len(slack.fake.posts()) == 1


async def test_a_replayed_slash_command_is_acked_and_not_run(slack: SlackHarness) -> None:
    # Inside the five-minute window a byte-identical slash command verifies; the replay
    # cache (tests/security/test_replay.py has more) is what stops it from running again.
    body = probe(slack)
    headers = signed_headers(SECRET, body, content_type=FORM)
    assert await post_raw(slack, body, headers) == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    assert await post_raw(slack, body, headers) == 200
    await slack.fake.settle()
    assert len(slack.fake.responses) == 1
    assert "Marked done" in json.dumps(slack.fake.responses[0])
    assert await done_items(slack) == ["ex_parte_letter"]


def _body_of_size(slack: SlackHarness, size: int) -> bytes:
    fields = fixture("slash_command.json") | {"response_url": slack.response_url()}
    empty = len(form_body(fields | {"text": ""}))
    return form_body(fields | {"text": "x" * (size - empty)})


async def test_a_body_of_exactly_the_limit_is_read(slack: SlackHarness) -> None:
    body = _body_of_size(slack, MAX_BODY_BYTES)
    assert len(body) == MAX_BODY_BYTES
    status, _ = await slack.post(body, FORM)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    assert "characters; I read at most" in json.dumps(slack.fake.responses[0])


@pytest.mark.parametrize("secret", [SECRET, "forged"], ids=["signed", "forged"])
async def test_one_byte_over_the_limit_is_refused_before_the_signature_is_checked(
    slack: SlackHarness, secret: str
) -> None:
    body = _body_of_size(slack, MAX_BODY_BYTES + 1)
    status, _ = await slack.post(body, FORM, secret=secret)
    assert status == 413
    await assert_nothing_happened(slack)
