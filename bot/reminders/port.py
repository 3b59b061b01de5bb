"""The port reminders leave through: one `ReminderPoster` per platform.

The dispatcher (`bot.reminders.dispatcher`) decides what to send and when; a poster only
delivers a neutral `Reply` to a `Destination` and classifies the outcome, so retry and
failure policy live in one place for every platform.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import Destination


class PostStatus(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # 429, 5xx, timeout, network: try again later (after `retry_after`)
    PERMANENT = "permanent"  # channel archived or gone, bot removed, token revoked: stop


@dataclass(frozen=True)
class PostOutcome:
    status: PostStatus
    message_ref: str | None = None  # the platform's id for the message (Slack ts, activity id)
    retry_after: float | None = None  # seconds the platform asked us to wait (Retry-After)
    detail: str | None = None  # for logs and the failure notice; never a secret


class ReminderPoster(Protocol):
    async def post(
        self, destination: Destination, reply: Reply, reminder_ids: Sequence[int]
    ) -> PostOutcome:
        """Post `reply`, tagged with `reminder_ids` where the platform can carry them."""
        ...

    async def find_posted(
        self, destination: Destination, reminder_id: int, since: datetime
    ) -> str | None:
        """The message ref of a post tagged with `reminder_id` made since `since`, or None.

        Asked before re-sending a reminder whose earlier claim expired (a worker died
        mid-send). A platform that cannot look posts up returns None (at-least-once).
        """
        ...

    async def notify_owner(self, destination: Destination, owner: str, reply: Reply) -> bool:
        """Tell the matter's owner (e.g. "slack:U123") directly; False if not possible."""
        ...
