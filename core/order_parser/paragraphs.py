"""Blocks to numbered paragraphs and their sentences.

A paragraph starts at a number in sequence ("1.", "2." ... or "I.", "II."), at the start
of a line or, in text that lost its line breaks, right after a sentence. Un-numbered
blocks that follow belong to the paragraph before them; text before the first number
is the preamble (number None). The signature block after "SO ORDERED" is not a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from settleconf.core.order import Paragraph
from settleconf.core.order_parser.blocks import LINE_MARKER, split_blocks
from settleconf.core.order_parser.deadline import check
from settleconf.core.order_parser.markup import collapse, strip_markdown
from settleconf.core.order_parser.sentences import cut_long, ends_sentence, split_sentences

_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
    "XIII": 13,
    "XIV": 14,
    "XV": 15,
}
# After a sentence end (and any footnote or margin digits): "... conference. 4. Parties".
_INLINE_MARKER = re.compile(
    r"(?<=[.:;])[”\"’)]?(?:\s*\d{1,2}(?![.\d]))*\s+(?P<n>\d{1,2})\.\s+(?=[A-Z“\"(*])"
)
_CLOSING = re.compile(
    r"^(?:\*\*)?(?:(?:it\s+is\s+)?so\s+ordered\b|(?:dated|entered|signed)\b|(?:date|enter)\s*:)",
    re.IGNORECASE,
)
_SO_ORDERED = re.compile(r"^(?:\*\*)?(?:it\s+is\s+)?so\s+ordered\b", re.IGNORECASE)
# "DATE: Tuesday, October 21, 2025" with "TIME:" on its own line next: the fields of a
# setting ("... set for a Settlement Conference as follows:"), not the signature's date.
_SETTING_DATE = re.compile(r"^\s*date\s*:", re.IGNORECASE)
# A form's row keeps both on one line: "DATE: Wed., 4/14/2027     TIME: 10:00 AM".
# "Date: 01/13/2028 10:00 AM, Newark, Courtroom 2D" (a colleague's note, a notice's row): a
# clock time on the "Date:" line is when a session meets; a signature's date has none.
_SETTING_CLOCK = re.compile(r"^\s*date\s*:[^\n]{0,40}?\b\d{1,2}:\d{2}\s*[ap]\.?\s?m\b", re.I)
_SETTING_TIME = re.compile(r"^\s*time\s*:|(?<=[\s_])time\s*:", re.IGNORECASE | re.MULTILINE)


# The end of a block's first sentence: "... on January 22, 2009. The parties' ...".
_FIRST_STOP = re.compile(r"[.;:]\s+(?=[A-Z“\"(])")


def _prose_follows(block: str) -> bool:
    """A minute order's "Entered by ... on January 22, 2009." line that runs on into the
    order's text when a PDF's lines are kept: it heads the body, it does not close it (read
    as the signature, the whole order after it was dropped without a word)."""
    stop = _FIRST_STOP.search(block)
    rest = collapse(block[stop.end() :]) if stop else ""
    return _is_prose(rest) and _VERBS.search(rest) is not None


# "SO ORDERED as modified: the conference will begin at 2:00 p.m.", "SO ORDERED, except that
# the conference will be held on ...": the judge's changes to a so-ordered letter or
# stipulation are the order's words, not its signature.
_SO_ORDERED_CHANGED = re.compile(
    r"^(?:\*\*)?(?:it\s+is\s+)?so\s+ordered\b[,;:]?\s*(?:as\s+(?:modified|amended)\b"
    r"|except\b|with\s+the\s+following\s+(?:modification|change|exception)|provided\s+that\b"
    r"|subject\s+to\s+the\s+following\b)",
    re.IGNORECASE,
)


def _closes(blocks: list[str], i: int) -> bool:
    if i == 0 or not _CLOSING.match(blocks[i]) or _SO_ORDERED_CHANGED.match(blocks[i]):
        return False
    if _SO_ORDERED.match(blocks[i]) is None and _prose_follows(blocks[i]):
        return False
    if not _SETTING_DATE.match(blocks[i]):
        return True
    if _SETTING_CLOCK.match(blocks[i]):
        return False
    following = blocks[i + 1] if i + 1 < len(blocks) else ""
    return not (_SETTING_TIME.search(blocks[i]) or _SETTING_TIME.match(following))


_VERBS = re.compile(
    r"\b(?:shall|must|will|is|are|was|were|be|been|should|may|has|have|had|can|do|does)\b", re.I
)
_MAX_GAP = 3  # numbers may be skipped in excerpts ("2.", "4.", "5."), never by more


@dataclass(frozen=True)
class Sentence:
    text: str  # markdown-free, single-spaced
    paragraph: str | None
    index: int  # position in the whole order


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    closing: str  # the signature block, markdown-free
    closed: bool  # a "SO ORDERED" closing was found: the text is complete
    cut: bool = False  # a sentence too long to read whole was read in pieces
    # Prose follows the closing: procedures attached after the signature, or a site's
    # "Date:" line above the order read as a closing. Such text can still be cut short.
    resumed: bool = False


@dataclass
class _Draft:
    number: str | None
    heading: str | None
    parts: list[str]


class _Sequence:
    """Which paragraph numbers are accepted: each must follow the last one."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {"digit": 0, "roman": 0}

    def fits(self, token: str, *, strict: bool) -> bool:
        kind, value = self._read(token)
        last = self.last[kind]
        return value > 0 and (value == last + 1 if strict else last < value <= last + _MAX_GAP)

    def accept(self, token: str, *, strict: bool) -> bool:
        ok = self.fits(token, strict=strict)
        if ok:
            kind, value = self._read(token)
            self.last[kind] = value
        return ok

    @staticmethod
    def _read(token: str) -> tuple[str, int]:
        if token.isdigit():
            return "digit", int(token)
        return "roman", _ROMAN.get(token, 0)


