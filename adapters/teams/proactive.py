"""Posting to Teams unprompted (reminders), through stored conversation references.

- A team channel gets a **new top-level message** (a new thread): `create_conversation`
  with the channel's id, on the service URL from the stored reference. A personal or group
  chat is continued with `continue_conversation` on its stored reference. Either way the
  message is new, never a reply to an activity id that no longer means anything.
- 403/404 from the Bot Connector (app removed, bot blocked, channel deleted): the
  reference is marked broken and the post is abandoned; later posts are skipped until a
  new install or message saves a fresh reference. No endless retries.
- Throttle: posts to one conversation are spaced `min_interval_s` apart (Teams limits each
  bot per conversation). 429: wait `Retry-After` (or an exponential backoff), then retry a
  bounded number of times; the wait also holds back other posts to that conversation.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ConversationParameters, ConversationReference

from settleconf.adapters.teams.bot import reply_activity
from settleconf.adapters.teams.conversation_refs import ReferenceKeeper, reference_from_json
from settleconf.bot.replies.reply import Reply
from settleconf.core.conversation_refs import ConversationRef

log = logging.getLogger(__name__)

TEAMS_CHANNEL_ID = "msteams"
BROKEN_STATUSES = frozenset({403, 404})
TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})


class PostStatus(StrEnum):
    SENT = "sent"
    NO_REFERENCE = "no_reference"  # never installed or spoken to there
    BROKEN = "broken"  # refused with 403/404 (now or earlier)
    RATE_LIMITED = "rate_limited"  # still 429 after every retry
    FAILED = "failed"  # anything else; the reminder job may try again next run


@dataclass(frozen=True)
class PostResult:
    status: PostStatus
    activity_id: str | None = None
    attempts: int = 0
    detail: str | None = None


def _status(exc: BaseException) -> int | None:
    status = getattr(getattr(exc, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def _retry_after(exc: BaseException) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    try:
        value = float(str(headers.get("Retry-After")))
    except (TypeError, ValueError):
        return None
    return value if value >= 0 else None


class TeamsPoster:
    def __init__(
        self,
        adapter: CloudAdapter,
        keeper: ReferenceKeeper,
        *,
        app_id: str | None,
        min_interval_s: float = 1.0,
        max_attempts: int = 4,
        base_backoff_s: float = 1.0,
        max_backoff_s: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._adapter = adapter
        self._keeper = keeper
        self._app_id = app_id or ""
        self._min_interval = min_interval_s
        self._max_attempts = max_attempts
        self._base_backoff = base_backoff_s
        self._max_backoff = max_backoff_s
        self._sleep = sleep
        self._clock = clock
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._next_at: dict[tuple[str, str], float] = {}

    async def post(self, workspace: str, channel: str, reply: Reply) -> PostResult:
        """Post `reply` as a card to (tenant `workspace`, `channel`)."""
        ref = await self._keeper.get(workspace, channel)
        if ref is None:
            return PostResult(PostStatus.NO_REFERENCE)
        if ref.broken:
            return PostResult(PostStatus.BROKEN, detail=ref.broken_reason)
        key = (workspace, channel)
        lock = self._locks.setdefault(key, asyncio.Lock())
        last: BaseException | None = None
        async with lock:
            for attempt in range(1, self._max_attempts + 1):
                await self._wait_turn(key)
                try:
                    activity_id = await self._send(ref, reply)
                except Exception as exc:
                    last = exc
                    status = _status(exc)
                    if status in BROKEN_STATUSES:
                        reason = f"Teams refused the post (HTTP {status})"
                        await self._keeper.mark_broken(workspace, channel, reason)
                        log.warning("teams: %s in %s; reference marked broken", reason, channel)
                        return PostResult(PostStatus.BROKEN, attempts=attempt, detail=reason)
                    if status is not None and status not in TRANSIENT_STATUSES:
                        return PostResult(PostStatus.FAILED, attempts=attempt, detail=repr(exc))
                    self._hold(key, _retry_after(exc) or self._backoff(attempt))
                    continue
                self._hold(key, self._min_interval)
                return PostResult(PostStatus.SENT, activity_id, attempts=attempt)
        limited = last is not None and _status(last) == 429
        outcome = PostStatus.RATE_LIMITED if limited else PostStatus.FAILED
        return PostResult(outcome, attempts=self._max_attempts, detail=repr(last))

    def _backoff(self, attempt: int) -> float:
        return float(min(self._max_backoff, self._base_backoff * 2 ** (attempt - 1)))

    def _hold(self, key: tuple[str, str], seconds: float) -> None:
        self._next_at[key] = max(self._next_at.get(key, 0.0), self._clock() + seconds)

    async def _wait_turn(self, key: tuple[str, str]) -> None:
        delay = self._next_at.get(key, 0.0) - self._clock()
        if delay > 0:
            await self._sleep(delay)

    async def _send(self, ref: ConversationRef, reply: Reply) -> str | None:
        reference = reference_from_json(ref.reference)
        activity = reply_activity(reply)
        conv = reference.conversation
        if conv is not None and conv.conversation_type == "channel":
            return await self._new_thread(reference, ref.workspace, ref.channel, activity)
        sent: list[str | None] = []
        failure: list[BaseException] = []

        async def send(turn_context: TurnContext) -> None:
            # Inside the SDK's pipeline an exception would go to on_turn_error (a log line)
            # and never reach us: carry it out by hand so 403/429 can be acted on.
            # The SDK gives its continuation activity a made-up id and would send ours as
            # a reply to it; without an id the message is a plain new one.
            turn_context.activity.id = None
            try:
                response = await turn_context.send_activity(activity)
            except Exception as exc:
                failure.append(exc)
                return
            sent.append(response.id if response else None)

        await self._adapter.continue_conversation(reference, send, bot_app_id=self._app_id)
        if failure:
            raise failure[0]
        return sent[0] if sent else None

    async def _new_thread(
        self, reference: ConversationReference, tenant: str, channel_id: str, activity: Activity
    ) -> str | None:
        params = ConversationParameters(
            is_group=True,
            bot=reference.bot,
            channel_data={"channel": {"id": channel_id}, "tenant": {"id": tenant}},
            activity=activity,
            tenant_id=tenant,
        )
        created: list[str | None] = []

        async def capture(turn_context: TurnContext) -> None:
            created.append(turn_context.activity.id)

        await self._adapter.create_conversation(
            self._app_id,
            capture,
            params,
            reference.channel_id or TEAMS_CHANNEL_ID,
            reference.service_url,
            None,
        )
        return created[0] if created else None
