"""Answers about days, one line first: "is Friday ok for the demand?", what is due in a
window of days, what is late, what is left once something is done.

Every date comes from the matter's schedule (`core.deadlines`); these builders only pick
and word. Lists are in date order; the first line is the answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.chat.question_kinds import YES_NO
from settleconf.bot.chat.questions import Interpretation
from settleconf.bot.replies.deadlines import matter_title, next_reply
from settleconf.bot.replies.formatting import relative_day, short_day, zone_abbrev
from settleconf.bot.replies.holiday_notes import skipped_note
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Action, Citation, Reply, Style
from settleconf.core.counting import fmt_time
from settleconf.core.deadlines import Deadline, DeadlineStatus, Schedule, compute_schedule
from settleconf.core.matter import Matter
from settleconf.core.periods import Unit

MAX_DETAILS = 4  # six lines in all: title, answer, up to four more


def short(day: date) -> str:
    """'Fri May 10': the year is the conference's, and a one-line answer has no room for it."""
    return short_day(day)


def key_day(d: Deadline) -> date | None:
    return d.act_on_date or d.due_date or d.latest_possible


def lower_title(d: Deadline) -> str:
    title = d.obligation.title
    return title[:1].lower() + title[1:]


def item(d: Deadline) -> str:
    """'Ex parte letter, Mon May 20' / 'Response to ..., by Tue May 21 at the latest'."""
    day = key_day(d)
    if day is None:
        return f"{d.obligation.title} (not countable from the order)"
    if d.status is DeadlineStatus.AWAITING_EVENT:
        return f"{d.obligation.title}, by {short(day)} at the latest"
    if d.obligation.is_session:
        return f"{d.obligation.title}, {short(day)} (attend)"  # held that day, not due
    return f"{d.obligation.title}, {short(day)}"


def _detail(d: Deadline) -> str:
    cond = f"; {d.obligation.condition}" if d.obligation.condition else ""
    return f"- {item(d)} — {d.obligation.who} ({source(d.obligation.paragraph)}{cond})"


def _reply(matter: Matter, text: str, intent: str, items: Sequence[Deadline] = (),
           cite: Deadline | None = None, actions: tuple[Action, ...] = (),
           note: str | tuple[str, ...] | None = None) -> Reply:
    notes = (note,) if isinstance(note, str) else note or ()
    room = MAX_DETAILS - bool(actions) - bool(cite) - len(notes)  # a line each
    details = [f"- {n}" for n in notes] + [_detail(d) for d in items[:room]]
    if len(items) > room:
        details[-1] = f"- and {len(items) - room + 1} more: say `deadlines` for all"
    cites: tuple[Citation, ...] = ()
    if cite is not None:
        para = cite.obligation.paragraph
        cites = (Citation(f"Order, {'para. ' + para if para else 'preamble'}",
                          cite.obligation.quote),)
    return Reply(text=text, intent=intent, title=matter_title(matter), matter=matter.docket,
                 details=tuple(details), citations=cites, actions=actions)


def _open(matter: Matter, schedule: Schedule) -> list[Deadline]:
    done = matter.done_items()
    items = [d for d in schedule.deadlines if d.id not in done and key_day(d) is not None]
    return sorted(items, key=lambda d: (key_day(d) or date.max, d.obligation.title))


def _applies(d: Deadline) -> str | None:
    """The duty's condition, on the line after the answer: the first line answers the day."""
    cond = d.obligation.condition
    return f"Applies {cond}." if cond else None


