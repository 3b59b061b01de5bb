"""Reporter page markers inside an order's text, as case-law sites print them: "no later than
seven (7) days before *2 the settlement conference", "[*3] IT IS SO ORDERED", "[**4]". They
mark where the printed reporter's page turns, so they fall anywhere, a period's words too;
left in (markdown stripping turns "*2" into "2"), "before 2 the conference" counted from
nothing. Only a star run and digits standing alone as a token are markers: "2 * 3", "*Note*"
and a markdown "*2 days*" (a closing star follows on its line) are left as they are.
"""

from __future__ import annotations

import re

# Bracketed ("[*2]", "[**12]") anywhere; bare ("*2") only as a whole token. One blank after
# the marker goes with it, so "before *2 the" closes up to "before the". Linear: no nesting.
_MARKER = re.compile(
    r"\[\*{1,2}\d{1,4}\][ \t]?|(?:(?<=[ \t])|^)\*{1,2}\d{1,4}(?=[ \t]|$)[ \t]?", re.MULTILINE
)
_CLOSING_STAR = 40  # a star this close after a bare marker, on its line: markdown emphasis


def drop_star_pages(text: str) -> str:
    """`text` without reporter page markers ("*2", "[*3]")."""
    if "*" not in text:
        return text

    def keep_or_drop(m: re.Match[str]) -> str:
        if m.group(0).startswith("["):
            return ""
        line_end = text.find("\n", m.end())
        rest = text[m.end() : min(m.end() + _CLOSING_STAR, len(text) if line_end < 0 else line_end)]
        return m.group(0) if "*" in rest else ""

    return _MARKER.sub(keep_or_drop, text)
