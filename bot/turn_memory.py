"""The conversation's memory: each person's last answered question per channel (and
thread), kept in the store (`Store.remember_turn`) so a follow-up ("and the demand?") is
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
import logging
from collections.abc import Callable
from datetime import datetime

from settleconf.bot.chat.questions import IntentName, Interpretation
from settleconf.bot.chat.request import Request
from settleconf.core.matter import Matter
from settleconf.core.store import ConversationTurn, Store, TurnKey

log = logging.getLogger(__name__)

# Answers that are not a question answered, so remember nothing (and leave the last turn).
_NOT_ANSWERED = frozenset({IntentName.CLARIFY, IntentName.HELP})


def turn_key(req: Request) -> TurnKey:
    return TurnKey(req.platform, req.workspace, req.channel, req.user, req.thread or "")


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
    )


class TurnMemory:
    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock
        # Writes still running, per key: a follow-up here waits for its own turn's write.
        self._writing: dict[TurnKey, asyncio.Task[None]] = {}

    async def recall(self, key: TurnKey, matter: Matter, now: datetime) -> ConversationTurn | None:
        """The last turn under `key`, if it is recent and about `matter`."""
        pending = self._writing.get(key)
        if pending is not None:
            await asyncio.wait([pending])
        try:
            turn = await self._store.recall_turn(key, now)
        except Exception:
            # Memory is a convenience: without it the follow-up gets the ordinary reply.
            log.warning("conversation memory unavailable", exc_info=True)
            return None
        if turn is None or turn.matter_id != matter.id or turn.docket != matter.docket:
            return None
        return turn

    def record(self, turn: ConversationTurn) -> None:
        """Remember `turn` in the background (see the module's docstring)."""
        task = asyncio.get_running_loop().create_task(self._write(turn))
        self._writing[turn.key] = task
        task.add_done_callback(lambda done: self._forget(turn.key, done))

    async def _write(self, turn: ConversationTurn) -> None:
        try:
            await self._store.remember_turn(turn)
        except Exception:
            log.warning("conversation turn not remembered", exc_info=True)

    def _forget(self, key: TurnKey, done: asyncio.Task[None]) -> None:
        if self._writing.get(key) is done:
            del self._writing[key]

    async def settle(self) -> None:
        """Until every write started has ended (for a clean shutdown, and tests)."""
        while self._writing:
            await asyncio.wait(list(self._writing.values()))
