"""What `Service` remembers between requests so that a repeated read costs no rework.

Three memos, each of a pure function, so that what comes out of one is what the function
would return now:

- `Parses`: a request's text read as a command or question, per (text, matter named by
  the platform, the day its date words are read on);
- `Answers`: the reply to a read-only command (`deadlines`, `next`, ...), per (matter id,
  command, the court's today). An entry is used only when the matter the store just handed
  out *equals* the one it was made from (every field: order, events, conference, side,
  reminders): the store's version check decides what the matter is (never stale:
  docs/store.md), and equality then decides whether the answer may be reused. A copy
  handed out from the store's cache shares its parts with the one remembered, so the
  comparison stops at identities and costs a few microseconds;
- `Briefs`: the six-line cut of a reply (`brevity.brief`), per (reply, what was asked),
  for a reply that is the very object remembered.

Bounded (LRU), per process, on the event loop's thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date

from cachetools import LRUCache

from settleconf.bot.chat.grammar import Command, Question
from settleconf.bot.replies.brevity import brief
from settleconf.bot.replies.reply import Reply
from settleconf.core.matter import Matter

SIZE = 512  # entries per memo: a few hundred matters' worth of common questions


class Parses:
    def __init__(self, size: int = SIZE) -> None:
        self._seen: LRUCache[tuple[str, str | None, date], Command | Question] = LRUCache(size)

    def get(
        self, text: str, matter: str | None, day: date,
        parse: Callable[[], Command | Question],
    ) -> Command | Question:
        """`parse()` for (text, matter, day), once. A parse that fails (CommandError) is
        not remembered: it raises again each time."""
        key = (text, matter, day)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = parse()
        return found


class Answers:
    def __init__(self, size: int = SIZE) -> None:
        self._seen: LRUCache[tuple[int, Hashable, date], tuple[Matter, Reply]] = LRUCache(size)

    def get(
        self, matter: Matter, asked: Hashable, today: date, answer: Callable[[], Reply]
    ) -> Reply:
        """`answer()`, a pure function of (`matter`, `asked`, `today`), reused while the
        matter is equal to the one it was answered from."""
        if matter.id is None:  # not stored: nothing to key it by
            return answer()
        key = (matter.id, asked, today)
        found = self._seen.get(key)
        if found is not None and found[0] == matter:
            return found[1]
        reply = answer()
        # Our own copy: the caller's may be edited after we return (commands edit theirs).
        self._seen[key] = (matter.copy(), reply)
        return reply


class Briefs:
    def __init__(self, size: int = SIZE) -> None:
        self._seen: LRUCache[tuple[int, str], tuple[Reply, Reply]] = LRUCache(size)

    def get(self, reply: Reply, asked: str) -> Reply:
        """`brief(reply, asked)`; remembered by the reply's identity (held, so that the id
        is not reused while the entry lives)."""
        key = (id(reply), asked)
        found = self._seen.get(key)
        if found is not None and found[0] is reply:
            return found[1]
        short = brief(reply, asked)
        self._seen[key] = (reply, short)
        return short
