"""The words after the `conference` command: `conference 2024-06-20 10:00`,
`conference by zoom`, `conference in person`, `conference link https://…`."""

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
