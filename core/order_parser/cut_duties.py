"""A duty whose date the text cut off: a case-law or docket site's excerpt ends mid-sentence
("Defendant shall respond to the demand no later than", "... statement by September",
"Defendant's counteroffer is due"), or a gap ("* * *", "...") or the site's note ("[Continue
reading: 3 more pages]") follows the deadline's opening words. The date is not in the text:
the user is told, by the duty's own words, that it could not be read -- never a date made up,
and not only the order-wide "appears truncated" (a site's closing note hides that).
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.clauses import read_duty
from settleconf.core.order_parser.dates_in_text import MONTH
from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.order_parser.quoting import already_told, clip, told_openings

_TAIL = 160  # only the sentence's end is looked at: linear however long the sentence
# What a site puts where it cut: "[Continue reading: 3 more pages]", "* * *", "...", ". . ."
_CUT_MARK = re.compile(r"(?:\[[^\[\]\n]{0,80}\]|\.\s?\.\s?\.|…|\*\s?\*\s?\*)\s*$")
_OPEN_DEADLINE = re.compile(
    r"\b(?P<lead>(?:no|not)\s+later\s+than|on\s+or\s+before|by|within|until"
    r"|(?:(?:is|are|be)\s+)?due(?:\s+(?:by|on))?)"
    rf"(?P<month>\s+{MONTH}\.?)?\s*$",
    re.IGNORECASE,
)


def _open_end(text: str) -> str | None:
    """The deadline words the sentence stops on ("no later than", "by September"), or None
    when it ends otherwise (a full stop, a date, anything after the words)."""
    tail = text[-_TAIL:].rstrip()
    for _ in range(3):  # a note after a gap after the words, at most
        mark = _CUT_MARK.search(tail)
        if mark is None:
            break
        tail = tail[: mark.start()].rstrip()
    m = _OPEN_DEADLINE.search(tail)
    return " ".join(m.group(0).split()) if m else None


def cut_duty_warnings(
    sentences: tuple[Sentence, ...], read_at: set[int], warnings: list[str]
) -> list[str]:
    """A warning for each sentence that binds a party and stops on its deadline's opening
    words, no date read from it and no warning quoting it yet."""
    told = told_openings(warnings)
    out = []
    for s in sentences:
        if s.index in read_at or already_told(s, told):
            continue
        words = _open_end(s.text)
        if words is None:
            continue
        duty = read_duty(s.text)
        if duty is None or duty.court_duty or duty.who is None:
            continue
        out.append(
            f"The text stops at '{words}': this duty's date is cut off and could not be "
            f'read; check the full order: "{clip(s.text)}"'
        )
    return out
