"""Lines to blocks: undo line wrapping without gluing headings onto sentences.

Orders arrive hard-wrapped (PDF text layers), as one long line (web excerpts), or as
markdown with blank lines. A block is a run of lines that reads as continuous prose; its
edges are hard sentence boundaries. Pleading-paper margin numbers ("1 2 3 ... 28" down
the left edge) are kept in the text, as the quotes must show the order as printed, but
never decide a boundary.
"""

from __future__ import annotations

import re
from itertools import pairwise

from settleconf.core.order_parser.dates_in_text import DATE, MONTH
from settleconf.core.order_parser.deadline import check
from settleconf.core.order_parser.markup import BLANK_BOX, TICKED_BOX, strip_markdown, word_set

# A line that starts a numbered or roman-numbered paragraph: "1.", "**2.**", "IV.", "3)".
LINE_MARKER = re.compile(r"^(?:\*\*)?(?P<n>\d{1,2}|[IVX]{1,5})[.)](?:\*\*)?(?=\s|$)")
# A line that ends inside a citation, its number on the next line.
_CITE_END = re.compile(r"\b(?:No|Nos|Dkt|Doc|ECF|Docket|Entry)\.?\s*$", re.IGNORECASE)
_MARGIN_ONLY = re.compile(r"^(?:\d{1,2}\s*)+$")
_NUMBER_RUN = re.compile(r"(?<![\d:/-])(?:\d{1,2}\s+){4,}\d{1,2}(?![\d:/-])")
_FUNCTION_WORDS = word_set(
    "the a an of and or to in at for by with on before after from than that which per via re no not"
)
_SHORT_LINE = 40
_ADDRESS_LABEL = re.compile(r"\b(?:attn|attention|c/o|care\s+of)\.?\s*:$", re.IGNORECASE)
# "s/ Anne B. Carter" under the last paragraph: the signature, not the sentence running on
# (its lower-case "s" read as a continuation kept the signer's name in the last duty's quote).
_SIGNATURE = re.compile(r"/?s/\s*[A-Z]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")
_TAIL = 100  # characters of a block's end read to tell whether its prose stops short
_OPEN_DATE = re.compile(rf"\b{MONTH}\.?(?:\s+\d{{1,2}},?)?$", re.IGNORECASE)
_LEADS_DATE = re.compile(rf"(?:{DATE})", re.IGNORECASE)


def has_margin_numbers(text: str) -> bool:
    """Pleading paper: a run like "2 3 4 5 6", or many lines holding only a small number."""
    for run in _NUMBER_RUN.finditer(text):
        values = [int(v) for v in run.group(0).split()]
        steps = sum(1 for a, b in pairwise(values) if b == a + 1)
        if steps >= 4:
            return True
    alone = sum(1 for ln in text.splitlines() if re.fullmatch(r"\s*\d{1,2}\s*", ln))
    return alone >= 6 or _numbered_lines(text)


_LINE_NUMBER = re.compile(r"\s*(\d{1,2})(?:\s|$)")


def _numbered_lines(text: str) -> bool:
    """Line numbers in front of the text ("13 District of Washington ...", "14 26, 2023"):
    six lines in a row numbered one more than the line before (28 wraps to 1)."""
    steps, last = 0, None
    for line in text.splitlines():
        m = _LINE_NUMBER.match(line)
        n = int(m.group(1)) if m else None
        steps = steps + 1 if n is not None and last is not None and n == last % 28 + 1 else 0
        if steps >= 6:
            return True
        last = n
    return False


def _all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _ends_open(line: str) -> bool:
    """The line stops where a sentence cannot: after a comma, hyphen or a function word."""
    if re.search(r"[,;(\-–—/&]$", line):
        return True
    if _PLACE_NUMBER_END.search(line):
        return False  # "in Courtroom No. 4": "no" is the number's label, not a function word
    last = re.findall(r"[A-Za-z]+", line[-12:])
    return bool(last) and last[-1].lower() in _FUNCTION_WORDS


# A room, courtroom or floor and its number end the line: where a setting ends, its period
# lost (a paragraph break follows, not a page break inside the sentence).
_PLACE_NUMBER_END = re.compile(
    r"\b(?:court\s*room|c(?:ou)?r?trm|room|rm|floor|fl|suite|ste|no)\.?\s*#?\d{1,4}[A-Z]?$",
    re.IGNORECASE,
)


def _prose_stops_short(line: str) -> bool:
    """A long line of running prose with no end mark: the page broke inside its sentence.
    Headings and caption lines (capitals, title case, short) end without a mark anyway."""
    if len(line) < _SHORT_LINE or _all_caps(line) or re.search(r"[.!?:;”\")\]*_]$", line):
        return False
    if _PLACE_NUMBER_END.search(line):
        return False  # "... at 10:00 a.m. in Ctrm. 8": the place closes the setting
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    lower = sum(1 for w in words if w[0].islower())
    return lower * 2 >= len(words)  # title case capitalises most words; prose does not


_SENTENCE_END = re.compile(r"[.!?:;][”\")\]]*\s")


