"""A form's left border read as text: "| The Settle-\n| ment Conference in this matter is
sched-\n| uled for May 11, 2027".

A scanned form (or a page photographed against a ruled margin) gives OCR a vertical rule
down the left edge, and it reads it as a "|" opening every line. Left in, the bar stands
between a word's halves at every line-end hyphen ("con-\n| ference", "Ap-\n| ril 27, 2027"),
so neither the word nor the date is whole. A bar is a border when it is the line's only
one and opens it: a table row ("| Date | Event |") has more than one and is left to
table_rows.py. A fill-in line (three or more underscores: two are markdown's) glued
between two words is a space ("by___July 9"); one that brackets a filled-in value ("the
___16th___ day") is a field's, and left. A line that is only a rule is taken out when the
sentence runs on past it (the next line goes on in lower case); a signature's rule, before a
name, stays. One look at each line: linear.
"""

from __future__ import annotations

import re

_LEFT_BAR = re.compile(r"^[^\S\n]*\|(?:[^\S\n]|$)")
# glued between two words only: "the ___16th___ day" is a filled-in field, read as such
_FILL_IN = re.compile(r"(?<=[A-Za-z0-9.,])_{3,}(?=[A-Za-z0-9])")
_RULE = re.compile(r"[^\S\n]*(?:[_-][^\S\n]?){5,}[^\S\n]*")


def drop_form_lines(lines: list[str]) -> list[str]:
    """`lines` with fill-in lines run into words made spaces, and a rule standing between
    two lines of one sentence taken out."""
    out: list[str] = []
    for i, ln in enumerate(lines):
        if _RULE.fullmatch(ln) and out and out[-1].strip() and _runs_on(lines, i + 1):
            continue
        out.append(_FILL_IN.sub(" ", ln) if "___" in ln else ln)
    return out


def _runs_on(lines: list[str], at: int) -> bool:
    """Whether the line at `at` goes on with a sentence: it opens in lower case."""
    return at < len(lines) and lines[at][:1].islower()


def drop_left_borders(lines: list[str]) -> list[str]:
    """`lines` with a lone "|" that opens a line (a form's left rule) taken off."""
    out = []
    for ln in lines:
        bar = _LEFT_BAR.match(ln) if ln.count("|") == 1 else None
        out.append(ln[bar.end() :] if bar else ln)
    return out
