"""Reading one sentence as a duty: its condition, its modal verb and who must act.

"If the plaintiff has not already made a settlement demand, such a demand must be
communicated ..." -> condition "only if the plaintiff has not already made a settlement
demand", modal "must", actor "plaintiff" (found in the condition, as the main clause
is passive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from settleconf.core.order_parser.numbers import normalize_numbers


def _split_word(word: str) -> str:
    """The word, or it with one space a PDF text layer put inside it ("s hall")."""
    return "|".join([word] + [f"{word[:i]} {word[i:]}" for i in range(1, len(word))])


# A settlement officer named by title as a paper's recipient ("due to PJO Roe", "due to the
# Special Master on ..."): the title must stand before a name (not a possessive one) or
# before the deadline itself, so "due to officer availability" is no recipient.
_OFFICER_TITLE = (
    r"(?:pjo|parajudicial\s+officer|settlement\s+officer|special\s+master|neutral|evaluator"
    r"|magistrate|adr\s+(?:administrator|coordinator)|attorney)\b"
    r"(?=(?>(?:\s+(?-i:[A-Z])[\w.-]*)+)(?![\w'’])|\s+(?:on|by|no|not|at|via|before|within)\b"
    r"|\s*[,;(]"
    r"|\s*\.?\s*$)"
)

# The modal a duty turns on; a PDF text layer may split it ("each party s hall be
# submitted"), and the sentence still sets the duty.
MODAL = re.compile(
    rf"\b(?:{_split_word('shall')}|{_split_word('must')}|should"
    r"|(?:is|are)\s+(?:also\s+|hereby\s+|further\s+)*(?:directed|required|ordered|instructed|"
    r"expected|reminded)(?:\s+to)?"
    # an earlier order's direction, recited: "Plaintiff was directed to file a response on
    # or before January 11, 2016"; time given: "Defendant is given until May 24 to serve"
    r"|(?:was|were)\s+(?:also\s+|further\s+)*(?:directed|required|ordered|instructed)\s+to"
    r"|(?:is|are|was|were)\s+(?:hereby\s+)?(?:given|granted|allowed|afforded)\s+until"
    r"|(?:has|have)\s+until"
    # "requires that ...": the command is the that-clause's (read by _ordered_that)
    r"|(?:is|are)\s+(?:also\s+)?to\s+(?!the\b)|requires?(?!\s+that\b)|needs?\s+to|has\s+to"
    r"|have\s+to"
    r"|(?:is|are)\s+responsible\s+for|responsibility\s+of|will\s+be\s+required\s+to"
    # "The deadline for each party to submit its statement is ...": the party after it
    r"|(?:deadline|due\s+date)\s+for(?=\s+(?:each|every|all|any|both|either|the|plaintiffs?"
    r"|defendants?|counsel|parties)\b[^.;]{0,40}?\bto\s+[a-z])"
    # "due to" is "because of", except where a recipient follows: "are due to chambers",
    # "due to the settlement statements inbox", "due to opposing counsel", or a settlement
    # officer by title: "due to PJO Roe", "due to the Special Master", "due to attorney
    # Corcoran" (the title then stands before a name or the deadline, so "due to officer
    # availability" and "due to PJO Roe's absence" stay "because of")
    r"|(?:is\s+|are\s+|shall\s+be\s+)?due\b(?!\s+(?:course|process|diligence"
    r"|to\b(?!\s+(?:(?:the|this|my|our)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:chambers|court|clerk"
    r"|undersigned|deputy|judge|mediator|inbox|mailbox|counsel|me|other\s+side|each\s+other)\b"
    rf"|{_OFFICER_TITLE})"
    r"(?!['’])))))\b",
    re.IGNORECASE,
)
WEAK_MODAL = re.compile(r"\bwill\b(?!\s+be\s+(?:provided|sent|emailed|e-mailed|given))", re.I)
_SUBORDINATE_WILL = re.compile(
    r"\b(?:if|whether|unless|when)\s+(?:you|he|she|they|it|we|(?:the\s+)?\w+)\s+$", re.I
)
_IF_CLAUSE_MODAL = re.compile(
    r"\S\s+(?:if|whether|unless)\s+(?:the\s+|a\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?\s+$", re.I
)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who)\b[^,;]{3,120},", re.IGNORECASE)
_CONDITION_START = re.compile(
    r"^(?:if|should|unless|in\s+the\s+event(?:\s+that)?|where|when|once|upon)\b", re.IGNORECASE
)
# A deadline set off between a leading condition and its duty's subject.
_WHEN_AFTER_CONDITION = re.compile(
    r"\s*(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|at\s+least|within)\b",
    re.IGNORECASE,
)
_MID_CONDITION = re.compile(r",\s*(?P<c>(?:if|unless)\s+[^,]{3,120}),\s*", re.IGNORECASE)
_TRAILING_CONDITION = re.compile(
    r"\s+(?P<c>(?:only\s+)?(?:if|unless)\s+(?:it|they|he|she|the\s+\w+)\s+[^,;]{3,120}?)[.;]?$",
    re.IGNORECASE,
)
# Counsel named for a side speak for it: "Counsel for each Defendant", "Lead counsel for the
# defendants' group", "counsel for the Moving Defendants" (bare "counsel" is neither side's).
_SIDE_COUNSEL = (
    r"(?:(?:lead|liaison|co-?lead|trial)\s+)*counsel\s+for\s+"
    r"(?:the\s+|each\s+|every\s+|all\s+|any\s+)?(?:(?-i:[A-Z][\w-]*)\s+){0,2}"
)
# Who acts, most specific first. The keys are what `Obligation.who` holds.
_ACTORS: tuple[tuple[str, str], ...] = (
    (
        "each party",
        r"counsel\s+for\s+each\s+(?:party|side)|each\s+(?:party|side|counsel|litigant)"
        r"(?:['’]s)?(?:\s+counsel)?|every\s+party|(?:a|any|that|such)\s+party(?:['’]s)?",
    ),
    ("submitting party", r"(?:the\s+)?submitting\s+party"),
    ("opposing party", r"(?:the\s+)?(?:opposing|responding|other)\s+(?:party|side)"),
    (
        "plaintiff",
        rf"{_SIDE_COUNSEL}plaintiffs?|plaintiffs?['’]?s?\s+counsel"
        # class counsel speak for the plaintiff class
        r"|(?:(?:interim|co-?lead|lead)\s+)*class\s+counsel|(?:the\s+)?plaintiffs?(?:['’]s?)?",
    ),
    (
        "defendant",
        rf"{_SIDE_COUNSEL}defendants?(?:['’]s?)?(?:\s+group)?|defendants?['’]?s?\s+counsel"
        r"|defense\s+counsel|(?:the\s+)?defendants?(?:['’]s?)?",
    ),
    ("parties", r"(?:the\s+|all\s+|both\s+)?parties(?:['’])?|(?:the\s+)?litigants"),
    ("counsel", r"(?:lead\s+|trial\s+|all\s+)*counsel|attorneys?"),
)
_ACTOR_RE = re.compile(
    "|".join(f"(?P<a{i}>\\b(?:{rx})\\b)" for i, (_, rx) in enumerate(_ACTORS)), re.IGNORECASE
)
# The court's people, and the neutral and program staff it appoints: "The mediator will
# file a report within ten days after the mediation" is no party's deadline.
_COURT_ACTOR = re.compile(
    r"\b(?:the\s+court|the\s+undersigned|chambers|(?:the\s+)?clerk|courtroom\s+(?:deputy|"
    r"administrator)|(?:the\s+)?magistrate\s+judge|the\s+judge|CRD"
    r"|the\s+(?:(?:court-?\s?appointed|assigned|appointed)\s+)?(?:mediator|neutral|evaluator)"
    r"|the\s+(?:ADR|MAP)\s+(?:director|administrator|staff|unit|office|program)"
    r"|the\s+settlement\s+(?:judge|officer))\b",
    re.IGNORECASE,
)
# "The Court ORDERS Plaintiff to file ...", "the Court shall require the parties to submit
# ...": the court is the subject, the duty is its object's.
_COURT_DIRECTS = re.compile(
    r"\b(?:the\s+court|the\s+undersigned)\s+(?:(?:shall|will|hereby|further|also|therefore|"
    r"accordingly)\s+)*(?:require|direct|order|instruct)s?\s+(?P<obj>[^,;.]{1,60}?)\s+to\s+"
    r"(?=[a-z])",
    re.IGNORECASE,
)
# A docket entry's commands, gerunds after its title: "ORDER ... SETTING a Settlement
# Conference for 5/30/2013; ORDERING each party to file ... by 5/23/2013; DIRECTING Defendant
# to respond ...". In capitals anywhere, in lower case only where a clause opens, so "the
# minute order requiring the parties to meet" (a recital) stays history.
_GERUND_DIRECTS = re.compile(
    r"(?:(?<![A-Za-z])(?:ORDERING|DIRECTING|REQUIRING|INSTRUCTING)"
    r"|(?:^|[;:]|\band)\W*(?:ordering|directing|requiring|instructing))"
    r"\s+(?P<obj>[^,;.]{1,60}?)\s+to\s+(?=[a-z])"
)
# "IT IS FURTHER ORDERED that Plaintiff submit ...", "The Court directs that each party
# lodge ...": the order's command in the subjunctive, with no modal of its own.
_THAT_DIRECTS = re.compile(
    r"\b(?:ordered|directed|required|directs|orders|requires)\s*[,:]?\s+that\s+"
    # a later clause of the same command, read on its own: "... and that Defendant respond"
    r"|^\W*(?:and\s+)?that\s+",
    re.IGNORECASE,
)
# A party by its own name (capitalised words or an acronym, up to five) and the bare verb
# of a command: "PREPA file", "Acme Widget Co. serve", "Dr. Jones submit".
_NAMED_PARTY = re.compile(
    r"(?-i:(?P<name>(?:[A-Z][\w.&'’-]*,?\s+){0,4}?[A-Z][\w.&-]*))\s+"
    r"(?P<verb>file|serve|submit|answer|respond|produce|pay|deliver|provide|lodge|exchange"
    r"|appear|show|notify|inform|e-?mail|send|make|comply|complete|disclose|return)\b",
)
# Capitalised words that are not a party: the court, a paper, a pronoun.
_NOT_A_PARTY = re.compile(
    r"(?i)^(?:the\s+)?(?:court|judge|clerk|magistrate|it|they|he|she|this|that|each|all|any"
    r"|judgment|order|motion|notice|such)\b"
)
_PAPER_PASSIVE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:demand|offer|counter-?offer|letter|statement|memorand(?:um|a)"
    r"|submission|brief|report|list|notice|response|proposal|position\s+paper)s?\s+be\s+"
    r"(?P<verb>served|submitted|made|sent|filed|delivered|exchanged|lodged|provided|e-?mailed"
    r"|communicated|transmitted)\b",
    re.IGNORECASE,
)
# "The Court requires that a settlement demand be made ...": a paper no one is named to make,
# commanded in the passive subjunctive; the parties', as with "shall be made".
_UNOWNED_PAPER = re.compile(r"(?:a|an|the|all|any|each|every)" + _PAPER_PASSIVE.pattern, re.I)
_NOT_A_COMMAND = frozenset(
    {
        "shall", "must", "should", "will", "would", "may", "might", "can", "cannot", "could",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "and", "or", "not",
        "who", "whose", "which", "that", "to", "need", "needs", "also", "hereby",
    }
)
_PARTICIPLES = {
    "respond": "responded",
    "submit": "submitted",
    "make": "made",
    "send": "sent",
    "serve": "served",
    "file": "filed",
    "deliver": "delivered",
    "exchange": "exchanged",
    "lodge": "lodged",
    "provide": "provided",
    "mail": "mailed",
    "email": "emailed",
    "communicate": "communicated",
    "notify": "notified",
    "confer": "conferred",
}


@dataclass(frozen=True)
class Duty:
    """A sentence read as a duty: where its main clause is and who must act."""

    condition: str | None
    condition_spans: tuple[tuple[int, int], ...]  # parts of the sentence that are condition
    modal_start: int
    modal_end: int
    who: str | None  # None: the sentence names nobody
    court_duty: bool  # the court, not a party, must act (sending links, issuing orders)
    verb: str | None  # first word after the modal: "send", "respond"
    prohibition: bool = False  # "shall not": the period limits, it does not require


def find_actor(text: str) -> str | None:
    m = _ACTOR_RE.search(text)
    if m is None or m.lastgroup is None:
        return None
    who = _ACTORS[int(m.lastgroup[1:])][0]
    # "Plaintiff and Defendant shall exchange", "Class Counsel and Defendants": both sides
    # named together owe it, not the one named first.
    nxt = _ACTOR_RE.search(text, m.end())
    if nxt is None or nxt.lastgroup is None or not _JOINED.fullmatch(text[m.end() : nxt.start()]):
        return who
    both = {who, _ACTORS[int(nxt.lastgroup[1:])][0]} == {"plaintiff", "defendant"}
    return "parties" if both else who


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+|all\s+|each\s+)?", re.I)


# Not "must be received by chambers": the one who receives is not the one who must act.
_PASSIVE = re.compile(
    r"\s+(?:(?:also|then|promptly|each)\s+)*be\s+(?!received\b|accepted\b)[a-z-]+(?:ed|en|de|ent)\b",
    re.I,
)
_BY = re.compile(r"\bby\s+")


def _passive_agent(sentence: str, modal_end: int) -> tuple[str | None, bool] | None:
    """(who, the court acts) for the agent of a passive duty ("shall be sent by X"), or None
    when the verb is not passive or no "by" names someone (only dates, "by letter")."""
    verb = _PASSIVE.match(sentence, modal_end)
    if verb is None:
        return None
    stop = min(i for i in (sentence.find(";", verb.end()), len(sentence)) if i >= 0)
    for by in _BY.finditer(sentence, verb.end(), min(stop, verb.end() + 120)):
        tail = sentence[by.end() :]
        bare = re.sub(r"^the\s+", "", tail, flags=re.I)  # "by the courtroom deputy"
        court = _COURT_ACTOR.match(tail) or _COURT_ACTOR.match(bare)
        tail = tail if court is None or court.string is tail else bare
        if court is not None and not re.match(r"['’]s?\b", tail[court.end() :]):
            return None, True
        actor = _ACTOR_RE.match(tail)
        if actor is not None and actor.lastgroup is not None:
            return _ACTORS[int(actor.lastgroup[1:])][0], False
    return None


def _leading_actor(segment: str) -> str | None:
    """The actor that opens `segment` ("Defendant Harwell Township", "Defendants"), not one
    named later in it ("Pursuant to Plaintiff's request")."""
    m = _ACTOR_RE.match(segment.strip())
    return find_actor(segment) if m is not None else None


def _verb_after(text: str) -> str | None:
    m = re.match(
        r"\s*(?:(?:also|hereby|further|be|to|have|promptly|separately|jointly|hand)\s+)*"
        r"([a-z][a-z-]+)",
        text,
        re.IGNORECASE,
    )
    return m.group(1).lower() if m else None


def _format_condition(raw: str, verb: str | None) -> str:
    cond = " ".join(raw.split()).rstrip(",;. ")
    cond = normalize_numbers(cond)
    lead = re.match(r"(?i)(?:if|should|in\s+the\s+event(?:\s+that)?)\s+", cond)
    # "Unless ...", "Once ...", "Upon ...", "When ..." keep their own word: not an "if".
    kept = re.match(r"(?i)(unless|where|when|once|upon)\s+", cond)
    body = cond[lead.end() :] if lead else cond[kept.end() :] if kept else cond
    body = re.sub(r"^(?:The|A|An|It|They|Any)\b", lambda m: m.group(0).lower(), body)
    pages = re.fullmatch(
        r"(?:a|the)\s+(?P<doc>[\w\s-]+?)\s+is\s+accompanied\s+by\s+(?P<att>attachments|exhibits)"
        r"\s+exceeding\s+(?P<n>\d+)\s+pages(?:\s+in\s+length)?",
        body,
        re.IGNORECASE,
    )
    if pages:
        body = f"the {pages.group('doc')}'s {pages.group('att')} exceed {pages.group('n')} pages"
    if verb in _PARTICIPLES:
        body = re.sub(r"\b(?:done|do)\s+so\b", _PARTICIPLES[verb], body)
    return f"{kept.group(1).lower()} {body}" if kept else f"only if {body}"


def _ordered_that(sentence: str, first_modal: int) -> Duty | None:
    """'ORDERED that <party> <verb> ...' with no modal between the party and the verb."""
    m = _THAT_DIRECTS.search(sentence, 0, first_modal)
    actor = _ACTOR_RE.match(sentence, m.end()) if m else None
    if actor is not None and actor.lastgroup is not None and re.search(r"['’]", actor.group(0)):
        # "that Plaintiff's demand be served within 14 days": the party's own paper, put in
        # the passive; a paper being granted or denied is the court's act, not a duty.
        paper = _PAPER_PASSIVE.match(sentence, actor.end())
        if paper is None:
            return None
        who = _ACTORS[int(actor.lastgroup[1:])][0]
        return Duty(None, (), actor.start(), actor.end(), who, False, paper.group("verb"))
    if m is not None and actor is None:
        # "the Court ordered that PREPA file its answer", "ORDERED that Acme Corp. serve
        # ...": a party named by its name, then a command's verb in its bare form.
        named = _NAMED_PARTY.match(sentence, m.end())
        if named is not None and not _NOT_A_PARTY.match(named.group("name")):
            name, verb = named.group("name"), named.group("verb").lower()
            return Duty(None, (), named.start(), named.end("name"), name, False, verb)
        paper = _UNOWNED_PAPER.match(sentence, m.end())
        if paper is not None:
            at = m.end()
            return Duty(None, (), at, at, "parties", False, paper.group("verb").lower())
    if actor is None or actor.lastgroup is None:
        return None  # "that Plaintiff's motion is granted": a possessive names no one to act
    word = re.match(r"\s+([a-z][a-z-]+)(?:\s+(is|are)\b)?", sentence[actor.end() :])
    if word is None or word.group(1) in _NOT_A_COMMAND or word.group(2):
        return None
    who = _ACTORS[int(actor.lastgroup[1:])][0]
    # "ORDERED that the parties notify chambers immediately if the case settles": the
    # command waits on its condition, as with a modal.
    tail = _TRAILING_CONDITION.search(sentence, actor.end())
    if tail is None:
        return Duty(None, (), actor.start(), actor.end(), who, False, word.group(1))
    condition = _format_condition(tail.group("c"), word.group(1))
    return Duty(condition, (tail.span("c"),), actor.start(), actor.end(), who, False, word.group(1))


# "the Court's prior order", "letters to chambers", "a copy for the Magistrate Judge": the
# court named as an owner or a recipient inside the subject is not the one who acts.
_NOT_ACTOR = re.compile(r"(?:\b(?:to|with|of|for|from|by|in|at|before|upon)\s+)$", re.I)


def _court_acts(subject: str) -> bool:
    for m in _COURT_ACTOR.finditer(subject):
        # "the Court's prior order", "Chambers' courtesy copies" (no s after the apostrophe)
        owner = re.match(r"['’](?:s\b|(?!\w))", subject[m.end() :]) is not None
        if not owner and _NOT_ACTOR.search(subject, 0, m.start()) is None:
            return True
    return False


# "The Court requires the position papers no later than two weeks before the conference",
# "The undersigned expects each party's statement by ...": the court wants a paper, so the
# parties (or the one whose paper it is) must give it.
_COURT_WANTS = re.compile(
    r"\b(?:the\s+court|the\s+undersigned|chambers)\s+(?:also\s+|further\s+)?"
    r"(?:requires|expects|needs|requests|must\s+receive|will\s+expect|expects\s+to\s+receive)\s+"
    r"(?P<obj>(?:[\w'’-]+\s+){0,6}?(?:papers?|statements?|memorand\w*|letters?|briefs?"
    r"|submissions?|summar(?:y|ies)|demands?|offers?|responses?|reports?))\b",
    re.IGNORECASE,
)


def _court_wants(sentence: str, first_modal: int) -> Duty | None:
    m = _COURT_WANTS.search(sentence)
    if m is None or m.start() > first_modal:
        return None
    who = find_actor(m.group("obj")) or "parties"
    return Duty(None, (), m.start("obj"), m.end(), who, False, "submit")


def _court_directs(sentence: str, first_modal: int) -> Duty | None:
    """The object's duty when the court directs someone before any party's own modal."""
    m = _COURT_DIRECTS.search(sentence) or _GERUND_DIRECTS.search(sentence)
    if m is None or m.start() > first_modal:
        return _ordered_that(sentence, first_modal) or _court_wants(sentence, first_modal)
    who = find_actor(m.group("obj"))
    if who is None:
        return None
    verb = _verb_after(sentence[m.end() :])
    negated = re.match(r"\s*(?:not|never)\b", sentence[m.end() :]) is not None
    return Duty(None, (), m.start("obj"), m.end(), who, False, verb, negated)


_INVERTED = re.compile(
    r",[ \t]*$"
)
_INVERTED_SUBJECT = re.compile(
    r"should\s+(?:the|a|an|any|either|each|this|that|such|one|both|all|no|counsel|plaintiffs?"
    r"|defendants?|part(?:y|ies)|it|they|he|she|you|we)\b",
    re.IGNORECASE,
)


def inverted_condition(sentence: str, at: int, modal: str) -> bool:
    """The "should" at `at` opens a condition by inversion after a comma ("..., should the
    conference be converted to a video session"): a subject follows it, none precedes it."""
    if modal.lower() != "should" or not _INVERTED.search(sentence, max(0, at - 3), at):
        return False
    return _INVERTED_SUBJECT.match(sentence, at) is not None


# A list item's mark before its condition: "(6) If the case settles before the conference,
# counsel shall notify chambers immediately."
_ITEM_MARK = re.compile(r"^\s*(?:\(\w{1,4}\)|\w{1,3}[.)])\s+")


# "The same deadline applies to any request that a party representative appear by video.":
# a duty with no verb of its own, dated by the one before it (follow_ons).
_SAME_APPLIES = re.compile(
    r"^\W*(?:the|that|this)\s+same\s+(?:deadline|due\s+date|date)\s+(?:also\s+)?"
    r"(?:applies|apply|shall\s+apply|governs)\s+to\s+(?P<obj>\S)",
    re.IGNORECASE,
)


def read_duty(sentence: str, *, weak_ok: bool = False) -> Duty | None:
    """The duty in `sentence`, or None when no one is told to do anything."""
    same = _SAME_APPLIES.match(sentence)
    if same is not None:
        who = find_actor(sentence[same.start("obj") :])
        return Duty(None, (), same.start("obj"), same.start("obj"), who, False, "submit")
    mark = _ITEM_MARK.match(sentence)
    if mark is None or not _CONDITION_START.match(sentence[mark.end() :]):
        return _read_duty(sentence, weak_ok=weak_ok)
    # read past the mark, so the condition is seen as one; offsets back in the whole
    at = mark.end()
    duty = _read_duty(sentence[at:], weak_ok=weak_ok)
    if duty is None:
        return None
    return replace(
        duty,
        condition_spans=tuple((a + at, b + at) for a, b in duty.condition_spans),
        modal_start=duty.modal_start + at,
        modal_end=duty.modal_end + at,
    )


def _read_duty(sentence: str, *, weak_ok: bool) -> Duty | None:
    starts_conditional = _CONDITION_START.match(sentence) is not None
    # "IT IS HEREBY ORDERED that ..." introduces the order's terms; it is no one's duty.
    # "If a party wishes to appear remotely, it must file ...": "it" is the party there.
    party_it = re.compile(r"(?i)shall|must|should") if starts_conditional else None
    modals = [
        m
        for m in MODAL.finditer(sentence)
        if sentence[max(0, m.start() - 3) : m.start()].lower() != "it "
        or (party_it is not None and party_it.match(m.group(0)))
    ]
    if starts_conditional and sentence[:6].lower().startswith("should"):
        modals = [m for m in modals if m.start() > 0]  # "Should the parties settle, ..."
    # "..., should the conference be converted to video": a condition put by inversion
    # after a comma, never the modal of a duty ("Counsel should submit" has its subject).
    modals = [m for m in modals if not inverted_condition(sentence, m.start(), m.group(0))]
    # "Position statements, which the Court must have before the conference, are due July
    # 29": the modal set off in a relative clause describes the subject; the sentence's own
    # comes after it.
    relative = [r.span() for r in _RELATIVE_CLAUSE.finditer(sentence)]
    outside = [m for m in modals if not any(a <= m.start() < b for a, b in relative)]
    if relative and outside and len(outside) < len(modals):
        modals = outside
    if modals and not starts_conditional:
        # "The Court will notify counsel promptly if the conference must be moved": a modal
        # inside an if-clause after the main verb is the clause's, never a party's duty.
        modals = [m for m in modals if not _IF_CLAUSE_MODAL.search(sentence, 0, m.start())]
    directs = _court_directs(sentence, modals[0].start() if modals else len(sentence))
    if directs is not None:
        return directs
    if not modals and weak_ok:
        # "tell the Court ... if you will need an interpreter": a "will" inside an if/whether
        # clause is the clause's, never the main verb's modal (the duty is the imperative).
        modals = [
            m
            for m in WEAK_MODAL.finditer(sentence)
            if not _SUBORDINATE_WILL.search(sentence, max(0, m.start() - 40), m.start())
        ]
    if not modals:
        return None
    modal = modals[0]
    spans: list[tuple[int, int]] = []
    raw_condition: str | None = None
    clause_start = 0
    if starts_conditional:
        comma = sentence.rfind(",", 0, modal.start())
        first = sentence.find(",", 0, modal.start())
        if 0 < first < comma and _WHEN_AFTER_CONDITION.match(sentence, first + 1):
            # "Unless excused, no later than three days before the conference, counsel
            # shall ...": the condition ends where the deadline begins.
            comma = first
        if comma > 0:
            raw_condition, clause_start = sentence[:comma], comma + 1
            spans.append((0, comma))
            later = [m for m in modals if m.start() > comma]
            if later:
                modal = later[0]
    mid = _MID_CONDITION.search(sentence, clause_start)
    if raw_condition is None and mid:
        raw_condition = mid.group("c")
        spans.append(mid.span("c"))
    tail = _TRAILING_CONDITION.search(sentence, modal.end())
    if raw_condition is None and tail:
        raw_condition = tail.group("c")
        spans.append(tail.span("c"))
    subject = sentence[clause_start : modal.start()]
    # a relative clause set off in the subject is about it, never who acts: "Statements,
    # which the Court must have ..., are due"
    whole = _RELATIVE_CLAUSE.sub(lambda r: " " * len(r.group(0)), subject)
    subject = subject[subject.rfind(",") + 1 :] if "," in subject else subject
    who = find_actor(subject)
    if who is None and not subject.strip() and not _court_acts(whole):
        # "Defendants, through their lead counsel, shall serve": the subject stands before
        # the words set off by commas, and nothing follows the last comma.
        who = _leading_actor(whole[: whole.find(",")])
    # "The Court, having heard counsel, shall ...": nothing after the last comma, so the court
    # is looked for in the whole subject.
    court = who is None and _court_acts(subject if subject.strip() else whole)
    if who is None and not court:
        # "The Zoom link shall be emailed by the courtroom deputy", "Each insurer shall be
        # notified by defense counsel": the passive's agent acts, not its subject.
        who, court = _passive_agent(sentence, modal.end()) or (None, False)
    if who is None and not court:
        if modal.group(0).lower().startswith(("responsibility", "deadline", "due")):
            who = find_actor(sentence[modal.end() : modal.end() + 40])
        elif raw_condition:
            who = find_actor(raw_condition)
    verb = _verb_after(sentence[modal.end() :])
    if mid and raw_condition == mid.group("c"):
        verb = _verb_after(sentence[mid.end() :]) or verb
    condition = _format_condition(raw_condition, verb) if raw_condition else None
    negated = re.match(r"\s+(?:not|never)\b", sentence[modal.end() :]) is not None
    return Duty(condition, tuple(spans), modal.start(), modal.end(), who, court, verb, negated)


_PERMISSION = re.compile(r"\bmay\b(?!\s+not\b)(?:\s+(?:also|only|instead))?", re.IGNORECASE)
_PERMISSION_END = re.compile(
    r"\s*(?:,|\bupon\b|\bprovided\b|\bif\b"
    r"|\bby\s+(?:filing|submitting|making|(?:a|an)\s+|(?:written\s+|joint\s+)?(?:letter|motion|"
    r"request|application|notice|e-?mail)\b)"
    r"|\bso\s+long\b|\bonly\b|\bwith\b)",
    re.IGNORECASE,
)


# The end of a window the permission opens: "but (in any event)", "at any time up to",
# "from the date of this Order until".
_WINDOW_CLOSE = re.compile(
    r"\b(?:but(?:\s+in\s+any\s+event)?,?|at\s+any\s+time|until|through)\s*$"
    # "may be delivered no sooner than fourteen days, and no later than seven days, before"
    r"|\b(?:no|not)\s+(?:sooner|earlier)\s+than\b[^;]{1,80}?,?\s+and\s*$",
    re.IGNORECASE,
)


# "Supplemental statements may be submitted no later than two business days prior to the
# conference": a paper any party may choose to send, by the deadline that follows.
_MAY_BE = re.compile(
    r"\s+be\s+(?P<v>submitted|filed|lodged|served|delivered|sent|e-?mailed|provided|presented"
    r"|exchanged|uploaded|made|given)\b",
    re.IGNORECASE,
)
_DONE_TO_DO = {
    "submitted": "submit", "filed": "file", "lodged": "lodge", "served": "serve",
    "delivered": "deliver", "sent": "send", "e-mailed": "e-mail", "emailed": "email",
    "provided": "provide", "presented": "present", "exchanged": "exchange",
    "uploaded": "upload", "made": "make", "given": "give",
}


_SHOULD_WISH = re.compile(
    r"\b(?:should|if)\s+(?P<who>[\w\s'’]{2,40}?)\s+(?:wish|wishes|want|wants|choose|chooses|elect|"
    r"elects)\s+to\s+(?P<wish>[^,;]{3,80})", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:it|they|he|she|that party|such party)", re.IGNORECASE)
_NOT_REQUIRED = re.compile(r",?\s*but\s+(?:is|are)\s+not\s+required\s+to\s*,?\s*",
                           re.IGNORECASE)


def _passive_permission(sentence: str, subject: str, may: re.Match[str]) -> Duty | None:
    passive = _MAY_BE.match(sentence, may.end())
    paper = " ".join(subject.split()).strip(" ,;:")
    if passive is None or not re.search(r"[A-Za-z]{3}", paper):
        return None
    verb = _DONE_TO_DO[passive.group("v").lower()]
    paper = paper[0].lower() + paper[1:]
    condition = f"only if a party chooses to {verb} {paper}"
    return Duty(condition, (), may.start(), passive.end(), "parties", False, verb)


def read_permission(sentence: str, deadline_at: int) -> Duty | None:
    """A permission with a deadline: "Counsel may attend by video upon a request filed by
    June 1" is a duty only for a party that wants to: due by June 1, on that condition."""
    may = _PERMISSION.search(sentence, 0, deadline_at)
    if may is None:
        return None
    subject = sentence[: may.start()]
    who = find_actor(subject[subject.rfind(",") + 1 :])
    if _COURT_ACTOR.search(subject):
        return None
    if _WINDOW_CLOSE.search(sentence, 0, deadline_at):
        # "may be submitted at any time ..., but no later than May 28": the window's end
        # binds everyone; it is no option.
        return Duty(None, (), may.start(), may.end(), who or "parties", False, None)
    tail = subject[subject.rfind(",") + 1 :]
    wished = _SHOULD_WISH.search(subject)
    if who is None and wished and _PRONOUN_SUBJECT.fullmatch(tail.strip()):
        # "Should either side wish to supplement its statement, it may do so no later than
        # ...": the actor and the wish are the condition's, before the comma
        actor = find_actor(wished.group("who")) or "parties"
        owner = {"counsel": "counsel", "each party": "a party"}.get(actor, "a party")
        condition = f"only if {owner} chooses to {' '.join(wished.group('wish').split())}"
        return Duty(condition, (), may.start(), may.end(), actor, False,
                    _verb_after(wished.group("wish")))
    if who is None:
        return _passive_permission(sentence, subject, may)
    # "may, but is not required to, submit ...": the option said twice, the wish after it
    optional = _NOT_REQUIRED.match(sentence, may.end())
    start = optional.end() if optional else may.end()
    wish = sentence[start:deadline_at]
    stop = _PERMISSION_END.search(wish)
    wish = " ".join(wish[: stop.start() if stop else len(wish)].split()).rstrip(",;. ")
    if not wish:
        return None
    owner = {"counsel": "counsel", "each party": "a party"}.get(who, f"the {who}")
    condition = f"only if {owner} chooses to {wish}"
    # The duty itself is what follows the wish: "(upon) a request filed by June 1".
    end = start + (stop.end() if stop else len(wish))
    return Duty(condition, (), may.start(), end, who, False, _verb_after(wish))
