"""Several days put up for confirmation in one message: "ok so ltr due the 20th, response
the 21st, conf the 28th at 2:30 - right?". Pure.

Each clause names one day and what is due (or held) on it; the reply checks every one
(`bot/replies/claims.py`). Read as one question, the message was answered about one of its
days only, and a "No" about the first day named (the letter's 20th, against the
conference) read as if the person had the dates wrong. A message whose clauses cannot all
be paired (a day with no duty, two days in one clause) is not read here: the ordinary
reading answers it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from settleconf.bot.chat.obligation_ranking import profile, rank
from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.chat.questions import interpret
from settleconf.core.order import Obligation

# Put up for confirmation: "..., right?", "... correct?", "... - confirm?"
# (not "ok?": "we sent the demand the 10th and the letter the 17th, ok?" asks about days
# things were done)
_CONFIRM = re.compile(r"\b(?:right|correct|confirm(?:ed)?|accurate|am i right|is that right|"
                      r"did i get that right)\W*$", re.I)
# A clause about a step taken or to take on a day, not the day it is due: "we sent the
# demand the 10th", "can we file the letter the 17th".
_DONE = re.compile(r"\b(?:sent|send|sending|filed|file|served|serve|submitted|submit|e-?mailed|"
                   r"mailed|made|delivered|went|go|got|received|did|do|can|could|ok to|fine to|"
                   r"move[sd]?|moving|push\w*|if)\b", re.I)
# A day as people type one: "the 20th", "5/20", "may 20". Two at least, or it is one
# claim, which the date check already reads.
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b|\b(?:jan|feb|mar|apr|may|"
                  r"jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b", re.I)
_CLAUSE = re.compile(r"[,;]|\s(?:and|&|\+|plus)\s|\s[-–—]+\s|\s-(?=\s*\w)")
_CONFERENCE = re.compile(r"\bconference\b|\bsession\b|\bmediation\b|\bhearing\b")
_AT = re.compile(r"\bat (\d{1,2})(?: (\d\d))?(?: ?(am|pm|a m|p m))?\b")


@dataclass(frozen=True)
class Claim:
    said: date
    obligation_id: str | None  # None: the conference
    at: time | None = None  # a time said of the conference ("at 2:30")


def may_claim(question: str) -> bool:
    """Cheap, from the words alone: worth reading as several claims."""
    return bool(_CONFIRM.search(question.strip())) and len(_DAY.findall(question)) >= 2


def read_claims(question: str, obligations: Sequence[Obligation], *, today: date,
                conference: date | None) -> tuple[Claim, ...] | None:
    """The claims of `question`, or None unless every clause with a day is one claim."""
    if not may_claim(question):
        return None
    profiles = [profile(o) for o in obligations]
    claims: list[Claim] = []
    for clause in _CLAUSE.split(question):
        if not _DAY.search(clause):
            continue
        if _DONE.search(clause):
            return None
        norm = interpret(clause, obligations, today=today, conference=conference).read_as
        days = days_named(norm, today, conference)
        if len(days) != 1:
            return None
        ranked = rank(profiles, norm)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            claims.append(Claim(days[0].day, ranked[0][1].id))
        elif not ranked and _CONFERENCE.search(norm):
            claims.append(Claim(days[0].day, None, _time_said(norm)))
        else:
            return None  # a day whose duty is not clear: not guessed
    return tuple(claims) if len(claims) >= 2 else None


def _time_said(norm: str) -> time | None:
    m = _AT.search(norm)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 12 or minute > 59:
        return None
    if m.group(3) and m.group(3).startswith("p") and hour < 12:
        hour += 12
    elif not m.group(3) and 1 <= hour <= 7:
        hour += 12  # "at 2:30": business hours, the afternoon
    return time(hour, minute)
