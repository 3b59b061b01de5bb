"""Answer each Slack event once, however often Slack delivers it.

Slack redelivers an event (same `event_id`, `X-Slack-Retry-Num: n`) when it did not see
our 200 in 3 seconds, and a retry may reach another replica. The bolt middleware here
asks the durable `DeliveryLog` before any listener runs; a repeat is acknowledged with a
200 (so Slack stops retrying) and nothing else happens.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from slack_bolt.response import BoltResponse

from core.delivery_log import DeliveryLog

log = logging.getLogger(__name__)

Middleware = Callable[..., Awaitable[Any]]


def delivery_key(body: Mapping[str, Any]) -> str | None:
    """Events API callbacks only: slash commands and button clicks are never retried."""
    if body.get("type") != "event_callback":
        return None
    event_id = body.get("event_id")
    return f"slack:event:{event_id}" if isinstance(event_id, str) and event_id else None


def dedup_middleware(delivery_log: DeliveryLog) -> Middleware:
    # bolt injects arguments by parameter name: the names `body` and `next` matter.
    async def skip_repeated_deliveries(
        body: dict[str, Any], next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        key = delivery_key(body)
        if key is not None and not await delivery_log.first_delivery(key):
            log.info("slack: repeated delivery ignored", extra={"delivery": key})
            return BoltResponse(status=200, body="")
        await next()
        return None

    return skip_repeated_deliveries


class MemoryDeliveryLog:
    """Per process, for one replica without a database handy (tests, local Socket Mode).
    `SqlDeliveryLog` is the one to use behind a load balancer."""

    def __init__(
        self, *, retention_s: float = 86_400, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._seen: dict[str, float] = {}
        self._retention_s = retention_s
        self._clock = clock

    async def first_delivery(self, key: str) -> bool:
        now = self._clock()
        self._seen = {k: t for k, t in self._seen.items() if now - t < self._retention_s}
        if key in self._seen:
            return False
        self._seen[key] = now
        return True
