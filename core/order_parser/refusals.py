"""A deadline the order puts in the negative: "Requests to continue the conference filed
fewer than seven days before it will not be granted". Read as the duty it implies (a
request to continue must be filed at least seven days before the conference), on the
condition that a party wants to make one; the period phrase itself is read as usual.

And a party's proposal the order turns down: "Defendant's proposal that memoranda be due on
July 12 is not adopted", "The parties' request that statements be due ten days before the
new date is denied": the date is what someone asked for, never a duty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from settleconf.core.order_parser.clauses import Duty
from settleconf.core.order_parser.phrase_patterns import session_term

_REFUSAL = re.compile(
    r"^\W*(?:(?:any|all|a|an)\s+)?(?P<paper>(?:written\s+)?(?:requests?|motions?|applications?"
    r"|stipulations?))\s+(?:to|for)\s+(?P<what>[^.;]{3,90}?),?\s+(?:that\s+(?:is|are)\s+)?"
    r"(?P<verb>filed|submitted|made|received|lodged|presented)\s+(?:fewer|less)\s+than\s+"
    r"(?P<period>[^.;]{3,60}?)\s+(?:before|prior\s+to|in\s+advance\s+of)\s+"
    r"(?P<anchor>it|the\s+same|(?:the|that|this|such)\s+(?:scheduled\s+)?"
    + session_term(r"\s+")
    + r")\s+(?:will|shall|may)\s+not\s+be\s+(?:granted|considered|entertained|accepted|heard)\b",
    re.IGNORECASE,
)
_TURNED_DOWN = re.compile(
    r"^\W*(?:[\w.'’-]+\s+){0,4}?(?:proposals?|requests?|applications?|suggestions?"
    r"|proposed\s+(?:dates?|deadlines?|schedule))\b[^.;]{0,200}?\b(?:is|are|was|were)\s+"
    r"(?:hereby\s+|therefore\s+|respectfully\s+)?(?:not\s+(?:adopted|accepted|granted|approved)"
    r"|rejected|denied|declined|overruled)\b",
    re.IGNORECASE,
)
_SESSION_NAMED = re.compile(r"\b" + session_term(r"\s+"), re.IGNORECASE)


@dataclass(frozen=True)
class Refusal:
    duty: Duty
    pronoun_is_session: bool  # "before it", and "it" can only be the session the request names


def read_refusal(sentence: str) -> Refusal | None:
    m = _REFUSAL.match(sentence)
    if m is None:
        return None
    what = " ".join(m.group("what").split())
    paper = m.group("paper").lower().rstrip("s")
    condition = f"only if a party makes a {paper} for {what}" if m.group(0)[
        m.start("what") - 4 : m.start("what")
    ].lower().endswith("for ") else f"only if a party seeks to {what}"
    pronoun = m.group("anchor").lower() in ("it", "the same")
    duty = Duty(
        condition,
        (),
        m.start("paper"),
        m.start("paper"),
        "parties",
        False,
        "file",
    )
    # "it" stands for the session only when the request is about one ("to continue the
    # conference") and nothing else in the sentence is a session.
    named = _SESSION_NAMED.findall(what)
    return Refusal(duty, pronoun and len(named) == 1)


def turned_down(sentence: str) -> bool:
    """The sentence refuses a party's proposal or request: its dates are no one's duty.
    Not when it goes on to set a date itself ("The request is denied, and statements remain
    due March 15")."""
    m = _TURNED_DOWN.match(sentence)
    return m is not None and _SETS_ITS_OWN.search(sentence, m.end()) is None


_SETS_ITS_OWN = re.compile(
    r"\b(?:shall|must|due|by|within|before|prior|later|until)\b|\d", re.IGNORECASE
)
