"""A later sentence that moves only the conference's hour.

A joint letter proposes "Settlement conference on August 15, 2028 at 10:00 a.m." and the judge
so-orders it "as modified: the conference will begin at 2:00 p.m., not 10:00 a.m."; an order
adds "The start time is changed to 1:30 p.m." The sentence names no date, so the date stands;
the hour it gives replaces the one it names as the old (or, with "changed/moved/reset to", the
one set before). Read only when the old hour it names is the one read, or it names none.
"""

from __future__ import annotations

import re
from datetime import time

from settleconf.core.order_parser.conference_format import CONF
from settleconf.core.order_parser.dates_in_text import TIME, find_dates, parse_time_text
from settleconf.core.order_parser.paragraphs import Sentence

_INSTEAD = re.compile(
    rf"\b(?:begin|commence|start|convene|be\s+held|take\s+place|proceed)\w*\s+(?:promptly\s+)?"
    rf"at\s+(?P<new>{TIME}),?\s+(?:not|rather\s+than|instead\s+of)\s+(?:at\s+)?(?P<old>{TIME})",
    re.IGNORECASE,
)
_RESET = re.compile(
    rf"\b(?:start(?:ing)?\s+)?time(?:\s+of\s+the\s+(?:settlement\s+)?conference)?\s+"
    rf"(?:is|shall\s+be)\s+(?:hereby\s+)?(?:changed|moved|reset|advanced|continued)\s+"
    rf"to\s+(?P<new>{TIME})(?:,?\s+(?:not|rather\s+than|instead\s+of|from)\s+(?P<old>{TIME}))?",
    re.IGNORECASE,
)


def changed_time(sentences: tuple[Sentence, ...], chosen: Sentence, at: time | None) -> time | None:
    """The hour a later, undated sentence about the conference moves it to, or None."""
    for s in sentences:
        if s.index <= chosen.index or not CONF.search(s.text) or find_dates(s.text):
            continue
        m = _INSTEAD.search(s.text) or _RESET.search(s.text)
        if m is None:
            continue
        new = parse_time_text(m.group("new"))
        old = parse_time_text(m.group("old")) if m.group("old") else None
        if new is not None and (old is None or old.value == at):
            return new.value
    return None
