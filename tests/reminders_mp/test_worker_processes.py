"""Three `settleconf worker` processes deliver >= 1,000 reminders from one PostgreSQL
queue to a fake Slack: each exactly once, through a SIGKILL mid-batch, a restart after
hours of downtime, and a window of 429s, 500s and timeouts.

"Posted" is what the fake Slack stored (a 500 or a timeout after storing still counts,
as it would in Slack); each post names its reminder ids in its message metadata.
"""

from __future__ import annotations

import json
import signal
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from tests.reminders_mp.harness import (
    LEASE_S,
    Batch,
    FakeServer,
    Faults,
    Seeded,
    Workers,
    fast_forward_backoff,
    load_rows,
    posts_by_reminder,
    seed,
    status_counts,
    wait_until,
)
from tests.slack.fake_api import FakeSlack

pytestmark = pytest.mark.reminders_mp

CHANNELS = 40
NAMES = ("w1", "w2", "w3")


def now() -> datetime:
    return datetime.now(UTC)


async def start_workers(
    workers: Workers, names: tuple[str, ...] = NAMES, server: FakeServer | None = None
) -> None:
    """Start `names` and wait until each is polling; with `server`, the i-th worker talks
    to the fake Slack on its own port (so the fake can tell them apart)."""
    for i, name in enumerate(names):
        workers.start(name, api_url=server.api_url(i) if server else None)

    async def started() -> bool:
        for name in names:
            proc = workers.procs[name]
            assert proc.poll() is None, workers.log(name)
            if '"message": "worker started' not in workers.log(name):
                return False
        return True

    await wait_until(started, "the workers to start")


async def settled(store: SqlStore) -> bool:
    counts = await status_counts(store)
    return not counts.get("pending") and not counts.get("claimed")


def assert_each_posted_once(fake: FakeSlack, ids: list[int]) -> None:
    seen = posts_by_reminder(fake)
    twice = sorted(i for i, n in seen.items() if n > 1)
    lost = sorted(set(ids) - set(seen))
    assert not twice, f"posted more than once: {twice[:20]}"
    assert not lost, f"never posted: {lost[:20]}"
    assert set(seen) == set(ids)


async def assert_clean_exit(workers: Workers) -> None:
    codes = await workers.stop_all()
    for name, code in codes.items():
        log = workers.log(name)
        assert "Traceback" not in log, log
        if code != -signal.SIGKILL:
            assert code == 0, log
            assert '"message": "worker stopped"' in log


def report(
    what: str, seeded: Seeded, fake: FakeSlack, started: datetime, unposted: int = 0
) -> None:
    """One line for the run's log (`-s`): the figures behind the assertions above."""
    seen = posts_by_reminder(fake)
    dup = sum(n - 1 for n in seen.values() if n > 1)
    lost = len(set(seeded.all_ids) - set(seen)) - unposted
    took = (now() - started).total_seconds()
    print(
        f"\n[reminders_mp] {what}: {len(seeded.all_ids)} reminders, "
        f"{len(fake.posts())} posts, {dup} duplicates, {lost} lost, {took:.1f} s"
    )


async def test_three_workers_post_every_reminder_exactly_once(
    mp_store: SqlStore, fake: FakeSlack, workers: Workers
) -> None:
    begin = now()
    await start_workers(workers)
    # Due a moment ago, interleaved across 40 channels (1,200 rows).
    base = now() - timedelta(minutes=1)
    seeded = await seed(
        mp_store,
        channels=CHANNELS,
        batches=[Batch("due", 30, base, base + timedelta(hours=2), timedelta(milliseconds=10))],
    )
    assert len(seeded.all_ids) == 1200
    await wait_until(lambda: settled(mp_store), "every reminder settled")
    rows = await load_rows(mp_store)
    assert Counter(r.status for r in rows.values()) == {"sent": 1200}
    assert not any(r.late for r in rows.values())
    assert_each_posted_once(fake, seeded.all_ids)
    # The queue was shared: more than one process did the work.
    by_worker = Counter(r.claimed_by for r in rows.values())
    assert set(by_worker) <= set(NAMES)
    assert len(by_worker) >= 2, by_worker
    # Each recorded message is the one Slack stored for that reminder.
    stored = {m["ts"] for msgs in fake.messages.values() for m in msgs}
    assert {r.message_ref for r in rows.values()} <= stored
    await assert_clean_exit(workers)
    report(f"3 workers {dict(by_worker)}", seeded, fake, begin)


