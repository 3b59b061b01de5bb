"""The settlement conference by its bare initials, as lawyers write it to each other.

A colleague's summary or a chat message pasted from Slack/Teams calls the session "SC"
without ever defining it: "FYI - Judge Lin set the SC for 6/3/27 at 10am (Zoom)", "SC
11/9/27 @ 9, Lloyd George courthouse", "The SC is moving to Thursday, March 18 at 10:00".
`conference._spell_out_initials` only spells out initials an order defines ('Settlement
Conference ("SC")'); these are never defined. They are read as the session only where the
initials stand as a word of their own in a sentence that gives a date, and are used as a
noun: followed by a verb or preposition that
sets a session ("set", "is", "stays", "moved", "for", "on", "@", a colon or a dash). That
keeps out the docket-number suffix of a judge's initials ("3:27-cv-00562-SC"), a state's
abbreviation in an address ("Columbia, SC 29201") and "S.C." altogether.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.dates_in_text import MONTH, WEEKDAY
from settleconf.core.order_parser.paragraphs import Sentence

_INITIALS = re.compile(
    r"(?<![\w./-])SC(?=[ \t]+(?:set|is|was|stays|remains|moved|moving|reset|rescheduled|continued"
    r"|confirmed|scheduled|for|on|date|now)\b|[ \t]*(?::|@|-[ \t]|–)|[ \t]+\d{1,2}/\d{1,2})"
)
# A day in the sentence, with or without its year: "6/3/27", "Thursday, March 18".
_DAY = re.compile(rf"\d{{1,2}}/\d{{1,2}}|\b(?:{WEEKDAY}|{MONTH})\b", re.IGNORECASE)
# Or a subject line or heading opening on the initials: "SC - Halvorsen v. Crestline - D.N.J."
_HEAD = re.compile(r"^\W*SC[ \t]*(?::|[-–][ \t])")
# "at 9:30" after "SC" but not a state's ZIP code: "SC 29201"
_ZIP = re.compile(r"(?-i:SC)\s+\d{5}\b")


def spell_out_chat_initials(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The sentences with an undefined "SC" written out as "Settlement Conference" where it
    names the session in a dated sentence (see the module docstring); others as they are."""
    out: list[Sentence] = []
    for s in sentences:
        dated = _DAY.search(s.text) or _HEAD.match(s.text)
        if "SC" in s.text and not _ZIP.search(s.text) and dated:
            text = _INITIALS.sub("Settlement Conference", s.text)
            if text != s.text:
                s = Sentence(text, s.paragraph, s.index)
        out.append(s)
    return tuple(out)
