"""Answers about the calendar the deadlines are counted on: holidays, business or calendar
days, and what the deadlines would be if the conference moved.

A what-if is computed by `core.deadlines.compute_schedule` on the order with the moved
conference and the matter's recorded events; nothing is saved. A wrong date is the worst
answer this bot can give, so no date here is worked out by hand."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from settleconf.bot.chat.message import elliptical_yes_no
from settleconf.bot.chat.question_dates import days_named, holiday_named, observance_named
from settleconf.bot.chat.question_kinds import YES_NO
from settleconf.bot.chat.questions import Interpretation
from settleconf.bot.replies.answer_first import asks_yes_no
from settleconf.bot.replies.day_answers import item, key_day, lower_title, short
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.holiday_notes import holiday_name, holidays_in_count
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Action, Citation, Reply
from settleconf.bot.replies.uncovered import adjournment_reply
from settleconf.core.counting import fmt_day
from settleconf.core.court_calendar import federal_statutory_holiday
from settleconf.core.deadlines import (
    Deadline,
    DeadlineStatus,
    Schedule,
    compute_schedule,
    order_calendar,
)
from settleconf.core.matter import Matter
from settleconf.core.order import event_label

FRCP_6A = Citation("FRCP 6(a)", "Exclude the day of the event; count every day; a last day on a "
                   "weekend or legal holiday runs to the next day that is not one (earlier, "
                   "when counting back: 6(a)(5)).")


def _reply(matter: Matter, text: str, intent: str, details: tuple[str, ...] = (),
           citations: tuple[Citation, ...] = (), actions: tuple[Action, ...] = ()) -> Reply:
    return Reply(text=text, intent=intent, title=matter_title(matter), matter=matter.docket,
                 details=details[:4], citations=citations, actions=actions)


def holiday_effect_reply(matter: Matter, d: Deadline, question: str) -> Reply:
    """'does Memorial Day push back the letter?': yes or no first, then the date."""
    hits = holidays_in_count(matter.order, matter.conference.date, d)
    rule = d.obligation.rule.describe()
    due = key_day(d)
    when = short(due) if due else "not countable"
    cite = source(d.obligation.paragraph)
    asks = bool(YES_NO.search(question.lower()))
    if hits:
        names = " and ".join(f"{name} ({short(day)})" for day, name in hits)
        lead = "Yes — " if asks else "Because "
        text = (f"{lead}{names} is a legal holiday, so the count skips it: the {lower_title(d)} "
                f"is due {when} ({rule}, {cite}).")
    else:
        lead = "No — " if asks else ""
        text = (f"{lead}no holiday changes the {lower_title(d)}: {rule} is {when} ({cite}).")
    # The count's step that skipped the holiday, not the whole count (`why` shows that).
    steps = tuple(f"- {s}" for s in d.trace if any(fmt_day(day) in s for day, _ in hits))[:2]
    return _reply(matter, text[0].upper() + text[1:], "why", steps,
                  (Citation(f"Order, {'para. ' + cite[1:] if cite.startswith('¶') else 'preamble'}",
                            d.obligation.quote), FRCP_6A))


def holiday_reply(matter: Matter, meaning: Interpretation, schedule: Schedule,
                  question: str) -> Reply:
    day = meaning.day
    if day is None:
        return _reply(matter, "Which day? Ask e.g. “is May 27 a court holiday?”", "holiday")
    calendar = order_calendar(matter.order)
    name = holiday_name(calendar, day)
    if meaning.asked_about == "effect":
        conf = matter.conference.date
        hits = [(d, h) for d in schedule.deadlines
                for h in holidays_in_count(matter.order, conf, d) if h[0] == day]
        label = f"{name or 'That day'} ({short(day)})"
        if not hits:
            return _reply(matter, f"No — {label} doesn't change any deadline in this order.",
                          "holiday")
        moved = "; ".join(f"the {lower_title(d)} is due {short(key_day(d) or day)} "
                          f"({d.obligation.rule.describe()}, {source(d.obligation.paragraph)})"
                          for d, _ in hits)
        lead = "" if re.match(r"\s*(?:when|what|which)\b", question.lower()) else "Yes — "
        return _reply(matter, f"{lead}{label} is skipped in the count: {moved}.", "holiday",
                      citations=(FRCP_6A,))
    # "is memorial day a court day?" asks whether the court is open, not whether it is closed
    asks_open = bool(re.search(r"\bopen\b|\b(?:court|business|working) days?\b",
                               question.lower()))
    if name is not None and not calendar.closed_reason(day, forward=False):
        # a state legal holiday: the federal court sits, and the day counts only for a period
        # counted forward (FRCP 6(a)(6)(C)) -- never "the court is closed"
        rule = ("a period counted forward that ends on it runs to the next open day; one counted "
                "back from the conference doesn't stop for it")
        if asks_open:
            text = f"Yes — the court is open on {name}, {fmt_day(day)}; as a state holiday, {rule}."
        else:
            text = (f"Only for periods counted forward — {name}, {fmt_day(day)}, is a state "
                    f"holiday: the court is open, and {rule}.")
        return _reply(matter, text, "holiday", citations=(FRCP_6A,))
    if name is not None:
        kind = "a legal holiday"
        verdict = "No — " if asks_open else "Yes — "
        if re.match(r"\s*(?:when|what|which)\b", question.lower()) and not asks_open:
            verdict = ""  # "when is memorial day?", "what holidays are coming up?": no yes
        text = (f"{verdict}{name}, {fmt_day(day)}, is {kind}: the court is closed and deadlines "
                "don't land on it.")
        return _reply(matter, text, "holiday", citations=(FRCP_6A,))
    seen = observance_named(re.sub(r"[’']", "", question.lower()), day)
    if seen is not None and seen[2] == day and not asks_open:
        # "is good friday a court holiday?": that day by its name, never the coming Friday
        closed = " (a weekend day, so the court is closed anyway)" if calendar.is_weekend(
            day) else "; the court is open"
        return _reply(matter, f"No — {seen[1]} ({fmt_day(day)}) is not a federal court "
                      f"holiday{closed}.", "holiday", citations=(FRCP_6A,))
    if calendar.is_weekend(day) and re.search(r"\bholidays?\b", question.lower()) and not (
            asks_open or re.search(r"\bclosed\b|\bshut\b|\boff\b", question.lower())):
        # "is mother's day a court holiday?": no holiday, though the court is closed that day
        return _reply(matter, f"No — {fmt_day(day)} is no legal holiday, though as a weekend "
                      "day the court is closed.", "holiday")
    if calendar.is_weekend(day):
        verdict = "No" if asks_open else "Yes"
        return _reply(matter, f"{verdict} — {fmt_day(day)} is a weekend day: the court is closed.",
                      "holiday")
    verdict = "Yes" if asks_open else "No"
    return _reply(matter, f"{verdict} — {fmt_day(day)} is not a court holiday; the court is open.",
                  "holiday")


def _unit_words(d: Deadline) -> tuple[bool, str]:
    unit = d.obligation.rule.unit
    skips = bool(unit and unit.skips_closed_days)
    return skips, ("business days (weekends and holidays skipped)" if skips
                   else "calendar days (weekends and holidays count)")


def _counted_day_reply(matter: Matter, q: str, today: date) -> Reply | None:
    """"is may 27 a business day?", "does the conference day itself count?": one day's
    place in a count, not the order's units."""
    if re.search(r"\b(?:day of the conference|conference day|trigger day)(?: itself)?\b|\bday "
                 r"itself\b", q):
        return _reply(matter, "No — the day that starts a period (here the conference day) is not "
                      "counted; the count begins the day before it — FRCP 6(a)(1)(A).",
                      "counting", citations=(FRCP_6A,))
    # ("does the day we get their demand count as day 1?")
    if re.search(r"\bcount the day (?:the|we|they|it|our|their) \w*\s?(?:demand|offer|number)",
                 q) or (re.search(r"\bthe day (?:we|they|it|the|our|their)\b[a-z ]*\b(?:demand|"
                                  r"offer|number)\b", q) and re.search(
                                      r"\bday (?:1|one)\b|\bfirst day\b", q)):
        # the day of the event that starts a period counted after it
        return _reply(matter, "No — the day of the demand is not counted; the count starts the "
                      "next day — FRCP 6(a)(1)(A).", "counting", citations=(FRCP_6A,))
    # (a count is not a day: "one of the 5 business days" names no June 5)
    counted = re.sub(r"\b\d+[ -](?:(?:business|biz|calendar|court|working) )?days?\b", " ", q)
    days = [d for d in days_named(counted, today) if d.holiday is None]
    if not (days and YES_NO.search(q) and re.search(r"\bbusiness days?\b", q)):
        return None
    day = days[0].day
    holiday = federal_statutory_holiday(day)
    why = ("a legal holiday" + (f" ({holiday.name})" if holiday else "") if holiday else
           "a weekend day" if day.weekday() >= 5 else "")
    text = (f"No — {fmt_day(day)} is {why}, so it is not counted as a business day — FRCP 6(a)."
            if why else f"Yes — {fmt_day(day)} is a business day (not a weekend or legal "
            "holiday) — FRCP 6(a).")
    return _reply(matter, text, "counting", citations=(FRCP_6A,))


