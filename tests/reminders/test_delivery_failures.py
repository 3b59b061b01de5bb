"""Slack misbehaving: rate limits, server errors, timeouts, an archived channel, and a
worker killed between posting and recording. Every reminder arrives exactly once."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Any

import pytest

from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from settleconf.core.reminders import ReminderStatus, ScheduledReminder
from tests.reminders.conftest import DOCKET, ONE_SECOND, Rig, at

FIRE = at(7, 13)  # settlement_demand/7d
KEY = "settlement_demand/7d"


def history_calls(rig: Rig) -> int:
    return len([c for c in rig.fake.calls if c.method == "conversations.history"])


async def dispatch_at(rig: Rig, when: datetime, worker: str = "worker-a") -> None:
    rig.clock.set(when)
    await rig.dispatcher(worker).run_once()


@pytest.mark.parametrize(("retry_after", "wait_s"), [(7, 30), (45, 45)])
async def test_429_waits_retry_after_or_the_backoff_whichever_is_longer(
    rig: Rig, retry_after: int, wait_s: int
) -> None:
    rig.fake.fail("chat.postMessage", status=429, retry_after=retry_after)
    rig.clock.set(FIRE)
    report = await rig.dispatcher().run_once()
    assert (report.retried, report.sent) == (1, 0)
    row = await rig.row(KEY)
    assert row.status is ReminderStatus.PENDING
    assert row.not_before == FIRE + timedelta(seconds=wait_s)
    assert row.error == f"rate limited, Retry-After {retry_after} s"
    assert rig.fake.posted("C1") == []

    await dispatch_at(rig, FIRE + timedelta(seconds=wait_s) - ONE_SECOND)
    assert rig.fake.posted("C1") == []
    await dispatch_at(rig, FIRE + timedelta(seconds=wait_s))
    (message,) = rig.fake.posted("C1")
    row = await rig.row(KEY)
    assert (row.status, row.attempts, row.message_ref) == (ReminderStatus.SENT, 2, message["ts"])
    assert history_calls(rig) == 1  # the second attempt looked for a post first


async def test_a_500_window_backs_off_then_delivers_once(rig: Rig) -> None:
    rig.fake.fail("chat.postMessage", 2, status=500)
    await dispatch_at(rig, FIRE)
    row = await rig.row(KEY)
    assert (row.not_before, row.error) == (FIRE + timedelta(seconds=30), "Slack answered HTTP 500")
    await dispatch_at(rig, FIRE + timedelta(seconds=30))
    assert (await rig.row(KEY)).not_before == FIRE + timedelta(seconds=90)  # then 60 s
    await dispatch_at(rig, FIRE + timedelta(seconds=90))
    assert len(rig.fake.posted("C1")) == 1
    row = await rig.row(KEY)
    assert (row.status, row.attempts, row.late) == (ReminderStatus.SENT, 3, False)


async def test_a_timeout_after_slack_posted_is_not_posted_again(rig: Rig) -> None:
    # Slack stores the message, then answers after the client has given up.
    rig.fake.fail("chat.postMessage", delay=1.0)
    rig.clock.set(FIRE)
    slow = rig.dispatcher(posters={"slack": rig.slack(timeout=0.2)})
    assert (await slow.run_once()).retried == 1
    row = await rig.row(KEY)
    assert row.error == "no answer from Slack within 0.2 s"
    (message,) = rig.fake.posted("C1")

    await dispatch_at(rig, FIRE + timedelta(seconds=30))
    assert len(rig.fake.posted("C1")) == 1
    row = await rig.row(KEY)
    assert (row.status, row.message_ref) == (ReminderStatus.SENT, message["ts"])


async def test_archived_channel_fails_and_tells_the_owner_once(rig: Rig) -> None:
    rig.fake.fail("chat.postMessage", error="is_archived")
    dispatcher = rig.dispatcher()
    rig.clock.set(FIRE)
    assert (await dispatcher.run_once()).failed == 1
    row = await rig.row(KEY)
    assert (row.status, row.error) == (
        ReminderStatus.FAILED,
        "the channel is archived [is_archived]",
    )
    (notice,) = rig.fake.posted("U1")  # a DM to the owner, who added the order
    assert notice["text"] == (
        f'I couldn\'t post the reminder "Settlement demand (7 days before)" for {DOCKET} in '
        "Slack channel C1: the channel is archived [is_archived]. Reminders there are stopped "
        "until the channel is fixed (unarchive it, or add me back) or another channel tracks "
        f"the matter (`track {DOCKET}` there)."
    )
    rig.fake.fail("chat.postMessage", error="is_archived")
    rig.clock.set(at(10, 13))  # the next reminder fails the same way: no second notice
    assert (await dispatcher.run_once()).failed == 1
    assert len(rig.fake.posted("U1")) == 1
    assert rig.fake.posted("C1") == []


async def test_no_poster_for_the_platform_is_put_off_and_logged(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    rig.clock.set(FIRE)
    with caplog.at_level(logging.ERROR, logger="settleconf.reminders"):
        report = await rig.dispatcher(posters={}).run_once()
    assert (report.retried, report.failed) == (1, 0)
    row = await rig.row(KEY)
    assert (row.status, row.not_before) == (ReminderStatus.PENDING, FIRE + timedelta(hours=1))
    (record,) = caplog.records
    assert record.getMessage() == (
        "reminder not posted: no poster for slack in this process (is it configured?)"
    )
    fields = {k: getattr(record, k) for k in ("reminder_id", "channel", "outcome")}
    assert fields == {"reminder_id": row.id, "channel": "C1", "outcome": "retried"}


class DiesAfterPosting(SqlReminderQueue):
    """Worker A's process is killed right after Slack accepted the post."""

    async def mark_sent(
        self, reminder_id: int, *, worker: str, at: datetime, message_ref: str | None, late: bool
    ) -> bool:
        return False