async def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing(
    mp_store: SqlStore, fake_server: FakeServer, faults: Faults, workers: Workers
) -> None:
    begin = now()
    fake = fake_server.fake
    await start_workers(workers, server=fake_server)
    base = now() - timedelta(minutes=1)
    seeded = await seed(
        mp_store,
        channels=CHANNELS,
        batches=[Batch("due", 30, base, base + timedelta(hours=2), timedelta(milliseconds=10))],
    )
    await wait_until(lambda: len(fake.posts()) >= 300, "300 posts")
    # From now on Slack stores w1's posts but never answers them: w1 is mid-send, with
    # messages in the channels that it has not recorded. Kill it then.
    faults.hold_port = fake_server.ports[0]
    await wait_until(lambda: faults.held >= 1, "w1 to have a post in flight")
    workers.kill("w1")
    faults.hold_port = None
    faults.release.set()
    posted = set(posts_by_reminder(fake))
    orphaned = {i: r for i, r in (await load_rows(mp_store)).items()
                if r.status == "claimed" and r.claimed_by == "w1"}
    in_slack = {i for i in orphaned if i in posted}  # posted, never recorded
    assert in_slack, "the kill did not catch w1 mid-send"
    original_ts = {
        i: m["ts"]
        for msgs in fake.messages.values()
        for m in msgs
        for i in (m.get("metadata") or {}).get("event_payload", {}).get("reminder_ids", [])
        if i in in_slack
    }
    # Survivors finish the rest, then take w1's claims once its lease runs out.
    await wait_until(lambda: settled(mp_store), "every reminder settled", timeout=LEASE_S + 40)
    rows = await load_rows(mp_store)
    assert Counter(r.status for r in rows.values()) == {"sent": 1200}
    assert_each_posted_once(fake, seeded.all_ids)
    for i in orphaned:
        assert rows[i].claimed_by in ("w2", "w3")
        assert rows[i].attempts == 2
    # Found through conversations.history, not posted again: the original message.
    assert {i: rows[i].message_ref for i in in_slack} == original_ts
    await assert_clean_exit(workers)
    report(f"SIGKILL w1 holding {len(orphaned)} ({len(in_slack)} already in Slack)",
           seeded, fake, begin)


async def test_restart_after_downtime_sends_late_once_and_summarizes_the_rest(
    mp_store: SqlStore, fake: FakeSlack, workers: Workers
) -> None:
    begin = now()
    t = now()
    # Seeded while no worker runs: the deployment was down for 9 hours.
    due_soon = t + timedelta(minutes=90)  # before 09:00 court time: never held overnight
    seeded = await seed(
        mp_store,
        channels=CHANNELS,
        batches=[
            Batch("missed", 4, t - timedelta(hours=9), due_soon, timedelta(minutes=1)),
            Batch("expired", 1, t - timedelta(hours=7), t - timedelta(minutes=5)),
            Batch("late", 10, t - timedelta(hours=2), due_soon, timedelta(minutes=1)),
            Batch("due", 15, t - timedelta(minutes=1), due_soon, timedelta(milliseconds=10)),
        ],
    )
    assert len(seeded.all_ids) == 1200
    await start_workers(workers)
    await wait_until(lambda: settled(mp_store), "every reminder settled")
    rows = await load_rows(mp_store)
    status_of = {label: Counter(rows[i].status for i in ids) for label, ids in seeded.ids.items()}
    assert status_of == {
        "missed": {"missed": 160},
        "expired": {"expired": 40},
        "late": {"sent": 400},
        "due": {"sent": 600},
    }
    assert all(rows[i].late for i in seeded.ids["late"])
    assert not any(rows[i].late for i in seeded.ids["due"])
    seen = posts_by_reminder(fake)
    # Every reminder posted or summarized exactly once; expired ones never.
    assert_each_posted_once(fake, seeded.ids["missed"] + seeded.ids["late"] + seeded.ids["due"])
    assert not set(seen) & set(seeded.ids["expired"])
    # A catch-up message names several reminders: one per channel and worker that held
    # that channel's missed rows, and every missed row records the message it is in.
    summaries: dict[str, list[dict[str, object]]] = {}
    for channel, msgs in fake.messages.items():
        for m in msgs:
            ids = m.get("metadata", {}).get("event_payload", {}).get("reminder_ids", [])
            if set(ids) & set(seeded.ids["missed"]):
                assert set(ids) <= set(seeded.ids["missed"])
                summaries.setdefault(channel, []).append(m)
                assert {rows[i].message_ref for i in ids} == {m["ts"]}
    assert len(summaries) == CHANNELS
    for channel, msgs in summaries.items():
        holders = {rows[i].claimed_by for i in seeded.ids["missed"]
                   if seeded.channel_of[i] == channel}
        assert len(msgs) == len(holders), (channel, holders)
    once = sum(1 for msgs in summaries.values() if len(msgs) == 1)
    await assert_clean_exit(workers)
    what = f"restart after 9 h ({once}/{CHANNELS} channels got a single catch-up, 40 expired)"
    report(what, seeded, fake, begin, unposted=len(seeded.ids["expired"]))


