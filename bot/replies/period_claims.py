""""Isn't the demand due 10 days before the conference?": a period the question states for a
duty, checked against the order's before its date is given -- a "No" when they differ, so a
wrong premise is never let stand (before: the date alone, right, but the premise unanswered).
"""

from __future__ import annotations

import re

from settleconf.bot.replies.answer_first import NUMBER_WORDS
from settleconf.bot.replies.day_answers import item, lower_title
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.deadlines import Deadline
from settleconf.core.matter import Matter
from settleconf.core.order import RuleKind
from settleconf.core.periods import Unit

# "10 days before", "five business days prior to the conference", "2 weeks before"
_PERIOD = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+"
    r"(?P<kind>business\s+|court\s+|calendar\s+)?(?P<unit>days?|weeks?)\s+(?:before|prior)\b",
    re.IGNORECASE,
)
_A_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b", re.IGNORECASE)
# A premise put to the bot: "isn't it ...", "I thought ...", "someone said ...", "right?"
# (a "?" closing "right?" leaves no word boundary after it: those end the string instead)
_PREMISE = re.compile(r"\b(?:isn'?t|is it not|i thought|thought|someone said|i heard|am i right)\b"
                      r"|\b(?:right|correct)\s*\??\s*$", re.IGNORECASE)


def period_claim_reply(matter: Matter, deadline: Deadline, question: str) -> Reply | None:
    """Yes or no to a stated period for a duty counted back from the conference."""
    rule = deadline.obligation.rule
    m = _PERIOD.search(question)
    if m is None or not _PREMISE.search(question) or rule.kind is not RuleKind.RELATIVE or (
            rule.amount is None or rule.unit is None):
        return None
    if _A_DAY.search(question[m.end():]) and re.search(r"\b(?:was|is|be|=|gives?|makes?)\b"
                                                        r"(?: \w+){0,2} (?:the |may )?\d",
                                                        question[m.end():]):
        return None  # "... before the 28th was the 21st": a day worked out, the why answers it
    n = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS[m.group("n").lower()]
    days = n * 7 if m.group("unit").lower().startswith("week") else n
    business = bool(m.group("kind")) and not m.group("kind").lower().startswith("calendar")
    same = days == rule.amount and business == (rule.unit is not Unit.DAYS)
    ob = deadline.obligation
    text = (f"{'Yes' if same else 'No'} — the {lower_title(deadline)} is due "
            f"{rule.describe()}: {item(deadline)} ({source(ob.paragraph)}).")
    label = f"para. {ob.paragraph}" if ob.paragraph else "preamble"
    return Reply(text=text, intent="deadline", title=matter_title(matter), matter=matter.docket,
                 citations=(Citation(f"Order, {label}", ob.quote),))


# "how many days before the conf is the ltr due", "... the demand due vs the letter": the
# order's period for each duty named, not its date alone
_HOW_LONG_BEFORE = re.compile(
    r"\bhow (?:many|much) (?:business |court |calendar )?(?:days|time|weeks)\b(?: \w+){0,3} "
    r"(?:before|prior to|ahead of|in advance of)\b|\bhow far (?:in advance|ahead|before)\b",
    re.IGNORECASE,
)


def period_asked_reply(matter: Matter, deadlines: list[Deadline], question: str) -> Reply | None:
    """The period of each duty asked about, counted back from the conference."""
    back = [d for d in deadlines if d.obligation.rule.kind is RuleKind.RELATIVE
            and d.obligation.rule.amount is not None and d.obligation.rule.unit is not None]
    if not back or not _HOW_LONG_BEFORE.search(question):
        return None
    parts = [f"the {lower_title(d)} is due {d.obligation.rule.describe()}: {item(d)} "
             f"({source(d.obligation.paragraph)})" for d in back]
    text = "; ".join(parts)
    return Reply(text=f"{text[:1].upper()}{text[1:]}.", intent="deadline",
                 title=matter_title(matter), matter=matter.docket,
                 citations=tuple(Citation(f"Order, para. {d.obligation.paragraph}"
                                          if d.obligation.paragraph else "Order, preamble",
                                          d.obligation.quote) for d in back))
