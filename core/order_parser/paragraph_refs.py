"""A duty dated by pointing at another paragraph's deadline: "the deadlines in ¶ 4 above apply
to the supplemental statement", "shall identify its insurers' representatives by the deadline
in ¶ 3", "on the date set in paragraph 5".

It takes that paragraph's rule whole (the same period from the same anchor), so it moves with
the conference as the paragraph's own duty does. The paragraph must hold exactly one dated
duty; none or several leave the sentence to the unread-duty warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from settleconf.core.order import Obligation, RuleKind
from settleconf.core.order_parser.chained_duties import new_duty
from settleconf.core.order_parser.paragraphs import Sentence

_POINTER = re.compile(
    r"\b(?:deadlines?|due\s+dates?|dates?|time\s+limits?)\s+(?:set\s+(?:forth\s+)?|stated\s+)?"
    r"in\s+(?:¶+|paragraphs?|paras?\.)\s*(?P<n>\d{1,2}(?:\([a-z0-9]\))?)(?!\d)",
    re.IGNORECASE,
)
_DUTY_WORD = re.compile(
    r"\b(?:shall|must|apply|applies|is\s+due|are\s+due|subject\s+to)\b", re.IGNORECASE
)


def _dated(ob: Obligation) -> bool:
    if ob.is_session or ob.rule.kind is RuleKind.AFTER_EVENT:
        return False
    return ob.rule.kind is RuleKind.FIXED or ob.rule.anchor is not None


def point_at_paragraphs(
    obligations: list[Obligation], sentences: Sequence[Sentence]
) -> list[Obligation]:
    """Each sentence that borrows another paragraph's deadline, as a duty with its rule."""
    quoted = {" ".join(o.quote.split()) for o in obligations}
    taken = {o.id for o in obligations}
    out = list(obligations)
    for s in sentences:
        m = _POINTER.search(s.text)
        if m is None or not _DUTY_WORD.search(s.text):
            continue
        number = m.group("n").split("(")[0]
        if number == s.paragraph:
            continue  # its own paragraph: nothing borrowed
        there = [o for o in obligations if o.paragraph == number and _dated(o)]
        if len(there) != 1:
            continue
        flat = " ".join(s.text.split())
        mine = [i for i, o in enumerate(out) if " ".join(o.quote.split()) == flat]
        if len(mine) > 1 or (not mine and any(flat in q for q in quoted)):
            continue
        if mine:
            at = mine[0]
            out[at] = replace(out[at], rule=there[0].rule, needs_review=False, review_reasons=())
            continue
        ob = new_duty(s, taken, start=m.start())
        taken.add(ob.id)
        out.append(replace(ob, rule=there[0].rule))
    return out
