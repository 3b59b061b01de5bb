"""A reminder asked for in words: "remind me two days before the letter is due", "can you ping
me the day before the demand deadline", "stop reminders". Reminders go to the matter's
channel at the lead times `remind` sets, for everyone there; a sentence is answered with what
that means for the duty asked about and the command that does it, never by changing the
channel's reminders on a guess. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "ten": 10, "fourteen": 14}
_STOP = re.compile(r"^\W*(?:please |pls |can you |could you )?(?:stop|turn off|disable|mute|"
                   r"silence|pause|cancel|no more)\b(?: \w+){0,3} (?:reminders?|pings?|"
                   r"notifications?|alerts?)\b|\breminders? off\b", re.IGNORECASE)
_ASK = re.compile(r"\b(?:remind|ping|nudge|alert|notify|message|dm|text)\s+(?:me|us|the team|"
                  r"everyone|the channel)\b", re.IGNORECASE)
_LEAD = re.compile(r"\b(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|ten|fourteen) "
                   r"(?P<unit>business days?|days?|weeks?)|(?P<eve>the day|the night))"
                   r" before\b", re.IGNORECASE)


@dataclass(frozen=True)
class ReminderRequest:
    stop: bool  # "stop reminders"
    days: int | None = None  # calendar days before the due day asked for
    business: bool = False


def reminder_request(question: str) -> ReminderRequest | None:
    if _STOP.search(question):
        return ReminderRequest(stop=True)
    if not _ASK.search(question):
        return None
    m = _LEAD.search(question)
    if m is None:
        return None
    if m.group("eve"):
        return ReminderRequest(stop=False, days=1)
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER[m.group("n").lower()]
    unit = m.group("unit").lower()
    if unit.startswith("week"):
        return ReminderRequest(stop=False, days=7 * n)
    return ReminderRequest(stop=False, days=n, business=unit.startswith("business"))
