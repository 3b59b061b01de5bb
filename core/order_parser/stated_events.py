"""Steps the order says have already happened, with their dates: "Plaintiff served its
settlement demand on Defendant by email on Friday, November 19, 2027."; "Defendant's offer was
sent on March 2, 2027."

Why: a duty counted from such a step ("seven days after the demand was served") otherwise waits
for the team to record the step, though the order itself dates it. Read here as event slugs
("demand_served") and dates that the deadline engine counts from (`Order.stated_events`); an
event the team records later wins. Only a past-tense sentence with no duty word (shall, must,
will...) counts, and only a date on or before the order's own date: a step still to come is a
duty, not a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from settleconf.core.order import Obligation
from settleconf.core.order_parser.dates_in_text import find_dates

_PAPER = r"(?P<noun>demand|offer|counter-?offer|proposal)s?"
_VERB = r"(?P<v>served|made|sent|e-?mailed|delivered|transmitted|received)"
_ACTIVE = re.compile(
    rf"\b(?:has\s+|had\s+|have\s+)?{_VERB}\s+(?:(?:its|their|his|her|a|an|the)\s+)?"
    rf"(?:(?:written|initial|opening|settlement|revised|updated|first)\s+){{0,3}}{_PAPER}\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    rf"\b{_PAPER}\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+{_VERB}\b", re.IGNORECASE
)
_DUTY_WORD = re.compile(
    r"\b(?:shall|must|will|should|may|is\s+to|are\s+to|to\s+be|due|no\s+later)\b",
    re.IGNORECASE,
)
_VERBS = {"emailed": "sent", "e-mailed": "sent", "delivered": "sent", "transmitted": "sent"}


def stated_events(
    sentences: Iterable[str], order_date: date | None
) -> tuple[tuple[str, date], ...]:
    """(slug, day) for each step a sentence says happened on a date; the first for a slug."""
    found: dict[str, date] = {}
    for sentence in sentences:
        m = _ACTIVE.search(sentence) or _PASSIVE.search(sentence)
        if m is None or _DUTY_WORD.search(sentence, 0, m.start()):
            continue
        rest = sentence[m.end() :]
        if _DUTY_WORD.search(rest):
            continue  # "... and Defendant shall respond within ..." is a duty sentence
        day = next((f.value for f in find_dates(rest) if f.value is not None), None)
        if day is None or (order_date is not None and day > order_date):
            continue
        noun = m.group("noun").lower().replace("-", "")
        verb = m.group("v").lower()
        found.setdefault(f"{noun}_{_VERBS.get(verb, verb)}", day)
    return tuple(found.items())


# What obligations.py says of a duty counted from a step no duty of the order sets.
NO_STEP = "The order counts from an earlier step that could not be found."


def dated_steps(
    obligations: Iterable[Obligation], events: tuple[tuple[str, date], ...]
) -> list[Obligation]:
    """A duty counted from a step the order dates needs no earlier duty to find it: the
    'could not be found' doubt is dropped (its other doubts stay)."""
    nouns = {slug.rpartition("_")[0] for slug, _ in events}
    out = []
    for ob in obligations:
        event = ob.rule.event or ""
        if NO_STEP in ob.review_reasons and event.rpartition("_")[0] in nouns:
            reasons = tuple(r for r in ob.review_reasons if r != NO_STEP)
            ob = replace(ob, review_reasons=reasons, needs_review=bool(reasons))
        out.append(ob)
    return out
