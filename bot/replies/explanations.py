"""Replies that explain the order's procedures, quoting it (core.procedures does the reading)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.replies.change_notes import (
    as_written,
    current_conference,
    format_note,
    how_held,
    link_line,
    moved_note,
)
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.formatting import relative_day, zone_abbrev
from settleconf.bot.replies.reply import Action, Citation, Reply
from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.deadlines import Schedule
from settleconf.core.matter import Matter
from settleconf.core.order import MULTI_DAY_SESSION, ConferenceFormat
from settleconf.core.procedures import explain

# Words of a question's cues that say nothing about which point answers it.
_NOT_TELLING = vocab.GENERIC_WORDS | {
    "what", "who", "where", "when", "how", "can", "could", "does", "will", "would", "may",
    "are", "was", "has", "have", "just", "there", "this", "that", "they", "you", "say",
}


def _stem(word: str) -> str:
    stem = re.sub(r"(?:e|es|s|ed|ing)$", "", word)
    return stem if len(stem) >= 3 else word


def _asked_first(points: list[str], asked: Sequence[str]) -> list[str]:
    """The point that answers the question first: "can our CEO be on the phone?" leads with
    the phone point, not the topic's general rule. Points score by the question's cue words
    that the general rule (the first point) lacks: 2 for the word itself, 1 for another
    form of it ("include" in "including"); the best point leads, the earliest on a tie."""
    # Cue words are letters only, so they are safe inside a pattern.
    words = {w for cue in asked for w in re.findall(r"[a-z]{3,}", cue.lower())}
    words = {
        w
        for w in words
        if w not in _NOT_TELLING and not re.search(rf"\b{_stem(w)}", points[0], re.I)
    }

    def score(point: str) -> int:
        exact = sum(2 for w in words if re.search(rf"\b{w}\b", point, re.I))
        return exact or sum(1 for w in words if re.search(rf"\b{_stem(w)}", point, re.I))

    scores = [score(p) for p in points[1:]]
    if not scores or max(scores) == 0:
        return points
    i = scores.index(max(scores)) + 1
    return [points[i], *points[:i], *points[i + 1 :]]


def explain_reply(matter: Matter, topic: str, asked: Sequence[str] = ()) -> Reply:
    """`asked`: the cue words the question was matched on (`Interpretation.matched`)."""
    ex = explain(matter.order, topic)
    if not ex.found:
        text = ex.summary[0] if ex.summary else f"The order doesn't say anything about {topic}."
        return Reply(text=text, intent="explain", title=matter_title(matter), matter=matter.docket)
    head, *rest = _asked_first(list(ex.summary), asked) if ex.summary else [ex.title]
    return current_first(Reply(
        text=head,
        intent="explain",
        title=f"{ex.title} - {matter_title(matter)}",
        matter=matter.docket,
        details=tuple(f"- {point}" for point in rest),
        citations=tuple(Citation(f"Order, {q.label}", q.text) for q in ex.quotes),
    ), matter, topic)


def current_first(reply: Reply, matter: Matter, topic: str | None) -> Reply:
    """An answer from the order's words about the conference, after it changed: the
    current state leads, the order's words follow as the order's."""
    now = current_conference(matter) if topic == "conference" else None
    if now is None or reply.is_error:
        return reply
    return replace(
        reply,
        text=now,
        details=(f"- The order says: {reply.text}", *reply.details),
        citations=tuple(replace(c, label=as_written(c.label, matter)) for c in reply.citations),
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
    where = conf.location if conf.format is not ConferenceFormat.VIDEO else None
    detail = " ".join(x for x in (how_held(conf), f"at {where}" if where else "") if x)
    text = (
        f"The settlement conference is {when}{', ' + detail if detail else ''} "
        f"({relative_day(conf.date, today)})."
    )
    # Said after the answer, so the first line stays the current state.
    for note in (moved_note(matter), format_note(matter)):
        if note:
            text += f" It was {note}."
    link = link_line(matter)
    if link:
        text += f" {link}"
    cites = []
    if conf.quote:
        label = f"Order, {'para. ' + conf.paragraph if conf.paragraph else 'preamble'}"
        cites.append(Citation(as_written(label, matter), conf.quote))
    # A session over several days is shown on its first; say so while that day stands.
    spans = (
        tuple(w for w in matter.order.warnings if w.startswith(MULTI_DAY_SESSION))
        if conf.date == matter.order.conference.date
        else ()
    )
    return Reply(
        text=text,
        intent="conference",
        title=matter_title(matter),
        matter=matter.docket,
        citations=tuple(cites),
        warnings=spans,
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