async def test_a_worker_killed_mid_send_is_not_repeated_by_the_next(rig: Rig) -> None:
    rig.clock.set(FIRE)
    dead = rig.dispatcher("worker-a", queue=DiesAfterPosting(rig.store.engine))
    await dead.run_once()
    (message,) = rig.fake.posted("C1")
    row = await rig.row(KEY)
    assert (row.status, row.claimed_by) == (ReminderStatus.CLAIMED, "worker-a")

    await dispatch_at(rig, FIRE + timedelta(minutes=2) - ONE_SECOND, "worker-b")
    assert (await rig.row(KEY)).claimed_by == "worker-a"  # the lease still holds
    rig.clock.set(FIRE + timedelta(minutes=2))
    report = await rig.dispatcher("worker-b").run_once()
    assert (report.deduplicated, report.sent) == (1, 0)
    assert len(rig.fake.posted("C1")) == 1
    row = await rig.row(KEY)
    assert (row.status, row.claimed_by, row.attempts) == (ReminderStatus.SENT, "worker-b", 2)
    assert row.message_ref == message["ts"]


async def test_a_worker_killed_before_posting_is_posted_by_the_next(rig: Rig) -> None:
    rig.clock.set(FIRE)
    queue = SqlReminderQueue(rig.store.engine)
    lease = timedelta(minutes=2)
    (claimed,) = await queue.claim_due(FIRE, worker="worker-a", limit=10, lease=lease)
    assert claimed.key == KEY
    await dispatch_at(rig, FIRE + timedelta(minutes=2), "worker-b")
    (message,) = rig.fake.posted("C1")
    assert history_calls(rig) == 1
    assert (await rig.row(KEY)).message_ref == message["ts"]


async def test_stopping_releases_the_claims_not_yet_started(rig: Rig) -> None:
    stop = asyncio.Event()
    slack = rig.slack()

    class StopsAfterFirst:
        async def post(self, *args: object) -> object:
            outcome = await slack.post(*args)  # type: ignore[arg-type]
            stop.set()  # SIGTERM arrives while the first post is in flight
            return outcome

        def __getattr__(self, name: str) -> object:
            return getattr(slack, name)

    rig.clock.set(at(13, 13))  # ex_parte_letter/7d and hard_copy/7d, one channel
    await rig.say("done settlement_demand")
    dispatcher = rig.dispatcher(posters={"slack": StopsAfterFirst()})  # type: ignore[dict-item]
    await dispatcher.run(stop, interval=0)
    assert len(rig.fake.posted("C1")) == 1
    first, second = await rig.row("ex_parte_letter/7d"), await rig.row("hard_copy/7d")
    assert first.status is ReminderStatus.SENT
    assert (second.status, second.attempts, second.claimed_by, second.first_claimed_at) == (
        ReminderStatus.PENDING,
        0,
        None,
        None,
    )
    assert dispatcher.last_tick == at(13, 13)