def _open_sentence(tail: str) -> str:
    """The end of a block after its last sentence end: the sentence still open, if any."""
    ends = list(_SENTENCE_END.finditer(tail))
    return tail[ends[-1].end() :] if ends else tail


def _runs_on(prev: str, tail: str) -> bool:
    """The block's open sentence is prose that stops short. Not for a table's row (cells
    apart by a column gap): its rows' words are no sentence ("Written demand    21")."""
    return _CELL_GAP.search(prev) is None and _prose_stops_short(_open_sentence(tail))


def _number_carries_on(prev: str, nxt: str) -> bool:
    """"... Fresno, CA" | "93721, so that it arrives ...": a number and a comma or a lower-case
    word after a line with no end mark carry its sentence on (an address, a date's year)."""
    ended = re.search(r"[.!?:;”\")\]*_]$", prev) or _all_caps(prev)
    return not ended and re.match(r"\d+(?:,|\s+[a-z])", nxt) is not None


def _starts_new(line: str) -> bool:
    return bool(re.match(r"[\"“‘(\[*]*[A-Z0-9]", line))


def _boundary(prev: str, nxt: str, blank: bool, tail: str = "") -> bool:
    """Whether a hard boundary falls between two (markdown-stripped) content lines.
    `tail` is the end of the block `prev` closes, its wrapped lines joined."""
    if LINE_MARKER.match(nxt) and not blank and _CITE_END.search(prev):
        return False  # "(ECF No." | "51) could not go forward": the cite's number, no item
    if LINE_MARKER.match(nxt) or _SIGNATURE.match(nxt):
        return True
    if nxt[:1].islower():
        # A lower-case start continues the sentence, even across a blank line (a page
        # break in the middle of a sentence) -- unless it is a lettered item "a." / "(a)".
        return bool(re.match(r"[a-z][.)]\s", nxt))
    if blank:
        # A page break inside a sentence: "no later than May" | "5, 2020, ...", or a line of
        # prose that stops where no sentence can ("... Fresno, CA" | "93721, so that ...").
        if _all_caps(nxt):
            return True
        return not (
            _ends_open(prev)
            or _OPEN_DATE.search(prev)
            or _prose_stops_short(prev)
            # The paragraph's last wrapped line is short ("... scheduled for a Settlement"
            # | "Conference on March 20, 2012"): whether it stops short is read from the
            # paragraph's open sentence, not from the few words left on its last line.
            or _runs_on(prev, tail)
            or _number_carries_on(prev, nxt)
        )
    if prev.endswith(":") and _starts_new(nxt):
        # "directed to appear on:" and the date on the next line are one sentence; so are
        # an address's "Attn:" and the name it introduces ("... statement Attn:" |
        # "Magistrate Judge Carolyn K. Delaney, ... so it arrives no later than ...").
        # And "to the following email address:" | "SKOorders@caed.uscourts.gov, to arrive".
        return (
            _LEADS_DATE.match(nxt) is None
            and _ADDRESS_LABEL.search(prev) is None
            and _EMAIL.match(nxt) is None
        )
    prev_caps, next_caps = _all_caps(prev), _all_caps(nxt)
    if prev_caps and not next_caps:
        return not _ends_open(prev)
    if next_caps and not prev_caps:
        return bool(re.search(r"[.!?:”\")]$", prev)) or len(prev) < _SHORT_LINE
    if prev_caps and next_caps:
        return False  # a heading wrapped over several lines
    # A short line is a heading or a signature line, unless a date runs on from it
    # ("... scheduled for Tuesday, July" | "26, 2005 at 8:30 a.m.").
    # Nor when it is the last wrapped line of a sentence that runs on: on pleading paper
    # the blank line after it is only a line number ("3 Settlement" | "4" | "5 Conference
    # on March 20, 2012"), so it is no blank line here.
    return (
        len(prev) < _SHORT_LINE
        and not _ends_open(prev)
        and not (_OPEN_DATE.search(prev) and re.match(r"\d", nxt))
        and _starts_new(nxt)
        and not (tail != prev and _runs_on(prev, tail))
    )


_LEADING_MARGIN = re.compile(r"^\d{1,2}\s+(?=\S)")
# A row of a schedule laid out in columns or with a dotted leader ("Settlement statements due
# ....... 5/12/2025", "July 11, 2025        Exchange of written demand and offer") and a
# list item opened by a bullet or a check box: each its own block, never run into the next
# row (which would read one row's date with the next row's words).
_LEADER = re.compile(r"\S\s*\.{4,}\s*\S")
_CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_DATED_CELL = re.compile(rf"(?:{DATE})", re.IGNORECASE)
_BULLET = re.compile(rf"^(?:[•·▪◦●■□☐✓✔➢►]|{TICKED_BOX}|{BLANK_BOX}|[-*](?=\s))")


