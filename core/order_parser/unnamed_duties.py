"""Deadline sentences that tell no one to act in the usual way, read as duties anyway:
a sentence that names a deadline must never come out as "no deadline".

- A permission with a deadline: "Counsel may attend by video upon a request filed by
  June 1" (a duty on a condition; see clauses.read_permission).
- A sentence cut off ("at least one week prior to the Settlement Conference (on or before
  December") or carrying on the one before ("Thereafter, no later than May 5, 2020,
  respond ..."): credited to the last party named, and flagged.
- A request put politely ("Please submit an ex parte letter to me not later than July 8,
  2026.", a letter order's "Dear Counsel") or in docket shorthand ("Parties to email letters
  to chambers by 5/27/2025."): the addressee's or the named party's duty, read as such.
- A moved deadline ("the dispositive motion deadline is continued ... to February 10"):
  the parties', flagged, as the order names no one.
- A step of the case's own schedule said with no one to act ("Expert discovery closes
  October 22, 2027."): dated, and flagged by case_deadlines as the case's, not a settlement
  duty -- the same as the rows around it, so the schedule does not lose one line of it.
"""

from __future__ import annotations

import re

from settleconf.core.case_events import CASE_EVENT
from settleconf.core.order import RuleKind
from settleconf.core.order_parser.case_schedule import SETTLEMENT_WORD
from settleconf.core.order_parser.clauses import Duty, find_actor, read_permission
from settleconf.core.order_parser.list_items import item_duty, item_label
from settleconf.core.order_parser.phrase import Phrase
from settleconf.core.order_parser.plain_language import READER_STEP, reader_note, speaks_to_reader

_ENDS_WELL = re.compile(r"[.!?:;)”\"’]$")
_CONTINUES = re.compile(
    r"(?:thereafter|then|subsequently|afterwards?|additionally|also|further|next|"
    r"in\s+addition|accordingly)\b",
    re.IGNORECASE,
)
# An instruction with no subject after its deadline: "no later than May 8, 2024, respond".
_BARE_VERB = re.compile(
    r"\s*,?\s*(submit|file|serve|deliver|send|exchange|provide|lodge|e-?mail|mail|respond|"
    r"confer|meet|notify|inform|advise|contact|call|make|present|return|complete)\b",
    re.IGNORECASE,
)


# "It shall do so within ...": the duty of the sentence before, given its when.
_DO_SO = re.compile(
    r"^\W*it\s+(?P<v>shall|must)\s+(?:also\s+|then\s+)?do\s+so\b", re.IGNORECASE
)


# "They shall do so by ...", "It must do so ...": what is done is named in the sentence before.
_DOES_SO = re.compile(
    r"^\W*(?:it|they|he|she)\s+(?:shall|must|will)\s+(?:also\s+|then\s+)?do\s+so\b", re.I
)


def names_duty_before(text: str) -> bool:
    """The sentence's duty is named in the sentence before it ("It shall do so within ...")."""
    return _DOES_SO.match(text) is not None


_PAPER_TO_BE = re.compile(
    r"\b(?:statements?|letters?|memorand(?:um|a)|submissions?|demands?|offers?|briefs?"
    # the subjunctive of a rule cited: "the Court's rule that statements be received ..."
    r"|reports?|position\s+papers?"
    # the parties' own steps in a docket scheduling order: "Rule 26(f) Conference to be
    # completed by 2/26/2026.", "Initial disclosures to be exchanged by ..." (never the
    # court's session: only these named steps)
    r"|rule\s+26\s*\(f\)\s+(?:conference|meeting)|meet[\s-]+and[\s-]+confer(?:ence)?"
    r"|(?:initial\s+)?disclosures|(?:joint\s+)?discovery\s+plan)\s+(?:(?:are|is)\s+)?"
    r"(?:to\s+be|be)\s+(?P<v>submitted|filed|served|delivered|exchanged|lodged|e-?mailed|sent"
    r"|provided|received|completed|held|conducted|made)\b",
    re.IGNORECASE,
)