def date_check_reply(matter: Matter, meaning: Interpretation, schedule: Schedule,
                     today: date) -> Reply:
    d = schedule.get(meaning.obligation_id or "")
    day = meaning.day
    if d is None or day is None:
        return _reply(matter, "Which deadline do you mean? Say `deadlines` to see them.", "clarify")
    asked_late = meaning.asked_about == "late"
    cite = source(d.obligation.paragraph)
    done = "Done already; " if d.id in matter.done_items() else ""
    due = key_day(d)
    name = lower_title(d)
    if due is None:
        return _reply(matter, f"I can't date the {name} from the order: check ¶"
                      f"{d.obligation.paragraph or ''} with `why {d.id}`.", "date_check", cite=d)
    if d.status is DeadlineStatus.AWAITING_EVENT and (
            counted := _counted_from_said_event(matter, d, meaning, today)):
        # "if their demand lands on the 10th, is the 18th ok for our response?": the day
        # checked against the due date counted from the event's day the question gives
        event_day, checked, due_then = counted
        event = (d.obligation.rule.event or "event").replace("demand_made", "demand")
        over = (checked - due_then).days
        verdict = ("Yes" if asked_late else "No") if over > 0 else ("No" if asked_late else "Yes")
        what = (f"{over} day{'s' if over != 1 else ''} late" if over > 0 else
                "the last day" if over == 0 else "in time")
        text = (f"{verdict} — if the {event} comes {short(event_day)}, the {name} is due "
                f"{short(due_then)} ({d.obligation.rule.describe()}, {cite}); {short(checked)} "
                f"is {what}.")
        return _reply(matter, done + text, "date_check", cite=d)
    if d.status is DeadlineStatus.AWAITING_EVENT:
        rule = d.obligation.rule.describe()
        if day > due:
            text = (f"{'Yes' if asked_late else 'No'} — even at the latest the {name} is due "
                    f"{short(due)} ({rule}, {cite}); {short(day)} is after that.")
        elif d.obligation.rule.unit is Unit.DAYS and d.obligation.rule.amount and not asked_late:
            # "can we respond on the 21st?": in time whenever the event comes on or after the
            # day that many calendar days before (a weekend end only rolls later, FRCP 6(a)(1)(C)).
            event = (d.obligation.rule.event or "event").replace("demand_made", "demand")
            start = day - timedelta(days=d.obligation.rule.amount)
            text = (f"Yes, if the {event} comes on or after {short(start)}: the {name} is due "
                    f"{rule}, {short(due)} at the latest ({cite}).")
        else:
            text = (f"It depends on when the {d.obligation.rule.event or 'event'} comes"
                    .replace("demand_made", "demand") +
                    f": the {name} is due {rule}, {short(due)} at the latest ({cite}).")
        return _reply(matter, done + text, "date_check", cite=d)
    late = (day - due).days
    if meaning.asked_about == "due_on":
        near = relative_day(day, today)
        when = near if near in ("today", "tomorrow") else short(day)
        when = f"{when} ({short(day)})" if when == "tomorrow" else when
        is_due = "is on" if d.obligation.is_session else "is due"  # a session is held that day
        if late == 0:
            text = f"Yes — the {name} {is_due} {when}, {short(due)} ({cite})." if day == today \
                else f"Yes — the {name} {is_due} {short(due)} ({relative_day(due, today)}, {cite})."
        else:
            text = (f"No — the {name} {is_due} {short(due)} ({relative_day(due, today)}, {cite}), "
                    f"not {when}.")
        if " or " in f" {meaning.read_as} ":  # "due the 20th or the 21st?": the day, no verdict
            text = f"The {name} {is_due} {short(due)} ({relative_day(due, today)}, {cite})."
        return _reply(matter, done + text, "date_check", cite=d, note=_applies(d))
    asked_early = meaning.asked_about == "early"  # no day is too early: the order sets none
    count: str | None = None
    if late > 0:
        verdict = "Yes" if asked_late and not asked_early else "No"
        text = (f"{verdict} — {short(day)} is {late} day{'s' if late != 1 else ''} late for the "
                f"{name} (due {short(due)}, {cite}).")
        # a late day's No shows how the due date was counted (a day off moves it)
        count = (f"Counted: {d.obligation.rule.describe()}"
                 f"{skipped_note(matter.order, matter.conference.date, d)}, so due {short(due)}.")
    else:
        verdict = "No" if asked_late or asked_early else "Yes"
        what = "the last day" if late == 0 else "in time"
        text = f"{verdict} — {short(day)} is {what} for the {name} (due {short(due)}, {cite})."
    if day == today and asked_late:
        text = text.replace(f"{short(day)} is", f"today, {short(day)}, is", 1)
    if meaning.also is not None and (meaning.also > due) != (day > due):
        # "next tuesday" read the other way gives the other answer: say both, first line
        other = "late" if meaning.also > due else (
            "the last day" if meaning.also == due else "in time")
        which = "this week's" if meaning.also < day else "later that week,"
        text += f" If you meant {which} {short(meaning.also)}, that is {other}."
    notes = tuple(n for n in (count, _applies(d)) if n)
    return _reply(matter, done + text, "date_check", cite=d, note=notes)


