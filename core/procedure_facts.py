"""The sentence patterns that turn an order's procedure text into plain-English points.

Each `PointRule` reads one sentence and, when its pattern matches, writes one point
(and the facts it proves). Rules are generic: they name the phrasing courts use
("must not exceed ten (10) pages", "should not be served", "available by phone"),
never a particular order, so an order never seen before is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
}
_WORD_ALT = "|".join(sorted(_NUM_WORDS, key=len, reverse=True))
# "ten (10)", "ten", "10": orders write numbers all three ways.
NUM = rf"(?:(?:{_WORD_ALT})(?:\s*\(\d+\))?|\d+)"
PERIOD = rf"{NUM}\s+(?:business\s+|court\s+|calendar\s+)?days?"
BEFORE_CONF = r"(?:before|prior to)\s+the\s+(?:settlement\s+)?conference"
_I = re.IGNORECASE


def number(text: str) -> str:
    """'ten (10)' -> '10', 'five' -> '5': the digits the order meant."""
    digits = re.search(r"\d+", text)
    if digits:
        return digits.group()
    return str(_NUM_WORDS.get(text.strip().lower(), text.strip()))


def period(text: str) -> str:
    """'five (5) business days' -> '5 business days'."""
    return re.sub(NUM, lambda m: number(m.group()), " ".join(text.split()), count=1, flags=_I)


Render = Callable[[re.Match[str], str], str]  # (match, document noun) -> point
Facts = Callable[[re.Match[str]], Mapping[str, str]]


def _no_facts(_: re.Match[str]) -> Mapping[str, str]:
    return {}


@dataclass(frozen=True)
class PointRule:
    """One plain-English point. Rules sharing a `key` are alternatives: the first wins."""

    key: str
    pattern: re.Pattern[str]
    render: Render
    facts: Facts = field(default=_no_facts)
    unless: re.Pattern[str] | None = None  # the sentence says the opposite


def _rule(key: str, pattern: str, render: Render, facts: Facts = _no_facts,
          unless: str | None = None) -> PointRule:
    return PointRule(key, re.compile(pattern, _I), render, facts,
                     re.compile(unless, _I) if unless else None)


def _has(m: re.Match[str], pattern: str) -> bool:
    return re.search(pattern, m.string, _I) is not None


def _comply_with(m: re.Match[str]) -> str:
    """' with the attendance requirements' when the order names what was not complied with."""
    req = re.search(r"fails? to comply with (the [\w ]+?requirements?)", m.string, _I)
    return f" with {req.group(1)}" if req else ""


def _whose(m: re.Match[str]) -> str:
    """"Each party's" when every side owes its own paper ("counsel for each party must send"):
    "does the defendant also have to send one?" is answered by it."""
    return "Each party's" if _has(m, r"\b(?:each|every|both|all) (?:of the )?part(?:y|ies)\b"
                                  r"|\beach side\b") else "The"


# --- the ex parte letter / settlement statement -------------------------------------------

DEADLINE = _rule(
    "deadline", rf"\b(?:no|not) later than (?P<p>{PERIOD})\s+{BEFORE_CONF}|"
    rf"\bat least (?P<p2>{PERIOD})\s+{BEFORE_CONF}",
    lambda m, doc: f"{_whose(m)} {doc} is due no later than {period(m['p'] or m['p2'])} before "
    "the conference.",
    lambda m: {"deadline": f"{period(m['p'] or m['p2'])} before the conference"},
)
DEADLINE_DATE = _rule(
    "deadline", r"\b(?:no|not) later than (?:[A-Z][a-z]+day,?\s+)?(?P<d>[A-Z][a-z]+\.? \d{1,2}, "
    r"\d{4})",
    lambda m, doc: f"The {doc} is due no later than {m['d']}.",
    lambda m: {"deadline": m["d"]},
)
CONTENTS = _rule(
    "contents", r"(?:include|state|address|contain|cover|discuss)\b[^:]{0,60}:\s*(?P<list>\(\s*"
    r"(?:1|a|i)\s*\).*)",
    lambda m, doc: f"It should cover{' at least' if _has(m, 'at a minimum|at least') else ''}: "
    + "; ".join(_items(m["list"])) + ".",
)
PAGE_LIMIT = _rule(
    "page_limit", rf"(?:(?:must|shall|should|may|to) not exceed|not to exceed|no (?:longer|more) "
    rf"than|limited to|"
    rf"maximum of|not (?:be )?(?:in excess of|more than|longer than))\s+(?P<n>{NUM})\s+"
    r"(?:double[- ]spaced\s+)?pages?",
    lambda m, doc: f"The {doc} may be no longer than {number(m['n'])} pages.",
    lambda m: {"page_limit": number(m["n"])},
)
EXHIBITS_EXCLUDED = _rule(
    "exhibits", r"not including (?:exhibits|attachments)|exclusive of (?:exhibits|attachments)|"
    r"excluding (?:exhibits|attachments)|exhibits (?:do|shall|will) not count",
    lambda m, doc: "Exhibits don't count toward the page limit.",
    lambda m: {"exhibits_excluded": "yes"},
)
PERMISSION = _rule(
    "permission", r"pages?\b[^.]*\bunless (?:permission|leave)\b|pages?\b[^.]*without (?:prior )?"
    r"leave of (?:the )?Court",
    lambda m, doc: "Going over the page limit requires the Court's permission.",
    lambda m: {"permission_needed": "yes"},
)
MARKING = _rule(
    "marking", r"marked(?: prominently)?,?\s*[“\"](?P<mark>[^”\"]+)[”\"]",
    lambda m, doc: f"Mark the {doc} “{m['mark'].strip(' ,.')}”.",
    lambda m: {"marking": m["mark"].strip(" ,.")},
)
# A PDF's text layer can break an address in two ("at brownchamb ers@tnmd.uscourts.gov"): a
# lone fragment between the word that leads to an address and the address is its start.
_LEADS_TO_ADDRESS = r"(?:at|to|via|e-?mail|address(?:ed)?|is)"
_NOT_A_FRAGMENT = frozenset({"chambers", "counsel", "clerk", "court", "judge", "the", "and", "or",
                             "email", "e-mail", "address", "mail", "both", "either", "at", "to"})


def _address(m: re.Match[str]) -> str:
    frag = m["frag"]
    whole = m["email"].rstrip(".")
    return frag + whole if frag and frag.lower() not in _NOT_A_FRAGMENT else whole


def _address_point(m: re.Match[str], doc: str) -> str:
    address = _address(m)
    broken = "" if address == m["email"].rstrip(".") else (
        f" (the order's text breaks it: “{m['frag']} {m['email'].rstrip('.')}”)")
    return f"E-mail the {doc} to {address}{broken}."


EMAIL = _rule(
    "email", rf"(?:\b{_LEADS_TO_ADDRESS}:?\s+(?P<frag>[a-z0-9._-]{{2,}})\s+(?=[\w.+-]+@))?"
    r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
    _address_point,
    lambda m: {"email": _address(m)},
)
BY_EMAIL = _rule(
    "email", r"\bby e-?mail\b|\be-?mail (?:the|an?|your|its)\b|\b(?:shall|must|should) e-?mail\b",
    lambda m, doc: f"Send the {doc} by e-mail.",
    lambda m: {"method": "e-mail"},
)
# Handed to a named person: "deliver under seal, directly to Ms. Jeanne Cox, Courtroom Deputy to
# the undersigned, or ..."
DELIVER_TO = _rule(
    "deliver_to", r"\b(?:deliver|hand|submit|lodge|provide)\w*\b[^.;]{0,60}?\b(?:directly )?to "
    r"(?P<who>(?:Ms\.|Mr\.|Mrs\.|Dr\.|the Courtroom Deputy|the courtroom deputy|the law clerk|the "
    r"Case Manager|the case manager)[^;,(]{2,60}?(?:,\s*(?:Courtroom Deputy|courtroom deputy|Case "
    r"Manager|case manager|[Ll]aw [Cc]lerk|Judicial Assistant)[^;,(]{0,40})?)"
    r"(?=\s*[,(;]|\.\s|\.?$)",
    lambda m, doc: f"Deliver the {doc} to {m['who'].strip(' ,')}.",
    lambda m: {"deliver_to": m["who"].strip(" ,")},
)
FAX = _rule(
    "fax", r"\bfax(?:ed)?\b[^\d]{0,12}(?P<fax>\(?\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4})",
    lambda m, doc: f"It may also be faxed to {m['fax']}.",
    lambda m: {"fax": m["fax"]},
)
NOT_SERVED = _rule(
    "not_served", r"\b(?:not|nor|neither)\b[^.;]{0,60}?\bserved?\b|\bdo not serve\b|"
    r"\bneed not be provided to\b",
    lambda m, doc: f"Don't serve the {doc} on the other side."
    if not _has(m, r"need not be provided") else f"The {doc} need not be shared with the other "
    "side.",
    lambda m: {"served": "no"},
)
# "a confidential, ex parte letter": for the Court alone, whatever else the order says of it
EX_PARTE = _rule(
    "not_served",
    r"\b(?:letters?|statements?|memorand\w*|briefs?|submissions?|papers?)\b[^.;]{0,80}\bex parte\b|"
    r"\bex parte\b[^.;]{0,40}\b(?:letters?|statements?|memorand\w*|briefs?|"
    r"submissions?|papers?)\b",
    lambda m, doc: f"Don't serve the {doc} on the other side: it is ex parte, for the Court only.",
    lambda m: {"served": "no"},
    # the judge's own ex parte talks are not the paper's service
    unless=r"\bex parte (?:communications?|contacts?|caucus\w*|meetings?|sessions?|discussions?)\b|"
    r"\b(?:meet|speak|talk|communicate|caucus)\w* ex parte\b|\bex parte with\b",
)
NOT_FILED = _rule(
    "not_filed", r"\b(?:not|nor|neither)\b[^.;]{0,60}?\bfiled\b[^.;]{0,20}?\b(?:on|with|via) "
    r"(?:the )?(?P<where>ECF|docket|Clerk)|\bnot (?:be )?(?:electronically|e-)filed|no e-?filing|"
    r"\(not e-?fil(?:e|ed)\b",
    lambda m, doc: f"Don't file it {_where(m['where'])}.",
    lambda m: {"ecf": "no"},
)
HARD_COPY = _rule(
    "hard_copy", r"\b(?:hard|paper|courtesy) cop(?:y|ies)\b",
    lambda m, doc: _hard_copy(m, doc),
    lambda m: _hard_copy_facts(m),
)
BY_HAND = _rule(
    "by_hand", r"\bby hand[- ]?delivery\b|\bhand[- ]?deliver(?:ed)?\b",
    lambda m, doc: f"The {doc} may be delivered by hand.",
    unless=r"\b(?:hard|paper|courtesy) cop(?:y|ies)\b",
)


def _items(listing: str) -> list[str]:
    parts = re.split(r"\(\s*(?:\d+|[a-zA-Z]|[ivx]+)\s*\)", listing)
    items = [re.sub(r"(?:;\s*and|;|,\s*and|\.)\s*$", "", p.strip()).strip() for p in parts]
    return [i for i in items if i]


def _where(where: str | None) -> str:
    if where is None:
        return "electronically"
    return {"ecf": "on ECF", "docket": "on the docket"}.get(where.lower(), "with the Clerk")


_ATTACH = (rf"attachments?\s+(?:exceeding|exceed|over|of more than|longer than)\s+(?P<n>{NUM})"
           r"\s+page")


def _hard_copy(m: re.Match[str], doc: str) -> str:
    verb = "hand-deliver" if _has(m, r"hand[- ]?deliver") else "deliver"
    over = re.search(_ATTACH, m.string, _I)
    if over:
        return (f"If the attachments exceed {number(over['n'])} pages, also {verb} a hard copy of "
                f"the {doc} and attachments to the Court.")
    return f"Also {verb} a hard copy to the Court."


def _hard_copy_facts(m: re.Match[str]) -> Mapping[str, str]:
    over = re.search(_ATTACH, m.string, _I)
    return {"hard_copy": "yes"} | ({"hard_copy_over_pages": number(over["n"])} if over else {})


# --- confidentiality --------------------------------------------------------------------

OFF_RECORD = _rule(
    "off_record", r"off the record|\bstrictly confidential\b",
    lambda m, doc: "The conference is "
    + " and ".join(p for p, pat in (("off the record", "off the record"),
                                    ("strictly confidential", "strictly confidential"))
                   if _has(m, pat)) + ".",
    lambda m: {"off_record": "yes"} if _has(m, "off the record") else {},
)
NO_DISCOVERY = _rule(
    "no_discovery", r"\bnot (?:be )?used in discovery|\bnot (?:be )?discoverable",
    lambda m, doc: "Settlement communications can't be used in discovery.",
)
INADMISSIBLE = _rule(
    "inadmissible", r"\bnot (?:be )?admissible|\binadmissible\b|\b(?:Fed\. R\. Evid\.|Rule) 408\b",
    lambda m, doc: "Settlement communications are not admissible at trial.",
)
CONFIDENTIAL_DOC = _rule(
    "confidential_doc", r"\bconfidential (?P<d>settlement (?:conference )?statements?|letters?|"
    r"(?:conference )?memorand\w+|submissions?)",
    lambda m, doc: f"The {m['d'].lower()} "
    f"{'are' if re.search(r'(?:s|memoranda)$', m['d']) else 'is'} confidential.",
)

# --- exchange of demands and offers -----------------------------------------------------

DEMAND = _rule(
    "demand", rf"demand[^.]*?\b(?:no later than|not later than|at least) (?P<p>{PERIOD})\s+"
    rf"{BEFORE_CONF}",
    lambda m, doc: _demand(m),
    lambda m: {"demand_deadline": f"{period(m['p'])} before the conference"},
)
RESPONSE = _rule(
    "response", rf"\brespond\b[^.]*?\b(?:no later than|not later than|within) (?P<p>{PERIOD})\s+"
    r"(?:thereafter|after|of|from)",
    lambda m, doc: f"{_responder(m)} must respond no later than {period(m['p'])} after the "
    f"demand{', unless it already has' if _has(m, 'not already done so') else ''}.",
    lambda m: {"response_deadline": f"{period(m['p'])} after the demand"},
)
DONT_WAIT = _rule(
    "dont_wait", r"not wait for the (?:settlement )?conference|(?:encouraged|expected) to "
    r"(?:commence|begin|start) negotiat",
    lambda m, doc: "Don't wait for the conference to start negotiating.",
)
EXCHANGED = _rule(
    "exchanged", r"exchanged? (?:offers and demands|demands and offers|settlement proposals)",
    lambda m, doc: "The parties are expected to exchange offers and demands before the "
    "conference.",
)
CONFER = _rule(
    "confer", rf"(?:(?:at least|no later than) (?P<p>{PERIOD})\s+{BEFORE_CONF}[^.]*?)?\bconfer\b"
    r"[^.]*?negotiat",
    lambda m, doc: "The parties must confer and try to negotiate a settlement"
    + (f" at least {period(m['p'])} before the conference." if m["p"] else " beforehand."),
)


def _demand(m: re.Match[str]) -> str:
    when = f"no later than {period(m['p'])} before the conference"
    who = re.search(r"if the (plaintiffs?|defendants?|part(?:y|ies)) (?:has|have) not already "
                    r"made a (?:settlement )?demand", m.string, _I)
    if who:
        return (f"If the {who.group(1).lower()} hasn't already made a settlement demand, it must "
                f"send one to the other side {when}.")
    return f"A settlement demand must be made {when}."


def _responder(m: re.Match[str]) -> str:
    who = re.search(r"\b(the opposing party|the defendants?|defendants?)\b", m.string, _I)
    return who.group(1)[0].upper() + who.group(1)[1:].lower() if who else "The other side"


# --- attendance and sanctions ------------------------------------------------------------

PARTIES = _rule(
    "parties", r"parties\s*[-–—,]+\s*(?:and )?not (?:just|only|merely) counsel|\bparties\b[^.]"
    r"{0,30}\b(?:ordered to be present|must (?:personally )?attend|shall (?:personally )?attend)|"
    r"\(\w+\)\s+(?:the parties|all parties who are natural persons)\b",
    lambda m, doc: "The parties themselves must attend, not just their lawyers.",
)
AUTHORITY = _rule(
    "authority", r"(?:person|representative|individual)s?\b[^.;]{0,60}?\b(?:with (?P<a>(?:(?:"
    r"ultimate|full|final|complete|unlimited|unfettered|and)\s+)+(?:settlement\s+)?authority)|"
    r"who is (?P<b>fully authorized))",
    lambda m, doc: f"A person with {(m['a'] or 'full authority').lower()}"
    f"{' for each party' if _has(m, 'each party') else ''} must attend.",
    lambda m: {"authority": (m["a"] or "full authority").lower()},
)
PHONE_NO = _rule(
    "phone", r"(?:not satisfied|not sufficient|does not satisfy|will not suffice)[^.]*?"
    r"(?:tele)?phone",
    lambda m, doc: "Being available by phone does not satisfy the attendance requirement.",
    lambda m: {"phone_ok": "no"},
)
PHONE_YES = _rule(
    "phone", r"available by (?:tele)?phone(?: to (?P<why>[^.;,]+))?",
    lambda m, doc: "The person with settlement authority may instead be available by phone"
    + (f" to {m['why']}." if m["why"] else "."),
    lambda m: {"phone_ok": "yes"},
    unless=r"not satisfied|not sufficient|does not satisfy|will not suffice",
)
PHONE_SOME = _rule(
    "phone", r"(?P<who>[A-Z][^.;]*?) may participate[^.;]*?(?:via|by) (?:tele)?phone",
    lambda m, doc: f"{m['who']} may participate by phone.",
    lambda m: {"phone_ok": "some"},
)
IN_PERSON = _rule(
    "in_person", r"\bin person\b|\bpersonally attend|\bphysically present|personal attendance",
    lambda m, doc: "Attendance is in person.",
    lambda m: {"in_person": "yes"},
    unless=r"in person or by (?:tele)?phone",
)
TRIAL_COUNSEL = _rule(
    "trial_counsel", r"(?:attorney\(s\)|attorneys?|counsel) who will try|\btrial counsel\b",
    lambda m, doc: "The lawyers who will try the case must attend.",
)
REIMBURSE = _rule(
    "reimburse", r"reimburse (?P<whom>[^.;]+?) for (?:their |its )?(?P<what>[^.;,]+)",
    lambda m, doc: f"A party that fails to comply{_comply_with(m)} may have to reimburse "
    f"{m['whom']} for their {m['what']}.",
    lambda m: {"reimbursement": "yes"},
)
SANCTIONS = _rule(
    "sanctions", r"\bsanctions?\b",
    lambda m, doc: f"Failing to comply{_comply_with(m)} can "
    + ("also lead to other sanctions." if _has(m, "other sanctions") else "lead to sanctions."),
    lambda m: {"sanctions": "yes"},
)
CALLED_OFF = _rule(
    "called_off", r"\b(?:fail\w*|late|untimely|not (?:timely|received))\b[^.;]*?\b(?:result\w* in|"
    r"lead\w* to|cause)\b[^.;]*?\b(?P<what>cancel\w*|vacat\w*|postpone\w*|continu\w*)",
    lambda m, doc: "If the papers are not in on time, the conference may be "
    f"{_called_off(m['what'])}.",
    lambda m: {"called_off": _called_off(m["what"])},
)


def _called_off(word: str) -> str:
    w = word.lower()
    return "vacated" if w.startswith("vacat") else "postponed" if w.startswith("postpone") else (
        "continued" if w.startswith("continu") else "cancelled")


NOT_HELD = _rule(
    "not_held", r"will not (?:hold|proceed with) (?:a|the) (?:settlement )?conference without|"
    r"conference will not proceed",
    lambda m, doc: "The conference will not go forward if the required people are not there.",
)