# "Please submit ...", "Kindly let the clerk know ...": a letter order or a clerk's notice
# speaks to counsel; the polite form is still the court's direction.
# "Please have your letters delivered ...", "Please make sure that ...": the same request.
_PLEASE = re.compile(
    r"^\W*(?:counsel,\s+)?(?:please|kindly)\s+(?:be\s+sure\s+to\s+)?(?P<v>submit|file|serve"
    r"|deliver|send|exchange|provide|lodge|e-?mail|mail|let|notify|inform|advise|contact|call"
    r"|confirm|complete|return|forward|upload|register|have|make\s+sure|ensure)\b",
    re.IGNORECASE,
)
# A form's or notice's bare imperative, spoken to whoever fills it in: "Complete and return
# this form on or before April 30, 2027.", "Return the attached sheet to chambers by ...".
# Only with an object after the verb ("this form", "your statement"): "Return of Service" is
# a heading, not a command.
_VERBS = r"complete|return|submit|file|serve|deliver|send|e-?mail|mail|provide|lodge|sign|fax"
_IMPERATIVE = re.compile(
    rf"^\W*(?P<v>{_VERBS})(?:,?\s+(?:and\s+)?(?:{_VERBS}))*\s+(?:this|the|your|all|each|both"
    r"|copies|it|them)\b",
    re.IGNORECASE,
)
# Docket shorthand with no verb of command: "Parties to email letters to chambers by
# 5/27/2025.", "Plaintiff to serve demand by 8/1/2025.", "Defense counsel to respond by ...".
_PARTY_TO = re.compile(
    r"^\W*(?P<who>(?:the\s+|all\s+|each\s+)?(?:part(?:y|ies)|plaintiffs?|defendants?"
    r"|(?:plaintiffs?['’]?s?\s+|defendants?['’]?s?\s+|defense\s+|lead\s+|trial\s+)?counsel))"
    r"\s+to\s+(?P<v>submit|file|serve|deliver|send|exchange|provide|lodge|e-?mail|mail|respond"
    r"|reply|confer|meet|notify|inform|advise|contact|confirm|make|present|complete|return)\b",
    re.IGNORECASE,
)


# An amended order keeping a deadline as it was: "The demand deadline of May 16, 2025 stands.",
# "The deadline for the written demand (8/26/2025) is not changed.", "... remains in effect."
_KEPT = re.compile(
    r"\b(?:deadlines?|due\s+dates?)\b[^.;]{0,120}?\b(?:stands?|still\s+applies"
    r"|remains?(?:\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?|\s+unchanged)?"
    r"|(?:is|are)\s+(?:not\s+(?:changed|altered|affected|modified|extended)|unchanged|unaltered)"
    r"|(?:shall|will)\s+(?:remain|stand)(?:\s+unchanged)?)\b",
    re.IGNORECASE,
)


# A case-management order's list of the parties' steps, introduced as deadlines.
_DEADLINES_SET = re.compile(
    r"\b(?:the\s+following|these|the\s+below)\s+(?:deadlines|due\s+dates|dates)\s+"
    r"(?:are|shall|will)\s+(?:hereby\s+)?(?:be\s+)?(?:set|apply|govern|adopted|entered|ordered)"
    r"(?:\s+as\s+follows)?\s*:",
    re.IGNORECASE,
)


# Docket shorthand naming a party's paper and its date, nothing else: "plaintiff's demand
# 6/15/2027, defendant's response 6/29/2027" (the date phrase begins at the paper).
_POSSESSOR = re.compile(
    r"\b(?P<who>(?:plaintiff|defendant|part(?:y|ie))s?)(?:['’]s|s?['’])\s+$", re.IGNORECASE
)


def possessor(text: str, at: int) -> str | None:
    """The party whose paper the date phrase at `at` begins with ("defendant's response
    6/29/2027"), or None."""
    owner = _POSSESSOR.search(text, max(0, at - 40), at)
    return (find_actor(owner.group("who")) or "parties") if owner else None


_PAPER_WORDS = re.compile(r"(?:written\s+)?[A-Za-z-]+(?:\s*:)?", re.IGNORECASE)


def paper_end(text: str, at: int) -> int:
    """Where the paper's name ends in a phrase that begins with it ("demand 6/15/2027")."""
    m = _PAPER_WORDS.match(text, at)
    return m.end() if m else at


# A docket clerk's run of settings: "REPORT of Conference of Counsel, set Settlement Conference
# for 1:00 2/8/01 , set Settlement Papers Deadline for 2/8/01 for BRENT DAVIS, ...". The duty
# is what the last "set" (or the clause after the last semicolon) before the deadline names,
# when that names a party's paper; the whole run before it is no label.
_CLERK_SET = re.compile(
    r"(?:(?:^|[;,]|\s)\s*(?:re)?set|;)\s+(?P<label>[^;,]{2,80}?)\s*$", re.IGNORECASE
)


