""""How many business days until the ex parte letter is due?", "days left on our response?":
the count from today to the duty's day, in the unit asked (business days on the court's own
calendar: weekends and its legal holidays skipped), rather than the order's rule again."""

from __future__ import annotations

import re
from datetime import date, timedelta

from settleconf.bot.replies.day_answers import key_day, lower_title, short
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Reply
from settleconf.core.counting import CalendarLike
from settleconf.core.deadlines import Deadline, DeadlineStatus, order_calendar
from settleconf.core.matter import Matter

# Time left, not the order's period: "how many days until ...", "... do we have left",
# "days left on ..." -- "how many days does def get to respond?" asks the period (7 days)
_ASKS = re.compile(r"\bhow many (?P<b>business |court |working )?days\b(?: \w+){0,4}? (?:until|"
                   r"till|til|left|remaining)\b|\b(?P<b2>business |court |working )?days? "
                   r"(?:left|remaining)\b", re.IGNORECASE)


def _open_days(start: date, end: date, calendar: CalendarLike) -> int:
    """Days the court is open after `start`, up to and including `end` (the way a period is
    counted: today excluded)."""
    n, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if calendar.closed_reason(day, forward=True) is None:
            n += 1
    return n


def time_left_reply(matter: Matter, deadline: Deadline, question: str, today: date) -> Reply | None:
    m = _ASKS.search(question)
    due = key_day(deadline)
    if m is None or due is None or due < today:
        return None
    business = bool(m.group("b") or m.group("b2"))
    if business:
        # the calendar the schedule itself is counted on
        n = _open_days(today, due, order_calendar(matter.order))
        unit = "business day" if n == 1 else "business days"
    else:
        n = (due - today).days
        unit = "day" if n == 1 else "days"
    latest = deadline.status is DeadlineStatus.AWAITING_EVENT
    when = f"by {short(due)} at the latest" if latest else short(due)
    head = f"{n} {unit}" + (" at most" if latest else "")
    text = (f"{head} from today ({short(today)}): the {lower_title(deadline)} is due {when} "
            f"({source(deadline.obligation.paragraph)}).")
    return Reply(text=text, intent="deadline", title=matter_title(matter), matter=matter.docket)
