"""Back-pressure for the work Slack requests leave behind after their ack.

Every request is acked at once and answered afterwards, in the same process (a read
answered in its ack waits for a slot like any answer, up to `SLOT_WAIT_S`: see
adapters/slack/ack_answer.py). Unbounded,
an overload turns into a pile of acked requests whose answers wait for a database
connection longer than the pool's 30 s timeout and then fail ("something went wrong"),
while memory grows with the pile (bench/slack_load.py found both). So:

- at most `concurrency` answers run at a time (fewer than the store's connection pool,
  which the reminder dispatcher shares); the rest wait for a slot, not for a connection;
- when `max_waiting` answers already wait, a new slash command is refused in its ack,
  which Slack shows the user at once: nothing was run, try again. Events and button
  clicks are never refused (Slack would not show a refusal of them), only queued.

At shutdown (`drain`) new slash commands are refused the same way, the answers in flight
get `drain_seconds` to finish, and whoever is still waiting for one after that is told
through its `response_url` whether it ran, so they know to run it again: an ack is a
promise of an answer. Only a hard crash breaks it silently (docs/operations.md).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from slack_bolt.response import BoltResponse

log = logging.getLogger(__name__)

CONCURRENCY = 8  # the store keeps 12 pooled connections (adapters/store/__init__.py POOL_SIZE)
MAX_WAITING = 200  # under a second of answers at the >1,000/s one process manages (issue16.py)
BUSY = (
    "settleconf is answering a lot of requests right now, so it did not run `{command}`. "
    "Nothing was changed; please try again in a minute."
)
RESTARTING = (
    "settleconf is restarting, so it did not run `{command}`. "
    "Nothing was changed; please try again in a minute."
)
NOT_RUN = (
    "settleconf restarted before it could run `{command}`. "
    "Nothing was changed; please run it again."
)
CUT_SHORT = (
    "settleconf restarted while it was running `{command}`, which may or may not have taken "
    "effect. Check `/settleconf history` before running it again."
)
# How long a read answered in its ack may wait for a slot before its budget starts; past
# it the ack goes out empty and the answer follows at response_url. Waiting behind other
# answers makes no answer later than that fallback would (it waits for the same slot), and
# it holds a closed loop of clients to the pace of the answers instead of letting them pile
# up answers owed. Slack wants the ack within 3 s: this plus the budget stays well under,
# with room for a slow replay check (a PostgreSQL commit under load: ~10-20 ms).
SLOT_WAIT_S = 0.5
DRAIN_SECONDS = 10.0  # the 200 waiting take ~2 s; orchestrators allow 30 s after SIGTERM

Tell = Callable[[str, str], Awaitable[None]]  # (response_url, text)


@dataclass
class Answer:
    """What a person is waiting for, should it be cut off: their command and where to say so."""

    command: str
    response_url: str
    started: bool = False


def answer_of(body: Mapping[str, Any]) -> Answer | None:
    """Slash commands and button clicks; events have no response_url (and no one typed a
    command to retry)."""
    url = body.get("response_url")
    if not isinstance(url, str) or not url:
        return None
    if "command" in body:
        return Answer(_shown(f"{body.get('command', '')} {body.get('text', '')}"), url)
    actions = body.get("actions")
    if isinstance(actions, list) and actions and isinstance(actions[0], Mapping):
        return Answer(_shown(f"/settleconf {actions[0].get('value') or ''}"), url)
    return None


def _shown(command: str) -> str:
    return command.strip().replace("`", "'")[:80]


class InFlight:
    """The answers still running or waiting after their ack. asyncio keeps only weak
    references to tasks, so we hold them (a task may otherwise vanish mid-reply), and
    shutdown waits for them instead of dropping answers on the floor."""

    def __init__(
        self,
        *,
        concurrency: int = CONCURRENCY,
        max_waiting: int = MAX_WAITING,
        drain_seconds: float = DRAIN_SECONDS,
        slot_wait_s: float = SLOT_WAIT_S,
    ) -> None:
        if concurrency < 1 or max_waiting < 0 or not slot_wait_s >= 0:
            raise ValueError("concurrency must be >= 1, max_waiting and slot_wait_s >= 0")
        self._tasks: set[asyncio.Task[Any]] = set()
        self._answers: dict[asyncio.Task[Any], Answer] = {}
        self.drain_seconds = drain_seconds
        self.slot_wait_s = slot_wait_s
        self.closing = False
        self._slots = asyncio.Semaphore(concurrency)
        self._concurrency = concurrency
        self._max_waiting = max_waiting
        self.refused = 0

    def track(self, answer: Answer | None = None) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._forget)
            if answer is not None:
                self._answers[task] = answer

    def _forget(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        self._answers.pop(task, None)

    @asynccontextmanager
    async def slot(self, body: Mapping[str, Any] | None = None) -> AsyncIterator[None]:
        """`body`: the request, so that a person cut off at shutdown can be told."""
        answer = answer_of(body) if body is not None else None
        self.track(answer)
        async with self._slots:
            if answer is not None:
                answer.started = True
            yield

    @property
    def waiting(self) -> int:
        return max(0, len(self._tasks) - self._concurrency)

    def full(self) -> bool:
        return self.waiting >= self._max_waiting

    def __len__(self) -> int:
        return len(self._tasks)

    async def drain(self, tell: Tell | None = None) -> None:
        """Stop admitting commands, let the answers in flight finish for `drain_seconds`,
        then cancel the rest and `tell` each person cut off whether their command ran."""
        self.closing = True
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=self.drain_seconds)
        left = {task: self._answers.get(task) for task in self._tasks if not task.done()}
        if not left:
            return
        for task in left:
            task.cancel()  # before telling: a waiting one must not start meanwhile
        await asyncio.wait(left, timeout=self.drain_seconds)  # let them roll back
        told = [a for a in left.values() if a is not None] if tell is not None else []
        log.warning(
            "slack: %d answers unfinished at shutdown; %d told to retry", len(left), len(told)
        )
        for answer in told:
            assert tell is not None  # `told` is empty without it
            text = (CUT_SHORT if answer.started else NOT_RUN).format(command=answer.command)
            try:
                await tell(answer.response_url, text)
            except Exception:
                log.exception("slack: could not tell a person their command was cut off")


def admission_middleware(inflight: InFlight) -> Callable[..., Awaitable[Any]]:
    # bolt injects arguments by parameter name: the names `body` and `next` matter (and
    # `req`, which adapters/slack/command_path.py passes every step, as bolt can).
    async def refuse_commands_when_full(
        body: dict[str, Any], next: Callable[[], Awaitable[None]], req: object = None
    ) -> BoltResponse | None:
        del req
        refused = inflight.closing or inflight.full()
        if "command" in body and body.get("type") is None and refused:
            inflight.refused += 1
            command = _shown(f"{body.get('command', '')} {body.get('text', '')}")
            log.warning(
                "slack: %s, slash command refused",
                "restarting" if inflight.closing else "busy",
                extra={"waiting": inflight.waiting, "refused": inflight.refused},
            )
            text = (RESTARTING if inflight.closing else BUSY).format(command=command)
            return BoltResponse(
                status=200,
                body={"response_type": "ephemeral", "text": text},
                headers={"content-type": "application/json"},
            )
        await next()
        return None

    return refuse_commands_when_full
