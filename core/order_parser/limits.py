"""How much of one order is read, and the note that says when an order was cut.

A settlement-conference order is a few pages: the example order is 2 pages and 3,000
characters, and the labeled corpus excerpts are under 2,000 characters each. Anything
much larger is another kind of document (or one built to stall the reader: issue #11, a
1.9 KB PDF drawing one form thousands of times extracts to a megabyte of text), so:

- MAX_PAGES: 200 pages, ten times a long order with its exhibits.
- MAX_CHARS: 400,000 characters, ~130 dense pages. Parsing is linear (bench/parse_slope.py)
  and this many characters of the worst text parse in well under the `add` time budget.
- MAX_DRAWS: 2,000 forms or images drawn in the whole PDF. Court PDFs draw a stamp or a
  signature per page; each drawing of a form costs pypdf ~0.5 ms even when it holds no
  text, and pypdf's own limit (5,000 in recent versions) is per page.

A cut is recorded as a last line of the text, `[settleconf: Only the first ...]`, not
beside it: file text reaches the bot as a plain string (the adapters call
`read_order_text`), and the stored text is parsed again on Confirm, so the note has to
travel and be stored with the text it describes. `parse_order` takes it off and turns it
into the order's first warning.
"""

from __future__ import annotations

import re

MAX_PAGES = 200
MAX_CHARS = 400_000
MAX_DRAWS = 2_000
_CUT_WINDOW = 10_000  # how far back from MAX_CHARS a line or word break is looked for
_NOTE = re.compile(r"\n\[settleconf: (Only the first [^\]\n]{1,300})\]\n*\Z")


def note_line(warning: str) -> str:
    return f"\n[settleconf: {warning}]\n"


def split_note(text: str) -> tuple[str, str | None]:
    """The text without its cut note, and the note's warning (None: not cut)."""
    m = _NOTE.search(text, max(0, len(text) - 400))  # the note is the last line
    return (text[: m.start()], m.group(1)) if m else (text, None)


def chars_warning() -> str:
    return (
        f"Only the first {MAX_CHARS:,} characters of this order were read; a settlement "
        "order is far shorter, so check that this is the right document."
    )


def pages_warning(total: int) -> str:
    return (
        f"Only the first {MAX_PAGES} of its {total} pages were read; a settlement order is "
        "far shorter, so check that this is the right document."
    )


def draws_warning(read: int) -> str:
    pages = "page was" if read == 1 else f"{read} pages were"
    return (
        f"Only the first {pages} read: the rest of this order draws the same content "
        "thousands of times. Check the deadlines against the order."
    )


def cap_text(text: str) -> str:
    """At most MAX_CHARS characters of `text` (cut at a line or word break when there is
    one near the limit), with the note saying so; shorter text comes back unchanged."""
    body, _ = split_note(text)
    if len(body) <= MAX_CHARS:
        return text
    floor = MAX_CHARS - _CUT_WINDOW
    cut = body.rfind("\n", floor, MAX_CHARS)
    if cut == -1:
        cut = body.rfind(" ", floor, MAX_CHARS)
    if cut == -1:
        cut = MAX_CHARS
    return body[:cut] + note_line(chars_warning())
