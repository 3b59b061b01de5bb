"""`undo` of a conference move, format change or link change: the state before it comes
back, with every deadline and reminder counted from it again.

The change's own event says what it replaced ("Tue May 28, 2024 at 2:30 p.m. -> …",
"format: by video on Microsoft Teams -> …", "link: none -> …"), written by
conference.py with `conf_text` and `how_held`; read back here with their exact inverses,
so changes recorded before `undo` existed can be taken back too. The change is then
marked taken back (EventKind.CHANGE_UNDONE), so the notes ("moved from May 28 …") name
only the changes that stand, and a second `undo` takes back the one before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time

from settleconf.bot.chat.context import Context
from settleconf.bot.handlers.conference_proposal import conf_text
from settleconf.bot.handlers.schedule_diff import redated, summarize
from settleconf.bot.replies.change_notes import how_held
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.reply import Reply
from settleconf.core.matter import EventKind, Matter, MatterEvent
from settleconf.core.order import Conference, ConferenceFormat

_DAY_TEXT = re.compile(r"[A-Z][a-z]{2} (?P<day>[A-Z][a-z]{2} \d{1,2}, \d{4})(?: at (?P<at>.+))?")
_TIME_TEXT = re.compile(r"(?P<h>\d{1,2}):(?P<m>\d{2}) (?P<half>[ap])\.m\.")
_HOW_TEXT = {
    "by video": ConferenceFormat.VIDEO,
    "by telephone": ConferenceFormat.TELEPHONE,
    "in person": ConferenceFormat.IN_PERSON,
    "": ConferenceFormat.UNKNOWN,
}


class CannotUndo(ValueError):
    """The change's record can't be read back (written by hand, or by an older version)."""


def _read_time(text: str) -> time:
    """The inverse of `fmt_time`: '2:30 p.m.', '10:00 a.m.', 'noon'."""
    if text == "noon":
        return time(12, 0)
    m = _TIME_TEXT.fullmatch(text)
    if m is None:
        raise CannotUndo(text)
    hour = int(m["h"]) % 12 + (12 if m["half"] == "p" else 0)
    return time(hour, int(m["m"]))


def read_when(text: str) -> tuple[date | None, time | None]:
    """The inverse of `conf_text`: 'Tue May 28, 2024 at 2:30 p.m.' or 'no date'."""
    if text == "no date":
        return None, None
    m = _DAY_TEXT.fullmatch(text)
    if m is None:
        raise CannotUndo(text)
    day = datetime.strptime(m["day"], "%b %d, %Y").date()
    return day, _read_time(m["at"]) if m["at"] else None


def read_how(text: str) -> tuple[ConferenceFormat, str | None]:
    """The inverse of `how_held` (or 'not stated'): 'by video on Zoom' -> VIDEO, 'Zoom'."""
    how, _, platform = ("" if text == "not stated" else text).partition(" on ")
    if how.startswith("on "):  # no format, a platform: "on Zoom"
        how, platform = "", how.removeprefix("on ")
    if how not in _HOW_TEXT:
        raise CannotUndo(text)
    return _HOW_TEXT[how], platform or None


def what_changed(event: MatterEvent) -> str:
    if event.kind is EventKind.CONFERENCE_MOVED:
        return "date"
    return (event.detail or "").partition(":")[0]


def restored(current: Conference, event: MatterEvent) -> Conference:
    """The conference as it was before `event`, the last change that stands."""
    what = what_changed(event)
    if what == "date":
        old = (event.detail or "").partition(" -> ")[0]
        day, at = read_when(old)
        return replace(current, date=day, time=at)
    old = (event.detail or "").removeprefix(f"{what}: ").partition(" -> ")[0]
    if what == "format":
        fmt, platform = read_how(old)
        return replace(current, format=fmt, platform=platform)
    if what == "link":
        return replace(current, link=None if old == "none" else old)
    raise CannotUndo(event.detail or "")


async def undo_conference_change(
    ctx: Context, matter: Matter, index: int, event: MatterEvent
) -> Reply:
    what = what_changed(event)
    current = matter.conference
    try:
        back = restored(current, event)
    except CannotUndo:
        return Reply(
            text="I can't read back what this conference change replaced, so nothing was "
            "undone. Set it again with `conference DATE TIME`, `conference by zoom` or "
            "`conference link URL`.",
            intent="undo",
            matter=matter.docket,
            is_error=True,
            ephemeral=True,
        )
    today = ctx.today_for(matter)
    if what == "date" and back.date is not None and back.date < today:
        return Reply(
            text=f"The conference before this move, {conf_text(back.date, back.time)}, has "
            "passed, so nothing was undone. Say the right date with `conference DATE TIME`.",
            intent="undo",
            matter=matter.docket,
            is_error=True,
            ephemeral=True,
        )
    before = matter.schedule()
    matter.move_conference(back)
    matter.record(
        MatterEvent(EventKind.CHANGE_UNDONE, ctx.clock(), ctx.req.actor, detail=f"{what} #{index}")
    )
    after = matter.schedule()
    if what == "date":
        was, now = conf_text(current.date, current.time), conf_text(back.date, back.time)
        await ctx.save(
            matter,
            "conference move undone",
            f"{was}; {summarize(before)}",
            f"{now}; {summarize(after)}",
        )
        dates = redated(before, after, matter.done_items(), today)
        return Reply(
            text=f"Undone: the move to {was} is taken back; the conference is {now} again. "
            + dates.sentence,
            intent="undo",
            title=matter_title(matter),
            matter=matter.docket,
            details=dates.changes,
            deadlines=dates.deadlines,
            warnings=after.warnings,
        )
    if what == "format":
        was, now = how_held(current) or "not stated", how_held(back) or "not stated"
        text = f"Undone: the conference is held {now} again (it was changed to {was})."
    else:
        was, now = current.link or "none", back.link or "none"
        text = (
            f"Undone: the conference link is {back.link} again."
            if back.link
            else f"Undone: the link {was} is taken back; no link is recorded."
        )
    await ctx.save(matter, f"conference {what} undone", was, now)
    return Reply(text=text, intent="undo", title=matter_title(matter), matter=matter.docket)
