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

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.clauses import Duty, find_actor
from settleconf.core.order_parser.cross_refs import uncited
from settleconf.core.order_parser.dates_in_text import DATE, TIME, find_dates
from settleconf.core.order_parser.fixed_phrases import read_fixed
from settleconf.core.order_parser.markup import BLANK_BOX, TICKED_BOX
from settleconf.core.order_parser.numbers import NUMBER
from settleconf.core.order_parser.phrase import Phrase
from settleconf.core.order_parser.phrase_patterns import session_term
from settleconf.core.periods import Direction, Unit

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
    rf"^\s*(?:[•·▪◦●■□☐✓✔➢►*-]\s*|{TICKED_BOX}\s*|{BLANK_BOX}\s*"
    r"|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+)*"
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


# The count may be spelled out and carry its unit: "(a) Plaintiff's written demand
# twenty-one (21) days", "Written response   14 court days" -- the column's heading still
# says before what ("When (before the conference)").
_NUMBER_ROW = re.compile(
    r"^(?P<label>[^\d].{2,100}?)\s+(?:[a-z]+(?:-[a-z]+)?\s+\()?(?P<n>\d{1,3})\)?"
    r"(?P<unit>\s+(?P<kind>calendar\s+|business\s+|court\s+)?days?)?\s*$",
    re.IGNORECASE,
)


def number_row(sentence: str) -> bool:
    """A table row that gives its step only a number ("Written response   14"): the number
    is in a column whose heading says what it counts, which is not read."""
    m = _NUMBER_ROW.match(uncited(sentence).strip())
    return m is not None and item_label(m.group("label")) is not None


# What a table's bare numbers count, said in its column heading or the line that opens it:
# "Due (days before conference)", "Business Days Prior to the Settlement Conference", "due
# the stated number of calendar days before the conference".
_COUNTS_BEFORE = re.compile(
    r"\b(?P<kind>calendar\s+|business\s+|court\s+)?days?\s*\)?\s*"
    r"(?:before|prior\s+to|in\s+advance\s+of)\s+(?:the\s+)?(?:scheduled\s+)?"
    + session_term(r"[\s-]+"),
    re.IGNORECASE,
)
_NUMBER_LAST = re.compile(rf"\b(?:{NUMBER})\s*$", re.IGNORECASE)
# With the unit in the row, the heading need only say before what: "(before the conference)".
_BEFORE_ONLY = re.compile(
    r"\b(?:before|prior\s+to|in\s+advance\s+of)\s+(?:the\s+)?(?:scheduled\s+)?"
    + session_term(r"[\s-]+"),
    re.IGNORECASE,
)
_UNITS = {"business": Unit.BUSINESS_DAYS, "court": Unit.COURT_DAYS}


def count_phrase(sentence: str, heading: list[str]) -> Phrase | None:
    """A number row's period, when the table's heading (its column headings, the line that
    opens it, the rows between) says the numbers are days before the session and gives no
    number of its own. A heading that says nothing of the kind leaves the row unread."""
    m = _NUMBER_ROW.match(uncited(sentence).strip())
    if m is None or item_label(m.group("label")) is None:
        return None
    # A column heading run into the first row (a single space between them in the text
    # layer): "Submission Days Before Conference Confidential statement 14".
    texts = [(row.group("label") if (row := _NUMBER_ROW.match(h.strip())) else h) for h in heading]
    counts = [
        c
        for h in [*texts, m.group("label")]
        if not re.search(r"\d", h)
        for c in _COUNTS_BEFORE.finditer(h)
        # "seven days before the conference" is a sentence's own period, not a column's
        if not _NUMBER_LAST.search(h, 0, c.start())
    ]
    if not counts and m.group("unit"):
        counts = [c for h in texts if not re.search(r"\d", h) for c in _BEFORE_ONLY.finditer(h)]
    if not counts:
        return None
    # "calendar" or "business" may be said in the opening line and not in the column's head
    kinds = {(c.groupdict().get("kind") or "").strip().lower() for c in counts} - {""}
    kinds |= {m.group("kind").strip().lower()} if m.group("kind") else set()
    if len(kinds) > 1:
        return None
    unit = _UNITS.get(next(iter(kinds), ""), Unit.DAYS)
    offset = len(sentence) - len(sentence.lstrip())
    start, end = m.start("n") + offset, m.end("n") + offset
    return Phrase(
        start,
        end,
        sentence[start:end],
        RuleKind.RELATIVE,
        anchor=Anchor.CONFERENCE,
        amount=int(m.group("n")),
        unit=unit,
        direction=Direction.BEFORE,
    )


