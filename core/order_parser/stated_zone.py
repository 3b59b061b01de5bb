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
from datetime import time

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
    r"(?:[ \t]+(?i:standard|daylight|prevailing))?[ \t]+(?i:time)\b"
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


def zone_label(zone: str) -> str:
    """How the zone is named back to the user ("Eastern time")."""
    names = {v: k.title() for k, v in _NAMES.items()}
    names.update({"America/Anchorage": "Alaska", "Pacific/Honolulu": "Hawaii"})
    return f"{names.get(zone, zone)} time"
