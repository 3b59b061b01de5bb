""""Is the settlement demand due before the letter?", "which comes first, the demand or the
letter?": two of the matter's duties put side by side, each with its day and paragraph.
A duty waiting on an event is compared on the latest day it can fall, and said so."""

from __future__ import annotations

from settleconf.bot.chat.questions import Interpretation
from settleconf.bot.replies.day_answers import item, key_day, lower_title
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.deadlines import DeadlineStatus, Schedule
from settleconf.core.events import event_phrase
from settleconf.core.matter import Matter


def compare_reply(matter: Matter, meaning: Interpretation, schedule: Schedule) -> Reply | None:
    first = schedule.get(meaning.obligation_id or "")
    second = schedule.get(meaning.options[0].obligation_id or "") if meaning.options else None
    if first is None or second is None:
        return None
    a, b = key_day(first), key_day(second)
    if a is None or b is None:
        return None
    asked = meaning.asked_about or "before"
    waiting = next((d for d in (first, second) if d.status is DeadlineStatus.AWAITING_EVENT), None)
    if waiting is not None:
        # counted from an event not yet recorded: it may yet fall on any day up to its latest
        verdict = (f"Not fixed yet — the {lower_title(waiting)} is counted from "
                   f"{event_phrase(waiting.obligation.rule.event or 'its event')}, which is not "
                   "recorded")
    elif asked == "which":
        earlier, later = (first, second) if a <= b else (second, first)
        verdict = (f"The {lower_title(earlier)} comes first" if key_day(earlier) != key_day(later)
                   else f"Both fall on the same day: the {lower_title(first)} and the "
                        f"{lower_title(second)}")
    else:
        yes = a < b if asked == "before" else a > b
        same = a == b
        word = "Same day" if same else ("Yes" if yes else "No")
        verdict = (f"{word} — the {lower_title(first)} is due "
                   f"{'the same day as' if same else ('before' if a < b else 'after')} the "
                   f"{lower_title(second)}")
    days = "; ".join(f"{item(d)} ({source(d.obligation.paragraph)})"
                     for d in sorted((first, second), key=lambda d: key_day(d) or a))
    cites = tuple(Citation(f"Order, {_label(d.obligation.paragraph)}", d.obligation.quote)
                  for d in (first, second))
    return Reply(text=f"{verdict}: {days}.", intent="deadline", title=matter_title(matter),
                 matter=matter.docket, citations=cites)


def _label(paragraph: str | None) -> str:
    return f"para. {paragraph}" if paragraph else "preamble"
