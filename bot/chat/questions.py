"""Natural-language questions -> what the user wants, deterministically and explainably.

`interpret(question, obligations)` reads a question against the obligations of the
matter's order. Obligation references are resolved by the synonym groups and words in
each obligation's id, title and description (never hard-coded ids), so a new order's
"confidential settlement statement" or "meet and confer" is found the same way. Every
decision records the cue words that made it (`matched`). When the reading is unsure the
answer is CLARIFY with the closest options: a confident wrong deadline is the worst
outcome for a litigation team, a question back is cheap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache

from settleconf.bot.chat import message as chat_message
from settleconf.bot.chat import obligation_ranking as ranking
from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.chat.question_kinds import YES_NO, classify
from settleconf.bot.chat.spelling import repair
from settleconf.core.order import Obligation

CONFIDENT = 0.6  # below this an obligation is offered as an option, never answered


class IntentName(StrEnum):
    DEADLINE = "deadline"
    WHY = "why"
    DEADLINES = "deadlines"
    NEXT = "next"
    THIS_WEEK = "this_week"
    CONFERENCE = "conference"
    EXPLAIN = "explain"
    NO_SUCH_DEADLINE = "no_such_deadline"
    HELP = "help"
    CLARIFY = "clarify"
    # Kinds read by `question_kinds.classify` (facts, days, windows, counting, what-ifs).
    FACT = "matter_fact"
    DATE_CHECK = "date_check"
    HOLIDAY = "holiday"
    COUNTING = "counting"
    WHAT_IF = "what_if"
    OVERDUE = "overdue"
    LEFT = "left"
    LOOKUP = "lookup"


@dataclass(frozen=True)
class Interpretation:
    intent: IntentName
    obligation_id: str | None = None
    topic: str | None = None
    asked_about: str | None = None
    confidence: float = 1.0
    options: tuple[Interpretation, ...] = ()
    matched: tuple[str, ...] = ()  # the cue words that decided it
    party: str | None = None  # "plaintiff"/"defendant" when the question names one side
    fact: str | None = None  # FACT: "judge", "case", "court", "format", "time_zone", ...
    day: date | None = None  # the day a question names (checked, moved to, a window's start)
    read_as: str = ""  # the question as read: normalized, shorthand expanded, typos repaired
    until: date | None = None  # a window's last day
    # the other reading of an ambiguous day: "next tuesday" said on a Monday is the 21st, or
    # to some, tomorrow; answers show both when they differ
    also: date | None = None
    # LEFT: the duties the question says are done ("we did the demand and the letter")
    done: tuple[str, ...] = ()


def _cue(name: str, norm: str) -> str | None:
    m = vocab.rx(vocab.CUES[name]).search(norm)
    return m.group() if m else None


def _topics(norm: str, named: Sequence[tuple[int, int]] = ()) -> list[tuple[float, str, list[str]]]:
    """Topics by cue weight. Cue words inside `named` spans (the words that named an
    obligation: "demand") don't count: naming a duty is not asking about its procedure."""
    scored = []
    for topic, cues in vocab.TOPIC_CUES.items():
        total, hits = 0.0, []
        for pattern, weight in cues:
            m = next((m for m in vocab.rx(pattern).finditer(norm)
                      if not any(a <= m.start() and m.end() <= b for a, b in named)), None)
            if m:
                total += weight
                hits.append(m.group())
        if total:
            scored.append((total, topic, hits))
    scored.sort(key=lambda t: -t[0])
    return scored


def _party(norm: str) -> str | None:
    sides = [s for s in ("plaintiff", "defendant") if _cue(f"role_{s}", norm)]
    return sides[0] if len(sides) == 1 else None


_GENERAL = (IntentName.DEADLINES, IntentName.CONFERENCE, IntentName.HELP)
_WHEN = (IntentName.NEXT, IntentName.DEADLINES, IntentName.CONFERENCE)


def _clarify(options: Sequence[Interpretation], confidence: float = 0.3) -> Interpretation:
    return Interpretation(IntentName.CLARIFY, confidence=confidence, options=tuple(options)[:3])


def _offer(intents: Sequence[IntentName], confidence: float = 0.3) -> Interpretation:
    return _clarify([Interpretation(i, confidence=0.3) for i in intents], confidence)


@dataclass(frozen=True)
class _Reading:
    """Everything read off one question, before the decision."""

    norm: str
    full: str  # `norm` before a foreign deadline's words were taken out
    today: date  # the day asked on (days named in the question are read from it)
    party: str | None
    ranked: list[tuple[float, Obligation, list[str]]]
    best: Obligation | None
    confidence: float
    cues: dict[str, str | None]
    topics: list[tuple[float, str, list[str]]]
    foreign: str | None

    @property
    def strong(self) -> tuple[float, str, list[str]] | None:
        return self.topics[0] if self.topics and self.topics[0][0] >= 2 else None

    def answer(self, intent: IntentName, *words: str | None, obligation_id: str | None = None,
               topic: str | None = None, asked_about: str | None = None,
               confidence: float = 0.9) -> Interpretation:
        return Interpretation(intent, obligation_id, topic, asked_about, confidence,
                              matched=tuple(w for w in words if w), party=self.party)

    def candidates(self, intent: IntentName) -> list[Interpretation]:
        top = self.ranked[0][0] if self.ranked else 0.0
        return [Interpretation(intent, obligation_id=ob.id, confidence=round(s / top * 0.5, 2))
                for s, ob, _ in self.ranked if s >= top * 0.5][:3]


