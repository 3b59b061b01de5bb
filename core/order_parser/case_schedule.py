"""A case schedule's deadlines beside the settlement conference: not settlement duties.

A scheduling order's docket text sets the settlement conference in the same entry as the
rest of the case: "SCHEDULING ORDER: Settlement Conference set for 9/22/2027 ... Amended
Pleadings due by 5/14/2027. Discovery due by 8/13/2027. Dispositive Motions due by
10/15/2027." -- CM/ECF's event lines, "<event> due by <date>", one a sentence. A motion entry
adds its own "Responses due by 6/9/2027". These are real dates, but not what a settlement
conference asks of the parties, and a user who pasted the entry for its settlement conference
must not find them in the conference's reminders as if they were. Such a line is flagged and
says why; a line naming a settlement paper ("Settlement statements due by"), an actor's
response ("Defendant's written response due by") or anything not in the case schedule is
left alone.
"""

from __future__ import annotations

import re

from settleconf.core.case_events import CASE_DEADLINE, CASE_LABEL
from settleconf.core.order_parser.dates_in_text import DATE

# The whole quote is one event line: a short label, "due" (by/on), a date, a stop; on a
# docket row the filer and the sheet's stamp may follow ("(Vance, Ola) (Entered: ...)").
_EVENT_LINE = re.compile(
    rf"^\W{{0,3}}(?P<label>[A-Za-z][\w'’ ,()/&-]{{0,80}}?)\s+(?:(?:is|are)\s+)?(?:due|deadline)"
    rf"(?:\s+(?:by|on))?\s*:?\s*{DATE}(?:\s+at\s+[\d:]{{1,5}}\s*[ap]\.?m\.?)?\s*[.;]?"
    r"(?:\s*\([^()\n]{0,60}\)){0,3}\s*[.;]?\s*$",
    re.IGNORECASE,
)
# A motion entry's briefing, written bare: "Responses due by", "Replies due by".
_BARE_BRIEFING = re.compile(r"^(?:responses?|repl(?:y|ies))$", re.IGNORECASE)
# What makes a line the settlement conference's own, whatever else it names (case_deadlines
# judges a written order's rows and sentences by the same words).
SETTLEMENT_WORD = re.compile(
    r"settle|mediat|\bADR\b|demand|offer|\bposition|statement|letter|memorand"
    r"|conference|neutral|attend|authority|ex\s+parte|confidential",
    re.IGNORECASE,
)



def case_schedule_reason(quote: str) -> str | None:
    """Why the quote is flagged as the case's schedule rather than a settlement duty."""
    said = " ".join(quote.split())
    if len(said) > 160:
        return None
    m = _EVENT_LINE.match(said)
    if m is None:
        return None
    label = m["label"].strip(" ,")
    if SETTLEMENT_WORD.search(label):
        return None
    if CASE_LABEL.search(label) or _BARE_BRIEFING.match(label):
        return CASE_DEADLINE
    return None
