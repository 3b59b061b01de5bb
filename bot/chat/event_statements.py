"""Events told in commands or plain words: `demand received 2/2`, "we received their
demand yesterday", "plaintiff sent its demand on May 14", "defendant responded today".

Each becomes the order's event slug ("demand_received") and the day it happened. The
verb is kept as said, because an order counting from receipt and one counting from
sending give different dates; the deadline engine decides what a recorded verb means
for the order's own trigger (`core.events`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from settleconf.core.events import VERBS

EVENT_NOUNS = ("demand", "response")
# How people say it -> the verb an order uses.
_VERB_WORDS = {
    "received": "received",
    "got": "received",
    "sent": "sent",
    "emailed": "sent",
    "e-mailed": "sent",
    "mailed": "sent",
    "delivered": "sent",
    "served": "served",
    "made": "made",
    "communicated": "made",
    "filed": "filed",
}
_VERB = r"(?P<verb>received|got|sent|e-?mailed|mailed|delivered|served|made|communicated|filed)"
_SUBJECT = (
    r"(?:(?:we|they|i|(?:the\s+)?(?:plaintiffs?|defendants?|defen[cs]e|other\s+side)"
    r"(?:['’]s?\s+counsel)?|(?:opposing\s+)?counsel)\s+(?:have\s+|has\s+|just\s+)?)?"
)
_OWNER = (
    r"(?:(?:the|their|its|our|his|her|a|an|(?:the\s+)?(?:plaintiff|defendant)s?['’]?s?)\s+)*"
    r"(?:(?:settlement|written)\s+)?"
)
_NOUN = r"(?P<noun>demand|response)"
_TO_DEMAND = rf"(?:\s+to\s+{_OWNER}demand)?"
_ACTIVE = re.compile(rf"^{_SUBJECT}{_VERB}\s+{_OWNER}{_NOUN}{_TO_DEMAND}(?P<rest>.*)$", re.I)
_PASSIVE = re.compile(
    rf"^{_OWNER}{_NOUN}{_TO_DEMAND}\s+(?:was\s+|is\s+|has\s+been\s+|got\s+)?{_VERB}(?P<rest>.*)$",
    re.I,
)
_RESPONDED = re.compile(
    rf"^{_SUBJECT}(?:responded|replied|answered){_TO_DEMAND}(?P<rest>.*)$", re.I
)
_MEANS = re.compile(
    r"\b(?:by|via|through)\s+(?:e-?mail|mail|fedex|courier|hand|ecf|letter)\b", re.I
)
_QUESTION = re.compile(r"^(?:when|what|did|has|have|is|was|were|why|how|who)\b", re.I)
# A statement that goes on to ask ("we got their demand yesterday, when do we respond")
# is a question about the event, not a record of it.
# ("whats", "anything", "r we" after the comma: Slack spelling asks too, and a dash is a
# comma there: "we sent our demand on the 10th - whats left for us")
_ASKS = re.compile(
    r"(?:[,;]|\s[-–—]+)\s*(?:so\s+|and\s+|ok\s+)?(?:when|whens|what|whats|what['’]s|how|do|does|"
    r"should|must|is|are|can|anything|any|where|which|who|r|did|have|has)\b"
    r"|\b(?:when|what|how)\s+(?:do|does|is|are|should|will|must|can)\b",
    re.I,
)

DateReader = Callable[[str], date]


def usage(noun: str = "demand") -> str:
    return f"`{noun} received DATE` (or made, sent, served), e.g. `{noun} received 2025-02-02`"


def read_event_words(noun: str, words: list[str], read_date: DateReader) -> tuple[str, date]:
    """`demand VERB [DATE]` after the command word: the slug and the day (today if none)."""
    verb = _VERB_WORDS.get(words[0].lower()) if words else None
    if verb is None or verb not in VERBS:
        raise ValueError(f"Write {usage(noun)}.")
    return f"{noun}_{verb}", read_date(_when(" ".join(words[1:])) or "today")


def event_statement(text: str, read_date: DateReader) -> tuple[str, date] | None:
    """A plain-words event ("we received their demand yesterday"), or None if the text
    says no event. Raises ValueError (with the forms to use) when it names an event but
    its day cannot be read: a guessed day would be a wrong deadline."""
    said = " ".join(text.strip().rstrip(".!").split())
    if said.endswith("?") or _QUESTION.match(said) or _ASKS.search(said):
        return None
    m = _ACTIVE.match(said) or _PASSIVE.match(said)
    if m is not None:
        noun, verb = m["noun"].lower(), _VERB_WORDS[m["verb"].lower()]
    elif (m := _RESPONDED.match(said)) is not None:
        noun, verb = "response", "made"
    else:
        return None
    when = _when(m["rest"])
    if not when:
        raise ValueError(f"When was the {noun} {verb}? Write {usage(noun)}.")
    return f"{noun}_{verb}", read_date(when)


def _when(rest: str) -> str:
    rest = _MEANS.sub(" ", rest)
    return re.sub(r"^\s*(?:,\s*)?(?:on\s+)?", "", rest).strip(" ,")
