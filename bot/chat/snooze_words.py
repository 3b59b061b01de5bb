"""The words after `snooze`: ITEM, then an optional duration ("3h", "2 days")."""

from __future__ import annotations

import re
from datetime import timedelta

from settleconf.bot.chat.errors import CommandError

# `snooze ITEM [DURATION]`
SNOOZE_DEFAULT = "1d"
MAX_SNOOZE = timedelta(days=14)  # longer than any lead time: past that, change `remind`
_DURATION = re.compile(r"^(\d{1,4})\s*(h|hr|hrs|hours?|d|days?)$", re.IGNORECASE)
_LOOKS_LIKE_DURATION = re.compile(r"^\d+\s*[a-z]*$", re.IGNORECASE)
_USAGE = "`snooze letter 3h` or `snooze conference 1d` (hours or days, at most 14d)"


def parse_duration(text: str) -> timedelta:
    m = _DURATION.match(text.strip())
    if m is None:
        raise CommandError(f"I can't read {text!r} as a snooze time. Write it like {_USAGE}.")
    amount = int(m[1])
    length = timedelta(days=amount) if m[2][0].lower() == "d" else timedelta(hours=amount)
    if not length:
        raise CommandError(f"Snooze for how long? Write it like {_USAGE}.")
    if length > MAX_SNOOZE:
        raise CommandError(
            f"{text.strip()} is longer than I snooze (at most 14 days). "
            "To change when reminders come, use `remind`."
        )
    return length


def _snooze_token(text: str) -> str:
    """'2 days' -> '2d', after checking it is a snooze `parse_duration` accepts."""
    parse_duration(text)
    m = _DURATION.match(text.strip())
    assert m is not None
    return f"{int(m[1])}{m[2][0].lower()}"


def snooze_args(words: list[str]) -> tuple[str, str]:
    """The grammar: ITEM words, then an optional duration ("3h", "2 days"); returns both."""
    rest, duration = list(words), SNOOZE_DEFAULT
    for take in (2, 1):
        if len(rest) >= take and _LOOKS_LIKE_DURATION.match(" ".join(rest[-take:])):
            duration = _snooze_token(" ".join(rest[-take:]))  # refuses "3w", "0h", "30d" with why
            rest = rest[:-take]
            break
    if not rest:
        raise CommandError(f"Snooze what? Write it like {_USAGE}.")
    return " ".join(rest), duration
