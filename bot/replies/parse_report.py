"""The readable report of `settleconf parse`: a table of deadlines, then how each was counted."""

from __future__ import annotations

from collections.abc import Sequence

from settleconf.bot.replies.formatting import fmt_due, fmt_session, zone_abbrev
from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.deadlines import Deadline, DeadlineStatus, Schedule
from settleconf.core.order import Conference, ConferenceFormat, Order


def _due_cell(d: Deadline) -> str:
    if d.status is DeadlineStatus.DATED and d.due_date is not None:
        if d.obligation.is_session:  # held that day: an event to attend, not a due date
            return f"{fmt_session(d.due_date, d.due_time, d.timezone)} (attend)"
        return fmt_due(d.due_date, d.due_time, d.timezone)
    if d.status is DeadlineStatus.AWAITING_EVENT:
        if d.latest_possible is not None:
            return f"after the event; latest {fmt_day(d.latest_possible)}"
        return "after the event"
    return "cannot be counted"


def conference_line(conf: Conference) -> str:
    if conf.date is None:
        return "Conference: date not found in the order"
    when = fmt_day(conf.date)
    if conf.time is not None:
        when += f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}"
    how = {
        ConferenceFormat.IN_PERSON: "in person",
        ConferenceFormat.VIDEO: "by video",
        ConferenceFormat.TELEPHONE: "by telephone",
        ConferenceFormat.UNKNOWN: "format not stated",
    }[conf.format]
    where = conf.platform or conf.location
    return f"Conference: {when} ({conf.timezone or 'time zone unknown'}), {how}" + (
        f" - {where}" if where else ""
    )


def _table(rows: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]


def render_report(order: Order, schedule: Schedule) -> str:
    out: list[str] = []
    title = order.caption or "Untitled order"
    ids = " - ".join(x for x in (order.case_number, order.court) if x)
    out.append(f"{title}" + (f" ({ids})" if ids else ""))
    facts = []
    if order.judge:
        facts.append(f"Settlement judge: {order.judge}")
    if order.order_date:
        facts.append(f"order dated {fmt_day(order.order_date)}")
    if facts:
        out.append("; ".join(facts))
    out.append(conference_line(order.conference))
    if order.conference.link_delivery:
        out.append(f'  Links: "{order.conference.link_delivery}"')
    out.append("")
    if not schedule.deadlines:
        out.append("No deadlines found in this order.")
    else:
        # With a session among them the first column holds a day it is held on, too.
        when = "DUE / ON" if any(d.obligation.is_session for d in schedule.deadlines) else "DUE"
        rows: list[tuple[str, ...]] = [(when, "WHAT", "WHO", "RULE", "SOURCE", "")]
        for d in schedule.deadlines:
            ob = d.obligation
            rows.append(
                (
                    _due_cell(d),
                    ob.title,
                    ob.who,
                    ob.describe(),
                    f"para. {ob.paragraph}" if ob.paragraph else "preamble",
                    "REVIEW" if d.needs_review else "",
                )
            )
        out.extend(_table(rows))
        out.append("")
        for d in schedule.deadlines:
            out.extend(_details(d))
    if schedule.warnings:
        out.append("Warnings:")
        out.extend(f"  ! {w}" for w in schedule.warnings)
    return "\n".join(out).rstrip() + "\n"


def _details(d: Deadline) -> list[str]:
    ob = d.obligation
    src = f"para. {ob.paragraph}" if ob.paragraph else "preamble"
    kind = " - a session to attend, not a deadline" if ob.is_session else ""
    lines = [f"{ob.title} ({ob.who}, {src}){kind}"]
    if ob.condition:
        lines.append(f"  Condition: {ob.condition}")
    lines.append(f'  Order: "{ob.quote}"')
    lines.extend(f"  - {step}" for step in d.trace)
    for alt in d.alternatives:
        lines.append(f"  Other reading ({alt.label}): {fmt_day(alt.due_date)}")
    if d.act_on_date and d.alternatives:
        lines.append(f"  Act on: {fmt_day(d.act_on_date)} (the earlier reading)")
    for reason in ob.review_reasons:
        lines.append(f"  Review: {reason}")
    for w in d.warnings:
        lines.append(f"  ! {w}")
    lines.append("")
    return lines
