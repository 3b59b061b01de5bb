"""A period said once, then the duties it governs as items: "No later than seven (7) days
before the settlement conference, each party shall: (a) submit a confidential settlement
statement to chambers; (b) identify each person who will attend; (c) exchange ...; and (d) file
a notice ..., which notice shall be filed by October 1, 2027." The items may run in one sentence
or stand one to a line ("1. deliver to chambers ...;", "a. Plaintiff's written settlement
demand;"), marked by letters, capitals, numerals or roman numerals.

Each item is a duty with the lead-in's rule; an item that dates itself keeps its own reading,
and what an item adds after its own duty ("..., except that any request to excuse ... shall be
made by June 26") is another duty, read on its own. The lead-in alone ("each party shall:") is
no duty once its items are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from settleconf.core.order import Obligation, RuleKind
from settleconf.core.order_parser.chained_duties import new_duty
from settleconf.core.order_parser.dates_in_text import find_dates
from settleconf.core.order_parser.numbers import NUMBER
from settleconf.core.order_parser.paragraphs import Sentence

# A lead-in: a sentence that ends on a colon after the duty's command ("each party shall:",
# "the following shall be completed no later than seven (7) business days before the
# conference:").
_LEAD_END = re.compile(r":\s*$")
_COMMAND = re.compile(r"\b(?:shall|must|will|are\s+to|is\s+to)\b", re.IGNORECASE)
_MARK = re.compile(
    r"(?:^|(?<=[;:]\s)|(?<=\band\s)|(?<=\bor\s))\((?P<m>[a-zA-Z]|[ivx]{1,4}|\d{1,2})\)\s+"
)
# An item's own mark where the layout left it: "a. Plaintiff's written demand;", "1. deliver".
_LINE_MARK = re.compile(r"^\(?(?:[a-zA-Z]|[ivx]{1,4}|\d{1,2})[.)]\s+")
# What an item adds after its own duty is another duty, read on its own: "(c) file a joint
# notice ..., except that any request to excuse ... shall be made by letter no later than June
# 26", "(3) identify its representative, provided, however, that an insurer's ... may be
# identified no later than seven (7) days before".
_EXCEPTION = re.compile(
    r",?\s*\b(?:except\s+that|provided(?:,?\s+however,?)?\s+that|unless)\b", re.IGNORECASE
)
_MARK_ALONE = re.compile(r"\(?(?:[a-zA-Z]|[ivx]{1,4}|\d{1,2})[.)]")
# A line that is a sentence of its own, with its own subject and command, is no item.
_OWN_COMMAND = re.compile(r"^\W*(?:[\w'’-]+\s+){0,5}?(?:shall|must)\b", re.IGNORECASE)
_OWN_TIME = re.compile(rf"{NUMBER}\s*(?:\w+\s+)?(?:days?|weeks?|hours?)\b", re.IGNORECASE)
_MAX_ITEMS = 12


def _items(text: str) -> list[str]:
    marks = list(_MARK.finditer(text))[:_MAX_ITEMS]
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end() : end] for m, end in zip(marks, ends, strict=True)]
    return [_bare(item) for item in items]


def _bare(item: str) -> str:
    return re.sub(r"[\s;,.]*(?:and|or)?\s*$", "", item).strip()


def _item_lines(sentences: Sequence[Sentence], lead: Sentence) -> list[Sentence]:
    """Items the layout set apart, one to a line: each opens a paragraph of its own (the
    layout took its mark for the paragraph's number) or still carries its mark."""
    out: list[Sentence] = []
    prev, marked = lead, False
    for s in sentences[lead.index + 1 : lead.index + 1 + 2 * _MAX_ITEMS]:
        if _MARK_ALONE.fullmatch(s.text):
            marked = True  # "a." cut off as a sentence of its own before a capital
            continue
        opens = s.paragraph is not None and s.paragraph != prev.paragraph
        if not (opens or marked or _LINE_MARK.match(s.text)) or _OWN_COMMAND.match(
            _own_part(s.text)
        ):
            break
        out.append(s)
        prev, marked = s, False
    return out if len(out) >= 2 else []


def _own_part(item: str) -> str:
    """The item without what it adds after its own duty."""
    cut = _EXCEPTION.search(item)
    return item[: cut.start()] if cut else item


def read_lead_in_items(
    obligations: list[Obligation], sentences: Sequence[Sentence]
) -> list[Obligation]:
    """Each item under a lead-in period, as a duty with that period."""
    out = list(obligations)
    taken = {o.id for o in obligations}
    by_index = {s.index: s for s in sentences}
    for lead in sentences:
        if not _LEAD_END.search(lead.text) or not _COMMAND.search(lead.text):
            continue
        at = [i for i, o in enumerate(out) if o.quote == lead.text and not o.is_session]
        if len(at) != 1:
            continue
        rule = out[at[0]].rule
        undated = rule.kind is not RuleKind.FIXED and rule.anchor is None
        if rule.kind is RuleKind.AFTER_EVENT or undated:
            continue
        following = by_index.get(lead.index + 1)
        pieces: list[Sentence] = []
        if following is not None and _items(following.text):
            pieces = [Sentence(item, following.paragraph, following.index)
                      for item in _items(following.text)]
        else:
            pieces = [Sentence(_bare(_LINE_MARK.sub("", s.text)), s.paragraph, s.index)
                      for s in _item_lines(sentences, lead)]
        quoted = {o.quote for o in out}
        added: list[Obligation] = []
        for piece in pieces:
            own = _bare(_own_part(piece.text))
            if not own or find_dates(own) or _OWN_TIME.search(own) or piece.text in quoted:
                continue  # it dates itself, or was read already: its own reading stands
            ob = new_duty(replace(piece, text=own), taken)
            taken.add(ob.id)
            added.append(replace(ob, rule=rule, who=out[at[0]].who, what=own[:120]))
        if added:
            out[at[0] : at[0] + 1] = added
    return out