class FailsOnce(SqlReminderQueue):
    calls = 0

    async def claim_due(self, *args: object, **kw: object) -> list[ScheduledReminder]:
        self.calls += 1
        if self.calls == 1:
            raise ConnectionRefusedError("database down")
        return await super().claim_due(*args, **kw)  # type: ignore[arg-type]


async def test_a_failed_pass_is_logged_and_the_next_one_delivers(rig: Rig) -> None:
    stop = asyncio.Event()
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 2:
            stop.set()

    rig.clock.set(FIRE)
    dispatcher = rig.dispatcher(queue=FailsOnce(rig.store.engine), sleep=sleep)
    assert not dispatcher.alive(FIRE)
    await dispatcher.run(stop, interval=5.0)
    assert sleeps == [5.0, 5.0]
    assert (dispatcher.metrics.tick_errors, dispatcher.metrics.ticks) == (1, 1)
    assert dispatcher.metrics.as_dict()["sent"] == 1.0
    assert len(rig.fake.posted("C1")) == 1
    assert dispatcher.alive(FIRE + timedelta(minutes=2))
    assert not dispatcher.alive(FIRE + timedelta(minutes=2) + ONE_SECOND)


class StallsAfterClaiming(SqlReminderQueue):
    """The worker stalls right after its claim (a busy machine, a slow database) for
    `stall` of the two-minute lease."""

    def __init__(self, rig: Rig, stall: timedelta) -> None:
        super().__init__(rig.store.engine)
        self._clock, self._stall = rig.clock, stall

    async def claim_due(self, *args: Any, **kw: Any) -> list[ScheduledReminder]:
        rows = await super().claim_due(*args, **kw)
        if rows:
            self._clock.set(self._clock.now + self._stall)
        return rows


@pytest.mark.parametrize(("stall_s", "posted_by_a"), [(89, True), (90, False)])
async def test_a_claim_with_a_quarter_of_its_lease_left_is_given_back_unposted(
    rig: Rig, stall_s: int, posted_by_a: bool
) -> None:
    """Posting so late could land after worker B, having claimed the row again when the
    lease ran out, looked in the channel and found nothing: two posts."""
    rig.clock.set(FIRE)
    stalled = rig.dispatcher(queue=StallsAfterClaiming(rig, timedelta(seconds=stall_s)))
    report = await stalled.run_once()
    assert (report.claimed, report.sent, report.released) == (1, int(posted_by_a), 1 - posted_by_a)
    row = await rig.row(KEY)
    if posted_by_a:
        assert row.status is ReminderStatus.SENT
        return
    assert rig.fake.posted("C1") == []
    assert (row.status, row.attempts, row.claimed_by, row.first_claimed_at) == (
        ReminderStatus.PENDING, 0, None, None)
    report = await rig.dispatcher("worker-b").run_once()  # at once: no lease to wait out
    assert report.sent == 1
    assert len(rig.fake.posted("C1")) == 1
    assert history_calls(rig) == 0  # nothing can have been posted: no look-up


async def test_a_catch_up_whose_claims_are_running_out_is_given_back_unposted(rig: Rig) -> None:
    rig.clock.set(at(8, 11))  # Wed May 8, 7:00 a.m. EDT: May 7's reminder is past its grace
    stalled = rig.dispatcher(queue=StallsAfterClaiming(rig, timedelta(seconds=90)))
    report = await stalled.run_once()
    assert (report.claimed, report.catch_up_posts, report.released) == (1, 0, 1)
    assert rig.fake.posted("C1") == []
    report = await rig.dispatcher("worker-b").run_once()
    assert (report.missed, report.catch_up_posts) == (1, 1)
    (message,) = rig.fake.posted("C1")
    assert message["text"].startswith("While settleconf was offline, 1 reminder was missed:")
