"""From an order's obligations to dated deadlines, each with its trace and its doubts.

Pure: the order, the events recorded so far (a demand made on a date) and the
current conference (after adjournments) in; deadlines and warnings out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum

from settleconf.core import events
from settleconf.core.consistency import schedule_warnings
from settleconf.core.counting import (
    CalendarLike,
    Computation,
    OrderMethod,
    Reading,
    count_period,
    fixed_date_reading,
    fmt_day,
    fmt_time,
)
from settleconf.core.court_calendar import CourtCalendar, calendar_for, federal_calendar
from settleconf.core.courts import UnknownCourtError, get_court
from settleconf.core.named_weekdays import named_weekday_computation
from settleconf.core.order import (
    Anchor,
    Conference,
    Obligation,
    Order,
    RuleKind,
    session_label,
)
from settleconf.core.periods import Direction, Period, Unit
from settleconf.core.unknown_court import unknown_court_note


class DeadlineStatus(StrEnum):
    DATED = "dated"  # a real date
    AWAITING_EVENT = "awaiting_event"  # tied to an event not yet recorded; latest_possible shown
    UNDETERMINED = "undetermined"  # the order gives no way to count it; a person must decide


@dataclass(frozen=True)
class Deadline:
    obligation: Obligation
    status: DeadlineStatus
    due_date: date | None
    due_time: time | None  # None: the whole day, to midnight in the court's zone (FRCP 6(a)(4))
    timezone: str | None
    trace: tuple[str, ...]
    alternatives: tuple[Reading, ...] = ()
    act_on_date: date | None = None  # earliest reading: remind on this one
    latest_possible: date | None = None  # AWAITING_EVENT: if the event comes as late as allowed
    event_last_day: date | None = None  # AWAITING_EVENT: the last day the event itself may come
    # AWAITING_EVENT: the day its trigger was marked done (without the event's own date), when
    # that, not the trigger's deadline, bounds the event.
    event_done_on: date | None = None
    needs_review: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.obligation.id


@dataclass(frozen=True)
class Schedule:
    deadlines: tuple[Deadline, ...]
    warnings: tuple[str, ...]
    timezone: str | None

    def get(self, obligation_id: str) -> Deadline | None:
        return next((d for d in self.deadlines if d.id == obligation_id), None)


def order_calendar(order: Order) -> CalendarLike:
    if order.court:
        try:
            return calendar_for(get_court(order.court))
        except UnknownCourtError:
            pass
    return federal_calendar()


def order_timezone(order: Order, conference: Conference | None = None) -> str | None:
    conf = conference or order.conference
    if conf.timezone:
        return conf.timezone
    if order.court:
        try:
            return get_court(order.court).timezone
        except UnknownCourtError:
            return None
    return None


def compute_deadlines(
    order: Order,
    *,
    events: Mapping[str, date] | None = None,
    conference: Conference | None = None,
    done_by: Mapping[str, date] | None = None,
) -> tuple[Deadline, ...]:
    return compute_schedule(
        order, events=events, conference=conference, done_by=done_by
    ).deadlines


def compute_schedule(
    order: Order,
    *,
    events: Mapping[str, date] | None = None,
    conference: Conference | None = None,
    done_by: Mapping[str, date] | None = None,
) -> Schedule:
    """Date every obligation. `events` maps event slugs ("demand_made") to the day they
    happened; `conference` overrides the order's (adjournments); `done_by` maps obligations
    marked done to the day they were marked (what they answer happened by then)."""
    conf = conference or order.conference
    ctx = _Context(
        order=order,
        conference=conf,
        # Steps the order itself dates, unless the team recorded the step (theirs wins).
        events={**dict(order.stated_events), **dict(events or {})},
        stated=frozenset(slug for slug, _ in order.stated_events) - set(events or {}),
        calendar=order_calendar(order),
        timezone=order_timezone(order, conf),
        done_by=dict(done_by or {}),
    )
    dated: dict[str, Deadline] = {}
    # Event-bound deadlines need their trigger's date, so plain ones go first.
    # Event-bound deadlines need their trigger's date, so plain ones go first; a duty
    # counted from another duty's due date waits for that one (a chain, in order).
    ordered = sorted(
        order.obligations,
        key=lambda o: (o.rule.kind is RuleKind.AFTER_EVENT, _counts_from_duty(o, order)),
    )
    for ob in ordered:
        dated[ob.id] = _deadline(ob, ctx, dated)
    deadlines = tuple(dated[o.id] for o in order.obligations)
    warnings = (*order.warnings, *schedule_warnings(order, conf, deadlines, ctx.calendar))
    return Schedule(deadlines, tuple(warnings), ctx.timezone)


def _counts_from_duty(ob: Obligation, order: Order) -> bool:
    if ob.rule.anchor is not Anchor.SESSION:
        return False
    base = next((o for o in order.obligations if o.id == ob.rule.session), None)
    return base is not None and not base.is_session


@dataclass(frozen=True)
class _Context:
    order: Order
    conference: Conference
    events: dict[str, date]
    calendar: CalendarLike
    timezone: str | None
    done_by: dict[str, date]
    stated: frozenset[str] = frozenset()  # events dated by the order's text, not recorded

    @property
    def method(self) -> OrderMethod | None:
        """The order's own rule for a closed last day, where it sets one."""
        rules = self.order.counting
        return OrderMethod(rules.roll, rules.quote) if rules else None

    def anchor(self, anchor: Anchor | None) -> tuple[date | datetime | None, str]:
        if anchor is Anchor.CONFERENCE:
            c = self.conference
            if c.date is None:
                return None, "the conference"
            name = f"the conference, {fmt_day(c.date)}"
            return (datetime.combine(c.date, c.time) if c.time else c.date), name
        if anchor is Anchor.ORDER:
            d = self.order.order_date
            return d, (f"the order, dated {fmt_day(d)}" if d else "the order")
        return None, "the trigger"

    def session(self, obligation_id: str | None) -> tuple[date | datetime | None, str, str]:
        """The other session a rule counts from (Anchor.SESSION): its date (with its time
        when the order gives one, as for the conference), its name, and the step that says
        where the order sets it."""
        name = f"the {session_label(obligation_id)}"
        ob = next((o for o in self.order.obligations if o.id == obligation_id), None)
        day = ob.rule.fixed_date if ob is not None and ob.rule.kind is RuleKind.FIXED else None
        if ob is None or day is None:
            return None, name, ""
        at = ob.rule.time_of_day
        when = fmt_day(day) + (f" at {fmt_time(at)}" if at else "")
        where = "the order's schedule" if ob.paragraph is None else f"para. {ob.paragraph}"
        cite = f'The order sets {name} for {when} ({where}: "{" ".join(ob.quote.split())}").'
        return (datetime.combine(day, at) if at else day), f"{name}, {fmt_day(day)}", cite


