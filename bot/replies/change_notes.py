"""What changed about the conference since the order, when and by whom: "moved from Tue
May 28 (order) on May 1 by @alex". Every answer that shows the conference's day, format
or link adds the note, so nobody takes the current state for the order's words, nor an
order quote for the current state.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from settleconf.bot.replies.parse_report import conference_line
from settleconf.core.matter import EventKind, Matter, MatterEvent
from settleconf.core.order import Conference, ConferenceFormat
from settleconf.core.reminder_policy import court_zone

_HOW = {
    ConferenceFormat.VIDEO: "by video",
    ConferenceFormat.TELEPHONE: "by telephone",
    ConferenceFormat.IN_PERSON: "in person",
    ConferenceFormat.UNKNOWN: "",
}


def how_held(conf: Conference) -> str:
    """'by video on Zoom', 'in person', 'by telephone'; '' when the order doesn't say."""
    how = _HOW[conf.format]
    if conf.platform and conf.format is not ConferenceFormat.IN_PERSON:
        return f"{how} on {conf.platform}".strip()
    return how


def _by(matter: Matter, e: MatterEvent) -> str:
    at = e.at.astimezone(ZoneInfo(court_zone(matter)))
    return f"on {at:%b} {at.day} by @{e.actor.rpartition(':')[2]}"


def _changes(matter: Matter, what: str) -> list[MatterEvent]:
    return [
        e
        for _, e in matter.conference_changes()
        if e.kind is EventKind.CONFERENCE_CHANGED and (e.detail or "").startswith(f"{what}: ")
    ]


def _without_year(text: str) -> str:
    return re.sub(r",? \d{4}\b", "", text)


def moved_note(matter: Matter) -> str | None:
    """'moved from Tue May 28 (order) on May 1 by @U1'; None if it was never moved."""
    moves = [e for _, e in matter.conference_changes() if e.kind is EventKind.CONFERENCE_MOVED]
    if not moves:
        return None
    last = moves[-1]
    old, _, new = (last.detail or "").partition(" -> ")
    old_day, _, old_time = old.partition(" at ")
    new_day, _, _ = new.partition(" at ")
    # The day it left; its time only when the day stayed ("moved from 2:30 p.m.").
    left = old_day if old_day != new_day or not old_time else old_time
    origin = " (order)" if len(moves) == 1 else ""
    note = f"moved from {_without_year(left)}{origin} {_by(matter, last)}"
    order_day = matter.order.conference.date
    if len(moves) > 1 and order_day is not None:
        note += f"; the order set {order_day:%a %b} {order_day.day}"
    return note


def format_note(matter: Matter) -> str | None:
    """'changed from by video on Microsoft Teams (order) on May 1 by @U1'."""
    changes = _changes(matter, "format")
    if not changes:
        return None
    last = changes[-1]
    old = (last.detail or "").removeprefix("format: ").partition(" -> ")[0]
    origin = " (order)" if len(changes) == 1 else ""
    return f"changed from “{old or 'not stated'}”{origin} {_by(matter, last)}"


def link_note(matter: Matter) -> str | None:
    """'given on May 1 by @U1': where the current link came from."""
    changes = _changes(matter, "link")
    return f"given {_by(matter, changes[-1])}" if changes else None


def as_written(label: str, matter: Matter) -> str:
    """An order quote's label, marked when the conference has changed since."""
    changed = moved_note(matter) or format_note(matter) or link_note(matter)
    return f"{label} (as written; since changed)" if changed else label


def day_source(matter: Matter) -> str:
    """Where the conference's day and time come from: the order's paragraph, or the move."""
    para = matter.conference.paragraph
    return moved_note(matter) or (f"¶{para}" if para else "preamble")


def format_source(matter: Matter) -> str:
    para = matter.conference.paragraph
    return format_note(matter) or (f"¶{para}" if para else "preamble")


def link_line(matter: Matter) -> str | None:
    """The link given in chat, or the order's word on how links arrive while it holds."""
    conf = matter.conference
    if conf.link:
        return f"Link: {conf.link} ({link_note(matter) or 'recorded'})."
    if format_note(matter):
        return None  # the order's word on links was about the format it no longer has
    return conf.link_delivery


def conference_field(matter: Matter) -> str:
    """The conference as it stands, with what changed since the order and who changed it."""
    line = conference_line(matter.conference).removeprefix("Conference: ")
    notes = [n for n in (moved_note(matter), format_note(matter)) if n]
    return line + "".join(f"; {n}" for n in notes)


def current_conference(matter: Matter) -> str | None:
    """The conference as it stands and what changed since the order; None if nothing did.
    Leads any answer built from the order's words about the conference."""
    notes = [n for n in (moved_note(matter), format_note(matter)) if n]
    link = matter.conference.link
    if not notes and not link:
        return None
    conf = matter.conference
    when = conference_line(conf).removeprefix("Conference: ")
    text = f"Now: {when}" + (f" ({'; '.join(notes)})" if notes else "") + "."
    return text + (f" {link_line(matter)}" if link else "")
