"""Order <-> JSON-safe dict, so a parsed order is stored exactly as it was read.

Hand-written rather than a serialization library because the model is small and
frozen; the round trip is pinned in tests.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from settleconf.core.order import (
    Anchor,
    Conference,
    ConferenceFormat,
    CountingRules,
    Obligation,
    ObligationKind,
    Order,
    Paragraph,
    Rule,
    RuleKind,
)
from settleconf.core.periods import ClosedDayRoll, Direction, Unit

FORMAT_VERSION = 1


def _d(v: date | None) -> str | None:
    return v.isoformat() if v else None


def _t(v: time | None) -> str | None:
    return v.strftime("%H:%M") if v else None


def _pd(v: Any) -> date | None:
    return date.fromisoformat(v) if v else None


def _pt(v: Any) -> time | None:
    return time.fromisoformat(v) if v else None


def conference_to_dict(c: Conference) -> dict[str, Any]:
    return {
        "date": _d(c.date),
        "time": _t(c.time),
        "timezone": c.timezone,
        "format": c.format.value,
        "platform": c.platform,
        "location": c.location,
        "link_delivery": c.link_delivery,
        "link": c.link,
        "quote": c.quote,
        "paragraph": c.paragraph,
    }


def conference_from_dict(d: dict[str, Any]) -> Conference:
    return Conference(
        date=_pd(d.get("date")),
        time=_pt(d.get("time")),
        timezone=d.get("timezone"),
        format=ConferenceFormat(d.get("format") or "unknown"),
        platform=d.get("platform"),
        location=d.get("location"),
        link_delivery=d.get("link_delivery"),
        link=d.get("link"),
        quote=d.get("quote"),
        paragraph=d.get("paragraph"),
    )


def _rule_to_dict(r: Rule) -> dict[str, Any]:
    return {
        "kind": r.kind.value,
        "anchor": r.anchor.value if r.anchor else None,
        "amount": r.amount,
        "unit": r.unit.value if r.unit else None,
        "direction": r.direction.value if r.direction else None,
        "event": r.event,
        "trigger_obligation": r.trigger_obligation,
        "fixed_date": _d(r.fixed_date),
        "stated_date": _d(r.stated_date),
        "time_of_day": _t(r.time_of_day),
        "weekday": r.weekday,
        "prior_week": r.prior_week,
        "nth": r.nth,
        "session": r.session,
        "alternative": _rule_to_dict(r.alternative) if r.alternative else None,
        "choose": r.choose,
    }


def _rule_from_dict(d: dict[str, Any]) -> Rule:
    return Rule(
        kind=RuleKind(d["kind"]),
        anchor=Anchor(d["anchor"]) if d.get("anchor") else None,
        amount=d.get("amount"),
        unit=Unit(d["unit"]) if d.get("unit") else None,
        direction=Direction(d["direction"]) if d.get("direction") else None,
        event=d.get("event"),
        trigger_obligation=d.get("trigger_obligation"),
        fixed_date=_pd(d.get("fixed_date")),
        stated_date=_pd(d.get("stated_date")),
        time_of_day=_pt(d.get("time_of_day")),
        weekday=d.get("weekday"),
        prior_week=bool(d.get("prior_week")),
        nth=int(d.get("nth") or 1),  # orders stored before "the second Friday": the first
        # Orders stored before sessions could be anchors have no "session": None, as before.
        session=d.get("session"),
        alternative=_rule_from_dict(d["alternative"]) if d.get("alternative") else None,
        choose=d.get("choose"),
    )


def _obligation_to_dict(o: Obligation) -> dict[str, Any]:
    return {
        "id": o.id,
        "title": o.title,
        "who": o.who,
        "what": o.what,
        "rule": _rule_to_dict(o.rule),
        "quote": o.quote,
        "paragraph": o.paragraph,
        "condition": o.condition,
        "needs_review": o.needs_review,
        "review_reasons": list(o.review_reasons),
        "kind": o.kind.value,
    }


def _obligation_from_dict(d: dict[str, Any]) -> Obligation:
    return Obligation(
        id=d["id"],
        title=d["title"],
        who=d["who"],
        what=d["what"],
        rule=_rule_from_dict(d["rule"]),
        quote=d["quote"],
        paragraph=d.get("paragraph"),
        condition=d.get("condition"),
        needs_review=bool(d.get("needs_review")),
        review_reasons=tuple(d.get("review_reasons") or ()),
        # Stored before sessions were told apart: no "kind", and every one was a duty.
        kind=ObligationKind(d.get("kind") or ObligationKind.DUTY.value),
    )


def order_to_dict(o: Order) -> dict[str, Any]:
    return {
        "format_version": FORMAT_VERSION,
        "court": o.court,
        "case_number": o.case_number,
        "caption": o.caption,
        "plaintiffs": list(o.plaintiffs),
        "defendants": list(o.defendants),
        "judge": o.judge,
        "signing_judge": o.signing_judge,
        "order_date": _d(o.order_date),
        "conference": conference_to_dict(o.conference),
        "paragraphs": [
            {"number": p.number, "heading": p.heading, "text": p.text} for p in o.paragraphs
        ],
        "obligations": [_obligation_to_dict(x) for x in o.obligations],
        "warnings": list(o.warnings),
        "source_name": o.source_name,
        "stated_events": [[slug, day.isoformat()] for slug, day in o.stated_events],
        "counting": (
            {"quote": o.counting.quote, "roll": o.counting.roll.value,
             "days_skip_closed": o.counting.days_skip_closed}
            if o.counting else None
        ),
    }


def order_from_dict(d: dict[str, Any]) -> Order:
    return Order(
        court=d.get("court"),
        case_number=d.get("case_number"),
        caption=d.get("caption"),
        plaintiffs=tuple(d.get("plaintiffs") or ()),
        defendants=tuple(d.get("defendants") or ()),
        judge=d.get("judge"),
        signing_judge=d.get("signing_judge"),
        order_date=_pd(d.get("order_date")),
        conference=conference_from_dict(d["conference"]),
        paragraphs=tuple(
            Paragraph(p.get("number"), p.get("heading"), p["text"]) for p in d["paragraphs"]
        ),
        obligations=tuple(_obligation_from_dict(x) for x in d["obligations"]),
        warnings=tuple(d.get("warnings") or ()),
        source_name=d.get("source_name"),
        stated_events=tuple(
            (slug, date.fromisoformat(day)) for slug, day in d.get("stated_events") or ()
        ),
        counting=_counting_from_dict(d.get("counting")),
    )


def _counting_from_dict(d: dict[str, Any] | None) -> CountingRules | None:
    if not d:
        return None
    return CountingRules(
        quote=d["quote"],
        roll=ClosedDayRoll(d.get("roll") or ClosedDayRoll.FRCP.value),
        days_skip_closed=bool(d.get("days_skip_closed")),
    )
