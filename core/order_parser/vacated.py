"""An order that takes the settlement conference off the calendar without restating its
date: "the undersigned finds good cause to vacate the current ENE date and to grant a
continuance", "The Court VACATES the settlement conference.", "The mediation is hereby
vacated." The dates named before it ("The parties seek to continue the November 22, 2021
early neutral evaluation conference") are the session's old date, not the one to attend;
a date set after it is the new one.

A vacatur the order only foresees is none: "... so that the Court may vacate the
settlement conference", "If the case settles, the conference will be vacated".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from settleconf.core.order_parser.paragraphs import Sentence

_SESSION = (
    r"(?:settlement\s+(?:conference|hearing)|early\s+neutral\s+evaluation(?:\s+conference)?"
    r"|ENE(?:\s+conference)?|mediation(?:\s+session)?|(?<=the\s)conference)(?:\s+date)?"
)
_VACATES = re.compile(
    # the order's verb with the session as its object
    r"\bvacat(?:e|es|ing)\s+the\s+(?:current(?:ly\s+(?:scheduled|set))?\s+|present\s+"
    r"|existing\s+|scheduled\s+|pending\s+|upcoming\s+)?" + _SESSION + r"\b"
    # or the session as the subject of "is vacated", with no date of its own
    r"|\b" + _SESSION + r"\s+(?:is|are)\s+(?:hereby\s+)?vacated\b(?!\s+and\s+(?:re)?set)",
    re.IGNORECASE,
)
# Before the verb in its sentence: a vacatur foreseen, asked for or conditional.
_NOT_YET = re.compile(
    r"\b(?:if|unless|should|may|might|can|could|will|would|shall|request\w*|motions?\s+to|mov(?:e|es|ing)"
    r"|ask\w*|seek\w*|so\s+that|in\s+order|whether|until|before|need)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Vacatur:
    sentence: int  # the sentence's index
    start: int  # where the verb phrase starts in its text
    quote: str


def vacatur(sentences: tuple[Sentence, ...]) -> Vacatur | None:
    """The last sentence in which the order itself vacates the settlement conference without
    a date in the phrase, or None."""
    found = None
    for s in sentences:
        for m in _VACATES.finditer(s.text):
            clause_start = max(s.text.rfind(";", 0, m.start()), s.text.rfind(",", 0, m.start()))
            if _NOT_YET.search(s.text, clause_start + 1, m.start()):
                continue
            found = Vacatur(s.index, m.start(), s.text)
    return found