def counting_reply(matter: Matter, meaning: Interpretation, schedule: Schedule,
                   question: str, today: date | None = None) -> Reply:
    q = question.lower()
    day_reply = _counted_day_reply(matter, q, today or date.today())
    if day_reply is not None:
        return day_reply
    polar = any(YES_NO.search(part.strip()) or asks_yes_no(part) for part in q.split("|"))
    rolled = schedule.get(meaning.obligation_id or "")
    lands = re.search(r"\b(?:lands?|falls?|ends?|fell|landed) on\b|\b(?:is|were|was) a (?:saturday|"
                      r"sunday|weekend|holiday)\b", q)
    if meaning.asked_about == "weekend" and lands and rolled is not None and (
            rolled.obligation.rule.unit):
        # "does the demand's last day go earlier or later if it lands on a weekend?": its way
        back = "before" in rolled.obligation.rule.describe()
        way = ("the {} is counted back from the conference, so a last day on a weekend or legal "
               "holiday moves to the business day before — FRCP 6(a)(5)." if back else
               "the {} is counted forward, so a last day on a weekend or legal holiday moves to "
               "the next business day — FRCP 6(a)(1)(C).")
        asked = re.search(r"\bearlier\b|\blater\b|\bwhich way\b|\bdirection\b", q)
        lead = ("Earlier — " if back else "Later — ") if asked else ""
        text = lead + way.format(lower_title(rolled))
        return _reply(matter, text[0].upper() + text[1:], "counting", citations=(FRCP_6A,))
    if meaning.asked_about == "weekend" and lands:  # "what if a deadline falls on memorial day?"
        # "does it move?" asks yes or no
        lead = "Yes — a" if polar and re.search(r"\bmove|\bshift|\broll|\bchange|\bpush|"
                                                r"\bextend|\bcarr", q) else "A"
        return _reply(matter, f"{lead} last day that falls on a weekend or legal holiday moves to "
                      "the next business day — the day before, when counting back from the "
                      "conference — FRCP 6(a)(1)(C), 6(a)(5).", "counting", citations=(FRCP_6A,))
    d = schedule.get(meaning.obligation_id or "")
    if (n := re.search(r"\b(\d+)[ -](?:business |calendar |court )?days?\b", q)) and (
            d is None or d.obligation.rule.amount != int(n.group(1))):
        # "is the 14 days calendar or business": the duty counted in that many days, even
        # when another is named ("does the 7 day count run from the demand")
        same = [x for x in schedule.deadlines if x.obligation.rule.amount == int(n.group(1))]
        d = same[0] if len({x.obligation.rule.unit for x in same}) == 1 else (
            None if d is None or same else d)
    if d is None or d.obligation.rule.unit is None:
        groups: dict[str, list[str]] = {}
        for x in schedule.deadlines:
            if x.obligation.rule.unit is not None:
                words = _unit_words(x)[1].split(" (")[0]
                groups.setdefault(words, []).append(
                    f"the {lower_title(x)} ({x.obligation.rule.describe()})")
        parts = [f"{' and '.join(v)}: {k}" for k, v in groups.items()]
        text = ("; ".join(parts) + ". A last day on a weekend or legal holiday moves to the next "
                "business day (earlier, counting back) — FRCP 6(a).")
        if polar and re.search(r"\bbusiness days?\b", q) and (re.search(
                r"\bholidays?\b|\bweekends?\b|\bsaturdays?\b|\bsundays?\b", q) or holiday_named(
                q, today or date.today())):
            # "do holidays count as business days?", "is memorial day a business day?": no
            text = ("No — weekends and legal holidays are not business days, so business-day "
                    "counts skip them; " + text[0].lower() + text[1:])
        elif meaning.asked_about == "holidays" and re.search(r"\bwhy\b|\bhow come\b", q):
            # "why isn't memorial day counted?"
            text = ("Weekends and legal holidays are not business days, so business-day counts "
                    "skip them; " + text[0].lower() + text[1:])
        return _reply(matter, text[0].upper() + text[1:], "counting", citations=(FRCP_6A,))
    skips, words = _unit_words(d)
    verdict = ""
    # "trying to figure out if the 7 days are business days" asks yes/no inside a clause
    # as typed or as read ("r the 7 days biz days" is read "are the 7 days business days")
    polar = polar or elliptical_yes_no(q.split(" | ")[0])  # "the 14 days - weekends count?"
    if (polar or re.search(r"\b(?:if|whether)\b", q)) and not re.search(r"\bor\b(?! not?\b)",
                                                                          q):
        days_off = re.search(r"calendar|weekend|holiday|saturday|sunday", q) or holiday_named(
            q, today or date.today())
        # ("is memorial day one of the 5 business days?" asks of the day off, like "count as")
        if re.search(r"business|court days|working", q) and not (days_off and re.search(
                r"\bcount(?:s|ed)? (?:as|toward|towards|in|against)\b|\b(?:one|part) of\b|"
                r"\bamong\b|\bincluded? in\b", q)):
            verdict = "Yes" if skips else "No"
        elif days_off:
            # "does memorial day count toward the five business days?": the day off, not the unit
            verdict = "No" if skips else "Yes"
        elif start := re.search(r"\b(?:count|clock|period)\w* (?:runs? |starts? )?(?:back )?"
                                r"(?:from|off) (?:the )?(conf\w*|demand)", q):
            # "is the 14-day count from the conference date?": the day it counts from
            named = "conference" if start.group(1).startswith("conf") else "demand"
            verdict = "Yes" if named in d.obligation.rule.describe() else "No"
        elif re.search(r"\bback\w*\b|\bbefore\b|\bprior\b|\bforward\w*\b|\bafter\b", q):
            # "is the demand period counted backwards from the conference?": its direction
            back = bool(re.search(r"\bback\w*\b|\bbefore\b|\bprior\b", q))
            verdict = "Yes" if back == ("before" in d.obligation.rule.describe()) else "No"
    due = key_day(d)
    when = f", {short(due)}" if due else ""
    text = (f"{words[0].upper() + words[1:]}: the {lower_title(d)} is due "
            f"{d.obligation.rule.describe()}{when} ({source(d.obligation.paragraph)}).")
    wrong_day = _day_put_up(q, d, matter, today or date.today())
    if wrong_day is not None:
        # "5 business days before the 28th means tuesday the 21st, yes?": the count is right
        # but the day it is said to give is not, and the day is what the asker acts on
        verdict, when = "No", f"{when}, not {short(wrong_day)}"
    if verdict:
        text = f"{verdict} — {words}: the {lower_title(d)} is due {d.obligation.rule.describe()}" \
               f"{when} ({source(d.obligation.paragraph)})."
    return _reply(matter, text, "counting", citations=(FRCP_6A,))


