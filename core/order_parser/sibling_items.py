"""A list item whose date is "the same date" as the item just before it.

    2. Plaintiff shall mail his statement so that it is received no later than May 7, 2027.
    3. Defendants shall email their confidential statement to chambers by the same date.

Each numbered item is a paragraph of its own, and a follow-on ("by the same date", "at the
same time") looks for its duty only inside its own paragraph, so item 3 found nothing and the
duty was left undated with a warning. When a sentence that points back OPENS its item and the
sentence right before it (the last one of the item before) set a dated duty, that duty is the
one pointed at. The reading crosses an item's border, so it is flagged for review with why.
"""

from __future__ import annotations

from settleconf.core.order import RuleKind
from settleconf.core.order_parser.drafts import Draft
from settleconf.core.order_parser.paragraphs import Sentence

ITEM_BEFORE_REASON = (
    "Dated with the duty of the item just before this one, which the order points at ('the "
    "same date' / 'the same time'); check that this is the date meant."
)


def item_before(
    sentences: tuple[Sentence, ...], drafts: list[Draft], sentence: Sentence
) -> list[Draft]:
    """The dated duties of the sentence right before `sentence`, when that sentence ends the
    item before and `sentence` opens its own item; nearest first. Else []."""
    i = sentence.index
    if i == 0 or sentence.paragraph is None:
        return []
    prev = sentences[i - 1]
    if prev.paragraph is None or prev.paragraph == sentence.paragraph:
        return []  # not the first sentence of its item, or no items at all
    return [
        d
        for d in reversed(drafts)
        if d.index == i - 1 and d.rule.kind is not RuleKind.AFTER_EVENT
    ]