# Two papers in one heading and their two dates in the same order: "DEMAND AND RESPONSE: BY
# OCTOBER 1, 2025 AND OCTOBER 8, 2025", "Demand / Response -- October 1, 2025 / October 8,
# 2025". Each paper is due on its own date; read as one row, the second date was lost.
_TWO_PAPERS = re.compile(
    r"^(?P<a>[^:;]{2,60}?)\s*(?:\s(?:and|&)\s|/)\s*(?P<b>[^:;]{2,60}?)"
    r"(?:\s*:\s*|\s+[—–]\s+|\s+--?\s+)(?:due\s+)?"
    rf"(?P<one>(?:by\s+)?(?P<d1>{DATE}))\s*,?\s*(?:\s(?:and|&)\s|/)\s*"
    rf"(?P<two>(?:by\s+)?(?P<d2>{DATE}))\s*\.?$",
    re.IGNORECASE,
)


def paired_row(sentence: str) -> list[tuple[Phrase, tuple[int, int]]]:
    """The two dates of a heading that names two papers, one for each in order, with where
    its paper is named; [] for any other sentence (or a second date not after the first)."""
    m = _TWO_PAPERS.match(sentence.strip())
    if m is None or item_label(m.group("a")) is None or item_label(m.group("b")) is None:
        return []
    days = [find_dates(m.group(d)) for d in ("d1", "d2")]
    first, second = (found[0].value if found else None for found in days)
    if first is None or second is None or second <= first:
        return []
    offset = len(sentence) - len(sentence.lstrip())
    out = []
    for group, value, paper in (("one", first, "a"), ("two", second, "b")):
        start, end = m.start(group) + offset, m.end(group) + offset
        phrase = Phrase(start, end, sentence[start:end], RuleKind.FIXED, fixed_date=value)
        out.append((phrase, (m.start(paper) + offset, m.end(paper) + offset)))
    return out


def list_item(sentence: str) -> bool:
    """A list item or schedule row, which ends without a full stop and is still whole."""
    text = sentence.strip()
    return bool(
        re.match(
            rf"[•·▪◦●■□☐✓✔➢►*-]\s|{TICKED_BOX}|{BLANK_BOX}|(?:deadline|due)\s*:", text, re.I
        )
        or re.search(r"\S\s*\.{4,}\s*\S", text)
        or _LABEL_FIRST.match(text)
        or _DATE_FIRST.match(text)
        or number_row(text)
        or bool(paired_row(text))
        or _period_row(text)
    )


# A row whose cell is a period: "Confidential settlement statements to chambers (do not
# file)   seven (7) days before the conference" -- a label and a count, no verb.
_PERIOD_ROW = re.compile(
    rf"^[^\d].{{2,120}}?\s(?:{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:calendar\s+|business\s+"
    r"|court\s+|working\s+)?days?\s+(?:before|after|prior\s+to|following)\s+(?:the\s+)?"
    r"(?:date\s+of\s+(?:this|the)\s+order|(?:settlement\s+)?conference|mediation|session)\.?"
    # and a table's Rule column after it: "¶ 4 below", "LCvR 16.2(D)", "Order ¶ 2"
    r"(?:\s+(?:¶|§|L\.\s?R\.|LCvR|LR|Local|Rule|Order|Fed\.|D\.).{0,40})?$",
    re.IGNORECASE,
)


def _period_row(text: str) -> bool:
    return _PERIOD_ROW.match(text) is not None and _FINITE.search(text) is None


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
