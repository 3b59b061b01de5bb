"""A stipulation's WHEREAS clauses: what happened before, not what is ordered.

"WHEREAS, by its Scheduling Order (ECF No. 88), the Court set a settlement conference for
January 26, 2028 at 10:00 a.m., with ex parte settlement letters due January 19, 2028;" recites
the schedule the stipulation then changes ("IT IS HEREBY STIPULATED AND AGREED ... that: 1. The
settlement conference ... is adjourned sine die"). Read as the order's, the recited letters were
a duty on the old date and the recited conference a second conference date.

The recital runs from "WHEREAS" to the operative words ("NOW, THEREFORE", "IT IS (HEREBY)
STIPULATED / ORDERED / AGREED") or the sentence's end. A duty is read only from the words after
it; a conference date inside it is a softer candidate (conference.py): it still stands when
the stipulation dates no other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.core.order_parser.paragraphs import Sentence

_WHEREAS = re.compile(r"\bWHEREAS\b|(?:^|[.;:]\s+)Whereas,", re.MULTILINE)
_OPERATIVE = re.compile(
    r"\bNOW,?\s+THEREFORE\b|\bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+)?(?:STIPULATED|ORDERED|AGREED)\b"
    r"|\bit\s+is\s+hereby\s+(?:stipulated|ordered|agreed)\b",
)


def recital_span(text: str) -> tuple[int, int] | None:
    """Where the sentence's WHEREAS recital starts and stops, or None."""
    opened = _WHEREAS.search(text)
    if opened is None:
        return None
    operative = _OPERATIVE.search(text, opened.end())
    return opened.start(), operative.start() if operative else len(text)


def without_recitals(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Each sentence with its recital cut away; one that is all recital is left out."""
    out: list[Sentence] = []
    for s in sentences:
        span = recital_span(s.text)
        if span is None:
            out.append(s)
            continue
        rest = s.text[span[1] :].strip()
        if rest:
            out.append(replace(s, text=rest))
    return tuple(out)
