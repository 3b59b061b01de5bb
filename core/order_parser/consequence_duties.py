"""A duty the order states only by what follows if it is not done: "If Defendant does not
confirm its intentions to participate in this conference by October 7, 2022, the Court will
release the hold", "Should plaintiff fail to serve a demand by May 20, the conference will
be vacated", "Failure to submit the statement by June 1 will result in sanctions". The
sentence's main clause is the court's (or no one's), and its date sits in the condition,
so the modal reader finds no party's duty; the party in the condition owes it.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.clauses import Duty, find_actor

_NOT_DONE = re.compile(
    r"^\W*(?:if|should|in\s+the\s+event(?:\s+that)?|where|when)\s+(?P<subj>[^,;]{1,80}?)\s+"
    r"(?:(?:does|do|did|shall|will|has|have)\s+not|fails?\s+to|failed\s+to|neglects?\s+to"
    r"|fail\s+to)\s+(?:timely\s+)?(?P<verb>[a-z][a-z-]+)"
    # "Failure (of/by a party) to submit ...": the party, when named, or the parties
    r"|^\W*(?:any\s+|a\s+)?failure\s+(?:(?:of|by)\s+(?P<subj2>[^,;]{1,60}?)\s+)?to\s+"
    r"(?:timely\s+)?(?P<verb2>[a-z][a-z-]+)"
    # "Unless the parties notify chambers by October 1, ...", "Unless each party's report is
    # received ... five (5) business days before the conference, ...": "if not", its duty
    # verb named, active or passive
    r"|^\W*unless\s+(?P<subj3>[^,;]{1,80}?)\s+(?:(?:is|are)\s+)?(?P<verb3>(?:notify|submit"
    r"|file|serve|exchange|lodge|deliver|provide|send|confirm|make|email|e-mail|inform"
    r"|advise)s?|(?:received|submitted|filed|lodged|delivered|served|exchanged|provided"
    r"|made|sent))\b",
    re.IGNORECASE,
)

# The comma that closes the condition, not the one inside "June 1, 2027".
_CLOSING_COMMA = re.compile(r",(?!\s*\d{4}\b)")
# "Failure to submit ... by June 1 will result ...": the condition runs to its main verb.
_MAIN_VERB = re.compile(r"\b(?:will|shall|may|can|could|results?|resulting)\b")


def consequence_duty(sentence: str) -> tuple[Duty, int] | None:
    """The duty in a sentence that says what follows if it is not done, and where the
    condition ends (its date must lie before that), or None."""
    m = _NOT_DONE.match(sentence)
    if m is None:
        return None
    subject = m.group("subj") or m.group("subj2") or m.group("subj3")
    who = find_actor(subject) if subject else "parties"
    if who is None:
        return None
    name = next(n for n in ("verb", "verb2", "verb3") if m.group(n))
    verb_at, verb = m.start(name), m.group(name).lower()
    closing = _CLOSING_COMMA.search(sentence, m.end())
    cut = closing.start() if closing else len(sentence)
    ends = _MAIN_VERB.search(sentence, m.end())
    if m.group("verb2") and ends is not None:
        cut = min(cut, ends.start())
    return Duty(None, (), verb_at, verb_at, who, False, verb), cut