def _when_joins(norm: str) -> bool:
    """"do I cc the other side when I send it?": a yes/no whose "when" joins a clause and
    asks no date (the question's only time word)."""
    m = re.search(r"\b(?:do|does|did|can|could|should|must|shall|will|would) (?:we|i|you|they|he|"
                  r"she)\b[a-z ]*?\bwhen (?:we|i|you|they|it|he|she)\b", norm)
    return bool(m) and not re.search(vocab.CUES["time"], norm.replace("when", " "))


@lru_cache(maxsize=16)  # interpret reads a question once, whichever path decides it
def _read(question: str, obligations: tuple[Obligation, ...], today: date) -> _Reading:
    extra = ranking.extra_words(obligations)
    tokens, _ = repair(vocab.normalize(question).split(), extra)
    norm = " ".join(tokens)
    profiles = [ranking.profile(ob) for ob in obligations]
    foreign = ranking.foreign_deadline(norm, profiles)
    # "reply brief" is not this order's "brief": rank obligations without the phrase.
    rest = norm.replace(foreign, " ") if foreign else norm
    party = _party(norm)
    ranked = ranking.rank(profiles, rest, party)
    confidence = ranking.confidence(ranked)
    named = [m.span() for p in vocab.CONCEPTS.values() for m in re.finditer(p, norm)]
    return _Reading(
        norm=rest, full=norm, today=today, party=party, ranked=ranked, confidence=confidence,
        best=ranked[0][1] if ranked and confidence >= CONFIDENT else None,
        cues={n: None if n == "time" and _when_joins(norm) else _cue(n, norm) for n in vocab.CUES},
        topics=_topics(norm, named if ranked else ()), foreign=foreign,
    )


def interpret(question: str, obligations: Sequence[Obligation], *, today: date | None = None,
              conference: date | None = None) -> Interpretation:
    """What `question` asks, read against the order's `obligations`, asked on `today`
    (days named in the question are read from it) about a conference on `conference`."""
    question = _premise_as_question(question)
    meaning = _interpret(question, obligations, today, conference)
    if meaning.intent in (IntentName.DEADLINE, IntentName.CLARIFY) and (
            first := _first_clause(question)):
        # "when is the demand due and when do they respond?": two dates asked, the first one
        # answered first (the second clause's words would otherwise outvote it)
        asked = _interpret(first, obligations, today, conference)
        if asked.intent is IntentName.DEADLINE and asked.obligation_id and (
                asked.obligation_id != meaning.obligation_id):
            meaning = replace(asked, read_as=asked.read_as or _read(
                first, tuple(obligations), today or date.today()).full)
    if meaning.read_as:
        return meaning
    return replace(meaning, read_as=_read(question, tuple(obligations), today or date.today()).full)


def read_message(message: str, obligations: Sequence[Obligation], *, today: date | None = None,
                 conference: date | None = None) -> tuple[str, Interpretation]:
    """A message as typed in a channel, read: the question in it (greeting, sign-off and
    context sentences taken off, `chat_message.focus`) and what it asks. When the question
    alone is not understood and the whole message is, the whole is read: its context may be
    what it asks about ("our draft is 12 pages. Need to trim?")."""
    whole = chat_message.trim(message)
    asked = chat_message.focus(whole)
    meaning = interpret(asked, obligations, today=today, conference=conference)
    if asked != whole and meaning.intent is IntentName.CLARIFY:
        # ("how did you get the 20th? I count 5 days back": unsure either way, the question
        # alone is the better one to ask back about)
        read = interpret(whole, obligations, today=today, conference=conference)
        if read.intent is not IntentName.CLARIFY:
            return whole, read
    return asked, meaning


# A premise about the conference put for checking: "I had the conf down for 2pm, is that
# wrong", "thought the SC was in person in White Plains??" -- asked as the yes/no it is.
_SESSION_WORD = r"(?:the |our )?(?:settlement conference|conference|conf|sc|session|mediation)"
_HAD_DOWN = re.compile(
    rf"^(?:i|we) (?:had|have|put|got|noted) (?P<s>{_SESSION_WORD}) (?:down |in (?:my|our|the) "
    r"calendar )?(?:for|at|as) (?P<v>[^,?!]+?)\s*(?:,|\?|!|$)(?:.*)$", re.IGNORECASE)
