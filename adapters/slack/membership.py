"""`bot.chat.request.Membership` for Slack: is this user in that channel? (`conversations.members`)

The service asks when someone DMs the bot about a matter: they may see it if they are in
a channel bound to it. Member lists are cached for a minute, because one question can
ask about several channels and Slack rate-limits `conversations.members` (Tier 4).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from settleconf.adapters.slack.api_errors import api_error

log = logging.getLogger(__name__)

CACHE_SECONDS = 60.0
PAGE_SIZE = 1000
MAX_PAGES = 50  # 50,000 members: past that, answer from what we have rather than loop


class SlackMembership:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        ttl: float = CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, frozenset[str]]] = {}

    async def is_member(self, user: str, channel: str) -> bool:
        return user in await self.members(channel)

    async def members(self, channel: str) -> frozenset[str]:
        now = self._clock()
        cached = self._cache.get(channel)
        if cached is not None and now - cached[0] < self._ttl:
            return cached[1]
        try:
            members = await self._fetch(channel)
        except SlackApiError as exc:
            # Not in the channel, channel archived or gone: nobody is shown as a member,
            # which only ever denies access, never grants it. Not cached: it may be fixed.
            log.warning("slack: conversations.members failed: %s", api_error(exc))
            return frozenset()
        self._cache[channel] = (now, members)
        return members

    async def _fetch(self, channel: str) -> frozenset[str]:
        found: set[str] = set()
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            resp = await self._client.conversations_members(
                channel=channel, limit=PAGE_SIZE, cursor=cursor
            )
            page: list[object] = resp.get("members") or []
            found.update(m for m in page if isinstance(m, str))
            cursor = (resp.get("response_metadata") or {}).get("next_cursor") or None
            if cursor is None:
                break
        return frozenset(found)
