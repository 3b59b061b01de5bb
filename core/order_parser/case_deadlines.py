"""A scheduling order's other stated deadlines: the case's, not the settlement conference's.

A Rule 16(b) scheduling order, a case management order or a final pretrial order sets a
settlement conference in one section and the rest of the case around it: "Discovery Cut-off:
August 2, 2027", "Motions to amend pleadings must be filed by May 7, 2027.", "Plaintiff's
expert disclosures are due June 4, 2027", "Deposition designations: July 19, 2027". Those dates
are real but are not what the settlement conference asks of the parties; a user who pasted the
order for its conference must not find them among the settlement reminders as if they were.
`case_schedule` covers CM/ECF's "<event> due by <date>" lines; this covers the label-and-date
rows and plain sentences of a written order. Only stated dates are judged: a period counted
from the conference is the conference's by construction. Anything naming a settlement paper,
the conference, a demand or an offer is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.core.case_events import CASE_DEADLINE, CASE_EVENT
from settleconf.core.order import Obligation, RuleKind
from settleconf.core.order_parser.case_schedule import SETTLEMENT_WORD

# Early steps an ENE or settlement order may itself ask for ("Initial disclosures to be
# exchanged by 2/26/2026" beside an Early Neutral Evaluation): the case's only when the
# order around them sets the rest of the case's schedule too.
_EARLY_STEP = re.compile(r"\b(?:disclosures?|rule\s+26\b)", re.IGNORECASE)



def case_deadline_reason(quote: str, *, in_case_schedule: bool = True) -> str | None:
    """Why a stated date's quote is flagged as the case's schedule, or None; early steps
    (disclosures) only `in_case_schedule`, an order that also sets other case dates."""
    said = " ".join(quote.split())
    if len(said) > 320 or SETTLEMENT_WORD.search(said):
        return None
    if CASE_EVENT.search(said):
        return CASE_DEADLINE
    return CASE_DEADLINE if in_case_schedule and _EARLY_STEP.search(said) else None


def flag_case_deadlines(obligations: list[Obligation]) -> list[Obligation]:
    """Stated dates from the case's schedule, from sentences and schedule fields alike,
    marked for review with the reason."""
    stated = [ob for ob in obligations if ob.rule.kind is RuleKind.FIXED]
    schedule = any(case_deadline_reason(ob.quote, in_case_schedule=False) for ob in stated)
    out = []
    for ob in obligations:
        reason = None
        if ob.rule.kind is RuleKind.FIXED:
            reason = case_deadline_reason(ob.quote, in_case_schedule=schedule)
        if reason is not None and reason not in ob.review_reasons:
            ob = replace(ob, needs_review=True, review_reasons=(*ob.review_reasons, reason))
        out.append(ob)
    return out