_THOUGHT = re.compile(
    rf"^(?:i |we )?(?:thought|figured|assumed) (?P<s>{_SESSION_WORD}) (?:was|is|would be) "
    r"(?P<v>[^?!]+?)\s*[?!.]*$", re.IGNORECASE)


# "we don't have to go up to white plains for this, right?": whether it is held remotely
_NO_TRIP = re.compile(r"^(?:so |and )?(?:we|i) (?:don'?t|do not|won'?t) (?:have|need) to (?:go|"
                      r"travel|come|appear|show up)\b[^?]*,? right\s*\??$", re.IGNORECASE)


# "... like in the Acme case right?", "... as in our other SDNY case, correct?": another
# matter's rule, said as the reason for a premise; the premise is checked on this one.
_LIKE_ELSEWHERE = re.compile(
    r"\s*,?\s*\b(?:like|as|same as) (?:in |with |for |on )?(?:the |our |that |their |my |an? )?"
    r"(?:other |last |previous |prior )?(?:[\w.'’-]+ ){0,3}?(?:case|matter|action|suit|order)s?\b",
    re.IGNORECASE,
)


def _premise_as_question(question: str) -> str:
    q = _LIKE_ELSEWHERE.sub("", question.strip())
    if q != question.strip():
        question = q
    if _NO_TRIP.match(q):
        return "is the conference remote?"
    if m := _HAD_DOWN.match(q):
        value = m.group("v").strip()
        link = "at" if re.match(r"\d|noon|morning|afternoon", value, re.I) else "on"
        return f"is {m.group('s')} {link} {value}?"
    if m := _THOUGHT.match(q):
        return f"is {m.group('s')} {m.group('v').strip()}?"
    return question


_SECOND_QUESTION = re.compile(r"\s(?:and|also|plus|\+|&)\s+(?=(?:when|what|where|who|how|which|"
                              r"why|does|do|is|are|can|should|must|will)\b)|[?;]\s+(?=\w)")