def _undetermined(ob: Obligation, ctx: _Context, why: str) -> Deadline:
    return Deadline(
        obligation=ob,
        status=DeadlineStatus.UNDETERMINED,
        due_date=None,
        due_time=ob.rule.time_of_day,
        timezone=ctx.timezone,
        trace=(why,),
        needs_review=True,
        warnings=(why,),
    )


def _from_computation(ob: Obligation, ctx: _Context, comp: Computation) -> Deadline:
    reading = comp.reading
    due_time = reading.due_time or ob.rule.time_of_day
    trace = reading.trace
    alternatives = comp.alternatives
    warnings: list[str] = []
    needs_review = ob.needs_review
    if comp.note:
        warnings.append(comp.note)
        needs_review = True
    stated = ob.rule.stated_date
    if stated is not None:
        if stated == reading.due_date:
            trace = (*trace, f"The order states the same date ({fmt_day(stated)}).")
        else:
            # The court wrote the date down: it is what chambers will hold the parties to, so
            # it is the due date; the rule's count stays visible as the other reading, and
            # reminders go on the earlier of the two (act_on below).
            note = (
                f"The rule ({ob.rule.describe()}) gives {fmt_day(reading.due_date)}; "
                f"the order states {fmt_day(stated)} — using the stated date."
            )
            by_rule = Reading(reading.due_date, due_time, trace, f"by the rule ({reading.label})")
            alternatives = (by_rule, *alternatives)
            reading = Reading(stated, due_time, (f"The order states {fmt_day(stated)}.", note),
                              "as stated")
            trace = reading.trace
            warnings.append(f"{note} Act on the earlier date and ask chambers if in doubt.")
            needs_review = True
    readings = (reading, *alternatives)
    act_on = min(r.due_date for r in readings)
    return Deadline(
        obligation=ob,
        status=DeadlineStatus.DATED,
        due_date=reading.due_date,
        due_time=due_time,
        timezone=ctx.timezone,
        trace=trace,
        alternatives=alternatives,
        act_on_date=act_on,
        needs_review=needs_review,
        warnings=tuple(warnings),
    )


