"""Periods counted from an event of the case that the order cannot date: a prisoner's
release or transfer, the stay being lifted.

"Within ten (10) days after Plaintiff's release, he shall file a notice of change of
address.", "Should Plaintiff be transferred again, he shall, within seven (7) days after the
transfer, file a notice", "Within thirty (30) days after the stay is lifted, Defendants shall
answer": the period runs from a day no one knows yet. Read as an unnamed anchor, the reason
quoted a stub of the words ("runs from 'Plaintiff'", "from 'the stay is'") and the duty sat
undetermined as if the order were unreadable. It is a duty that waits on its event: the
period is kept, no date is guessed, and the event is named so the team can record it when it
happens.

The words must follow the period's direction word directly ("after", "following", "of",
"from"), so "after the transfer hearing" and the like are not taken: the event word must end
the anchor.
"""

from __future__ import annotations

import re

_WHOSE = (
    r"(?:(?:the\s+)?(?:plaintiff|petitioner|defendant|inmate|prisoner)s?['’]?s?"
    r"|his|her|their|the|any|a)"
)
_WHO = r"(?:(?:the\s+)?(?:plaintiff|petitioner|inmate|prisoner)|he|she|they)"
_BEEN = r"(?:is|are|has\s+been|have\s+been|was|were|gets|get)"
_EVENTS: tuple[tuple[str, str, str], ...] = (
    (
        "release",
        "the release from custody",
        rf"{_WHOSE}\s+(?:release|discharge|parole)|{_WHO}\s+{_BEEN}\s+(?:released|discharged|paroled)",
    ),
    (
        "transfer",
        "the transfer to another institution",
        rf"{_WHOSE}\s+(?:further\s+|next\s+)?transfer|{_WHO}\s+{_BEEN}\s+(?:again\s+)?transferred",
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
    # the event word ends the anchor: "after the transfer hearing" is another thing
    r"(?:\s+(?:from|to|out\s+of)\s+(?:[\w-]+\s+){0,3}?(?:custody|prison|institution|facility|"
    r"jail|unit|incarceration))?(?![\w-]|\s+(?:hearing|order|motion|request)\b)",
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
