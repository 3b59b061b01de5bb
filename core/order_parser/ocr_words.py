"""The parser's own key words back from their commonest OCR misreadings: "Confcrence",
"conrtroom", "subrnit", "prlor", "sball".

The readers find a deadline by a handful of words (who acts, the command, the duty, the
session, the period's direction); one misread letter in one of them loses the deadline,
or worse, gives the court's task to a party ("The conrtroom administrator shall send ...
on or before May 14"). Only single misreadings of those words are mended, from the
letter pairs OCR confuses, and never into a word that is itself English ("bearing" is
not "hearing"). A general spell checker (pyspellchecker and kin) was not used: it would
"correct" names, places and legal terms the readers never look at, and the set needed
here is small and closed. Linear: one scan of the words and a dictionary look-up each.
"""

from __future__ import annotations

import re

# What OCR reads for what is printed: "m" as "rn", "e" as "c", "l" as "I" ...
_CONFUSIONS = (
    ("m", "rn"), ("rn", "m"), ("e", "c"), ("c", "e"), ("l", "I"), ("I", "l"), ("i", "l"),
    ("l", "i"), ("h", "b"), ("u", "n"), ("n", "u"), ("o", "0"), ("l", "1"), ("i", "1"),
    ("cl", "d"), ("d", "cl"), ("w", "vv"),
    # both l's of a double one read as ones: "sha11", "a11"
    ("ll", "11"),
    # a photographed page's y read as v: "seven (7) davs", "each partv"
    ("y", "v"),
)
# The words the readers key on (clauses.py, phrase_patterns.py, conference.py ...).
KEY_WORDS = (
    "conference", "settlement", "mediation", "mediator", "session", "courtroom", "chambers",
    "clerk", "judge", "magistrate", "court", "plaintiff", "plaintiffs", "defendant",
    "defendants", "parties", "party", "counsel", "attorney", "attorneys", "shall", "must",
    "should", "directed", "ordered", "required", "submit", "submitted", "serve", "served",
    "provide", "provided", "deliver", "delivered", "exchange", "exchanged", "lodge", "lodged",
    "file", "filed", "send", "email", "mail", "notify", "statement", "statements", "letter",
    "letters", "demand", "offer", "response", "memoranda", "memorandum", "confidential",
    "prior", "before", "after", "later", "than", "business", "calendar", "days", "weeks",
    "within", "receipt", "scheduled", "begin", "commence", "conclude", "continue", "noon",
    "attend", "appear", "excused", "request", "written", "following", "thereafter", "least",
    "administrator", "deputy",
    # a period's unit and a follow-on's "at the same time" ("within a wcek", "simuItaneously")
    "week", "day", "hour", "hours", "month", "months", "time", "simultaneously", "simultaneous",
    "concurrently", "held",
    # a step on the session's day ("shall joln the video conference at 9:55 a.m.")
    "join", "arrive", "available", "call",
    # a period's count written as a word ("fivc business days", "scven (7) days"): misread,
    # the deadline was lost without a word
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "sixty", "ninety",
)
# Misreadings that are English words: never "mended" ("clays" is not "days"). Every
# other misreading was checked against the words of the shared and dev orders.
_REAL = frozenset({"clays", "clay", "bearing"})


def _misreadings(word: str) -> set[str]:
    out: set[str] = set()
    for printed, read in _CONFUSIONS:
        at = word.find(printed)
        while at != -1:
            out.add(word[:at] + read + word[at + len(printed) :])
            at = word.find(printed, at + 1)
    return out


def _build() -> dict[str, str]:
    mend: dict[str, str] = {}
    keys = set(KEY_WORDS)
    for word in KEY_WORDS:
        for wrong in _misreadings(word):
            low = wrong.lower()
            if low in keys or low in _REAL or (low in mend and mend[low] != word):
                continue
            mend[low] = word
    return mend


_MEND = _build()
# not in names, e-mails; a word may begin with its misread letter: "1ater", "0ffer"
_WORD = re.compile(r"(?<![\w@.-])(?=[01]?[A-Za-z])[A-Za-z01]{3,}(?![\w@-])")


def _cased(like: str, word: str) -> str:
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word.capitalize()
    return word


def mend_ocr_words(text: str) -> str:
    """`text` with the key words' single OCR misreadings put right; all else as it is."""

    def fix(m: re.Match[str]) -> str:
        found = m.group(0)
        right = _MEND.get(found.lower())
        return _cased(found, right) if right else found

    return _SHORT.sub(_short, _WORD.sub(fix, text))


# Two-letter words whose "I" or "i" OCR read as "l" ("ln-person attendance ... is required"):
# none of the misreadings is a word, so they are mended wherever they stand alone. At a
# sentence's start the word is capitalised.
_SHORT = re.compile(r"(?<![\w@./-])l([nfts])(?![\w@/])")
_STARTS = re.compile(r"(?:^|[.:;!?]\s+|\n\s*)$")


def _short(m: re.Match[str]) -> str:
    start = _STARTS.search(m.string, max(0, m.start() - 4), m.start()) is not None
    return ("I" if start else "i") + m.group(1)