def _split_heading(raw: str) -> tuple[str | None, str]:
    """Heading and rest: "**Confidentiality.** All ..." -> ("Confidentiality", "All ...")."""
    stripped = raw.lstrip()
    if stripped.startswith("**"):
        close = stripped.find("**", 3 if stripped.startswith("***") else 2)
        if close != -1:
            inner = collapse(strip_markdown(stripped[: close + 2]))
            if re.search(r"[.:]$", inner) and len(inner.split()) <= 12:
                return inner.rstrip(".: "), stripped[close + 2 :]
    plain = collapse(strip_markdown(stripped))
    first = re.match(r"(?P<h>[A-Z][^.:;]{0,80}?)[.:](?:\s+|$)(?=[A-Z“\"(]|$)", plain)
    # "5. A settlement conference pursuant to L. Civ. R. 301.1 will be held ...": a stop after
    # an initial or an abbreviation ends no heading
    stop = first.end("h") if first else 0
    if first and plain[stop] == "." and not ends_sentence(plain[: stop + 1], plain[stop + 1 :]):
        first = None
    if first:
        heading = first.group("h")
        words = heading.split()
        if _all_caps(heading) and len(words) <= 10:
            return heading, plain[first.end() :]
        if len(words) <= 6 and not _VERBS.search(heading) and not re.search(r"\d", heading):
            return heading, plain[first.end() :]
    # The short test first: `plain` is all the rest of the block, once per paragraph.
    if len(plain.split()) <= 10 and _all_caps(plain):
        return plain.rstrip("."), ""
    return None, raw


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def _is_prose(text: str) -> bool:
    """A run of words that reads as a sentence, not a caption line or a title."""
    words = text.split()
    return len(words) >= 8 and sum(1 for w in words if w[:1].islower()) >= 4


def _trim_margin(text: str, margin: bool) -> str:
    # Margin digits left dangling before an inline paragraph number: "in person.1 1".
    return re.sub(r"(?<=[.:;”\"])(?:\s*\d{1,2})+\s*$", "", text) if margin else text


def build_layout(text: str, *, margin_numbers: bool) -> Layout:
    blocks = split_blocks(text, margin_numbers=margin_numbers)
    closing_at = next((i for i in range(len(blocks)) if _closes(blocks, i)), len(blocks))
    # Procedures attached after the signature ("PROCEDURES APPLICABLE TO CASES REFERRED FOR
    # SETTLEMENT ...") are part of the order: prose after the signature block is read again.
    resume = next(
        (
            i
            for i in range(closing_at + 1, len(blocks))
            if _is_prose(collapse(strip_markdown(blocks[i])))
        ),
        len(blocks),
    )
    body, closing, attached = blocks[:closing_at], blocks[closing_at:resume], blocks[resume:]
    seq = _Sequence()
    drafts: list[_Draft] = [_Draft(None, None, [])]
    for block in body:
        check()
        rest = block
        marker = LINE_MARKER.match(block)
        if marker and seq.accept(marker.group("n"), strict=False):
            heading, rest = _split_heading(block[marker.end() :])
            drafts.append(_Draft(marker.group("n"), heading, []))
        elif drafts[-1].number is not None and drafts[-1].heading is None and not drafts[-1].parts:
            # "IV." alone on its line, the heading on the next: "CONFERENCE MEMORANDA."
            heading, rest = _split_heading(block)
            drafts[-1].heading = heading
        while True:
            found = next(
                (m for m in _INLINE_MARKER.finditer(rest) if seq.fits(m.group("n"), strict=True)),
                None,
            )
            if found is None:
                break
            check()
            seq.accept(found.group("n"), strict=True)
            drafts[-1].parts.append(_trim_margin(rest[: found.start()], margin_numbers))
            heading, rest = _split_heading(rest[found.end() :])
            drafts.append(_Draft(found.group("n"), heading, []))
        if rest.strip():
            drafts[-1].parts.append(rest)
    if attached:
        drafts.append(_Draft(None, None, attached))
    return _assemble(drafts, closing, margin_numbers, resumed=bool(attached))


def _assemble(
    drafts: list[_Draft], closing: list[str], margin: bool, *, resumed: bool = False
) -> Layout:
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    cut = False
    for draft in drafts:
        parts = [collapse(strip_markdown(p)) for p in draft.parts]
        parts = [p for p in parts if p]
        if draft.number is None and not parts:
            continue
        # The caption block (court, parties, title, docket number) is not preamble prose;
        # its lines still yield sentences below, for docket-entry text that sits there.
        shown = parts
        if draft.number is None:
            first = next((i for i, p in enumerate(parts) if _is_prose(p)), 0)
            shown = parts[first:]
        paragraphs.append(Paragraph(draft.number, draft.heading, " ".join(shown)))
        for part in parts:
            check()
            for whole in split_sentences(part, margin_numbers=margin):
                pieces = cut_long(whole)
                cut = cut or len(pieces) > 1
                for s in pieces:
                    sentences.append(Sentence(s, draft.number, len(sentences)))
    closing_text = "\n".join(collapse(strip_markdown(b)) for b in closing)
    return Layout(tuple(paragraphs), tuple(sentences), closing_text, bool(closing), cut, resumed)
