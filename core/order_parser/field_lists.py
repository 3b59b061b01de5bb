"""Scheduling orders' field lists and deadline tables: "<Event> Deadline: <date>".

Rule 16 scheduling orders set their dates in a block of labeled fields rather than in
sentences: "Discovery Cut-Off: 6/12/09 Non-Dispositive Motion Filing Deadline: 7/17/09
... Settlement Conference Date: 9/3/09 10:00 Ctrm. 9" (E.D. Cal., all on one line or
split by pleading-paper line numbers), "Deadline to complete discovery ....... March 2,
2026" (dot leaders), "Close of fact discovery | June 1, 2026" (a table under "EVENT |
DEADLINE"), a label on one line and its date on the next. The sentence reader finds none
of these: no verb, no "no later than". This module reads the fields themselves:

- a field naming the settlement conference gives its date, time and courtroom (used where
  the sentence reader found no date, or found the same date without a time);
- a field naming another session (pre-trial conference, trial, hearing) is shown as its
  own date, flagged, as `other_sessions` does for sentences: the parties attend it, but
  it is not a deadline to act by;
- every other field that names a duty (discovery, motions, disclosures, statements ...)
  is a fixed-date deadline for the parties (or the party the label names), never rolled;
- a field whose value looks like a date but cannot be read is said in a warning, quoted.

Bare times ("10:00", no a.m./p.m.) are read as a court day reads them: 8-11 in the
morning, 12-5 in the afternoon, without a doubt (the other reading is the middle of the
night). 6 and 7 o'clock are truly two-sided (a 7:00 a.m. prison session, a 6:00 p.m.
evening one): they are read as the rest of the parser reads them (7 a.m., 6 p.m.) and
flagged. A 24-hour time ("14:00") is what it says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time

from settleconf.core.order import (
    Conference,
    ConferenceFormat,
    Obligation,
    ObligationKind,
    Rule,
    RuleKind,
)
from settleconf.core.order_parser.clauses import find_actor
from settleconf.core.order_parser.dates_in_text import (
    DATE,
    MONTH,
    TIME,
    WEEKDAY,
    find_dates,
    parse_time_text,
)
from settleconf.core.order_parser.deadline import check
from settleconf.core.order_parser.naming import paper_id
from settleconf.core.order_parser.other_sessions import recited as _recited

# What separates a label from its value: a colon, a dot leader, a table's pipe, a tab, or
# a column gap of two spaces or more. The value may sit on a later line: the next one, or
# after the blank lines a page break left ("Filing Deadline:" | "- 2 -" | "8/10/09").
_SEP = re.compile(
    r"[ \t]*(?::|\.{3,}|…+|_{3,}|\|)[ \t]*(?:\n[ \t]*){0,4}|[ \t]*\t[ \t]*|[ ]{2,}"
    # a dash after a word, as headings write it: "DISPOSITIVE MOTION DEADLINE- November 26"
    r"|(?<=[A-Za-z])[ \t]*[-–—]{1,2}(?:[ \t]*\n[ \t]*|[ \t]+)"
)
# A bare clock reading "10:00" (no a.m./p.m.) is a time only inside a field's value.
_BARE = r"(?<![\d/:.])\d{1,2}:\d{2}(?![\d:/])"
_CLOCK = rf"(?:{TIME}|{_BARE})"
_VALUE = re.compile(
    rf"(?:(?P<t1>{_CLOCK})\s*,?\s*(?:on\s+)?)?(?P<date>{DATE})"
    rf"(?:\s*,?\s*(?:at\s+|@\s*)?(?P<t2>{_CLOCK}))?"
    r"(?:[\s,]*(?:in\s+)?(?P<place>(?:Ctrm\.?|Courtroom|Dept\.?)\s*(?:No\.\s*)?"
    r"(?:\d[\w-]{0,3}|(?-i:[A-Z]))(?![\w-])))?",
    re.IGNORECASE,
)
# A value that looks like a date but is not one: "6/31/09", "6/l2/09", "Jume 12, 2009".
_DATE_LIKE = re.compile(
    r"^[\dOlI|]{1,2}\s*[/.-]\s*[\dOlI|]{1,2}\s*[/.-]\s*[\dOlI|]{2,4}(?![\w/])"
    r"|^[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
)
_SUBSECTION = re.compile(r"\d{1,3}(?:\(\w{1,3}\))+[,:]?")
_TBD = re.compile(r"^(?:TBD|TBA|to\s+be\s+(?:set|determined|scheduled|announced))\b", re.I)
# Prose, not a label: a verb of the order's sentences.
_PROSE = re.compile(
    r"\b(?:shall|must|will|is|are|was|were|be|been|has|have|may|should|ordered|hereby|that"
    r"|the\s+court|follows)\b",
    re.IGNORECASE,
)
_SETTLEMENT = re.compile(
    r"(?<!pre-)(?<!pre\s)\bsettlement\s+conf(?:erence|\.)?|\bearly\s+neutral\s+evaluation\b"
    r"|\bENE\b|\bjudicial\s+settlement\b",
    re.IGNORECASE,
)
# Words that make a field a duty to act by, even when it names a session ("Settlement
# Conference Statements Due", "Deadline to complete mediation").
_DUTY = re.compile(
    r"\b(?:deadline|cut-?\s?off|due|last\s+day|complet\w*|close\s+of|disclos\w*|designat\w*"
    r"|amend\w*|join\w*|motions?|briefs?|report\w*|exchange|statements?|fil(?:e|ed|ing)"
    r"|serv(?:e|ice)|submi\w*|expert\w*|discovery|in\s+limine|exhibits?|witness\w*|objections?"
    r"|repl(?:y|ies)|respons\w*|oppositions?|letters?|lodg\w*|memorand\w*|pleadings?"
    # a settlement schedule's own steps: "Plaintiff's written demand   September 22, 2026"
    r"|demands?|(?:counter-?)?offers?|proposals?)\b",
    re.IGNORECASE,
)
_SESSION = re.compile(
    r"\b(?:conference|hearing|trial|calendar\s+call|argument|mediation|status\s+call)\b",
    re.IGNORECASE,
)
# Labels that name no event: a form's own fields and the order's furniture -- with the
# stamps that date the paper itself: S.D.N.Y.'s "DATE FILED: 3/2/2027", "Date Issued:",
# "Filed Date:", "Date of Entry:" (not a duty to file by that day).
_GENERIC = re.compile(
    r"^(?:date|time|dates?\s+and\s+time|place|location|deadline|due(?:\s+date)?|dated|filed"
    r"|entered|signed|re|case(?:\s+no\.?)?|judge|courtroom|event|date\s+set"
    r"|(?:date|day)\s+(?:filed|entered|issued|signed|docketed|received|stamped)"
    r"|(?:filed|entered|issued|signed|docketed|received)\s+(?:date|on)"
    r"|date\s+of\s+(?:filing|entry|issuance|order|this\s+order|notice|this\s+notice))$",
    re.IGNORECASE,
)
# A table's heading row: "EVENT | DEADLINE", "Event  Date", "Item\tDue Date".
_TABLE_HEAD = re.compile(
    r"^[ \t|]*(?:events?|deadlines?|matters?|items?|actions?|descriptions?|tasks?)[ \t|]+"
    r"(?:(?:deadlines?|due\s+dates?|dates?|deadline\s+dates?)[ \t|]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_ROW = re.compile(
    rf"^[ \t|]*(?P<label>[A-Za-z(][^\n|]*?)[ \t|:.…_-]+(?=(?:{_CLOCK}\s*,?\s*)?{DATE})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Field:
    label: str
    kind: str  # "conference", "session" or "deadline"
    when: date | None
    at: time | None
    time_doubt: str | None
    place: str | None
    text: str  # the field as written: "Discovery Cut-Off: 6/12/09"
    unreadable: bool = False
    to_be_set: bool = False


def _field_time(raw: str | None) -> tuple[time | None, str | None]:
    if not raw:
        return None, None
    bare = re.fullmatch(r"(\d{1,2}):(\d{2})", raw.strip())
    if bare is None:
        reading = parse_time_text(raw)
        return (reading.value, None) if reading else (None, None)
    hour, minute = int(bare.group(1)), int(bare.group(2))
    if hour > 23 or minute > 59:
        return None, None
    if hour == 0 or hour >= 13:
        return time(hour, minute), None  # a 24-hour clock
    if 8 <= hour <= 11:
        return time(hour, minute), None
    if hour == 12 or 1 <= hour <= 5:
        return time(hour % 12 + 12, minute), None
    reading = parse_time_text(raw)
    if reading is None:
        return None, None
    return reading.value, (
        f"'{raw}' has no a.m./p.m., and a morning and an evening session are both possible; "
        f"read as {reading.value:%-I:%M %p}."
    )


def _label_before(
    text: str, end: int, floor: int, wrapped: bool = False, commas: bool = True
) -> tuple[str, int]:
    """The label that ends at `end`, and where it starts: back to the line start (with
    `wrapped`, the start of the line before, when that one ends in a word: "Dispositive
    Motion Filing\nDeadline: 5/5/08"), a sentence or cell edge, or the previous field's
    value; then its last digit-free words, headings cut away."""
    line = text.rfind("\n", 0, end) + 1
    if wrapped:
        before = text.rfind("\n", 0, max(line - 1, 0)) + 1
        if line == 0 or not re.search(r"[A-Za-z][ \t]*\n$", text[before:line]):
            return "", end
        line = before
    start = max(floor, line, end - 120)
    # A comma too: a caption's "GERALD JOHNSON, DEADLINE:" is a party and a form's word.
    # Not the ")" of a rule's subsection: "Rule 26(a)(2) disclosures:".
    # A lead-in's colon: "The Court sets the following deadlines: Plaintiff's demand – May
    # 21" is the demand's field (read whole, it was prose, and the field was dropped).
    # (Not the label's own colon before a pipe: "Statements due: | May 26, 2027".)
    edge = r"(?:[.;:,|]|(?<!\(\w)(?<!\(\w\w)\))(?=\s)|\|" if commas else r"[.;:|](?=\s)|\|"
    region = text[start:end]
    edges = [
        e for e in re.finditer(edge, region) if e.group(0) != ":" or region[e.end() :].strip()
    ]
    if edges:
        start += edges[-1].end()
    words = list(re.finditer(r"\S+", text[start:end]))
    kept = 0
    for word in reversed(words):
        if re.search(r"\d", word.group(0)) and not _SUBSECTION.fullmatch(word.group(0)):
            break
        kept += 1
    if kept == 0:
        return "", end
    first = len(words) - kept
    # "SCHEDULING CONFERENCE ORDER Discovery Cut-Off": the order's title runs into the
    # first field on flattened text.
    for i in range(len(words) - 1, first - 1, -1):
        if words[i].group(0) == "ORDER" and i + 1 < len(words):
            first = i + 1
            break
    caps = 0
    while first + caps < len(words) and re.fullmatch(r"[A-Z&]{2,}", words[first + caps].group(0)):
        caps += 1
    rest = " ".join(w.group(0) for w in words[first + caps :])
    if caps >= 3 and re.search(r"[a-z]", rest):
        first += caps
    lead = start + words[first].start()
    # a blank's underscores are no part of it: "DOC #: ______ DATE FILED: 3/2/2027"
    label = " ".join(w.group(0) for w in words[first:]).strip(" \t-–—,*#>_")
    return label, lead


def _generic(label: str) -> bool:
    """A label naming no event, its parenthesis or bracket too: the Court of Federal Claims
    prints the order's own date as "(Filed: March 3, 2027)" under the case number."""
    return _GENERIC.match(label.lstrip("([ ")) is not None


def _kind(label: str) -> str | None:
    if not label or _generic(label) or len(label.split()) > 10 or _PROSE.search(label):
        return None
    if not re.search(r"[A-Za-z]{3}", label):
        return None
    return _what_it_names(label)


def _what_it_names(label: str) -> str | None:
    """A field label's kind: a duty ("... due", "deadline"), the settlement conference, or
    another session; None when it names none of them."""
    duty = _DUTY.search(label)
    if _SETTLEMENT.search(label) and not duty:
        return "conference"
    if _SESSION.search(label) and not duty:
        return "session"
    return "deadline" if duty else None


def _read_value(text: str, pos: int, label: str, kind: str, lead: int) -> Field | None:
    value = _VALUE.match(text, pos)
    if value is not None and value.group("date"):
        found = find_dates(value.group("date"))
        if found and found[0].value is None:
            return _unreadable(text, pos, label, kind)
        when = found[0].value if found else None
        at, doubt = _field_time(value.group("t1") or value.group("t2"))
        written = " ".join(text[lead : value.end()].split())
        place = " ".join(value.group("place").split()) if value.group("place") else None
        return Field(label, kind, when, at, doubt, place, written)
    rest = text[pos : pos + 40].split("\n", 1)[0].strip()
    if _DATE_LIKE.match(rest):
        return _unreadable(text, pos, label, kind)
    if _TBD.match(rest):
        written = " ".join(f"{label}: {rest}".split())
        return Field(label, kind, None, None, None, None, written, to_be_set=True)
    return None


def _unreadable(text: str, pos: int, label: str, kind: str) -> Field:
    rest = text[pos : pos + 30].split("\n", 1)[0].strip()
    written = " ".join(f"{label}: {rest}".split())
    return Field(label, kind, None, None, None, None, written, unreadable=True)


def _table_rows(text: str) -> list[Field]:
    """Rows under an "EVENT | DEADLINE" heading, whose columns may have come out of a PDF
    with a single space between them."""
    out: list[Field] = []
    for head in _TABLE_HEAD.finditer(text):
        pos = head.end() + 1
        misses = 0
        while pos < len(text) and misses < 2:
            check()
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            row = _ROW.match(line)
            if row is not None:
                label = " ".join(row.group("label").split()).strip(" -–—,*#>")
                kind = _kind(label)
                start = pos + row.start("label")
                value_at = pos + row.end()
                field = _read_value(text, value_at, label, kind, start) if kind else None
                if field is not None:
                    out.append(field)
                    misses = 0
            elif line.strip() and not re.fullmatch(r"[ \t|:=+-]*", line):
                misses += 1
            pos = line_end + 1
    return out


# A schedule written date first: "Friday, November 23, 2012: deadline for Defendants to
# file ...; Monday, July 29, 2013: Settlement Conference at 5:00 PM in Chambers; ...",
# "6/1/2026 - Close of fact discovery". An entry starts a line or follows the list's colon,
# a semicolon or "and (lastly)"; its label runs to the next semicolon, line end or period.
# Hard-wrapped, an entry runs over lines: its label may open on the next line ("Monday, July
# 29, 2013:" | "Settlement Conference at 5:00 PM ...", or after the blank lines of a page
# break) and go on past a line end, unless
# the next line opens another entry (a date) or, after a blank line (a pleading-paper
# number taken out, a page break), a new sentence (a capital).
_NEXT_ENTRY = rf"[ \t]*(?:(?:{WEEKDAY}|{MONTH})\b|\d)"
_LABEL_BREAK = rf"\n(?![ \t]*\n)(?!{_NEXT_ENTRY})|\n[ \t]*(?:\n[ \t]*)+(?=(?-i:[a-z]))"
_DATE_FIRST = re.compile(
    rf"(?:^|(?<=[:;])|(?<=\band)|(?<=\blastly)|(?<=\bfinally))[ \t]*"
    rf"(?P<date>{DATE})[ \t]*(?::|[-–—](?=\s))[ \t]*(?:\n[ \t]*){{0,5}}"
    # Greedy up to the entry's end (a semicolon, a period, a line end that does not carry
    # on): bounded, so at most 240 steps back from each date.
    rf"(?P<label>[A-Za-z(](?:[^;\n.]|\.(?!\s|$)|{_LABEL_BREAK}){{2,240}})"
    r"(?=[ \t]*(?:;|\.(?:\s|$)|\n|$))",
    re.IGNORECASE | re.MULTILINE,
)
_LEAD_IN = re.compile(r"^(?:the\s+)?(?:deadline|date|last\s+day)\s+(?:for|to|by\s+which)\s+", re.I)


def _date_first_kind(label: str) -> str | None:
    """Like `_kind`, for a label written as a phrase after its date ("deadline for
    Defendants to file a motion ...", "the discovery cut off date by which all discovery
    ... must be completed"): verbs are the phrase's own, not a sign of prose."""
    if len(label.split()) > 30 or not re.search(r"[A-Za-z]{3}", label):
        return None
    return _what_it_names(label)


def _date_first_rows(text: str) -> list[Field]:
    """Entries of a date-first schedule; only where there are two or more, so that one
    sentence opening on a date and a colon is not taken for a schedule."""
    out: list[Field] = []
    for m in _DATE_FIRST.finditer(text):
        check()
        label = " ".join(m.group("label").split()).strip(" -–—,*#>")
        kind = _date_first_kind(label)
        if kind is None:
            continue
        found = find_dates(m.group("date"))
        if not found:
            continue
        when = found[0].value
        # A session's or the conference's time is in the label: "... at 5:00 PM in ...".
        clock = re.search(TIME, label, re.IGNORECASE) if kind != "deadline" else None
        at, doubt = _field_time(clock.group(0)) if clock else (None, None)
        place = re.search(r"\bin\s+((?:Courtroom|Ctrm\.?|Dept\.?)\s*\w+|[^,;]*\bChambers)", label)
        written = " ".join(text[m.start("date") : m.end("label")].split())
        name = _LEAD_IN.sub("", label)
        out.append(
            Field(
                name[:1].upper() + name[1:],
                kind,
                when,
                at,
                doubt,
                place.group(1).strip() if place else None,
                written,
                unreadable=when is None,
            )
        )
    return out if len(out) >= 2 else []


def read_fields(text: str) -> list[Field]:
    """Every labeled field with a date (or an unreadable one), in the order's order.
    `text`: markdown-free, margin numbers dropped, line breaks kept."""
    out: list[Field] = _table_rows(text) + _date_first_rows(text)
    seen = {f.text for f in out}
    floor = 0
    for sep in _SEP.finditer(text):
        check()
        if sep.start() < floor:
            continue
        label, lead = _label_before(text, sep.start(), floor)
        kind = _kind(label)
        # A stamp's own label ("DATE FILED") is whole: not the end of "ELECTRONICALLY FILED"
        # on the line above it.
        if (kind is None and not _generic(label)) or len(label.split()) == 1:
            # "Discovery\nCut-Off:", "... Filing\nDeadline:": a label a line break cut.
            longer, at = _label_before(text, sep.start(), floor, wrapped=True)
            if _kind(longer) is not None:
                label, lead, kind = longer, at, _kind(longer)
        if kind is None and re.fullmatch(r" {2,}", sep.group(0)):
            # A table's row, its value a column away: the label may hold commas ("Plaintiff's
            # demand, in writing, with a damages computation      November 1, 2027").
            whole, at = _label_before(text, sep.start(), floor, commas=False)
            if _kind(whole) is not None and find_actor(whole) is not None:
                label, lead, kind = whole, at, _kind(whole)
        if kind is None:
            continue
        field = _read_value(text, sep.end(), label, kind, lead)
        if field is None:
            continue
        if not any(field.text in s or s in field.text for s in seen):
            out.append(field)
            seen.add(field.text)
        value = _VALUE.match(text, sep.end())
        floor = value.end() if value else sep.end()
    return out


# -- what the fields give the order ------------------------------------------------------

NO_TIME = "No time found for the settlement conference."
NO_DATE = "No settlement conference date found."


def field_conference(
    conference: Conference, warnings: list[str], fields: list[Field]
) -> tuple[Conference, list[str]]:
    """The settlement conference's field: its date where none was read, its time where the
    sentence reader found the same date without one; a different date is said, not taken."""
    field = next((f for f in fields if f.kind == "conference" and f.when), None)
    if field is None or field.when is None:
        return conference, warnings
    out = list(warnings)
    conference_date_was = conference.date
    if conference.date is None:
        conference = replace(
            conference, date=field.when, time=field.at, quote=field.text, paragraph=None
        )
        out = [w for w in out if w != NO_DATE and (w != NO_TIME or field.at is None)]
        if field.at is None and NO_TIME not in out:
            out.append(NO_TIME)
    elif conference.date in {f.when for f in fields if f.kind != "conference"}:
        # The sentence reader took a date the schedule labels as something else (the
        # statements' due date on the line above the conference's): the labeled one wins.
        conference = replace(conference, date=field.when, time=field.at, quote=field.text)
        out.append(
            f'The conference date was read from the order\'s schedule ("{field.text}"); '
            f"{conference_date_was:%B %-d, %Y}, read first, is another field's date."
        )
    elif conference.date != field.when:
        out.append(
            f"The order's schedule lists the settlement conference on {field.when:%B %-d, %Y} "
            f'("{field.text}"), but {conference.date:%B %-d, %Y} was read; check which stands.'
        )
        return conference, out
    elif conference.time is None and field.at is not None:
        conference = replace(conference, time=field.at)
        out = [w for w in out if w != NO_TIME]
    elif conference.time and field.at and conference.time != field.at:
        out.append(
            f"The order's schedule gives the settlement conference {field.at:%-I:%M %p} "
            f'("{field.text}"), but {conference.time:%-I:%M %p} was read; check.'
        )
    if conference.time == field.at and field.time_doubt:
        out.append(f'{field.time_doubt} Check the conference time: "{field.text}"')
    if (
        conference.location
        and field.place
        and field.place in conference.location
        and conference.location != field.place
    ):
        # The sentence ran over the whole schedule and gathered every entry's room ("Courtroom
        # 4 ..., Judge Dominguez Chambers"); the conference's own entry names its room.
        conference = replace(conference, location=field.place)
    if conference.location is None and field.place:
        conference = replace(conference, location=field.place)
        if conference.format is ConferenceFormat.UNKNOWN:
            conference = replace(conference, format=ConferenceFormat.IN_PERSON)
    return conference, out


# Schedules abbreviate the parties: "Pl.'s experts", "Pltf. disclosures", "Def. experts".
_ABBREVIATED = re.compile(
    r"\b(?:(?P<p>pl|pltf|plf|ptf)|(?P<d>def|deft|dft))s?\.?(?=['’]|\s|$)", re.IGNORECASE
)


def _spell_out(m: re.Match[str]) -> str:
    return "Plaintiff" if m.group("p") else "Defendant"


def _slug(label: str) -> str:
    return re.sub(r"\W+", "_", label.lower()).strip("_")[:60] or "scheduled_date"


def _reads_a_row(ob: Obligation, rows: Sequence[tuple[str, date | None]]) -> bool:
    """A doubted reading of a field row: its quote holds the row (alone, or run on with the
    title or the next rows when a PDF kept the header as one line) and it took that row's
    date. The field itself is read better, below."""
    quote = _same(ob.quote)
    return any(text in quote and ob.rule.fixed_date == when for text, when in rows)


def field_obligations(
    fields: list[Field],
    read: list[Obligation],
    conference: Conference,
    order_date: date | None,
) -> tuple[list[Obligation], list[Obligation], list[str]]:
    """The sentence reader's obligations, less the doubted ones that are a deadline field
    read as a sentence (a table row: "Dispositive motions due August 10, 2026"); the
    deadlines and other sessions the fields set that the sentences did not; warnings for
    fields whose date could not be read."""
    rows = [(_same(f.text), f.when) for f in fields if f.when and f.kind == "deadline"]
    read = [ob for ob in read if not (ob.needs_review and _reads_a_row(ob, rows))]
    taken: set[date] = {conference.date} if conference.date else set()
    for ob in read:
        taken |= {d for d in (ob.rule.fixed_date, ob.rule.stated_date) if d}
    ids = {ob.id for ob in read}
    out: list[Obligation] = []
    warnings: list[str] = []
    for field in fields:
        if field.unreadable and field.kind != "session":
            warnings.append(
                f'The order\'s schedule lists "{field.text}", but its date could not be read; '
                "check the order."
            )
            continue
        if field.to_be_set and field.kind == "deadline":
            warnings.append(f'The order\'s schedule lists "{field.text}": no date set yet.')
            continue
        if field.when is None or field.kind == "conference" or field.when in taken:
            continue
        if field.kind == "session" and _recited(field.when, conference.date, order_date):
            # a meeting the order recites as held ("... the mediation held on June 14"):
            # nobody attends it any more (as in other_sessions)
            continue
        taken.add(field.when)
        slug = (paper_id(field.label, ids) if field.kind == "deadline" else None) or _slug(
            field.label
        )
        if slug in ids:
            slug = f"{slug}_{field.when:%Y%m%d}"
        ids.add(slug)
        who = find_actor(_ABBREVIATED.sub(_spell_out, field.label)) or "parties"
        reasons: list[str] = []
        if field.kind == "session":
            name = re.sub(r"^date\s+of\s+(?:the\s+)?|\s+date$", "", field.label, flags=re.I)
            what = f"Attend the {name.lower()}"
            reasons.append(
                f"The order's schedule sets the {name.lower()} on {field.when:%B %-d, %Y} "
                "besides the settlement conference; shown as its own date, not a deadline."
            )
        else:
            what = f"{field.label} (the order's schedule)"
        if order_date and field.when < order_date:
            reasons.append(
                f"{field.when:%B %-d, %Y} is before the order's own date; check the date."
            )
        if field.time_doubt:
            reasons.append(field.time_doubt)
        out.append(
            Obligation(
                id=slug,
                title=field.label,
                who=who,
                what=what,
                rule=Rule(RuleKind.FIXED, fixed_date=field.when, time_of_day=field.at),
                quote=field.text,
                paragraph=None,
                needs_review=bool(reasons),
                review_reasons=tuple(reasons),
                # A session the schedule sets is attended on its date: an event, not "due".
                kind=ObligationKind.SESSION if field.kind == "session" else ObligationKind.DUTY,
            )
        )
    return read, out, warnings


def _same(text: str) -> str:
    return " ".join(re.sub(r"[|.…_:]{1,}", " ", text).split()).lower()
