"""A deadline a footnote changes: "(c) each party shall deliver ... seven (7) calendar days before
the conference,¹ a confidential statement" with "¹ The undersigned will be traveling ..., so
the statements are instead due by 3:00 p.m. on Tuesday, February 16, 2027."

The body's own count is then not the day to act on: shown unflagged, it would be a wrong date
a user trusts. The duty carrying the footnote's mark is flagged, and the reason quotes the
footnote, whose own date is read as a duty of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from settleconf.core.order import Obligation
from settleconf.core.order_parser.naming import duty_id
from settleconf.core.order_parser.quoting import clip

_MARKS = "¹²³⁴⁵⁶⁷⁸⁹*†‡"
# The footnote's text, opening with its mark, that moves a deadline.
_CHANGES = re.compile(
    rf"^\W*(?P<mark>[{_MARKS}])[^{_MARKS}]*?\b(?:instead|rather|in place of|changed to|moved to|"
    r"extended to|shortened to)\b",
    re.IGNORECASE,
)


def _same_paper(ob: Obligation, note: str) -> bool:
    """Whether the footnote speaks of this duty's paper ("the statements are instead due"):
    a sentence of several duties carries the mark for one of them. A footnote that names no
    paper speaks of any of them."""
    paper = duty_id(note, note)
    named = paper not in ("deadline",) and not paper.startswith(("undersigned", "deadline_"))
    return not named or ob.id == paper or ob.id.startswith(f"{paper}_")


def flag_footnote_changes(obligations: Sequence[Obligation]) -> list[Obligation]:
    """The obligations, with those whose mark leads to a footnote changing them flagged."""
    notes = [(m.group("mark"), ob.quote) for ob in obligations
             if (m := _CHANGES.search(ob.quote.replace("_", " ")))]
    if not notes:
        return list(obligations)
    out = []
    for ob in obligations:
        said = next((note for mark, note in notes if mark in ob.quote and note != ob.quote
                     and not _CHANGES.search(ob.quote.replace("_", " ")) and _same_paper(ob, note)),
                    None)
        if said is not None:
            reason = f'A footnote changes this deadline: "{clip(said)}"; check which date applies.'
            ob = replace(ob, needs_review=True,
                         review_reasons=(*ob.review_reasons, reason))
        out.append(ob)
    return out
