"""Relative deadline phrases: a period counted from the conference, the order or an event
("no later than five (5) business days before the conference", "within 7 days of the date
of this order", "within ten days after receipt of the demand", "7 days thereafter")."""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.cross_refs import CROSS_REF, SOURCE_CELL
from settleconf.core.order_parser.custody_events import case_event_at, waits_reason
from settleconf.core.order_parser.numbers import WORD_NUMBER, ordinal_value, read_number
from settleconf.core.order_parser.phrase import Phrase, margin_reason, read_time
from settleconf.core.order_parser.phrase_patterns import session_term
from settleconf.core.periods import Direction, Unit

_UNITS = {  # first match wins, so the qualifiers come before the plain units
    "business": Unit.BUSINESS_DAYS,
    "working": Unit.BUSINESS_DAYS,
    "court": Unit.COURT_DAYS,
    "judicial": Unit.COURT_DAYS,
    "calendar": Unit.DAYS,
    "day": Unit.DAYS,
    "hour": Unit.HOURS,
    "minute": Unit.MINUTES,
}
_EXCLUDING = re.compile(
    r"\b(?:excluding|excluded|exclusive\s+of|not\s+counting)\s+(?:intermediate\s+)?"
    r"(?:saturdays?,?\s+(?:and\s+)?sundays?|weekends?)(?P<hol>,?\s+(?:and\s+)?(?:legal\s+|"
    r"federal\s+|court\s+)?holidays?)?",
    re.IGNORECASE,
)
_BARE_VERB = re.compile(
    r"s?\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?P<v>served|made|sent|received|filed)\b",
    re.IGNORECASE,
)
_BEFORE_WORDS = ("before", "prior", "in advance", "preceding", "ahead")


_ENDS_HERE = re.compile(
    rf"[\s.;:)]*(?:(?:{CROSS_REF}|{SOURCE_CELL})[\s.;:]*)?", re.IGNORECASE
)


_UNIT_SHORT = {"wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours", "bus": "business",
               "biz": "business", "cal": "calendar"}


def _spelled_unit(unit: str) -> str:
    """A note's abbreviated unit in full ("1 wk", "5 bus. days"): read as the word is."""
    return " ".join(_UNIT_SHORT.get(w.rstrip("."), w) for w in unit.split())


