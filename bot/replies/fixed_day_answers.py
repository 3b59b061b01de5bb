"""Whether a date the order states outright moves off a weekend or holiday: it does not.
FRCP 6(a) computes periods ("7 days before"); a date the court writes ("March 1, 2008", a
Saturday; "February 18, 2013", Washington's Birthday) is the day it names, so "does it roll to
Monday?" and "it's really due the 19th, right?" are a No with the order's own day."""

from __future__ import annotations

import re

from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.replies.day_answers import key_day, lower_title, short
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.holiday_notes import holiday_name
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.deadlines import Deadline, order_calendar
from settleconf.core.matter import Matter
from settleconf.core.order import RuleKind

# "does it roll to monday?", "push it to the 19th?", "so it's really due the 19th"
_MOVES = re.compile(r"\broll\w*\b|\bmove[sd]?\b|\bpush\w*\b|\bbump\w*\b|\bshift\w*\b|"
                    r"\bcarr(?:y|ies) over\b|\bextend\w*\b|\breally due\b|\bnext (?:business |"
                    r"court )?day\b|\bfalls? on\b|\blands? on\b|\bis a (?:saturday|sunday|"
                    r"holiday|weekend)\b")


# ... because it lands on a closed day: without one, "can we push the deadline back?" asks
# for an extension, which the Court may grant, and is no question of counting.
_CLOSED_DAY = re.compile(r"\broll\w*|\bnext (?:business |court )?day\b|\breally due\b|"
                         r"\bsaturday\b|\bsunday\b|\bweekend\b|\bholiday\b|\bmemorial\b|"
                         r"\blabou?r day\b|\bjuneteenth\b|\bthanksgiving\b|\bchristmas\b|"
                         r"\bnew year|\bpresidents?\b|\bcolumbus\b|\bveterans\b|\bindependence\b|"
                         r"\bfourth of july\b|\bjuly 4|\bmlk\b|\bking day\b")


def fixed_day_reply(matter: Matter, d: Deadline, question: str) -> Reply | None:
    """None unless `d` is a date the order states and the question asks whether it moves off
    a weekend or holiday."""
    q = question.lower()
    day = key_day(d)
    if d.obligation.rule.kind is not RuleKind.FIXED or day is None or not _MOVES.search(q) or (
            not _CLOSED_DAY.search(q)):
        return None
    named = [n.day for n in days_named(q, day) if n.holiday is None and n.day != day]
    if named and not any(abs((n - day).days) <= 4 for n in named):
        return None  # another day altogether: not a roll off this one
    closed = holiday_name(order_calendar(matter.order), day) or (
        "a Saturday" if day.weekday() == 5 else "a Sunday" if day.weekday() == 6 else None)
    why = f"even though it falls on {closed}" if closed else "it is the day the order states"
    cite = source(d.obligation.paragraph)
    text = (f"No — the {lower_title(d)} is due {short(day)}: a date the order states doesn't "
            f"move, {why}; only periods counted in days roll off weekends and holidays "
            f"(FRCP 6(a)) ({cite}).")
    label = f"Order, para. {cite[1:]}" if cite.startswith("¶") else "Order, preamble"
    return Reply(text=text, intent="why", title=matter_title(matter), matter=matter.docket,
                 citations=(Citation(label, d.obligation.quote),))
