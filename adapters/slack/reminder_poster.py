"""Reminders into Slack: `chat.postMessage` tagged with message metadata, and a look-up
for a tagged post (`conversations.history`) so a reminder whose worker died mid-send is
not posted twice.

The web client must have NO retry handlers (`reminder_web_client` builds one): the
dispatcher owns retries, and it looks for an earlier post before re-sending, which the
SDK's handlers cannot do (a 500 or a dropped connection may follow a post Slack made).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from settleconf.adapters.slack.blocks import render_messages
from settleconf.adapters.slack.payloads import is_user_id
from settleconf.bot.reminders.port import PostOutcome, PostStatus
from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import Destination

log = logging.getLogger(__name__)

EVENT_TYPE = "settleconf_reminder"
HISTORY_PAGE = 200
HISTORY_PAGES = 10  # a look-up spans minutes of a channel: 2,000 messages is plenty
DEFAULT_TIMEOUT_S = 15.0
WEB_API_LOGGER = "settleconf.slack.web_api"
POST_MESSAGE = "chat.postMessage"

# Errors that will not go away by waiting, and what to tell the matter's owner.
PERMANENT = {
    "channel_not_found": "the channel no longer exists, or it is private and I am not in it",
    "is_archived": "the channel is archived",
    "not_in_channel": "I am not in the channel (invite me with /invite @settleconf)",
    "account_inactive": "the bot user is deactivated (was the app removed?)",
    "token_revoked": "the app's bot token was revoked (reinstall the app)",
    "invalid_auth": "Slack does not accept the bot token (check SLACK_BOT_TOKEN)",
    "not_authed": "no bot token was sent (check SLACK_BOT_TOKEN)",
    "team_access_not_granted": "the app is not allowed in this workspace (ask an admin)",
    "restricted_action": "a workspace setting does not let me post there",
    "missing_scope": "the app lacks a permission it needs (reinstall it from the manifest)",
}
TRANSIENT = frozenset(
    {"fatal_error", "internal_error", "service_unavailable", "request_timeout", "ratelimited"}
)
NETWORK_ERRORS = (aiohttp.ClientError, OSError, SlackClientError)


def _web_api_logger() -> logging.Logger:
    """slack_sdk formats a debug line of every request and response (the whole body) when
    its logger's OWN level is NOTSET or DEBUG, whatever the effective level: ~10 us a post,
    thrown away. This logger has a level unless the operator gave it one (DEBUG: the lines)."""
    logger = logging.getLogger(WEB_API_LOGGER)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return logger


def reminder_web_client(
    token: str, api_url: str, *, session: aiohttp.ClientSession | None = None, timeout: int = 15
) -> AsyncWebClient:
    """A client with no retry handlers at all (not even for connection errors)."""
    return AsyncWebClient(
        token=token,
        base_url=api_url,
        session=session,
        timeout=timeout,
        retry_handlers=[],
        logger=_web_api_logger(),
    )


def slack_ts(at: datetime) -> str:
    return f"{at.timestamp():.6f}"


def _retry_after(headers: Any) -> float | None:
    try:
        value = float(str((headers or {}).get("Retry-After")))
    except (TypeError, ValueError):
        return None
    return value if value >= 0 else None


def classify(exc: BaseException, timeout: float) -> PostOutcome:
    """What a failed Web API call means for the dispatcher. Details never hold the token."""
    if isinstance(exc, SlackApiError):
        resp = exc.response
        status = getattr(resp, "status_code", None) or getattr(resp, "status", None)
        data = getattr(resp, "data", None)
        error = str(data.get("error") or "") if isinstance(data, Mapping) else ""
        if status == 429 or error == "ratelimited":
            wait = _retry_after(getattr(resp, "headers", None))
            shown = f", Retry-After {wait:g} s" if wait is not None else ""
            return PostOutcome(PostStatus.RETRY, retry_after=wait, detail=f"rate limited{shown}")
        if error in PERMANENT:
            why = PERMANENT[error]
            if error == "missing_scope" and isinstance(data, Mapping) and data.get("needed"):
                why += f" (needs {data['needed']})"
            return PostOutcome(PostStatus.PERMANENT, detail=f"{why} [{error}]")
        if isinstance(status, int) and status >= 500:
            return PostOutcome(PostStatus.RETRY, detail=f"Slack answered HTTP {status}")
        if error in TRANSIENT:
            return PostOutcome(PostStatus.RETRY, detail=f"Slack is having trouble [{error}]")
        return PostOutcome(PostStatus.RETRY, detail=f"Slack error [{error or status}]")
    if isinstance(exc, TimeoutError):
        return PostOutcome(PostStatus.RETRY, detail=f"no answer from Slack within {timeout:g} s")
    return PostOutcome(PostStatus.RETRY, detail=f"could not reach Slack ({type(exc).__name__})")


class SlackReminderPoster:
    def __init__(self, client: AsyncWebClient, *, timeout: float | None = None) -> None:
        if client.retry_handlers:
            log.warning("slack reminders: the web client retries by itself; use retry_handlers=[]")
        self._client = client
        # A client given an aiohttp session ignores its own timeout: bound every call here.
        self._timeout = float(timeout if timeout is not None else client.timeout)
        self._me: tuple[str | None, str | None] | None = None  # (bot user id, bot id)
        # What slack_sdk's `api_call("chat.postMessage", json=...)` sends, worked out once:
        # its URL (urljoin of the base URL) and headers (the client's, with User-Agent,
        # the bearer token and the JSON content type).
        self._post_url = urljoin(client.base_url, POST_MESSAGE)
        self._post_headers = {
            **client.headers,
            "Authorization": f"Bearer {client.token}",
            "Content-Type": "application/json;charset=utf-8",
        }

    async def _call(self, method: str, **kwargs: Any) -> Mapping[str, Any]:
        call = getattr(self._client, method)
        async with asyncio.timeout(self._timeout):
            resp = await call(**kwargs)
        data = resp.data
        return data if isinstance(data, Mapping) else {}

    async def _send(self, channel: str, reply: Reply, metadata: dict[str, Any] | None) -> str:
        """Post every page of `reply`; the first page's ts (raises on the first failure)."""
        first: str | None = None
        for message in render_messages(reply):
            body: dict[str, Any] = {
                "channel": channel,
                "text": message.text,
                "blocks": message.blocks,
                # Orders quote URLs (hearing links); previews of them would only add noise.
                "unfurl_links": False,
                "unfurl_media": False,
            }
            if metadata is not None:
                body["metadata"] = metadata
            # `asyncio.timeout`, unlike `wait_for`, runs the call in this task rather than
            # a new one per post.
            async with asyncio.timeout(self._timeout):
                data = await self._post_message(body)
            first = first or str(data.get("ts") or "")
        return first or ""

    async def _post_message(self, body: dict[str, Any]) -> Mapping[str, Any]:
        """`chat.postMessage`: the request slack_sdk's `api_call` makes, on the client's
        session, and on failure the same SlackApiError (its own response type, its own
        check). Not through `api_call`: its request and response bookkeeping (a retry
        state, a response object, URL joining, header merging) cost ~60 us a post of
        ~200 over bare aiohttp (docs/performance.md, "Reminders"). A client without a
        session, or whose logger shows DEBUG (the operator wants the SDK's request and
        response lines), posts through `api_call` as before."""
        session = self._client.session
        if session is None or session.closed or self._client.logger.isEnabledFor(logging.DEBUG):
            resp = await self._client.api_call(POST_MESSAGE, json=body)
            return resp.data if isinstance(resp.data, Mapping) else {}
        payload = json.dumps(body).encode()  # what aiohttp's `json=` sends for the SDK
        async with session.post(self._post_url, data=payload, headers=self._post_headers) as res:
            try:
                data = await res.json()
            except (aiohttp.ContentTypeError, ValueError):
                # Not JSON (a proxy's error page): the SDK's empty answer, which fails below
                # with the status (a 5xx is then retried as "Slack answered HTTP 502").
                data = {}
            status, headers = res.status, res.headers
        if status == 200 and isinstance(data, Mapping) and data.get("ok"):
            return data
        raise SlackApiError(  # type: ignore[no-untyped-call]
            f"The request to the Slack API failed. (url: {self._post_url}, status: {status})",
            AsyncSlackResponse(
                client=self._client,
                http_verb="POST",
                api_url=self._post_url,
                req_args={"json": body},
                data=data if isinstance(data, dict) else {},
                # As the SDK passes them: case-insensitive, for Retry-After.
                headers=headers,  # type: ignore[arg-type]
                status_code=status,
            ),
        )

    async def post(
        self, destination: Destination, reply: Reply, reminder_ids: Sequence[int]
    ) -> PostOutcome:
        metadata = {"event_type": EVENT_TYPE, "event_payload": {"reminder_ids": list(reminder_ids)}}
        try:
            ts = await self._send(destination.channel, reply, metadata)
        except (SlackApiError, TimeoutError, *NETWORK_ERRORS) as exc:
            return classify(exc, self._timeout)
        return PostOutcome(PostStatus.SENT, message_ref=ts or None)

    async def _bot(self) -> tuple[str | None, str | None]:
        if self._me is None:
            data = await self._call("auth_test")
            self._me = (data.get("user_id"), data.get("bot_id"))
        return self._me

    async def find_posted(
        self, destination: Destination, reminder_id: int, since: datetime
    ) -> str | None:
        extra = {"channel": destination.channel, "reminder_id": reminder_id}
        cursor: str | None = None
        try:
            user_id, bot_id = await self._bot()
            for _ in range(HISTORY_PAGES):
                data = await self._call(
                    "conversations_history",
                    channel=destination.channel,
                    oldest=slack_ts(since),
                    include_all_metadata=True,
                    limit=HISTORY_PAGE,
                    cursor=cursor,
                )
                for msg in data.get("messages") or []:
                    # Only our own posts count: another app could copy the metadata.
                    ours = (user_id and msg.get("user") == user_id) or (
                        bot_id and msg.get("bot_id") == bot_id
                    )
                    if ours and _tagged(msg, reminder_id):
                        return str(msg["ts"])
                cursor = (data.get("response_metadata") or {}).get("next_cursor") or None
                if cursor is None:
                    return None
        except (SlackApiError, TimeoutError, *NETWORK_ERRORS) as exc:
            why = classify(exc, self._timeout).detail
            log.warning("slack reminders: look-up failed (%s); posting again", why, extra=extra)
            return None
        log.warning("slack reminders: look-up stopped after %d pages", HISTORY_PAGES, extra=extra)
        return None

    async def notify_owner(self, destination: Destination, owner: str, reply: Reply) -> bool:
        """A direct message from the app (its Messages tab) to a "slack:U123" owner."""
        platform, _, user = owner.partition(":")
        if platform != "slack" or not is_user_id(user):
            return False
        try:
            await self._send(user, reply, None)
        except (SlackApiError, TimeoutError, *NETWORK_ERRORS) as exc:
            why = classify(exc, self._timeout).detail
            log.warning("slack reminders: could not message the owner (%s)", why)
            return False
        return True


def _tagged(msg: Mapping[str, Any], reminder_id: int) -> bool:
    meta = msg.get("metadata")
    if not isinstance(meta, Mapping) or meta.get("event_type") != EVENT_TYPE:
        return False
    payload = meta.get("event_payload")
    ids = payload.get("reminder_ids") if isinstance(payload, Mapping) else None
    return isinstance(ids, list) and str(reminder_id) in {str(i) for i in ids}
