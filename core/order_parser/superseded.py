"""Deadlines an order says are gone: "The deadlines in the Court's prior Order [31] that were
keyed to the April 28 setting (settlement memoranda due April 21, 2026) are superseded."

The date in such a sentence is the old deadline, named to be set aside; read as a duty it is a
wrong date shown as due. It is left out, and a warning says so and quotes the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from settleconf.core.order import Obligation
from settleconf.core.order_parser.quoting import clip

_GONE = re.compile(
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:superseded|vacated|withdrawn|rescinded|moot)\b"
    r"|\bno\s+longer\s+(?:apply|applies|in\s+effect)\b",
    re.IGNORECASE,
)
_DEADLINES = re.compile(r"\b(?:deadlines?|dates?|due)\b", re.IGNORECASE)


def without_superseded(obligations: Sequence[Obligation]) -> tuple[list[Obligation], list[str]]:
    """The obligations less those read from a sentence that sets old deadlines aside."""
    kept: list[Obligation] = []
    warnings: list[str] = []
    for ob in obligations:
        if not ob.is_session and _GONE.search(ob.quote) and _DEADLINES.search(ob.quote):
            said = (f'The order sets earlier deadlines aside: "{clip(ob.quote)}"; they are not '
                    "shown as due.")
            if said not in warnings:
                warnings.append(said)
            continue
        kept.append(ob)
    return kept, warnings
