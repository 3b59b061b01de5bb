"""A deadline on the last open day before the session: "by noon on the last business day
before the conference", "no later than the last court day prior to the settlement conference",
"on the business day immediately preceding the mediation".

Why a module of its own: the words name no number, so the period reader does not see them, and
"before the conference" alone reads as a duty with no period at all. They are one business
(or court) day before the session, counted as such (a Tuesday conference after a Monday
holiday: the Friday before), read as a relative period of 1 with the unit they name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.dates_in_text import TIME
from settleconf.core.order_parser.phrase import Phrase, read_time
from settleconf.core.order_parser.phrase_patterns import session_named, word_gap
from settleconf.core.periods import Direction, Unit


@lru_cache(maxsize=2)
def _pattern(margin: bool) -> re.Pattern[str]:
    g = word_gap(margin)
    lead = (
        rf"(?:(?:no|not){g}later{g}than|by|on|before|on{g}or{g}before)"
        rf"(?:{g}(?:the{g}close{g}of{g}business|(?P<time>{TIME}))(?:{g}on)?)?{g}"
    )
    return re.compile(
        rf"\b{lead}the{g}(?:last{g}|final{g})?(?P<unit>business|court|judicial|work)(?:ing)?"
        rf"[\s-]+day{g}(?:immediately{g})?(?:before|prior{g}to|preceding|in{g}advance{g}of)"
        rf"{g}{session_named(g)}",
        re.IGNORECASE,
    )


def last_open_day_phrases(sentence: str, *, margin: bool) -> list[Phrase]:
    out: list[Phrase] = []
    for m in _pattern(margin).finditer(sentence):
        tod, why = read_time(m.group("time"))
        court = m.group("unit").lower() in ("court", "judicial")
        unit = Unit.COURT_DAYS if court else Unit.BUSINESS_DAYS
        out.append(
            Phrase(
                m.start(),
                m.end(),
                m.group(0),
                RuleKind.RELATIVE,
                anchor=Anchor.CONFERENCE,
                amount=1,
                unit=unit,
                direction=Direction.BEFORE,
                time_of_day=tod,
                reasons=why,
            )
        )
    return out
