"""Order files to plain text: .txt/.md read as UTF-8, .pdf through pypdf's text layer.

The cleanup here is only what every later step needs (line endings, odd spaces,
ligatures, page furniture); markdown emphasis is kept because paragraph headings are
found from it, and is stripped later by `markup.strip_markdown`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from settleconf.core.order_parser import limits
from settleconf.core.order_parser.blocks import has_margin_numbers
from settleconf.core.order_parser.clerk_stamps import drop_clerk_stamps
from settleconf.core.order_parser.errors import OrderTextError
from settleconf.core.order_parser.fax_banners import is_fax_banner
from settleconf.core.order_parser.form_borders import drop_form_lines, drop_left_borders
from settleconf.core.order_parser.glued_text import respace_dates, unglue
from settleconf.core.order_parser.interleaved_columns import unweave_columns
from settleconf.core.order_parser.ocr_dates import mend_ocr_dates
from settleconf.core.order_parser.ocr_numerals import mend_meridians, mend_ocr_numerals
from settleconf.core.order_parser.ocr_ordinals import mend_ordinals
from settleconf.core.order_parser.ocr_page_heads import is_ocr_page_head
from settleconf.core.order_parser.ocr_words import mend_ocr_words
from settleconf.core.order_parser.page_joins import (
    close_margin_splits,
    drop_lone_line_numbers,
    finish_open_dates,
)
from settleconf.core.order_parser.sentences import ends_sentence
from settleconf.core.order_parser.split_words import join_split_words
from settleconf.core.order_parser.star_pages import drop_star_pages

if TYPE_CHECKING:
    from pypdf import PdfReader

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})

# Characters PDF text layers and word processors use that mean plain ASCII here.
_CHAR_FIXES = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        # Every other fixed-width space word processors put in dates and times (en, em,
        # figure, thin, hair ...): left in, "June\u20072, 2021" is no date.
        **{chr(c): " " for c in range(0x2000, 0x200B)},
        "\u202f": " ",
        "\u205f": " ",
        "\u3000": " ",
        "\u2028": "\n",  # line and paragraph separators
        "\u2029": "\n",
        "\u200b": "",  # zero-width space
        "\u00ad": "",  # soft hyphen: only marks a possible break
        # Unicode's own hyphens, as word processors set "e\u2011mail" or a break "be\u2011\nfore":
        # left in, "seven (7) days be\u2011fore the conference" was no period at all.
        "\u2010": "-",
        "\u2011": "-",
        "\ufeff": "",  # byte-order mark
        "\x00": "",  # NUL: never text, and PostgreSQL cannot store it
        "\f": "\n",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb00": "ff",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)
# "Page 2 of 6" and the ECF stamp "Case 3:07-cv-04771 Document 99 Filed 02/15/2008 Page 2 of 3"
# repeat on every page; they are not part of any sentence.
_PAGE_LINE = re.compile(
    r"^\s*(?:-\s*)?page\s+\d+(?:\s+of\s+\d+)?\s*(?:-\s*)?$|^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$",
    re.IGNORECASE,
)  # "Page 2 of 6", "- 2 -"
# A running head naming the case ("Case No. 1:24-cv-01234 -- Order re Settlement"): when it
# repeats, the later copies are page furniture inside the text.
_CASE_HEAD = re.compile(
    r"^\s*(?:case|civil\s+action|no\.)\b.{0,40}\d+:\d{2}-?[a-z]{2,4}-?\d+", re.IGNORECASE
)
# A running head's first copy within this many lines of the top is the caption's own.
_TOP_LINES = 12
# The ECF stamp at the top of every page. The first one stays (the docket number is read
# from it); later ones sit inside sentences that run over a page break.
# Courts word it their own way: S.D. Ohio "Case: 2:26-cv-00940-ALM Doc #: 27 Filed: 03/16/26
# Page: 2 of 3 PAGEID #: 412", N.D. Ill. "Document #: 91 Filed: ...", S.D. Tex. "Filed in
# TXSD on 03/16/26", S.D. Fla. "Entered on FLSD Docket 03/16/2026", N.D. Ind. "USDC IN/ND case".
_ECF_STAMP = re.compile(
    r"^\s*(?:USDC\s+[A-Z]{2}/[A-Z]{1,2}\s+)?Case:?\s+\d+:\S+\s+"
    r"(?:Document|Doc\.?|Dkt\.?)(?:\s*#)?:?\s*\d+(?:-\d+)?\s+"
    r"(?:Filed:?(?:\s+in\s+[A-Z]{2,6}\s+on)?|Entered\s+on\s+[A-Z]{2,6}\s+Docket)\s+\S+\s+"
    r"Page:?\s+\d+\s+of\s+\d+(?:\s+Page\s*ID\s*#?:?\s*\d+)?\s*$",
    re.IGNORECASE,
)


def read_order_text(path: Path) -> str:
    """The text of an order file; raises OrderTextError with a one-line reason."""
    name = path.name
    if not path.exists():
        raise OrderTextError(f"File not found: {name}.")
    if not path.is_file():
        raise OrderTextError(f"{name} is not a file.")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        # Orders copied from web pages carry the odd stray byte; losing one character is
        # better than refusing the whole order.
        text = path.read_bytes().decode("utf-8", errors="replace")
    elif suffix in PDF_SUFFIXES:
        text = _pdf_text(path)
    else:
        kinds = ", ".join(sorted(TEXT_SUFFIXES | PDF_SUFFIXES))
        raise OrderTextError(f"{name}: unsupported file type '{suffix or '(none)'}'; use {kinds}.")
    # OCR menders left to parse_order, which logs each repair for the lawyer to check.
    cleaned = clean_text(text, mend_ocr=False)
    if not cleaned.strip():
        raise OrderTextError(f"{name} contains no text.")
    return limits.cap_text(cleaned)


def _pdf_text(path: Path) -> str:
    # Imported here: pypdf adds ~0.1 s to every start, and most commands read no PDF
    # (bench/cold_start.py).
    from pypdf import PdfReader

    name = path.name
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise OrderTextError(f"{name} is password-protected; send an unlocked copy.")
        pages, cut = _read_pages(reader, name)
    except OrderTextError:
        raise
    except Exception as exc:
        # pypdf reports damaged or non-PDF input through an open-ended set of exception
        # types (PdfReadError, ValueError, KeyError, ... and NotImplementedError for a
        # corrupted filter name, found by tests/property): everything raised while it
        # reads untrusted bytes is the file's fault, and the user is told so.
        raise OrderTextError(f"{name} is not a readable PDF ({type(exc).__name__}).") from exc
    if not any(page.strip() for page in pages):
        raise OrderTextError(
            f"{name} has no text layer (probably a scanned image); "
            "send a text PDF or run OCR first."
        )
    return join_pages(pages) + (limits.note_line(cut) if cut else "")


class _TooManyDraws(Exception):
    pass


def _read_pages(reader: PdfReader, name: str) -> tuple[list[str], str | None]:
    """The pages' text, stopping at the limits (see limits.py), and what was left unread."""
    pages: list[str] = []
    chars = draws = 0

    def count(operator: bytes, *_: object) -> None:
        # Raised from here, pypdf stops the page at once; inside a form it logs and goes
        # on, so every later operator raises again until the page's own loop sees one.
        nonlocal draws
        draws += operator == b"Do"
        if draws > limits.MAX_DRAWS:
            raise _TooManyDraws

    total = len(reader.pages)
    for i, page in enumerate(reader.pages):
        if i == limits.MAX_PAGES:
            return pages, limits.pages_warning(total)
        if chars > limits.MAX_CHARS:
            return pages, None  # cap_text cuts the text and says so
        try:
            text = page.extract_text(visitor_operand_before=count) or ""
        except _TooManyDraws:
            if not pages:
                raise OrderTextError(
                    f"{name} draws the same content thousands of times, so I can't read it "
                    "as an order; send it as a plain PDF or text."
                ) from None
            return pages, limits.draws_warning(len(pages))
        pages.append(text)
        chars += len(text)
    return pages, None