def _counted_from_said_event(matter: Matter, d: Deadline, meaning: Interpretation,
                             today: date) -> tuple[date, date, date] | None:
    """(the event's day, the day checked, the due date counted from the event) when the
    question names two days and one of them is the event's: the day said right after the
    event's noun ("demand lands on the 10th", "demand came in may 14")."""
    event = d.obligation.rule.event
    if event is None:
        return None
    noun = (event.split("_")[0] if "_" in event else event).lower()
    text = meaning.read_as
    days = days_named(text, today, matter.conference.date)
    if len({x.day for x in days}) != 2 or (at := text.find(noun)) < 0:
        return None
    after = [x for x in days if text.find(x.said) > at]
    if not after:
        return None
    said = after[0]
    if not re.search(rf"\b{noun}\w*\b(?: \w+){{0,3}} {re.escape(said.said)}", text):
        return None  # the noun is not what the day is said of
    checked = next(x for x in days if x.day != said.day)
    schedule = compute_schedule(matter.order, events={**matter.event_dates(), event: said.day},
                                conference=matter.conference)
    counted = schedule.get(d.id)
    due = key_day(counted) if counted else None
    return (said.day, checked.day, due) if due else None


_EITHER = ("each party", "parties", "all counsel", "counsel for each", "both", "submitting")


def owes(d: Deadline, party: str | None) -> bool:
    """Whether `party` ("plaintiff"/"defendant") owes `d`; every duty when no party is named."""
    who = d.obligation.who.lower()
    return party is None or party in who or any(w in who for w in _EITHER)


def _conference_in(matter: Matter, start: date, end: date, today: date) -> str:
    """" The conference is then." when it falls in the days asked about: "anything due
    tomorrow?" asked the day before it is answered with it, not just "nothing is due"."""
    conf = matter.conference
    if conf.date is None or not start <= conf.date <= end:
        return ""
    at = f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}" \
        if conf.time else ""
    near = relative_day(conf.date, today)
    day = f"{near}, {short(conf.date)}" if near in ("today", "tomorrow") else short(conf.date)
    return f" The settlement conference is {day}{at}."


_NAMES = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|"
                    r"april|may|june|july|august|september|october|november|december)\b")


def _yes_no(question: str) -> bool:
    q = question.lower().strip()
    # "anything due next week?" asks yes or no without its verb
    return bool(YES_NO.search(q) or re.search(r"(?:^|[-,;:.!?]\s*)(?:any|anything)\b", q)) and (
        " or " not in f" {q} ")


