"""What an order says about a procedure topic, quoted and put into plain English.

`explain(order, topic)` finds the sentences that speak to the topic (a paragraph whose
heading names it, else sentences that use its words), derives plain-English points from
them with the rules in `core.procedure_facts`, and quotes only the sentences that back
a point. When nothing backs a point the answer says so ("The order doesn't say ...")
instead of filling the gap with a typical court's practice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from types import MappingProxyType

from settleconf.core import procedure_facts as pf
from settleconf.core.order import ConferenceFormat, Order
from settleconf.core.procedure_facts import PointRule

TOPICS = ("attendance", "confidentiality", "letter", "letter_submission", "letter_length",
          "exchange", "conference", "sanctions")


@dataclass(frozen=True)
class Quote:
    paragraph: str | None
    label: str  # "para. 2" / "preamble"
    text: str  # the relevant sentences, verbatim (whitespace collapsed)


@dataclass(frozen=True)
class Explanation:
    topic: str
    title: str
    found: bool  # False: the order doesn't speak to the topic
    summary: tuple[str, ...]  # plain-English points, each backed by a quote
    quotes: tuple[Quote, ...]
    facts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)


@dataclass(frozen=True)
class _Topic:
    title: str
    absent: str
    heading: str | None  # a paragraph with such a heading is wholly about the topic
    words: str  # otherwise, sentences using these words
    rules: tuple[PointRule, ...]
    source: str | None = None  # draw sentences from another topic's (the letter's)
    unless: str | None = None  # sentence-level exclusion for keyword selection


_DOC = r"\b(?:letters?|statements?|memorand(?:um|a)|briefs?|submissions?|position papers?)\b"
_LETTER_RULES = (pf.DEADLINE, pf.DEADLINE_DATE, pf.CONTENTS, pf.PAGE_LIMIT,
                 pf.EXHIBITS_EXCLUDED, pf.PERMISSION, pf.MARKING, pf.EMAIL, pf.BY_EMAIL,
                 pf.DELIVER_TO, pf.FAX,
                 pf.NOT_SERVED, pf.EX_PARTE, pf.NOT_FILED, pf.HARD_COPY, pf.BY_HAND)
_SPECS: dict[str, _Topic] = {
    "attendance": _Topic(
        "Who must attend", "The order doesn't say who must attend.", r"attend|appear|presen",
        r"\battend|\bbe present\b|ordered to be present|\bappear\b|settlement authority|"
        r"full (?:and \w+ )?authority|fully authorized|\bin person\b|personally|participate",
        (pf.PARTIES, pf.TRIAL_COUNSEL, pf.AUTHORITY, pf.PHONE_NO, pf.PHONE_YES, pf.PHONE_SOME,
         pf.IN_PERSON, pf.NOT_HELD, pf.REIMBURSE, pf.SANCTIONS),
        unless=r"\bconfer\b",  # "confer, in person or by telephone" is about negotiating
    ),
    "confidentiality": _Topic(
        "Confidentiality", "The order doesn't say whether the conference is confidential.",
        r"confidential", r"confidential|off the record|admissib|discoverable|\b408\b",
        (pf.OFF_RECORD, pf.NO_DISCOVERY, pf.INADMISSIBLE, pf.CONFIDENTIAL_DOC, pf.MARKING,
         pf.NOT_SERVED, pf.EX_PARTE),
    ),
    "letter": _Topic(
        "The settlement letter",
        "The order doesn't say anything about a settlement letter or statement.",
        r"letter|statement|memorand|submission|brief|position paper", _DOC, _LETTER_RULES,
    ),
    "letter_submission": _Topic(
        "Sending the letter", "The order doesn't say how to send the settlement letter.",
        None, _DOC,
        (pf.EMAIL, pf.BY_EMAIL, pf.DELIVER_TO, pf.FAX, pf.HARD_COPY, pf.BY_HAND, pf.NOT_SERVED,
         pf.EX_PARTE, pf.NOT_FILED),
        source="letter",
    ),
    "letter_length": _Topic(
        "How long the letter can be", "The order doesn't say how long the letter can be.",
        None, _DOC, (pf.PAGE_LIMIT, pf.EXHIBITS_EXCLUDED, pf.PERMISSION), source="letter",
    ),
    "exchange": _Topic(
        "Exchanging demands and offers",
        "The order doesn't say anything about exchanging demands and offers.",
        r"demand|offer|exchange|negotiat",
        r"\bdemands?\b|\boffers?\b|counter-?offers?|settlement proposals?|negotiat|\bconfer\b",
        (pf.DEMAND, pf.RESPONSE, pf.EXCHANGED, pf.CONFER, pf.DONT_WAIT),
        unless=_DOC,  # a letter that recounts "prior offers or demands" is not the exchange
    ),
    "conference": _Topic(
        "The conference", "The order doesn't say when or how the conference will be held.",
        # (the session by the order's own name: "set for mediation at 10:00 a.m.")
        None, r"conference|Teams|Zoom|WebEx|videoconferenc|\blinks?\b|connection information|"
        r"\bmediation\b|\bENE\b|early neutral evaluation|settlement (?:hearing|session)",
        (),
    ),
    "sanctions": _Topic(
        "What happens if you don't comply",
        "The order doesn't say what happens if someone doesn't comply.", None,
        r"sanction|reimburse|contempt|will not (?:hold|proceed)|conference will not proceed|"
        r"(?:result\w* in|lead\w* to)[^.;]*?\b(?:cancel|vacat|postpone|continu)",
        (pf.REIMBURSE, pf.SANCTIONS, pf.NOT_HELD, pf.CALLED_OFF),
    ),
}

# Abbreviations whose period does not end a sentence ("Fed. R. Civ. P.", "No. 5", "U.S.").
_ABBREV = {"fed", "r", "civ", "p", "evid", "no", "nos", "mr", "mrs", "ms", "dr", "st", "v",
           "vs", "inc", "co", "corp", "doc", "hon", "blvd", "ave", "ltd", "jr", "sr", "e.g",
           "i.e", "u.s", "u.s.c", "cf", "ct", "dist", "cir", "j"}
# (a bulleted item after a full stop is a sentence of its own: ". • If she has not ...")
_BOUNDARY = re.compile(r"[.!?][”\"’')\]]*\s+(?=[“\"(\[]?[A-Z0-9]|[•▪●■►]\s)")


def _clean(text: str) -> str:
    """Collapse whitespace and drop Markdown link/emphasis marks the text may carry."""
    text = re.sub(r"\[([^\]]+)\]\((?:mailto:)?[^)]*\)", r"\1", text)
    text = re.sub(r"\*+", "", text)
    return " ".join(text.split())


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, as written (whitespace collapsed)."""
    text = _clean(text)
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()].split()
        last = before[-1].lower().strip("(“\"") if before else ""
        if last in _ABBREV or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_Sentence = tuple[int, int, str | None, str]  # paragraph index, sentence index, number, text


