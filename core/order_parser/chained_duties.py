"""A duty counted from another duty's due date: "the response is due seven days after the
demand is due", "two business days after the opening statements are due", "the joint letter
is due the same day as the ex parte letters", "no later than the date the settlement
statements are due".

Those have dates: the engine counts from the date the other duty is due (FRCP 6(a) at each
step). The readers before this one took "after the demand" for an event still to happen, or
read nothing. "After the demand is received" (an event) is not this, and stays with them.

The duty counted from is found by its name: the one whose sentence names most of the words
("opening statements" -> "an opening settlement statement"), nearest its start; a tie or no
match leaves the reading as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from settleconf.core.order import Anchor, Obligation, Rule, RuleKind
from settleconf.core.order_parser.naming import duty_id, title_for
from settleconf.core.order_parser.numbers import NUMBER, read_number
from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.periods import Direction, Unit

# A party's possessive before the other duty's name: "after Plaintiff's demand is due".
_OWNER = r"(?:plaintiff|defendant|petitioner|respondent)s?['’]s?"
# The other duty's name: a few words, bounded so the search stays linear.
_NAME = r"(?P<name>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
# "is due", never "is served" or "is received": those are events that happen, not dates set
_DUE = r"(?:is|are)\s+due"
_AFTER = re.compile(
    rf"(?P<n>{NUMBER}|one|a)\s+(?P<unit>(?:business\s+|court\s+|calendar\s+)?days?|weeks?)\s+"
    # "... after the date on which the demand is due"
    rf"after\s+(?:the\s+date\s+(?:on\s+which\s+|that\s+)?)?(?:the\s+|its\s+|their\s+|(?={_OWNER}))"
    rf"{_NAME}\s+{_DUE}\b",
    re.IGNORECASE,
)
# "ten (10) days after the deadline for Plaintiff's demand": the other duty by its deadline
_AFTER_DEADLINE = re.compile(
    rf"(?P<n>{NUMBER}|one|a)\s+(?P<unit>(?:business\s+|court\s+|calendar\s+)?days?|weeks?)\s+"
    rf"after\s+(?:the\s+(?:deadline|due\s+date|last\s+day)\s+(?:for|of)\s+{_NAME}"
    # "after Plaintiff's deadline": the one duty of that party's before it
    rf"|(?P<owner>{_OWNER})\s+deadline)\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
# "within ten (10) days after (of) the demand deadline": the other duty's name before
# "deadline"
_AFTER_NAMED_DEADLINE = re.compile(
    rf"(?P<n>{NUMBER}|one|a)\s+(?P<unit>(?:business\s+|court\s+|calendar\s+)?days?|weeks?)\s+"
    rf"(?:after|of|from|following)\s+(?:the\s+|(?={_OWNER})){_NAME}\s+(?:deadline|(?:due\s+)?date)"
    r"\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(
    rf"(?:(?:(?:on\s+)?the\s+same\s+(?:day|date)\s+(?:as\s+)?|(?:no\s+later\s+than|by)\s+the\s+"
    rf"date\s+)(?:the\s+|its\s+|their\s+)"
    # "no later than the deadline for position papers"
    rf"|(?:no\s+later\s+than|by|on)\s+the\s+(?:deadline|due\s+date)\s+(?:for|of)\s+"
    rf"(?:the\s+|its\s+|their\s+)?)"
    rf"{_NAME}(?:\s+{_DUE}\b|\s*[.;,]|\s*$)",
    re.IGNORECASE,
)
# a session or a paper of the Court's is no duty to count from
_NOT_DUTIES = {"conference", "hearing", "session", "trial", "order", "court", "mediation"}
_STOP = {"the", "its", "their", "each", "party", "party's", "parties", "parties'", "any", "if"}


def _stem(word: str) -> str:
    # "Plaintiff's demand" names the plaintiff's demand: the possessive is the owner's name
    word = re.sub(r"['’]s$", "", word.lower()).strip("'’")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[A-Za-z'’]+", text)]


def _base(name: str, me: Obligation, others: Sequence[Obligation]) -> Obligation | None:
    """The duty `name` names, or None when none or more than one fit equally."""
    wanted = {w for w in _words(name) if w not in _STOP}
    if not wanted or wanted & _NOT_DUTIES:
        return None
    scored: list[tuple[int, int, Obligation]] = []
    for ob in others:
        if ob is me or ob.is_session or ob.rule.kind is RuleKind.AFTER_EVENT:
            continue
        # its own pointer ("... after the demand is due") names another duty, not itself
        own = _SAME_DAY.sub(" ", ob.quote)
        for pointer in (_AFTER, _AFTER_DEADLINE, _AFTER_NAMED_DEADLINE):
            own = pointer.sub(" ", own)
        words = _words(own)
        hits = wanted & set(words)
        if hits == wanted:  # every word of the name: "opening statements", not "statements"
            first = min(words.index(w) for w in hits)
            scored.append((len(hits), -first, ob))
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return None
    return scored[0][2]


def _amount(m: re.Match[str]) -> int | None:
    """The pointer's count, in days as the rule keeps it (weeks read as days)."""
    n = m.group("n").lower()
    reading = read_number(n)
    amount = 1 if n in ("one", "a") else reading.value if reading else None
    if amount is not None and m.group("unit").lower().startswith("week"):
        amount *= 7
    return amount


