"""`history`: one line per change, as a person would say it ("May 3 10:02 @alex moved the
conference May 28 -> Jun 20"). The audit log itself keeps the full before and after;
this is only how it reads in a channel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

from settleconf.core.matter import AuditEntry, Matter
from settleconf.core.reminder_policy import court_zone

# A day as replies write it ("Tue May 28, 2024"), shortened to "May 28" in a history line.
_DAY = re.compile(r"\b[A-Z][a-z]{2} ([A-Z][a-z]{2} \d{1,2}), \d{4}(?: at ([\d:]+ [ap]\.m\.|noon))?")
_ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
# Consequences of a change, not changes: the change's own line covers them.
_FOLLOW_ONS = ("reminders rescheduled",)


def _short_day(text: str | None) -> str:
    """'Tue May 28, 2024 at 2:30 p.m.; ...' -> 'May 28 2:30 p.m.'."""
    m = _DAY.search(text or "")
    if m is None:
        return "?"
    return f"{m[1]} {m[2]}" if m[2] else m[1]


def _iso_day(text: str | None) -> str:
    m = _ISO.search(text or "")
    return f"{date.fromisoformat(m[1]):%b} {date.fromisoformat(m[1]).day}" if m else "?"


def _first(text: str | None) -> str:
    return (text or "").split(";")[0].split(":")[0].strip()


def _sentence(e: AuditEntry, titles: dict[str, str]) -> str:
    def title(text: str | None) -> str:
        ob = _first(text)
        return titles.get(ob, ob)

    said: dict[str, Callable[[], str]] = {
        "conference moved": lambda: (
            f"moved the conference {_short_day(e.before)} → {_short_day(e.after)}"
        ),
        "conference format": lambda: f"changed the conference to {e.after} (was {e.before})",
        "conference link": lambda: f"set the conference link: {e.after}",
        "conference move undone": lambda: (
            f"undid the conference move: back to {_short_day(e.after)} (was {_short_day(e.before)})"
        ),
        "conference format undone": lambda: f"undid the format change: back to {e.after}",
        "conference link undone": lambda: f"undid the link change: back to {e.after}",
        "done": lambda: f"marked {title(e.after)} done",
        "undone": lambda: f"reopened {title(e.after)}",
        "side set": lambda: f"set our side: {e.after}",
        "reminders set": lambda: f"set reminders: {e.after}",
        "snoozed": lambda: f"snoozed {title((e.after or '').split(' until ')[0])}",
        # The file and its hash: which text the deadlines were read from.
        "order added": lambda: f"added the order ({e.after})",
        "order replaced": lambda: f"replaced the order ({e.after})",
    }
    if e.action in said:
        return said[e.action]()
    noun, _, verb = e.action.partition(" ")
    if noun in ("demand", "response") and verb:
        return f"recorded the {noun} {verb} {_iso_day(e.after)}"
    detail = f": {e.after}" if e.after else ""
    return f"{e.action}{detail}"[:100]


def history_lines(matter: Matter, entries: list[AuditEntry]) -> list[str]:
    zone = ZoneInfo(court_zone(matter))
    titles = {o.id: o.title for o in matter.order.obligations}
    out = []
    for e in entries:
        if e.action in _FOLLOW_ONS:
            continue
        at = e.at.astimezone(zone)
        who = "@" + e.actor.rpartition(":")[2]
        out.append(f"{at:%b} {at.day} {at:%H:%M} {who} {_sentence(e, titles)}")
    return out
