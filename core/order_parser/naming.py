"""Stable ids, titles and one-line descriptions for obligations.

Ids name the paper or act ("ex_parte_letter", "settlement_demand"), so they stay the
same when an order is re-read and can key reminders; they come from the nouns the
duty is about, most specific first.
"""

from __future__ import annotations

import re

from settleconf.core.case_events import CASE_LABEL
from settleconf.core.order_parser.cross_refs import uncited
from settleconf.core.order_parser.markup import collapse, word_set
from settleconf.core.order_parser.quoting import clip

# Papers and acts a duty can be about. Among papers the one named first in the clause
# wins (it is the verb's object); the verb-like entries at the end are a fallback.
_NOUNS: tuple[tuple[str, str], ...] = (
    (r"notice\s+of\s+(?:submission|lodging|filing)", "notice_of_submission"),
    (r"waiver\s+of\s+disqu\s?alification", "waiver_of_disqualification"),
    (r"ex\s+parte\s+(?:\w+\s+)?(?P<n>letter|submission|statement|brief|memorand)", "ex_parte_{n}"),
    (
        r"respon(?:d|se)s?\s+to\s+(?:the\s+|any\s+|such\s+|each\s+)?(?:above\s+)?(?:settlement\s+)?"
        r"(?P<n>demand|offer|proposal|letter|statement)",
        "{n}_response",
    ),
    # the answer counted from the demand: "Defendants shall respond within seven (7) days after
    # the date on which the demand is due" answers it, whatever noun the count names
    # (the count itself is blanked before naming: "respond [...] the demand is due")
    (r"\b(?:respond|reply)\b(?![^.;]*\bcounter)[^.;]{0,100}?\bdemand\b", "demand_response"),
    # a scheduling order's motions and the answers to them, by their names
    (r"(?:respon(?:d|se)s?|oppositions?)\s+to\s+(?:any\s+|all\s+|the\s+)?(?P<n>dispositive\s+motions?|"
     r"motions?\s+in\s+limine|summary\s+judgment\s+motions?|motions?\s+for\s+summary\s+judgment)",
     "{n}_response"),
    (r"motions?\s+in\s+limine", "motions_in_limine"),
    (r"e-?mai\s?l?\s+address", "attendee_emails"),
    # ... or who they are: "lists of everyone who will attend"
    (r"lists?\s+of\s+(?:[\w-]+\s+){0,4}?attendees|attendee\s+lists?|lists?\s+of\s+(?:[\w-]+\s+)"
     r"{0,3}?(?:who|that)\s+will\s+(?:attend|participate|be\s+present)", "attendee_list"),
    (
        r"request\w*\s+to\s+be\s+excused|request\w*\s+(?:for|to)\s+(?:\w+\s+)?excus",
        "excusal_request",
    ),
    (
        r"request\w*\s+(?:to|for)\s+(?:a\s+)?(?:continu|adjourn|reschedul|postpon)",
        "continuance_request",
    ),
    (
        r"names?\s+(?:and\s+[\w\s]+?\s+)?of\s+(?:all\s+)?(?:participants|attendees|persons|"
        r"individuals|representatives)|participant\s+lists?",
        "attendee_list",
    ),
    (r"\bdemand\b", "settlement_demand"),
    # "a written Reply to the Counter Offer": the reply, not the counteroffer it answers
    (r"\brepl(?:y|ies)\s+to\s+(?:the\s+|any\s+|such\s+|each\s+)?counter[-\s]?offers?\b",
     "counteroffer_reply"),
    (r"\bcounter[-\s]?offers?\b", "counteroffer"),
    # "a reply to the other side's offer": the reply, not the offer it answers
    (r"\brepl(?:y|ies)\s+to\s+(?:the\s+|any\s+)?(?:other\s+side['’]s\s+|opposing\s+(?:party['’]s\s+)?|"
     r"(?:defendant|plaintiff)s?['’]s?\s+)?(?:settlement\s+)?offers?\b", "offer_reply"),
    (r"\b(?:counter-?)?offer\b", "settlement_offer"),
    (r"\bcounter-?\s?proposals?\b", "counter_proposal"),
    (r"\bproposals?\b", "settlement_proposal"),
    (r"status\s+report", "status_report"),
    (r"position\s+(?:paper|statement)", "position_paper"),
    (r"\bstatements?\b", "settlement_statement"),
    (r"\bmemorand(?:um|a)\b", "conference_memorandum"),
    # "a brief pre-conference telephone call": the word says how long, not what is filed
    (r"\bbriefs?\b(?!\s+(?:[\w-]+\s+){0,2}(?:call|teleconference)\b)", "settlement_brief"),
    (r"\bletters?\b", "settlement_letter"),
)
_ACTS: tuple[tuple[str, str], ...] = (
    (r"meet\s+and\s+confer|\bconfer\b", "meet_and_confer"),
    # "counsel for the parties must meet" (the page breaks before "and confer"); not "meet the
    # requirements"
    (r"\bmeet\b(?!\s+(?:the|all|any|its|their|this|these|each)\s+(?:[\w-]+\s+)?(?:requirements?|"
     r"deadlines?|standards?|obligations?|terms|conditions))", "meet_and_confer"),
    (r"\bcall\b", "call_in"),
    (r"\b(?:respond|responses?|repl(?:y|ies))\b", "response"),
    (r"\bdiscovery\b", "complete_discovery"),
    (r"\b(?:notify|inform|advise)\b", "notify_court"),
    (r"\bcontact\b", "contact_chambers"),
)
COPY_NOUNS: tuple[tuple[str, str], ...] = (
    (r"hard\s+cop(?:y|ies)", "hard_copy"),
    (r"electronic\s+cop(?:y|ies)", "electronic_copy"),
    (r"courtesy\s+cop(?:y|ies)", "courtesy_copy"),
    (r"paper\s+cop(?:y|ies)", "paper_copy"),
    (r"\bcop(?:y|ies)\b", "copy"),
)
_TITLES = {
    "ex_parte_letter": "Ex parte letter",
    "settlement_demand": "Settlement demand",
    "demand_response": "Response to settlement demand",
    "meet_and_confer": "Meet and confer",
    "call_in": "Telephone call-in",
    "notify_court": "Notify the court",
    "contact_chambers": "Contact chambers",
    "complete_discovery": "Complete discovery",
    "attendee_emails": "Attendees' e-mail addresses",
    # steps on the session's day, by a clock time
    "join_session": "Join the session",
    "arrive": "Arrive for the conference",
    "be_available": "Be available",
    "call_chambers": "Call chambers",
    "remote_appearance_motion": "Motion to appear by phone or video",
}
_STOP = word_set(
    "the a an any each such his her their its all of to and or by be is are shall must should "
    "will also hereby not no at in on with for from this that parties party counsel plaintiff "
    "plaintiffs defendant defendants court due"
)