def join_pages(pages: list[str]) -> str:
    """Pages joined into one text, without the running headers repeated on later pages.

    The first page keeps its header lines: the case number and filing date there are
    read by the header parser.
    """
    counts = Counter(
        line.strip() for page in pages for line in set(page.splitlines()) if line.strip()
    )
    repeated = {line for line, n in counts.items() if n > 1 and len(pages) > 1}
    out: list[str] = []
    for i, page in enumerate(pages):
        lines = page.splitlines()
        if i > 0:
            lines = [ln for ln in lines if ln.strip() not in repeated or _is_content(ln)]
        out.append("\n".join(lines))
    # A page break is only a line break: a sentence may run on to the next page.
    return "\n".join(out)


def _is_content(line: str) -> bool:
    """Repeated lines that are still content (a repeated sentence, not a page header)."""
    return len(line.strip()) > 80


# Text copied out of a web page or an HTML e-mail keeps its markup: "Tuesday,&nbsp;June&nbsp;16,
# 2026", "<p>Each party shall ...</p>", "FOR THE DISTRICT<br>". Only the common tags are taken
# as markup, so an e-mail address in angle brackets ("<clerk@court.gov>") stays.
_HTML_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div|li|tr|h[1-6]|ul|ol|table)\b[^<>\n]{0,200}>", re.I)
_HTML_TAG = re.compile(
    r"</?(?:b|i|u|em|strong|span|font|a|sup|sub|td|th|tbody|thead|center|html|body|hr|small)"
    r"\b[^<>\n]{0,200}>",
    re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#[xX][0-9a-fA-F]{1,5});")


def _drop_html(text: str) -> str:
    if "<" not in text and "&" not in text:
        return text
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    return _HTML_ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _splits_sentence(lines: list[str], at: int) -> bool:
    """The line at `at` stands inside a sentence: the line before ends with no end mark
    and the one after carries on in lower case."""
    before = lines[at - 1].rstrip() if at > 0 else ""
    after = lines[at + 1].lstrip() if at + 1 < len(lines) else ""
    return bool(before) and before[-1] not in ".:;!?)" and after[:1].islower()


# A numbered or lettered item, or a line of pleading-paper margin numbers: what opens a
# new block rather than carrying on a sentence.
_BLOCK_START = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[ivxIVX]{1,5}|[A-Za-z])[.)]\s|[\d\s]*$)")


