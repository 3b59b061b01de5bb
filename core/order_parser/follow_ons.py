"""Duties that state no time of their own but hang on another one.

- An accompanying copy ("the submitting party shall hand deliver a hard copy of the
  letter") is due with the paper it copies: same rule, flagged for review.
- A notice of submission ("The parties shall also file a Notice of Submission of
  Confidential Settlement Statement") follows the submission it reports.
- A duty triggered by an event ("Should the parties resolve the litigation ..., they must
  notify the undersigned ... expeditiously") waits for that event.
"""

from __future__ import annotations

import re

from settleconf.core.order import Anchor, Rule, RuleKind
from settleconf.core.order_parser.clauses import Duty, read_duty
from settleconf.core.order_parser.drafts import Draft
from settleconf.core.order_parser.naming import describe, duty_id, title_for
from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.periods import Direction, Unit

_COPY = re.compile(
    r"\b(?:(?:hard|electronic|courtesy|paper)\s+cop(?:y|ies)|cop(?:y|ies)\s+of\s+(?:the|their|its|"
    r"his|her|each|any|such|all)\s+(?:[\w-]+\s+){0,3}?(?:letters?|statements?|memorand\w*|briefs?|"
    r"submissions?|demands?))\b",
    re.IGNORECASE,
)
_DELIVERY = re.compile(
    r"\b(?:submit|deliver|lodge|send|sent|e-?mail|mail|file|serve|provide|fax|bring|hand|"
    r"transmit)\w*",
    re.IGNORECASE,
)
_NOTICE = re.compile(r"\bnotice\s+of\s+(?:submission|lodging|filing)\b", re.IGNORECASE)
# Not "will begin promptly at 9:30 a.m.": a clock time says when.
_PROMPT = re.compile(
    r"\b(?:promptly|immediately|expeditiously|forthwith|as\s+soon\s+as\s+(?:possible|practicable)|"
    r"without\s+delay|at\s+once)\b(?!\s+at\s+\d)",
    re.IGNORECASE,
)
# "These statements shall simultaneously be delivered to the court": due with the duty
# before it.
_SAME_TIME = re.compile(
    r"\b(?:simultaneously|concurrently|contemporaneously|at\s+the\s+same\s+time)\b", re.I
)
# "(b) Each party may also lodge a Confidential Settlement Letter by the same date.": the
# order names the date by pointing at the duty before; no guess, so no review.
_SAME_DATE = re.compile(
    r"\b(?:by|on|before|no\s+later\s+than)\s+(?:the|that)\s+same\s+(?:date|day|deadline|time)\b"
    # "The same deadline applies to any request ...": the deadline just set
    r"|^\W*(?:the|that|this)\s+same\s+(?:deadline|due\s+date|date)\s+(?:also\s+)?"
    r"(?:applies|apply|shall\s+apply|governs)\b"
    # "by that date", "on or before that date": the date just set; a looser pointer, so
    # it is flagged (it could be the conference's day rather than the duty's).
    r"|\b(?P<loose>(?:by|on\s+or\s+before|no\s+later\s+than)\s+(?:that|this|such)\s+"
    r"(?:date|day|deadline)"
    # "The brief ... is due the same day.": with no "by", the same day as what is only
    # implied (the duty before, or the conference's day), so it is flagged too.
    r"|(?<=\bdue\s)(?:on\s+)?(?:the|that)\s+same\s+(?:date|day|deadline))\b",
    re.IGNORECASE,
)


def points_back(sentence: str) -> bool:
    """The sentence dates its duty by the one before it: "by the same date", "at the same
    time", "simultaneously"."""
    return _SAME_DATE.search(sentence) is not None or _SAME_TIME.search(sentence) is not None


def same_date_at(sentence: str) -> int | None:
    """Where "by the same date" (or "by that date") starts, when the sentence has it."""
    m = _SAME_DATE.search(sentence)
    return m.start() if m else None
