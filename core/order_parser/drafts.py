"""Obligations while they are being read, and turning them into `Obligation`s.

A draft can point at the draft it hangs on (a response at its demand); ids are given
only at the end, after duplicates from docket-entry summaries are dropped, so those
links survive renaming.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from settleconf.core.order import Obligation, Rule, RuleKind
from settleconf.core.order_parser.naming import title_for
from settleconf.core.order_parser.phrase import Phrase


@dataclass
class Draft:
    base_id: str
    who: str
    what: str
    rule: Rule
    quote: str
    paragraph: str | None
    condition: str | None
    reasons: list[str]
    index: int  # the sentence it came from
    trigger: Draft | None = None
    final_id: str = field(default="")


def rule_from_phrase(phrase: Phrase) -> Rule:
    if phrase.kind is RuleKind.FIXED:
        return Rule(RuleKind.FIXED, fixed_date=phrase.fixed_date, time_of_day=phrase.time_of_day)
    return Rule(
        phrase.kind,
        anchor=phrase.anchor,
        amount=phrase.amount,
        unit=phrase.unit,
        direction=phrase.direction,
        stated_date=phrase.stated_date,
        time_of_day=phrase.time_of_day,
        weekday=phrase.weekday,
        prior_week=phrase.prior_week,
        nth=phrase.nth,
    )


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Docket-entry summaries repeat the order's own sentences: keep one of each duty."""
    kept: dict[tuple[object, ...], Draft] = {}
    out: list[Draft] = []
    for d in drafts:
        r = d.rule
        key: tuple[object, ...] = (d.base_id, d.who, r.kind, r.anchor, r.amount, r.unit)
        key += (r.direction, r.fixed_date, r.event, r.time_of_day, r.weekday, r.prior_week, r.nth)
        first = kept.get(key)
        if first is None:
            kept[key] = d
            out.append(d)
        elif len(d.reasons) < len(first.reasons):
            # The cleaner copy of the same sentence wins (no margin numbers, not cut off).
            out[out.index(first)] = d
            for other in drafts:
                if other.trigger is first:
                    other.trigger = d
            kept[key] = d
    return out


def _assign_ids(drafts: list[Draft]) -> None:
    used: set[str] = set()
    for d in drafts:
        # The plain id when free; else say whose it is ("settlement_statement_plaintiff").
        candidates = [d.base_id, f"{d.base_id}_{d.who.replace(' ', '_')}"]
        candidates += [f"{d.base_id}_{n}" for n in range(2, len(drafts) + 3)]
        d.final_id = next(c for c in candidates if c not in used)
        used.add(d.final_id)


def finish(drafts: list[Draft]) -> list[Obligation]:
    kept = _dedupe(drafts)
    _assign_ids(kept)
    obligations = []
    for d in kept:
        rule = d.rule
        if rule.kind is RuleKind.AFTER_EVENT and d.trigger is not None and d.trigger in kept:
            rule = replace(rule, trigger_obligation=d.trigger.final_id)
        reasons = tuple(dict.fromkeys(d.reasons))
        obligations.append(
            Obligation(
                id=d.final_id,
                title=title_for(d.base_id),
                who=d.who,
                what=d.what,
                rule=rule,
                quote=d.quote,
                paragraph=d.paragraph,
                condition=d.condition,
                needs_review=bool(reasons),
                review_reasons=reasons,
            )
        )
    return obligations
