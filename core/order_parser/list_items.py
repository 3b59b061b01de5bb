"""Deadlines written as list items or schedule rows, with no verb of command (issue #13).

Orders set out their pre-conference steps as tables, bulleted lists and lettered items as
often as in sentences:

    Plaintiff's written demand ............. 5/12/2025
    July 11, 2025        Exchange of written demand and offer
    • Defendant's response — by May 9, 2025
    (a) Demand: June 2, 2026.
    - list of attendees, not later than five (5) business days before the conference;
    Statements by Mon., Sept. 14, 2026.

Each names a party's paper or step (the label) and its deadline, and nothing else. Read as
that party's duty (the parties', when the label names no one). A label that names no paper
or step -- "Settlement Conference ........ 6/3/2025", a session -- is not a duty. A row's
date needs no lead word ("by", "due"): its place in the row says what it is.
"""

from __future__ import annotations

import re
from datetime import date

from settleconf.core.order import RuleKind
from settleconf.core.order_parser.clauses import Duty, find_actor
from settleconf.core.order_parser.dates_in_text import DATE, TIME
from settleconf.core.order_parser.fixed_phrases import read_fixed
from settleconf.core.order_parser.phrase import Phrase

# What a party hands over or does before the session.
_PAPER = re.compile(
    r"\b(?:demands?|offers?|counter-?offers?|counter-?proposals?|proposals?|responses?|repl(?:y|ies)"
    r"|statements?|memorand(?:um|a)|letters?|briefs?|summar(?:y|ies)|submissions?|papers?"
    r"|lists?|exchange|meet[\s-]+and[\s-]+confer|confirmation|confirmed|reports?|disclosures?"
    r"|certifications?|attendees?|attendance|figures|requests?)\b",
    re.IGNORECASE,
)
# A finite verb or modal: the line is a sentence, read by the ordinary duty reader.
_FINITE = re.compile(
    r"\b(?:shall|must|will|is|are|was|were|may|should|can|could|would|has|have|had)\b", re.I
)
_COURT_FIRST = re.compile(
    r"^(?:the\s+)?(?:court|clerk|chambers|judge|undersigned|courtroom\s+deputy)\b", re.I
)
# The list marker in front of an item: "•", "-", "[ ]", "(a)", "a.", "iv)".
_MARKER = re.compile(
    r"^\s*(?:[•·▪◦●■□☐✓✔➢►*-]\s*|\[\s?[xX✓]?\s?\]\s*|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+)*"
)
# An instruction, not a label: "Please submit an ex parte letter ...", "respond with a
# counteroffer" (read elsewhere as a request or a sentence carrying on).
_COMMAND = re.compile(
    r"(?:please|kindly|submit|file|serve|deliver|send|exchange|provide|lodge|e-?mail|mail"
    r"|respond|reply|confer|meet|notify|inform|advise|contact|call|make|present|return"
    r"|complete|bring|confirm|upload|forward|identify|attend|appear)\b"
    # the noun, not the verb: "Exchange of written demand and offer", "Meet-and-confer"
    r"(?![-–]|\s+of\b)",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS = 10

# A row: the label, a leader, colon or dash, and the date ("... due ....... 5/12/2025").
_LABEL_FIRST = re.compile(
    r"^(?P<label>[^\d\s].{1,100}?)"
    r"(?P<lead>\s*\.{3,}\s*|\s*:\s*|\s+[—–]\s+|\s+--?\s+)"
    r"(?:due\s*:?\s*|by\s+|on\s+)?"
    rf"(?:(?P<ftime>{TIME})\s*(?:on\s+)?)?(?P<date>{DATE})"
    rf"(?:,?\s*(?:at\s+|by\s+)?\(?(?P<ftime2>{TIME})\)?)?"
    r"(?P<sdate>(?!))?(?P<nydate>(?!))?(?P<cob>(?!))?"
    r"\s*[.;,]?\s*$",
    re.IGNORECASE,
)
# A row with the date first, the step after it ("July 18, 2025 (noon)   Confidential ...").
_DATE_FIRST = re.compile(
    rf"^(?P<lead>)(?P<date>{DATE})"
    rf"(?:,?\s*(?:at\s+|by\s+)?\(?(?P<ftime2>{TIME})\)?)?"
    r"(?P<ftime>(?!))?(?P<sdate>(?!))?(?P<nydate>(?!))?(?P<cob>(?!))?"
    r"\s+(?P<label>[A-Z][^.;]{2,100})\.?$",
    re.IGNORECASE,
)


def item_label(label: str) -> str | None:
    """The label without its list marker, if it reads as a party's paper or step."""
    label = _MARKER.sub("", label).strip(" :;,.-—–")
    if not label or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    if _FINITE.search(label) or _COURT_FIRST.match(label) or _COMMAND.match(label):
        return None
    if not _PAPER.search(label):
        return None
    return label


_NUMBER_ROW = re.compile(r"^(?P<label>[^\d].{2,100}?)\s+(?P<n>\d{1,3})\s*$")


def number_row(sentence: str) -> bool:
    """A table row that gives its step only a number ("Written response   14"): the number
    is in a column whose heading says what it counts, which is not read."""
    m = _NUMBER_ROW.match(sentence.strip())
    return m is not None and item_label(m.group("label")) is not None


def list_item(sentence: str) -> bool:
    """A list item or schedule row, which ends without a full stop and is still whole."""
    text = sentence.strip()
    return bool(
        re.match(r"[•·▪◦●■□☐✓✔➢►*-]\s|\[\s?[xX✓]?\s?\]|(?:deadline|due)\s*:", text, re.I)
        or re.search(r"\S\s*\.{4,}\s*\S", text)
        or _LABEL_FIRST.match(text)
        or _DATE_FIRST.match(text)
    )


def row_phrase(sentence: str, margin: bool, hint: date | None) -> Phrase | None:
    """The date of a schedule row whose label names a party's paper or step."""
    text = sentence.strip()
    for pattern in (_LABEL_FIRST, _DATE_FIRST):
        m = pattern.match(text)
        if m is None or item_label(m.group("label")) is None:
            continue
        phrase = read_fixed(m, margin, hint)
        if phrase.kind is not RuleKind.FIXED:
            return None
        start = m.start("lead") if pattern is _LABEL_FIRST else m.start("date")
        end = m.end("ftime2") if m.group("ftime2") else m.end("date")
        offset = len(sentence) - len(sentence.lstrip())
        return Phrase(
            start + offset,
            end + offset,
            sentence[start + offset : end + offset],
            RuleKind.FIXED,
            fixed_date=phrase.fixed_date,
            time_of_day=phrase.time_of_day,
            reasons=phrase.reasons,
        )
    return None


def item_duty(text: str, first: Phrase) -> Duty | None:
    """The duty of a list item or row: its label before the deadline (or, in a date-first
    row, after it) names a party's paper or step and the item has no verb of command."""
    before = text[: first.start]
    field = _MARKER.sub("", before).strip(" :;,.-—–")
    if re.fullmatch(r"(?:deadline|due(?:\s+date)?|date)", field, re.IGNORECASE):
        label = text[first.end :]  # "Deadline: 7 days before the conference -- counteroffer"
    elif field:
        label = before
    elif _DATE_FIRST.match(text.strip()):
        label = text[first.end :]  # "July 11, 2025   Exchange of written demand and offer"
    else:
        return None
    named = item_label(label)
    if named is None:
        return None
    return Duty(None, (), 0, 0, find_actor(named) or "parties", False, None)