def _deadline(ob: Obligation, ctx: _Context, done: Mapping[str, Deadline]) -> Deadline:
    if ob.rule.alternative is not None:
        return _either(ob, ctx, done)
    return _one_deadline(ob, ctx, done)


def _either(ob: Obligation, ctx: _Context, done: Mapping[str, Deadline]) -> Deadline:
    """A duty the order dates two ways, taking the earlier (or later) of the two dates. A
    way that waits on an event with no date yet ("or ten days after the close of discovery,
    whichever is earlier") leaves the other date, flagged: the event may still come first."""
    rule = ob.rule
    assert rule.alternative is not None
    first = _one_deadline(replace(ob, rule=replace(rule, alternative=None, choose=None)), ctx, done)
    second = _one_deadline(replace(ob, rule=rule.alternative), ctx, done)
    later = rule.choose == "later"
    word = "later" if later else "earlier"
    dated = [d for d in (first, second) if d.due_date is not None]
    if not dated:
        return replace(first, obligation=ob)
    if len(dated) == 1:
        why = (
            f"The order dates this two ways, whichever is {word}; only one has a date "
            f"({dated[0].obligation.rule.describe()}), the other waits on something the order "
            f"does not date. Check whether that comes {'later' if later else 'first'}."
        )
        return replace(
            dated[0], obligation=ob, needs_review=True, warnings=(*dated[0].warnings, why),
            trace=(*dated[0].trace, why),
        )
    a, b = first.due_date, second.due_date
    assert a is not None and b is not None
    pick = (first if a >= b else second) if later else (first if a <= b else second)
    note = (
        f"The order dates this two ways, whichever is {word}: {first.obligation.describe()} "
        f"({fmt_day(a)}) or {second.obligation.describe()} ({fmt_day(b)}); the {word} is "
        f"{fmt_day(pick.due_date or a)}."
    )
    return replace(
        pick, obligation=ob, trace=(*pick.trace, note),
        act_on_date=pick.due_date if pick.act_on_date is None else pick.act_on_date,
    )


def _one_deadline(ob: Obligation, ctx: _Context, done: Mapping[str, Deadline]) -> Deadline:
    rule = ob.rule
    if rule.kind is RuleKind.FIXED:
        if rule.fixed_date is None:
            return _undetermined(ob, ctx, "The order's date for this could not be read.")
        reading = fixed_date_reading(
            rule.fixed_date, ctx.calendar, rule.time_of_day, session=ob.is_session
        )
        return _from_computation(ob, ctx, Computation(reading))
    if rule.kind is RuleKind.AFTER_EVENT:
        return _event_deadline(ob, ctx, done)
    if rule.anchor is Anchor.SESSION:
        anchor, anchor_name, cite = ctx.session(rule.session)
        base = done.get(rule.session or "")
        if anchor is None and base is not None and base.due_date is not None:
            anchor, anchor_name, cite = _duty_anchor(base)
        if anchor is None:
            return _undetermined(
                ob, ctx, f"The order does not give the date of {anchor_name}; it cannot be counted."
            )
        counted = _counted(ob, ctx, anchor, anchor_name)
        if counted.status is not DeadlineStatus.DATED:
            return counted
        return replace(counted, trace=(cite, *counted.trace))
    anchor, anchor_name = ctx.anchor(rule.anchor)
    if anchor is None:
        return _undetermined(
            ob, ctx, f"The order does not give the date of {anchor_name}; it cannot be counted."
        )
    return _counted(ob, ctx, anchor, anchor_name)


