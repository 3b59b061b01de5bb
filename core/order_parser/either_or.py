"""One duty dated two ways, and which applies: "by the earlier of fourteen (14) days before
the conference or June 1, 2027", "on August 20, 2027, or twenty-one (21) days before the
conference, whichever is later", "within thirty (30) days of the date of this Order, but in no
event later than twenty-one (21) days before the conference", "no later than October 1, 2027,
or ten (10) days after the close of discovery, whichever is earlier".

The readers before this one took the date beside the period for a date the order states
(and showed it, not the earlier one), or read the two ways as two duties, each shown as sure.
Here the two become one duty whose rule carries the other (`Rule.alternative`) and the word
that picks between them (`Rule.choose`); the engine counts both and takes the one the order
says, so a conference moved later still picks right. Only a sentence with one duty in it is
joined: two duties in one sentence stay apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from settleconf.core.order import Anchor, Obligation, Rule, RuleKind
from settleconf.core.order_parser.dates_in_text import find_dates

_EARLIER = re.compile(
    r"\bearlier\s+of\b|\bwhichever\s+(?:is|occurs|comes|falls)\s+(?:earlier|first|sooner)\b"
    r"|\bin\s+no\s+event\s+later\s+than\b|\bbut\s+(?:not|no)\s+later\s+than\b"
    # "within ten days after it receives the demand, and in any event not later than Nov 10"
    r"|\b(?:in\s+any\s+(?:event|case)|at\s+the\s+latest),?\s+(?:not|no)\s+later\s+than\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\blater\s+of\b|\bwhichever\s+(?:is|occurs|comes|falls)\s+(?:later|last)\b", re.IGNORECASE
)
_DUTIES = re.compile(r"\b(?:shall|must|is\s+due|are\s+due|will)\b", re.IGNORECASE)


def _choice(quote: str) -> str | None:
    if len(_DUTIES.findall(quote)) != 1:
        return None  # none, or two duties in one sentence: not one duty dated two ways
    later, earlier = _LATER.search(quote), _EARLIER.search(quote)
    if later and not earlier:
        return "later"
    if earlier and not later:
        return "earlier"
    return None


def _waits(rule: Rule) -> bool:
    """Counted from an event, or from a trigger no reader could name."""
    if rule.kind is RuleKind.AFTER_EVENT:
        return True
    return rule.kind is RuleKind.RELATIVE and rule.anchor in (Anchor.EVENT, None)


def _joined(group: list[Obligation], choose: str, conference: date | None) -> Obligation | None:
    first = group[0]
    rule = first.rule
    if len(group) == 2:
        other = group[1].rule
        return replace(first, rule=replace(rule, alternative=other, choose=choose))
    if len(group) != 1 or rule.alternative is not None:
        return None
    if rule.stated_date is not None and rule.kind is not RuleKind.FIXED:
        stated = Rule(RuleKind.FIXED, fixed_date=rule.stated_date, time_of_day=rule.time_of_day)
        return replace(
            first, rule=replace(rule, stated_date=None, alternative=stated, choose=choose)
        )
    # the date beside the period lost to another reading ("by the earlier of March 15, 2027,
    # or thirty days after the deposition"; "the earlier of June 4, 2027 or fourteen days
    # before the conference")
    dates = [f.value for f in find_dates(first.quote) if f.value not in (None, conference)]
    if len(dates) != 1 or rule.kind is RuleKind.FIXED or dates[0] is None:
        return None
    fixed = Rule(RuleKind.FIXED, fixed_date=dates[0], time_of_day=rule.time_of_day)
    if _waits(rule):
        return replace(first, rule=replace(fixed, alternative=rule, choose=choose),
                       needs_review=False, review_reasons=())
    return replace(first, rule=replace(rule, alternative=fixed, choose=choose))


def join_alternatives(obligations: list[Obligation], conference: date | None) -> list[Obligation]:
    """Each duty the order dates two ways, as one duty carrying both (the conference's own
    date in the sentence is not one of the ways)."""
    groups: dict[str, list[int]] = {}
    for i, ob in enumerate(obligations):
        if not ob.is_session:
            groups.setdefault(ob.quote, []).append(i)
    out = list(obligations)
    dropped: set[int] = set()
    for quote, at in groups.items():
        choose = _choice(quote)
        if choose is None:
            continue
        joined = _joined([obligations[i] for i in at], choose, conference)
        if joined is None:
            continue
        other = joined.rule.alternative
        if other is not None and (_waits(joined.rule) or _waits(other)):
            why = (
                f"The order dates this two ways, whichever is {choose}, and one waits on "
                "something it does not date."
            )
            joined = replace(
                joined, needs_review=True, review_reasons=(*joined.review_reasons, why)
            )
        out[at[0]] = joined
        dropped.update(at[1:])
    return [ob for i, ob in enumerate(out) if i not in dropped]
