"""A dispatcher's slots bound the posts in flight, not the recording of them: a post whose
row is still being committed does not keep the next channel's post waiting."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from settleconf.bot.reminders.port import PostOutcome, PostStatus
from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import Destination, ReminderStatus
from tests.reminders.conftest import DOCKET, Rig, at

# Only a guard against hanging if the slot were held again while recording; the test's
# verdict is the order of events, never a duration.
GUARD_S = 5.0


class Poster:
    def __init__(self, events: list[str], posted: asyncio.Event) -> None:
        self.events = events
        self.posted = posted

    async def post(
        self, destination: Destination, reply: Reply, reminder_ids: Sequence[int]
    ) -> PostOutcome:
        del reply, reminder_ids
        self.events.append(f"post {destination.channel}")
        if sum(e.startswith("post") for e in self.events) == 2:
            self.posted.set()
        return PostOutcome(PostStatus.SENT, message_ref=f"ts-{destination.channel}")

    async def find_posted(
        self, destination: Destination, reminder_id: int, since: datetime
    ) -> str | None:
        return None

    async def notify_owner(self, destination: Destination, owner: str, reply: Reply) -> bool:
        return False


class SlowRecording(SqlReminderQueue):
    """The first row's commit waits until another post has been made."""

    def __init__(self, engine: Any, events: list[str], posted: asyncio.Event) -> None:
        super().__init__(engine)
        self.events = events
        self.posted = posted
        self.first = True

    async def mark_sent(self, reminder_id: int, **kw: Any) -> bool:
        if self.first:
            self.first = False
            self.events.append("recording")
            try:
                await asyncio.wait_for(self.posted.wait(), GUARD_S)
            except TimeoutError:
                self.events.append("no other post while recording")
        kept = await super().mark_sent(reminder_id, **kw)
        self.events.append("recorded")
        return kept


async def test_the_next_post_goes_out_while_a_sent_row_is_recorded(rig: Rig) -> None:
    await rig.say(f"track {DOCKET}", channel="C2", trusted=True)
    rig.clock.set(at(7, 13))  # settlement demand, 7 days before: due in C1 and C2
    events: list[str] = []
    posted = asyncio.Event()
    queue = SlowRecording(rig.store.engine, events, posted)
    dispatcher = rig.dispatcher(
        posters={"slack": Poster(events, posted)}, queue=queue, concurrency=1
    )
    report = await dispatcher.run_once()
    assert (report.claimed, report.sent) == (2, 2)
    assert events == ["post C1", "recording", "post C2", "recorded", "recorded"]
    rows = [await rig.row("settlement_demand/7d", c) for c in ("C1", "C2")]
    assert [(r.status, r.message_ref) for r in rows] == [
        (ReminderStatus.SENT, "ts-C1"),
        (ReminderStatus.SENT, "ts-C2"),
    ]