def _duty_anchor(base: Deadline) -> tuple[date | None, str, str]:
    """Another duty a rule counts from ("seven days after the demand is due"): the date that
    duty is due (6(a) already applied to it)."""
    day = base.due_date
    assert day is not None  # the caller counts only from a dated duty
    name = f"the {base.obligation.title.lower()}"
    cite = f"{name[0].upper()}{name[1:]} is due {fmt_day(day)}."
    return day, f"the date {name} is due", cite


def _counted(
    ob: Obligation, ctx: _Context, anchor: date | datetime, anchor_name: str
) -> Deadline:
    """A relative or named-weekday rule counted from a known anchor day (FRCP 6(a))."""
    rule = ob.rule
    period = rule.period
    if rule.kind is RuleKind.NAMED_WEEKDAY:
        if rule.weekday is None:
            return _undetermined(ob, ctx, "The weekday the order names could not be read.")
        day = anchor.date() if isinstance(anchor, datetime) else anchor
        comp = named_weekday_computation(
            day, rule.weekday, ctx.calendar, prior_week=rule.prior_week, nth=rule.nth,
            anchor_name=anchor_name, due_time=rule.time_of_day,
        )
        return _from_computation(ob, ctx, comp)
    if period is None and rule.anchor is Anchor.CONFERENCE and rule.direction is Direction.BEFORE:
        return _by_the_session(ob, ctx, anchor)
    if period is None:
        return _undetermined(
            ob, ctx, f"The order sets no period for this ({rule.describe()}); check the order."
        )
    try:
        comp = count_period(
            anchor, period, ctx.calendar, anchor_name=anchor_name, timezone=ctx.timezone,
            method=ctx.method,
        )
    except ValueError as exc:
        return _undetermined(ob, ctx, f"Cannot count this: {exc}.")
    return _from_computation(ob, ctx, _unknown_court_doubt(_cite_days_rule(comp, period, ctx),
                                                           period, ctx))


def _cite_days_rule(comp: Computation, period: Period, ctx: _Context) -> Computation:
    """Where the order counts its days without weekends and holidays, the trace says so
    first: the parser read its "days" as business days on the order's word."""
    rules = ctx.order.counting
    if rules is None or not rules.days_skip_closed or not period.unit.skips_closed_days:
        return comp
    said = f'The order counts its days without weekends and holidays: "{rules.quote}"'
    reading = replace(comp.reading, trace=(said, *comp.reading.trace))
    return replace(comp, reading=reading)


def _by_the_session(ob: Obligation, ctx: _Context, anchor: date | datetime) -> Deadline:
    """"Prior to the settlement conference", with no period: the order allows up to the
    session itself, so the session's day (and start) is the last moment; shown as that, and
    marked for review, rather than as no date at all (issue #13: never "no deadline" for a
    sentence that sets one)."""
    day = anchor.date() if isinstance(anchor, datetime) else anchor
    at = anchor.time() if isinstance(anchor, datetime) else None
    when = fmt_day(day) + (f" at {fmt_time(at)}" if at else "")
    why = (
        f"The order sets no period for this, only that it comes before the conference: "
        f"the last moment it allows is the conference itself ({when}). Do it earlier, and "
        "check with chambers if the order's other papers suggest a date."
    )
    reading = Reading(day, at, (why,), "by the conference")
    return replace(
        _from_computation(ob, ctx, Computation(reading)), needs_review=True, warnings=(why,)
    )


