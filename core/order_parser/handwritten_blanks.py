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
from settleconf.core.order_parser.quoting import clip

_MARK = re.compile(
    r"_{1,6}[^\S\n]?/[^\S\n]?_{1,6}[^\S\n]?/[^\S\n]?_{1,6}"  # __/__/__
    r"|[\[(][^\S\n]*illegible[^\S\n]*[\])]"  # [illegible], (illegible)
    # a blank where a day or a count was written: "July __, 2027", "the ___ day of",
    # "no later than ___ days before"
    r"|(?<![\w/])_{2,6}(?=[^\S\n]*,?[^\S\n]*(?:19|20)\d\d\b|[^\S\n]+day[^\S\n]+of\b)"
    r"|(?<![\w/])_{2,6}(?=[^\S\n]+(?:(?:business|court|calendar)[^\S\n]+)?days?\b)",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"[^\S\n]+(?:(?:business|court|calendar)[^\S\n]+days?|days)\b", re.IGNORECASE
)
_TIME_AFTER = re.compile(r"[^\S\n]*(?:[ap]\.?[^\S\n]?m\b|o'clock)", re.IGNORECASE)
_LOOK = 16  # marks looked at, at most
_MOST = 4  # one warning a lost entry; a page of them is told in the first few
_LONG = 200


def _short(text: str) -> str:
    return clip(text, _LONG)


def _words(text: str) -> str:
    return " ".join(re.sub(r"[_*]", "", text).split())


def blank_warnings(text: str, sentences: Sequence[str]) -> list[str]:
    """A warning for each handwritten date or time in `text` that could not be read,
    quoting its sentence among `sentences` (read with markdown taken out, so "__/__/__"
    stands there as "//": the words before the mark find it)."""
    out: list[str] = []
    seen: set[int] = set()  # one warning a sentence ("this ___ day of [illegible], 2027")
    plain = [_words(s) for s in sentences]
    for looked, mark in enumerate(_MARK.finditer(text)):
        if looked == _LOOK:
            break  # each look scans the sentences: a page of blanks is told in its first few
        before = _before(text, mark.start())
        at = next((i for i, p in enumerate(plain) if before and before in p), None)
        if at is None:
            # not among the sentences read (a signature block's line): its line, as printed
            start = text.rfind("\n", 0, mark.start()) + 1
            end = text.find("\n", mark.end())
            said = " ".join(text[start : end if end != -1 else len(text)].split())
            key = -1 - start
        else:
            said, key = _restored(plain[at], before, mark.group(0)), at
        if key in seen:
            continue
        seen.add(key)
        what = "time" if _TIME_AFTER.match(text, mark.end()) else "date"
        if _COUNT_AFTER.match(text, mark.end()) and mark.group(0).startswith("_"):
            what = "number"
        out.append(
            f'A handwritten entry could not be read (or was left blank): "{_short(said)}" '
            f'shows "{mark.group(0)}" where a {what} belongs, and nothing was read into it. '
            "Check the signed order."
        )
        if len(out) == _MOST:
            break
    return out


def _before(text: str, at: int) -> str:
    """The words just before `at` on its line (or the line before, when it opens one): they
    find the sentence without running into the one before it."""
    start = text.rfind("\n", 0, at) + 1
    if not text[start:at].strip():
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
        at = max(start, text.rfind("\n", 0, at))
    return _words(text[max(start, at - 40) : at])


def _restored(sentence: str, before: str, mark: str) -> str:
    """The sentence as the page has it: read with markdown out, "__/__/__" stands there as
    "//" and "July __, 2027" as "July , 2027"; the mark goes back after the words before it."""
    k = sentence.find(before) + len(before)
    rest = sentence[k:].lstrip(" /_")
    if rest.startswith(mark):
        rest = rest[len(mark) :].lstrip()
    gap = "" if rest[:1] in (",", ".", ";", ")") else " "
    return f"{sentence[:k]} {mark}{gap}{rest}".strip()


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
