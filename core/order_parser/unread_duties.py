"""The safety net under the deadline readers: a sentence that plainly sets a duty with a
deadline, from which no deadline was read, is said to the user, quoted, with what was
seen in it and why nothing came of it (issue #13: "never 'no deadline' for a sentence
that sets one").

The test is deliberately coarser than the readers': a duty verb (submit, file, serve,
exchange, lodge, deliver, e-mail, provide, send, notify ...) under a command (shall,
must, is directed to, may ...) and a deadline cue (a date, "N days before/after/of",
"within N days", "no later than", "on or before"). Anything the readers understood,
warned about, or gave to the court is left alone, so on orders read in full it adds
nothing (tests/core/test_unread_duties.py checks every shared and dev order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from settleconf.core.order_parser.clauses import MODAL, read_duty
from settleconf.core.order_parser.dates_in_text import DATE, DATE_NO_YEAR
from settleconf.core.order_parser.hollow_dates import MISSING, hollow_deadline
from settleconf.core.order_parser.margin_words import blank_margin_words
from settleconf.core.order_parser.numbers import NUMBER
from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.order_parser.quoting import already_told, clip, told_openings

_DUTY_VERB = re.compile(
    r"\b(?:submit(?:s|ted|ting)?|file[sd]?|filing|serve[sd]?|serving|exchange[sd]?|exchanging"
    r"|lodge[sd]?|lodging|deliver(?:s|ed|ing)?|e-?mail(?:s|ed|ing)?|provide[sd]?|providing"
    r"|send(?:s|ing)?|sent|notify|notifie[sd]|notifying|transmit(?:s|ted|ting)?"
    r"|upload(?:s|ed|ing)?|received"  # "shall be received by the Clerk no later than ..."
    # "Statements are due no later than ...": the paper is the subject, "due" the duty.
    r"|(?<=is\s)due|(?<=are\s)due|(?<=be\s)due|due(?=\s+(?:by|on|no|not|at)\b))\b",
    re.IGNORECASE,
)
# A command a deadline can hang on, besides clauses.MODAL: "will", a permission ("may",
# a duty on a condition), or "It is ORDERED that X submit".
_COMMAND = re.compile(
    r"\b(?:will|may|ordered\s+that|directed\s+that|orders\s+that|directs\s+that)\b", re.I
)
_G = r"[\s\u00a0]+"
_UNIT = (
    rf"(?:(?:business|court|calendar|full|working|judicial){_G}){{0,2}}"
    r"(?:days?|weeks?|fortnights?|hours?)"
)
# "on the Wednesday before Thanksgiving": a day named from a holiday, not read as a date
_HOLIDAY_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|week)"
    rf"{_G}(?:before|after|preceding|following){_G}(?:Thanksgiving|Christmas|New{_G}Year|"
    r"Memorial{_G}Day|Labor{_G}Day|Independence{_G}Day|the{_G}Fourth|Easter|Juneteenth)"
)
_CUE = re.compile(
    rf"(?P<date>{DATE}|{DATE_NO_YEAR})"
    rf"|(?P<period>(?:within{_G})?{NUMBER}{_G}{_UNIT}(?:{_G}(?:before|after|prior{_G}to|in{_G}"
    rf"advance{_G}of|following|from|of))?)"
    rf"|(?P<lead>(?:no|not){_G}later{_G}than|on{_G}or{_G}before)(?P<dated>{_G}(?:{DATE}|{DATE_NO_YEAR}))?"
    rf"|(?P<holiday>{_HOLIDAY_DAY})",
    re.IGNORECASE,
)
_STAMPED = re.compile(r"\bFiled:?[\s\u00a0]+$")


# A sentence opened by the date something was done: "On April 28, 2017, an Order to Show
# Cause was filed ordering Plaintiff to serve ...". Not "On May 20, 2024, the parties shall".
_RECITED_ON = re.compile(r"^\W*(?:\d{1,2}\s+)*on\s*$", re.IGNORECASE)
_WAS_DONE = re.compile(
    r",?\s+[^.;]{0,80}?(?:\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ed|held|set|sent)"
    # or done by someone: "On May 8, 2013, Jonathan Paul (attorney for ...), provided a
    # report via email to the court's ADR coordinator"
    r"|(?<!\bbe\s)(?<!\bhave\s)\b(?:provided|filed|submitted|sent|served|e-?mailed"
    r"|reported|informed|advised|notified|lodged|delivered|requested))\b",
    re.IGNORECASE,
)


# A sentence that opens on the event a lost period was counted from: "Settlement Conference,
# plaintiff shall submit a written ... demand" (a PDF's text layer moved "At least fourteen
# (14) days prior to the" elsewhere). The deadline is there in the order, not in the text.
_LOST_LEAD = re.compile(
    r"^\W*(?:\d{1,2}\s+)*(?P<anchor>(?:the\s+)?(?:settlement\s+conference|mediation"
    r"|conference))\s*,\s+(?:the\s+|each\s+|all\s+)?(?:plaintiffs?|defendants?|part(?:y|ies)"
    r"|(?:defense\s+|plaintiff['’]s\s+)?counsel)\b",
    re.IGNORECASE,
)


def _cue(text: str) -> re.Match[str] | None:
    """The first deadline cue that is a deadline, not a bare count ("two hours" of talks)."""
    for m in _CUE.finditer(text):
        if m.group("date") and _STAMPED.search(text, max(0, m.start() - 12), m.start()):
            continue  # an ECF page stamp run into the sentence: "Filed 04/06/2006 cell or ..."
        if m.group("date") and _RECITED_ON.match(text[: m.start()]) and _WAS_DONE.match(
            text, m.end()
        ):
            continue  # "On April 28, 2017, an Order to Show Cause was filed ...": history
        period = m.group("period")
        if period and not re.search(r"^within|(?:before|after|to|of|following|from)$", period,
                                    re.IGNORECASE):
            continue
        return m
    return None


_LATER_ORDER = re.compile(
    r"\b(?:court|undersigned|judge)\s+(?:will|may|would)\s+(?:\w+\s+)?(?:order|direct|require|"
    r"issue|enter|set)\b",
    re.IGNORECASE,
)


def _commanded(text: str, verb: re.Match[str], conditions: tuple[tuple[int, int], ...]) -> bool:
    """A duty verb the order commands: not in a condition ("if notice is not provided
    within 3 days, ..."), not one a later order will set, and a past form only as a
    passive ("shall be filed"), never a record of the past ("Filed: May 28, 2015",
    "plaintiff filed a motion on ...")."""
    if any(a <= verb.start() < b for a, b in conditions):
        return False
    if _LATER_ORDER.search(text, 0, verb.start()):
        return False  # "the court will order the parties to file ...": not this order's duty
    word = verb.group(0).lower()
    if word.endswith("ed") or word == "sent":
        return re.search(r"\bbe\s+(?:\w+\s+){0,2}$", text[max(0, verb.start() - 40) : verb.start()],
                         re.IGNORECASE) is not None
    return True


@dataclass(frozen=True)
class UnreadDuty:
    verb: str  # the duty verb as written: "submit"
    cue: str  # the deadline words: "no later than", "3 days of", "May 28, 2024"
    why: str  # why no deadline came of them, as far as can be told

    @property
    def seen(self) -> str:
        if self.verb.lower() == self.cue.lower():  # "Statements are due .": one word, both
            return f"'{self.verb}'"
        return f"'{self.verb}' and '{self.cue}'"


def sets_unread_duty(text: str) -> UnreadDuty | None:
    """The duty verb and deadline words of a sentence that plainly sets a duty with a
    deadline, or None when it does not read as one."""
    # Cheapest test first: most sentences name no duty verb at all.
    if not _DUTY_VERB.search(text) or not (MODAL.search(text) or _COMMAND.search(text)):
        return None
    cue, hollow = _cue(text), hollow_deadline(text)
    lost = _LOST_LEAD.match(text) if cue is None and hollow is None else None
    if cue is None and hollow is None and lost is None:
        return None
    duty = read_duty(text, weak_ok=True)
    if duty is not None and duty.court_duty:
        return None  # the court's own task: sending links, issuing orders
    spans = duty.condition_spans if duty else ()
    verb = next((v for v in _DUTY_VERB.finditer(text) if _commanded(text, v, spans)), None)
    if verb is None:
        return None
    if hollow is not None:
        return UnreadDuty(verb.group(0), hollow, MISSING)
    if lost is not None:
        said = " ".join(lost.group("anchor").split())
        return UnreadDuty(
            verb.group(0), said, f"the words before '{said}' (the period counted from it) "
            "are missing from the text"
        )
    assert cue is not None
    if cue.group("lead") and not cue.group("dated"):
        why = "no date or period could be read after it"
    else:
        why = "who must act, or when, could not be read from it"
    return UnreadDuty(verb.group(0), " ".join(cue.group(0).split()), why)


def unread_duties(
    sentences: tuple[Sentence, ...], read_at: set[int], warnings: list[str], *, margin: bool
) -> list[str]:
    """A warning, quoting the sentence, for each sentence that sets a duty with a deadline
    and gave none: not read (`read_at`: the sentences that gave a deadline) and not
    already the subject of a warning. On pleading paper (`margin`) the sentence is also
    tried without the line numbers between its words (margin_words)."""
    told = told_openings(warnings)
    out: list[str] = []
    for s in sentences:
        if s.index in read_at:
            continue
        seen = sets_unread_duty(s.text)
        if seen is None and margin:
            seen = sets_unread_duty(blank_margin_words(s.text))
        if seen is None:
            continue
        if already_told(s, told):
            continue
        out.append(
            f'No deadline was read from "{clip(s.text)}": it says {seen.seen}, but '
            f"{seen.why}. Check this duty in the order."
        )
    return out
