"""Duties joined by "and" in front of one deadline written after the last of them:
"Plaintiff must make a demand, and defendant must make a counteroffer, at least ten days
before the conference". Each clause before the deadline's own names its party and modal and
no when of its own; the deadline is read as each one's (the first clauses were dropped
without a word before).

Set off by commas (", and defendant must ..., at least ten days before") the deadline plainly
governs both. Without the comma ("Plaintiff shall make a demand and Defendant shall respond
at least ten days before") it may be the last clause's alone, so the earlier clauses are
dated the same way but flagged: reminded on, never trusted silently."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.clauses import read_duty
from settleconf.core.order_parser.phrase import Phrase

# Where one joined duty ends and the next begins: ", and" or a bare "and" before a party.
_JOIN = re.compile(r",\s+and\s+|\s+and\s+|,\s+(?=(?:the\s+)?[A-Z])")
# A clause that says a when of its own (its own date or period, or the session itself)
# keeps it.
_OWN_WHEN = re.compile(
    r"\b(?:at|during|after|following|thereafter|then|within|before|prior|upon|when|once"
    r"|until|by|on|no\s+later|immediately|promptly|forthwith"
    # what is done at the session has its when: "Plaintiff shall attend in person and ..."
    r"|conference|mediation|session|hearing|attend|appear|participate|bring)\b|\d",
    re.IGNORECASE,
)
# What may stand before the first joined duty: nothing, a number, "IT IS ORDERED that".
_LEAD_IN = re.compile(
    r"[\W\d]*(?:(?:it\s+is\s+)?(?:\w+\s+){0,2}ordered\s*[,:]?\s*(?:that\s*)?)?",
    re.IGNORECASE,
)
# ... or a condition, which binds every clause: "If the case settles, Plaintiff shall ... and".
_CONDITION_LEAD = re.compile(
    r"[\W\d]*(?:if|unless|should|in\s+the\s+event(?:\s+that)?)\b[^,;]{3,120},\s*", re.I
)
_MAX_CLAUSE = 160  # a joined duty is short; a longer run is another construction

NOT_ONLY_THE_LAST = (
    "The date is written after the last of duties joined by 'and'; read as each one's date. "
    "Check whether it applies only to the last."
)


def _shareable(phrase: Phrase) -> bool:
    """A when that stands on its own: a stated date, a weekday, or a period from the
    conference or the order; never one counted from the duty before it."""
    if phrase.thereafter or phrase.assumed_anchor or phrase.vague:
        return False
    if phrase.kind in (RuleKind.FIXED, RuleKind.NAMED_WEEKDAY):
        return True
    return phrase.kind is RuleKind.RELATIVE and phrase.anchor in (Anchor.CONFERENCE, Anchor.ORDER)


def _duty_clause(clause: str, *, opens: bool = False) -> bool:
    """A joined duty with no when of its own. The clause that `opens` the sentence may open on
    a condition ("If the case settles, Plaintiff shall notify the Court and ..."): it binds
    every clause, and the sentence's duty carries it to each."""
    duty = read_duty(clause, weak_ok=False)
    if duty is None:
        return False
    rest = clause
    if opens and duty.condition is not None and duty.condition_spans[:1] and (
        duty.condition_spans[0][0] == 0
    ):
        rest = clause[duty.condition_spans[0][1] :].lstrip(" ,")
        duty = read_duty(rest, weak_ok=False)
        if duty is None:
            return False
    return (
        duty.who is not None
        and not duty.court_duty
        and duty.condition is None
        and not duty.prohibition
        and duty.modal_start <= 40
        and len(rest) <= _MAX_CLAUSE
        and _OWN_WHEN.search(rest) is None
    )


@dataclass(frozen=True)
class Shared:
    own: tuple[int, int]  # the deadline's own clause
    earlier: list[tuple[int, int]]  # the clauses before it that it also governs
    phrase: Phrase  # the deadline as theirs: flagged unless commas set it off


def clauses_sharing(
    text: str, phrase: Phrase, first_modal_end: int, phrases: list[Phrase]
) -> Shared | None:
    """The earlier clauses the deadline at `phrase`, the sentence's only one, written after
    the first duty's modal, also governs."""
    if len(phrases) != 1 or phrase.start <= first_modal_end or not _shareable(phrase):
        return None
    joins = list(_JOIN.finditer(text, 0, phrase.start))
    # the deadline's own clause: from the nearest join a party and its modal follow
    found = next(
        ((j, who) for j in reversed(joins) if (who := _owner(text, j, phrase.start))), None
    )
    if found is None:
        return None
    own, own_who = found
    out: list[tuple[int, int]] = []
    end = own.start()
    for j in [*reversed([j for j in joins if j.end() <= end]), None]:
        a = j.end() if j else 0
        if _duty_clause(text[a:end], opens=a == 0):
            out.append((a, end))
            if j is None:
                break
            end = j.start()
        elif j is None or end - a > _MAX_CLAUSE:
            break
    # the run must open the sentence: a lead-in before it ("If the case settles, ...",
    # "Before mediation, ...") may bind its first clause, and is not read here
    opening = min(out)[0] if out else 0
    if not out or not (
        _LEAD_IN.fullmatch(text, 0, opening) or _CONDITION_LEAD.fullmatch(text, 0, opening)
    ):
        # still the deadline's own party's, not the first's: "Plaintiff shall attend in
        # person and Defendant shall submit its statement by June 1" is Defendant's
        first = read_duty(text[: own.start()], weak_ok=False)
        if first is None or first.who == own_who:
            return None
        return Shared((own.end(), len(text)), [], phrase)
    commas = text[: phrase.start].rstrip().endswith(",")
    doubt = () if commas else (NOT_ONLY_THE_LAST,)
    theirs = replace(phrase, reasons=phrase.reasons + doubt)
    return Shared((own.end(), len(text)), sorted(out), theirs)


def _owner(text: str, join: re.Match[str], end: int) -> str | None:
    """Who the clause after `join` tells to act, when it is a plain duty of its own."""
    duty = read_duty(text[join.end() : end], weak_ok=False)
    if (
        duty is None
        or duty.court_duty
        or duty.condition is not None
        or duty.prohibition
        or duty.modal_start > 40
    ):
        return None
    return duty.who
