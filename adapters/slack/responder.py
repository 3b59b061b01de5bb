"""Sending rendered replies to Slack: `response_url`, `chat.postMessage`,
`chat.postEphemeral`, file uploads. Rate limits (429 + Retry-After) are waited out by
the SDK's retry handlers, so a reply arrives once even when Slack asks us to slow down.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from settleconf.adapters.slack.api_errors import api_error
from settleconf.adapters.slack.blocks import SlackMessage
from settleconf.bot.replies.reply import Attachment, Reply

log = logging.getLogger(__name__)

# Replies that change a matter: the team should see them, so they go in the channel.
CHANGE_INTENTS = frozenset(
    {
        "add",
        "confirm",
        "discard",
        "track",
        "untrack",
        "conference_moved",
        "change_proposed",  # a change waiting for Confirm: the team sees what will change
        "demand_made",
        "done",
        "undo",
        "side",
        "remind",
        "snooze",
    }
)
# Answers: private to the asker first, with a "Share in channel" button.
ANSWER_INTENTS = frozenset(
    {
        "deadlines",
        "deadline",
        "next",
        "this_week",
        "why",
        "explain",
        "conference",
        "no_such_deadline",
        "history",
        "status",
        "ics",
        "reminders",
    }
)


def retry_handlers() -> list[AsyncRetryHandler]:
    """Not server errors: a 500 after Slack posted the message would post it twice."""
    return [
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
        AsyncRateLimitErrorRetryHandler(max_retry_count=3),
    ]


def web_client(token: str, api_url: str) -> AsyncWebClient:
    return AsyncWebClient(token=token, base_url=api_url, retry_handlers=retry_handlers())


def is_private(reply: Reply) -> bool:
    """Help, errors, clarifying questions and answers start out visible only to the asker;
    changes are posted for the channel. Unknown intents stay private (the safe side)."""
    return reply.ephemeral or reply.is_error or reply.intent not in CHANGE_INTENTS


def is_shareable(reply: Reply) -> bool:
    return not (reply.ephemeral or reply.is_error) and reply.intent in ANSWER_INTENTS


def response_body(message: SlackMessage, *, ephemeral: bool) -> dict[str, Any]:
    """A message as a slash command's ack carries it and as `response_url` takes it: the
    two must show the same thing."""
    return {
        "text": message.text,
        "blocks": message.blocks,
        "response_type": "ephemeral" if ephemeral else "in_channel",
    }


class AckBody(dict[str, Any]):
    """`response_body` for a slash command's ack, with its JSON made once: the same reply
    (a memoised answer, bot/service_cache.py) reuses it (adapters/slack/command_path.py
    sends `json`; bolt's ack serializes the dict itself, to the same text)."""

    __slots__ = ("json",)

    def __init__(self, message: SlackMessage, *, ephemeral: bool) -> None:
        super().__init__(response_body(message, ephemeral=ephemeral))
        self.json = json.dumps(self)


Origin = tuple[str, str, int]  # scheme, host, port


def _origin(url: str) -> Origin | None:
    try:
        parts = urlsplit(url)
        port = parts.port or {"https": 443, "http": 80}.get(parts.scheme)
    except ValueError:  # a port that is not a number
        return None
    if not parts.hostname or port is None:
        return None
    return parts.scheme, parts.hostname.lower(), port


def response_origins(api_url: str) -> frozenset[Origin]:
    """Where a `response_url` may point: Slack's webhook host, and the configured Web API's
    host and its `hooks.` sibling (GovSlack: slack-gov.com, hooks.slack-gov.com; a test's
    fake API)."""
    allowed = {("https", "hooks.slack.com", 443)}
    api = _origin(api_url)
    if api is not None:
        scheme, host, port = api
        allowed |= {api, (scheme, f"hooks.{host}", port)}
    return frozenset(allowed)


class Responder:
    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client
        # The answer (deadlines, matter names) goes wherever the payload's response_url
        # says, so it must be Slack's: the payload is signed, but not every field is ours
        # to trust forever (a leaked secret, a relay), and answers are confidential.
        self._origins = response_origins(client.base_url)
        # One pooled session for every response_url post: without it the webhook client
        # opens (and TLS-handshakes) a new connection to hooks.slack.com per answer.
        self._session: aiohttp.ClientSession | None = None

    def trusts(self, url: str) -> bool:
        return _origin(url) in self._origins

    def allowed(self, url: str) -> bool:
        if self.trusts(url):
            return True
        # The host only: no path (it may hold a token) and no user:password@.
        shown = url.partition("://")[2].partition("/")[0].rpartition("@")[2][:100] or "none"
        log.warning("slack: not answering to a response_url outside Slack (host %s)", shown)
        return False

    def _webhook(self, url: str) -> AsyncWebhookClient:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()  # here: it needs the running loop
        return AsyncWebhookClient(url, session=self._session, retry_handlers=retry_handlers())

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def respond(
        self,
        url: str,
        messages: Sequence[SlackMessage],
        *,
        ephemeral: bool = True,
        replace_original: bool = False,
        thread_ts: str | None = None,
    ) -> None:
        """Through a `response_url` (slash commands, button clicks). Only the first
        message can replace the original; further pages follow it. Nothing is sent to a
        URL outside Slack (`response_origins`)."""
        if not self.allowed(url):
            return
        webhook = self._webhook(url)
        for n, message in enumerate(messages):
            body = response_body(message, ephemeral=ephemeral)
            body["replace_original"] = replace_original and n == 0
            if thread_ts:
                body["thread_ts"] = thread_ts
            resp = await webhook.send_dict(body)
            if resp.status_code != 200:
                log.warning("slack: response_url answered %s: %s", resp.status_code, resp.body)

    async def delete_original(self, url: str) -> None:
        if not self.allowed(url):
            return
        await self._webhook(url).send_dict({"delete_original": True})

    async def post(
        self, channel: str, messages: Sequence[SlackMessage], *, thread_ts: str | None = None
    ) -> None:
        for message in messages:
            await self._client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=message.blocks,
                thread_ts=thread_ts,
                # Orders quote URLs (hearing links); previews of them would only add noise.
                unfurl_links=False,
                unfurl_media=False,
            )

    async def post_ephemeral(
        self,
        channel: str,
        user: str,
        messages: Sequence[SlackMessage],
        *,
        thread_ts: str | None = None,
    ) -> None:
        for message in messages:
            await self._client.chat_postEphemeral(
                channel=channel,
                user=user,
                text=message.text,
                blocks=message.blocks,
                thread_ts=thread_ts,
            )

    async def upload(
        self, channel: str, attachment: Attachment, *, thread_ts: str | None = None
    ) -> str | None:
        """Post the file; None when it worked, else what went wrong (for the user)."""
        try:
            await self._client.files_upload_v2(
                channel=channel,
                filename=attachment.file_name,
                title=attachment.file_name,
                content=attachment.content,
                thread_ts=thread_ts,
            )
        except SlackApiError as exc:
            error = api_error(exc)
            log.warning("slack: file upload failed: %s", error)
            if error in ("not_in_channel", "channel_not_found"):
                return (
                    f"I couldn't post {attachment.file_name} here: invite me to this channel "
                    "(`/invite @settleconf`) or ask me in a direct message."
                )
            return f"I couldn't post {attachment.file_name} ({error})."
        except SlackRequestError as exc:
            log.warning("slack: file upload failed: %s", exc)
            return f"I couldn't post {attachment.file_name}; please try again."
        return None
