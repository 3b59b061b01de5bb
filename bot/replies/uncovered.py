"""Procedure questions a settlement-conference order usually leaves open: how to ask for an
adjournment, what happens at the conference. Said plainly ("The order doesn't say how to
ask for an adjournment") with what the order does set, never a guessed rule and never
"I'm not sure what you're asking"."""

from __future__ import annotations

import re
from datetime import date

from settleconf.bot.replies.change_notes import how_held
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.formatting import relative_day, zone_abbrev
from settleconf.bot.replies.reply import Reply
from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.matter import Matter
from settleconf.core.procedures import explain

# Topics read by `questions.interpret` that are no topic of `core.procedures`.
ADJOURNMENT = "adjournment"
OVERVIEW = "conference_overview"


def _when(matter: Matter) -> str | None:
    conf = matter.conference
    if conf.date is None:
        return None
    when = fmt_day(conf.date)
    if conf.time is not None:
        when += f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}"
    held = how_held(conf)
    return f"{when}, {held}" if held else when


def _lower_first(text: str) -> str:
    return text if re.match(r"[A-Z]{2}", text) else text[:1].lower() + text[1:]


def adjournment_reply(matter: Matter, today: date) -> Reply:
    """"how do we ask to adjourn?": the order sets a date, not a way to move it."""
    when = _when(matter)
    text = "The order doesn't say how to ask for an adjournment"
    if when and matter.conference.date is not None:
        text += (f"; it sets the conference for {when} "
                 f"({relative_day(matter.conference.date, today)})")
    return Reply(text=f"{text}.", intent="explain", title=matter_title(matter),
                 matter=matter.docket,
                 details=("Ask me “what if the conference moves to June 20?” to see the new "
                          "deadlines.",))


def overview_reply(matter: Matter, today: date) -> Reply:
    """"what happens at the conference?": what the order says of it, in one line."""
    said = [explain(matter.order, topic) for topic in ("confidentiality", "attendance")]
    points = [_lower_first(ex.summary[0].rstrip(".")) for ex in said if ex.found and ex.summary]
    when = _when(matter)
    if points and points[0].startswith("the conference is ") and when:
        # "The conference (Tue May 28 ..., on Teams) is off the record ...": one subject
        points[0] = f"the conference ({when}) is {points[0].removeprefix('the conference is ')}"
        text = f"{'; '.join(points)}."
    else:
        head = (f"The conference is {when}" if when else
                "The order doesn't say when the conference is")
        text = f"{head}; {'; '.join(points)}." if points else f"{head}."
    details = tuple(f"- {ex.summary[1]}" for ex in said if ex.found and len(ex.summary) > 1)
    return Reply(text=text[:1].upper() + text[1:], intent="explain", title=matter_title(matter),
                 matter=matter.docket, details=details)
