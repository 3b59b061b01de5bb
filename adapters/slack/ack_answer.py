"""The answer in the ack: a slash command that only reads gets its answer in the body of
the HTTP 200 that acknowledges it, when the answer is ready within a budget.

Slack shows a slash command's ack body as the reply (`response_type` and all), so the
asker sees the answer one round trip sooner than through `response_url`, and sooner than
a bot that acks empty could even ack. Past the budget the ack goes out empty and the
answer follows at `response_url`, as every answer did before: the message is the same
either way (`responder.response_body` builds both), and it is delivered exactly once.

Only reads (`bot.chat.read_only`): a change is acked first and answered after, so that
a lost ack never tempts anyone to make it twice. Events (mentions, DMs) are not answered
so: Slack ignores the body of an Events API ack. Nor are button clicks: Slack ignores the
body of a `block_actions` ack too (only legacy attachment buttons took a message there),
so a click still answers through its `response_url`. Nor over Socket Mode (local
development), where the ack is a WebSocket frame and saves nothing worth a second path.

It needs bolt's `process_before_response=True`: with the default runner bolt polls for
the ack every 10 ms, which would cost the answer what it gains (docs/performance.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest

from settleconf.adapters.slack.admission import InFlight
from settleconf.adapters.slack.dedup import VERDICT
from settleconf.bot.chat.read_only import is_read_only

Ack = Callable[..., Awaitable[Any]]
# (the command's body, its ack's offer, the replay check it must pass before delivering)
Answer = Callable[
    [Mapping[str, Any], "AckOffer | None", "asyncio.Future[bool] | None"], Awaitable[None]
]


class AckOffer:
    """One slash command's ack, held open for up to the budget for the first message of
    its answer. Either the ack carries that message (`take` said True) or the ack went out
    empty and `take` refuses it, so it goes to `response_url`: never both, never neither.
    Everything here runs on one event loop, so a flag settles who had it.

    Plain futures and timers, not `asyncio.wait_for` on events: this is on every answer's
    path, and `wait_for` costs a task, a shield and their wake-ups per wait."""

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._first: asyncio.Future[dict[str, Any] | None] = self._loop.create_future()
        self._open = True
        self._started = False
        self._slot: asyncio.Future[None] | None = None  # `wait` waiting for the start
        self._sent: asyncio.Future[None] = self._loop.create_future()

    def start(self) -> None:
        """The answer has its slot (adapters/slack/admission.py): its budget runs from now."""
        self._started = True
        _settle(self._slot)

    def take(self, message: dict[str, Any]) -> bool:
        """The answer's first message, for the ack; False when the ack has gone without."""
        if not self._open or self._first.done():
            return False
        self.start()
        self._first.set_result(message)
        return True

    def withdraw(self) -> None:
        """No message is coming (the work ended without one): the ack need not wait."""
        self.start()
        if not self._first.done():
            self._first.set_result(None)

    async def wait(self, budget_s: float, slot_wait_s: float = 0.0) -> dict[str, Any] | None:
        """The message for the ack, or None when it was not ready within `budget_s` of the
        answer's start. With `slot_wait_s`, the start itself may wait that long for an
        answer slot; without, the budget runs from now."""
        if slot_wait_s > 0 and not self._started:
            slot = self._slot = self._loop.create_future()
            await _until(slot, self._loop.call_later(slot_wait_s, _settle, slot))
            self._slot = None
            if not self._started:
                self._open = False  # no slot in time: the answer goes to response_url
                return None
        if budget_s > 0 and not self._first.done():
            ready: asyncio.Future[None] = self._loop.create_future()

            def first_done(_: object) -> None:
                _settle(ready)

            self._first.add_done_callback(first_done)
            try:
                await _until(ready, self._loop.call_later(budget_s, _settle, ready))
            finally:
                self._first.remove_done_callback(first_done)
        # Closed first, then looked at, with no await between: a message taken as the
        # timeout fired is used, and none can be taken after the ack went out empty.
        self._open = False
        return self._first.result() if self._first.done() else None

    def mark_sent(self) -> None:
        _settle(self._sent)

    async def sent(self) -> None:
        """Until the ack has been handed to bolt, so that what follows goes after it."""
        await self._sent


