"""Two columns OCR read across, line by line: a side notice set beside the order's text comes
out interleaved with it ("settlement statement to chambers no       Please do not file\nlater
than seven (7) days before the      statements on the\nsettlement conference.").

The order's sentence is then broken by words of another text every line, and the period's
anchor ("before the <notice words> settlement conference") is lost. A paragraph (lines between
blank ones) is read as two columns when one gutter -- three or more spaces ending at the same
column -- separates a left and a right text on at least two of its lines, no line crosses the
gutter, the left text is visibly prose running on beside the right one (a line ending on a
lower-case word, the next line going on in lower case), and the right text dates nothing: a
table's right column holds its rows' dates or periods, and its rows are read row by row
(table_rows.py). Then the left column is given first and
the right one after it, as a paragraph of its own. Captions ("PLAINTIFF,      Case No. ...")
and field lists ("Conference Date:     June 3") carry no such running prose and are left as
they are. One pass over each line: linear.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\S(?P<gap>[^\S\n]{3,})(?=\S)")
_WHEN = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{1,2}/\d{1,2}\b|\bdays?\b|\bweeks?\b|\bhours?\b|\bdue\b|\b(?:before|after|prior)\b"
)
_MIN_LEFT = 20  # a left column narrower than this is a caption's "v." or a list number
_SLACK = 1  # the right column's start may wander a character on a scanned page


def _right_start(line: str) -> int | None:
    """Where a right-hand text begins after a wide gap past the left column's width."""
    for m in _GAP.finditer(line):
        if m.start("gap") >= _MIN_LEFT:
            return m.end("gap")
    return None


def _split(block: list[str]) -> list[str] | None:
    starts = [s for s in (_right_start(ln) for ln in block) if s is not None]
    if len(starts) < 2:
        return None
    gutter = min(starts)
    left: list[str] = []
    right: list[str] = []
    for ln in block:
        head, tail = ln[: gutter - 1], ln[gutter - 1 :]
        if head.strip() and tail[:1].strip():
            return None  # a line runs across the gutter: one column, not two
        if head.strip() and not head.endswith("   ") and tail.strip():
            return None
        start = _right_start(ln)
        if tail.strip() and start is not None and abs(start - gutter) > _SLACK:
            return None
        left.append(head.rstrip())
        right.append(tail.strip())
    runs_on = any(
        right[i] and re.search(r"[a-z]$", left[i]) and re.match(r"[a-z(]", left[i + 1].lstrip())
        for i in range(len(block) - 1)
    )
    if not runs_on or any(_WHEN.search(r) for r in right):
        # a table's right column holds its rows' dates or periods: row by row, not unwoven
        return None
    # a column's empty line beside the other's text is its own blank line: a break there
    return _one_blank([*left, "", *right])


def _one_blank(lines: list[str]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if ln.strip() or (out and out[-1].strip()):
            out.append(ln if ln.strip() else "")
    return out[:-1] if out and not out[-1] else out


def unweave_columns(lines: list[str]) -> list[str]:
    """`lines` with each interleaved two-column paragraph given column by column."""
    out: list[str] = []
    block: list[str] = []
    for ln in [*lines, ""]:
        if ln.strip():
            block.append(ln)
            continue
        out.extend(_split(block) or block)
        out.append(ln)
        block = []
    return out[:-1]
