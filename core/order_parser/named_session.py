"""A period counted from "the hearing" or "the session" in an order whose own session is a
"Settlement Hearing" or an "ENE Session": that is the conference.

Alone, "the hearing" may be any hearing, so the period reader leaves it unanchored and
flagged. Once the conference is known, an order that named the session a hearing (or a
session) and names no other meeting of that kind means its conference by the bare word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.core.order import Anchor, Obligation, RuleKind
from settleconf.core.order_parser.relative_phrases import unanchored_reason

_NAMED = re.compile(
    # D. Mass. spells it out: "The Alternative Dispute Resolution Hearing is set for ...".
    r"\b(?:settlement|mediation|ENE|evaluation|ADR|alternative\s+dispute\s+resolution)\s+"
    r"(?P<w>hearing|session)\b",
    re.IGNORECASE,
)
# A form's field that dates the session under its own name: "Session date: May 26, 2027",
# a program's "EAM Date: October 14, 2027" (its Early Assessment Meeting): "before the
# session", "before the EAM" mean it.
_FIELD_NAME = re.compile(r"^\W*(?P<w>session|(?-i:[A-Z]{2,5}))\s+date\s*:", re.IGNORECASE)
# Another hearing in the order: "a hearing on the motion", "the status hearing".
_OTHER = re.compile(
    r"\b(?:status|motion|evidentiary|fairness|pretrial|pre-trial|sentencing|show\s+cause)\s+"
    r"(?:hearing|session)|\b(?:hearing|session)\s+on\s+(?:the|a|any)\b",
    re.IGNORECASE,
)


def anchor_named_session(
    obligations: list[Obligation], conference_quote: str | None, whole_text: str
) -> list[Obligation]:
    if not conference_quote or _OTHER.search(whole_text):
        return obligations
    words = {m.group("w").lower() for m in _NAMED.finditer(conference_quote)}
    field = _FIELD_NAME.match(conference_quote)
    if field is not None:
        words |= {field.group("w"), field.group("w").lower()}
    out = []
    for ob in obligations:
        rule = ob.rule
        if rule.kind is RuleKind.RELATIVE and rule.anchor is None and rule.amount is not None:
            said = {
                unanchored_reason(f"{art} {w}{date}")
                for w in words
                for art in ("the", "said")
                for date in ("", " date")  # "Fourteen days on or before the session date"
            }
            left = tuple(r for r in ob.review_reasons if r not in said)
            if len(left) < len(ob.review_reasons):
                ob = replace(
                    ob,
                    rule=replace(rule, anchor=Anchor.CONFERENCE),
                    review_reasons=left,
                    needs_review=bool(left),
                )
        out.append(ob)
    return out
