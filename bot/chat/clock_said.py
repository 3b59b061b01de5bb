"""A clock time said in a question ("at 2:30", "by 5pm", "before noon"), read as an hour of
the day; a bare "by 5" is no hour (it may be a day typed short). Pure. The clock itself is
read by the command grammar's `parse_time`; a question adds only that an hour without a.m.
or p.m. is a working hour."""

from __future__ import annotations

import re
from datetime import time

from settleconf.bot.chat.errors import CommandError
from settleconf.bot.chat.grammar import parse_time

# "at 2:30", "by 5pm", "by 5 p.m.", "before noon": a clock time, not a date ("by 5/20")
_HOUR = re.compile(
    r"\b(?:at|by|before|until|till)\s+(?P<t>noon|midnight|\d{1,2}(?::\d\d)?"
    r"(?:\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?))?)(?![\d/])",
    re.IGNORECASE,
)


# The day's end, said without a clock: "end of day friday", "by close of business", "EOD".
_DAY_END = re.compile(
    r"\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob"
    r"|close\s+of\s+business)\b",
    re.IGNORECASE,
)
# A premise put as a tag question: "memo is due end of day friday right?"
TAG_QUESTION = re.compile(r"\b(?:right|correct|yes|yeah|no|true|isn'?t it|is that right)\s*\?",
                          re.IGNORECASE)
DAY_END = time(23, 59)


def said_time(question: str) -> time | None:
    """The clock time a question states ("at 2:30", "by 5pm", "before noon"), or None; the
    end of the day ("EOD", "by close of business", "midnight") as 23:59."""
    m = _HOUR.search(question)
    if m is None:
        return DAY_END if _DAY_END.search(question) else None
    said = m.group("t").lower()
    if said == "midnight":
        return DAY_END
    if ":" not in said and not m.group("ap") and said != "noon":
        return None  # "by 5" may be a day ("by the 5th" typed short): not read as an hour
    try:
        at = parse_time(re.sub(r"\s+", "", said))
    except CommandError:
        return None
    if not m.group("ap") and 1 <= at.hour <= 7:
        at = at.replace(hour=at.hour + 12)  # "at 2:30": business hours, the afternoon
    return at
