"""Periods counted from an event of the case that the order cannot date: a prisoner's
release or transfer, the stay being lifted, a settlement being reached.

"Within ten (10) days after Plaintiff's release, he shall file a notice of change of
address.", "Should Plaintiff be transferred again, he shall, within seven (7) days after the
transfer, file a notice", "Within thirty (30) days after the stay is lifted, Defendants shall
answer": the period runs from a day no one knows yet. Read as an unnamed anchor, the reason
quoted a stub of the words ("runs from 'Plaintiff'", "from 'the stay is'") and the duty sat
undetermined as if the order were unreadable. It is a duty that waits on its event: the
period is kept, no date is guessed, and the event is named so the team can record it when it
happens.

The words must follow the period's direction word directly ("after", "following", "of",
"from"), and the event word must end the anchor: "after the transfer hearing", "the transfer
of funds" and a settlement's "release of claims" are not taken, nor "the release" without
its place ("from custody"), a settlement's release being the likelier reading.
"""

from __future__ import annotations

import re

# A person's own release or transfer: "Plaintiff's release", "his transfer".
_PERSON = r"(?:(?:the\s+)?(?:plaintiff|petitioner|inmate|prisoner)s?['’]?s?|his|her|their)"
_WHO = r"(?:(?:the\s+)?(?:plaintiff|petitioner|inmate|prisoner)|he|she|they)"
_BEEN = r"(?:is|are|has\s+been|have\s+been|was|were|gets|get)"
_PLACE = (
    r"\s+(?:from|to|out\s+of)\s+(?:[\w-]+\s+){0,3}?(?:custody|prison|institution|facility|jail"
    r"|unit|incarceration)"
)
_EVENTS: tuple[tuple[str, str, str], ...] = (
    (
        "release",
        "the release from custody",
        # "the release" alone is a settlement's release of claims: only with its place
        rf"{_PERSON}\s+(?:release|discharge|parole)(?:{_PLACE})?"
        rf"|(?:the|any|a)\s+(?:release|discharge|parole){_PLACE}"
        rf"|{_WHO}\s+{_BEEN}\s+(?:released|discharged|paroled)(?:{_PLACE})?",
    ),
    (
        "transfer",
        "the transfer to another institution",
        rf"(?:{_PERSON}|the|any|a)\s+(?:further\s+|next\s+)?transfer(?:{_PLACE})?"
        rf"|{_WHO}\s+{_BEEN}\s+(?:again\s+)?transferred(?:{_PLACE})?",
    ),
    (
        # "within thirty (30) days after the settlement is reached, Plaintiffs shall petition
        # for approval of the minor's compromise": a day no one knows at the conference.
        "settlement",
        "the settlement being reached",
        r"(?:the\s+|any\s+|a\s+)?settlement\s+(?:is|has\s+been|was)\s+(?:reached|placed\s+on"
        r"\s+the\s+record|announced|finalized)"
        r"|(?:the\s+|any\s+)?settlement(?=\s*[,;])"
        r"|(?:the\s+)?(?:case|action|matter|claims?)\s+(?:settles|(?:is|are|has\s+been|have\s+been)"
        r"\s+settled)|the\s+parties\s+(?:settle|reach\s+(?:a\s+)?settlement)",
    ),
    (
        "stay_lifted",
        "the stay being lifted",
        r"the\s+stay\s+(?:is|has\s+been)\s+(?:lifted|dissolved|vacated)|the\s+stay\s+(?:ends|expires)"
        r"|(?:the\s+)?(?:lifting|expiration|expiry|end)\s+of\s+the\s+stay",
    ),
)
_EVENT_AT = re.compile(
    r"\s*(?:" + "|".join(f"(?P<e{i}>{rx})" for i, (_, _, rx) in enumerate(_EVENTS)) + r")"
    # the event word ends the anchor: "after the transfer hearing", "the transfer of funds",
    # "the release of claims" are other things
    r"(?![\w-]|\s+(?:hearing|order|motion|request|of|agreement|form|documents?|papers?"
    r"|conference|payments?|funds|proceeds)\b)",
    re.IGNORECASE,
)
CASE_EVENTS = frozenset(slug for slug, _, _ in _EVENTS)


def case_event_at(sentence: str, at: int) -> tuple[str, str, int] | None:
    """(slug, name, end) of the case event that starts at `at` (right after the direction
    word), or None."""
    m = _EVENT_AT.match(sentence, at)
    if m is None or m.lastgroup is None:
        return None
    slug, name, _ = _EVENTS[int(m.lastgroup[1:])]
    return slug, name, m.end()


def waits_reason(name: str) -> str:
    return (
        f"The period runs from {name}, which the order does not date: the duty waits on "
        "that event. Record it when it happens."
    )
