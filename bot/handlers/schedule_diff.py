"""How a change reads against the schedule: the audit's one-line summary, and the
deadlines it re-dates ("Settlement demand: Tue May 14 -> Thu Jun 6")."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from settleconf.bot.replies.deadlines import (
    as_shown,
    deadline_line,
    due_text,
    in_date_order,
    listed_item,
)
from settleconf.bot.replies.formatting import plural
from settleconf.bot.replies.reply import DeadlineLine
from settleconf.core.deadlines import Schedule
from settleconf.core.matter import MatterEvent


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



@dataclass(frozen=True)
class Redated:
    """What a conference change did to the deadlines, as every reply to one shows it."""

    changes: tuple[str, ...]  # "Settlement demand: Tue May 14 -> Thu Jun 6", by new date
    sentence: str  # "4 deadlines recomputed, now in date order: ..." or "No deadline changed."
    deadlines: tuple[DeadlineLine, ...]


def redated(
    before: Schedule, after: Schedule, done: Mapping[str, MatterEvent], today: date
) -> Redated:
    changes = changed_lines(before, after, done)
    ordered = as_shown(after, done)
    listed = "; ".join(listed_item(d, done.get(d.id), today) for d in ordered)
    sentence = (
        f"{plural(len(changes), 'deadline')} recomputed, now in date order: {listed}."
        if changes
        else "No deadline changed."
    )
    lines = tuple(deadline_line(d, done.get(d.id), today) for d in ordered)
    return Redated(tuple(changes), sentence, lines)
