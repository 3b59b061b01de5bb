"""A place put up in a yes/no question, checked against the order's: "is the mediation at the
old courthouse on bull street?" when the order holds it at 8 Southern Oaks Ct. is a No, never
a Yes for its being in person."""

from __future__ import annotations

import re

# The place words that tell one place from another ("the old courthouse on bull street", "in
# sacramento"): not the words every courthouse shares.
_PLACE_PUT = re.compile(r"\b(?:at|in|on)\s+((?:[a-z.'’-]+\s*){1,6})")
_COMMON_PLACE = frozenset({
    "the", "a", "an", "old", "new", "main", "federal", "us", "u.s.", "united", "states",
    "courthouse", "court", "courtroom", "building", "street", "st", "avenue", "ave", "road", "rd",
    "downtown", "person", "chambers", "room", "floor", "it", "our", "their", "this", "that",
    "zoom", "teams", "video", "phone", "remote", "remotely",
    # when, not where: "is it in person on monday?", "... in the morning?"
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "morning",
    "afternoon", "time", "day", "date", "week", "today", "tomorrow", "same", "both", "all",
    "case", "conference", "mediation", "session", "settlement", "again", "still", "too",
})


# A room put up by its number ("in courtroom 4", "room 15b"): the number tells it apart, and
# a place with no such room ("Judge Dominguez's chambers") is another place.
_ROOM_PUT = re.compile(r"\b(courtroom|ctrm|room|suite|floor)\s*(?:no\.?\s*|#\s*)?(\d+[a-z]?|"
                       r"[a-z]-?\d+)\b")


def _said_place(question: str) -> list[str]:
    """The words that tell the place the question puts up from another."""
    words = (w.strip(".,'’?") for m in _PLACE_PUT.finditer(question.lower())
             for w in m.group(1).split())
    return [w for w in words if len(w) > 2 and w not in _COMMON_PLACE]


def same_place(question: str, place: str) -> bool:
    """Whether the question puts up a place and the order's `place` names all of it ("is the
    conference in san francisco?" of "450 Golden Gate Avenue, San Francisco")."""
    return bool(_said_place(question)) and not other_place(question, place)


def other_place(question: str, place: str) -> bool:
    """Whether the question puts up a place the order's `place` does not name."""
    held = place.lower()
    room = _ROOM_PUT.search(question.lower())
    if room and not re.search(rf"\b{re.escape(room.group(2))}\b", held):
        return True
    return any(w not in held for w in _said_place(question))
