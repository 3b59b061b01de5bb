"""Dates broken by what sits between the lines of a page: the page break itself, and the
pleading-paper line numbers.

A date left open at the foot of a page and finished by the year that opens the next.

Flattened PDFs put a page's caption box or margin after its body text, so the page can
end "... shall appear on October 29, vs. Xcentric Ventures, ... DISTRICT OF ARIZONA" and
the next page, after its ECF stamp and line numbers, open with "2012 at 1:30 pm.". The
year belongs to the open date: the next page's first line is joined to the date and the
text that stood between them is moved after it, so no word is lost.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.dates_in_text import MONTH, WEEKDAY
from settleconf.core.order_parser.numbers import WORD_NUMBER

# A month and day with no year after it, ending the page's text or followed only by
# page furniture (no further date).
_OPEN_DATE = re.compile(rf"(?i:(?<!\w){MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?!\s*,?\s*\d)")
_OPENS_WITH_YEAR = re.compile(r"^\s*(?:19|20)\d\d(?![\d/:-])")
# A month alone at the foot of the page ("no later than July") and its day and year opening
# the next ("17, 2024.").
_OPEN_MONTH = re.compile(rf"(?i:(?<!\w){MONTH})\.?$")
_OPENS_WITH_DAY = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?![\d/:-])")
_NUMBERS_ONLY = re.compile(r"^[\s\d]*$")  # blank, or pleading-paper line numbers
_MAX_BETWEEN = 400  # characters of furniture a page's tail may hold after the open date
_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-])")  # another date's year: not ours to join


def _content(lines: list[str], i: int, step: int, skip: frozenset[int] = frozenset()) -> int | None:
    while 0 <= i < len(lines):
        if not _NUMBERS_ONLY.match(lines[i]) and i not in skip:
            return i
        i += step
    return None


_MAX_LINES_BACK = 6  # a wrapped caption box is a few lines: the date is no further up


def _open_date_before(lines: list[str], before: int, skip: frozenset[int]) -> tuple[int, int]:
    """The line holding the page's open date and where the date ends in it, looking back
    from `before` over the furniture lines a wrapped page tail may hold after the date
    (at most `_MAX_BETWEEN` characters of them, none with a year); (-1, -1) if none."""
    i, held = before, 0
    for _ in range(_MAX_LINES_BACK):
        line = lines[i]
        opened = list(_OPEN_DATE.finditer(line, max(0, len(line) - _MAX_BETWEEN - 40)))
        if opened:
            between = line[opened[-1].end() :]
            if held + len(between) > _MAX_BETWEEN or _YEAR.search(between):
                return -1, -1
            return i, opened[-1].end()
        held += len(line)
        if held > _MAX_BETWEEN or _YEAR.search(line):
            return -1, -1
        prior = _content(lines, i - 1, -1, skip)
        if prior is None:
            return -1, -1
        i = prior
    return -1, -1


def finish_open_dates(lines: list[str], page_starts: list[int]) -> None:
    """Join, in place, each year opening a page (after `page_starts[n]`, a page's stamp
    line) to a month and day left open at the end of the page before."""
    skip = frozenset(page_starts)  # two stamps in a row: the other is no page text
    for start in page_starts:
        after = _content(lines, start + 1, 1, skip)
        before = _content(lines, start - 1, -1, skip)
        if after is None or before is None:
            continue
        if _OPEN_MONTH.search(lines[before].rstrip()) and _OPENS_WITH_DAY.match(lines[after]):
            lines[before] = f"{lines[before].rstrip()} {lines[after].lstrip()}"
            lines[after] = ""
            continue
        if not _OPENS_WITH_YEAR.match(lines[after]):
            continue
        # Hard-wrapped, the caption text after the date fills lines of its own.
        at, end = _open_date_before(lines, before, skip)
        if at < 0:
            continue
        moved = [lines[at][end:]] + [
            lines[j] for j in range(at + 1, before + 1) if j not in skip and lines[j].strip()
        ]
        for j in range(at + 1, before + 1):
            if j not in skip:
                lines[j] = ""
        head = lines[at][:end].rstrip(",")
        lines[at] = f"{head}, {lines[after].lstrip()}"
        lines[after] = " ".join(part.strip() for part in moved if part.strip())


# Where a line can stop inside a date or time, and what must then open the next line after
# its margin number: "on June" | "14 26, 2023" (the day), "on June 26," | "14 2023" (the
# year), "on Wednesday," | "10 January 2, 2019" (the month), "at 1:30" | "6 PM", and a
# period's count and unit: "seven" | "9 days prior", "five (5)" | "12 business days".
_SPLITS = (
    (rf"(?i:(?<!\w){MONTH})\.?", r"\d{1,2}(?:st|nd|rd|th)?\b"),
    (rf"(?i:(?<!\w){MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?", r"(?:19|20)\d\d\b"),
    (rf"(?i:(?<!\w){WEEKDAY})\.?,?", rf"(?i:{MONTH})\b"),
    (r"(?<![\d:])\d{1,2}:\d{2}", r"(?i:[ap]\.?\s?m\b)"),
    # An hour without minutes after a word: "at 9:45 and 10" | "27 a.m. respectively".
    (r"(?<=[a-z])\s+\d{1,2}", r"(?i:[ap]\.?\s?m\b)"),
    # "no later than" | "15" | "September 23, 2024": a whole date after it, so the number
    # cannot be its day.
    (
        r"(?i:\b(?:than|by|on|before|until|through))",
        rf"(?i:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b",
    ),
    (
        rf"(?i:(?<!\w)(?:{WORD_NUMBER})(?:\s*\(\d{{1,3}}\))?|\(\d{{1,3}}\))",
        r"(?i:(?:business|court|calendar|working|judicial)\s+)?(?:days?|weeks?|hours?)\b",
    ),
    # A count in digits after a word ("No later than 5" | "14 court days prior"): the line
    # number would be read as the count. After a lower-case word only, so a margin number
    # on a line of its own ("13") is never taken for the count before a real one.
    (
        r"(?<=[a-z])\s+\d{1,3}",
        r"(?i:(?:business|court|calendar|working|judicial)\s+)?(?:days?|weeks?|hours?)\b",
    ),
)
_SPLIT_RES = tuple(
    (re.compile(rf"{end}\s*$"), re.compile(rf"^\s*\d{{1,2}}\s+(?={rest})")) for end, rest in _SPLITS
)
_MARGIN_LINE = re.compile(r"^\s*\d{1,2}\s*$")


def drop_lone_line_numbers(lines: list[str]) -> list[str]:
    """Off pleading paper, a lone number on a line of its own inside a date, a time or a
    period ("seven" / "18" / "days before", "October 1," / "14" / "2024") is a stray line
    or page number: taken out, as on pleading paper. A number sharing its line with the
    rest ("14 26, 2023") is left alone here, where it may be a real number."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if _MARGIN_LINE.match(line) and out:
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if _split_rest(out[-1], f"0 {after}") is not None:
                continue
        out.append(line)
    return out


def _split_rest(prev: str, line: str) -> re.Pattern[str] | None:
    """The pattern of the line number to take out of `line`, when `prev` stops inside a
    date, time or period that `line` finishes; several endings may fit one line ("at
    least 10": an hour or a count), so the one whose rest follows is taken."""
    return next(
        (rest for end, rest in _SPLIT_RES if end.search(prev) and rest.match(line)), None
    )


def close_margin_splits(lines: list[str]) -> list[str]:
    """On pleading paper, the line number a wrapped date or time runs over ("on June" /
    "14" / "26, 2023", or "on June" / "14 26, 2023") taken out of it, so it reads whole:
    left in, "at 1:30" / "6 PM" read as 6 p.m. Only for text with margin numbers:
    elsewhere "14 26" may be two numbers. Linear: a fixed set of anchored patterns a line."""
    out: list[str] = []
    for i, line in enumerate(lines):
        prev = out[-1] if out else ""
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if _MARGIN_LINE.match(line) and _split_rest(prev, f"0 {after}") is not None:
            continue  # the number on a line of its own inside the date
        rest = _split_rest(prev, line)
        if rest is not None:
            line = rest.sub("", line)
        out.append(line)
    return out
