"""Dates a website dropped: the words that lead to a date are there, the date is not.

Case-law and forms sites often strip bold or underlined text from an order, and courts
put the dates in bold: "The settlement conference is scheduled to commence on at before
Magistrate Judge X", "No later than , each party shall submit ...", "Plaintiff shall
serve a demand by .". Nothing may be read into such a slot, and no date from a
neighbouring sentence may fill it (issue #13): the conference comes out with no date
and a warning quoting its sentence, each duty with a warning or a review flag.

A slot is hollow when a word that can only lead to a date ("no later than", "on or
before", "by", "on") is followed by what cannot start one: an end mark, a bare comma,
the next leg of the sentence ("at" a time, "before" the judge, "in" the courtroom) or
only a year. Every pattern is anchored on a short lead word and looks a few characters
ahead, so the scan stays linear in the text's length.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.conference_format import CONF, SETTLEMENT_CONF
from settleconf.core.order_parser.dates_in_text import DATE
from settleconf.core.order_parser.quoting import clip

_YEAR = r"(?:19|20)\d\d\b"
# What may follow a deadline's lead when its date is gone: an end mark, a comma (but not
# "before, during or after", nor "due, which is December 8": the date restated after it),
# "at" a time (not "at least"), or only the year left over.
_AFTER_DEADLINE = (
    rf"(?=\s*[.;)]|\s*,(?!\s*(?:during|and\s+during|or\s+during)\b"
    rf"|\s*(?:which\s+is|that\s+is|i\.\s?e\.,?)\s+(?:on\s+)?{DATE})|\s+at\b(?!\s+least)"
    rf"|\s*,?\s*{_YEAR})"
)
_DEADLINE_SLOT = re.compile(
    r"\b(?P<lead>(?:no|not)\s+later\s+than|on\s+or\s+before|by|until|due\s+on"
    r"|(?<=\bis\s)due|(?<=\bare\s)due|(?<=\bbe\s)due)"  # "Statements are due ."
    + _AFTER_DEADLINE,
    re.IGNORECASE,
)
# "on" and "for" lead elsewhere too ("and so on."); only a comma or a year after them,
# or "at" a time, says the date between was lost: "on , at", "on , 2019", "for at 9:30".
_SESSION_SLOT = re.compile(
    rf"(?<!so )\b(?P<lead>on|for|commencing)(?=\s*,\s*(?:at\b(?!\s+least)|{_YEAR}|before\b|in\b)"
    r"|\s+at\b(?!\s+least)"
    r"|\s+before\s+(?:the\s+)?(?:hon|magistrate|judge|united|district|chief|mediator)"
    r"|\s+in\s+(?:courtroom|the\s+chambers|chambers|room)\b"
    r"|\s*[.;])",
    re.IGNORECASE,
)
# The session's time gone, its date left: "on June 3, 2021 at before Judge X", "at a.m.".
_TIME_SLOT = re.compile(
    r"\bat(?=\s*,?\s*(?:before\s|in\s+(?:courtroom|the\s+chambers|chambers|room)\b|[.;]"
    r"|[ap]\.?\s?m\b\.?))",
    re.IGNORECASE,
)
_SETS = re.compile(
    r"\b(?:schedul\w*|sets?|resets?|reschedul\w*|continue[sd]?|held|hold|commence[sd]?|convene[sd]?|"
    r"begins?|take\s+place|occur|appear)\b",
    re.IGNORECASE,
)
MISSING = (
    "the date appears to be missing from the text (a website may have dropped bold or "
    "underlined text)"
)


def hollow_deadline(text: str) -> str | None:
    """The lead words of a deadline whose date is gone ("no later than", "by"), or None."""
    m = _DEADLINE_SLOT.search(text) or _SESSION_SLOT.search(text)
    return " ".join(m.group("lead").split()) if m else None


def hollow_session(text: str) -> str | None:
    """The lead word of the conference's own date when the sentence sets the conference
    and its date is gone ("scheduled to commence on at before ..."), or None."""
    if not (SETTLEMENT_CONF.search(text) or CONF.search(text)):
        return None
    sets = _SETS.search(text)
    if sets is None:
        return None
    m = _SESSION_SLOT.search(text, sets.end())
    return m.group("lead") if m else None


def hollow_time(text: str) -> bool:
    """Whether the sentence has an 'at' whose time is gone ("at before", "at a.m.")."""
    return _TIME_SLOT.search(text) is not None




def session_warning(sentence: str, lead: str, elsewhere: str | None) -> str:
    """The review warning for a conference whose date was lost from its sentence."""
    said = (
        f'The settlement conference has no date: in "{clip(sentence)}" nothing follows '
        f"'{lead}' where its date should be; {MISSING}. Check the order for the date and time."
    )
    if elsewhere:
        said += f" {elsewhere}"
    return said


def session_read_elsewhere(sentence: str, lead: str, other: str) -> str:
    """The warning when the conference's own sentence lost its date and another sentence
    that sets the session in full (a docket summary) gave it."""
    return (
        f'The sentence that sets the settlement conference, "{clip(sentence)}", has nothing '
        f"after '{lead}' where its date should be; {MISSING}. The date and time were read "
        f'from another sentence that sets it too: "{clip(other)}"; check them.'
    )


def time_warning(sentence: str) -> str:
    """The warning for a session whose time was lost from the sentence that sets it."""
    return (
        f'No time found for the settlement conference: in "{clip(sentence)}" nothing '
        f"follows 'at' where its time should be; the time appears to be missing from the "
        "text (a website may have dropped bold or underlined text)."
    )


def deadline_reason(lead: str) -> str:
    """The review reason on a duty read from a sentence with a hollow deadline slot."""
    return (
        f"Nothing follows '{lead}' in this sentence where a date should be; {MISSING}, so a "
        "deadline in it may be missing. Check the sentence in the order."
    )
