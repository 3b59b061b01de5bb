"""A session set in a sentence that names it only as "it".

"The parties have requested a judicial settlement conference. It is set before the
undersigned on Wednesday, September 29, 2027, at 9:00 a.m. via Zoom": the first sentence
names the session and has no date; the second has the date and calls the session "It". Read
alone, the second names no conference and the order seems to set none. The pronoun is taken
for the session only when the sentence before names a settlement conference and gives no date
of its own, or only the date of a setting it says was moved ("originally scheduled for January
14 was adjourned"); the date is then read as one from a sentence that does not name the conference,
with that warning.
"""

from __future__ import annotations

import re
from itertools import pairwise

from settleconf.core.order_parser.conference_format import SETTLEMENT_CONF
from settleconf.core.order_parser.dates_in_text import find_dates
from settleconf.core.order_parser.paragraphs import Sentence

_IT_IS_SET = re.compile(
    r"\W*it\s+(?:is|will\s+be|shall\s+be|has\s+been)\s+(?:hereby\s+)?"
    r"(?:set|scheduled|reset|rescheduled|held)\b",
    re.IGNORECASE,
)


# The sentence before may date the setting the pronoun's replaces: "The settlement conference
# originally scheduled for January 14, 2026 was adjourned ... It is hereby rescheduled for".
_WAS_MOVED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is\s+hereby)\s+(?:adjourned|vacated|cancell?ed"
    r"|continued|postponed|stricken)\b"
    # "previously scheduled for August 22, 2028 ... could not go forward"
    r"|\b(?:could|did)\s+not\s+(?:go\s+forward|proceed|take\s+place|be\s+held)\b",
    re.IGNORECASE,
)


def pronoun_sessions(sentences: tuple[Sentence, ...]) -> set[int]:
    """Indices of the sentences whose "It is set ..." stands for the session named, undated,
    in the sentence just before."""
    out: set[int] = set()
    for prev, cur in pairwise(sentences):
        if not _IT_IS_SET.match(cur.text):
            continue
        if SETTLEMENT_CONF.search(prev.text) and (
            _WAS_MOVED.search(prev.text)
            or not any(d.value is not None for d in find_dates(prev.text))
        ):
            out.add(cur.index)
    return out
