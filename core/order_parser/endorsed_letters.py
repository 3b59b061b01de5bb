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


def letter_bodies(text: str) -> list[str]:
    """Each letter's text, salutation to close, single-spaced -- when the text outside the
    letters rules on them. Empty when there is no letter or nothing rules on it."""
    bodies: list[str] = []
    outside: list[str] = []
    at = 0
    for hello in _SALUTATION.finditer(text):
        if hello.start() < at:
            continue
        close = _CLOSE.search(text, hello.end())
        if close is None:
            break
        outside.append(text[at : hello.start()])
        bodies.append(_SPACE.sub(" ", text[hello.start() : close.start()]).strip())
        at = close.end()
    outside.append(text[at:])
    if not bodies or not _RULING.search(" ".join(outside)):
        return []
    return bodies


def outside_letters(
    sentences: tuple[Sentence, ...], bodies: list[str]
) -> tuple[Sentence, ...]:
    """The sentences that are not a letter's: the endorsement, the caption, the signature."""
    if not bodies:
        return sentences
    return tuple(s for s in sentences if not any(s.text in body for body in bodies))
