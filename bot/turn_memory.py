"""The conversation's memory: each person's last answered question per channel (and
thread), kept in the store (`Store.remember_turns`) so a follow-up ("and the demand?") is
read against it on any replica and after a restart (bot/chat/follow_ups.py reads it).

Recording never slows an answer nor makes a read a write: `record` starts the write in
the background and returns, so it runs after the reply is built, in its own short
transaction beside the request's (a slash command that only reads is still answered in
its ack, adapters/slack/ack_answer.py). A follow-up in the same process waits for that
write first, so a quick "and the demand?" never reads the turn before last; on another
replica it could, in the milliseconds the write takes.

Confidentiality: a turn is read only under its own key (platform, workspace, channel,
user, thread) and used only while the request resolves to the same matter it was about
(id and docket), so rebinding the channel, removing the matter or naming another case
leaves it unused. It holds ids and a date, never an answer's text.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from settleconf.bot.chat.questions import IntentName, Interpretation
from settleconf.bot.chat.request import Request
from settleconf.core.matter import Matter
from settleconf.core.store import FOLLOW_UP_WINDOW, ConversationTurn, Store, TurnKey

log = logging.getLogger(__name__)

# Answers that are not a question answered, so remember nothing (and leave the last turn).
_NOT_ANSWERED = frozenset({IntentName.CLARIFY, IntentName.HELP})


def turn_key(req: Request) -> TurnKey:
    """Where a follow-up looks: the thread the message is in, or "" at the top level (a
    slash command, a top-level mention or post), so a top-level follow-up sees the last
    top-level question in the same channel."""
    return TurnKey(req.platform, req.workspace, req.channel, req.user, _fit(req.thread or ""))


# The store keeps a thread id in 64 characters (Slack's are ~17, Teams' ~13). A longer
# one is kept as its digest, so it still names one thread and its row can be written:
# one over-long id would otherwise fail the batch of turns written with it.
THREAD_MAX = 64


def _fit(thread: str) -> str:
    if len(thread) <= THREAD_MAX:
        return thread
    return "sha1:" + hashlib.sha1(thread.encode("utf-8")).hexdigest()


def turn_keys(req: Request) -> tuple[TurnKey, ...]:
    """Where a question answered for `req` is remembered: where a follow-up to it looks
    (`turn_key`), and the thread its answer opens, if any (a follow-up typed there)."""
    key = turn_key(req)
    answer = _fit(req.answer_thread or "")
    if answer and answer != key.thread:
        return key, replace(key, thread=answer)
    return (key,)


def turn_of(
    key: TurnKey, matter: Matter, meaning: Interpretation, at: datetime
) -> ConversationTurn | None:
    """What to remember of `meaning`, answered about `matter`; None for a clarifying reply."""
    if matter.id is None or meaning.intent in _NOT_ANSWERED:
        return None
    what_if = meaning.day if meaning.intent is IntentName.WHAT_IF else None
    return ConversationTurn(
        key=key,
        matter_id=matter.id,
        docket=matter.docket,
        intent=meaning.intent.value,
        at=at,
        obligation_id=meaning.obligation_id,
        topic=meaning.topic,
        party=meaning.party,
        what_if=what_if,
        day=meaning.day if meaning.intent is IntentName.DATE_CHECK else None,
    )


# A turn is written this long after its answer, with every other turn answered meanwhile in
# the same transaction: one upsert per answer made questions cost ~5 ms of CPU instead of
# ~1 (bench/answer_cpu.py, docs/performance.md). A follow-up typed on another replica
# sooner than this after the answer would not see it; nobody types that fast. The same
# process reads a turn not yet written from here.
FLUSH_DELAY_S = 0.05


class TurnMemory:
    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock
        # Turns answered and not yet written (the newest per key), then being written.
        self._unsaved: dict[TurnKey, ConversationTurn] = {}
        self._saving: dict[TurnKey, ConversationTurn] = {}
        self._flusher: asyncio.Task[None] | None = None
        self._wake: asyncio.Future[None] | None = None  # settled: write now

    async def recall(self, key: TurnKey, matter: Matter, now: datetime) -> ConversationTurn | None:
        """The last turn under `key`, if it is recent and about `matter`."""
        turn = self._unsaved.get(key) or self._saving.get(key)
        if turn is None:
            try:
                turn = await self._store.recall_turn(key, now)
            except Exception:
                # Memory is a convenience: without it the follow-up gets the ordinary reply.
                log.warning("conversation memory unavailable", exc_info=True)
                return None
        elif not now - FOLLOW_UP_WINDOW < turn.at:
            turn = None
        if turn is None or turn.matter_id != matter.id or turn.docket != matter.docket:
            return None
        return turn

    def record(self, turn: ConversationTurn) -> None:
        """Remember `turn`: written in the background, after the answer (see above)."""
        self._unsaved[turn.key] = turn
        if self._flusher is None or self._flusher.done():
            loop = asyncio.get_running_loop()
            self._wake = loop.create_future()
            self._flusher = loop.create_task(self._flush(self._wake))

    async def _flush(self, wake: asyncio.Future[None]) -> None:
        timer = asyncio.get_running_loop().call_later(FLUSH_DELAY_S, _settle, wake)
        try:
            await wake
        finally:
            timer.cancel()
        while self._unsaved:
            self._saving, self._unsaved = self._unsaved, {}
            try:
                await self._store.remember_turns(list(self._saving.values()))
            except Exception:
                log.warning("conversation turns not remembered", exc_info=True)
            finally:
                self._saving = {}

    async def settle(self) -> None:
        """Write what is unsaved now, and return once it is (shutdown, tests)."""
        flusher = self._flusher
        if flusher is not None and not flusher.done():
            _settle(self._wake)
            await asyncio.wait([flusher])


def _settle(future: asyncio.Future[None] | None) -> None:
    if future is not None and not future.done():
        future.set_result(None)
