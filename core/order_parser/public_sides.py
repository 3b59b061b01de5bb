"""Counsel for a public party named by what it is, not by side: "counsel for the Government
shall advise the Court ...", "Counsel for the County shall confirm ...", "the Assistant
United States Attorney shall ...". Read as bare "counsel", such a duty was neither side's;
the caption says which side the United States, the City, the County or the State is on,
and when it puts that party on one side only, the duty is that side's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from settleconf.core.order import Obligation

# (how the caption names the party, how a duty's subject names its counsel)
_PUBLIC: tuple[tuple[str, str], ...] = (
    (
        r"\bunited\s+states\b",
        r"counsel\s+for\s+the\s+(?:government|united\s+states)|(?:the\s+)?assistant\s+united"
        r"\s+states\s+attorneys?|the\s+government['’]s\s+counsel",
    ),
    (r"\bcity\b", r"counsel\s+for\s+the\s+city|the\s+city['’]s\s+counsel"),
    (r"\bcounty\b", r"counsel\s+for\s+the\s+county|the\s+county['’]s\s+counsel"),
    (
        r"\bstate\s+of\b",
        r"counsel\s+for\s+the\s+state|(?:the\s+)?(?:deputy|assistant)\s+attorneys?\s+general",
    ),
)
# The counsel must be the subject: its modal follows, perhaps after words set off by commas.
_SUBJECT_END = r"(?:\s*,[^,.;]{0,80},)?\s+(?:shall|must|is\s+(?:directed|required)\s+to)\b"


def public_sides(
    obligations: Iterable[Obligation], plaintiffs: tuple[str, ...], defendants: tuple[str, ...]
) -> list[Obligation]:
    out = []
    for ob in obligations:
        side = _side(ob.quote, plaintiffs, defendants) if ob.who == "counsel" else None
        out.append(replace(ob, who=side) if side else ob)
    return out


def _side(quote: str, plaintiffs: tuple[str, ...], defendants: tuple[str, ...]) -> str | None:
    for named, counsel in _PUBLIC:
        if not re.search(rf"\b(?:{counsel}){_SUBJECT_END}", quote, re.IGNORECASE):
            continue
        on_p = any(re.search(named, p, re.IGNORECASE) for p in plaintiffs)
        on_d = any(re.search(named, d, re.IGNORECASE) for d in defendants)
        if on_p != on_d:
            return "plaintiff" if on_p else "defendant"
    return None
