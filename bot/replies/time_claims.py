""""Is the ex parte letter due at 2:30 like the conference?", "does our response have to go out
by 5pm on the 21st?": an hour the question states for a duty, checked against the order's --
a "No" when the order gives none (FRCP 6(a)(4): the last day runs to midnight in the court's
zone) or another, so a wrong premise about the hour is never let stand.
"""

from __future__ import annotations

import re

from settleconf.bot.chat.clock_said import DAY_END, TAG_QUESTION, said_time
from settleconf.bot.chat.fact_kinds import YES_NO
from settleconf.bot.replies.day_answers import item, lower_title
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.counting import fmt_time
from settleconf.core.deadlines import Deadline
from settleconf.core.matter import Matter


def time_claim_reply(matter: Matter, deadline: Deadline, question: str) -> Reply | None:
    """Yes or no to a stated hour for a duty; None when the question states none."""
    said = said_time(question)
    if said is None or not (YES_NO.search(question.lower()) or TAG_QUESTION.search(question)):
        return None
    if said == DAY_END and not re.search(r"\bdue\b|\bdeadline\b", question, re.IGNORECASE):
        return None  # "is EOD friday ok for the ltr?": a day to send on, not the due hour
    ob = deadline.obligation
    due_at = deadline.due_time
    if due_at is None and said == DAY_END:
        text = (f"Yes — the order gives no hour for the {lower_title(deadline)}, so it is due by "
                f"the end of the day (midnight in the court's zone, FRCP 6(a)(4)): "
                f"{item(deadline)} ({source(ob.paragraph)}).")
    elif due_at is not None and said == DAY_END:
        text = (f"No — the {lower_title(deadline)} is due by {fmt_time(due_at)}, not the end of "
                f"the day: {item(deadline)} ({source(ob.paragraph)}).")
    elif due_at is None:
        text = (f"No — the order gives no hour for the {lower_title(deadline)}: it is due by the "
                f"end of the day (midnight in the court's zone, FRCP 6(a)(4)), not "
                f"{fmt_time(said)}: {item(deadline)} ({source(ob.paragraph)}).")
    else:
        verdict = "Yes" if due_at == said else "No"
        text = (f"{verdict} — the {lower_title(deadline)} is due by {fmt_time(due_at)}: "
                f"{item(deadline)} ({source(ob.paragraph)}).")
    label = f"para. {ob.paragraph}" if ob.paragraph else "preamble"
    return Reply(text=text, intent="deadline", title=matter_title(matter), matter=matter.docket,
                 citations=(Citation(f"Order, {label}", ob.quote),))
