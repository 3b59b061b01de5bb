"""A layout table's wrapped rows joined back into one line each.

`pdftotext -layout` keeps a table's columns apart by runs of spaces, and a cell too long
for its column wraps onto the next line -- where the other columns go on too:

    Plaintiff to serve written settlement   Friday, July 9, 2027
      demand with damages calculation
    Defendants to serve written response    Friday, July 16,
      and counteroffer                      2027

Read line by line, the second row's date is "Friday, July 16," (no year) and "2027" is a
stray number; read as prose, the rows run together. Here each row is put back on one
line, each column's pieces joined in order ("Defendants to serve written response and
counteroffer   Friday, July 16, 2027"), for the row readers that follow.

A line goes on the row above when its first column is empty, indented past the column's
start, or opens in lower case or with a parenthesis that is no list marker ("(emailed to
chambers, not filed)", not "(a)"). Only where the table dates something (a date, or a
period in days, in a column after the first), so that a caption's two columns are left
alone.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.dates_in_text import DATE, MONTH

_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
_RULE_LINE = re.compile(r"^[\s|=+_-]*$")
_MARKER = re.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s|[a-z]\.\s")
_DATED = re.compile(
    rf"{DATE}|\b{MONTH}\b|\b\d{{1,3}}\s*(?:\)\s*)?(?:calendar\s+|business\s+|court\s+)?days?\b"
    r"|\(\d{1,3}\)$|\bdays?\b",
    re.IGNORECASE,
)
_SLACK = 2  # how far a cell may start from its column's start


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line and where each starts: text apart by three spaces or more."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in _GAP.split(line):
        start = line.index(part.strip(), pos) if part.strip() else pos
        if part.strip():
            out.append((start, part.strip()))
        pos = start + len(part.strip())
    return out


def _column(start: int, columns: list[int]) -> int | None:
    for i in range(len(columns) - 1, -1, -1):
        if start >= columns[i] - _SLACK:
            return i
    return None


def _goes_on(cells: list[tuple[int, str]], columns: list[int]) -> bool:
    """The line carries on the row above it."""
    first_start, first_text = cells[0]
    if _column(first_start, columns) != 0:
        return True  # its first column is empty
    if first_start > columns[0] + _SLACK - 1 and not _MARKER.match(first_text):
        return True  # indented under the row's first cell
    if first_text[:1].islower():
        return not _MARKER.match(first_text)
    return first_text.startswith("(") and not _MARKER.match(first_text)


# A table's heading row: two to four short cells of words ("Event   Deadline", "Item   Due",
# "Duty   When (before the conference)", "Item   Deadline   Source") -- no digits, commas
# or periods, which a caption's columns have ("DOE, Plaintiff,   Case No. 3:26-cv-1").
_HEAD_CELL = re.compile(r"[A-Za-z][A-Za-z /&()'’-]{0,40}")


def _table(lines: list[str], start: int) -> tuple[list[int], int] | None:
    """The columns of the table headed by `lines[start]`, and where it ends (its first
    blank line)."""
    cells = _cells(lines[start])
    if not 2 <= len(cells) <= 4:
        return None
    if not all(_HEAD_CELL.fullmatch(c[1]) and len(c[1].split()) <= 5 for c in cells):
        return None
    columns = [c[0] for c in cells]
    end = start + 1
    while end < len(lines) and lines[end].strip():
        row = _cells(lines[end])
        if not _RULE_LINE.match(lines[end]) and _column(row[0][0], columns) is None:
            break
        end += 1
    return columns, end


def _dates_something(rows: list[list[list[str]]]) -> bool:
    return any(_DATED.search(" ".join(cell)) for row in rows for cell in row[1:] if cell)


def _rows(lines: list[str], columns: list[int]) -> list[list[list[str]]] | None:
    rows: list[list[list[str]]] = [[[c[1]] for c in _cells(lines[0])]]  # the heading
    for line in lines[1:]:
        if _RULE_LINE.match(line):
            rows.append([[line.strip()]])
            continue
        cells = _cells(line)
        if len(rows) > 1 and len(rows[-1]) > 1 and _goes_on(cells, columns):
            target = rows[-1]
        else:
            target = [[] for _ in columns]
            rows.append(target)
        for start, text in cells:
            col = _column(start, columns)
            if col is None:
                return None
            target[col].append(text)
    return rows


def join_wrapped_rows(text: str) -> str:
    """The text with each layout table's wrapped rows put back on one line each; every
    other line as it was."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _table(lines, i) if lines[i].strip() else None
        if found is None or found[1] - i < 3:
            out.append(lines[i])
            i += 1
            continue
        columns, end = found
        rows = _rows(lines[i:end], columns)
        wrapped = rows is not None and len(rows) < end - i
        if rows is None or not wrapped or not _dates_something(rows):
            out.extend(lines[i:end])
            i = end
            continue
        indent = " " * columns[0]
        for row in rows:
            if len(row) == 1:
                out.append(indent + " ".join(row[0]))
                continue
            out.append(indent + "     ".join(" ".join(cell) for cell in row if cell))
        i = end
    return "\n".join(out)
