"""How a change reads against the schedule: the audit's one-line summary, and the
deadlines it re-dates ("Settlement demand: Tue May 14 -> Thu Jun 6")."""

from __future__ import annotations

from collections.abc import Collection

from settleconf.bot.replies.deadlines import due_text, in_date_order
from settleconf.core.deadlines import Schedule


def summarize(schedule: Schedule) -> str:
    return "; ".join(f"{d.id}={due_text(d)}" for d in schedule.deadlines)


def changed_lines(before: Schedule, after: Schedule, done: Collection[str]) -> list[str]:
    out = []
    for d in in_date_order(after):  # a list is read top to bottom: by the new date
        old = before.get(d.id)
        if old is None or d.id in done:  # done stays done, on the day it was due
            continue
        a, b = due_text(old), due_text(d)
        if a != b:
            out.append(f"{d.obligation.title}: {a} -> {b}")
    return out
