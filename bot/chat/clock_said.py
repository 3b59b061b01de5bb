"""A clock time said in a question ("at 2:30", "by 5pm", "before noon"), read as an hour of
the day; a bare "by 5" is no hour (it may be a day typed short). Pure."""

from __future__ import annotations

import re
from datetime import time

# "at 2:30", "by 5pm", "by 5 p.m.", "before noon": a clock time, not a date ("by 5/20")
_HOUR = re.compile(
    r"\b(?:at|by|before|until|till)\s+(?:(?P<noon>noon|midnight)|(?P<h>\d{1,2})(?::(?P<m>\d\d))?"
    r"\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)?)(?![\d/])",
    re.IGNORECASE,
)


def said_time(question: str) -> time | None:
    """The clock time a question states ("at 2:30", "by 5pm", "before noon"), or None."""
    m = _HOUR.search(question)
    if m is None:
        return None
    if m.group("noon"):
        return time(12, 0) if m.group("noon").lower() == "noon" else time(23, 59)
    if not m.group("m") and not m.group("ap"):
        return None  # "by 5" may be a day ("by the 5th" typed short): not read as an hour
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if hour > 23 or minute > 59:
        return None
    ap = (m.group("ap") or "").lower()
    if ap.startswith("p") and hour < 12:
        hour += 12
    elif ap.startswith("a") and hour == 12:
        hour = 0
    elif not ap and 1 <= hour <= 7:
        hour += 12  # "at 2:30": business hours, the afternoon
    return time(hour, minute)