def _first_clause(question: str) -> str | None:
    """The first of two questions asked in one line, when it asks for a date on its own."""
    parts = _SECOND_QUESTION.split(question.strip(), maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < 3:
        return None
    return parts[0] if re.search(vocab.CUES["time"], parts[0].lower()) else None


def _interpret(question: str, obligations: Sequence[Obligation], today: date | None,
               conference: date | None) -> Interpretation:
    r = _read(question, tuple(obligations), today or date.today())
    if not r.norm.strip():
        return _offer(_GENERAL, 0.0)
    if social := vocab.social(r.full):
        # "thanks", "hi": a word back, not "I'm not sure what you're asking"
        return replace(_offer(_GENERAL, 0.0), asked_about=social)
    best = r.best or _sent_on_a_day(r.full, obligations, today or date.today(), conference)
    if (contact := _search_cue(_CHAMBERS_CONTACT, r.full)) and not re.search(_NOT_CONTACT, r.full):
        # "can we reply to the chambers email with just the clerk?": writing to chambers, which
        # the order speaks to only for its letter
        return Interpretation(IntentName.EXPLAIN, topic="chambers_contact", confidence=0.7,
                              matched=(contact,), party=r.party, read_as=r.full)
    if (unmentioned := _unmentioned(r.full)) is not None:
        # "do we need an opening statement?", "will the judge meet with each side separately?":
        # a part of the session orders seldom set -- what this order says of it, or that it
        # says nothing (not a "yes" from the letter's "statement" or "each side")
        return Interpretation(IntentName.EXPLAIN, topic="unmentioned", asked_about=unmentioned,
                              confidence=0.7, matched=(unmentioned,), party=r.party,
                              read_as=r.full)
    if (guest := _other_attendee(question.lower())) is not None and _other_attendee(r.full):
        # "can we bring our expert?", "can the client's wife join?": someone the order does not
        # name as attending -- not a yes from the rule on who must attend
        return Interpretation(IntentName.EXPLAIN, topic="other_attendee", asked_about=guest,
                              confidence=0.7, matched=(guest,), party=r.party, read_as=r.full)
    if (settled := _search_cue(_SETTLES, r.full)) and not _duty_on_settling(best, r):
        # "what happens if we settle before the conference?": what the order says of a
        # settlement reached first (not the list of what is due before the conference)
        return Interpretation(IntentName.EXPLAIN, topic="settled_early", confidence=0.7,
                              matched=(settled,), party=r.party, read_as=r.full)
    if (form := _form_asked(r.full)) and YES_NO.search(r.full) and (
            duty := r.best or (r.ranked[0][1] if r.ranked else None)) and not re.search(
            form[1], duty.quote, re.I):
        # "does the demand need to be in writing?": a form the duty's sentence doesn't set,
        # answered from its words, not with the duty's yes
        return Interpretation(IntentName.EXPLAIN, duty.id, topic="unstated_form",
                              asked_about=form[0], confidence=0.8, matched=(form[2],),
                              party=r.party, read_as=r.full)
    if best is None and not r.ranked and _SENT_IT.search(r.full) and days_named(
            r.full, today or date.today(), conference):
        # "can we submit it friday?" where no one duty is sent that way: which one, asked
        # back, rather than a yes about the conference's day or the letter's address
        return _clarify([Interpretation(IntentName.DEADLINE, obligation_id=ob.id,
                                        confidence=0.3) for ob in obligations])
    kind = classify(r.full, today or date.today(), best.id if best else None,
                    bool(r.ranked) or best is not None, conference)
    if kind is not None and kind.fact == "conference_day" and kind.day and re.search(
            r"\b(?:mov|reschedul|adjourn|postpon|push|bump|continu)\w*", r.full):
        # "can the conference be moved to June 20?": what moving it there does, not "No, it is
        # on May 28"
        return Interpretation(IntentName.WHAT_IF, day=kind.day, confidence=0.8,
                              matched=(kind.cue,), party=r.party, read_as=r.full)
    if kind is not None and kind.intent == "lookup" and not kind.asked_about and r.strong and (
            r.strong[0] >= 3) and (len(r.topics) == 1 or r.topics[1][0] <= r.strong[0] - 2):
        # "what does the court say about negotiating early?": one procedure plainly asked about,
        # answered first rather than quoted ("the history of negotiations" stays a quote: the
        # letter's contents and the exchange both speak to it)
        kind = None
    if kind is not None:
        top = r.ranked[0][0] if r.ranked else 0.0
        done = tuple(ob.id for s, ob, _ in r.ranked if s >= 0.5 * top) if (
            kind.intent == "left" or kind.after_done) else ()
        return Interpretation(IntentName(kind.intent), best.id if best else None,
                              topic=kind.topic, asked_about=kind.asked_about, confidence=0.9,
                              matched=(kind.cue,), party=r.party, fact=kind.fact, day=kind.day,
                              until=kind.until, read_as=r.full, also=kind.also, done=done)
    cues, best, strong = r.cues, r.best, r.strong
    said = r.ranked[0][2] if r.ranked else []
    if r.foreign and (asked := _uncovered(r.full)) and asked[0] == "adjournment":
        # "partner is on trial the 28th - can we get a new date?": moving the conference, not
        # the trial's deadline
        return r.answer(IntentName.EXPLAIN, asked[1], topic=asked[0], confidence=0.7)
    if r.foreign and (cues["time"] or cues["why"]):
        return r.answer(IntentName.NO_SUCH_DEADLINE, cues["time"] or cues["why"], r.foreign,
                        asked_about=r.foreign)
    if cues["why"] and not _tag_on_procedure(r):
        if best is not None:
            return r.answer(IntentName.WHY, cues["why"], *said, obligation_id=best.id,
                            confidence=r.confidence)
        if re.search(r"\b(?:holidays?|weekends?|memorial day|saturdays?|sundays?)\b", r.full) and (
                re.search(r"\bcount\w*|\bskip\w*|\bexclud\w*|\binclud\w*", r.full)):
            # "why isn't memorial day counted?": how days are counted, for every duty
            return r.answer(IntentName.COUNTING, cues["why"], asked_about="holidays",
                            confidence=0.7)
        if by_period := _named_by_period(r.full, obligations, r.ranked):
            # "I thought 5 business days before the 28th was the 21st": the duty named by its
            # period (duties with the same period are counted alike, so the first answers)
            return r.answer(IntentName.WHY, cues["why"], obligation_id=by_period.id,
                            confidence=0.7)
        return _clarify(r.candidates(IntentName.WHY) or [
            Interpretation(IntentName.WHY, obligation_id=ob.id, confidence=0.3)
            for ob in obligations])
    named = ranking.concepts_in(r.norm)
    if cues["time"] and named and not r.ranked:
        # A settlement step this order has no duty for ("the demand" in an order that
        # sets none): say so rather than offer unrelated dates.
        about = " ".join(named.values())
        return r.answer(IntentName.NO_SUCH_DEADLINE, cues["time"], about, asked_about=about,
                        confidence=0.7)
    if best is None and (pair := _compared(r)) is not None:
        # "is the demand due before the letter?": two duties put side by side, not "which
        # one did you mean?"
        first, second, how = pair
        return Interpretation(IntentName.DEADLINE, first.id, asked_about=how, confidence=0.8,
                              options=(Interpretation(IntentName.DEADLINE, second.id),),
                              matched=(how,), party=r.party, read_as=r.full)
    if best is not None:
        return _about_obligation(r, best, named)
    if r.ranked and cues["time"]:
        return _clarify(r.candidates(IntentName.DEADLINE), r.confidence)
    for intent, cue in ((IntentName.THIS_WEEK, "this_week"), (IntentName.NEXT, "next"),
                        (IntentName.DEADLINES, "list")):
        if cues[cue] and not (strong and strong[0] >= 4):  # "file it on the docket?": filing
            return r.answer(intent, cues[cue])
    when = cues["time"] or cues["conference_when"] or (
        # "remind me about the conf", "conf?": the conference named and nothing else asked
        cues["conference"] if len(r.norm.split()) <= 3 and not r.strong else None)
    other = strong is not None and strong[1] != "conference" and strong[0] >= 3
    # "when do we have to be on the teams call": a when asked first is the time, whoever is
    # to be there
    # ("when do we get the zoom link for the conference?" asks how the way in comes, not
    # when the conference is)
    link = re.search(r"\b(?:get|receive|send|sent|see)\w* (?:the |our |a )?(?:zoom |teams |webex |"
                     r"video )?(?:links?|invites?|invitations?)\b", r.norm)
    if cues["conference"] and when and not link and (
            not other or re.match(r"(?:when|what time)\b", r.norm)):
        return r.answer(IntentName.CONFERENCE, cues["conference"], when)
    if strong:
        if len(r.topics) > 1 and r.topics[1][0] == strong[0]:
            return _clarify([Interpretation(IntentName.EXPLAIN, topic=t, confidence=0.4)
                             for _, t, _ in r.topics[:3]], 0.4)
        return r.answer(IntentName.EXPLAIN, *strong[2], topic=strong[1],
                        confidence=min(1.0, strong[0] / 4))
    if cues["help"]:
        return r.answer(IntentName.HELP, cues["help"])
    if asked := _uncovered(r.full):
        return r.answer(IntentName.EXPLAIN, asked[1], topic=asked[0], confidence=0.7)
    return _offer(_WHEN if cues["time"] else _GENERAL, 0.3 if cues["time"] else 0.0)


# Parts of the session an order seldom sets, asked about: the key `uncovered.UNMENTIONED`
# names them by.
_SESSION_PARTS: tuple[tuple[str, str], ...] = (
    # (not "slides": "if it slides to june 10" moves the conference)
    ("opening", r"\bopening (?:statement|presentation|remarks)s?\b|\b(?:power ?point|slide deck)\b"
     r"|\bpresentation\b"),
    ("caucus", r"\bcaucus\w*|\bbreak ?out rooms?\b|\b(?:meet|talk|speak) (?:with|to) (?:each|both) "
     r"(?:side|party|parties)\b(?: \w+){0,2} separately\b|\bseparate (?:rooms?|sessions?)\b"),
    ("attire", r"\bwhat (?:do|should) (?:we|i|the client) wear\b|\bdress code\b|\battire\b|"
     r"\bbusiness casual\b"),
    ("length", r"\bblock (?:out|off) (?:the |our )?(?:whole |entire |full )?(?:afternoon|morning|"
     r"day|evening)\b|\bclear (?:our|the|my) (?:calendars?|schedules?) for the (?:whole |entire )?"
     r"(?:afternoon|day)\b"),
    ("letter_format", r"\bfonts?\b|\b(?:line |double |single )?spac(?:ing|ed)\b|\bmargins?\b|"
     r"\bpoint (?:type|size)\b|\btypeface\b"),
)


# What the order does speak to, asked of that part: "is what we say in the breakout room
# confidential?" is confidentiality's.
_SPOKEN_TO = re.compile(r"\bconfidential\w*|\bprivate\b|\bprivileg\w*|\badmissib\w*|\bon the "
                        r"record\b|\boff the record\b|\bused? against\b|\bdiscover\w*")


def _unmentioned(norm: str) -> str | None:
    if _SPOKEN_TO.search(norm):
        return None
    return next((key for key, cue in _SESSION_PARTS if re.search(cue, norm)), None)


# Someone asked to come along: "can we bring our expert?", "can a paralegal sit in?", "is it
# ok if the client's wife joins?" (the person in group g or o).
_GUEST = re.compile(
    r"\b(?:can|may|could|should|is it ok(?:ay)? (?:if|to|for)|are we allowed to)\b (?:"
    r"(?:we|i|they|opposing counsel|the other side|(?:the )?defen[cs]e|(?:the )?plaintiffs?|"
    r"(?:the )?defendants?) (?:bring|invite|have) "
    r"(?P<o>(?:our |my |the |a |an |their )?[\w']+(?: [\w']+)?)"
    r"(?: (?:to|with|along|in|on)\b|\s*(?=[?.!,]|$)| attend| join| there)"
    r"|(?P<g>(?:our |my |the |a |an |their |his |her )?[\w']+(?: [\w']+){0,5}?) (?:attend|join"
    r"|come|sit in|be there|be present|participate|listen in|observe|tag along)s?\b)"
    # "the client's wife wants to sit in on the call": the wish, then the question
    r"|\b(?P<w>(?:our |my |the |a |an |their |his |her )?[\w']+(?: [\w']+){0,3}?) (?:wants|would "
    r"like|wishes|plans|hopes|is hoping|asked) to (?:attend|join|come|sit in|listen in|observe|"
    r"be there|tag along)\b"
)
# People one might bring who are no party, lawyer or authority the order names.
_PEOPLE = frozenset(re.findall(r"\w+", (
    "expert consultant paralegal assistant spouse wife husband partner friend family relative "
    "parent mother father son daughter child kid interpreter translator associate colleague "
    "cfo coo cto gc accountant economist doctor physician witnesse witness guest observer intern "
    "secretary boss manager supervisor employee staff advisor adviser agent broker banker "
    "mediator neutral consultant "
    "trustee guardian caregiver aide nurse therapist counselor chaplain student clerk")))
# Who the order's attendance rule speaks of: they are answered from it.
_NAMED_ATTENDEES = frozenset(re.findall(r"\w+", (
    "we i you us they he she it someone anyone client clients party parties plaintiff plaintiffs "
    "defendant defendants insurer insurers insurance adjuster adjusters carrier carriers rep reps "
    "representative representatives ceo owner owners counsel lawyer lawyers attorney attorneys "
    "principal principals decision maker makers authority person people everyone")))


def _other_attendee(norm: str) -> str | None:
    """The person a question asks to bring along, when the order names no such attendee."""
    m = _GUEST.search(norm)
    if m is None:
        return None
    if re.search(r"\b(?:for|instead of|in place of|on behalf of) (?:the |our |my )?(?:client|party|"
                 r"plaintiff|defendant)s?\b", norm[m.end() :]):
        return None  # "can a paralegal attend for the client?": standing in, which ¶4 answers
    who = m.group("o") or m.group("g") or m.group("w") or ""
    words = re.findall(r"[a-z]+", re.sub(r"['’]s\b", " ", who))
    head = next((i for i, w in enumerate(words) if w.rstrip("s") in _PEOPLE), None)
    if head is None or words[-1] in _NAMED_ATTENDEES:
        return None  # one the order names, or no person at all ("can we bring exhibits?")
    # "the mediator from our private mediation joins": the person named, and what follows
    return who


# The case settling (the verb, never "settlement conference"), put as a condition: "what
# happens if we settle before the conference?", "if the case resolves early do we still send
# the letter?"
_SETTLES = (r"\b(?:if|when|once|in case|should|suppose|assuming|in the event)\b(?: [\w']+){0,4}? "
            r"(?:settle|settles|settled|resolve|resolves|resolved|reach (?:a|an) (?:deal|"
            r"settlement|resolution|agreement))\b(?! conf)")


# Writing to or calling chambers (the clerk, the deputy), not sending a paper there: "can we
# reply to the chambers email with just the clerk?", "how do we contact chambers?"
_COURT_STAFF = (r"(?:the |judge \w+s |her |his |the judges |the magistrate judges )?(?:chambers|"
                r"clerks?|law clerks?|courtroom deputy|deputy clerks?|judges clerks?|"
                r"magistrate judges chambers|judges chambers)\b")
_CHAMBERS_CONTACT = (r"\b(?:reply|replying|respond|responding|answer|write|writing|e ?mail|"
                     r"e ?mailing|call|calling|phone|contact|contacting|reach|reach out to|talk to|"
                     r"speak (?:to|with)|get in touch with|correspond with|communicate with|ping|"
                     r"message)\b (?:to |with )?(?:\w+ ){0,2}?" + _COURT_STAFF + r"|"
                     r"\b(?:reply|respond|answer|write back)\w* (?:to )?(?:the |their |that )?"
                     r"(?:chambers|clerks?|courts?) (?:e ?mail|message|note)\b")
# A paper, the link or the other side named: the letter's, the link's or the ex parte rule
_NOT_CONTACT = (r"\bletter\b|\bsubmission|\bstatement\b|\bhard copy\b|\bcop(?:y|ies)\b|"
                r"\bdemand\b|\bexhibits?\b|\battachments?\b|\bbinder\b|\bbrief\b|\bpaper|"
                r"\blinks?\b|\binvit\w*|\bcc\b|\bbcc\b|\bother side\b|\bopposing\b|"
                r"\b(?:send|submit|file|serve|deliver) (?:it|this|that|them)\b|\bwhat (?:e ?mail|"
                r"address)\b|\baddress\b|\baddy\b|\bwhich (?:e ?mail|address)\b|"
                r"\bwhat is (?:the )?(?:chambers )?e ?mail\b")


_COMPARE = re.compile(r"\b(?:before|after|first|earlier|later|sooner|ahead of|prior to)\b")


def _compared(r: _Reading) -> tuple[Obligation, Obligation, str] | None:
    """Two duties named alike and a word that orders them: the one said first, the other,
    and what is asked ("which" comes first, or is the first "before"/"after" the other)."""
    cue = _COMPARE.search(r.full)
    if cue is None or len(r.ranked) < 2 or r.ranked[1][0] < 0.8 * r.ranked[0][0]:
        return None
    (_, one, said_one), (_, two, said_two) = r.ranked[:2]

    def at(words: Sequence[str]) -> int:
        return min((r.full.find(w) for w in words if w and w in r.full), default=len(r.full))

    first, second = (one, two) if at(said_one) <= at(said_two) else (two, one)
    if re.search(r"\bwhich\b", r.full):
        return first, second, "which"
    after = cue.group() in ("after", "later")
    return first, second, "after" if after else "before"


def _duty_on_settling(best: Obligation | None, r: _Reading) -> bool:
    """"When do we need to tell the court if we settle?": a duty of the order's asked about
    (its date, or one that is itself about settling), not what settling does to the rest."""
    if best is None:
        return False
    about = f"{best.title} {best.what} {best.condition or ''}"
    return bool(r.cues["time"]) or re.search(r"\bsettl|\bresolv", about, re.I) is not None


def _search_cue(pattern: str, norm: str) -> str | None:
    m = re.search(pattern, norm)
    return m.group() if m else None


# A form a duty may take, asked about: (how it is said, what in the order's sentence sets it,
# the cue). The words a sentence would use for it: "in writing" is set by "writ" or "letter".
_FORMS: tuple[tuple[str, str, str], ...] = (
    ("in writing", r"\bwrit|\bletter\b", r"\bin writing\b|\bwritten\b"),
    ("signed", r"\bsign", r"\bsigned\b|\bsignature\b|\bsign(?: it| off on it)\b"),
    ("made orally", r"\boral|\bverbal|\bphone|\btelephon|\bwrit|\bletter\b|\be-?mail",
     r"\borally\b|\boral\b|\bverbal(?:ly)?\b|\bover the phone\b|\bby phone\b|"
     r"\bon a (?:phone )?call\b"),
    ("on letterhead", r"\bletterhead", r"\bletterhead\b"),
    ("notarized or sworn", r"\bnotar|\bsworn|\boath|\baffidavit|\bdeclaration",
     r"\bnotari[sz]ed\b|\bsworn\b|\bunder oath\b"),
    ("sent by e-mail", r"\be-?mail", r"\bby e ?mail\b|\be ?mailed\b"),
)


def _form_asked(norm: str) -> tuple[str, str, str] | None:
    for label, sets, cue in _FORMS:
        if m := re.search(cue, norm):
            return label, sets, m.group()
    return None


# "can we send it friday before the conference?": a paper sent on a day, named by a pronoun
_SENT_IT = re.compile(r"\b(send|submit|e ?mail|deliver|get) (?:it|this|that|ours|ours|them)\b")


def _sent_on_a_day(norm: str, obligations: Sequence[Obligation], today: date,
                   conference: date | None) -> Obligation | None:
    """The duty a question names only by its verb and a pronoun ("can we send it friday?",
    "ok to submit it on the 17th?"): the one duty whose own sentence uses that verb, when a
    day is named with it; None when no duty or several do (the question is asked back)."""
    m = _SENT_IT.search(norm)
    if m is None or not days_named(norm, today, conference):
        return None
    verb = {"e mail": "e-mail", "email": "e-mail"}.get(m.group(1), m.group(1))
    sole = [ob for ob in obligations if re.search(rf"\b{verb}(?:s|ed)?\b", ob.quote, re.I)]
    return sole[0] if len(sole) == 1 else None


def _named_by_period(norm: str, obligations: Sequence[Obligation],
                     ranked: Sequence[tuple[float, Obligation, list[str]]]) -> Obligation | None:
    """The duty a question names by its period ("5 business days before the 28th"), when
    every duty with that period is counted the same way; None otherwise."""
    m = re.search(r"\b(\d+) (business |calendar |court )?days? (before|after|prior to|from)\b",
                  norm)
    if m is None:
        return None
    same = [ob for ob in obligations if ob.rule.amount == int(m.group(1)) and (
        not m.group(2) or (m.group(2).strip() in ("business", "court")) == (
            "business" in ob.rule.describe()))]
    if not same or len({ob.rule.describe() for ob in same}) != 1:
        return None
    order = [ob for _, ob, _ in ranked if ob in same]
    return order[0] if order else same[0]


def _tag_on_procedure(r: _Reading) -> bool:
    """"ex parte means they don't see it, right?": a procedure put for confirmation, with no
    day or date in it, is that procedure's yes/no, not a doubt about a deadline's date."""
    # a page count is the procedure's own ("the letter is limited to 10 pages, right?")
    said = re.sub(r"\b\d+ (?:pages?|pp)\b", " ", r.full)
    return bool(r.cues["why"] in ("right", "correct", "wrong") and r.strong and not r.cues["time"]
                and not days_named(said, r.today) and not re.search(r"\d", said))


# Procedures an order rarely sets, asked about (a what-if about a new date is read before).
_ADJOURN = (r"\badjourn\w*|\bcontinuance\b|\breschedul\w*|\bpostpon\w*|\b(?:move|push|change|"
            r"bump)\w* (?:the )?(?:conf\w*|date|it|session)\b|\b(?:conf\w*|date) (?:moved|pushed|"
            r"changed)\b|\bnew date\b|"
            # "can the conference be moved to june?"
            r"\b(?:conf\w*|date|session) (?:be|get|gets|been) (?:moved|pushed|changed|rescheduled|"
            r"adjourned|postponed|bumped|continued)\b")
_OVERVIEW = (r"\bwhat happens (?:at|during|in)\b|\bwhat (?:should|do|can|will) (?:we|i) expect\b|"
             r"\bwhat to expect\b|\bhow (?:does|will) (?:the |this |our )?(?:settlement )?"
             r"(?:conf\w*|session|mediation) (?:work|go|run|proceed)\b|\bwalk (?:me|us) through\b"
             r"|\bwhat is the (?:format|agenda|procedure)\b|\bhow (?:is|will) (?:it|the conf\w*) "
             r"(?:be )?(?:run|structured)\b")


def _uncovered(norm: str) -> tuple[str, str] | None:
    """("adjournment" | "conference_overview", cue) for a question the order leaves open."""
    if m := re.search(_ADJOURN, norm):
        return "adjournment", m.group()
    if m := re.search(_OVERVIEW, norm):
        return "conference_overview", m.group()
    return None


def _about_obligation(r: _Reading, best: Obligation, named: dict[str, str]) -> Interpretation:
    """The question names one of the order's duties: its date, or the procedure behind it."""
    cues, strong = r.cues, r.strong
    said = r.ranked[0][2]
    # "what if we miss the letter deadline?"; but "can we skip responding?" (a not-doing word
    # and no consequence asked) is the duty's own procedure
    if strong and strong[1] == "sanctions" and strong[0] >= 3 and not re.search(
            r"\balready\b", r.norm):  # "what if we already responded?": it counts, no penalty
        return r.answer(IntentName.EXPLAIN, *strong[2], topic="sanctions", confidence=0.8)
    if cues["time"]:
        meaning = r.answer(IntentName.DEADLINE, cues["time"], *said, obligation_id=best.id,
                           confidence=r.confidence)
        noun = best.rule.event.split("_")[0] if best.rule.event else ""
        if noun and (days := days_named(r.full, r.today)) and re.search(
                rf"\b{re.escape(noun)}\w*\b(?: \w+){{0,5}} {re.escape(days[0].said)}", r.full):
            # "if we send our demand on May 10, when is their response due?": counted from it
            # (but "the response - is today the last day?" names no day for the demand)
            return replace(meaning, day=days[0].day, asked_about="event")
        return meaning
    concept = next(iter(named), None)
    topic = vocab.CONCEPT_TOPIC.get(concept or "")
    if strong:
        chosen = strong[1]
        if topic == "exchange" and chosen.startswith("letter"):
            chosen = topic  # "serve the demand on the court?": the demand's procedure
        if topic and topic != "exchange" and chosen == "conference" and strong[0] < 4:
            chosen = topic  # "drop off a binder at the courthouse?": the paper, not the event
        if topic and chosen == "sanctions":
            chosen = topic
        return r.answer(IntentName.EXPLAIN, *strong[2], topic=chosen,
                        confidence=min(1.0, strong[0] / 4))
    if cues["need"] and topic:  # "do we need to send a demand?"
        return r.answer(IntentName.EXPLAIN, cues["need"], *said, topic=topic, confidence=0.8)
    # A question word, or a request to explain a named duty ("explain the hard copy rule").
    # ("both sides send letters?" asks who owes one)
    what = re.match(r"(?:please )?(?:(?:under|in|on|for|with|at) )?(?:what|which|where|how|who|"
                    r"whom|to whom|explain|tell me about|"
                    r"walk me through)\b", r.norm) or re.search(
        r"\b(?:both|each|either) (?:sides?|part(?:y|ies))\b", r.norm) or re.search(
        r"\brules?\b|\bprocedures?\b|\bprocess\b|\brequirements?\b", r.norm) or (
        None if re.match(r"(?:can|could|would|will) you\b", r.norm) else YES_NO.search(r.norm))
    if what and topic:  # "what the court wants in the ex parte submission": its procedure
        return r.answer(IntentName.EXPLAIN, what.group(), *said, topic=topic, confidence=0.7)
    if topic and (put_off := re.search(r"\b(?:at|after|during|until|till|til) (?:the |our )?"
                                       r"(?:settlement )?(?:conference|session)\b", r.norm)):
        # "they say they'll answer our number at the conference": the duty put off to the
        # conference, which its procedure answers (it falls due before)
        return r.answer(IntentName.EXPLAIN, put_off.group(), *said, topic=topic,
                        confidence=0.7)
    # Named, but not asked about in any way we recognize ("can you draft the letter?"):
    # offer the date and the procedure rather than guess.
    options = [Interpretation(IntentName.DEADLINE, obligation_id=best.id, confidence=0.5)]
    if topic:
        options.append(Interpretation(IntentName.EXPLAIN, topic=topic, confidence=0.4))
    return _clarify(options, 0.5)
