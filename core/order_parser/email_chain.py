"""Forwarded e-mail chains: only the court's text is the order.

Users paste the order as it reached them: a colleague's "FYI - see below, SC is set for
6/15", Outlook's "From: / Sent: / To: / Subject: FW: Activity in Case ..." blocks, Gmail's
"---------- Forwarded message ---------", "-----Original Message-----", "On Mon, Nov 1, 2027
at 3:18 PM <nef@ord.uscourts.gov> wrote:" with every line quoted "> ", and the Notice of
Electronic Filing or docket text at the bottom. A colleague writes dates of their own -- "The
settlement letter must be sent to chambers by 6/4/2027 per our internal rule" -- that read like
duties but are no order's. The paste is cut at each message's header; a message is the court's
when its header comes from a uscourts.gov address or is CM/ECF's own "Activity in Case"
notice, or its body carries the court's words (a Notice of Electronic Filing, "Docket Text:",
"IT IS ORDERED", "Signed by"). A dated duty read only from another message is flagged: it is
someone's note about the order, not the order.

Nothing changes for a paste with no message header, or with no message from the court.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from settleconf.core.order import Obligation
from settleconf.core.order_parser.docket_entries import row_starts
from settleconf.core.order_parser.paragraphs import Sentence

_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.MULTILINE)
# A line that opens a message's header. "From:" counts only with "Sent:", "Date:" or
# "Subject:" close under it (a form's "From:" field is none).
_OPENER = re.compile(
    r"^[ \t]*(?:-{3,}[ \t]*(?:forwarded\s+message|original\s+message)[ \t]*-{3,}"
    r"|begin\s+forwarded\s+message:"
    r"|on\s[^\n]{5,160}\bwrote:[ \t]*$)",
    re.IGNORECASE,
)
# CM/ECF's own text begins: its notice's first line, its heading, the order's "Docket Text:".
_COURT_OPENER = re.compile(
    r"^[ \t]*(?:this\s+is\s+an\s+automatic\s+e-?mail\s+message\s+generated\s+by\s+the\s+cm/ecf"
    r"|notice\s+of\s+electronic\s+filing[ \t]*$|docket\s+text[ \t]*:)",
    re.IGNORECASE,
)
_FROM = re.compile(r"^[ \t]*from:[ \t]", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^[ \t]*(?:sent|date|subject):", re.IGNORECASE)
_COURT_SENDER = re.compile(
    r"uscourts\.gov|^[ \t]*subject:[ \t]*activity\s+in\s+case\b", re.IGNORECASE | re.MULTILINE
)
_COURT_WORDS = re.compile(
    r"notice\s+of\s+electronic\s+filing|docket\s+text\s*:|generated\s+by\s+the\s+cm/ecf"
    r"|\bit\s+is\s+(?:hereby\s+)?ordered\b|\bso\s+ordered\b|\bsigned\s+by\s+(?:magistrate\s+)?judge"
    r"|\(entered:\s*\d",
    re.IGNORECASE,
)
# A note's last line run into the marker under it: "... by 6/4/2027 Docket Text:".
_TRAILING_MARK = re.compile(
    r"\s+(?:docket\s+text\s*:|notice\s+of\s+electronic\s+filing|on\s[^>]{5,160}?\bwrote:)$",
    re.IGNORECASE,
)
_HEADER_LINES = 8  # a header's fields sit within a few lines of its first


@dataclass(frozen=True)
class Message:
    header: str
    body: str  # quote marks taken out, whitespace collapsed
    court: bool


def _flat(text: str) -> str:
    return " ".join(text.replace(">", " ").split())


def _opens(lines: list[str]) -> list[int]:
    """Indexes of the lines that open a message header, a marker and its "From:" as one."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        opens = bool(_OPENER.match(line))
        if not opens and _FROM.match(line):
            below = lines[i + 1 : i + 1 + _HEADER_LINES]
            opens = any(_HEADER_FIELD.match(b) for b in below)
        if opens and not (starts and i - starts[-1] <= 2):
            starts.append(i)
    return starts


def _court_opens(lines: list[str]) -> list[int]:
    """The first line of each stretch of CM/ECF's own text (its notice, its "Docket Text:", a
    docket sheet's row): a note above it is no order's."""
    opens = {i for i, line in enumerate(lines) if _COURT_OPENER.match(line)}
    firsts, at = [], 0  # each line's offset, to find a row's line without recounting
    for line in lines:
        firsts.append(at)
        at += len(line) + 1
    opens |= {bisect_right(firsts, start) - 1 for start in row_starts("\n".join(lines))}
    return sorted(opens)