def _normalize(slug: str) -> str:
    slug = re.sub(r"memorand\w*", "memorandum", slug)
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9_]", "_", slug.lower())).strip("_")


# Letter pairs no English word starts with: a fragment starting so is the tail of the
# word before it ("co ntact", "su bmit").
_NO_ONSET = (
    "bm|cc|ck|ct|dd|dm|ff|ft|gg|gm|lk|ll|lm|lp|ls|lt|ld|mb|mm|mp|nc|nd|ng|nk|nn|ns|nt|pp|pt|rc|"
    "rd|rk|rm|rn|rr|rs|rt|ss|tt|xt|zz"
)


def repair_splits(text: str) -> str:
    """Undo PDF word splits for reading ("co ntact" -> "contact", "Magistrat e" ->
    "Magistrate"). Only where the split is certain; quotes keep the text as printed."""
    text = re.sub(rf"\b([A-Za-z]{{1,5}})\s((?:{_NO_ONSET})[a-z]*)\b", r"\1\2", text)
    # A lone consonant after a long word: "additiona l", "Magistrat e" (vowels too, but
    # not "a"/"i", which are words). Not a letter that opens a hyphenated word: "their
    # e-mail", "must e-file", "the x-ray" are two words, not "theire-mail".
    return re.sub(r"\b([A-Za-z]{4,})\s([b-hj-z])\b(?![.)\-\u2010\u2013'\u2019])", r"\1\2", text)


def _first_match(text: str, table: tuple[tuple[str, str], ...], *, earliest: bool) -> str | None:
    hits: list[tuple[int, int, str]] = []
    for rank, (pattern, slug) in enumerate(table):
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            groups = m.groupdict()
            name = slug.format(n=groups["n"]) if "n" in groups else slug
            hits.append((m.start() if earliest else 0, rank, name))
    return _normalize(min(hits)[2]) if hits else None


# How a paper is sent is not what it is: "notify the Court by joint letter" is a notice.
_MEANS = re.compile(
    r"\b(?:by|via|in)\s+(?:a\s+)?(?:joint\s+|written\s+)?(?:letter|e-?mail|fax|telephone|phone|"
    r"writing)\b",
    re.IGNORECASE,
)


# Leave to take part by phone or video, sought by motion: "No party shall be permitted to
# participate ... by telephone, unless that party has obtained leave ... following the filing of
# an appropriate motion no later than ..." (read before _MEANS drops "by telephone").
_REMOTE_MOTION = re.compile(
    r"\bmotion\b[^.;]{0,100}?\b(?:participat|appear|attend)\w*[^.;]{0,40}?\b(?:by|via)\s+"
    r"(?:telephone|phone|video|zoom|remote)|\b(?:participat|appear|attend)\w*[^.;]{0,80}?\b(?:by|"
    r"via)\s+(?:telephone|phone|video)[^.;]{0,160}?\bmotion\b",
    re.IGNORECASE,
)


