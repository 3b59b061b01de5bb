"""Replies that explain the order's procedures, quoting it (core.procedures does the reading)."""

from __future__ import annotations

from datetime import date

from bot.deadline_replies import matter_title
from bot.formatting import relative_day, zone_abbrev
from bot.reply import Action, Citation, Field, Reply
from core.counting import fmt_day, fmt_time
from core.deadlines import Schedule
from core.matter import Matter
from core.order import ConferenceFormat
from core.procedures import explain


def explain_reply(matter: Matter, topic: str) -> Reply:
    ex = explain(matter.order, topic)
    if not ex.found:
        text = ex.summary[0] if ex.summary else f"The order doesn't say anything about {topic}."
        return Reply(text=text, intent="explain", title=matter_title(matter), matter=matter.docket)
    head, *rest = ex.summary or (ex.title,)
    return Reply(
        text=head,
        intent="explain",
        title=f"{ex.title} - {matter_title(matter)}",
        matter=matter.docket,
        details=tuple(f"- {point}" for point in rest),
        fields=tuple(Field(k.replace("_", " ").capitalize(), v) for k, v in ex.facts.items()),
        citations=tuple(Citation(f"Order, {q.label}", q.text) for q in ex.quotes),
    )


def conference_reply(matter: Matter, today: date) -> Reply:
    conf = matter.conference
    if conf.date is None:
        return Reply(
            text="The order doesn't give the conference date.",
            intent="conference",
            matter=matter.docket,
        )
    when = fmt_day(conf.date)
    if conf.time is not None:
        when += f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}"
    how = {
        ConferenceFormat.VIDEO: "by video",
        ConferenceFormat.TELEPHONE: "by telephone",
        ConferenceFormat.IN_PERSON: "in person",
        ConferenceFormat.UNKNOWN: "",
    }[conf.format]
    where = conf.platform or conf.location
    detail = " ".join(x for x in (how, f"on {where}" if conf.platform else where or "") if x)
    text = (
        f"The settlement conference is {when}{', ' + detail if detail else ''} "
        f"({relative_day(conf.date, today)})."
    )
    if conf.link_delivery:
        text += f" {conf.link_delivery}"
    cites = []
    if conf.quote:
        cites.append(
            Citation(
                f"Order, {'para. ' + conf.paragraph if conf.paragraph else 'preamble'}", conf.quote
            )
        )
    return Reply(
        text=text,
        intent="conference",
        title=matter_title(matter),
        matter=matter.docket,
        citations=tuple(cites),
    )


def no_such_deadline_reply(matter: Matter, schedule: Schedule, asked: str) -> Reply:
    names = "; ".join(d.obligation.title for d in schedule.deadlines) or "none"
    return Reply(
        text=f"The order sets no deadline for {asked}. Its deadlines are: {names}.",
        intent="no_such_deadline",
        title=matter_title(matter),
        matter=matter.docket,
        actions=(Action("Show deadlines", "deadlines"),),
    )
