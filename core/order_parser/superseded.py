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

# The deadlines themselves are the ones set aside: "The deadlines ... (memoranda due April 21)
# are superseded", not "The conference set for May 1 is vacated, and statements are due May 20"
# (a live duty beside a session moved).
_GONE = re.compile(
    r"\b(?:deadlines?|due\s+dates?)\b[^.;]{0,160}?\b(?:is|are)\s+(?:hereby\s+)?(?:superseded|"
    r"vacated|withdrawn|rescinded|moot)\b"
    r"|\b(?:deadlines?|due\s+dates?)\b[^.;]{0,160}?\bno\s+longer\s+(?:apply|applies|in\s+effect)\b"
    # a paper due with a setting that is itself vacated: "the Settlement Conference previously
    # set for 6/8/2028 by [44] Order, with Settlement Statements due by 6/1/2028, is VACATED"
    r"|\b(?:previously|originally|formerly|earlier)\s+(?:set|scheduled)\b[^.;]{0,160}?,\s*with\s+"
    r"[^.;]{0,100}?\bdue\b[^.;]{0,80}?,\s*(?:is|are|was|were)\s+(?:hereby\s+)?(?:vacated|"
    r"cancell?ed|continued|stricken|adjourned|withdrawn)\b",
    re.IGNORECASE,
)


def without_superseded(obligations: Sequence[Obligation]) -> tuple[list[Obligation], list[str]]:
    """The obligations less those read from a sentence that sets old deadlines aside."""
    kept: list[Obligation] = []
    warnings: list[str] = []
    for ob in obligations:
        if not ob.is_session and _GONE.search(ob.quote):
            said = (f'The order sets earlier deadlines aside: "{clip(ob.quote)}"; they are not '
                    "shown as due.")
            if said not in warnings:
                warnings.append(said)
            continue
        kept.append(ob)
    return kept, warnings
