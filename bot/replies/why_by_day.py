""""How did you get May 20?": a why asked of a day rather than a duty. The day names the
duty whose deadline it is, so the question is answered as "why is the letter due then?"
instead of offering every duty to pick from."""

from __future__ import annotations

import re
from datetime import date

from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.chat.questions import IntentName, Interpretation
from settleconf.bot.replies.deadlines import key_day, why_reply
from settleconf.bot.replies.reply import Reply
from settleconf.core.deadlines import Deadline
from settleconf.core.matter import Matter


def why_of_day_reply(matter: Matter, meaning: Interpretation, today: date) -> Reply | None:
    """The why of the duty due on the one day the question names (an offered one first);
    None when the question names no day, or nothing is due that day."""
    found = deadline_of_day(matter, meaning, today)
    return why_reply(matter, found, today) if found is not None else None


def deadline_of_day(matter: Matter, meaning: Interpretation, today: date) -> Deadline | None:
    """The duty "why May 20?" asks about (the follow-up "and the demand's?" asks it again)."""
    options = [o for o in meaning.options if o.intent is IntentName.WHY and o.obligation_id]
    if meaning.intent is not IntentName.CLARIFY or not options or not meaning.read_as:
        return None
    days = list(dict.fromkeys(d.day for d in days_named(
        meaning.read_as, today, matter.conference.date) if d.holiday is None))
    contrast = len(days) == 2 and _CONTRAST.search(meaning.read_as)
    if len(days) != 1 and not contrast:
        return None
    # "why the 20th and not the 21st?": the day given first is the one asked about
    day = days[0]
    schedule = matter.schedule()
    # ranked: the duty the question leans to comes first, then any other due that day
    offered = [found for o in options if (found := schedule.get(o.obligation_id or ""))]
    for found in [*offered, *schedule.deadlines]:
        if key_day(found) == day:
            return found
    return None


_CONTRAST = re.compile(r"\b(?:and |but )?(?:not|instead of|rather than|vs|versus)\b")