def unnamed_duty(
    text: str, dated: list[Phrase], before: str, last_who: str | None
) -> tuple[Duty | None, str | None]:
    """The duty in a sentence `read_duty` found none in, and the review note it needs.
    `before`: the sentence before it; `last_who`: who the last dated duty nearby binds."""
    duty = read_permission(text, dated[0].start)
    if duty is not None:
        return duty, None
    phrase = dated[0]
    item = item_duty(text, phrase)
    if item is not None:
        return item, None  # a list item or schedule row: "• Defendant's response — by May 9"
    owner = possessor(text, phrase.start)
    if owner is not None:
        return Duty(None, (), phrase.start, phrase.start, owner, False, None), None
    clerk = _CLERK_SET.search(text, 0, phrase.start)
    if clerk is not None and item_label(clerk.group("label")) is not None:
        who = find_actor(clerk.group("label")) or "parties"
        at = clerk.start("label")
        return Duty(None, (), at, at, who, False, None), None
    again = _DO_SO.match(text, 0, phrase.start)
    if again is not None and find_actor(before) is not None:
        # "Plaintiff shall serve a demand. It shall do so within 21 days of this order.": "it"
        # is the party the sentence before tells to act (the court says "the Court will")
        at = again.start("v")
        return Duty(None, (), at, again.end("v"), find_actor(before), False, None), None
    cut = not _ENDS_WELL.search(text)
    bare_verb = _BARE_VERB.match(text, phrase.end)
    step = READER_STEP.match(text, phrase.end) if speaks_to_reader(text) else None
    if step is not None and bare_verb is None and not cut:
        # "(2) Within 10 days of this order, tell the Court ... if you need an interpreter"
        who = find_actor(before) or last_who or "parties"
        at = step.start(1)
        return Duty(None, (), at, at, who, False, step.group(1).lower()), reader_note(who)
    if cut or _CONTINUES.match(text) or bare_verb:
        who = find_actor(before) or last_who or "parties"
        why = "is cut off" if cut else "names no one to act"
        note = (
            f"The sentence {why}; read as a deadline for the {who}, carrying on from the "
            "sentence before it. Check who must act and what."
        )
        at = bare_verb.start(1) if bare_verb else phrase.end
        verb = bare_verb.group(1) if bare_verb else None
        return Duty(None, (), at, at, who, False, verb), note
    paper = _PAPER_TO_BE.search(text, 0, phrase.start)
    if paper is not None:
        # "Confidential settlement statements to be emailed to the clerk by 9/10/2026."
        # (docket text): the parties' papers, the verb in the passive infinitive.
        who = find_actor(text[: paper.start()]) or "parties"
        at = paper.start("v")
        return Duty(None, (), at, at, who, False, paper.group("v")), None
    polite = _PLEASE.match(text, 0, phrase.start) or _IMPERATIVE.match(text, 0, phrase.start)
    if polite is not None:
        at = polite.start("v")
        return Duty(None, (), at, at, "counsel", False, polite.group("v").lower()), None
    short = _PARTY_TO.match(text, 0, phrase.start)
    if short is not None:
        who = find_actor(short.group("who")) or "parties"
        at = short.start("v")
        return Duty(None, (), at, at, who, False, short.group("v").lower()), None
    listed = _DEADLINES_SET.search(text, 0, phrase.start)
    if listed is not None:
        # "The following deadlines are set: initial disclosures by 5/3/2027; written
        # discovery to be issued by 6/1/2027; ...": the schedule's steps are the parties'.
        return Duty(None, (), listed.end(), listed.end(), "parties", False, None), None
    kept = _KEPT.search(text)
    if kept is not None and kept.start() <= phrase.start < kept.end():
        who = find_actor(text[: phrase.start]) or "parties"
        return Duty(None, (), 0, 0, who, False, None), None
    if any(p.moved for p in dated):
        # "The deadline for Plaintiff's settlement demand ... is extended to": its owner.
        owner = find_actor(text[: phrase.start])
        if owner is not None:
            return Duty(None, (), 0, 0, owner, False, None), None
        note = "The order moves this deadline without saying who must meet it; check."
        return Duty(None, (), 0, 0, "parties", False, None), note
    if _case_step(text, dated):
        return Duty(None, (), 0, 0, "parties", False, None), None
    named = _DEADLINE_NAMED.match(text, 0, phrase.start)
    if (
        named is not None
        and named.end() == phrase.start
        and CASE_EVENT.search(named.group("what")) is None  # "filing dispositive motions"
    ):
        # "The deadline to exchange written offers is fourteen (14) days before the
        # conference": the act the deadline is for, by whoever it names (else the parties).
        who = find_actor(named.group("what")) or "parties"
        at = named.start("what")
        return Duty(None, (), at, at, who, False, None), None
    return None, None


# A deadline named by what it is for, then its when: "The deadline for submitting settlement
# statements is seven days before the conference", "The due date for Defendant's response
# shall be ten days after ...". (A stated date after it is read as a schedule row.)
_DEADLINE_NAMED = re.compile(
    r"\W*(?:the\s+)?(?:deadline|due\s+date|last\s+day|time)\s+(?:for|to)\s+"
    r"(?P<what>[^.;:]{3,120}?)\s+(?:is|shall\s+be|will\s+be)\s+",
    re.IGNORECASE,
)


# A date that no longer binds or only ends a pause is no step of the schedule: "the discovery
# deadline of July 30, 2027 ... is VACATED", "Depositions are stayed until December 6, 2027".
_NOT_A_STEP = re.compile(
    r"\b(?:vacat\w*|stay(?:ed|s)?|stricken|struck|terminated|cancell?ed|suspended|until)\b",
    re.IGNORECASE,
)


def _case_step(text: str, dated: list[Phrase]) -> bool:
    """A stated date for a case event that names nothing of the settlement conference."""
    first = dated[0].start
    return (
        all(p.kind is RuleKind.FIXED for p in dated)
        and CASE_EVENT.search(text, 0, first) is not None
        and SETTLEMENT_WORD.search(text) is None
        and _NOT_A_STEP.search(text) is None
    )
