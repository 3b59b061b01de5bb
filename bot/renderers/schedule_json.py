"""The JSON shape of a parsed order and its deadlines (`settleconf parse --json`)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, time
from typing import Any

from settleconf.core.counting import Reading
from settleconf.core.deadlines import Deadline, Schedule
from settleconf.core.order import Conference, Order, Rule
from settleconf.core.order_codec import conference_to_dict


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _t(t: time | None) -> str | None:
    return t.strftime("%H:%M") if t else None


def conference_json(conf: Conference) -> dict[str, Any]:
    # The same shape the store keeps: one serializer for the conference.
    return conference_to_dict(conf)


def rule_json(rule: Rule) -> dict[str, Any]:
    raw = asdict(rule)
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, date):
            out[key] = value.isoformat()
        elif isinstance(value, time):
            out[key] = _t(value)
        else:
            out[key] = value.value if hasattr(value, "value") else value
    out["text"] = rule.describe()
    return out


def _reading_json(r: Reading) -> dict[str, Any]:
    return {
        "due_date": _d(r.due_date),
        "due_time": _t(r.due_time),
        "label": r.label,
        "trace": list(r.trace),
    }


def deadline_json(d: Deadline) -> dict[str, Any]:
    ob = d.obligation
    return {
        "id": ob.id,
        "title": ob.title,
        "who": ob.who,
        "what": ob.what,
        "kind": ob.kind.value,  # "duty" (due by its date) or "session" (held on it)
        "status": d.status.value,
        "due_date": _d(d.due_date),
        "due_time": _t(d.due_time),
        "timezone": d.timezone,
        "act_on_date": _d(d.act_on_date),
        "latest_possible": _d(d.latest_possible),
        "rule": rule_json(ob.rule),
        "condition": ob.condition,
        "quote": ob.quote,
        "paragraph": ob.paragraph,
        "trace": list(d.trace),
        "needs_review": d.needs_review,
        "review_reasons": list(ob.review_reasons),
        "alternatives": [_reading_json(a) for a in d.alternatives],
        "warnings": list(d.warnings),
    }


def schedule_json(
    order: Order, schedule: Schedule, conference: Conference | None = None
) -> dict[str, Any]:
    return {
        "case_number": order.case_number,
        "caption": order.caption,
        "court": order.court,
        "judge": order.judge,
        "signing_judge": order.signing_judge,
        "order_date": _d(order.order_date),
        "source": order.source_name,
        "conference": conference_json(conference or order.conference),
        "deadlines": [deadline_json(d) for d in schedule.deadlines],
        "paragraphs": [
            {"number": p.number, "heading": p.heading, "text": p.text} for p in order.paragraphs
        ],
        "warnings": list(schedule.warnings),
    }
