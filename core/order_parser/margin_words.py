"""Pleading-paper line numbers that landed between two words of a sentence.

On pleading paper every line opens with its number, so when the lines are joined into
sentences a number can sit inside a phrase: "The parties are 8 directed to exchange",
"each party shall 12 submit". The sentence keeps them (quotes show the order as printed);
the duty reader looks through them. `blank_margin_words` puts spaces in their place, the
same number of characters, so every offset read from the blanked text holds for the
printed one.

Only for text already known to be on pleading paper (blocks.has_margin_numbers: the
line numbers run in sequence), and never a number that is part of what the sentence
says: a count before its unit ("14 days", "seven (7) days"), a time ("9 a.m."), a
room or a rule after its label ("Courtroom 8", "Room 12", "Rule 16"), a day after its
month ("May 5 at ...").
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.dates_in_text import MONTH

# A bare one- or two-digit number with a word (or a clause's comma) on each side.
_BETWEEN = re.compile(r"(?<=[A-Za-z,;])[ \t]+(?P<n>\d{1,2})(?=[ \t]+[A-Za-z(])")
# Labels whose number is theirs: "Courtroom 8", "Suite 4", "No. 12", "Rule 16", "Part 2".
_LABEL = re.compile(
    rf"(?:\b(?:court\s*room|c(?:ou)?r?trm|room|rm|suite|floor|fl|department|dept|no|nos|number|"
    rf"rule|rules|section|"
    rf"chapter|title|part|paragraph|para|page|pages|docket|dkt|doc|ecf|exhibit|ex|item|step|"
    rf"level|box|building|phase|tier|stage|district|circuit|{MONTH})|[#§¶])\.?[ \t]*$",
    re.IGNORECASE,
)
# What a real count or time is followed by: its unit, or a clock word.
_UNIT = re.compile(
    r"[ \t]+(?:(?:business|court|calendar|working|judicial|full)[ \t]+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|pages?|copies|persons?|people|"
    r"[ap]\.?[ \t]?m\b|o'clock|noon|percent|times)\b|[ \t]+\(",
    re.IGNORECASE,
)


def blank_margin_words(text: str) -> str:
    """`text` with each margin number between two words replaced by as many spaces.
    Linear: one scan, each test looking a fixed distance behind or ahead."""

    def blank(m: re.Match[str]) -> str:
        if _LABEL.search(text, max(0, m.start() - 14), m.start()):
            return m.group(0)
        if _UNIT.match(text, m.end()):
            return m.group(0)
        return " " * len(m.group(0))

    return _BETWEEN.sub(blank, text)


_STANDALONE = re.compile(r"(?<!\S)\d{1,2}(?!\S)[ \t]*")
_PLACE_LABEL = re.compile(
    # "Ctrm. 8", "Rm. 12", "Fl. 3": the short forms name a place's number too
    r"(?:\b(?:court\s*room|c(?:ou)?r?trm|room|rm|suite|floor|fl|department|dept|no|number"
    r"|building)|#)\.?[ \t]*$",
    re.IGNORECASE,
)


def drop_line_numbers(text: str) -> str:
    """Every bare one- or two-digit number removed but the one right after a label
    ("Courtroom 8 8 before" is "Courtroom 8 before"): for a place's name on pleading paper."""

    def drop(m: re.Match[str]) -> str:
        return m.group(0) if _PLACE_LABEL.search(text, max(0, m.start() - 14), m.start()) else ""

    return _STANDALONE.sub(drop, text)