# A day put up as what a count gives: "means friday the 25th", "so that's the 21st".
_GIVES = re.compile(r"\bmeans?\b|\bso (?:that'?s|it'?s)\b|\bwhich is\b|\bthat'?s\b|\bgives\b"
                    r"|\b(?:would|will|should) be\b|\blands? on\b|\bcomes? (?:out|to)\b|=")


def _day_put_up(q: str, d: Deadline, matter: Matter, today: date) -> date | None:
    """The day the question says the duty's count gives, when it is not the due day (the
    conference or order day it counts from is no such day); None otherwise."""
    due = key_day(d)
    gives = _GIVES.search(q)
    if due is None or gives is None:
        return None
    anchors = {matter.conference.date, matter.order.order_date}
    put_up = [n.day for n in days_named(q[gives.end():], today, matter.conference.date)
              if n.day not in anchors]
    return put_up[0] if put_up and put_up[0] != due else None


# The yes/no after an if-clause: "if they send it sat may 11, is our response due sat may 18"
_IS_DUE_ON = re.compile(r"\b(?:is|are|will|would)\s+(?:our|the|their|its?|my)\b(?: \w+){0,4} due\b")


def event_day_reply(matter: Matter, meaning: Interpretation, today: date) -> Reply | None:
    """"If we send our demand on May 10, when is their response due?": the duty counted from
    that day by `core.deadlines` (nothing is recorded). None when the duty isn't counted
    from an event, so the ordinary answer is given."""
    d = matter.schedule().get(meaning.obligation_id or "")
    event, day = (d.obligation.rule.event if d else None), meaning.day
    if d is None or event is None or day is None:
        return None
    schedule = compute_schedule(matter.order, events={**matter.event_dates(), event: day},
                                conference=matter.conference)
    counted = schedule.get(d.id)
    due = key_day(counted) if counted else None
    if counted is None or due is None:
        return None
    what = event_label(event)
    tense = "was made" if day < today else "is made"
    text = (f"If the {what} {tense} {short(day)}, the {lower_title(d)} is due {short(due)} "
            f"({d.obligation.rule.describe()}, {source(d.obligation.paragraph)}).")
    # "..., is our response due sat may 18?": the day put up, checked
    claimed = [n.day for n in days_named(meaning.read_as, today, matter.conference.date)
               if n.day != day]
    if claimed and (asks_yes_no(meaning.read_as) or _IS_DUE_ON.search(meaning.read_as)):
        said = claimed[-1]
        moved = " (a weekend or holiday moves it to the next open day)" if (
            said != due and said.weekday() >= 5) else ""
        text = (f"Yes — {text[:1].lower()}{text[1:]}" if said == due else
                f"No — {text[:1].lower()}{text[1:-1]}, not {short(said)}{moved}.")
    record = f"{what.split()[-1]} made {day.isoformat()}"
    details = (f"- Nothing is recorded: say `{record}` once it is.",) if day <= today else ()
    return _reply(matter, text, "deadline", details,
                  (Citation(f"Order, para. {d.obligation.paragraph}", d.obligation.quote),)
                  if d.obligation.paragraph else ())


