"""Posting due reminders: claim, decide, post, record. One policy for every platform.

    dispatcher = Dispatcher(store, SqlReminderQueue(engine), {"slack": SlackReminderPoster(c)},
                            worker="host-123", clock=utcnow)
    await dispatcher.run(stop)          # or: report = await dispatcher.run_once()

Each claimed reminder, in order:
1. its matter is gone, or its deadline (`due_at`) has passed: EXPIRED, not posted;
2. no poster for its platform: put off an hour (a configuration error, logged loudly);
3. an earlier claim expired (a worker died mid-send): ask the platform whether the post
   exists (`find_posted`); if so it is SENT without posting again;
4. late (more than 5 minutes) during the court's night: held until 07:00 (core.quiet_hours);
5. later than the grace window (6 h): listed in ONE catch-up message per channel, MISSED;
6. otherwise posted (with a "sent late" note when late): SENT; a 429 or 5xx puts it off
   (Retry-After or exponential backoff); a permanent error marks it FAILED and tells the
   matter's owner once.

Posts run concurrently across channels; posts to one channel keep `fire_at` order, and a
channel's catch-up message goes before its newer reminders.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from settleconf.bot.reminders.metrics import ReminderMetrics
from settleconf.bot.reminders.outcomes import (
    DispatchReport,
    Item,
    backoff,
    failure_notice,
    log_fields,
)
from settleconf.bot.reminders.port import PostOutcome, PostStatus, ReminderPoster
from settleconf.bot.reminders.reminder_reply import catch_up_reply, reminder_reply
from settleconf.bot.replies.reply import Reply
from settleconf.core.deadlines import Schedule
from settleconf.core.matter import Matter
from settleconf.core.quiet_hours import held_until
from settleconf.core.reminder_policy import court_zone
from settleconf.core.reminders import Destination, ReminderQueue, ReminderStatus, ScheduledReminder
from settleconf.core.store import Store

log = logging.getLogger("settleconf.reminders")

LATE_AFTER = timedelta(minutes=5)
# A look-up for an earlier post starts a little before the first claim: the post's
# timestamp comes from the platform's clock, not ours.
LOOKBACK = timedelta(minutes=1)
NO_POSTER_RETRY = timedelta(hours=1)


class _Posted(NamedTuple):
    """A post made, for `Dispatcher._record`."""

    poster: ReminderPoster
    items: list[Item]
    outcome: PostOutcome
    late: bool


@dataclass
class _Run:
    report: DispatchReport = field(default_factory=DispatchReport)
    matters: dict[int, Matter | None] = field(default_factory=dict)
    held: dict[Destination, list[Item]] = field(default_factory=dict)  # catch-up, not yet sent
    new_catch_up: bool = False
    # Each matter's deadlines, computed once per pass: the matters are loaded once per pass
    # and never changed by it, and the computation is most of a reminder's cost.
    schedules: dict[int, Schedule] = field(default_factory=dict)

    def schedule_of(self, matter: Matter) -> Schedule:
        assert matter.id is not None
        if matter.id not in self.schedules:
            self.schedules[matter.id] = matter.schedule()
        return self.schedules[matter.id]


class Dispatcher:
    def __init__(
        self,
        store: Store,
        queue: ReminderQueue,
        posters: Mapping[str, ReminderPoster],
        *,
        worker: str,
        clock: Callable[[], datetime],
        batch: int = 200,
        lease: timedelta = timedelta(minutes=2),
        grace: timedelta = timedelta(hours=6),
        concurrency: int = 32,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._store = store
        self._queue = queue
        self._posters = dict(posters)
        self.worker = worker
        self._clock = clock
        self._batch = batch
        self._lease = lease
        self._grace = grace
        self._slots = asyncio.Semaphore(concurrency)
        self._sleep = sleep
        self._stop: asyncio.Event | None = None
        # (channel, owner, matter) already told about a broken channel, in this process;
        # cleared when a post there succeeds again, so a later breakage is told afresh.
        self._notified: set[tuple[Destination, str, int]] = set()
        self.metrics = ReminderMetrics()
        self.last_tick: datetime | None = None

    def alive(self, now: datetime, max_age: timedelta = timedelta(minutes=2)) -> bool:
        return self.last_tick is not None and now - self.last_tick <= max_age

    def _stopping(self) -> bool:
        return self._stop is not None and self._stop.is_set()

    async def run(self, stop: asyncio.Event, interval: float = 5.0) -> None:
        """Pass over the queue every `interval` seconds until `stop` is set. A failed pass
        (database outage, a bug) is logged and the next one tries again."""
        self._stop = stop
        try:
            while not stop.is_set():
                try:
                    await self.run_once()
                except Exception:
                    self.metrics.tick_errors += 1
                    extra = {"worker": self.worker}
                    log.exception("reminders: dispatcher pass failed", extra=extra)
                await self._pause(stop, interval)
        finally:
            self._stop = None

    async def _pause(self, stop: asyncio.Event, interval: float) -> None:
        waits = [asyncio.ensure_future(self._sleep(interval)), asyncio.ensure_future(stop.wait())]
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in waits:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def run_once(self) -> DispatchReport:
        run = _Run()
        # The next batch is claimed while this one posts (a claim is a round trip and ~15
        # ms of the database's time, during which nothing would be posted), and started
        # only when this one is done, so batches still go out one after the other.
        ahead: asyncio.Task[tuple[datetime, list[ScheduledReminder]]] | None = None
        try:
            while not self._stopping():
                now, batch = await (ahead or self._claim())
                ahead = None
                if not batch:
                    break
                run.report.claimed += len(batch)
                last = len(batch) < self._batch
                if not last:
                    ahead = asyncio.ensure_future(self._claim())
                await self._load(run, batch)
                run.new_catch_up = False
                chains: dict[Destination, list[ScheduledReminder]] = {}
                for r in batch:  # claimed oldest first, so each chain is in fire_at order
                    chains.setdefault(r.destination, []).append(r)
                await asyncio.gather(*(self._chain(run, rs, now) for rs in chains.values()))
                # Claims come oldest first: a batch with nothing for catch-up means no later
                # batch has any, so the summaries can go (before their leases run out).
                if last or not run.new_catch_up:
                    await self._flush_all(run)
                if last:
                    break
        finally:
            if ahead is not None:  # stopping, or the pass failed: its claims go back
                await self._give_back_claimed_ahead(ahead, run)
        await self._flush_all(run)
        self.last_tick = self._clock()
        self.metrics.ticks += 1
        if run.report.claimed:
            extra = {"worker": self.worker, **asdict(run.report)}
            log.info("reminders: pass done, %d claimed", run.report.claimed, extra=extra)
        return run.report

    async def _claim(self) -> tuple[datetime, list[ScheduledReminder]]:
        now = self._clock()
        batch = await self._queue.claim_due(
            now, worker=self.worker, limit=self._batch, lease=self._lease
        )
        return now, batch

    async def _give_back_claimed_ahead(
        self, ahead: asyncio.Task[tuple[datetime, list[ScheduledReminder]]], run: _Run
    ) -> None:
        """Release a batch claimed ahead and never started, as a stop releases the claims
        not yet started: waited for rather than cancelled, since a claim cancelled on its
        way to the database may or may not have committed."""
        try:
            _, batch = await ahead
        except Exception:
            # The database failed: the pass's own error says so; the lease, if the claim
            # committed, runs out and the next claim looks before posting.
            return
        await self._release(batch, run)

    async def _load(self, run: _Run, batch: list[ScheduledReminder]) -> None:
        missing = sorted({r.matter_id for r in batch} - run.matters.keys())
        if not missing:
            return
        async with self._store.unit_of_work() as uow:
            for matter_id in missing:
                run.matters[matter_id] = await uow.get_matter(matter_id)

    def _count(self, run: _Run, outcome: str, n: int = 1) -> None:
        setattr(run.report, outcome, getattr(run.report, outcome) + n)
        self.metrics.count(outcome, n)

    async def _chain(self, run: _Run, reminders: list[ScheduledReminder], now: datetime) -> None:
        for r in reminders:
            if self._stopping():
                await self._release([r], run)
                continue
            try:
                async with self._slots:
                    posted = await self._step(run, r, now)
                # Recorded after the slot is freed: a slot bounds posts in flight, and a post
                # held while its row commits would leave the next one waiting on the database.
                if posted is not None:
                    await self._record(run, *posted)
            except Exception as exc:
                log.exception("reminders: could not dispatch", extra=log_fields(r, "error"))
                await self._retry_after_error(run, r, exc)

    async def _retry_after_error(
        self, run: _Run, r: ScheduledReminder, exc: Exception
    ) -> None:
        assert r.id is not None
        with contextlib.suppress(Exception):  # the store may be what failed: the lease expires
            when = self._clock() + backoff(r.attempts)
            error = f"internal error: {type(exc).__name__}"
            if await self._queue.mark_retry(r.id, worker=self.worker, not_before=when, error=error):
                self._count(run, "retried")

    async def _step(
        self, run: _Run, r: ScheduledReminder, now: datetime
    ) -> _Posted | None:
        """Settle `r`, or post it and return what to record (the caller records it)."""
        assert r.id is not None
        matter = run.matters.get(r.matter_id)
        if matter is None or now >= r.due_at:
            await self._queue.mark_settled(
                [r.id], worker=self.worker, status=ReminderStatus.EXPIRED, at=now
            )
            self._count(run, "expired")
            why = "matter gone" if matter is None else "deadline passed"
            log.info("reminder expired (%s)", why, extra=log_fields(r, "expired"))
            return None
        dest = r.destination
        poster = self._posters.get(dest.platform)
        if poster is None:
            error = f"no poster for {dest.platform} in this process (is it configured?)"
            await self._queue.mark_retry(
                r.id, worker=self.worker, not_before=now + NO_POSTER_RETRY, error=error
            )
            self._count(run, "retried")
            log.error("reminder not posted: %s", error, extra=log_fields(r, "retried"))
            return None
        if r.attempts > 1 and r.first_claimed_at is not None:
            ref = await self._find_posted(poster, r)
            if ref is not None:
                late = r.first_claimed_at - r.fire_at > LATE_AFTER
                await self._queue.mark_sent(
                    r.id, worker=self.worker, at=now, message_ref=ref, late=late
                )
                self._count(run, "deduplicated")
                log.info("reminder was already posted", extra=log_fields(r, "deduplicated"))
                return None
        late = now - r.fire_at > LATE_AFTER
        if late and (hold := held_until(now, r.due_at, court_zone(matter))) is not None:
            error = "late, held for the court's quiet hours (21:00-07:00)"
            await self._queue.mark_retry(r.id, worker=self.worker, not_before=hold, error=error)
            self._count(run, "deferred")
            extra = log_fields(r, "deferred")
            log.info("late reminder held until %s", hold.isoformat(), extra=extra)
            return None
        if now - r.fire_at > self._grace:
            run.held.setdefault(dest, []).append((matter, r))
            run.new_catch_up = True
            return None
        await self._flush(run, dest)  # the channel's older, missed reminders come first
        if await self._give_back_if_claim_ending([r], run):
            return None
        reply = reminder_reply(matter, r, now, late=late, schedule_of=run.schedule_of)
        outcome = await self._post(poster, dest, reply, [r.id], r)
        return _Posted(poster, [(matter, r)], outcome, late)

    async def _find_posted(self, poster: ReminderPoster, r: ScheduledReminder) -> str | None:
        assert r.id is not None and r.first_claimed_at is not None
        try:
            return await poster.find_posted(r.destination, r.id, r.first_claimed_at - LOOKBACK)
        except Exception:
            # Sending again beats losing it: at-least-once.
            log.warning("reminders: look-up failed", exc_info=True, extra=log_fields(r, "lookup"))
            return None

    async def _post(
        self,
        poster: ReminderPoster,
        dest: Destination,
        reply: Reply,
        ids: list[int],
        first: ScheduledReminder,
    ) -> PostOutcome:
        try:
            return await poster.post(dest, reply, ids)
        except Exception as exc:
            extra = log_fields(first, "posting")
            if len(ids) > 1:  # a catch-up message
                extra.update(reminder_ids=ids, reminder_id=None)
            log.exception("reminders: poster raised", extra=extra)
            return PostOutcome(PostStatus.RETRY, detail=f"{type(exc).__name__}: {exc}")

    async def _flush_all(self, run: _Run) -> None:
        async def flush(dest: Destination) -> None:
            items = list(run.held.get(dest, []))
            async with self._slots:
                try:
                    await self._flush(run, dest)
                except Exception as exc:
                    extra = log_fields(items[0][1], "error")
                    log.exception("reminders: could not post a catch-up message", extra=extra)
                    for _, r in items:
                        await self._retry_after_error(run, r, exc)

        await asyncio.gather(*(flush(dest) for dest in list(run.held)))

    async def _flush(self, run: _Run, dest: Destination) -> None:
        """Post the channel's catch-up message for the reminders held for it, if any."""
        items = run.held.pop(dest, [])
        if not items:
            return
        if self._stopping():
            await self._release([r for _, r in items], run)
            return
        if await self._give_back_if_claim_ending([r for _, r in items], run):
            return
        poster = self._posters[dest.platform]
        now = self._clock()
        ids = [r.id for _, r in items if r.id is not None]
        reply = catch_up_reply(items, now, schedule_of=run.schedule_of)
        outcome = await self._post(poster, dest, reply, ids, items[0][1])
        if outcome.status is PostStatus.SENT:
            run.report.catch_up_posts += 1
        await self._record(run, poster, items, outcome, True, catch_up=True)

    async def _record(
        self,
        run: _Run,
        poster: ReminderPoster,
        items: Sequence[Item],
        outcome: PostOutcome,
        late: bool,
        *,
        catch_up: bool = False,
    ) -> None:
        dest = items[0][1].destination
        now = self._clock()
        ids = [r.id for _, r in items if r.id is not None]
        first = items[0][1]
        if outcome.status is PostStatus.SENT:
            self._notified = {n for n in self._notified if n[0] != dest}
            if catch_up:
                n = await self._queue.mark_settled(
                    ids,
                    worker=self.worker,
                    status=ReminderStatus.MISSED,
                    at=now,
                    message_ref=outcome.message_ref,
                )
                self._count(run, "missed", len(ids))
                extra = {**log_fields(first, "missed"), "reminder_ids": ids, "recorded": n}
                log.info("catch-up message posted", extra=extra)
                return
            kept = await self._queue.mark_sent(
                ids[0], worker=self.worker, at=now, message_ref=outcome.message_ref, late=late
            )
            outcome_name = "late" if late else "sent"
            self._count(run, outcome_name)
            if kept:
                # At DEBUG: the row records the post (sent_at, message_ref), and the pass's
                # INFO line counts them; a JSON line per post cost ~20 us of ~500.
                if log.isEnabledFor(logging.DEBUG):
                    log.debug("reminder posted", extra=log_fields(first, outcome_name))
            else:
                # Our lease ran out and another worker holds the row: it will find the post.
                extra = log_fields(first, "lost")
                log.warning("reminder posted but the claim was lost", extra=extra)
            return
        why = outcome.detail or outcome.status.value
        if outcome.status is PostStatus.RETRY:
            for _, r in items:
                assert r.id is not None
                wait = max(timedelta(seconds=outcome.retry_after or 0), backoff(r.attempts))
                await self._queue.mark_retry(
                    r.id, worker=self.worker, not_before=now + wait, error=why
                )
                self._count(run, "retried")
                extra = log_fields(r, "retried", retry_in_s=wait.total_seconds(), detail=why)
                log.warning("reminder put off: %s", why, extra=extra)
            return
        for _, r in items:
            assert r.id is not None
            await self._queue.mark_failed(r.id, worker=self.worker, error=why)
            self._count(run, "failed")
            log.error("reminder failed: %s", why, extra=log_fields(r, "failed", detail=why))
        await self._notify_owners(poster, dest, items, why)

    async def _notify_owners(
        self, poster: ReminderPoster, dest: Destination, items: Sequence[Item], why: str
    ) -> None:
        by_owner: dict[tuple[Destination, str, int], list[Item]] = {}
        for matter, r in items:
            if matter.owner is not None:
                by_owner.setdefault((dest, matter.owner, r.matter_id), []).append((matter, r))
        for key, owned in by_owner.items():
            if key in self._notified:
                continue
            self._notified.add(key)
            owner = key[1]
            extra = {**log_fields(owned[0][1], "owner_notice"), "owner": owner}
            try:
                told = await poster.notify_owner(dest, owner, failure_notice(owned, dest, why))
            except Exception:
                log.exception("reminders: could not tell the owner", extra=extra)
                continue
            if not told:
                log.warning("reminders: no way to tell the owner directly", extra=extra)

    async def _give_back_if_claim_ending(
        self, reminders: Sequence[ScheduledReminder], run: _Run
    ) -> bool:
        """Release, unposted, claims that have a quarter of their lease or less to run.

        A worker that stalls (a busy machine, a slow database) could otherwise post after
        its lease ran out, when another worker has claimed the row again, looked in the
        channel, found nothing and posted too. A post is sent only while a quarter of the
        lease is left, so it has landed before anyone else may claim and look."""
        now = self._clock()
        margin = self._lease / 4
        if not any(r.lease_until is not None and now >= r.lease_until - margin for r in reminders):
            return False
        for r in reminders:
            log.warning(
                "reminder given back unposted: its claim was about to run out",
                extra=log_fields(r, "released"),
            )
        await self._release(reminders, run)
        return True

    async def _release(self, reminders: Sequence[ScheduledReminder], run: _Run) -> None:
        for r in reminders:
            assert r.id is not None
            if await self._queue.release(r.id, worker=self.worker):
                run.report.released += 1