def _settle(future: asyncio.Future[None] | None, *_: object) -> None:
    if future is not None and not future.done():
        future.set_result(None)


async def _until(future: asyncio.Future[None], timer: asyncio.TimerHandle) -> None:
    """`future`, which `timer` settles if nothing else does first."""
    try:
        await future
    finally:
        timer.cancel()


# The request's context key under which `may_answer_in_ack` keeps its verdict.
_MAY_ANSWER_IN_ACK = "settleconf_may_answer_in_ack"


def may_answer_in_ack(body: Mapping[str, Any], request: AsyncBoltRequest) -> bool:
    """An HTTP slash command with a `response_url` (for whatever the ack cannot carry)
    whose text only reads. Asked twice per command (the replay check, then the listener):
    the second time reads the first's verdict from the request's context instead of
    parsing the text again."""
    known = request.context.get(_MAY_ANSWER_IN_ACK)
    if isinstance(known, bool):
        return known
    verdict = (
        request.mode == "http"
        and "command" in body
        and bool(body.get("response_url"))
        and is_read_only(str(body.get("text") or ""), today=datetime.now(UTC).date())
    )
    request.context[_MAY_ANSWER_IN_ACK] = verdict
    return verdict


def command_listener(
    answer: Answer, inflight: InFlight, *, budget_ms: float
) -> Callable[..., Awaitable[None]]:
    """The slash command's listener: starts `answer` in the background (where `InFlight`
    holds it and bounds it, as any answer) and acks, with the answer's first message when
    the command only reads and the answer is ready within `budget_ms`."""
    budget_s = budget_ms / 1000
    # asyncio keeps only weak references to tasks: this set holds each answer until it is
    # done (`InFlight.slot`, its first step, also tracks it for shutdown's drain).
    running: set[asyncio.Task[None]] = set()

    # bolt injects arguments by parameter name: `ack`, `body`, `request`, `context` matter.
    async def ack_or_answer(
        ack: Ack, body: dict[str, Any], request: AsyncBoltRequest, context: Mapping[str, Any]
    ) -> None:
        # A read's replay check runs alongside its answer (adapters/slack/dedup.py); the
        # answer is delivered, in the ack or after it, only once the check has passed.
        verdict: asyncio.Future[bool] | None = context.get(VERDICT)
        # Even with every answer slot taken: the read waits for one (up to the slot wait,
        # then its budget runs), so under load its client waits for the answer instead of
        # sending the next command while this one joins a pile of answers still owed at
        # response_url, which would come no sooner (docs/performance.md, #16).
        offer = AckOffer() if budget_s > 0 and may_answer_in_ack(body, request) else None
        if offer is None and verdict is not None:  # not answered in the ack after all
            if not await verdict:
                await ack()  # a replay: acknowledged, not run
                return
            verdict = None
        if verdict is not None:
            # One turn of the loop first, so that the replay check sends its INSERT to the
            # database before the answer starts its own work: the two trips then overlap,
            # and the check is done when the answer is, instead of after it (its statement
            # waits for the event loop to be idle, with aiosqlite's thread as with the
            # GIL; docs/performance.md, "Answer in the ack").
            await asyncio.sleep(0)
        task = asyncio.ensure_future(answer(body, offer, verdict))
        running.add(task)
        task.add_done_callback(running.discard)
        if offer is None:
            await ack()
            return
        try:
            first = await offer.wait(budget_s, inflight.slot_wait_s)
            # Awaited even when the answer made it (then it has passed): its error, the
            # delivery log's database down, is this request's 500, as when it runs first.
            if verdict is not None and not await verdict:
                first = None  # a replay's answer never reached the offer; belt and braces
            await (ack() if first is None else ack(first))
        finally:
            offer.mark_sent()

    return ack_or_answer
