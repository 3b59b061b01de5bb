"""How a duty other than the settlement letter is sent, read from its own sentence and the one
after it: "plaintiff shall submit to defendant via fax or email, a written ... demand", "When
plaintiffs' counsel submits the demand ..., counsel shall also email the demand to the
Courtroom Deputy Clerk at mollydavenport@...", "Please address any request to ... at
payal_patel@...". The letter's own ways have their topic (`letter_submission`); a demand, a
request or a list has none, and "how do we get the demand over?" was answered "the order
doesn't say anything about exchanging demands"."""

from __future__ import annotations

import re

from settleconf.bot.chat import obligation_ranking as ranking
from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.chat.questions import CONFIDENT
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.matter import Matter
from settleconf.core.order import Obligation
from settleconf.core.procedure_facts import EMAIL
from settleconf.core.procedures import split_sentences

# A question about the way a paper travels or to whom.
_ASKS_HOW_SENT = re.compile(
    r"\bwhere (?:do|does|should|must|will) (?:\w+ ){0,4}(?:go|send|sent|submit\w*|deliver\w*|"
    r"drop|bring|take|lodge|turn)\b|"
    r"\bhow (?:do|does|should|must|will|can) (?:we|i|it|they|the \w+) (?:\w+ ){0,2}(?:get|send|"
    r"sent|submit|deliver|serve|transmit)\w*\b|"
    r"\bwhat (?:e ?mail|email address|address|fax(?: number)?)\b|"
    r"\bwho (?:else )?(?:do|should|must) (?:we|i) (?:e ?mail|send|fax|copy|cc)\b|"
    r"\b(?:e ?mail|fax|send|deliver)\w* (?:\w+ ){0,3}to\b.*\?|\bgo(?:es)? to\b|\bby fax\b|"
    r"\bby e ?mail\b")
_WAYS = (
    (re.compile(r"\bfax(?:ed|ing)?\b", re.I), "by fax"),
    (re.compile(r"\be-?mail(?:ed|ing)?\b", re.I), "by e-mail"),
    (re.compile(r"(?<![-\w])(?:mail(?:ed)?|post(?:ed)?)\b(?! address)", re.I), "by mail"),
    (re.compile(r"\bhand[- ]deliver\w*|\bby hand\b", re.I), "by hand"),
    (re.compile(r"\bfiled?\b[^.;]{0,30}\b(?:ECF|CM/ECF|docket|Clerk)\b", re.I), "filed"),
)
# Carried to a room: "deliver ... directly to the Magistrate Judge at Room 431, U.S.
# Courthouse, 350 South Main Street".
_PLACE_TO = re.compile(r"\b(?:deliver|lodge|bring|drop|submit|hand)\w*\b[^.;]{0,80}?\bat "
                       r"(?P<place>(?:Room|Suite|Chambers|the Clerk|the Office)\b[^;]{3,160}?)"
                       r"(?=\.?$|;)")
# A sentence that sets a deadline of its own is another duty, not this one's way.
_OWN_DEADLINE = re.compile(r"\bno later than\b|\bnot later than\b|\bon or before\b|\bwithin \w+"
                           r"(?: \(\d+\))? (?:business |court |calendar )?days\b", re.I)


def _sentences_of(matter: Matter, ob: Obligation) -> tuple[str, list[str]]:
    """(the paragraph's label, the duty's sentences and the one after them)."""
    quote = " ".join(ob.quote.split())
    for para in matter.order.paragraphs:
        sentences = split_sentences(para.text)
        joined = " ".join(sentences)
        if quote[:60] not in joined:
            continue
        at = next((i for i, s in enumerate(sentences) if quote[:60] in s or s in quote), None)
        if at is None:
            return para.label, [quote]
        own = [s for s in sentences[at:] if s in quote or quote[:60] in s]
        after = sentences[at + len(own): at + len(own) + 1]
        return para.label, own + [s for s in after if not _OWN_DEADLINE.search(s) and (
            EMAIL.pattern.search(s) or any(rx.search(s) for rx, _ in _WAYS))]
    return (f"para. {ob.paragraph}" if ob.paragraph else "preamble"), [quote]


def duty_delivery_reply(matter: Matter, question: str) -> Reply | None:
    """None unless the question asks how or where a duty other than the letter goes and that
    duty's own sentences say."""
    q = question.lower()
    if not _ASKS_HOW_SENT.search(q):
        return None
    profiles = [ranking.profile(ob) for ob in matter.order.obligations]
    ranked = ranking.rank(profiles, vocab.normalize(q))
    if not ranked or ranking.confidence(ranked) < CONFIDENT:
        return None
    ob = ranked[0][1]
    if ranking.profile(ob).head == "letter":
        return None  # the letter's ways are its topic's
    label, sentences = _sentences_of(matter, ob)
    text = " ".join(sentences)
    addresses = [EMAIL.facts(m)["email"] for m in EMAIL.pattern.finditer(text)]
    ways = [way for rx, way in _WAYS if rx.search(text)]
    place = next((m for s in sentences if (m := _PLACE_TO.search(s))), None)
    if place and not ways:
        ways = [f"delivered to {place['place'].rstrip(' ,')}"]
    if not addresses and not ways:
        return None
    how = " or ".join(ways) if ways else "by e-mail"
    to = f" (to {', '.join(dict.fromkeys(addresses))})" if addresses else ""
    cite = label.replace("para. ", "¶")
    quoted = " ".join(f"“{s}”" for s in sentences)
    head = f"{ob.title}: {how}{to}"
    if not addresses and re.search(r"\baddress\b|\bwhat e ?mail\b|\bwhich e ?mail\b", q):
        # "what address does it go to?" of a duty the order sends by e-mail to no one named
        head = (f"The order doesn't give the address; the {ob.title[0].lower()}{ob.title[1:]} "
                f"goes {how}")
    return Reply(text=f"{head} — the order says: {quoted} ({cite}).",
                 intent="explain", title=f"{ob.title} - {matter_title(matter)}",
                 matter=matter.docket,
                 citations=tuple(Citation(f"Order, {label}", s) for s in sentences))