def window_reply(matter: Matter, meaning: Interpretation, schedule: Schedule,
                 today: date, question: str = "") -> Reply:
    """Open deadlines from `meaning.day` to `meaning.until` (every one ahead when no window
    is named), the named party's only when the question names one; "Yes — " or "No — "
    first when the question is a yes/no one ("do we have anything due by Friday?")."""
    start, end = meaning.day or today, meaning.until or date.max
    # The window as the question named it, day and month names as names ("by Friday").
    label = _NAMES.sub(lambda m: m.group(0).title(), meaning.asked_about or "from now on")
    if meaning.party:
        label = f"{label} for the {meaning.party}" if meaning.asked_about else (
            f"for the {meaning.party}")
    items = [d for d in _open(matter, schedule) if start <= (key_day(d) or date.max) <= end
             and owes(d, meaning.party) and d.id not in meaning.done]
    span = f"through {short(end)}" if start == today else f"{short(start)} – {short(end)}"
    if end == date.max:
        span = "from today" if start == today else f"from {short(start)}"
    later = [d for d in _open(matter, schedule) if (key_day(d) or date.min) > end
             and owes(d, meaning.party)]
    nxt = f" Next: {item(later[0])} ({relative_day(key_day(later[0]) or end, today)})." \
        if later else ""
    # only for days asked about, not "everything the defense owes" (every day from now)
    conf = _conference_in(matter, start, end, today) if end != date.max or start > today else ""
    if conf:
        nxt = ""  # the conference is what comes next
    if meaning.asked_about in ("today", "tomorrow"):
        if not items:
            text = f"No — nothing is due {label} ({short(start)}).{nxt}{conf}"
        else:
            listed = "; ".join(f"{d.obligation.title} ({d.obligation.who}, "
                               f"{source(d.obligation.paragraph)}"
                               f"{', attend' if d.obligation.is_session else ''})" for d in items)
            # A session that day is held, not due: the head says both when one is there.
            word = "due or set" if any(d.obligation.is_session for d in items) else "due"
            text = f"Yes — {word} {label}, {short(start)}: {listed}."
        return _reply(matter, text, "this_week", items)
    asks = _yes_no(question)
    one_day = start == end and not meaning.party  # "anything due friday?": that day, dated
    if not items:
        lead = "No — nothing" if asks else "Nothing"
        when = short(start) if one_day else f"{label} ({span})"
        return _reply(matter, f"{lead} is due {when}.{nxt}{conf}", "this_week")
    listed = "; ".join(item(d) for d in items)
    # "before Memorial Day" and "by Friday" name their end; the span dates it. Sessions
    # among them are attended, not due: the head says both.
    word = "Due or set" if any(d.obligation.is_session for d in items) else "Due"
    head = f"{word} {label}" if label.startswith("for") else f"{word} {label} ({span})"
    if one_day:
        head = f"{word} {short(start)}"
    if asks:
        head = f"Yes — {head[0].lower()}{head[1:]}"
    return _reply(matter, f"{head}: {listed}.{conf}", "this_week", items,
                  actions=tuple(Action(f"Mark done: {d.obligation.title}", f"done {d.id}",
                                       Style.PRIMARY) for d in items[:2]))


def next_brief_reply(matter: Matter, schedule: Schedule, today: date) -> Reply:
    """"what's next?" asked in words: the next step in one line, then what follows, one line
    each, in `next`'s order (by date, our side's first once `side` is set); the `next`
    command still lists every open deadline in full."""
    full = next_reply(matter, schedule, today)
    after = [d for line in full.deadlines[1:] if (d := schedule.get(line.id)) is not None]
    room = MAX_DETAILS - bool(full.actions)
    shown = [f"- then {item(d)}" for d in after[:room]]
    if len(after) > room:
        shown[-1] = f"- and {len(after) - room + 1} more: say `deadlines` for all"
    return replace(full, deadlines=(), details=tuple(shown))


def overdue_reply(matter: Matter, schedule: Schedule, today: date,
                  party: str | None = None) -> Reply:
    """What is past due and not marked done: the named side's duties only ("anything we're
    late on as def?"), every one when no side is named."""
    mine = [d for d in _open(matter, schedule) if owes(d, party)]
    # A session once past was held: never "past due".
    past = [d for d in mine if (key_day(d) or date.max) < today and not d.obligation.is_session]
    if not past:
        coming = [d for d in mine if (key_day(d) or date.min) >= today]
        nxt = f" Next: {item(coming[0])} ({relative_day(key_day(coming[0]) or today, today)})." \
            if coming else ""
        whose = f" for the {party}" if party else ""
        return _reply(matter, f"No — nothing is past due{whose}.{nxt}", "overdue")
    listed = "; ".join(f"{d.obligation.title} (due {short(key_day(d) or today)})" for d in past)
    text = f"Yes — past due and not marked done: {listed}. Mark what was done with `done ITEM`."
    return _reply(matter, text, "overdue", past)