_EVENTS: tuple[tuple[str, str], ...] = (
    (r"\b(?:settle|resolv|dismiss)", "case_resolved"),
    (r"\b(?:unable|cannot|not\s+(?:be\s+)?available|conflict)", "conflict_arises"),
)


_AT_CONFERENCE = re.compile(r"\bbring\b.*\bto\s+the\s+(?:settlement\s+)?conference\b", re.I)
_COPIED = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:the|their|its|his|her|each|any|such|all)\s+(?P<what>[^,.;]{3,60})",
    re.IGNORECASE,
)


def copied_paper(sentence: str) -> str | None:
    """The paper a copy is of: "their Confidential Settlement Statement"."""
    m = _COPIED.search(sentence)
    return m.group("what") if m else None


def brought_to_conference(sentence: str) -> bool:
    return _AT_CONFERENCE.search(sentence) is not None


def is_copy(sentence: str) -> bool:
    return _COPY.search(sentence) is not None and _DELIVERY.search(sentence) is not None


def is_notice_of_submission(sentence: str) -> bool:
    return _NOTICE.search(sentence) is not None


def is_prompt(sentence: str) -> bool:
    return _PROMPT.search(sentence) is not None


def prompt_word(sentence: str) -> str:
    m = _PROMPT.search(sentence)
    return " ".join(m.group(0).lower().split()) if m else ""


def event_for_condition(condition: str) -> str | None:
    """The event a condition describes, when it is one the engine can record."""
    return next((slug for rx, slug in _EVENTS if re.search(rx, condition, re.IGNORECASE)), None)


def event_after(obligation_id: str) -> str:
    """What happens when the obligation `obligation_id` is done: its follow-on's trigger."""
    for noun in ("demand", "offer", "proposal"):
        if noun in obligation_id:
            return f"{noun}_made"
    if re.search(r"statement|letter|brief|memorandum|submission", obligation_id):
        return f"{obligation_id}_submitted"
    return f"{obligation_id}_done"


def _copied(sentence: str, recent: list[Draft]) -> Draft | None:
    """The duty whose paper a copy is of: by the paper's name, else the nearest one."""
    paper = copied_paper(sentence)
    if paper:
        noun = duty_id(paper, paper).rsplit("_", 1)[-1]  # "letter", "statement"
        named = [d for d in recent if d.base_id.endswith(noun)]
        if named:
            return named[0]
    return recent[0] if recent else None


def _borrowed_doubt(along: Draft) -> list[str]:
    """A duty dated with another borrows its doubt: the date it copies was flagged (a
    count misread from broken text, say), and shown unflagged here it would be trusted."""
    if not along.reasons:
        return []
    return [
        f"Dated with the {title_for(along.base_id).lower()}, whose date is itself in doubt; "
        "check both."
    ]


def _event_rule(event: str) -> Rule:
    return Rule(RuleKind.AFTER_EVENT, anchor=Anchor.EVENT, direction=Direction.AFTER, event=event)


