"""How long the conference runs, when the order says: "will conclude no later than 12:00 PM",
"shall last up to three hours", "a full-day session". The parsed Conference keeps the start
only; the length is the order's own sentence, quoted, so nothing is computed from it."""

from __future__ import annotations

import re

from settleconf.core.order import Order
from settleconf.core.procedures import split_sentences

_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s*m\.?)|noon"
_LENGTH = re.compile(
    rf"\b(?:conclud|end|adjourn|finish|run)\w*\s+(?:no later than|by|at|before|until)\s+"
    rf"(?:{_TIME})|"
    # "from 10:00 a.m. through 12:00 noon"
    rf"\bfrom\s+(?:{_TIME}|\d{{1,2}}:\d{{2}})\s+(?:through|to|until|till|-)\s+(?:\d{{1,2}}:\d{{2}}\s+)?"
    rf"(?:{_TIME})|"
    r"\b(?:last|run|take|scheduled for|set for|allot\w*|reserv\w*|block\w*(?: off)?)\s+(?:for\s+)?"
    r"(?:up to|approximately|about|at least|no more than|no less than)?\s*"
    r"(?:\w+|\d+)(?:\s*\(\d+\))?\s+hours?\b|"
    r"\b(?:\w+|\d+)(?:\s*\(\d+\))?[- ]hours?\s+(?:session|conference|block|time slot)\b|"
    r"\b(?:half|full|entire|whole)[- ]day\b", re.I)


_WINDOW = 90  # characters kept each side of the length in a long sentence


def stated_length(order: Order) -> tuple[str, str] | None:
    """(the words that say how long the session runs, its paragraph label), or None. A long
    sentence (a recital that also sets the day) is cut to the words around the length."""
    for para in order.paragraphs:
        for sentence in split_sentences(para.text):
            m = _LENGTH.search(sentence)
            if m is None or not re.search(r"\bconferen|\bsession\b|\bmediation\b|\bhearing\b",
                                          sentence, re.I):
                continue
            if len(sentence) <= 2 * _WINDOW + 40:
                return sentence, para.label
            start = sentence.rfind(" ", 0, max(0, m.start() - _WINDOW)) + 1
            end = sentence.find(" ", min(len(sentence), m.end() + _WINDOW))
            end = len(sentence) if end < 0 else end
            return ("…" if start else "") + sentence[start:end] + (
                "…" if end < len(sentence) else ""), para.label
    return None
