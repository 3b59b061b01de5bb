"""A deadline named as a weekday before the session: "by noon on the Friday before the
conference", "no later than the Wednesday before", "the Monday preceding the mediation",
"on the Friday of the week before the settlement conference".

Read as a `NAMED_WEEKDAY` rule (counted in `core.named_weekdays`), never as a period.
"""

from __future__ import annotations

import re
from functools import lru_cache

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.dates_in_text import TIME
from settleconf.core.order_parser.phrase import Phrase, read_time
from settleconf.core.order_parser.phrase_patterns import session_named, session_term, word_gap
from settleconf.core.periods import Direction

_SESSION = re.compile(r"\b" + session_term(r"\s+"), re.IGNORECASE)
_NTH = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=2)
def _pattern(margin: bool) -> re.Pattern[str]:
    g = word_gap(margin)
    names = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    lead = (
        rf"(?:(?P<lead>(?:no|not){g}later{g}than|by|on|before|on{g}or{g}before)"
        rf"(?:{g}(?P<time>{TIME})(?:,?{g}(?:Eastern|Central|Mountain|Pacific|Arizona|Hawaii|Alaska|(?-i:[A-Z]{{2,4}}))(?:{g}Time)?)?,?{g}on)?{g})?"
    )
    session = session_named(g)
    return re.compile(
        # "the Friday before the conference"; a heading's "(Due Friday Before Conference)"
        rf"{lead}(?:the{g}|(?<=due ))"
        rf"(?:(?P<pre>immediately{g})?preceding{g}(?P<wd2>{names})\b|(?:(?P<nth>second|third|fourth|2nd|3rd|4th){g})?(?P<wd>{names})"
        rf"(?:{g}(?P<week>of{g}the{g}(?:calendar{g})?week))?"
        rf"{g}(?:immediately{g})?(?P<dir>before|prior{g}to|preceding|in{g}advance{g}of)"
        # "the Thursday preceding the week of the conference": that weekday of the week before
        rf"(?:{g}(?P<week2>the{g}(?:calendar{g})?week{g}of))?"
        rf"(?:{g}{session}|(?=\s*[,.;)]|\s*$)))",
        re.IGNORECASE,
    )


def weekday_phrases(sentence: str, *, margin: bool) -> list[Phrase]:
    out: list[Phrase] = []
    for m in _pattern(margin).finditer(sentence):
        if m.group("lead") is None and not (
            _ends_a_duty(sentence, m.start())
            or (m.group("conf") is not None and _ORDERED.search(sentence, 0, m.start()))
        ):
            continue
        reasons: list[str] = []
        # "the preceding Friday" says what it precedes only if the sentence names the session.
        if m.group("conf") is None and not (m.group("wd2") and _SESSION.search(sentence)):
            said = " ".join(m.group(0).split())
            reasons.append(
                f"'{said}' does not say before what; read as before the conference."
            )
        tod, why = read_time(m.group("time"))
        out.append(
            Phrase(
                m.start(),
                m.end(),
                m.group(0),
                RuleKind.NAMED_WEEKDAY,
                anchor=Anchor.CONFERENCE,
                direction=Direction.BEFORE,
                time_of_day=tod,
                weekday=_DAYS.index((m.group("wd") or m.group("wd2")).lower()),
                prior_week=m.group("week") is not None or m.group("week2") is not None,
                nth=_NTH.get((m.group("nth") or "").lower(), 1),
                reasons=tuple(reasons) + why,
            )
        )
    return out


_DUE = re.compile(
    r"\b(?:due|submitted|lodged|filed|served|delivered|e-?mailed|exchanged)\s*$", re.IGNORECASE
)


# "Defendant shall respond in writing the Monday before the conference": a party told to
# act, and the weekday naming the session it comes before, is a deadline with no "by".
_ORDERED = re.compile(r"\b(?:shall|must|should|(?:is|are)\s+(?:to|due))\b", re.IGNORECASE)


def _ends_a_duty(sentence: str, start: int) -> bool:
    """With no "by"/"no later than" in front, the weekday is a deadline only straight after
    a verb of delivery ("shall be submitted the Friday before the conference")."""
    return _DUE.search(sentence, max(0, start - 30), start) is not None


# "on the Friday two weeks before the conference": a weekday named in front of a period.
_WEEKDAY_THEN_PERIOD = re.compile(
    r"\bthe\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*$",
    re.IGNORECASE,
)


def weekday_before_period(sentence: str, start: int, said: str) -> str | None:
    """The doubt when a weekday stands straight before a counted period: the count need not
    land on that weekday, and which day of that week is meant is not said."""
    m = _WEEKDAY_THEN_PERIOD.search(sentence, max(0, start - 24), start)
    if m is None:
        return None
    day = m.group("wd").capitalize()
    return (
        f"The order names a {day} and a period ('the {day} {' '.join(said.split())}'); "
        f"counted as the period, which need not fall on a {day}. Check which day is meant."
    )
