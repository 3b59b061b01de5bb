"""A colleague's account of an order, not the order.

Teams paste their own notes as often as the court's text: "FYI - Judge Lin set the SC for
6/3/27 at 10am (Zoom). Ex parte statements due 5 business days before", "Quick recap of the
MSC order (Dkt 44)", "Per Judge X's minute order this morning: SC set for ...", "Chambers just
called -- the SC is moving to Thursday", a calendar invitation "Per Judge X's order dated
...". The dates in such a note are read as written (they are what the team goes by), but
the note may have shortened, rounded or mistyped what the order says ("w/in 7 days" of what?),
so the reader is told the text is secondhand and asked to check it against the order.

A text is secondhand when it carries a note's words (FYI, recap, quick summary, "per the order",
"per Judge X's order", chambers "called"/"says"/"wants", "spoke with", "heads up", "update
from", "Judge X set the SC"), or is a calendar invitation's text (Outlook, Google, .ics), and none
of the court's own marks (IT IS ORDERED, SO ORDERED,
BY THE COURT, a uscourts.gov address, a deputy or law clerk's signature, a notice's caption or
title, CM/ECF's "Docket Text", an "/s/" signature). A chambers e-mail is the court's word;
a colleague relaying chambers' call is not.
"""

from __future__ import annotations

import re

SECONDHAND = (
    "This text reads as someone's note about the order, not the order itself or a message "
    "from chambers: its dates are read as written; check them against the order."
)

_NOTE_WORDS = re.compile(
    # not "summary judgment" nor a statement's "brief summary of the evidence"
    r"\bFYI\b|\brecap\b|\b(?:quick|short)\s+(?:summary|version)\b|\bheads\s+up\b|\bspoke\s+with\b"
    r"|\bupdate\s+from\b|\bper\s+(?:the|this|that)\s+(?:\w+\s+)?order\b"
    r"|\bper\s+(?:magistrate\s+)?judge\s+[\w.'’-]+(?:['’]s)?\s+(?:\w+\s+)?order\b"
    r"|\b(?:chambers|clerk)\b[^\n]{0,60}?\b(?:called|e-?mailed|says|said|wants)\b"
    r"|\bjudge\s+[\w.'’-]+\s+set\s+the\s+(?:SC|MSC|settlement)\b",
    re.IGNORECASE,
)
_COURT_MARKS = re.compile(
    r"\bIT\s+IS\s+(?:HEREBY\s+)?ORDERED\b|\bSO\s+ORDERED\b|\bBY\s+THE\s+COURT\b|uscourts\.gov"
    r"|\b(?:deputy|law)\s+clerk\b|\bcourtroom\s+deputy\b|\bdocket\s+text\b|/s/"
    r"|^[ \t]*UNITED\s+STATES\s+DISTRICT\s+COURT\b|\bNOTICE\s+OF\s+(?:SETTLEMENT|HEARING)\b"
    r"|\bCLERK['’]S\s+NOTICE\b|\bnotice\s+of\s+electronic\s+filing\b",
    re.IGNORECASE | re.MULTILINE,
)


# A calendar entry someone on the team made: Google Calendar's footer and "Time zone:" line,
# Outlook's "When: ... (UTC-05:00)" and "Accepted:/Updated:" subjects, an .ics event.
_INVITATION = re.compile(
    r"^[ \t]*(?:invitation\s+from\s+google\s+calendar|time\s+zone:\s*[A-Za-z]+/"
    r"|when:[^\n]{0,80}\(UTC[+-]\d{2}:\d{2}\)|(?:accepted|updated|tentative):\s"
    r"|BEGIN:VEVENT)",
    re.IGNORECASE | re.MULTILINE,
)


def secondhand_warning(text: str) -> str | None:
    """SECONDHAND for a colleague's note about an order or a calendar entry the team made of
    it (see the module docstring); a court-sent invitation carries the court's marks."""
    if (_NOTE_WORDS.search(text) or _INVITATION.search(text)) and not _COURT_MARKS.search(text):
        return SECONDHAND
    return None
