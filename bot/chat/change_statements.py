"""Conference changes told in plain words: "the conference was adjourned to June 20 at
10am", "the judge pushed us to 6/20", "it's in person now", "new zoom link: https://…".

Each is read into the `conference` command that makes the same change; the handler
shows it for confirmation before anything changes. What cannot be read for sure (a
date without a year that has passed, two dates, a time like "at 10") raises
`ChangeUnclear` with the question to answer: a guessed conference date is a wrong
deadline for every date counted from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from settleconf.core.counting import fmt_day
from settleconf.core.order import ConferenceFormat


class ChangeUnclear(ValueError):
    """A change was said, but not clearly enough to act on: the message asks."""


@dataclass(frozen=True)
class DateChange:
    on_date: date | None  # None: only the time changes
    at_time: time | None  # None: the time stays as it is


@dataclass(frozen=True)
class FormatChange:
    format: ConferenceFormat
    platform: str | None  # "Zoom", "Microsoft Teams"; None when not named


@dataclass(frozen=True)
class LinkChange:
    link: str


Change = DateChange | FormatChange | LinkChange

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january", "feb february", "mar march", "apr april", "may", "jun june",
            "jul july", "aug august", "sep sept september", "oct october", "nov november",
            "dec december",
        )
    )
    for m in names.split()
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?" \
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_DATE = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY})\.?,?\s+(?:the\s+)?)?"
    r"(?:\b(?P<iso>\d{4}-\d{1,2}-\d{1,2})\b"
    r"|\b(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b"
    rf"|\b(?P<mon>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|\b(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon3>{_MONTH})\b(?:,?\s+(?P<y3>\d{{4}})\b)?)",
    re.I,
)
_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|\b(?P<h24>\d{1,2}):(?P<mi24>\d{2})\b"
    r"|\b(?P<noon>noon)\b",
    re.I,
)
_BARE_WEEKDAY = re.compile(rf"\b{_WEEKDAY}\b|\b(?:tomorrow|next\s+week|next\s+month)\b", re.I)

# How people say a conference was moved; past, present and the bare verb alike, since
# "move the conference to June 20" asks for the same change and is confirmed all the same.
_VERB = (
    r"(?:adjourn|move|reschedule|re-schedule|reset|re-set|continue|push|postpone|bump|delay"
    r"|change|shift|put\s+off)(?:e?d|s|ing)?(?:\s+(?:back|out|over))?"
)
_MOVED_TO = re.compile(
    rf"\b{_VERB}\b(?P<mid>(?:\s+\S+){{0,5}}?)\s+(?:to|until|till|for|on)\s+(?P<rest>.+)$", re.I
)
# Adjourned with no day yet: said, but nothing to record; the team must not think it was.
_NO_DATE = re.compile(
    r"\b(?:adjourned|postponed|rescheduled|continued|pushed(?:\s+back)?|moved|delayed)"
    r"(?:\s+(?:until|till)\s+further\s+notice|\s+sine\s+die|\s+indefinitely"
    r"|\s+without\s+(?:a\s+)?(?:new\s+)?date|\s+again)?$",
    re.I,
)
_NOW_ON = re.compile(
    r"\b(?:is\s+now|now\s+is|will\s+now\s+be|now)\s+(?:(?:set|scheduled)\s+)?(?:on|for)?\s*"
    r"(?P<rest>.+)$"
    r"|\bnew\s+(?:conference\s+)?date\s*(?:is|:)?\s+(?P<rest2>.+)$",
    re.I,
)
# A question or a supposition only mentions a change: "what if it's moved to June 20?".
_HYPOTHETICAL = re.compile(
    r"^(?:when|what|did|has|have|is|was|were|why|how|who|will|would|could|can|should|do|does|are"
    r"|am|must|shall)\b"
    r"|\b(?:if|would|could|might|suppose|supposing|assuming|whether|in\s+case|hypothetically)\b"
    r"|\bmay\s+(?:be|get|have)\b"
    r"|[,;]\s*(?:so\s+)?(?:when|what|how|do|does|should|must|is|are|can)\b"
    # a question asked after a statement, unpunctuated: "it's on teams so do we need a link"
    r"|\b(?:so|but|and|then)\s+(?:do|does|did|should|must|can|could|will|would|is|are|am)\s+"
    r"(?:we|i|you|they|he|she|it|there|anyone|counsel)\b",
    re.I,
)
# Another item named, and not the conference: "the demand was moved to June 1" is no
# adjournment (the order's dates move only with the conference).
_OTHER_ITEM = re.compile(
    r"\b(?:demand|letter|response|submission|statement|deadline|brief|hard\s+copy)s?\b", re.I
)
_CONFERENCE = re.compile(r"\b(?:conference|settlement\s+conference|scc|hearing)\b", re.I)

_PLATFORMS = {
    "zoom": "Zoom",
    "microsoft teams": "Microsoft Teams",
    "ms teams": "Microsoft Teams",
    "teams": "Microsoft Teams",
    "webex": "Webex",
    "google meet": "Google Meet",
}
_FORMAT_WORDS = re.compile(
    r"\b(?P<person>in[\s-]person|at\s+the\s+courthouse|in\s+(?:court|chambers))\b"
    r"|\b(?P<platform>microsoft\s+teams|ms\s+teams|teams|zoom|webex|google\s+meet)\b"
    r"|\b(?P<phone>(?:by|on|over|via)\s+(?:the\s+)?(?:tele)?phone|telephonic(?:ally)?"
    r"|a\s+(?:phone\s+)?call|dial-?in)\b"
    r"|\b(?P<video>(?:by|on|over|via)\s+video(?:conference)?|videoconference)\b"
    r"|\b(?P<remote>remote(?:ly)?|virtual(?:ly)?|online)\b",
    re.I,
)
_FORMAT_MARK = re.compile(
    r"\b(?:now|instead|moved|switched|changed|converted|held|will\s+be|going\s+to\s+be"
    r"|is|it's|it’s|are)\b",
    re.I,
)
_LINK = re.compile(r"<?(?P<url>https?://[^\s<>|]+)(?:\|[^>]*)?>?", re.I)
_LINK_WORDS = re.compile(r"\b(?:link|url|join|meeting\s+id|invite)\b", re.I)


def change_statement(text: str, today: date) -> Change | None:
    """The change a plain-words statement makes, or None if it states none."""
    said = " ".join(text.strip().rstrip(".!").split())
    if said.endswith("?") or _HYPOTHETICAL.search(said):
        return None
    if _OTHER_ITEM.search(said) and not _CONFERENCE.search(said):
        return None
    link = _LINK.search(said)
    if link is not None:
        if not _LINK_WORDS.search(said):
            return None
        return LinkChange(link["url"].rstrip(".,;)"))
    moved = _MOVED_TO.search(said)
    if moved is None and _CONFERENCE.search(said):  # "now" alone says no move
        moved = _NOW_ON.search(said)
    new_format = _format(said) if _FORMAT_MARK.search(said) else None
    rest = _target(moved["rest"] or moved.groupdict().get("rest2") or "") if moved else ""
    if not (_DATE.search(rest) or _TIME.search(rest) or _BARE_WEEKDAY.search(rest)):
        if new_format is None and _CONFERENCE.search(said) and _NO_DATE.search(said):
            raise ChangeUnclear(
                "Adjourned to which date? Say it with the date, e.g. `the conference was "
                "adjourned to June 20, 2024 at 10am`. Until then every date here still counts "
                "from the conference as recorded."
            )
        return new_format  # "moved on to the next point", "moved to zoom": no new day
    if new_format is not None:
        raise ChangeUnclear(
            "I read a new date and a new format: say them one at a time, e.g. "
            "`the conference was moved to June 20 at 10am`, then `it's by zoom now`."
        )
    return _date_change(rest, today)


def _format(said: str) -> FormatChange | None:
    m = _FORMAT_WORDS.search(said)
    if m is None:
        return None
    if m["remote"]:
        raise ChangeUnclear(
            "By video or by telephone? Say `conference by video` (or `conference by zoom`) "
            "or `conference by phone`."
        )
    if m["person"]:
        return FormatChange(ConferenceFormat.IN_PERSON, None)
    if m["phone"]:
        return FormatChange(ConferenceFormat.TELEPHONE, None)
    if m["platform"]:
        name = " ".join(m["platform"].lower().split())
        return FormatChange(ConferenceFormat.VIDEO, _PLATFORMS[name])
    return FormatChange(ConferenceFormat.VIDEO, None)


def _target(rest: str) -> str:
    """The words naming the new day: "May 28 to June 20" and "June 20 (from May 28)" both
    name June 20; the day it left is no second new date."""
    parts = re.split(r"\b(?:to|until|till)\b", rest, flags=re.I)
    if len(parts) > 1 and _DATE.search(parts[-1]):
        rest = parts[-1]
    head = re.split(r"\bfrom\b", rest, flags=re.I)[0]
    return head if _DATE.search(head) else rest


def _date_change(rest: str, today: date) -> DateChange:
    dates = list(_DATE.finditer(rest))
    days = {_read_date(m, today) for m in dates}
    if len(days) > 1:
        listed = " and ".join(fmt_day(d) for d in sorted(days))
        raise ChangeUnclear(
            f"I read two dates ({listed}): which is the new conference date? "
            "Say it with one date, e.g. `conference 2024-06-20 10:00`."
        )
    left = rest
    for m in reversed(dates):
        left = left[: m.start()] + " " + left[m.end() :]
    times = list(_TIME.finditer(left))
    if len(times) > 1:
        raise ChangeUnclear(
            "I read two times: which one is the conference's? Say e.g. "
            "`conference 2024-06-20 10:00`."
        )
    at = _read_time(times[0]) if times else None
    if times:
        left = left[: times[0].start()] + " " + left[times[0].end() :]
    if re.search(r"\d", left):
        raise ChangeUnclear(
            f"I can't read the time in {rest.strip()!r}. Write it like 10:00 am or 2:30 pm, "
            "e.g. `conference 2024-06-20 10:00`."
        )
    if not days:
        if at is not None:
            return DateChange(None, at)
        hint = " (a weekday alone could be more than one)" if _BARE_WEEKDAY.search(rest) else ""
        raise ChangeUnclear(
            f"Moved to which date{hint}? Say it with the date, e.g. "
            "`the conference was adjourned to June 20, 2024 at 10am`."
        )
    return DateChange(days.pop(), at)


def _read_date(m: re.Match[str], today: date) -> date:
    year: int | None
    if m["iso"]:
        y, mo, d = (int(x) for x in m["iso"].split("-"))
        year = y
    elif m["m"]:
        mo, d = int(m["m"]), int(m["d"])
        year = int(m["y"]) if m["y"] else None
        if year is not None and year < 100:
            year += 2000
    else:
        mo = _MONTHS[(m["mon"] or m["mon3"]).lower().rstrip(".")]
        d = int(m["d2"] or m["d3"])
        y_text = m["y2"] or m["y3"]
        year = int(y_text) if y_text else None
    said = m.group(0).strip()
    try:
        day = date(year or today.year, mo, d)
    except ValueError as exc:
        raise ChangeUnclear(f"{said!r} is not a date on the calendar. Which day is it?") from exc
    if year is None and day < today:
        later = _next_year(mo, d, today)
        guess = f" Did you mean {later}?" if later else ""
        raise ChangeUnclear(
            f"{fmt_day(day)} has passed.{guess} Say the new date with its year, e.g. "
            f"`conference {day.replace(year=day.year + 1).isoformat() if later else 'DATE'}`."
        )
    if m["wd"] and _WEEKDAYS.index(m["wd"][:3].lower()) != day.weekday():
        raise ChangeUnclear(
            f"{m['wd'].capitalize()} and {fmt_day(day).split(' ', 1)[1]} don't match: "
            f"{fmt_day(day)} is a {day:%A}. Which is it?"
        )
    return day


def _next_year(month: int, day: int, today: date) -> str | None:
    try:
        return fmt_day(date(today.year + 1, month, day))
    except ValueError:  # Feb 29
        return None


def _read_time(m: re.Match[str]) -> time:
    if m["noon"]:
        return time(12, 0)
    if m["h24"]:
        hour, minute = int(m["h24"]), int(m["mi24"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if hour < 1 or hour > 12:
            raise ChangeUnclear(f"{m.group(0)!r} is not a time of day.")
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        raise ChangeUnclear(f"{m.group(0)!r} is not a time of day.")
    return time(hour, minute)
