"""An order's own method of counting its periods, where it departs from FRCP 6(a).

Rule 6(a) governs an order "that does not specify a method of computing time"; some do:
"If a deadline falls on a Saturday, Sunday or legal holiday, the submission is due on the
preceding business day", "... it is not extended to the next business day", "Days in this
Order are counted excluding weekends and holidays". Read under the rule's defaults, those
orders' dates come out wrong with nothing to say so.

Only what changes a date is kept. "... the next business day" is FRCP's own roll for a
period counted forward; for one counted back, reading it literally would give a later date
than the rule's, so the rule's earlier one stands. A sentence about hour periods alone ("Periods
stated in hours run continuously; if such a period ends on a Saturday ...") is the rule's own
6(a)(2) method and is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from settleconf.core.order import CountingRules, Obligation
from settleconf.core.periods import ClosedDayRoll, Unit

_CLOSED_DAY = re.compile(
    r"\b(?:falls?|ends?|lands?|is|expires?)\s+on\s+(?:a\s+|any\s+)?(?:Saturday|Sunday|weekend"
    r"|(?:legal\s+|court\s+|federal\s+)?holiday|day\s+(?:the|when|on\s+which)\s+(?:court|clerk))",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:preceding|previous|prior)\s+(?:business|court|working|judicial|week)\s*day\b"
    r"|\bpreceding\s+(?:Friday|weekday)\b"
    r"|\b(?:business|court|working)\s+day\s+(?:before|preceding)\b"
    r"|\blast\s+(?:preceding\s+)?(?:business|court|working)\s+day\s+before\b",
    re.IGNORECASE,
)
_KEPT = re.compile(
    r"\bnot\s+(?:be\s+)?(?:extended|moved|postponed)\b"
    r"|\b(?:does|will|shall)\s+not\s+(?:move|change|roll)\b"
    r"|\b(?:remains?|is\s+still|are\s+still)\s+due\s+(?:on\s+)?that\s+day\b",
    re.IGNORECASE,
)
# The rule's own hour method, said by the order: not a method of its own.
_HOURS_ONLY = re.compile(
    r"\b(?:periods?|deadlines?)\s+(?:stated|measured|expressed|set)\s+in\s+hours\b", re.IGNORECASE
)
# "Days in this Order are counted excluding weekends and holidays", "'days' means court
# days", "All periods in this Order are stated in business days".
_DAYS_SKIP = re.compile(
    r"\bdays?\b[^.;]{0,60}?\b(?:counted|computed|calculated|are|is)\s+(?:by\s+)?(?:excluding"
    r"|exclusive\s+of|without(?:\s+counting)?|not\s+counting|omitting)\s+(?:intermediate\s+)?"
    r"(?:weekends|Saturdays)"
    r"|[\"“']?days[\"”']?\s+(?:means?|refers?\s+to|shall\s+mean|are)\s+(?:business|court"
    r"|working|judicial)\s+days"
    r"|\b(?:periods|deadlines)\s+(?:in|under|of)\s+this\s+order\s+(?:are|shall\s+be)\s+"
    r"(?:stated|counted|computed|given|expressed)\s+in\s+(?:business|court|working)\s+days",
    re.IGNORECASE,
)
_THIS_ORDER = re.compile(r"\b(?:this|the)\s+order\b|\ball\s+(?:periods|deadlines|days)\b"
                         r"|\bunless\s+otherwise\b|\bdays\s+(?:in|under)\b", re.IGNORECASE)
# A duty counted in a unit the order names apart from its days keeps that unit.
_OWN_UNIT = re.compile(r"\bcalendar\s+days?\b|\bweeks?\b|\bfortnight\b|\bmonths?\b",
                       re.IGNORECASE)


def read_counting_rules(sentences: Sequence[str]) -> CountingRules | None:
    """The order's counting method, from its first sentence that sets one."""
    roll, skip, quotes = ClosedDayRoll.FRCP, False, []
    for text in sentences:
        closed = _CLOSED_DAY.search(text)
        if closed is not None and roll is ClosedDayRoll.FRCP and not _HOURS_ONLY.search(text):
            after = text[closed.end() :]
            if _EARLIER.search(after):
                roll = ClosedDayRoll.EARLIER
                quotes.append(text)
            elif _KEPT.search(after):
                roll = ClosedDayRoll.NONE
                quotes.append(text)
        if not skip and _DAYS_SKIP.search(text) and _THIS_ORDER.search(text):
            skip = True
            if text not in quotes:
                quotes.append(text)
    if roll is ClosedDayRoll.FRCP and not skip:
        return None
    return CountingRules(quote=" ".join(quotes), roll=roll, days_skip_closed=skip)


def days_as_ordered(
    obligations: Sequence[Obligation], rules: CountingRules | None
) -> list[Obligation]:
    """Under "days are counted excluding weekends and holidays", a duty's plain days are
    business days; "calendar days", weeks and months keep their own count."""
    if rules is None or not rules.days_skip_closed:
        return list(obligations)
    out = []
    for ob in obligations:
        rule = ob.rule
        if rule.unit is Unit.DAYS and rule.amount and not _OWN_UNIT.search(ob.quote):
            ob = replace(ob, rule=replace(rule, unit=Unit.BUSINESS_DAYS))
        out.append(ob)
    return out
