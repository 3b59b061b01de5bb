"""A clerk's stamp OCR read into the order's text: "RECEIVED" / "MAR 03 2027" set in the
margin beside a duty, or "FILED" / "MAR - 5 2027" / "CLERK, U.S. DISTRICT COURT" stamped across
a paragraph.

The stamp's words then sit inside the duty's sentence ("no later than RECEIVED fourteen (14)
days") and its date is read as a deadline of its own ("days before the conference. MAR 03
2027" became a duty due March 3). A stamp's date is when the paper reached the clerk or
chambers, never a duty. Taken out:

- a stamp piece at a line's end, after a gap of four or more spaces, beside the order's text;
- a line that is only a stamp piece, when it stands inside a sentence (the line before ends
  on a lower-case word or a comma).

A stamp piece is a stamp's word (RECEIVED, FILED, ENTERED ON DOCKET, ...) and/or its date
in the stamp's own form: a month's three capitals, the day, the year, no comma ("MAR 03
2027", "MAR - 5 2027"). A stamp at the top of the page, outside any sentence, is left for
the readers that use its date. One look at each line's end: linear.
"""

from __future__ import annotations

import re

_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
_WORD = (
    r"(?:RECEIVED|FILED|ENTERED(?:\s+ON\s+DOCKET)?|DOCKETED|FILED\s*&\s*ENTERED)"
    r"(?:\s+(?:IN\s+)?(?:CHAMBERS|CLERK'S\s+OFFICE))?"
)
_PIECE = re.compile(
    rf"(?:{_WORD}(?:\s+{_MONTH}\s*-?\s*\d{{1,2}}\s+\d{{4}})?"
    rf"|{_MONTH}\s*-?\s*\d{{1,2}}\s+\d{{4}}"
    r"|CLERK,?\s+U\.\s?S\.\s+DISTRICT\s+COURT)"
)
_SIDE_ONLY = re.compile(r"CHAMBERS")  # beside the text only: alone it may be a heading
_GAP = "    "
_LONGEST = 240


def _is_piece(segment: str, *, beside: bool) -> bool:
    segment = segment.strip()
    return bool(_PIECE.fullmatch(segment) or (beside and _SIDE_ONLY.fullmatch(segment)))


def drop_clerk_stamps(lines: list[str]) -> list[str]:
    """`lines` with a clerk's stamp read beside or inside the order's sentences taken out."""
    out: list[str] = []
    closing = False  # a stamp inside a sentence was taken out: the blank lines after it too
    for ln in lines:
        body = ln.rstrip()
        if closing and not body:
            continue
        closing = False
        if len(body) > _LONGEST:
            out.append(ln)
            continue
        at = body.rfind(_GAP)
        left = body[:at] if at > 0 else ""
        if left.strip() and _is_piece(body[at:], beside=True):
            body = left.rstrip()
        elif _is_piece(body, beside=False) and _inside(out):
            while out and not out[-1].strip():
                out.pop()
            closing = True
            continue
        out.append(body)
    return out


def _inside(before: list[str]) -> bool:
    """Whether the text so far stops mid-sentence: its last line ends on a lower-case
    word or a comma."""
    last = next((ln for ln in reversed(before) if ln.strip()), "")
    return bool(re.search(r"[a-z,]$", last))
