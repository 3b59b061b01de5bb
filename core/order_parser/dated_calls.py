"""A call a party must place or join on a stated day: "Counsel shall jointly call chambers at
(603) 555-0100 on May 4, 2027, at 11:00 a.m.", "Lead counsel shall participate in a telephone
call with chambers on May 4, 2027". The day is the party's to keep, though no "by" or "no later
than" leads to it; read as a stated date so the weekday check of fixed_phrases applies (a
weekday that disagrees with the date flags it). A call the Court holds ("The Court will hold a
pre-settlement call on ...") is another session's (other_sessions.py), not this; one the party
is told to join ("participate in a call with the undersigned on ...") is that same session
said from the party's side, so it is flagged as other_sessions flags it: which meeting is the
settlement session is the parser's judgement.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from settleconf.core.order_parser.dates_in_text import DATE, TIME
from settleconf.core.order_parser.fixed_phrases import read_fixed
from settleconf.core.order_parser.phrase import Phrase

_CALL_DUTY = re.compile(
    r"\b(?:shall|must|will|is\s+to|are\s+to)\s+(?:(?:jointly|each|also|promptly|personally)\s+)?"
    r"(?:(?P<places>(?:tele)?phone|call|contact)\s+(?:the\s+)?"
    r"(?:chambers|court|clerk|courtroom\s+deputy|undersigned|magistrate\s+judge)\b"
    r"|participate\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:call|teleconference)\b)",
    re.IGNORECASE,
)
# The day after the call's words, a clock time before or after it. The other groups are the
# ones read_fixed looks up; a call's day is never a split, yearless or shorthand date.
_ON_DATE = re.compile(
    rf"(?:\bat\s+(?P<ftime>{TIME})(?:\s+sharp)?,?\s+)?\b(?P<lead>on)\s+(?P<date>{DATE})"
    rf"(?:,?\s+(?:at|by)\s+(?P<ftime2>{TIME}))?"
    r"(?P<sdate>(?!))?(?P<nydate>(?!))?(?P<cob>(?!))?",
    re.IGNORECASE,
)


def dated_call_phrases(sentence: str, *, margin: bool, hint: date | None) -> list[Phrase]:
    """The stated day of a call the sentence's subject must make or join, if any (one a
    sentence: its first date after the call's words)."""
    duty = _CALL_DUTY.search(sentence)
    if duty is None:
        return []
    m = _ON_DATE.search(sentence, duty.end(), min(len(sentence), duty.end() + 160))
    if m is None:
        return []
    phrase = read_fixed(m, margin, hint)
    if phrase.fixed_date is None:
        return []
    if duty.group("places") is None:
        why = (
            f"The order sets a call with the court on {phrase.fixed_date:%B %-d, %Y} besides "
            "the settlement conference; it is shown as its own date. Check which meeting is "
            "which."
        )
        phrase = replace(phrase, reasons=(*phrase.reasons, why))
    return [phrase]