def _furniture_span(lines: list[str], at: int) -> slice:
    """The stamp line at `at`, with the blank lines around it when it stands inside a
    sentence: "... Suite 5140, San" / (blank) / stamp / (blank) / "Diego, California 92101,
    is CONTINUED to June 14, 2017" is one sentence over a page break, and the blank lines
    left behind would read as a paragraph break that cuts the new date from its session."""
    before = at - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    after = at + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    if before < 0 or after >= len(lines):
        return slice(at, at + 1)
    tail, head = lines[before].rstrip(), lines[after].lstrip()
    runs_on = (
        (tail[-1] not in ".:;!?)]\"'" or (tail[-1] == "." and not ends_sentence(tail, head)))
        and not tail.isupper()  # a heading at the foot of a page ends there
        and head[:1].isalnum()
        and not _BLOCK_START.match(head)
    )
    return slice(before + 1, after) if runs_on else slice(at, at + 1)


# A footnote mark set as a superscript digit, glued to a word inside its sentence: "seven (7)
# days³ before", "the conference¹, by email". Left in, it hid the period's unit. A mark after
# the stop ("conference.¹") stays: it ends the sentence (sentences.py) and ties the note to it.
_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[ \t]+[a-z(]|,)")


def clean_text(
    text: str, *, mend_ocr: bool = True, repairs: list[tuple[str, str]] | None = None
) -> str:
    """Normalise characters and line endings; drop page-number lines and hyphen breaks;
    with `mend_ocr`, read OCR's misread digits back, each change appended to `repairs`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _FOOTNOTE_MARK.sub("", _drop_html(text).translate(_CHAR_FIXES))
    text = drop_star_pages(text)  # a case-law site's "*2" inside a sentence
    # Dates respaced first ("onOctober 29," is "on October 29,"): a date left open at a
    # page's foot is found by its month (finish_open_dates). Spaces only: lines stay lines.
    text = respace_dates(text)
    lines = unweave_columns(drop_left_borders([ln.rstrip() for ln in text.split("\n")]))
    lines = drop_form_lines(drop_clerk_stamps(lines))
    i = len(lines) - 1
    while i >= 0:  # from the end, so a span's deletion never moves a line still to look at
        if _PAGE_LINE.match(lines[i]):  # "- 3 -" inside a sentence closes up like a stamp
            span = _furniture_span(lines, i)
            del lines[span]
            i = span.start
        i -= 1
    stamps = [i for i, ln in enumerate(lines) if _ECF_STAMP.match(ln)]
    # a fax banner is furniture on every page, the first too: no docket number in it
    stamps += [i for i, ln in enumerate(lines) if is_fax_banner(ln)]
    # a page header OCR misread ("Docurnent 14 ... Pagc 2 of 3") below the text's first line:
    # a later page's; the first page's, atop the text, stays for its docket number
    opening = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    stamps += [
        i
        for i, ln in enumerate(lines)
        if i > opening and not _ECF_STAMP.match(ln) and is_ocr_page_head(ln)
    ]
    seen: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if len(ln) <= 120 and _CASE_HEAD.match(ln):
            first = seen.setdefault(ln.strip(), i)
            if first != i:
                stamps.append(i)
                if first >= _TOP_LINES:
                    # Its first copy sat at a page break too (the first page had none):
                    # furniture inside a sentence as much as the later ones.
                    stamps.append(first)
    first_stamp = min((i for i in stamps if _ECF_STAMP.match(lines[i])), default=None)
    if first_stamp is not None and _splits_sentence(lines, first_stamp):
        # Page 1's footer, not its header: "... no later\nCase 2:26-cv-03312 Document 18
        # Filed 05/04/26 Page 1 of 2\nthan Thursday, June 4, 2026." -- furniture as well.
        first_stamp = None
    # The first stamp too: an excerpt may begin after page 1, its first stamp inside a date.
    finish_open_dates(lines, sorted(set(stamps)))
    for i in sorted(set(stamps) - {first_stamp}, reverse=True):
        span = _furniture_span(lines, i)
        if first_stamp is not None and span.start < first_stamp:
            first_stamp -= span.stop - span.start
        del lines[span]
    if first_stamp is not None and any(ln.strip() for ln in lines[:first_stamp]):
        # An excerpt that begins after page 1: its first stamp sits at a page break, maybe
        # inside a period ("seven (7) <stamp> days before"). Kept for its docket number, but
        # moved to the top, where a page's stamp stands, out of the sentence.
        lines.insert(0, lines.pop(first_stamp))
    if has_margin_numbers("\n".join(lines)):
        lines = close_margin_splits(lines)
    else:
        lines = drop_lone_line_numbers(lines)
    text = "\n".join(lines)
    # A word hyphenated across a line break ("settle-\nment") is one word; a hyphenated
    # name ("Barch-\nKuchta") keeps its hyphen, so only lower-case pairs are joined. First,
    # so the word menders see the whole word: "ext-\nende d" is "extende d", then "extended".
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z]{2})", "", text)
    if mend_ocr:
        text = mend_ocr_dates(mend_meridians(mend_ordinals(unglue(text)), repairs), repairs)
        text = mend_ocr_words(join_split_words(respace_dates(text)))
        text = mend_ocr_numerals(text, repairs)
    else:
        text = join_split_words(respace_dates(unglue(text)))
    return text.strip("\n") + "\n" if text.strip() else ""
