"""A meeting word that says HOW the settlement session is held, not another meeting.

"This matter is set for a settlement conference before the undersigned by video
teleconference (VTC) on Wednesday, November 3, 2027": "teleconference" here is the manner of
the settlement conference (by/via/through/over a teleconference), not a second meeting that
owns the date. Read as a meeting of its own, it took the date from the conference and the
order seemed to set no session at all. A "teleconference" counts as the manner only when a
manner preposition stands right before it (with at most "a/the", "video"/"audio"/"Zoom" and
the like between); "a telephone status teleconference is set for ..." is still a meeting.
"""

from __future__ import annotations

import re

# The preposition and at most two short modifiers, read backwards from the meeting word: a
# bounded window, so the check stays linear in the text's length.
_MANNER_BEFORE = re.compile(
    r"\b(?:by|via|through|over|using)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:video|audio|zoom|webex|virtual|secure|remote|televised|institutional)\s+){0,2}$",
    re.IGNORECASE,
)


def is_manner(text: str, start: int) -> bool:
    """True when the meeting word starting at `start` is said as the way a session is held."""
    return _MANNER_BEFORE.search(text, max(0, start - 60), start) is not None