def duty_id(
    clause: str, sentence: str, *, copies: bool = False, fallback: str | None = None
) -> str:
    """The id for a duty: from its clause, then the whole sentence, then (no paper
    named) from the words of `fallback` or the clause."""
    if _REMOTE_MOTION.search(repair_splits(uncited(clause))):
        return "remote_appearance_motion"
    clause, sentence = (_MEANS.sub(" ", repair_splits(uncited(t))) for t in (clause, sentence))
    nouns = (COPY_NOUNS + _NOUNS) if copies else _NOUNS
    for text in (clause, sentence):
        found = _first_match(text, nouns, earliest=not copies) or _first_match(
            text, _ACTS, earliest=False
        )
        if found:
            return found
    source = uncited(fallback) if fallback is not None else clause
    words = _words(source)
    if not words:
        # A form row "Submissions due: May 13, 2027": nothing after "due"; its label names it.
        words = _words(re.split(r":|\bdue\b", sentence, maxsplit=1, flags=re.IGNORECASE)[0])
    return _normalize("_".join(words[:3])) or "deadline"


def paper_id(label: str, earlier: set[str]) -> str | None:
    """The id of a schedule row that names a settlement paper ("Plaintiff's demand",
    "Confidential letters"), as a sentence naming it gets; a bare "response" answers the
    demand, offer or proposal listed before it. None for any other row (a case event)."""
    said = repair_splits(label)
    if CASE_LABEL.search(said):
        return None  # "Joint final pretrial statement": the case's paper, not a settlement one
    # a row names its paper by rank, not by order: "letter-form demand" is the demand
    found = _first_match(said, _NOUNS, earliest=False)
    if found is None and _first_match(said, _ACTS, earliest=False) == "response":
        papers = ("demand", "offer", "proposal")
        noun = next((n for n in papers if f"settlement_{n}" in earlier), None)
        found = f"{noun}_response" if noun else None
    return found


# A possessive's "s" and a date's month are no part of what a duty is about ("Plaintiff's
# expert reports are due August 27" is not "s_august").
_POSSESSIVE = re.compile(r"['’]s\b")
_MONTH_WORDS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


def _words(text: str) -> list[str]:
    said = _POSSESSIVE.sub("", text)
    return [
        w.lower()
        for w in re.findall(r"[A-Za-z]+", said)
        if w.lower() not in _STOP and w.lower() not in _MONTH_WORDS
    ]



_DATE_FIRST = re.compile(
    r"\s*(?:on\s+or\s+before\s+|by\s+|on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)


def fallback_source(sentence: str, clause_start: int, modal_start: int, modal_end: int) -> str:
    """What to name a duty after when no known paper is named: the verb phrase, or for a
    passive clause ("must be made ...") its subject ("Any request to continue ...")."""
    after = sentence[modal_end:]
    if re.match(r"\s*be\b", after) or _DATE_FIRST.match(after):
        # A passive clause, or a paper and its date with no verb of command ("Plaintiff's
        # expert disclosures are due June 4, 2027"): the subject names it.
        return sentence[clause_start:modal_start]
    return after


def title_for(slug: str) -> str:
    if slug in _TITLES:
        return _TITLES[slug]
    base = re.sub(r"_\d+$", "", slug)
    if base.endswith("_response"):
        return f"Response to {base.removesuffix('_response').replace('_', ' ')}"
    return base.replace("_", " ").capitalize()


_PLAIN_MODAL = re.compile(r"(?i)(?:shall|must|should|will|.*\bto)$")
_NOT_IMPERATIVE = re.compile(r"(?i)(?:be|have|not|never|so)\b")


def describe(
    sentence: str, modal_start: int, modal_end: int, cut_spans: list[tuple[int, int]]
) -> str:
    """The duty in one line, as an instruction when the sentence gives one ("Send the
    Court by e-mail an ex parte letter"), else as its clause ("Such a demand must be
    communicated to the opposing party"); without the condition and the deadline words,
    up to the first comma after the verb (the rest is how, not what)."""
    chars = list(sentence)
    for a, b in cut_spans:
        for i in range(a, min(b, len(chars))):
            chars[i] = "\0"
    text = "".join(chars)
    after = re.sub(r"^[\s\0,;:]*(?:(?:also|hereby|further)\s+)*", "", text[modal_end:])
    modal = " ".join(sentence[modal_start:modal_end].split())
    if _PLAIN_MODAL.match(modal) and after and not _NOT_IMPERATIVE.match(after):
        clause_start, clause = modal_end, after
    else:
        clause_start = text.rfind(",", 0, modal_start) + 1 if "," in text[:modal_start] else 0
        clause = text[clause_start:]
    comma = clause.find(",", max(modal_start - clause_start, 0) + 20)
    if comma != -1:
        clause = clause[:comma]
    clause = collapse(uncited(clause.replace("\0", " "))).strip(" ,.;:")
    clause = re.sub(r"^(?i:it\s+is\s+(?:\w+\s+)?ordered)(?:\s+that)?[:,]?\s*", "", clause)
    clause = repair_splits(re.sub(r"\s+([,.;])", r"\1", clause))
    if not clause:
        clause = collapse(sentence)
        clause = clip(clause, 120)
    return clause[:1].upper() + clause[1:]
