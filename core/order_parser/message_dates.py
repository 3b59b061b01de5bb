"""When a pasted message was written: the date its own header or chat line gives.

Litigation teams paste more than orders: a deputy clerk's e-mail ("Sent: Tuesday, March 2,
2027 3:14 PM"), a colleague's note ("Sent: 12/6/27 5:47 PM"), a Slack/Teams/Google Chat
message with its day and time ("Dana Whitcomb -- Tuesday, March 2, 2027 9:41 AM", "[Mon, Oct 4,
2027] Ellis Varga:", "Google Chat - Fri, Apr 21, 2028, 3:22 PM", a day divider "----- Thursday,
September 30, 2027 -----"). That date is not the order's (parse reads the order's date without
the e-mail headers on purpose), but it is the day such a message's "a week from today", "this
Friday" and "tomorrow" count from, and the year its "Thursday, March 18" falls in.

Only the top of the paste is looked at: the first "Sent:"/"Date:" header line within the
first lines, or one of the first three non-blank lines when it is short, gives one full date
with its year, and reads like a message's stamp (a clock time, a bracket, a divider) rather
than a sentence. Quoted and forwarded messages further down have their own dates: not these.
"""

from __future__ import annotations

import re
from datetime import date

from settleconf.core.order_parser.dates_in_text import find_dates

_HEADER = re.compile(r"^[ \t]*(?:sent|date)[ \t]*:[ \t]*(?P<rest>[^\n]{6,80})$", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\b\.?)")
_STAMP = re.compile(r"^[ \t]*(?:\[|-{3,}|={3,})|\]|-{3,}[ \t]*$")
# A sentence, not a stamp: words that set or ask for something.
_SENTENCE = re.compile(
    r"\b(?:due|set|sets|reset|by|before|after|shall|must|conference|hearing|deadline|order)\b",
    re.I,
)
_TOP_LINES = 12
# An event's span ("1:30 – 4:30pm", "10:00 AM-12:00 PM"): a calendar entry, not a stamp.
_SPAN = re.compile(r"\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[–—-]\s*\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]")
# A form's or invitation's field ("Date: 08/17/2027", "When: ...", "MSC: Tue 3/21/28 @ 1:30
# pm", "new date: ..."): the session's date, not the message's.
_LABEL = re.compile(r"^[ \t]*[A-Za-z][\w .'/&-]{0,30}:[ \t]")
# "Date:" is a message header only beside the others ("From:", "To:", "Subject:").
_OTHER_HEADER = re.compile(r"^[ \t]*(?:from|to|subject|cc)[ \t]*:", re.I | re.M)


def message_date(text: str) -> date | None:
    """The date the pasted message was written, from its header or chat stamp; None when
    the top of the paste gives none (see the module docstring)."""
    lines = text.lstrip("\ufeff").splitlines()[:_TOP_LINES]
    for line in lines:
        header = _HEADER.match(line)
        if header is not None and (
            line.strip()[:4].lower() == "sent" or _OTHER_HEADER.search("\n".join(lines))
        ):
            found = [d for d in find_dates(header.group("rest")) if d.value is not None]
            if len(found) == 1:
                return found[0].value
    filled = [line for line in lines if line.strip()][:3]
    for line in filled:
        if (
            len(line.strip()) > 90
            or _SENTENCE.search(line) or _LABEL.match(line)
            or _SPAN.search(line)
        ):
            continue
        found = [d for d in find_dates(line) if d.value is not None]
        if len(found) != 1 or not re.search(r"\d{4}|/\d{2}\b", found[0].text):
            continue
        if _CLOCK.search(line) or _STAMP.search(line):
            return found[0].value
    return None
