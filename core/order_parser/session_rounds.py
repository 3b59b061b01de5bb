"""A period counted from a later round of the settlement conference: "seven (7) days before
the second session", "three business days before the continued session".

The period reader counts such a period from the conference (phrase_patterns.session_term
names the rounds). That is right when the conference the order sets IS that round ("A
second session of the settlement conference is set for April 21", "the second session ...
is CONTINUED to May 19"), and wrong when the order sets a first session and only mentions
a later one ("If needed, a second session will be held on ..."): then the period stays
dated but goes to review, with why. A wrong date is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.core.order import Anchor, Conference, Obligation

_ROUND = re.compile(
    r"\b(?P<round>second|continued|resumed|reconvened)\s+(?:settlement\s+)?session\b",
    re.IGNORECASE,
)
# The conference's own sentence says it is a later round.
_LATER_ROUND = re.compile(
    r"\b(?:second|continued|continues|continuing|resumed|resume|reconvened|reconvene)\b",
    re.IGNORECASE,
)


def check_rounds(obligations: list[Obligation], conference: Conference) -> list[Obligation]:
    """Periods from "the second session" flagged unless the conference is that session."""
    if conference.quote and _LATER_ROUND.search(conference.quote):
        return obligations
    out = []
    for ob in obligations:
        m = _ROUND.search(ob.quote) if ob.rule.anchor is Anchor.CONFERENCE else None
        if m is not None:
            why = (
                f"The period runs from the {m.group(0).lower()}, but the conference read is "
                "not said to be that session; check which session it counts from."
            )
            ob = replace(ob, needs_review=True, review_reasons=(*ob.review_reasons, why))
        out.append(ob)
    return out
