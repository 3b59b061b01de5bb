"""The time zone an order writes after the conference's time: "10:00 a.m. EST",
"2:00 p.m. (Central Time)", "9:30 AM PT".

Read only when the court cannot be identified (docket text quoted on a blog, a forwarded
e-mail), where the time would otherwise be shown with no zone at all. A court the order
names keeps its own zone. A zone is taken only when it stands right after the very time
read as the conference's, so a zone written for another call does not move the session.

"MST" names no single zone: Arizona keeps it all year and Denver leaves it in summer, so
it gives none (the warning that the zone is unknown stays). Abbreviations are matched in
capitals only: "et" in "et al." and "pt" are not zones.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

from settleconf.core.order_parser.dates_in_text import find_times

_EASTERN = "America/New_York"
_CENTRAL = "America/Chicago"
_MOUNTAIN = "America/Denver"
_PACIFIC = "America/Los_Angeles"
_ABBREVIATIONS = {
    "EST": _EASTERN, "EDT": _EASTERN, "ET": _EASTERN,
    "CST": _CENTRAL, "CDT": _CENTRAL, "CT": _CENTRAL,
    "MDT": _MOUNTAIN, "MT": _MOUNTAIN,
    "PST": _PACIFIC, "PDT": _PACIFIC, "PT": _PACIFIC,
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
}  # fmt: skip
_NAMES = {"eastern": _EASTERN, "central": _CENTRAL, "mountain": _MOUNTAIN, "pacific": _PACIFIC}
# Right after the time: optional comma or opening parenthesis, then the zone.
_ZONE = re.compile(
    r"[ \t]*,?[ \t]*\(?[ \t]*(?:"
    r"(?P<abbr>(?:AK|[ECMP])[SD]T|[ECMP]T|HST)\b"
    r"|(?P<name>(?i:eastern|central|mountain|pacific))"
    r"(?:[ \t]+(?i:standard|daylight|prevailing))?"
    # "11:00 a.m. Eastern / 8:00 a.m. Pacific": the name alone before a slash or the end
    r"(?:[ \t]+(?i:time)\b|(?=[ \t]*(?:[/);]|[.,]?(?:\s|$))))"
    r")"
)


def stated_zone(text: str, at: time) -> str | None:
    """The IANA zone written right after `at` in `text`, or None when none (or "MST")."""
    zones = set()
    for found in find_times(text):
        if found.value != at:
            continue
        m = _ZONE.match(text, found.end)
        if m is None:
            continue
        zone = _ABBREVIATIONS.get(m["abbr"]) if m["abbr"] else _NAMES[m["name"].lower()]
        if zone is not None:
            zones.add(zone)
    # Two zones for one time ("10:00 a.m. ET / 7:00 a.m. PT" is two times): none is sure.
    return zones.pop() if len(zones) == 1 else None


# Between a time with its zone and the same moment in another: "/", "(", ",", ";", "or".
_SAME_MOMENT = re.compile(r"[ \t]*(?:[/;,(]|\bor\b)[ \t]*\(?[ \t]*")


def _zone_after(text: str, end: int) -> tuple[str | None, int]:
    m = _ZONE.match(text, end)
    if m is None:
        return None, end
    zone = _ABBREVIATIONS.get(m["abbr"]) if m["abbr"] else _NAMES[m["name"].lower()]
    return zone, m.end()


def court_zone_time(text: str, at: time, court_zone: str | None) -> time | None:
    """The moment in the court's own zone when the time read is written in another zone
    and the court's follows it as the same moment: "11:00 a.m. Eastern / 8:00 a.m. Pacific"
    in a California court is 8:00 there (the zone a time is shown in is the court's)."""
    if court_zone is None:
        return None
    times = find_times(text)
    for found, nxt in pairwise(times):
        if found.value != at:
            continue
        zone, end = _zone_after(text, found.end)
        if (
            zone is None
            or zone == court_zone
            or _SAME_MOMENT.fullmatch(text[end : nxt.start]) is None
        ):
            continue
        if _zone_after(text, nxt.end)[0] == court_zone:
            return nxt.value
    return None


def zone_written_elsewhere(text: str, at: time, court_zone: str, day: date) -> str | None:
    """The zone the conference time is written in when it is not the court's and its clock
    differs on that day: "9:00 a.m. Pacific Time" at a Mountain-time court's northern
    courthouse is 10:00 in Boise. Arizona's courts write "Mountain Standard Time" for their
    own zone."""
    zone = stated_zone(text, at)
    if zone is None or zone == court_zone:
        return None
    if court_zone == "America/Phoenix" and zone == _MOUNTAIN:
        return None
    moment = datetime.combine(day, at)
    ours = moment.replace(tzinfo=ZoneInfo(court_zone)).utcoffset()
    theirs = moment.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    return zone if ours != theirs else None


def zone_label(zone: str) -> str:
    """How the zone is named back to the user ("Eastern time")."""
    names = {v: k.title() for k, v in _NAMES.items()}
    names.update({"America/Anchorage": "Alaska", "Pacific/Honolulu": "Hawaii"})
    names.update({"America/Boise": "Mountain", "America/Phoenix": "Arizona"})
    names.update({"America/Detroit": "Eastern", "America/Indiana/Indianapolis": "Eastern"})
    return f"{names.get(zone, zone)} time"
