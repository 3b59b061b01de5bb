"""Settlement sessions an order recites as held: "It was held on October 28, 2026, at 2:00
p.m.", "On November 16, 2026, at 9:00 a.m., Magistrate Judge Penwarden conducted a settlement
conference", "It went forward by video ... on February 10, 2027, beginning at 1:00 p.m.".

A sanctions ruling or a ruling on a motion to enforce a settlement sets no new session; the one
it is about is the last one held. `conference.find_conference` takes it only when the order
sets no session of its own to come (a held session is never a deadline's anchor beside one),
and says so in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from settleconf.core.order_parser.conference_format import SETTLEMENT_CONF
from settleconf.core.order_parser.dates_in_text import find_dates, find_times
from settleconf.core.order_parser.paragraphs import Sentence

_HELD = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:held|conducted|convened)\b"
    # "went forward", "did go forward"; never "will go forward" (a session still to come)
    r"|\b(?:went|(?<=\bdid\s)go)\s+forward\b|\btook\s+place\b|\bproceeded\b"
    # the participle after the session: "the settlement conference held by Zoom on July 22"
    r"|\b(?:conference|session|mediation)\s+(?:\w+\s+)?(?:held|conducted|convened)\b"
    # "held a final settlement conference", "conducted a second, day-long mediation"
    # the parties' side of it: "the Parties attended a settlement conference before ...",
    # "the parties appeared for a settlement conference"
    r"|\b(?:conducted|held|convened|presided\s+over|attended|appeared\s+(?:for|at)"
    r"|participated\s+in)\s+(?:a|the|an)\s+(?:[\w-]+,?\s+){0,2}?"
    r"(?:settlement\s+)?(?:conference|session|mediation)\b",
    re.IGNORECASE,
)
# The session named by a pronoun or a bare noun: "It was held on ...", "The conference was
# held by Zoom on ..." (the sentence before named the settlement conference)
_PRONOUN = re.compile(r"^\W*(?:it|the\s+(?:conference|session|mediation))\b", re.IGNORECASE)
_START = re.compile(r"\b(?:beginning|starting|commencing)\s+at\s*$|^\s*,?\s*(?:at\s*)?$",
                    re.IGNORECASE)


@dataclass(frozen=True)
class HeldSession:
    when: date
    at: time | None
    sentence: Sentence


def held_sessions(sentences: tuple[Sentence, ...]) -> list[HeldSession]:
    out: list[HeldSession] = []
    named_before = False
    for s in sentences:
        text = s.text
        names = bool(SETTLEMENT_CONF.search(text))
        # "It was held on ...": the session the sentence before named
        about = names or (named_before and _PRONOUN.match(text) is not None)
        held = _HELD.search(text)
        if held is not None and about:
            dates = [d for d in find_dates(text) if d.value is not None]
            if dates:
                # the date nearest the verb of holding
                found = min(dates, key=lambda d: abs(d.start - held.start()))
                assert found.value is not None
                times = [t for t in find_times(text)
                         if 0 <= t.start - found.end <= 45
                         or (found.start - t.end >= 0 and found.start - t.end <= 45
                             and _START.search(text[t.end : found.start]))
                         or _START.search(text[max(0, t.start - 30) : t.start])]
                out.append(HeldSession(found.value, times[0].value if times else None, s))
        named_before = about
    return out
