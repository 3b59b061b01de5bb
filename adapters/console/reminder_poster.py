"""Reminders on standard output (`settleconf worker` on the embedded store, the demo)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from settleconf.bot.reminders.port import PostOutcome, PostStatus
from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import Destination


class ConsoleReminderPoster:
    def __init__(self, write: Callable[[str], object] = print) -> None:
        self._write = write
        self._posted = 0

    async def post(
        self, destination: Destination, reply: Reply, reminder_ids: Sequence[int]
    ) -> PostOutcome:
        self._posted += 1
        ids = ", ".join(str(i) for i in reminder_ids)
        self._write(f"--- reminder for {destination.channel} (#{ids}) ---\n{render_text(reply)}")
        return PostOutcome(PostStatus.SENT, message_ref=f"console-{self._posted}")

    async def find_posted(
        self, destination: Destination, reminder_id: int, since: datetime
    ) -> str | None:
        return None

    async def notify_owner(self, destination: Destination, owner: str, reply: Reply) -> bool:
        return False