def _unknown_court_doubt(comp: Computation, period: Period, ctx: _Context) -> Computation:
    """No court: a forward period ending on a state's holiday may be a day early there."""
    if isinstance(ctx.calendar, CourtCalendar):
        return comp
    if period.unit is not Unit.DAYS or not period.direction.forward:
        return comp
    note = unknown_court_note(comp.reading.due_date)
    if note is None:
        return comp
    return replace(comp, note=f"{comp.note} {note}" if comp.note else note)


def _event_deadline(ob: Obligation, ctx: _Context, done: Mapping[str, Deadline]) -> Deadline:
    rule = ob.rule
    event = rule.event or "event"
    event_name = events.event_name(event)
    period = rule.period
    reading = events.reading_for(event, ctx.events)
    if reading is not None:
        if period is None:
            return _undetermined(
                ob, ctx, f"The order sets no period after {event_name}; check the order."
            )
        return _counted_from_event(ob, ctx, reading, period)
    trigger = done.get(rule.trigger_obligation or "")
    subject = event_name[0].upper() + event_name[1:]
    base = Deadline(
        obligation=ob,
        status=DeadlineStatus.AWAITING_EVENT,
        due_date=None,
        due_time=rule.time_of_day,
        timezone=ctx.timezone,
        trace=(f"{subject} is not recorded yet: the date is counted from it once it is.",),
        needs_review=ob.needs_review,
    )
    if period is None or trigger is None or trigger.act_on_date is None:
        return base
    last = trigger.act_on_date
    marked = ctx.done_by.get(trigger.id)
    if marked is not None and marked < last:
        # Marked done without its date: it came by that day, whatever the conference's
        # date later says the trigger's deadline is (an adjournment never re-dates it).
        last = marked
        lead = (
            f"{subject} is not recorded, but {trigger.obligation.title} was marked done on "
            f"{fmt_day(marked)}, so it came no later than that. If it came that day:"
        )
        name = f"{event_name}, if it came the day it was marked done"
    else:
        marked = None
        lead = (
            f"{subject} is not recorded yet. If it comes on the last day allowed "
            f"({fmt_day(last)}, {trigger.obligation.title}):"
        )
        name = f"{event_name}, if it comes on the last day allowed"
    comp = count_period(last, replace(period, direction=Direction.AFTER), ctx.calendar,
                        anchor_name=name, method=ctx.method)
    return replace(
        base,
        trace=(lead, *comp.act_on.trace),
        latest_possible=comp.act_on.due_date,
        act_on_date=comp.act_on.due_date,
        event_last_day=last,
        event_done_on=marked,
    )


def _counted_from_event(
    ob: Obligation, ctx: _Context, reading: events.EventReading, period: Period
) -> Deadline:
    event = ob.rule.event or "event"
    day = reading.day
    recorded = events.recorded_name(reading.recorded)
    name = events.event_name(event) if reading.exact else recorded
    comp = count_period(day, period, ctx.calendar, anchor_name=f"{name} on {fmt_day(day)}",
                        method=ctx.method)
    deadline = _from_computation(ob, ctx, comp)
    if reading.recorded in ctx.stated:
        said = (
            f"The order dates {events.event_phrase(reading.recorded)}: {fmt_day(day)}; "
            "counted from that day."
        )
        deadline = replace(deadline, trace=(said, *deadline.trace))
    if reading.exact:
        return deadline
    note = events.mismatch_note(
        event, reading, fmt_day(comp.act_on.due_date), period.unit.label(period.amount)
    )
    return replace(
        deadline,
        needs_review=True,
        warnings=(note, *deadline.warnings),
        trace=(
            f"The order counts from {events.event_phrase(event)}; recorded: {recorded} "
            f"({fmt_day(day)}).",
            *deadline.trace,
        ),
    )
