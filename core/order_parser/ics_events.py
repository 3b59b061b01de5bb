"""A calendar event pasted as iCalendar text (an .ics file opened in an editor).

    BEGIN:VEVENT
    DTSTART;TZID=America/Los_Angeles:20271019T093000
    SUMMARY:Mandatory Settlement Conference - Ostler v. Vireo Pharma
    DESCRIPTION:Before Magistrate Judge X.\\nStatements must be received ...

The session's day and start are in DTSTART (basic ISO form, no words around them), so the
sentence reader finds no date. This module reads them when the event's SUMMARY names a
settlement session: the local wall-clock start as written (a TZID, or no zone, is the court's
local time; a "Z" time is UTC and is not turned into a local one -- it is left to the
sentence reader and said in a warning). An all-day "DTSTART;VALUE=DATE:20271019" gives the day
and no time.
"""

from __future__ import annotations

import re
from datetime import date, time

from settleconf.core.order_parser.conference_format import SETTLEMENT_CONF

_EVENT = re.compile(r"^BEGIN:VEVENT[ \t]*$", re.MULTILINE)
_DTSTART = re.compile(
    r"^DTSTART(?P<params>;[^:\n]{0,80})?:(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"
    r"(?:T(?P<H>\d{2})(?P<M>\d{2})\d{2}(?P<z>Z)?)?[ \t]*$",
    re.MULTILINE,
)
_SUMMARY = re.compile(r"^SUMMARY[^:\n]{0,40}:(?P<s>[^\n]{0,200})$", re.MULTILINE)
UTC_START = (
    "The calendar event gives its start in UTC; the conference time was not converted: check "
    "the local time."
)


def ics_session(text: str) -> tuple[date, time | None, str | None] | None:
    """(day, start, warning) of a pasted iCalendar event that names a settlement session;
    None when the text holds no such event."""
    if _EVENT.search(text) is None:
        return None
    summary = _SUMMARY.search(text)
    if summary is None or not SETTLEMENT_CONF.search(summary.group("s")):
        return None
    start = _DTSTART.search(text)
    if start is None:
        return None
    try:
        day = date(int(start.group("y")), int(start.group("m")), int(start.group("d")))
        at = time(int(start.group("H")), int(start.group("M"))) if start.group("H") else None
    except ValueError:
        return None
    if start.group("z"):
        return day, None, UTC_START
    return day, at, None


def unescape_ics(text: str) -> str:
    """An event's escaped text as written: "\\n" line breaks, "\\," and "\\;" (RFC 5545
    3.3.11), so its description reads as sentences. Text with no event is left alone."""
    if _EVENT.search(text) is None:
        return text
    return re.sub(r"\\\\([nN,;\\\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)
