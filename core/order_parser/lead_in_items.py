"""A period said once, then the duties it governs as lettered items: "No later than seven (7)
days before the settlement conference, each party shall: (a) submit a confidential settlement
statement to chambers; (b) identify each person who will attend; (c) exchange ...; and (d) file
a notice ..., which notice shall be filed by October 1, 2027."

Each item is a duty with the lead-in's rule; an item that dates itself keeps its own reading.
The lead-in alone ("each party shall:") is no duty once its items are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from settleconf.core.order import Obligation, RuleKind
from settleconf.core.order_parser.chained_duties import new_duty
from settleconf.core.order_parser.dates_in_text import find_dates
from settleconf.core.order_parser.numbers import NUMBER
from settleconf.core.order_parser.paragraphs import Sentence

_LEAD_END = re.compile(r"\b(?:shall|must|will)(?:\s+\w+){0,2}\s*:\s*$", re.IGNORECASE)
_MARK = re.compile(
    r"(?:^|(?<=[;:]\s)|(?<=\band\s)|(?<=\bor\s))\((?P<m>[a-z]|[ivx]{1,4}|\d{1,2})\)\s+"
)
_OWN_TIME = re.compile(rf"{NUMBER}\s*(?:\w+\s+)?(?:days?|weeks?|hours?)\b", re.IGNORECASE)
_MAX_ITEMS = 12


def _items(text: str) -> list[str]:
    marks = list(_MARK.finditer(text))[:_MAX_ITEMS]
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end() : end] for m, end in zip(marks, ends, strict=True)]
    return [re.sub(r"[\s;,]*(?:and|or)?\s*$", "", item).strip() for item in items]


def read_lead_in_items(
    obligations: list[Obligation], sentences: Sequence[Sentence]
) -> list[Obligation]:
    """Each lettered item under a lead-in period, as a duty with that period."""
    out = list(obligations)
    taken = {o.id for o in obligations}
    for lead, items_sentence in pairwise(sentences):
        if not _LEAD_END.search(lead.text):
            continue
        at = [i for i, o in enumerate(out) if o.quote == lead.text and not o.is_session]
        if len(at) != 1:
            continue
        rule = out[at[0]].rule
        undated = rule.kind is not RuleKind.FIXED and rule.anchor is None
        if rule.kind is RuleKind.AFTER_EVENT or undated:
            continue
        added: list[Obligation] = []
        for item in _items(items_sentence.text):
            if not item or find_dates(item) or _OWN_TIME.search(item):
                continue  # it dates itself: its own reading stands
            piece = Sentence(item, items_sentence.paragraph, items_sentence.index)
            ob = new_duty(piece, taken)
            taken.add(ob.id)
            added.append(replace(ob, rule=rule, who=out[at[0]].who, what=item[:120]))
        if added:
            out[at[0] : at[0] + 1] = added
    return out