def _candidates(order: Order, spec: _Topic) -> list[_Sentence]:
    if spec.source is not None:
        return _candidates(order, _SPECS[spec.source])
    every = [(pi, si, p.number, s) for pi, p in enumerate(order.paragraphs)
             for si, s in enumerate(split_sentences(p.text))]
    if spec.heading is not None:
        headed = {pi for pi, p in enumerate(order.paragraphs)
                  if p.heading and re.search(spec.heading, p.heading, re.I)}
        if headed:
            return [s for s in every if s[0] in headed]
    return [s for s in every if re.search(spec.words, s[3], re.I)
            and not (spec.unless and re.search(spec.unless, s[3], re.I))]


def _doc_noun(sentences: list[_Sentence]) -> str:
    """What this order calls the pre-conference submission ("letter", "statement"...)."""
    counts: dict[str, int] = {}
    for *_, text in sentences:
        for word in re.findall(_DOC, text, re.I):
            noun = word.lower().rstrip("s")
            noun = "memorandum" if noun.startswith("memorand") else noun
            counts[noun] = counts.get(noun, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else "letter"


def _apply(
    rules: tuple[PointRule, ...], sentences: list[_Sentence], doc: str
) -> tuple[list[str], set[tuple[int, int]], dict[str, str]]:
    points: list[str] = []
    backing: set[tuple[int, int]] = set()
    facts: dict[str, str] = {}
    done: set[str] = set()
    for rule in rules:
        if rule.key in done:
            continue
        for pi, si, _, text in sentences:
            m = rule.pattern.search(text)
            if m is None or (rule.unless is not None and rule.unless.search(text)):
                continue
            point = rule.render(m, doc)
            if point not in points:
                points.append(point)
            facts.update(rule.facts(m))
            backing.add((pi, si))
            done.add(rule.key)
            break
    return points, backing, facts


def _quotes(order: Order, sentences: list[_Sentence], keep: set[tuple[int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    for pi in sorted({pi for pi, _ in keep}):
        para = order.paragraphs[pi]
        text = " ".join(s for p, si, _, s in sentences if p == pi and (p, si) in keep)
        quotes.append(Quote(para.number, para.label, text))
    return quotes


def explain(order: Order, topic: str) -> Explanation:
    """What `order` says about `topic` (one of TOPICS)."""
    if topic not in _SPECS:
        raise ValueError(f"unknown topic {topic!r}; expected one of {', '.join(TOPICS)}")
    spec = _SPECS[topic]
    sentences = _candidates(order, spec)
    doc = _doc_noun(_candidates(order, _SPECS["letter"]))
    if topic == "conference":
        points, backing, facts = _conference(order, sentences)
        sentences = [_trim(s, order.conference.quote) for s in sentences]
    else:
        points, backing, facts = _apply(spec.rules, sentences, doc)
    if not points:
        # "how long the statement can be" where the order calls its paper a statement
        absent = spec.absent.replace("the settlement letter", f"the settlement {doc}").replace(
            "the letter", f"the {doc}") if spec.source == "letter" else spec.absent
        return Explanation(topic, spec.title, False, (absent,), ())
    quotes = _quotes(order, sentences, backing)
    return Explanation(topic, spec.title, True, tuple(points), tuple(quotes),
                       MappingProxyType(facts))


def _trim(sentence: _Sentence, quote: str | None) -> _Sentence:
    """The parser's conference sentence when ours runs on from the caption above it
    ("... Defendant(s). -----X ORDER RE ... Judge: This matter is scheduled ...")."""
    pi, si, number, text = sentence
    if quote and quote != text and quote in text:
        return pi, si, number, quote
    return sentence


_PLATFORMS = {"teams": "Microsoft Teams", "microsoft teams": "Microsoft Teams", "zoom": "Zoom",
              "zoomgov": "ZoomGov", "webex": "Webex", "skype": "Skype"}
_LINKS = re.compile(
    r"(?P<who>counsel|the parties)\s+will be (?:provided|sent|given) (?:with )?the (?P<what>[\w -]*"
    r"?(?:links?|connection information|invitations?|dial-in information))\s+by e-?mail"
    r"(?P<when> before the (?:settlement )?conference)?|(?P<what2>(?:[\w-]+ )?(?:links?|connection"
    r" information|invitations?|dial-in information)) will be e-?mailed to (?P<who2>counsel|the "
    r"parties)", re.I)


# "The Court will provide the parties with instructions to access the Zoom Conference
# separately from this Order": who sends the way in, and that it comes apart from the order
_LINKS_SENT = re.compile(
    r"(?P<who>the Court|chambers|the courtroom deputy(?: clerk)?|the clerk|the undersigned|"
    r"the settlement judge|the mediator) will (?:provide|send|e-?mail|circulate|issue|forward)"
    r"(?: to)? (?:the parties|counsel|you|all parties|the participants)? ?(?:with )?(?:the )?"
    r"(?P<what>(?:zoom |teams |video(?:conference)? |webex )?(?:instructions|information|links?|"
    r"invitations?|connection (?:information|details)|log-?in (?:information|details)|dial-in "
    r"(?:information|instructions)))", re.I)


def _conference(
    order: Order, sentences: list[_Sentence]
) -> tuple[list[str], set[tuple[int, int]], dict[str, str]]:
    """Date and time come from the parsed Conference; the sentences back each point."""
    points: list[str] = []
    backing: set[tuple[int, int]] = set()
    facts: dict[str, str] = {}
    conf = order.conference

    def first(pattern: str) -> tuple[re.Match[str], tuple[int, int]] | None:
        for pi, si, _, text in sentences:
            m = re.search(pattern, text, re.I)
            if m:
                return m, (pi, si)
        return None

    when = _when(conf.date, conf.time, sentences)
    if when is not None:
        text, found_facts, at = when
        points.append(text)
        facts.update(found_facts)
        backing.add(at)
    platform = first(r"\b(?:Microsoft Teams|Teams|ZoomGov|Zoom|Webex|Skype)\b")
    remote = first(r"\bremote(?:ly)?\b|videoconferenc|\bby video\b|remote means")
    if platform:
        name = conf.platform or _PLATFORMS[platform[0].group().lower()]
        where = "remotely on" if remote or conf.format is ConferenceFormat.VIDEO else "on"
        points.append(f"It will be held {where} {name}.")
        facts["platform"] = name
        backing.add(platform[1])
    elif remote:
        tbd = ", by means to be determined" if "to be determined" in remote[0].string else ""
        points.append(f"It will be held remotely{tbd}.")
        backing.add(remote[1])
    elif hit := first(r"\bin[- ]person\b|\bCourthouse\b|\bcourtroom\b"):
        place = conf.location or _place(hit[0].string)
        points.append(f"It will be held in person at {place}." if place else
                      "It will be held in person.")
        facts |= {"format": "in_person"} | ({"location": place} if place else {})
        backing.add(hit[1])
    links = first(_LINKS.pattern)
    sent = None if links else first(_LINKS_SENT.pattern)
    if sent:
        m = sent[0]
        apart = " separately" if re.search(r"\bseparately\b|\bunder separate cover\b",
                                           m.string[m.end():m.end() + 80], re.I) else ""
        points.append(f"{m['who'][0].upper()}{m['who'][1:]} will send the {m['what'].lower()}"
                      f"{apart}.")
        facts["links"] = f"sent by {m['who'].lower()}{apart}"
        backing.add(sent[1])
    if links:
        m = links[0]
        what, who = m["what"] or m["what2"], (m["who"] or m["who2"]).lower()
        ahead = " before the conference" if m["when"] else ""
        if what.split()[0].lower() in ("connection", "links", "link", "invitation", "dial-in"):
            what = what[0].lower() + what[1:]  # sentence-initial capital, not "Teams"
        points.append(f"The {what} will be e-mailed to {who}{ahead}.")
        facts["links"] = f"e-mailed to {who}"
        backing.add(links[1])
    return points, backing, facts


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_DATE = re.compile(rf"\b(?P<d>(?:{_MONTHS}) \d{{1,2}}, \d{{4}})")
_TIME = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?", re.I)


def _when(
    day: date | None, at: time | None, sentences: list[_Sentence]
) -> tuple[str, dict[str, str], tuple[int, int]] | None:
    """'The conference is on Tuesday, May 28, 2024 at 2:30 pm.', from the parsed date when
    there is one (backed by the sentence that states it), else from the first sentence
    that schedules the conference."""
    for pi, si, _, text in sentences:
        if day is not None:
            if f"{day:%B} {day.day}" not in text:
                continue
        else:
            # The date follows the words that set the conference ("a settlement conference
            # shall be held ... on January 14, 2020"); a date before them is some other
            # event the order recounts ("Joint Status Report filed September 8, 2022").
            said = re.search(r"settlement conference|conference (?:is|will|shall|has)", text, re.I)
            m = _DATE.search(text, said.end()) if said else None
            if m is None or re.search(r"(?:status|pretrial|scheduling) conference", text, re.I):
                continue
            day = datetime.strptime(m["d"], "%B %d, %Y").date()
            t = _TIME.search(text, m.end())
            if t is not None and at is None:
                hour = int(t["h"]) % 12 + (12 if t["ap"].lower() == "p" else 0)
                at = time(hour, int(t["m"] or 0))
        facts = {"date": day.isoformat()}
        clock = ""
        if at is not None:
            clock = f" at {at.hour % 12 or 12}:{at:%M} {'pm' if at.hour >= 12 else 'am'}"
            facts["time"] = f"{at:%H:%M}"
        return f"The conference is on {day:%A}, {day:%B} {day.day}, {day.year}{clock}.", facts, (
            pi, si)
    return None


def _place(sentence: str) -> str | None:
    """The courthouse and room a sentence names: stops before 'before the Honorable...'."""
    building = r"\b(?:at|in) (?P<p>(?:the [A-Z][\w.' ]*Courthouse|[Cc]ourtroom \w+)\b.*?)"
    m = re.search(building + r"(?=, (?:before|on|beginning)\b)", sentence) or re.search(
        building + r"\.?$", sentence)
    return m["p"] if m else None
