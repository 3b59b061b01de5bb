"""A party's letter to the judge with the judge's endorsement on it: only the endorsement
rules.

S.D.N.Y., E.D.N.Y. and D.N.J. chambers move conferences by "memo endorsement": counsel write
"Dear Judge X: ... request an adjournment of the settlement conference currently scheduled for
May 12, 2027 ... the parties are available June 16 or June 23 ... submissions are currently
due May 5 ... Respectfully submitted," and the judge writes under it (or above it, where text
extraction puts the margin) "Application GRANTED. The settlement conference is adjourned to
June 23, 2027 ... SO ORDERED." The letter's dates are the old schedule and the parties'
proposals; read as the order's they gave a second conference date and duties already past
or never set.

The letter runs from its salutation to the judge ("Dear Judge X:", "Dear Magistrate Judge X:",
"Dear Your Honor:" -- not a judge's own "Dear Counsel:" letter order) to its complimentary
close ("Respectfully submitted,", "Very truly yours,"). When the text outside it rules on it
(GRANTED, DENIED, SO ORDERED, adjourned to ...) and dates the conference itself, the letter's
sentences are neither the conference's nor any duty's. A bare "SO ORDERED" or "SO ORDERED as
modified: ... All other dates as proposed" under a proposed schedule dates nothing itself:
the letter is then the order, and is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from settleconf.core.order import Obligation
from settleconf.core.order_parser.dates_in_text import find_dates
from settleconf.core.order_parser.paragraphs import Sentence

_SALUTATION = re.compile(
    r"^[ \t]*Dear\s+(?:(?:Chief\s+|Magistrate\s+|District\s+)*Judge|Your\s+Honor|Hon\.|"
    r"Honorable)\b[^\n]{0,60}[:,][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_CLOSE = re.compile(
    r"^[ \t]*(?:Respectfully(?:\s+submitted|\s+yours)?|Very\s+truly\s+yours|Yours\s+truly|"
    # the signature may share the line: "Respectfully submitted,    /s/ Oona Brandt"
    r"Sincerely(?:\s+yours)?)[ \t]*,?[ \t]*(?:/?s/[^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
_RULING = re.compile(
    r"\b(?:granted|denied|so\s+ordered|it\s+is\s+(?:hereby\s+)?ordered|ordered\s*:"
    r"|memo(?:randum)?\s+endors\w*|adjourned|rescheduled|reset\s+to)\b",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


_GRANTS_OR_DENIES = re.compile(r"\b(?:granted|denied)\b", re.IGNORECASE)
# How the conference answer starts when its date comes from the letter alone.
LETTER_DATE_DOUBT = "The conference date is read from the party's letter"


def letter_date_doubt(letters: Letters, conference_date: date | None) -> str | None:
    """A request granted or denied with no date of the judge's own: the letter's date may be
    the one asked to be left (granted) or the one asked for (denied). Said, for every date
    counted from it. A letter so-ordered as it stands ("SO ORDERED", "as modified") is the
    order: no doubt."""
    if not letters.bodies or not _GRANTS_OR_DENIES.search(letters.outside):
        return None
    if conference_date is None:
        return (
            "The endorsement grants or denies the party's letter without stating the "
            "conference date, and the letter's own dates cannot tell which stands; check."
        )
    return (
        f"{LETTER_DATE_DOUBT} ({conference_date:%B %-d, %Y}): the endorsement grants or denies "
        "the request without stating the date, so the letter's date may be the one it asked "
        "to leave or the one it asked for; check."
    )


def _letters(text: str) -> list[tuple[int, int, int]]:
    """Each letter's span: where its salutation starts, where its close starts and ends."""
    spans: list[tuple[int, int, int]] = []
    at = 0
    for hello in _SALUTATION.finditer(text):
        if hello.start() < at:
            continue
        close = _CLOSE.search(text, hello.end())
        if close is None:
            break
        spans.append((hello.start(), close.start(), close.end()))
        at = close.end()
    return spans


@dataclass(frozen=True)
class Letters:
    """A text's letters, read once: each letter's body, salutation to close, single-spaced
    (empty when there is no letter or nothing outside the letters rules on them), and the
    text outside every letter."""

    bodies: list[str]
    outside: str


def read_letters(text: str) -> Letters:
    spans = _letters(text)
    ends = [0] + [end for _, _, end in spans]
    starts = [start for start, _, _ in spans] + [len(text)]
    outside = " ".join(text[a:b] for a, b in zip(ends, starts, strict=True))
    bodies = [_SPACE.sub(" ", text[start:close]).strip() for start, close, _ in spans]
    if not bodies or not _RULING.search(outside):
        return Letters([], outside)
    return Letters(bodies, outside)


def outside_letters(
    sentences: tuple[Sentence, ...], bodies: list[str]
) -> tuple[Sentence, ...]:
    """The sentences that are not a letter's: the endorsement, the caption, the signature."""
    if not bodies:
        return sentences
    return tuple(s for s in sentences if not any(s.text in body for body in bodies))


def letter_duties_doubted(obligations: list[Obligation], bodies: list[str]) -> list[Obligation]:
    """Each duty read from the letter itself, flagged: granted, the request may have moved
    it; denied, the letter may state what it asked for."""
    reason = (
        "This date is read from the party's letter, and the endorsement grants or denies the "
        "request without restating it; check."
    )
    return [
        replace(o, needs_review=True, review_reasons=(*o.review_reasons, reason))
        if any(" ".join(o.quote.split()) in body for body in bodies)
        else o
        for o in obligations
    ]


# "the settlement conference currently scheduled for May 20", "The conference is now set for"
_CURRENT = re.compile(
    r"\b(?:currently|now|presently|still)\s+(?:scheduled|set|calendared)\s+(?:for|on)\s+"
    r"(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


def ruled_sentences(
    letters: Letters, sentences: tuple[Sentence, ...], read: date | None
) -> tuple[Sentence, ...] | None:
    """Under a bare ruling, the letter's sentences the conference is to be read from: denied,
    those giving its current date ("currently scheduled for"), the dates asked for refused;
    granted, when the date read is that current one, the others (the date asked for). None:
    read as before."""
    bodies, outside = letters.bodies, letters.outside
    granted = re.search(r"\bgranted\b", outside, re.IGNORECASE) is not None
    denied = re.search(r"\bdenied\b", outside, re.IGNORECASE) is not None
    if not bodies or granted == denied:
        return None
    mine = [s for s in sentences if any(s.text in body for body in bodies)]
    current = [
        s
        for s in mine
        if any(
            f.value and _CURRENT.search(s.text[max(0, f.start - 80) : f.start])
            for f in find_dates(s.text)
        )
    ]
    if not current:
        return None
    if denied:
        return tuple(current)
    # only sentences that give nothing but the current date: "... now set for October 4
    # be adjourned to October 25" gives the date asked for too
    alone = [s for s in current if len({f.value for f in find_dates(s.text)}) == 1]
    said = {f.value for s in alone for f in find_dates(s.text)}
    if read not in said:
        return None
    return tuple(s for s in sentences if s not in alone)
