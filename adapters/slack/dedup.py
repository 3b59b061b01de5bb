"""Run each Slack request once, however often it arrives.

Two kinds of repeat, both acknowledged with a 200 (so Slack stops retrying) and nothing
else, whichever replica they reach:

- a replay: the same signed request again (a captured request resent, a proxy's retry).
  Bolt's signature check accepts it for five minutes, and slash commands and button
  clicks carry no id, so the signature itself is the key (it covers timestamp and body);
- a retry: Slack redelivers an event (same `event_id`, a new signature,
  `X-Slack-Retry-Num: n`) when it did not see our 200 in 3 seconds.

The bolt middleware here asks the durable log before any listener runs. Socket Mode
requests carry no signature (the socket is authenticated instead): only retries apply.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from settleconf.core.delivery_log import DeliveryLog
from settleconf.core.store import REPLAY_WINDOW, ReplayCache

log = logging.getLogger(__name__)

Middleware = Callable[..., Awaitable[Any]]


class RequestLog(DeliveryLog, ReplayCache, Protocol):
    """What a Slack mount needs: `adapters.store.delivery_log.SqlDeliveryLog` is one."""


def delivery_key(body: Mapping[str, Any]) -> str | None:
    """Events API callbacks only: slash commands and button clicks are never retried."""
    if body.get("type") != "event_callback":
        return None
    event_id = body.get("event_id")
    return f"slack:event:{event_id}" if isinstance(event_id, str) and event_id else None


def signed(headers: Mapping[str, Sequence[str]]) -> tuple[str, datetime] | None:
    """The (signature, timestamp) of an HTTP request bolt has verified; None over Socket
    Mode. The route has already refused a timestamp that is not a number."""
    signature = next(iter(headers.get("x-slack-signature", ())), "")
    timestamp = next(iter(headers.get("x-slack-request-timestamp", ())), "")
    if not signature or not timestamp.isdecimal():
        return None
    return signature, datetime.fromtimestamp(int(timestamp), UTC)


# The bolt context key under which a deferred replay check's verdict waits (True: first use).
VERDICT = "settleconf_first_use"
Defer = Callable[[Mapping[str, Any], AsyncBoltRequest], bool]


def dedup_middleware(requests: RequestLog, *, defer: Defer | None = None) -> Middleware:
    """`defer(body, req)`: True for a request whose signature may be recorded while its
    listener already runs (a read answered in its ack: adapters/slack/ack_answer.py), which
    takes the recording off the answer's critical path. The verdict then waits in the
    context under `VERDICT`, and the listener delivers nothing, in the ack or after it,
    until it is True."""

    # bolt injects arguments by parameter name: `req`, `body` and `next` matter.
    async def skip_repeated_deliveries(
        req: AsyncBoltRequest, body: dict[str, Any], next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        signature = signed(req.headers)
        if signature is not None and defer is not None and defer(body, req):
            verdict = asyncio.ensure_future(requests.first_use(*signature))
            verdict.add_done_callback(_observed)
            req.context[VERDICT] = verdict
            await next()
            return None
        if signature is not None and not await requests.first_use(*signature):
            log.warning("slack: replayed request ignored (same signature)")
            return BoltResponse(status=200, body="")
        key = delivery_key(body)
        if key is not None and not await requests.first_delivery(key):
            log.info("slack: repeated delivery ignored", extra={"delivery": key})
            return BoltResponse(status=200, body="")
        await next()
        return None

    return skip_repeated_deliveries


def _observed(verdict: asyncio.Future[bool]) -> None:
    """The listener awaits the verdict; should it never get that far, its error is not
    "never retrieved" noise."""
    if not verdict.cancelled():
        verdict.exception()


class MemoryDeliveryLog:
    """Per process, for one replica without a database handy (tests, local Socket Mode).
    `SqlDeliveryLog` is the one to use behind a load balancer."""

    def __init__(
        self, *, retention_s: float = 86_400, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._seen: dict[str, float] = {}
        self._signatures: dict[str, datetime] = {}
        self._retention_s = retention_s
        self._clock = clock

    async def first_delivery(self, key: str) -> bool:
        now = self._clock()
        self._seen = {k: t for k, t in self._seen.items() if now - t < self._retention_s}
        if key in self._seen:
            return False
        self._seen[key] = now
        return True

    async def first_use(self, key: str, signed_at: datetime) -> bool:
        now = datetime.now(UTC)
        self._signatures = {k: t for k, t in self._signatures.items() if t >= now}
        if key in self._signatures:
            return False
        self._signatures[key] = max(signed_at, now) + REPLAY_WINDOW
        return True

