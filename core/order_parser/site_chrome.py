"""What a case-law or docket site prints around an order's text, at its end: its own links
and lists ("Summary of this case from ...", "Similar Judgments", "Track this case   Get
alerts", "View Document   Request Document   Add to Cart") -- not the order, so not where the
order stops (a text ending there is no excerpt cut short) -- and its notes that it shows only
part of the order ("[Continue reading: 3 more pages]", "[Text of remaining pages not
available]", "Preview: showing part of this document"), which say that the order's other
dates may be missing however whole the shown text looks.
"""

from __future__ import annotations

import re

_TRAILER = re.compile(
    r"^\s*(?:summary\s+of\s+this\s+case\s+from\b|similar\s+(?:judgments|cases|documents)\b"
    r"|track\s+this\s+case\b|get\s+alerts\b|view\s+document\b|request\s+document\b"
    r"|download\s+documents\b|add\s+to\s+cart\b|cited\s+by\s*(?:\(\d+\))?\s*$|citing\s+cases\b"
    r"|related\s+(?:cases|documents)\s*$)",
    re.IGNORECASE,
)
_TRAILER_LINES = 8  # a site's closing chrome is a few lines
_PARTIAL = re.compile(
    r"\[[ \t]*(?P<b>(?:continue|keep)\s+reading|read\s+(?:the\s+)?(?:full|more|rest)"
    r"|text\s+of\s+(?:the\s+)?remaining\s+pages?\s+not\s+available"
    r"|remaining\s+(?:text|pages?)\s+(?:omitted|not\s+available)"
    r"|pages?\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+omitted)[^\]\n]{0,60}\]"
    r"|^[ \t]*(?P<p>preview\s*:\s*showing\s+(?:part|an\s+excerpt)\b[^\n]{0,80}"
    r"|snippet\s+view|\(?beginning\s+of\s+excerpt\)?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def without_site_trailer(text: str) -> str:
    """`text` without the site's closing chrome: from the first such line among the last few
    to the end."""
    lines = text.rstrip().split("\n")
    first = max(1, len(lines) - _TRAILER_LINES)
    for i in range(first, len(lines)):
        if _TRAILER.match(lines[i]):
            return "\n".join(lines[:i]) + "\n"
    return text


def partial_text_warning(text: str) -> str | None:
    """A warning when the site says it shows only part of the order, quoting its note."""
    m = _PARTIAL.search(text)
    if m is None:
        return None
    note = " ".join(m.group(0).split())
    return (
        f"The site this text comes from shows only part of the order ('{note}'): deadlines "
        "or the conference may be in the part left out; check the full order."
    )


_SUMMARY = re.compile(r"^[ \t]*Summary:[ \t]*(?P<body>\S[^\n]{99,})$", re.MULTILINE)
_WORD = re.compile(r"[a-z0-9]+")
_SHINGLE = 8  # words: a run this long found again below is the order's own text


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def without_repeated_summary(text: str) -> str:
    """`text` with a case-law site's "Summary:" line cut where it starts to repeat the order
    printed below it. The site's summary is the order's first few hundred characters, cut off
    mid-word ("... request a continuance of the Earl"): read as text, it says every date in it
    twice, and a recited old setting outvotes the new one. Its heading (title and judge, which
    the order below may not repeat) is kept."""
    for m in list(_SUMMARY.finditer(text))[:3]:
        below = _shingles(_WORD.findall(text[m.end() :].lower()))
        body = m.group("body")
        spans = [(w.start(), w.group()) for w in _WORD.finditer(body.lower())]
        words = [w for _, w in spans]
        cut = next(
            (i for i in range(len(words) - _SHINGLE + 1)
             if tuple(words[i : i + _SHINGLE]) in below),
            None,
        )
        if cut is None:
            continue
        kept = body[: spans[cut][0]].rstrip()
        start = m.start("body")
        # padded, not shortened: the later matches' offsets stay true
        text = text[:start] + kept + " " * (len(body) - len(kept)) + text[m.end("body") :]
    return text