def read_relative(m: re.Match[str], sentence: str, margin: bool) -> Phrase | None:
    unit_text = _spelled_unit(" ".join(m.group("unit").lower().split()))
    direction_word = " ".join((m.group("dir") or "").lower().split())
    direction_word = direction_word.removeprefix("on or ")  # "14 days on or before the ..."
    lead = " ".join((m.group("lead") or "").lower().split())
    if lead.startswith("within"):
        lead = "within"  # "within the next fifteen days": the same period as "within"
    if not (m.group("after") or direction_word or lead == "within"):
        return None  # "three hours", "ten (10) days" with nothing to count from
    reasons: list[str] = []
    number = read_number(m.group("num")) if m.group("num").lower() not in ("a", "an") else None
    amount = number.value if number else 1
    if m.group("num").lower().startswith("the"):
        # "the third business day preceding": the third counted back, so three days back.
        said = m.group("num").split()[1:]  # "the tenth (10th)": the word, then its numeral
        amount = next((v for w in said if (v := ordinal_value(w.strip("()")))), 1)
        if "week" in unit_text:
            # "the week before the conference" may mean any day of that week: read as one
            # week before, the latest reading a lawyer can act on, and said so.
            reasons.append(
                f"'{' '.join(m.group(0).split())}' is read as one week before; check."
            )
    if number and number.conflict:
        reasons.append(number.conflict[0].upper() + number.conflict[1:] + ".")
    before_count = sentence[max(0, m.start("num") - 30) : m.start("num")]
    if not margin and _NUMBER_BEFORE.search(before_count):
        # "no later than seven 18 days": a stray line or page number beside the count, and
        # no telling which of the two is it.
        reasons.append(
            f"Two numbers stand before '{m.group('unit')}' "
            f"('{' '.join((before_count + m.group('num')).split()[-2:])}'); read as "
            f"{m.group('num')}. Check the count."
        )
    words = unit_text.split()
    # "full court days" is court days: the most specific word decides.
    unit: Unit | None = next((u for k, u in _UNITS.items() if k in words), None)
    unit = unit or next((u for k, u in _UNITS.items() if words[-1].startswith(k)), None)
    if "week" in unit_text:
        unit, amount = Unit.DAYS, amount * 7
    elif "fortnight" in unit_text:
        unit, amount = Unit.DAYS, amount * 14  # "a fortnight before": two weeks
    elif unit is Unit.DAYS and "calendar" not in words:
        # "five days before the conference, excluding weekends and legal holidays": the
        # days counted are business days, whatever the unit word says.
        excluded = _EXCLUDING.search(sentence, m.start(), min(len(sentence), m.end() + 120))
        if excluded:
            unit = Unit.BUSINESS_DAYS
            if not excluded.group("hol"):
                reasons.append(
                    f"'{' '.join(excluded.group(0).split())}' says nothing of holidays; "
                    "counted as business days, holidays skipped as well."
                )
    if "month" in unit_text:
        # Calendar months, counted to the same day of the month (core.counting._count_months).
        # Flagged: Rule 6(a) names no way of counting months, and earlier sets labelled them
        # as not counted at all; a lawyer checks the one date given.
        unit = Unit.MONTHS
        reasons.append(
            "The period is in months: counted to the same day of the month (FRCP 6(a)(1) "
            "reaches periods stated in days or a longer unit); check the date."
        )
    tod, why = read_time(m.group("rtime"))
    reasons += why
    keep = [m.span("num")] + ([m.span("rtime")] if m.group("rtime") else [])
    if margin:
        reasons += margin_reason(m.group(0), keep, m.start())
    base = Phrase(
        m.start(),
        m.end(),
        m.group(0),
        RuleKind.RELATIVE,
        amount=amount if unit else None,
        unit=unit,
        time_of_day=tod,
        reasons=tuple(reasons),
    )
    if m.group("after"):
        return replace(
            base,
            kind=RuleKind.AFTER_EVENT,
            anchor=Anchor.EVENT,
            direction=Direction.AFTER,
            thereafter=True,
        )
    before = direction_word.startswith(_BEFORE_WORDS)
    direction = Direction.BEFORE if before else Direction.AFTER
    # "Statements are due seven days before." / a row "Demand ....... 30 days before": the
    # sentence ends on "before", naming nothing; like "beforehand", counted from the session.
    # A form's "3 court days before (see ¶ 3)", a table's "3 business days before   Order ¶ 2":
    # a cross-reference or the row's source after it names nothing.
    bare_before = direction_word == "before" and _ENDS_HERE.fullmatch(sentence[m.end("dir") :])
    if direction_word in ("in advance", "beforehand", "prior") or bare_before:
        if not _SESSION.search(sentence):
            reasons.append(
                f"The order says '{direction_word}' without saying of what; counted back "
                "from the conference."
            )
        end = m.end("dir")  # what follows "in advance" is not what it is in advance of
        return replace(
            base,
            end=end,
            text=sentence[m.start() : end],
            anchor=Anchor.CONFERENCE,
            direction=Direction.BEFORE,
            reasons=tuple(reasons),
        )
    if m.group("conf"):
        if direction_word in ("of", "from"):
            reasons.append(
                f"'{' '.join(m.group(0).split())}' could mean before or after the "
                "conference; read as after."
            )
        return replace(base, anchor=Anchor.CONFERENCE, direction=direction, reasons=tuple(reasons))
    if m.group("ord"):
        if before:
            reasons.append("The period runs back from the order's date, which is unusual.")
        said = m.group("ord").lower()
        for word in ("service", "receipt"):
            if word in said:
                # Service or receipt may come after the order's date (by mail: FRCP 6(d)).
                reasons.append(
                    f"The period runs from {word} of the order, which may come after its date; "
                    "counted from the order's date."
                )
        return replace(base, anchor=Anchor.ORDER, direction=direction, reasons=tuple(reasons))
    if m.group("evb") and not before:
        noun = m.group("evb").lower().replace("-", "")
        # "seven days after the demand was served": the verb after the paper says which step.
        said = _BARE_VERB.match(sentence, m.end("evb"))
        if said is None:
            reasons.append(
                f"The order counts from the {noun} without saying whether from when it is made "
                "or received; counted from when it is made, the earlier."
            )
        return replace(
            base,
            kind=RuleKind.AFTER_EVENT,
            anchor=Anchor.EVENT,
            direction=Direction.AFTER,
            event_noun=noun,
            event_verb=said.group("v").lower() if said else "made",
            reasons=tuple(reasons),
        )
    if m.group("evt"):
        noun = re.sub(r"\W+", "_", (m.group("evn") or m.group("evm") or "").lower())
        noun = noun.replace("counter_", "counter").replace("memoranda", "memorandum")
        return replace(
            base,
            kind=RuleKind.AFTER_EVENT,
            anchor=Anchor.EVENT,
            direction=Direction.AFTER,
            event_noun=noun,
            event_verb=_event_verb(m),
        )
    if lead == "within" and not direction_word:
        return replace(base, anchor=Anchor.ORDER, direction=Direction.AFTER, assumed_anchor=True)
    if direction_word in ("of", "from") and lead != "within":
        return None  # "ten days of trial", "from 10 days": not a deadline
    cut = _cut_anchor(m, sentence)
    if cut is not None:
        reasons.append(
            f"The text is cut off at '{cut}'; read as the conference. Check the full order."
        )
        return replace(base, anchor=Anchor.CONFERENCE, direction=direction, reasons=tuple(reasons))
    if before and not m.group("other") and _shares_session(m, sentence):
        # "meet and confer at least 10 days before, and submit statements at least 5
        # business days before, the Settlement Conference": one object for both periods.
        return replace(base, anchor=Anchor.CONFERENCE, direction=direction, reasons=tuple(reasons))
    if _PRONOUN.fullmatch(m.group("other") or "") and _own_session_before(sentence, m.start()):
        # "Requests to adjourn the conference must be made five business days before it."
        return replace(base, anchor=Anchor.CONFERENCE, direction=direction, reasons=tuple(reasons))
    event = case_event_at(sentence, m.end("dir")) if m.group("dir") and not before else None
    if event is not None:
        # "within ten days after Plaintiff's release": waits on an event the order can't date
        slug, name, end = event
        return replace(
            base,
            end=max(m.end(), end),
            text=sentence[m.start() : max(m.end(), end)],
            kind=RuleKind.AFTER_EVENT,
            anchor=Anchor.EVENT,
            direction=Direction.AFTER,
            event_noun=slug,
            reasons=(*reasons, waits_reason(name)),
        )
    named = m.group("other") or (f"the {m.group('evb')}" if m.group("evb") else None)
    what = " ".join((named or "something the order does not name").split())
    reasons.append(unanchored_reason(what))
    return replace(base, anchor=None, direction=direction, reasons=tuple(reasons))