async def test_429_500_and_timeouts_lose_and_duplicate_nothing(
    mp_store: SqlStore, fake: FakeSlack, faults: Faults, workers: Workers
) -> None:
    begin = now()
    fake.fail("chat.postMessage", 40, status=429, retry_after=1)
    fake.fail("chat.postMessage", 40, status=500)  # refused: nothing stored
    fake.fail("chat.postMessage", 10, delay=6)  # stored; the worker gave up after 2 s
    faults.error_after_store = 40  # stored, then answered 500
    await start_workers(workers)
    base = now() - timedelta(minutes=1)
    seeded = await seed(
        mp_store,
        channels=CHANNELS,
        batches=[Batch("due", 30, base, base + timedelta(hours=2), timedelta(milliseconds=10))],
    )

    async def only_backoff_left() -> bool:
        rows = (await load_rows(mp_store)).values()
        waiting = [r for r in rows if r.status == "pending"]
        return (
            not any(r.status == "claimed" for r in rows)
            and len(waiting) == 130
            and all(r.not_before is not None and r.not_before > now() for r in waiting)
        )

    await wait_until(only_backoff_left, "every failed post to be put off")
    # Waiting out a backoff is not "due": /metrics must not show a stuck queue.
    counts = await SqlReminderQueue(mp_store.engine).counts(now())
    assert (counts["pending"], counts["due"]) == (130, 0)
    rows = await load_rows(mp_store)
    put_off = [r for r in rows.values() if r.status == "pending"]
    # The backoff (at least 30 s, or Retry-After) was recorded; let it pass at once.
    soonest = min(r.not_before for r in put_off if r.not_before is not None)
    assert soonest - now() > timedelta(seconds=20)
    assert await fast_forward_backoff(mp_store) == 130
    await wait_until(lambda: settled(mp_store), "every reminder settled")
    rows = await load_rows(mp_store)
    assert Counter(r.status for r in rows.values()) == {"sent": 1200}
    assert_each_posted_once(fake, seeded.all_ids)
    retried = [i for i, r in rows.items() if r.attempts == 2]
    assert len(retried) == 130
    await assert_clean_exit(workers)
    report("429 x40, 500 x40, 500-after-post x40, timeout-after-post x10", seeded, fake, begin)


async def test_sigterm_mid_batch_finishes_posts_in_flight_and_releases_the_rest(
    mp_store: SqlStore, fake: FakeSlack, faults: Faults, workers: Workers
) -> None:
    await start_workers(workers, ("w1",))
    faults.delay = 0.3  # slow enough that a batch is still being posted at the signal
    base = now() - timedelta(minutes=1)
    seeded = await seed(
        mp_store,
        channels=CHANNELS,
        batches=[Batch("due", 10, base, base + timedelta(hours=2), timedelta(milliseconds=10))],
    )
    await wait_until(lambda: len(fake.posts()) >= 40, "the first posts")
    workers.procs["w1"].send_signal(signal.SIGTERM)
    codes = await workers.stop_all()
    assert codes == {"w1": 0}, workers.log("w1")
    rows = await load_rows(mp_store)
    posted = posts_by_reminder(fake)
    statuses = Counter(r.status for r in rows.values())
    assert set(statuses) == {"sent", "pending"}, statuses  # nothing left claimed
    # Every post that reached Slack was recorded before the worker exited...
    assert {i for i, r in rows.items() if r.status == "sent"} == set(posted)
    # ...and every claim it had not started went back untouched (attempt undone).
    released = [r for r in rows.values() if r.status == "pending"]
    assert released and all(r.attempts == 0 and r.claimed_by is None for r in released)
    assert len(seeded.all_ids) == statuses["sent"] + statuses["pending"]


async def test_worker_once_posts_what_is_due_and_prints_its_report(
    mp_store: SqlStore, fake: FakeSlack, workers: Workers
) -> None:
    base = now() - timedelta(minutes=1)
    seeded = await seed(
        mp_store,
        channels=3,
        batches=[
            Batch("due", 2, base, base + timedelta(hours=2)),
            Batch("later", 1, now() + timedelta(hours=1), now() + timedelta(hours=2)),
        ],
    )
    workers.start("ops", "--once")
    assert await workers.wait("ops") == 0, workers.log("ops")
    report_line = [ln for ln in workers.log("ops").splitlines() if ln.startswith('{"catch_up')]
    assert [json.loads(ln) for ln in report_line] == [
        {
            "catch_up_posts": 0, "claimed": 6, "deduplicated": 0, "deferred": 0,
            "expired": 0, "failed": 0, "late": 0, "missed": 0, "released": 0,
            "retried": 0, "sent": 6,
        }
    ]
    assert sorted(posts_by_reminder(fake)) == sorted(seeded.ids["due"])
