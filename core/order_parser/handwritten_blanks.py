"""Handwritten entries the scan lost: "by __/__/__ .", "held on __/__/__ at 10:00 a.m.",
"at [illegible] a.m.", "Dated this ___ day of [illegible], 2027".

Judges and clerks fill a printed form's blanks by hand; OCR reads the handwriting as
underscores or the transcriber marks it "[illegible]". No date may be read into such a
slot, and none from a neighbouring sentence may fill it: the duty or the session stays
undated. Other readers already leave it undated (the slot holds no date); this says why,
quoting the sentence, so the lawyer checks the paper order rather than trusting a blank.
Anchored on the mark itself, a few characters long: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time

from settleconf.core.order_parser.dates_in_text import find_times

_MARK = re.compile(
    r"_{1,6}[^\S\n]?/[^\S\n]?_{1,6}[^\S\n]?/[^\S\n]?_{1,6}"  # __/__/__
    r"|[\[(][^\S\n]*illegible[^\S\n]*[\])]",  # [illegible], (illegible)
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"[^\S\n]*(?:[ap]\.?[^\S\n]?m\b|o'clock)", re.IGNORECASE)
_MOST = 4  # one warning a lost entry; a page of them is told in the first few
_LONG = 200


def _short(text: str) -> str:
    return text if len(text) <= _LONG else text[: _LONG - 1].rstrip() + "…"


def _words(text: str) -> str:
    return " ".join(re.sub(r"[_*]", "", text).split())


def blank_warnings(text: str, sentences: Sequence[str]) -> list[str]:
    """A warning for each handwritten date or time in `text` that could not be read,
    quoting its sentence among `sentences` (read with markdown taken out, so "__/__/__"
    stands there as "//": the words before the mark find it)."""
    out: list[str] = []
    plain = [_words(s) for s in sentences]
    for mark in _MARK.finditer(text):
        before = _words(text[max(0, mark.start() - 40) : mark.start()])
        said = next(
            (s for s, p in zip(sentences, plain, strict=True) if before and before in p),
            None,
        )
        if said is None:
            said = _words(text[max(0, mark.start() - 80) : mark.end() + 80])
        # the sentence as read shows "__/__/__" as "//": quote it as the page has it
        said = said.replace(_words(mark.group(0)) or mark.group(0), mark.group(0), 1)
        what = "time" if _TIME_AFTER.match(text, mark.end()) else "date"
        out.append(
            f'A handwritten entry could not be read: "{_short(said)}" shows "{mark.group(0)}" '
            f"where a {what} was filled in by hand, and nothing was read into it. Check the "
            "signed order."
        )
        if len(out) == _MOST:
            break
    return out


# "... settlement conference, which will be held on __/__/__ at 10:00 a.m.": the session's
# time typed beside its lost date.
_SETS_SESSION = re.compile(
    r"(?i)\bconference\b[^.;]{0,80}\b(?:held|set|scheduled|convened?|take\s+place)\b[^.;]{0,40}$"
)
_AT = re.compile(r"[^\S\n]*,?[^\S\n]*at[^\S\n]+", re.IGNORECASE)


def lost_date_time(text: str) -> time | None:
    """The time typed right after a settlement conference's lost handwritten date ("held on
    __/__/__ at 10:00 a.m."), or None. The session stays undated; its time is what the page
    still says."""
    for mark in _MARK.finditer(text):
        before = " ".join(text[max(0, mark.start() - 160) : mark.start()].split())
        at = _AT.match(text, mark.end())
        if at is None or not _SETS_SESSION.search(before):
            continue
        times = find_times(text[at.end() : at.end() + 20])
        if times and times[0].start == 0 and times[0].assumed is None:
            return times[0].value
    return None
