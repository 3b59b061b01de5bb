""""We already sent our demand back in february, do we need to send another by the 14th?": a
duty the order sets only if it has not been done yet, asked about by someone who says it has
been -- "No", with the order's condition, rather than the deadline's "Yes". Asked with a day
("by the 14th?") it is read as a date check, which answer_first's conditional never sees."""

from __future__ import annotations

import re

from settleconf.bot.replies.day_answers import lower_title
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.deadlines import Deadline
from settleconf.core.matter import Matter

# The order's own condition: "only if the plaintiff has not already made a settlement demand"
_UNLESS_DONE = re.compile(r"\bnot already\b|\bhas not (?:yet )?(?:been )?(?:made|sent|served)\b",
                          re.IGNORECASE)
# The asker says it was done: "we already sent it", "made one back in february", "sent a demand
# last month"
_SAYS_DONE = re.compile(
    r"\balready (?:sent|made|served|gave|emailed|e-mailed|did|done|delivered|have|had)\b|"
    r"\b(?:sent|made|served|gave|emailed|delivered) (?:\w+ ){0,4}?(?:back in|last|in) "
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month|year|week)\w*",
    re.IGNORECASE,
)


def done_already_reply(matter: Matter, deadline: Deadline, question: str) -> Reply | None:
    ob = deadline.obligation
    if not ob.condition or not _UNLESS_DONE.search(ob.condition) or not _SAYS_DONE.search(
            question):
        return None
    # worded as answer_first's yes/no on the same condition ("No — a demand already made
    # counts: ..."), which answers the question when it names no day
    text = (f"No — one already made counts: the order asks for the {lower_title(deadline)} "
            f"{ob.condition} ({source(ob.paragraph)}).")
    label = f"para. {ob.paragraph}" if ob.paragraph else "preamble"
    return Reply(text=text, intent="deadline", title=matter_title(matter), matter=matter.docket,
                 citations=(Citation(f"Order, {label}", ob.quote),))
