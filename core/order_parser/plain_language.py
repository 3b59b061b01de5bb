"""Plain-language orders to a self-represented party: steps spoken to "you".

"Step 1. By Tuesday, March 9, 2027, write down what you would accept and mail it to the
other side.", "(2) Within 10 days of this order, tell the Court in writing if you need an
interpreter.": a command in the imperative after its deadline, the actor being the reader
the order speaks to ("you", "your"). No party is named, so the sentence read as "tells no
party to act" and the dated step was dropped with a warning. Such a step is a duty of the
party the order speaks to; which party that is the sentence does not say, so it is read as
the party named nearby (or the parties) and flagged for review with why.

Only verbs that plain-language orders use for the reader's own steps, and only when the
sentence itself speaks to "you": "By May 1, tell ..." in a letter to counsel is the same
reading, but a bare "By May 1, write ..." with no "you" is left as it was.
"""

from __future__ import annotations

import re

# After the deadline phrase: ", write down", ", tell the Court", ", let the judge know".
READER_STEP = re.compile(
    r"\s*,?\s*(write|tell|let|give|bring|sign|fill|ask|put|show|read|decide|think|prepare"
    r"|answer|come|attend|join|appear|be)\b",
    re.IGNORECASE,
)
_SPEAKS_TO_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def speaks_to_reader(text: str) -> bool:
    return _SPEAKS_TO_READER.search(text) is not None


def reader_note(who: str) -> str:
    return (
        "The step is spoken to the reader ('you') and names no party; read as a deadline "
        f"for the {who}. Check who must act."
    )


# "WHAT YOU MUST DO BEFORE THE CONFERENCE:", "BEFORE THE CONFERENCE YOU MUST:": a heading in
# capitals that opens the list of steps. Its "before the conference" is the steps' subject,
# not a duty with no period of its own: the steps under it carry their own dates.
_CAPS_HEADING = re.compile(r"[^a-z]{0,120}:\s*", re.ASCII)


def step_heading(text: str) -> bool:
    """The sentence is a heading in capitals ending in a colon (no lower-case letter)."""
    said = text.strip()
    return (
        said.endswith(":")
        and re.search(r"[A-Z]{2}", said) is not None
        and _CAPS_HEADING.fullmatch(said) is not None
    )
