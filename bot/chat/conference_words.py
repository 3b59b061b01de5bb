"""The words after the `conference` command: `conference 2024-06-20 10:00`,
`conference by zoom`, `conference in person`, `conference link https://…`, each with an
optional `instead of …`: the state the change expects to replace (a Confirm button sends
it, so a proposal overtaken by someone else's change is refused, not applied)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time

from settleconf.bot.chat.change_statements import (
    Change,
    DateChange,
    FormatChange,
    LinkChange,
    change_statement,
)

_TIME_RE = re.compile(
    r"\b(\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d{2}|noon)\b", re.IGNORECASE
)
# Slack sends a link as <https://…> or <https://…|label>.
_LINK_ARG = re.compile(r"<?(?P<url>https?://[^\s<>|]+)(?:\|[^>]*)?>?", re.I)
_INSTEAD = re.compile(r"\s+instead\s+of\s*", re.IGNORECASE)
_FORMAT_USAGE = (
    "Write `conference by zoom`, `conference by video`, `conference by phone` or "
    "`conference in person`."
)


def read_conference_words(
    words: list[str],
    today: date,
    read_date: Callable[[str], date],
    read_time: Callable[[str], time],
) -> Change:
    """Raises ValueError with the form to use when the words make no change."""
    if not words:
        raise ValueError("Write `conference DATE TIME`, e.g. `conference 2024-06-11 10:00`.")
    joined = " ".join(words)
    if words[0].lower() == "link":
        link = _LINK_ARG.fullmatch(" ".join(words[1:]))
        if link is None:
            raise ValueError("Write `conference link https://…` with the join link.")
        return LinkChange(link["url"])
    if words[0].lower() in ("by", "on", "over", "via", "in"):
        found = change_statement(f"the conference is {joined}", today)
        if not isinstance(found, FormatChange):
            raise ValueError(_FORMAT_USAGE)
        return found
    m = _TIME_RE.search(joined)
    at = read_time(m.group(1)) if m else None
    date_text = (joined[: m.start()] + joined[m.end() :]) if m else joined
    date_text = re.sub(r"\bat\b", " ", date_text).strip(" ,")
    return DateChange(read_date(date_text), at)


def split_expectation(words: list[str]) -> tuple[list[str], str | None]:
    """`conference 2024-06-20 10:00 instead of 2024-05-28 14:30` -> the change's words and
    what it expects to replace ('2024-05-28 14:30'); None when nothing is expected."""
    joined = " ".join(words)
    m = _INSTEAD.search(joined)
    if m is None:
        return words, None
    expected = joined[m.end() :].strip()
    if not expected:
        raise ValueError(
            "Instead of what? Write e.g. `conference 2024-06-20 10:00 instead of 2024-05-28 "
            "14:30`, or leave `instead of` out."
        )
    return joined[: m.start()].split(), expected


def expected_text(
    change: Change,
    expected: str,
    today: date,
    read_date: Callable[[str], date],
    read_time: Callable[[str], time],
) -> str:
    """The expectation in the one form the handler compares: '2024-05-28 14:30' (or the day
    alone) for a date, the bare link, or the words lowercased ('by video on microsoft
    teams', 'no link', 'no date')."""
    words = " ".join(expected.split()).lower()
    if isinstance(change, DateChange) and words != "no date":
        was = read_conference_words(expected.split(), today, read_date, read_time)
        if not isinstance(was, DateChange) or was.on_date is None:
            raise ValueError(f"I can't read {expected!r} as the conference's date and time.")
        return was.on_date.isoformat() + (f" {was.at_time:%H:%M}" if was.at_time else "")
    if isinstance(change, LinkChange):
        link = _LINK_ARG.fullmatch(expected.strip())
        return link["url"] if link else words
    return words