def done_status_reply(matter: Matter, schedule: Schedule, today: date) -> Reply:
    """"everything done?": yes only when every duty is marked done; otherwise what is past
    due, what is open and what is done, each open one with its paragraph."""
    done = matter.done_items()
    marked = sorted((d for d in schedule.deadlines if d.id in done),
                    key=lambda d: (key_day(d) or date.max, d.obligation.title))
    items = _open(matter, schedule)
    if not items:
        titles = "; ".join(d.obligation.title for d in marked)
        text = f"Yes — every deadline is marked done: {titles}." if marked else (
            "Yes — the order sets no deadline to do.")
        return _reply(matter, text, "overdue")
    late = [d for d in items if (key_day(d) or today) < today and not d.obligation.is_session]
    ahead = [d for d in items if d not in late]
    parts = []
    if late:
        parts.append("past due and not marked done: " + "; ".join(
            f"{d.obligation.title} (due {short(key_day(d) or today)})" for d in late) + ".")
    if ahead:
        parts.append(("Still open: " if late else "open: ") + "; ".join(map(item, ahead)) + ".")
    parts.append("Done: " + "; ".join(d.obligation.title for d in marked) + "." if marked else
                 "None is marked done yet.")
    return _reply(matter, "No — " + " ".join(parts), "overdue", items)


def item_status_reply(matter: Matter, d: Deadline, today: date) -> Reply:
    """"where are we on the letter?", "has the demand gone out?": whether it is marked done,
    then when it is (or was) due. Only `done ITEM` tells the bot a step was taken."""
    due = key_day(d)
    name = lower_title(d)
    cite = source(d.obligation.paragraph)
    if d.id in matter.done_items():
        when = f" (it was due {short(due)})" if due else ""
        return _reply(matter, f"Done — the {name} is marked done{when}.", "left", cite=d)
    if due is None:
        return _reply(matter, f"The {name} isn't marked done; the order gives no date for it to "
                      "count from.", "left", cite=d)
    rel = relative_day(due, today)
    if d.obligation.is_session:  # held that day, not due: past or ahead, said as an event
        held = "was on" if due < today else "is on"
        text = (f"Not marked attended — the {name} {held} {short(due)} ({rel}, {cite}). Once "
                f"attended, say `done {d.id}`.")
        return _reply(matter, text, "left", cite=d)
    if due < today:
        text = (f"Not marked done — the {name} was due {short(due)} ({rel}, {cite}). If it went "
                f"out, say `done {d.id}`.")
    else:
        text = f"Not marked done yet — the {name} is due {short(due)} ({rel}, {cite})."
    return _reply(matter, text, "left", cite=d,
                  actions=(Action(f"Mark done: {d.obligation.title}", f"done {d.id}",
                                  Style.PRIMARY),))


def left_reply(matter: Matter, meaning: Interpretation, schedule: Schedule,
               today: date) -> Reply:
    gone = meaning.obligation_id
    said_done = set(meaning.done) or ({gone} if gone else set())
    # A past day not marked done is still left, and more urgent than the rest: it leads.
    items = [d for d in _open(matter, schedule) if d.id not in said_done
             and owes(d, meaning.party)]  # "anything left for the defense?": that side's
    named = schedule.get(gone or "")
    late = [d for d in items if (key_day(d) or today) < today and not d.obligation.is_session]
    asked_late = meaning.asked_about == "late"  # "demand went out monday - are we late?"
    if not items:
        lead = "No — " if asked_late else ""
        return _reply(matter, f"{lead}Nothing else is left before the conference.", "left")
    if asked_late and late:
        ahead = [d for d in items if d not in late]
        text = "Yes — past due and not marked done: " + "; ".join(
            f"{d.obligation.title} (due {short(key_day(d) or today)})" for d in late) + "." + (
            " Still open: " + "; ".join(item(d) for d in ahead) + "." if ahead else "")
    else:
        # The thing just done is not named again: the first line is what is still to do.
        text = ("No — nothing else is past due. " if asked_late else "") + "Still open: " + (
            "; ".join(item(d) + (" (past due, not marked done)" if d in late else "")
                      for d in items) + ".")
    actions = (Action(f"Mark done: {named.obligation.title}", f"done {named.id}",
                      Style.PRIMARY),) if named and named.id not in matter.done_items() else ()
    return _reply(matter, text, "left", items, actions=actions)

