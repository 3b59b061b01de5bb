"""Back-pressure for the work Slack requests leave behind after their ack.

Every request is acked at once and answered afterwards, in the same process. Unbounded,
an overload turns into a pile of acked requests whose answers wait for a database
connection longer than the pool's 30 s timeout and then fail ("something went wrong"),
while memory grows with the pile (bench/slack_load.py found both). So:

- at most `concurrency` answers run at a time (fewer than the store's connection pool,
  which the reminder dispatcher shares); the rest wait for a slot, not for a connection;
- when `max_waiting` answers already wait, a new slash command is refused in its ack,
  which Slack shows the user at once: nothing was run, try again. Events and button
  clicks are never refused (Slack would not show a refusal of them), only queued.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from slack_bolt.response import BoltResponse

log = logging.getLogger(__name__)

CONCURRENCY = 8  # the store's pool is 5 + 10 overflow connections
MAX_WAITING = 200  # ~2 s of answers at the ~100/s one process manages (docs/performance.md)
BUSY = (
    "settleconf is answering a lot of requests right now, so it did not run `{command}`. "
    "Nothing was changed; please try again in a minute."
)


class InFlight:
    """The answers still running or waiting after their ack. asyncio keeps only weak
    references to tasks, so we hold them (a task may otherwise vanish mid-reply), and
    shutdown waits for them instead of dropping answers on the floor."""

    def __init__(self, *, concurrency: int = CONCURRENCY, max_waiting: int = MAX_WAITING) -> None:
        if concurrency < 1 or max_waiting < 0:
            raise ValueError("concurrency must be >= 1 and max_waiting >= 0")
        self._tasks: set[asyncio.Task[Any]] = set()
        self._slots = asyncio.Semaphore(concurrency)
        self._concurrency = concurrency
        self._max_waiting = max_waiting
        self.refused = 0

    def track(self) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        self.track()
        async with self._slots:
            yield

    @property
    def waiting(self) -> int:
        return max(0, len(self._tasks) - self._concurrency)

    def full(self) -> bool:
        return self.waiting >= self._max_waiting

    def __len__(self) -> int:
        return len(self._tasks)

    async def drain(self, timeout: float = 10.0) -> None:
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)


def admission_middleware(inflight: InFlight) -> Callable[..., Awaitable[Any]]:
    # bolt injects arguments by parameter name: the names `body` and `next` matter.
    async def refuse_commands_when_full(
        body: dict[str, Any], next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        if "command" in body and body.get("type") is None and inflight.full():
            inflight.refused += 1
            command = f"{body.get('command', '')} {body.get('text', '')}".strip()
            log.warning(
                "slack: busy, slash command refused",
                extra={"waiting": inflight.waiting, "refused": inflight.refused},
            )
            text = BUSY.format(command=command.replace("`", "'")[:80])
            return BoltResponse(
                status=200,
                body={"response_type": "ephemeral", "text": text},
                headers={"content-type": "application/json"},
            )
        await next()
        return None

    return refuse_commands_when_full
