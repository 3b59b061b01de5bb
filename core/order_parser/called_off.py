"""A session's old date, said in the ways a continuance order about a prisoner says it.

- An adverb between the verb and its participle: "The settlement conference set for August
  18, 2027, is therefore CONTINUED to ...", "... is accordingly vacated": the date is the
  one moved from, as in "is CONTINUED to" (CONNECTIVE, used inside conference.py's moved-away
  patterns).
- The setting in the past tense: "The settlement conference ... was set for November 18,
  2027. Plaintiff has since been transferred ...", "... after the Court set his settlement
  conference for October 18, 2028": history, like "previously set for".
- The order's own ruling as a gerund: "IT IS ORDERED vacating the settlement conference set
  for December 16, 2027."
- The date a change replaces: "... will be held on July 27, 2027 rather than July 20, 2027".
- The session that cannot be held: "The settlement conference set for December 16, 2027
  cannot go forward: ...", "will not proceed", "cannot take place".

Each such date was read as a second conference date, so every deadline counted from the new
one carried a "more than one conference date" review flag.
"""

from __future__ import annotations

import re

# Words that may stand between "is" and "continued"/"vacated" (see conference.MOVED_AWAY).
CONNECTIVE = r"therefore|accordingly|thus|hence|necessarily|also"

# Right before the date: "was set for", "had been scheduled for", "vacating the settlement
# conference set for".
_HISTORY_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:scheduled|set|calendared)"
    r"\s+(?:for|on)\s+(?:\w+,?\s+)?$"
    # "... transferred after the Court set his settlement conference for October 18": a
    # setting told as what came before something else
    r"|\b(?:after|since|when|once)\s+the\s+court\s+(?:had\s+)?(?:set|scheduled)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:for|on)\s+(?:\w+,?\s+)?$"
    r"|\bvacat(?:e|es|ing)\s+the\s+(?:[\w-]+\s+){0,3}?(?:conference|mediation|session)\s+"
    r"(?:(?:currently|previously)\s+)?(?:scheduled|set|calendared)\s+(?:for|on)\s+(?:\w+,?\s+)?$",
    re.IGNORECASE,
)
# Right after the date (its time may come between): "cannot go forward", "will not proceed".
_CANNOT_PROCEED = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)?,?\s*"
    r"(?:cannot|can\s+not|could\s+not|will\s+not|shall\s+not|may\s+not)\s+"
    r"(?:go\s+forward|proceed|take\s+place|be\s+held|go\s+ahead)\b",
    re.IGNORECASE,
)


# The judge's change to a so-ordered stipulation: "... will be held on July 27, 2027 rather
# than July 20, 2027": the date after "rather than" is the one given up, even where the
# sentence does not name the session right before it.
_GIVEN_UP = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:on\s+)?(?:\w+,?\s+)?$", re.I)


def given_up_before(before: str) -> bool:
    return _GIVEN_UP.search(before) is not None


def history_before(before: str) -> bool:
    """The text right before a date says it is the date the session had."""
    return _HISTORY_BEFORE.search(before) is not None


def cannot_proceed_after(text: str, end: int) -> bool:
    """The text right after a date says the session on it will not be held."""
    return _CANNOT_PROCEED.match(text, end) is not None
