"""Whether a text reaches the end of its order: the lines that close an order (a signature,
"SO ORDERED", a copies or cc line, a form's "Date Issued:", a page footer) among its last
lines. Without one, a text that stops mid-sentence is an excerpt cut short."""

from __future__ import annotations

import re

_CLOSING_LINE = re.compile(
    r"^\s*(?:\d{1,2}\s+)?(?:"  # a pleading paper's line number before it
    r"/?s/(?:\s*\S|\s*$)"  # "/s/ Jane Roe", "s/ Case Manager", "/s/" alone
    r"|.{0,60}\s/s/\s*\S"  # "January 7, 2026          /s/ Jane Roe"
    r"|dated\s*:?\s*\S.{0,40}$"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s*$"  # a date alone
    r"|(?:and\s+)?(?:it\s+is\s+)?so\s+ordered\b"
    r"|by\s+the\s+court\s*:?\s*$"
    r"|(?:cc|copies(?:\s+furnished)?(?:\s+to)?)\s*:"
    r"|counsel\s+of\s+record\s*$"
    r"|(?:courtroom\s+(?:deputy|manager)|deputy\s+clerk|case\s+manager|law\s+clerk)\s*$"
    r"|date\s+issued\s*:"
    r"|initials\s+of\s+(?:the\s+)?preparer\b"
    r"|(?:sincerely(?:\s+yours)?|(?:very\s+)?truly\s+yours|yours\s+truly|respectfully"
    r"|(?:best\s+)?regards|thank\s+you|mahalo|aloha)\s*,?\s*$"
    r"|[^\n]*\b(?:judge|justice)\s*$"  # "United States Magistrate Judge", "Chief Justice"
    r"|.{0,80}\bcounsel\s+for\s+(?:the\s+)?(?:plaintiffs?|defendants?)\s*$"
    r"|.{0,80}\bpage\s+\d{1,3}\s+of\s+\d{1,3}\s*$"  # a page footer
    r"|(?:\d:)?\d{2}-[a-z]{2,4}-\d{3,6}(?:-[a-z]{2,4})*\s*$"  # a docket number alone
    r")",
    re.IGNORECASE,
)
_MARGIN_ONLY = re.compile(r"^\s*\d{1,2}\s*$")
_LAST_LINES = 6


def _prose(line: str) -> bool:
    """A line of running text ("Any attorney on this matter is responsibl"), not a name, a
    title or a date ("Civil Deputy to the Hon. Jane Roe", "February 9, 2026")."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    return len(words) >= 4 and sum(w[0].islower() for w in words) * 2 >= len(words)


def reaches_its_end(text: str) -> bool:
    """One of the last lines (margin numbers aside) closes an order, and no running text
    follows it: a case-law site's excerpt opens with the signer's name and title and stops
    mid-sentence below them."""
    lines = [ln for ln in text.rstrip().splitlines() if ln.strip() and not _MARGIN_ONLY.match(ln)]
    tail = lines[-_LAST_LINES:]
    closing = [i for i, ln in enumerate(tail) if _CLOSING_LINE.match(ln)]
    return bool(closing) and not any(_prose(ln) for ln in tail[closing[-1] + 1 :])
