"""Judges' names: which judge signed the order and which one holds the conference.

Names are returned without titles ("Victoria Reznik"), with all-capital names from
captions and signature blocks put into title case, so the two fields compare equal
when one judge does both. Hand-written patterns: names are read from the titles
around them ("Magistrate Judge X", "X, United States Magistrate Judge"), which no
general name finder knows.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.markup import word_set

# Case-sensitive on purpose: a name is a run of capitalised words and initials.
# Letters with accents belong to the name ("Bartolomé", "Peña"): [^\W\d_] is any letter.
# (a middle initial a docket clerk types without its stop, "Paul J Cleary", is part of it; not
# "A" or "I", which open sentences)
_WORD = r"(?:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-])+|[A-Z]\.|[B-HJ-Z](?=\s+[A-ZÀ-ÖØ-Þ][^\W\d_]))"
NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}(?:,?\s+(?:Jr|Sr|JR|SR)\.?|\s+(?:II|III|IV)\b)?"
TITLE = (
    r"(?:(?:the\s+)?(?i:honorable)\s+|Hon\.\s+|(?:(?i:chief)\s+)?"
    r"(?:(?i:united\s+states)\s+|U\.\s?S\.\s+)?(?i:magistrate|district|bankruptcy)\s+(?i:judge)\s+"
    r"|(?i:judge)\s+"
    # N.D. Okla.'s adjunct settlement judges: "before ASJ Laurence J. Yadon"
    r"|(?-i:ASJ)\s+|(?i:adjunct)\s+(?:(?i:settlement)\s+)?(?i:judge)\s+)"
)
# "USDC Magistrate Judge Hammer", "U.S.D.C. Judge": the court's initials, not a name.
_TITLE_WORDS = word_set(
    "united states u.s. magistrate district bankruptcy judge chief honorable hon. the order"
    " usdc u.s.d.c. usmj u.s.m.j. usdj u.s.d.j."
)
_SIGNATURE_TITLE = re.compile(
    r"^(?:(?i:chief\s+)?(?i:united\s+states|u\.\s?s\.)\s+)?(?i:magistrate|district|bankruptcy)"
    r"\s+(?i:judge)\b"
)
_NAME_COMMA_TITLE = re.compile(
    rf"^(?:/s/\s*)?(?P<name>{NAME}),?\s+(?:(?i:chief)\s+)?(?:(?i:united\s+states)\s+|U\.\s?S\.\s+)?"
    r"(?i:magistrate|district|bankruptcy)\s+(?i:judge)\b",
    re.MULTILINE,
)
# Docket text signs off "Signed by ...", "Order by ...", or "So Ordered by Magistrate Judge X on
# 12/19/2022" (D.N.J., E.D.N.Y.).
_SIGNED_BY = re.compile(rf"(?i:signed\s+by|order(?:ed)?\s+by)\s+{TITLE}?(?P<name>{NAME})")
# [^\S\n]: a line's own indentation. `^\s*` would run over every following blank line from
# every line start, quadratic in a text of many blank lines.
_HON = re.compile(
    rf"^[^\S\n]*(?:Hon\.|(?i:honorable))\s+(?P<name>{NAME})[^\S\n]*$", re.MULTILINE
)
_BEFORE = re.compile(
    rf"(?i:before|with|by|referred\s+to|referred\s+for\s+settlement\s+to|chambers\s+of)\s+(?:"
    rf"(?P<self>(?i:the\s+undersigned(?:\s+magistrate\s+judge)?|me)\b(?!\s+(?:{TITLE})?{NAME}))"
    rf"|(?:(?i:the\s+undersigned)\s+)?{TITLE}(?P<name>{NAME}))"
)


_SIGNED_LINE = re.compile(rf"(?:/?s/\s*)?(?:(?:Hon\.|HON\.|(?i:honorable))\s+)?(?P<name>{NAME})")
# "Dated: May 3, 2027          s/ Jane Q. Roe": the signature on the date's line, told from
# the date by the wide gap and the "s/" mark.
_SIGNED_AFTER_DATE = re.compile(rf"\S\s{{3,}}/?s/\s*(?P<name>{NAME})$")


def tidy_name(raw: str) -> str | None:
    """A name as shown: "VICTORIA REZNIK" -> "Victoria Reznik", no possessive or titles."""
    name = re.sub(r"['’]s$", "", raw.strip().rstrip(",."))
    words = [w for w in name.split() if w.lower() not in _TITLE_WORDS]
    if not words or not any(len(w.strip(".,")) > 1 for w in words):
        return None
    name = " ".join(words)
    if name.isupper():
        # str.title() would turn "O'BRIEN" into "O'Brien" and "JR." into "Jr." as wanted.
        name = name.title()
    if not name.endswith((" Jr", " Sr")):
        return name
    return name + "."


# A signature line's name: "/s/ Name", "HON. NAME" (the title dropped by tidy_name).
_SIGNED_NAME = re.compile(rf"(?:/?s/\s*)?(?:(?i:hon)\.?\s+)?(?P<name>{NAME})")
# "IGNATIUS R. PELLEGREW, U.S.M.J.", "Name, USDJ": the title's initials on the name's line.
_NAME_INITIALS = re.compile(
    rf"(?:/?s/\s*)?(?:(?i:hon)\.?\s+)?(?P<name>{NAME}),?\s+(?i:u\.\s?s\.\s?[md]\.\s?j\.?|usmj|usdj)"
)
# The signature in the right column, the place or date in the left: "New York, New York
# <spaces> EVANGELINE R. MARCHETTI" over "<spaces> United States Magistrate Judge".
_COLUMN_GAP = re.compile(r"[ \t]{4,}")


def _right_column(line: str) -> str:
    return _COLUMN_GAP.split(line.strip())[-1]


def signing_judge(text: str, closing: str) -> str | None:
    """The judge who signed: signature block first, then the header and docket text."""
    tail = text.splitlines()[-15:]  # a signature the closing split missed
    lines = [ln.strip() for ln in [*closing.splitlines(), *tail] if ln.strip()]
    for i, line in enumerate(lines[:-1]):
        signed = _SIGNED_LINE.fullmatch(line) or _SIGNED_AFTER_DATE.search(line)
        if signed and _SIGNATURE_TITLE.match(lines[i + 1]):
            return tidy_name(signed.group("name"))
    columns = [_right_column(line) for line in lines]
    for i, right in enumerate(columns[:-1]):
        signed = _SIGNED_NAME.fullmatch(right)
        if signed and _SIGNATURE_TITLE.match(columns[i + 1]) and tidy_name(signed.group("name")):
            return tidy_name(signed.group("name"))
    for right in columns:
        initials = _NAME_INITIALS.fullmatch(right)
        if initials and tidy_name(initials.group("name")):
            return tidy_name(initials.group("name"))
    for source in (closing, text):
        for titled in _NAME_COMMA_TITLE.finditer(source):
            name = tidy_name(titled.group("name"))
            if name:  # not "USDC Magistrate Judge ...": initials are no name, read on
                return name
    m = _SIGNED_BY.search(text) or _HON.search(text)
    return tidy_name(m.group("name")) if m else None


# "the parties shall follow Magistrate Judge Mix's Instructions for Preparation of Confidential
# Settlement Statements": the magistrate judge whose settlement procedures the order applies,
# when nothing else names who holds the session
_PROCEDURES_OF = re.compile(
    rf"(?i:magistrate)\s+(?i:judge)\s+(?P<name>{NAME})['’]s\s+(?i:instructions|procedures|"
    r"settlement|chambers|practice\s+standards|requirements)\b"
)


def settlement_judge(sentences: list[str], signer: str | None) -> str | None:
    """The judge named as holding the conference in the given sentences, in order."""
    for sentence in sentences:
        m = _BEFORE.search(sentence)
        if m is None:
            continue
        if m.group("self"):
            if signer:
                return signer
            continue
        name = tidy_name(m.group("name") or "")
        if name:
            return name
    if signer:
        return signer
    return next((name for s in sentences for m in _PROCEDURES_OF.finditer(s)
                 if (name := tidy_name(m.group("name")))), None)
