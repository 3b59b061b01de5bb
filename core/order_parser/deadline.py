"""A time budget for one parse, checked by the parser itself between blocks and sentences.

The bot parses in a worker thread so the event loop stays free (bot/handlers/matter.py).
A thread cannot be killed: once the bot stops waiting, a parse that overran would run on,
competing for the GIL with the event loop. So the parser checks its own deadline between
units of work (lines, blocks, sentences) and gives up within a fraction of a second of
it. A process pool could kill the work instead, but it would cost a process start and a
re-import of the parser per pool, pickling every Order back, and a pool lifecycle in the
server: this parser is linear and its input capped, so a check is enough.

The deadline lives in a context variable so that it reaches every step without passing
it through every signature; `parse_order(..., deadline=)` sets it for its own call only.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DEADLINE: ContextVar[float | None] = ContextVar("parse_deadline", default=None)


class ParseTimeout(Exception):
    """The parse ran past its deadline; nothing it read should be used."""


@contextmanager
def parse_deadline(deadline: float | None) -> Iterator[None]:
    """Within this block, `check()` raises ParseTimeout once `time.monotonic()` passes
    `deadline` (None: no deadline)."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise ParseTimeout