def _rule(m: re.Match[str] | None, base: Obligation) -> Rule | None:
    if m is None:  # the same day
        return Rule(
            RuleKind.RELATIVE, anchor=Anchor.SESSION, amount=0, unit=Unit.DAYS,
            direction=Direction.AFTER, session=base.id,
        )
    n = m.group("n").lower()
    reading = read_number(n)
    amount = 1 if n in ("one", "a") else reading.value if reading else None
    if amount is None:
        return None
    unit_word = m.group("unit").lower()
    if unit_word.startswith("week"):
        amount, unit = amount * 7, Unit.DAYS
    elif unit_word.startswith("business"):
        unit = Unit.BUSINESS_DAYS
    elif unit_word.startswith("court"):
        unit = Unit.COURT_DAYS
    else:
        unit = Unit.DAYS
    return Rule(
        RuleKind.RELATIVE, anchor=Anchor.SESSION, amount=amount, unit=unit,
        direction=Direction.AFTER, session=base.id,
    )


def _pointer(text: str) -> tuple[str, re.Match[str] | None] | None:
    """The other duty's name and the period after it (None for the same day)."""
    for pattern in (_AFTER, _AFTER_DEADLINE, _AFTER_NAMED_DEADLINE):
        after = pattern.search(text)
        if after is not None:
            # "after Plaintiff's deadline" names the duty by its owner alone
            return after.group("name") or after.groupdict()["owner"], after
    same = _SAME_DAY.search(text)
    if same is not None:
        return same.group("name"), None
    return None


def _chained(ob: Obligation, all_obs: Sequence[Obligation]) -> Obligation | None:
    if ob.rule.kind is RuleKind.FIXED and ob.rule.fixed_date is not None:
        # "The demand is due May 4, and the response seven days after the demand deadline":
        # the pointer in the shared sentence is the response's; the demand keeps its date.
        return None
    found = _pointer(ob.quote)
    if found is None:
        return None
    counted = ob.rule.kind is RuleKind.RELATIVE and ob.rule.anchor in (
        Anchor.CONFERENCE, Anchor.ORDER) and ob.rule.amount is not None
    if counted and found[1] is not None and _amount(found[1]) != ob.rule.amount:
        # "Plaintiff shall serve a demand thirty (30) days before the conference, that
        # Defendant shall respond within ten (10) days after the demand deadline": the
        # pointer is the response's; the demand keeps its own count (each re-anchored on
        # the other, neither could be counted)
        return None
    base = _base(found[0], ob, all_obs)
    rule = _rule(found[1], base) if base is not None else None
    if rule is None or base is None:
        return None
    return replace(ob, rule=replace(rule, time_of_day=ob.rule.time_of_day),
                   needs_review=False, review_reasons=())


_WHO = (
    (re.compile(r"\bplaintiff", re.I), "plaintiff"),
    (re.compile(r"\bdefendant", re.I), "defendant"),
)
_DUTY_WORD = re.compile(r"\b(?:shall|must|is\s+due|are\s+due)\b", re.IGNORECASE)


def counts_from_duty(ob: Obligation) -> bool:
    """Re-anchored here: counted from another duty's due date."""
    return ob.rule.anchor is Anchor.SESSION and _pointer(ob.quote) is not None


def new_duty(sentence: Sentence, taken: set[str], start: int | None = None) -> Obligation:
    """A duty no reader took up, named after the words before `start` (its pointer)."""
    text = sentence.text
    if start is None:
        pointer = _AFTER.search(text) or _SAME_DAY.search(text)
        start = pointer.start() if pointer is not None else len(text)
    base_id = duty_id(text[:start], text[:start])
    oid, n = base_id, 2
    while oid in taken:
        oid, n = f"{base_id}_{n}", n + 1
    who = next((w for pattern, w in _WHO if pattern.search(text[:40])), "parties")
    what = " ".join(text.split())
    return Obligation(
        id=oid, title=title_for(base_id), who=who, what=what[:120],
        rule=Rule(RuleKind.AFTER_EVENT), quote=text, paragraph=sentence.paragraph,
    )


def chain_duties(
    obligations: list[Obligation], sentences: Sequence[Sentence]
) -> list[Obligation]:
    """Each duty counted from another's due date, re-anchored on that duty; sentences
    that say so but no reader took up are added as duties."""
    quoted = {" ".join(o.quote.split()) for o in obligations}
    extra: list[Obligation] = []
    taken = {o.id for o in obligations}
    for s in sentences:
        flat = " ".join(s.text.split())
        if flat in quoted or not _DUTY_WORD.search(flat) or _pointer(flat) is None:
            continue
        if any(flat in q or q in flat for q in quoted):
            continue
        ob = new_duty(s, taken)
        taken.add(ob.id)
        extra.append(ob)
    everything = [*obligations, *extra]
    done: set[int] = set()
    for _ in range(3):  # a chain of chains: the offer after the demand, the statement after it
        for i, ob in enumerate(everything):
            if i in done or ob.is_session:
                continue
            chained = _chained(ob, everything)
            if chained is not None:
                everything[i] = chained
                done.add(i)
    first_extra = len(obligations)
    return [ob for i, ob in enumerate(everything) if i < first_extra or i in done]
