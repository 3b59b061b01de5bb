"""Where an in-person conference is held, cut out of the sentence that schedules it.

The sentence is cut at its dates, times and "before Judge X" clauses; the pieces that
name a courtroom, courthouse, chambers or street address are the location.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.dates_in_text import DATE, TIME
from settleconf.core.order_parser.judges import NAME, TITLE
from settleconf.core.order_parser.margin_words import drop_line_numbers

_PLACE = re.compile(
    r"\b(?:courtroom|c(?:ou)?r?trm\.?\s+\d+\w?|courthouse|chambers|(?:room|rm\.?)\s+#?\d+|suite"
    r"|federal\s+building|floor|street|"
    r"avenue|blvd|boulevard|district\s+court|ADR)\b",
    re.IGNORECASE,
)
_CUTS = re.compile(
    rf"(?:,?\s*(?i:on|for|is|to|from|beginning|commencing|starting|at)\s+)?(?i:{DATE})"
    rf"|(?:,?\s*(?i:at|from|beginning\s+at|through|until|to)\s+)?(?i:{TIME})"
    rf"|,?\s*(?i:before|with|by)\s+(?:(?i:the\s+undersigned)(?:\s+{TITLE}?{NAME})?|(?i:me)\b"
    rf"|{TITLE}{NAME})"
    r"|\s+(?i:to\s+conduct|to\s+be\s+determined\s+at\s+a\s+later)\b.*$"
    r"|\s*\(\w+\)"
    # a bare clock time in a form's row ("Date: 2/6/08 10:00 Ctrm. 8"), which TIME reads
    # only after "at"/"by"
    r"|(?<!\S)\d{1,2}:\d{2}(?!\S)"
    # the next field of a run-on form: "Ctrm. 9 Pre-Trial Conference Date: 10/19/26 ..."
    r"|(?<=\d)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?i:date|deadline|cut-off)\s*:.*$"
)
# "PLACE:" / "LOCATION:" open a setting's place field, as "in"/"at" open one in prose.
_LEAD = re.compile(r"\b(?:in|at)\s+(?:the\s+)?|\b(?:place|location|where)\s*:\s*", re.I)


def conference_location(sentence: str, margin_numbers: bool) -> str | None:
    text = drop_line_numbers(sentence) if margin_numbers else sentence
    pieces = [p for p in _CUTS.split(text) if p and _PLACE.search(p)]
    places: list[str] = []
    for piece in pieces:
        first = _PLACE.search(piece)
        assert first is not None
        leads = [m for m in _LEAD.finditer(piece, 0, first.start())]
        start = leads[-1].end() if leads else first.start()
        if not leads:
            # No "in"/"at": the place begins after the last clause break before it.
            start = max(piece.rfind(",", 0, first.start()) + 1, 0) if first.start() else 0
        place = piece[start:].strip(" ,.;:")
        if place:
            places.append(place)
    if not places:
        return None
    return ", ".join(" ".join(p.split()) for p in places)