def _replies(text: str) -> set[int]:
    """Lines that answer below a quoted message: the first unquoted line after quoted ones
    ("> ... Docket Text: ..." then "Thanks. Our letter must go out by 6/1/2027.")."""
    out: set[int] = set()
    quoted_before = False
    for i, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        quoted = bool(_QUOTE_MARKS.match(line))
        if quoted_before and not quoted:
            out.add(i)
        quoted_before = quoted
    return out


def _message_starts(text: str) -> tuple[list[int], set[int], list[int]]:
    """Mail headers, CM/ECF's own text, and every message start, as line indexes."""
    lines = _QUOTE_MARKS.sub("", text).split("\n")
    mail = _opens(lines)
    court_at = set(_court_opens(lines))
    starts = sorted(set(mail) | court_at | _replies(text))
    return mail, court_at, starts


def messages(text: str) -> list[Message]:
    """The paste as pasted (quote marks and all) cut into messages: empty when it has no
    message header, nor a note before CM/ECF's own text."""
    lines = _QUOTE_MARKS.sub("", text).split("\n")
    mail, court_at, starts = _message_starts(text)
    if not mail and not any(ln.strip() for ln in lines[: min(court_at, default=0)]):
        return []
    out = []
    bounds = [0, *starts] if starts[0] > 0 else starts
    for at, end in zip(bounds, [*bounds[1:], len(lines)], strict=True):
        chunk = lines[at:end]
        if at in court_at:
            out.append(Message("", _flat("\n".join(chunk)), True))
            continue
        if at in mail:
            blank = next((i for i, ln in enumerate(chunk) if not ln.strip()), len(chunk))
            header, body = "\n".join(chunk[:blank]), "\n".join(chunk[blank:])
        else:
            header, body = "", "\n".join(chunk)
        court = bool(_COURT_SENDER.search(header) or _COURT_WORDS.search(body))
        out.append(Message(header, _flat(body), court))
    return out


def _note_only(found: list[Message]) -> Callable[[str], bool]:
    """Whether a sentence stands only in a message that is not the court's."""
    court = [m.body for m in found if m.court]
    notes = [m.body for m in found if not m.court]
    if not court or not notes:
        return lambda _: False

    def note_only(sentence: str) -> bool:
        # the whole sentence: one that runs from a note into the court's text is the court's
        said = _TRAILING_MARK.sub("", _flat(sentence))
        return bool(said) and any(said in n for n in notes) and not any(said in c for c in court)

    return note_only


def court_sentences(sentences: tuple[Sentence, ...], found: list[Message]) -> tuple[Sentence, ...]:
    """The sentences the court wrote: a colleague's "I think the settlement conference is set
    for November 8, 2027" is no candidate for the session's date."""
    note_only = _note_only(found)
    return tuple(s for s in sentences if not note_only(s.text))


def separate_messages(text: str) -> str:
    """In a chain: the quote marks taken off each line ("> > Docket Text:"), and a blank line
    before each message's header, so no sentence runs from one message into the next (a
    colleague's note into the court's "ORDER: Settlement Conference set for ...")."""
    lines = _QUOTE_MARKS.sub("", text).split("\n")
    if not messages(text):
        return text
    starts = set(_message_starts(text)[2])
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in starts and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


_FIELD = re.compile(r"^[ \t]*(?:from|sent|date|to|cc|bcc|subject|reply-to):", re.IGNORECASE)


def without_headers(text: str) -> str:
    """The paste with its message headers' fields blanked: an e-mail's "Date: Fri, Apr 9,
    2027 at 8:02 AM" is when someone forwarded the order, never the order's date."""
    lines = text.split("\n")
    starts = _opens(lines)
    if not starts:
        return text
    for at in starts:
        end = at + 1
        while end < min(at + _HEADER_LINES + 2, len(lines)) and lines[end].strip():
            end += 1
        # A memorandum order's "FROM: Magistrate Judge X / DATE: June 3, 2027" is the order's
        # own: only a mail header (an address in it, or a forward's marker) is blanked.
        if _FROM.match(lines[at]) and "@" not in "".join(lines[at:end]):
            continue
        for i in range(at, end):
            if i == at or _FIELD.match(lines[i]):
                lines[i] = ""
    return "\n".join(lines)


def check_chain(found: list[Message], obligations: list[Obligation]) -> list[Obligation]:
    """Obligations flagged when only a message that is not the court's says them."""
    note_only = _note_only(found)
    out = []
    for ob in obligations:
        if note_only(ob.quote):
            reason = (
                "Written in the e-mail that forwards the order, not in the court's text: "
                "someone's note about the order; check the order itself."
            )
            ob = replace(ob, needs_review=True, review_reasons=(*ob.review_reasons, reason))
        out.append(ob)
    return out