def follow_on(
    sentence: Sentence, duty: Duty, recent: list[Draft], reasons: list[str], seen: str = ""
) -> Draft | None:
    """A draft for a duty that sets no time of its own, or None when it is not one.
    `recent`: the dated duties just before it, nearest first. `seen`: the sentence as the
    duty reader sees it (pleading-paper line numbers blanked, offsets unchanged), where
    the pointers are looked for: "on 17 the same date" points as "on the same date" does."""
    text = sentence.text
    seen = seen or text
    what = describe(text, duty.modal_start, duty.modal_end, list(duty.condition_spans))
    who = duty.who or "parties"
    base = duty_id(text[duty.modal_end :], text, copies=True)
    parent: Draft | None = None
    if is_notice_of_submission(seen):
        parent = next((d for d in recent if "statement" in d.base_id), None)
        parent = parent or (recent[0] if recent else None)
        base, rule = (
            "notice_of_submission",
            _event_rule(event_after(parent.base_id) if parent else "statement_submitted"),
        )
        reasons.append(
            "The order does not say when the notice is due; read as due when "
            "the statement it reports is submitted."
        )
    elif is_copy(seen) and brought_to_conference(seen):
        rule = Rule(
            RuleKind.RELATIVE,
            anchor=Anchor.CONFERENCE,
            amount=0,
            unit=Unit.DAYS,
            direction=Direction.BEFORE,
        )
        reasons.insert(
            0,
            f"The {title_for(base).lower()} is to be brought to the conference; dated the "
            "conference day.",
        )
    elif is_copy(seen) and (copied := _copied(seen, recent)):
        rule, who, parent = copied.rule, duty.who or copied.who, copied.trigger
        reasons += _borrowed_doubt(copied)
        reasons.insert(
            0,
            f"The order does not say when the {title_for(base).lower()} is due; dated with "
            f"the {title_for(copied.base_id).lower()} it accompanies.",
        )
    elif (same := _SAME_DATE.search(seen)) and recent:
        along = recent[0]
        rule, who, parent = along.rule, duty.who or along.who, along.trigger
        reasons += _borrowed_doubt(along)
        if same.group("loose"):
            reasons.insert(
                0,
                f"The order says '{' '.join(same.group(0).split())}'; dated with the "
                f"{title_for(along.base_id).lower()} just before it.",
            )
        if base == along.base_id:
            # Another paper of the same name ("a confidential statement" lodged with chambers
            # beside the statement served on counsel): not a repeat of that duty.
            court = re.search(r"\b(?:court|chambers|judge)\b", text, re.I)
            served = (duty.verb or "").lower() == "serve"
            base = f"{base}_to_court" if court else f"{base}_service" if served else f"{base}_copy"
    elif _SAME_TIME.search(seen) and recent:
        along = recent[0]
        rule, who, parent = along.rule, duty.who or along.who, along.trigger
        reasons += _borrowed_doubt(along)
        # "These statements ... to the court": the same paper, sent somewhere else too.
        subject = text[: duty.modal_start]
        noun = duty_id(subject, subject) if re.search(r"[A-Za-z]{4}", subject) else along.base_id
        base = f"{noun}_to_court" if re.search(r"\bcourt\b", text, re.I) else f"{noun}_copy"
        reasons.insert(
            0,
            f"The order says this is done at the same time as the "
            f"{title_for(along.base_id).lower()}; dated with it.",
        )
    elif is_prompt(seen) and duty.condition:
        known = event_for_condition(duty.condition)
        if known is None:
            reasons.append(f"The duty starts when a condition is met ({duty.condition}).")
        base, rule = duty_id(text[duty.modal_end :], text), _event_rule(known or "condition_met")
    else:
        return None
    return Draft(
        base,
        who,
        what,
        rule,
        text,
        sentence.paragraph,
        duty.condition,
        reasons,
        sentence.index,
        parent,
    )


# "...; Plaintiffs shall email theirs by the same deadline", "..., and Plaintiff shall do
# the same": another party's duty, dated by the one the sentence has just set.
_TAIL_CUT = re.compile(r";\s+(?:and\s+)?|,\s+and\s+")
_DO_THE_SAME = re.compile(r"\b(?:do|doing)\s+(?:the\s+)?same\b|\blikewise\b", re.IGNORECASE)


def pointing_clauses(text: str, after: int, who: str | None) -> list[tuple[int, int]]:
    """Clauses after `after` (the end of the sentence's last dated phrase) that give another
    party a duty by pointing back at that date; each names its own party and modal."""
    cuts = [m.end() for m in _TAIL_CUT.finditer(text, after)]
    out = []
    for start, end in zip(cuts, [*cuts[1:], len(text)], strict=False):
        clause = text[start:end]
        part = read_duty(clause)
        if part is None or part.who in (None, who) or part.court_duty:
            continue
        if part.condition or part.prohibition or part.modal_start > 60:
            continue
        if points_back(clause) or _DO_THE_SAME.search(clause, part.modal_end):
            out.append((start, end))
    return out