# "14", "twenty-one (21) days", "10 court days", "seven (7) days before the conference".
_COUNT_CELL = re.compile(
    r"(?:[a-z]+(?:-[a-z]+)?\s+\()?\d{1,3}\)?"
    r"(?:\s+(?:calendar\s+|business\s+|court\s+)?days?(?:\s+(?:before|after|prior\s+to)\b.*)?)?",
    re.IGNORECASE,
)
_PERIOD_CELL = re.compile(
    r"(?:[a-z]+(?:-[a-z]+)?\s+\()?\d{1,3}\)?\s+(?:calendar\s+|business\s+|court\s+)?days?"
    r"\s+(?:before|after|prior\s+to)\b.*",
    re.IGNORECASE,
)
_FIELD = re.compile(r"[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}\s*:")
# A check-box form's row: its label, then its boxes in a column.
_FORM_LABEL = re.compile(r"[A-Z][A-Za-z'’]+(?: [A-Za-z'’]+){0,5}\s*:")
_BOX = re.compile(rf"(?:{TICKED_BOX}|{BLANK_BOX})")


def _is_row(line: str) -> bool:
    if _LEADER.search(line) or _BULLET.match(line):
        return True
    cells = _CELL_GAP.split(line)
    if len(cells) < 2:
        return False
    if _FORM_LABEL.fullmatch(cells[0]) and _BOX.match(cells[1]):
        return True  # "Statements due:     ☒ 5 business days before   ☐ 7 days before"
    if _COUNT_CELL.fullmatch(cells[-1]) and re.match(r"(?:\(\w{1,3}\)\s*)?[A-Za-z]", cells[0]):
        return True  # "Written response          14": the count's column heading says of what
    if any(_PERIOD_CELL.fullmatch(c) for c in cells[1:]) and re.match(r"[A-Za-z]", cells[0]):
        return True  # "Position papers    7 days before the conference    LCvR 16.2(D)"
    # A date opens a cell after the first, or opens the first with cells after it -- unless
    # the words before it want it as their object: a justified PDF line "... on or before
    # March 5, 2026, and ..." is prose whose spacing is wide, not a table.
    return any(
        _DATED_CELL.match(c) and (i == 0 or not _ends_open(cells[i - 1]))
        for i, c in enumerate(cells)
    )


def split_blocks(text: str, *, margin_numbers: bool = False) -> list[str]:
    """Blocks of raw (still markdown) text, each on one line with single spaces. On
    pleading paper a line's own number in front of it ("27 to the settlement ...") is not
    looked at when deciding where a block ends; it stays in the text."""
    blocks: list[str] = []
    current: list[str] = []
    prev: str | None = None
    prev_row = False
    blank = False
    bulleted = False  # the current block opened with a bullet or a check box
    tail = ""  # the current block's last characters, its lines joined
    for raw in text.split("\n"):
        check()
        line = raw.strip()
        if not line:
            blank = True
            continue
        plain = strip_markdown(line).strip()
        if margin_numbers and not _MARGIN_ONLY.fullmatch(plain):
            plain = _LEADING_MARGIN.sub("", plain)
        if not plain:
            continue
        if _MARGIN_ONLY.fullmatch(plain) and current:
            current.append(line)  # a margin or page number never ends a block
            continue
        row = _is_row(plain)
        # A row's cell wrapped onto the next line goes on in lower case ("and offer"); after
        # a blank line, a table's last row has ended ("Statements   5 business days before
        # the conference" | "" | "All parties must attend ...").
        row_edge = (row or prev_row) and (not plain[:1].islower() or (prev_row and blank))
        # Lines opening with the same field name are rows of one list: "Deadline: 14 days
        # before the conference -- demand" | "Deadline: 7 days before ... -- counteroffer".
        field = _FIELD.match(plain)
        if field and prev and prev.lower().startswith(field.group(0).lower()):
            row = row_edge = True
        # A bulleted item wrapped onto the next line: "( X ) Each party shall submit ... no
        # later than" | "10 days before the conference." -- the item has not ended, and the
        # next line opens no item of its own.
        wrapped = (
            bulleted
            and not blank
            and prev is not None
            and not re.search(r"[.;:!?]$", prev)
            and not (_BULLET.match(plain) or LINE_MARKER.match(plain) or _all_caps(plain))
        )
        if (
            current
            and prev is not None
            and not wrapped
            and (row_edge or _boundary(prev, plain, blank, tail))
        ):
            blocks.append(" ".join(current))
            current, tail = [], ""
        if not current:
            bulleted = _BULLET.match(plain) is not None
        current.append(line)
        # Bounded: the test reads a sentence's end, and a block may be a whole order.
        tail = f"{tail} {plain}"[-_TAIL:].lstrip() if tail else plain
        prev, prev_row, blank = plain, row, False
    if current:
        blocks.append(" ".join(current))
    return [" ".join(b.split()) for b in blocks]


def drop_margin_numbers(text: str) -> str:
    """Standalone 1-2 digit numbers removed: for reading names and captions on pleading
    paper only (it would also remove "Courtroom 8"), never for quotes or deadlines."""
    return re.sub(r"(?<!\S)\d{1,2}(?!\S)[ \t]*", "", text)
