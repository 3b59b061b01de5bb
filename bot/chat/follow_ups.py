"""Follow-ups: a message read against the asker's last answered question. Pure.

"when is the letter due?" then "and the demand?": the same question, a new subject.
"what if the conference moves to June 20?" then "when would the letter be due then?": the
letter under the what-if's date, not the real one (answering the real date there would
mislead). The last question is a `core.store.ConversationTurn`; `bot/turn_memory.py`
keeps it and checks it belongs to this person, channel and matter.

Kinds read (each decided from the words, never guessed: what is not resolved stays the
ordinary reading, whose "not sure" asks back):
- a new subject: "and the demand?", "what about the response?", "how about the hard
  copy?", "same question for the hard copy", "and the letter then?";
- a new side: "and for the defendant?", "what about the plaintiff?";
- after a date check ("is May 17 ok for the letter?"): a new duty ("and for the demand?",
  the same day) or a new day ("what about the 15th?", the same duty), never both at once;
- after a status ("is the letter done?"), a count ("how is the letter deadline counted?")
  or a why, also one asked of a day ("why May 20?"): the same question of the new duty;
- after an explain, its topic's question of the new subject or side: "who has to attend?"
  "and for the defendant?"; "is this confidential?" "and the letter?"; "where do I send
  the letter?" "and the demand?" (`_EXPLAIN_AGAIN`, `_SIDED_TOPICS`);
- under a what-if: a question with "then", "in that case" or "would" after a what-if
  ("when would the letter be due then?", "in that case, when is the demand due?"), and
  "in that case?" alone (the what-if again).
A full question stands alone ("when is the demand due?"), and replaces the memory.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.chat.questions import IntentName, Interpretation, interpret
from settleconf.core.order import Obligation
from settleconf.core.store import ConversationTurn

# "and", "what about", "same question for" ...: the words that make the rest a subject only.
_LEAD = re.compile(
    r"^(?:(?:ok(?:ay)?|so|and|also|now|but|hmm|right)\s+)*"
    r"(?:(?:what|how)\s+about|what\s+of|(?:the\s+)?same\s+(?:question\s+|thing\s+|goes\s+|"
    r"again\s+|here\s+|applies\s+)?(?:for|with|about|re|to)|ditto\s+(?:for|with)|"
    r"likewise\s+(?:for|with)|and|also)\b\s*"
)
# Trailing words that leave the subject alone; "then" and "in that case" also keep a what-if.
_TAIL = re.compile(r"\s*\b(then|in that case|if so|too|as well|also|instead|please|again)$")
# "then" / "in that case" / "would" in a full question after a what-if: asked under it.
_HYPOTHETICAL = re.compile(r"\b(?:then|in that case|if so|in that scenario|would)\b")
_ALONE = re.compile(r"^(?:(?:and|so|ok(?:ay)?)\s+)?(?:in that case|if so|then what|and then)$")
# A subject is a few words, not a question of its own ("and when is the response due?").
_QUESTION_WORD = re.compile(
    r"^(?:when|what|whats|is|are|does|do|did|can|could|should|must|will|how|why|who|where|"
    r"which|has|have)\b"
)
MAX_SUBJECT_WORDS = 6
_PARTY = {
    "plaintiff": "plaintiff",
    "plaintiffs": "plaintiff",
    "defendant": "defendant",
    "defendants": "defendant",
    "defense": "defendant",
    "defence": "defendant",
}
_FILLER = frozenset({"the", "a", "an", "our", "their", "its", "for", "of", "to", "side", "s"})

# Intents a new subject can be asked again with (the answer names one duty or topic).
SUBJECT_INTENTS = frozenset(
    {
        IntentName.DEADLINE,
        IntentName.WHY,
        IntentName.EXPLAIN,
        IntentName.WHAT_IF,
        IntentName.CONFERENCE,
        IntentName.DATE_CHECK,
        IntentName.LEFT,
        IntentName.COUNTING,
    }
)
# The same question about another duty, asked again in words the matcher reads: the answer
# must come back as the same kind about a duty, or the follow-up is asked back.
_ASKED_AGAIN = {
    IntentName.LEFT: "is the {subject} done?",
    IntentName.COUNTING: "how is the {subject} deadline counted?",
}
# An explain turn keeps its topic, not its words, so a follow-up asks the topic's question
# again of the new subject: "is this confidential?" "and the letter?" asks whether the
# letter is confidential, not what the letter is. "explain the {subject}" is the fallback
# for a topic with no question of its own ("how long can the letter be?" "and the
# exhibits?"); each question must come back as an explain, or the fallback is used.
_EXPLAIN_AGAIN = {
    # (not "is the ... confidential?": after "can it be used at trial?" "No — ...", a "Yes"
    # of the letter's legend would read as the opposite answer)
    "confidentiality": "how confidential is the {subject}?",
    "letter_submission": "where do i send the {subject}?",
    "exchange": "where do i send the {subject}?",
    "attendance": "who has to attend for the {subject}?",
    "sanctions": "what happens if the {subject} does not attend?",
}
# A side alone ("and for the defendant?") after these topics asks the same rule of that
# side: who attends, and what follows a failure to, are said of each party.
_SIDED_TOPICS = {
    "attendance": "who has to attend for the {party}?",
    "authority": "who has to attend for the {party}?",
    "sanctions": "what happens if the {party} does not attend?",
}


@dataclass(frozen=True)
class Ellipsis:
    subject: str  # what is left: "the demand", "for the defendant", "" ("in that case?")
    hypothetical: bool  # "then" / "in that case": under the last what-if, if there was one


def _plain(text: str) -> str:
    text = re.sub(r"[’`]", "'", text.lower())
    text = re.sub(r"'s\b", " s", text)
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def ellipsis(text: str) -> Ellipsis | None:
    """The subject of an elliptical follow-up, or None when `text` is not one."""
    t = _plain(text)
    if not t:
        return None
    if _ALONE.match(t):
        return Ellipsis("", True)
    hypothetical = False
    lead = _LEAD.match(t)
    rest = t[lead.end() :] if lead else t
    while (tail := _TAIL.search(rest)) is not None:
        hypothetical = hypothetical or tail.group(1) in ("then", "in that case", "if so")
        rest = rest[: tail.start()].strip()
    if lead is None and not hypothetical:
        return None  # "the demand?" alone is read as it stands
    rest = re.sub(r"^in that case\s+", "", rest)
    if not rest or _QUESTION_WORD.match(rest) or len(rest.split()) > MAX_SUBJECT_WORDS:
        return Ellipsis("", hypothetical) if not rest and hypothetical else None
    return Ellipsis(rest, hypothetical)


def is_hypothetical(text: str) -> bool:
    """A question asked under a what-if when one was the last ("when would it be due then?")."""
    return bool(_HYPOTHETICAL.search(_plain(text)))


def may_follow(text: str) -> bool:
    """Worth looking up the last turn for: cheap, from the words alone."""
    return ellipsis(text) is not None or is_hypothetical(text)


def resolve(
    text: str,
    meaning: Interpretation,
    turn: ConversationTurn,
    obligations: Sequence[Obligation],
    *,
    today: date,
    conference: date | None,
) -> Interpretation | None:
    """What `text` asks, read against `turn` (already checked to be this person's, in this
    channel, about this matter, and recent); None when it is not a follow-up of it, or
    cannot be resolved (then the ordinary reading answers)."""
    said = ellipsis(text)
    last = IntentName(turn.intent)
    if said is None:
        return _under_what_if(meaning, turn) if is_hypothetical(text) else None
    words = [w for w in said.subject.split() if w not in _FILLER]
    party = next((_PARTY[w] for w in words if w in _PARTY), None)
    words = [w for w in words if w not in _PARTY]
    if not words and party is None:
        # "in that case?": the what-if asked again
        if said.hypothetical and turn.what_if is not None:
            return Interpretation(
                IntentName.WHAT_IF,
                turn.obligation_id,
                day=turn.what_if,
                confidence=0.8,
                matched=("follow-up",),
                read_as=f"what if the conference moves to {turn.what_if}",
            )
        return None
    if last not in SUBJECT_INTENTS or (last is IntentName.WHAT_IF and turn.what_if is None):
        return None
    if last is IntentName.DATE_CHECK:
        return _date_check(said.subject, words, party, turn, obligations, today, conference)
    if last in (IntentName.LEFT, IntentName.COUNTING) and turn.obligation_id is None:
        return None  # "what's left?" / "do weekends count?": no one duty to ask about again
    subject = " ".join(words)
    if last is IntentName.EXPLAIN and turn.topic:
        return _explain_again(turn.topic, subject, party, obligations, today, conference)
    if not words:  # a side only: the same duty, asked for that side
        if turn.obligation_id is None:
            return None
        titles = {o.id: o.title for o in obligations}
        subject = titles.get(turn.obligation_id, turn.obligation_id.replace("_", " ")).lower()
    side = f"{party}'s " if party else ""
    if (template := _ASKED_AGAIN.get(last)) is not None:
        asked = interpret(template.format(subject=f"{side}{subject}"), obligations,
                          today=today, conference=conference)
        if asked.intent is not last or asked.obligation_id is None:
            return None
        return None if _other_side(party, asked, obligations) else asked
    question = f"when is the {side}{subject} due?"
    asked = interpret(question, obligations, today=today, conference=conference)
    if asked.intent is IntentName.NO_SUCH_DEADLINE:
        return asked  # "and the reply brief?": this order sets none, said so
    if asked.intent is not IntentName.DEADLINE or asked.obligation_id is None or asked.day:
        return None
    if _other_side(party, asked, obligations):
        return None
    if turn.what_if is not None and (last is IntentName.WHAT_IF or said.hypothetical):
        return replace(asked, intent=IntentName.WHAT_IF, day=turn.what_if)
    if last is IntentName.WHY:
        return replace(asked, intent=IntentName.WHY)
    return asked


def _explain_again(
    topic: str,
    subject: str,
    party: str | None,
    obligations: Sequence[Obligation],
    today: date,
    conference: date | None,
) -> Interpretation | None:
    """After an explain ("who has to attend?", "is this confidential?", "where do I send
    the letter?"): the topic's question asked again of the new subject or side, in words
    the matcher reads; it must come back as an explain (of the same topic, for a side), or
    the follow-up is asked back."""
    if not subject:  # a side only: the same rule, for that side, where one is said of it
        template = _SIDED_TOPICS.get(topic)
        if template is None or party is None:
            return None
        asked = interpret(template.format(party=party), obligations, today=today,
                          conference=conference)
        if asked.intent is not IntentName.EXPLAIN or asked.topic != topic:
            return None
        return replace(asked, party=party)
    side = f"{party}'s " if party else ""
    questions = [f"explain the {side}{subject}"]
    if (template := _EXPLAIN_AGAIN.get(topic)) is not None and _names_a_duty(
            f"{side}{subject}", obligations, today, conference):
        # only a paper or duty takes the topic's question ("and the letter?"); a subject of
        # its own ("what about travel expenses?") is explained as itself
        questions.insert(0, template.format(subject=f"{side}{subject}"))
    for question in questions:
        asked = interpret(question, obligations, today=today, conference=conference)
        if asked.intent is IntentName.EXPLAIN and asked.topic:
            return asked
    return None


def _names_a_duty(subject: str, obligations: Sequence[Obligation], today: date,
                  conference: date | None) -> bool:
    asked = interpret(f"when is the {subject} due?", obligations, today=today,
                      conference=conference)
    return asked.intent is IntentName.DEADLINE and asked.obligation_id is not None


def _other_side(
    party: str | None, asked: Interpretation, obligations: Sequence[Obligation]
) -> bool:
    """"when is the demand due?" "and for the defendant?": the demand is the plaintiff's;
    which of the defendant's duties is meant is a guess, so it is asked back instead."""
    owner = next((o.who for o in obligations if o.id == asked.obligation_id), "")
    return party is not None and owner in _PARTY.values() and owner != party


def _date_check(
    said: str,
    words: list[str],
    party: str | None,
    turn: ConversationTurn,
    obligations: Sequence[Obligation],
    today: date,
    conference: date | None,
) -> Interpretation | None:
    """After "is May 17 ok for the letter?": "what about the 15th?" checks the 15th for the
    letter; "and for the demand?" checks May 17 for the demand. Either way the question is
    asked again in full and must come back as that check, or it is asked back."""
    if turn.day is None or turn.obligation_id is None:
        return None
    named = [d for d in days_named(said, today, conference) if d.holiday is None]
    if named:
        # a new day, and nothing else: "the 15th", "what about friday?" ("the 15th for the
        # demand" names both, and is asked back rather than half read)
        left = said.replace(named[0].said, " ", 1).split()
        if len(named) != 1 or party is not None or any(w not in _FILLER for w in left):
            return None
        day, ids = named[0].day, {turn.obligation_id}
        titles = {o.id: o.title for o in obligations}
        subject = titles.get(turn.obligation_id, turn.obligation_id.replace("_", " ")).lower()
    elif not words:  # a side only: the same day and duty, for that side
        day, ids = turn.day, {turn.obligation_id}
        titles = {o.id: o.title for o in obligations}
        title = titles.get(turn.obligation_id, turn.obligation_id.replace("_", " ")).lower()
        subject = f"{party}'s {title}"
    else:
        day, ids = turn.day, {o.id for o in obligations}
        subject = (f"{party}'s " if party else "") + " ".join(words)
    question = f"is {day:%B} {day.day}, {day.year} ok for the {subject}?"
    asked = interpret(question, obligations, today=today, conference=conference)
    if asked.intent is not IntentName.DATE_CHECK or asked.day != day or (
            asked.obligation_id not in ids) or _other_side(party, asked, obligations):
        return None
    return asked


def _under_what_if(meaning: Interpretation, turn: ConversationTurn) -> Interpretation | None:
    """A full question with "then"/"would" after a what-if: the same question under it."""
    if turn.what_if is None or meaning.day is not None:
        return None  # no what-if, or the question names its own day
    if meaning.intent in (IntentName.DEADLINE, IntentName.WHY) and meaning.obligation_id:
        return replace(meaning, intent=IntentName.WHAT_IF, day=turn.what_if)
    if meaning.intent in (IntentName.DEADLINES, IntentName.NEXT) and meaning.party is None:
        return replace(meaning, intent=IntentName.WHAT_IF, obligation_id=None, day=turn.what_if)
    return None
