"""A form's left border read as text: "| The Settle-\n| ment Conference in this matter is
sched-\n| uled for May 11, 2027".

A scanned form (or a page photographed against a ruled margin) gives OCR a vertical rule
down the left edge, and it reads it as a "|" opening every line. Left in, the bar stands
between a word's halves at every line-end hyphen ("con-\n| ference", "Ap-\n| ril 27, 2027"),
so neither the word nor the date is whole. A bar is a border when it is the line's only
one and opens it: a table row ("| Date | Event |") has more than one and is left to
table_rows.py. One look at each line: linear.
"""

from __future__ import annotations

import re

_LEFT_BAR = re.compile(r"^[^\S\n]*\|(?:[^\S\n]|$)")


def drop_left_borders(lines: list[str]) -> list[str]:
    """`lines` with a lone "|" that opens a line (a form's left rule) taken off."""
    out = []
    for ln in lines:
        bar = _LEFT_BAR.match(ln) if ln.count("|") == 1 else None
        out.append(ln[bar.end() :] if bar else ln)
    return out
