"""A dispatcher claims its next batch while the current one posts, starts it only when
the current one is done, and gives it back unposted when the pass stops or is cancelled
before starting it."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from settleconf.bot.reminders.port import PostOutcome, PostStatus
from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import Destination, ReminderStatus, ScheduledReminder
from tests.reminders.conftest import DOCKET, Rig, at

# Only a guard against hanging; the verdicts are orders of events and rows, never durations.
GUARD_S = 5.0
KEYS = ("ex_parte_letter/7d", "hard_copy/7d")


class ClaimLog(SqlReminderQueue):
    def __init__(self, engine: Any, events: list[str]) -> None:
        super().__init__(engine)
        self.events = events
        self.claims = 0
        self.second_claim = asyncio.Event()

    async def claim_due(self, *args: Any, **kw: Any) -> list[ScheduledReminder]:
        rows = await super().claim_due(*args, **kw)
        self.events.append(f"claim {len(rows)}")
        self.claims += 1
        if self.claims == 2:
            self.second_claim.set()
        return rows


class Poster:
    """Records each post; `before_post` runs first (a wait, a stop, a hang)."""

    def __init__(self, events: list[str], before_post: Any) -> None:
        self.events = events
        self.before_post = before_post

    async def post(
        self, destination: Destination, reply: Reply, reminder_ids: Sequence[int]
    ) -> PostOutcome:
        del reply
        await self.before_post()
        self.events.append(f"post {destination.channel}")
        return PostOutcome(PostStatus.SENT, message_ref=f"ts-{destination.channel}-{reminder_ids}")

    async def find_posted(
        self, destination: Destination, reminder_id: int, since: datetime
    ) -> str | None:
        return None

    async def notify_owner(self, destination: Destination, owner: str, reply: Reply) -> bool:
        return False


async def four_due(rig: Rig) -> None:
    """Two reminders due in each of C1 and C2 (Mon May 13, 9:00 a.m. EDT), and nothing
    else: the older ones, whose deadlines passed, are settled by a pass a minute before."""
    await rig.say(f"track {DOCKET}", channel="C2", trusted=True)
    await rig.say("done settlement_demand")
    rig.clock.set(at(13, 12, 59))
    before = await rig.dispatcher(posters={"slack": Poster([], _nothing)}).run_once()
    assert (before.claimed, before.expired, before.sent) == (6, 6, 0)
    rig.clock.set(at(13, 13))


async def rows(rig: Rig) -> list[ScheduledReminder]:
    return [await rig.row(k, c) for c in ("C1", "C2") for k in KEYS]


async def test_the_next_batch_is_claimed_while_this_one_posts(rig: Rig) -> None:
    await four_due(rig)
    events: list[str] = []
    queue = ClaimLog(rig.store.engine, events)

    async def wait_for_the_second_claim() -> None:
        try:
            await asyncio.wait_for(queue.second_claim.wait(), GUARD_S)
        except TimeoutError:
            events.append("no claim while posting")

    poster = Poster(events, wait_for_the_second_claim)
    report = await rig.dispatcher(posters={"slack": poster}, queue=queue, batch=2).run_once()
    # The second claim came back before the first batch's first post went out.
    assert events[:3] == ["claim 2", "claim 2", "post C1"]
    assert sorted(e for e in events if e.startswith("claim")) == ["claim 0", "claim 2", "claim 2"]
    assert sorted(e for e in events if e.startswith("post")) == ["post C1"] * 2 + ["post C2"] * 2
    assert (report.claimed, report.sent, report.released) == (4, 4, 0)
    assert {r.status for r in await rows(rig)} == {ReminderStatus.SENT}


async def test_a_stop_gives_the_batch_claimed_ahead_back_unposted(rig: Rig) -> None:
    await four_due(rig)
    events: list[str] = []
    stop = asyncio.Event()
    queue = ClaimLog(rig.store.engine, events)

    async def stop_once_claimed_ahead() -> None:
        await asyncio.wait_for(queue.second_claim.wait(), GUARD_S)
        stop.set()  # SIGTERM while the first batch posts, the next one claimed

    poster = Poster(events, stop_once_claimed_ahead)
    dispatcher = rig.dispatcher(posters={"slack": poster}, queue=queue, batch=2, concurrency=1)
    await dispatcher.run(stop, interval=0)
    posted = [e for e in events if e.startswith("post")]
    by_status = {s: [r for r in await rows(rig) if r.status is s] for s in ReminderStatus}
    sent, pending = by_status[ReminderStatus.SENT], by_status[ReminderStatus.PENDING]
    assert 1 <= len(sent) == len(posted) <= 2  # the first batch's, as far as it got
    assert len(sent) + len(pending) == 4
    for r in pending:  # as if never claimed: the next worker posts them without a look-up
        assert (r.attempts, r.claimed_by, r.first_claimed_at) == (0, None, None)
        assert r.lease_until is None
    next_worker = rig.dispatcher("worker-b", posters={"slack": Poster(events, _nothing)}, batch=2)
    report = await next_worker.run_once()
    assert report.sent == len(pending)
    assert {r.status for r in await rows(rig)} == {ReminderStatus.SENT}
    assert len([e for e in events if e.startswith("post")]) == 4


async def test_a_cancelled_pass_gives_the_batch_claimed_ahead_back(rig: Rig) -> None:
    await four_due(rig)
    events: list[str] = []
    queue = ClaimLog(rig.store.engine, events)
    posting = asyncio.Event()

    async def hang() -> None:
        posting.set()
        await asyncio.Event().wait()

    dispatcher = rig.dispatcher(
        posters={"slack": Poster(events, hang)}, queue=queue, batch=2, concurrency=1
    )
    task = asyncio.ensure_future(dispatcher.run_once())
    await asyncio.wait_for(posting.wait(), GUARD_S)
    await asyncio.wait_for(queue.second_claim.wait(), GUARD_S)
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=GUARD_S)
    assert task in done and task.cancelled()
    statuses = [r.status for r in await rows(rig)]
    # The first batch stays claimed (its lease runs out, then the next claim looks first);
    # the batch claimed ahead is pending again.
    assert sorted(statuses) == sorted([ReminderStatus.CLAIMED] * 2 + [ReminderStatus.PENDING] * 2)
    assert [e for e in events if e.startswith("post")] == []


async def _nothing() -> None:
    return None