# A direction word closed by a comma, its object named after a later one in the sentence.
_OPEN_DIRECTION = re.compile(r"\s*,")
_SHARED_OBJECT = re.compile(
    r"\b(?:before|prior\s+to|in\s+advance\s+of|preceding)\s*,\s*(?:the\s+|this\s+)?"
    + session_term(r"\s+")
    + r"\b",
    re.IGNORECASE,
)


def _shares_session(m: re.Match[str], sentence: str) -> bool:
    if not m.group("dir") or not _OPEN_DIRECTION.match(sentence, m.end("dir")):
        return False
    # Only as far as the clause runs: a later sentence-like break ends the sharing.
    end = min(i for i in (sentence.find(";", m.end()), len(sentence)) if i >= 0)
    return _SHARED_OBJECT.search(sentence, m.start("dir"), end) is not None


# A session named as another than the court's: "the mediator's report of that mediation ...
# within ten days of it" (the LR 83.9 mediation the sentence before named), "a private
# mediation ... before it".
_OTHER_SESSION_BEFORE = re.compile(r"\b(?:private|that|another|other|separate|outside|"
                                   r"mediated)\s+$", re.IGNORECASE)


def _own_session_before(sentence: str, end: int) -> bool:
    """Whether the last session the sentence names before `end` is the court's own."""
    found = list(_SESSION.finditer(sentence, 0, end))
    last = found[-1] if found else None
    return last is not None and not _OTHER_SESSION_BEFORE.search(
        sentence, max(0, last.start() - 25), last.start())


# What "it" or "the same" can stand for once the sentence before names the session.
PRONOUNS = ("it", "the same", "same")


def unanchored_reason(what: str) -> str:
    """Why a period with no date to count from is flagged (named_session.py reads it back)."""
    return f"The period runs from '{what}', which has no date here."


_SESSION = re.compile(r"\b" + session_term(r"\s+"), re.IGNORECASE)
# The session named earlier in the sentence: "before it", "prior to the same".
_PRONOUN = re.compile(r"it|(?:the\s+)?same|such\s+(?:conference|mediation|session)", re.I)
# A number word or 1-3 digits ending right where the count begins, only space between.
_NUMBER_BEFORE = re.compile(rf"(?<![\w,:/.-])(?:{WORD_NUMBER}|\d{{1,3}})\s+$", re.IGNORECASE)
_SESSION_WORDS = ("settlement conference", "conference", "mediation")


def _cut_anchor(m: re.Match[str], sentence: str) -> str | None:
    """The anchor's words when the text stops inside them: "prior to the settlem"."""
    other = m.group("other")
    if not other or m.end() < len(sentence.rstrip()):
        return None
    words = " ".join(other.lower().split())
    bare = words.removeprefix("the ").strip()
    if len(bare) >= 4 and any(w.startswith(bare) for w in _SESSION_WORDS):
        return words
    return None


# The order's own word for its trigger: "receipt of" counts from arrival, "service of"
# from service; "communicated" is making the demand.
_EVENT_VERBS = {
    "receipt": "received",
    "delivery": "received",
    "service": "served",
    "filing": "filed",
    "communicated": "made",
}


def _event_verb(m: re.Match[str]) -> str:
    if m.group("evp"):
        said = m.group("evp").lower()
        return next((v for k, v in _EVENT_VERBS.items() if k[:5] in said), "received")
    if m.group("evn"):
        word = (m.group("evw") or "").lower()
        if not word:  # "receiving", "being served with"
            return "served" if "served" in m.group("evt").lower() else "received"
        return _EVENT_VERBS[word]
    said = m.group("evv").lower()
    return _EVENT_VERBS.get(said, said)
