"""A period counted from another session the same order dates: "a joint status report two
(2) days before the status conference", "exhibits three business days before the pretrial
conference", "no later than 7 days after the scheduling conference".

The period reader leaves such a period unanchored and flagged (`unanchored_reason`), and
`other_sessions` / the field lists read the session itself as a dated obligation ("Attend
the status conference"). Once both are known, a period naming exactly one dated session of
that name is counted from it (Anchor.SESSION). Two sessions of the name on different days,
or a name the settlement conference could also answer to, stay flagged and say why: a
wrong date is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time

from settleconf.core.counting import fmt_time
from settleconf.core.order import Anchor, Conference, Obligation, RuleKind
from settleconf.core.order_parser.relative_phrases import unanchored_reason

_LEAD, _TAIL = unanchored_reason("\0").split("\0")  # the reason the period reader gave
_UNANCHORED = re.compile(rf"^{re.escape(_LEAD)}(?P<what>.+){re.escape(_TAIL)}$")
# What a session is called by: its last word. "call" also answers a telephone conference.
_HEADS = ("conference", "call", "hearing", "teleconference")
_CALL_WORDS = {"call", "telephone", "telephonic", "teleconference"}
# Words that say nothing of which session: "the said scheduled status conference date".
_NOISE = {"the", "said", "such", "this", "that", "scheduled", "upcoming", "above", "date", "a"}
# A session's `what` says what the parties do there, naming it (other_sessions, field_lists).
_ATTEND = re.compile(r"^Attend the (?P<name>.+?)(?:\s+\(.*)?$")


def _words(text: str) -> list[str]:
    text = text.lower().replace("pre-trial", "pretrial").replace("follow up", "follow-up")
    text = re.sub(r"\bpre-(?=\w)", "pre", text)  # "pre-settlement" and "presettlement" alike
    return [w for w in re.findall(r"[a-z0-9-]+", text) if w not in _NOISE]


def _names_it(referent: list[str], session: set[str]) -> bool:
    """The referent has the session's head word and no word its name lacks: "the status
    conference" names the "telephone status conference", not the "pretrial conference";
    "the fairness hearing" does not name "a hearing on the motion". "The call" names a
    session set by telephone ("A telephone status conference is set for ...")."""
    head = referent[-1] if referent else ""
    if head not in _HEADS or not session:
        return False
    if head == "call":
        return bool(_CALL_WORDS & session) and set(referent[:-1]) <= session
    return head in session and set(referent) <= session


def _referent(what: str, quote: str) -> list[str]:
    """The period reader may stop short of the head word ("the final pretrial" of "the final
    pretrial conference"): the word after it in the sentence completes it."""
    words = _words(what)
    if words and words[-1] in _HEADS:
        return words
    at = re.search(r"\s+".join(map(re.escape, what.split())) + r"\s+(\w+)", quote, re.I)
    if at and at.group(1).lower() in _HEADS:
        return [*words, at.group(1).lower()]
    return words


_Session = tuple[Obligation, set[str]]  # the session and the words of its full name
# Words that end a session's name read backwards from its head: "The Court SETS a final
# pretrial conference" is the "final pretrial conference".
_NAME_STOPS = {
    "a", "an", "the", "this", "that", "court", "sets", "set", "schedules", "scheduled",
    "will", "hold", "holds", "conduct", "conducts", "and", "or", "of", "for", "to", "is",
    "are", "be", "shall", "its", "their", "on", "at", "in", "by", "with", "hereby", "order",
}


def _full_name(name: str, quote: str) -> set[str]:
    """The session's name with the words the session reader left off before it, as its
    own sentence writes them: up to three, back to an article or a verb."""
    words = _words(name)
    at = re.search(r"\s+".join(map(re.escape, name.split())), quote, re.IGNORECASE)
    if at is None:
        return set(words)
    before = re.findall(r"[\w-]+|[^\w\s]", quote[max(0, at.start() - 80) : at.start()])
    extra: list[str] = []
    for word in reversed(before[-3:]):
        if not re.fullmatch(r"[A-Za-z-]+", word) or word.lower() in _NAME_STOPS:
            break
        extra.append(word)
    return set(words) | set(_words(" ".join(extra)))


def _sessions(obligations: list[Obligation]) -> list[_Session]:
    found = []
    for ob in obligations:
        if not ob.is_session or ob.rule.kind is not RuleKind.FIXED or not ob.rule.fixed_date:
            continue
        m = _ATTEND.match(ob.what)
        found.append((ob, _full_name(m.group("name") if m else ob.title, ob.quote)))
    return found


# What other_sessions, the field lists and _check_dates say of every session they read.
_ROUTINE = ("shown as its own date", "is after the conference; check the date.")


def _when(day: date, at: time | None) -> str:
    return f"{day:%B %-d, %Y}" + (f" at {fmt_time(at)}" if at else "")


def _day(ob: Obligation) -> tuple[date, time | None]:
    assert ob.rule.fixed_date is not None  # _sessions keeps dated ones only
    return ob.rule.fixed_date, ob.rule.time_of_day


def _reason_instead(ob: Obligation, old: str, new: str) -> Obligation:
    """The period stays undated and flagged; its reason now says why it was not linked."""
    reasons = tuple(new if r == old else r for r in ob.review_reasons)
    return replace(ob, needs_review=True, review_reasons=reasons)


def _linked(
    ob: Obligation, sessions: list[_Session], conference_words: set[str]
) -> Obligation:
    rule = ob.rule
    if rule.kind is not RuleKind.RELATIVE or rule.anchor is not None or rule.amount is None:
        return ob
    said = next((m for r in ob.review_reasons if (m := _UNANCHORED.match(r))), None)
    if said is None:
        return ob
    what = said.group("what")
    referent = _referent(what, ob.quote)
    named = [s for s, name in sessions if s.id != ob.id and _names_it(referent, name)]
    if not named:
        return ob  # no dated session of that name: flagged as before
    days = sorted({_day(s) for s in named}, key=lambda d: (d[0], d[1] or time.min))
    if len(days) > 1:
        listed = " and ".join(_when(d, t) for d, t in days)
        return _reason_instead(ob, said.group(0), (
            f"The period runs from '{what}', and the order sets more than one ({listed}); "
            "which one is not clear, so it is not dated."
        ))
    if set(referent) <= conference_words or (
        referent[-1] == "call" and _CALL_WORDS & conference_words
    ):
        # "the telephone conference" when the settlement conference is by telephone too.
        return _reason_instead(ob, said.group(0), (
            f"The period runs from '{what}', which may be the settlement conference or the "
            f"{named[0].title.lower()} ({_when(*days[0])}); it is not dated."
        ))
    left = tuple(r for r in ob.review_reasons if r != said.group(0))
    # A doubt about the session's own date is a doubt about this one too; the notice that
    # it is a session of its own, or after the settlement conference, is not.
    doubts = tuple(
        f"It is counted from the {named[0].title.lower()}, whose date is itself in doubt: {r}"
        for r in named[0].review_reasons
        if not any(routine in r for routine in _ROUTINE)
    )
    left = (*left, *doubts)
    return replace(
        ob,
        rule=replace(rule, anchor=Anchor.SESSION, session=named[0].id),
        review_reasons=left,
        needs_review=bool(left),
    )


def anchor_other_sessions(
    obligations: list[Obligation], conference: Conference
) -> list[Obligation]:
    """Periods naming one dated session of the order counted from it (Anchor.SESSION)."""
    sessions = _sessions(obligations)
    if not sessions:
        return obligations
    conference_words = set(_words(conference.quote or ""))
    return [_linked(ob, sessions, conference_words) for ob in obligations]