# Asking whether or how the conference can be moved, no new day named.
_ASKS_TO_MOVE = re.compile(r"\b(?:can|could|may|how (?:do|can|would) (?:we|i)|is it possible to|"
                           r"are we able to|any way to)\b(?: \w+){0,6} (?:adjourn|reschedul|"
                           r"postpon|continu|mov|push|bump)\w*")


def what_if_reply(matter: Matter, meaning: Interpretation, today: date) -> Reply:
    new = meaning.day
    if new is None and re.search(r"\b(?:deadlines?|dates?|everything|anything)\b[a-z ]*\b(?:move|"
                                 r"moves|change|changes|shift|shifts|push|follow)\b|\b(?:move|"
                                 r"shift|change)\w* (?:the )?(?:deadlines?|dates?)\b",
                                 meaning.read_as):
        # "if the conf gets adjourned, do the deadlines move?": yes, they count from it
        return _reply(matter, "Yes — the order's deadlines count from the conference, so they "
                      "move with it. To which date? Ask e.g. “what if the conference moves to "
                      "June 20?”", "what_if")
    if new is None and _ASKS_TO_MOVE.search(meaning.read_as):
        # "can we get the conference adjourned if our client is traveling?": how to ask for a
        # move, which the order doesn't say -- not "to which date?"
        return adjournment_reply(matter, today)
    if new is None:
        return _reply(matter, "To which date? Ask e.g. “what if the conference moves to June 20?” "
                      "Nothing changes until someone records a move with `conference DATE`.",
                      "what_if")
    moved = replace(matter.conference, date=new)
    schedule = compute_schedule(matter.order, events=matter.event_dates(), conference=moved,
                                done_by=matter.done_by())  # done items are not re-dated
    asked = schedule.get(meaning.obligation_id or "")
    head = f"If the conference moves to {fmt_day(new)}"
    if asked is not None:
        due = key_day(asked)
        when = short(due) if due else "not countable"
        if due and asked.status is DeadlineStatus.AWAITING_EVENT:
            when = f"by {when} at the latest"  # counted from an event not yet recorded
        text = (f"{head}, the {lower_title(asked)} is due {when} "
                f"({asked.obligation.rule.describe()}, {source(asked.obligation.paragraph)}).")
        shown = [asked]
    else:
        shown = sorted((d for d in schedule.deadlines if key_day(d) is not None),
                       key=lambda d: (key_day(d) or date.max, d.obligation.title))
        text = f"{head}: {'; '.join(item(d) for d in shown)}."
    holidays = sorted({h for d in shown for h in holidays_in_count(matter.order, new, d)})
    details = [f"- Counted around {name} ({short(day)})." for day, name in holidays]
    if new < today:
        details.insert(0, f"- {fmt_day(new)} has already passed.")
    details.append(f"- Nothing is changed: say `conference {new.isoformat()}` to record the move.")
    return _reply(matter, text, "what_if", tuple(details),
                  actions=(Action("Record this move", f"conference {new.isoformat()}"),))

