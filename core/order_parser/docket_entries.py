"""Docket-sheet pastes: which entry governs, and what the other entries may not set.

A user copies rows from a CM/ECF docket sheet -- "04/30/2027<TAB>44<TAB>MINUTE entry before
the Honorable ...: ... (ep, ) (Entered: 04/30/2027)" -- often several at once: the entry that
sets the settlement conference beside a party's motion, a status-conference order, or an
earlier setting that a later entry struck and reset, oldest first or newest first as the
sheet was sorted. The newest entry that sets, resets, continues or strikes the settlement
conference governs:

- the conference is read from it: an earlier entry's setting is no candidate
  (`current_sentences`), so "set for 7/27/2027" above "Set/Reset Hearings: ... set for
  8/24/2027" gives August 24, and a later "is stricken" leaves no conference;

- the order's date is that entry's date (the sheet's date column), not the first date some
  closing in the paste happens to carry -- a period "within 14 days of this Order" in the
  reset entry counts from the reset;
- a dated duty from an earlier settlement entry is flagged: the later entry replaced the
  setting, and may have replaced the duty ("All other provisions remain in effect" keeps
  some, a restated deadline drops the old one -- the user must see which);
- a dated duty in a party's filing (a motion, a letter, a response) is flagged: CM/ECF's own
  "Responses due by 6/9/2027" on a motion entry is the motion's briefing, not the Court's
  settlement duty;
- a dated duty from another order entry that says nothing of settlement (a status
  conference's, a case schedule's) is flagged when a settlement entry governs the paste.

Each row also becomes a paragraph of its own (`separate_rows`), so no sentence runs from one
entry's "(Entered: ...)" into the next entry's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from settleconf.core.order import Anchor, Conference, Obligation
from settleconf.core.order_parser.dates_in_text import find_dates
from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.order_parser.site_dockets import SITE_ROW_PREFIX, filed_of, site_row_starts

# A row starts a line: the date filed, the entry number (the clerk's "Set/Reset Hearings"
# rows have none), then the docket text -- on one line, or each cell on a line of its own as
# some browsers copy a table. Each run of blanks ends at the next non-blank: linear.
_CELL_GAP = r"(?:[ \t]+|[ \t]*\n[ \t\n]*)"
_ROW_START = re.compile(
    rf"^[ \t]*(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}){_CELL_GAP}"
    rf"(?:(?P<num>\d{{1,5}}){_CELL_GAP})?(?=[^\s\d/])",
    re.MULTILINE,
)
_ENTERED = re.compile(r"\(Entered:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\)", re.IGNORECASE)
# What a party files, not what the Court orders: the entry's first words say so.
_FILING = re.compile(
    r"(?:(?:joint|consent|unopposed|emergency|agreed|amended|supplemental|second|first)\s+)*"
    r"(?:motion|letter|response|reply|memorandum|brief|answer|complaint|declaration"
    r"|affidavit|objection|transcript|summons|certificate|appearance|exhibit"
    r"|notice\s+of\s+(?:appearance|filing|withdrawal|settlement|motion))\b",
    re.IGNORECASE,
)
_SETTLEMENT = re.compile(r"\bsettlement\s+conf(?:erence|\.)", re.IGNORECASE)
_A_DATE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+\d{4}\b",
    re.IGNORECASE,
)
# A date the entry gives the settlement conference: after its name ("Settlement Conference
# set for 7/8/2027") or just before it ("at the 5/28/2027 settlement conference").
# A setting word stands between the name and its date: "Settlement Conference Statements due
# on 5/21/2027" names a paper, not the session, and dates nothing of the conference.
_CONF_AT = re.compile(
    r"settlement\s+conf(?:erence|\.)(?!\s+(?:statements?|memorand\w*|letters?|briefs?|summar"
    r"\w*|reports?|submissions?|papers?|position|questionnaires?|forms?)\b)"
    r"[^;.]{0,40}?\b(?:set|re-?set|(?:re)?scheduled|continued|adjourned|moved|held|for|on|to)\b"
    rf"[^;.]{{0,40}}?(?P<a>{_A_DATE.pattern})"
    rf"|(?P<b>{_A_DATE.pattern})\s+settlement\s+conf",
    re.IGNORECASE,
)
_CHANGES = re.compile(
    r"\b(?:re-?set|rescheduled|continued|adjourned|stricken|struck|vacated|cancell?ed|moved"
    r"|postponed)\b",
    re.IGNORECASE,
)
# Several Notices of Electronic Filing in one paste (the setting, then the reset): each is an
# entry, dated by its "filed on", numbered by its "Document Number:", its order the Docket Text
# (one paragraph: it ends at the first blank line).
_NEF_FILED = re.compile(
    r"the\s+following\s+transaction\s+was\s+entered\b[^\n]{0,120}?\band\s+filed\s+on\s+"
    r"(?P<d>\d{1,2}/\d{1,2}/\d{2,4})",
    re.IGNORECASE,
)
_NEF_NUMBER = re.compile(r"document\s+number:\s*(?P<n>\d{1,6})", re.IGNORECASE)
_NEF_TEXT = re.compile(
    r"docket\s+text:\s*(?P<t>.*?)(?:\n[ \t]*\n|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_EVENT_LABEL = re.compile(r"\bset/reset\s+(?:deadlines|hearings)\b", re.IGNORECASE)
_SETTLE_WORD = re.compile(r"\bsettle", re.IGNORECASE)
_JUDGE_LEAD = re.compile(r"^[^:]{0,80}?\bjudge\b[^:]{0,80}:", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    filed: date
    number: str | None
    text: str  # the row as pasted, its date and number too, whitespace collapsed
    filing: bool  # a party's paper, not an order
    sets_settlement: bool  # sets, resets, continues or strikes the settlement conference
    conference_dates: frozenset[date] = frozenset()  # dates it gives the settlement conference
    changes: bool = False  # resets, continues, strikes: a new setting whatever its dates
    body: str = ""  # the entry's own text: a row's docket text, a notice's "Docket Text:"

    @property
    def name(self) -> str:
        entry = f"entry {self.number}" if self.number else "the entry"
        return f"{entry} of {self.filed:%B %-d, %Y}"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _spans(text: str, starts: list[re.Match[str]]) -> list[tuple[re.Match[str], int]]:
    """Each start with the end of its row: the next start, or the text's end."""
    ends = [s.start() for s in starts[1:]] + [len(text)]
    return list(zip(starts, ends, strict=False))


def _starts(text: str) -> list[re.Match[str]]:
    """Row starts whose row carries the sheet's "(Entered: ...)" stamp."""
    starts = list(_ROW_START.finditer(text))
    stamped = [m for m, end in _spans(text, starts) if _ENTERED.search(text, m.end(), end)]
    # a docket site's page: numbered rows without the sheet's stamp (site_dockets.py)
    site = site_row_starts(text)
    if not site:
        return stamped
    taken = {m.start() for m in site}
    return sorted(site + [m for m in stamped if m.start() not in taken], key=lambda m: m.start())


def row_starts(text: str) -> list[int]:
    """Where each docket row begins (offsets into `text`)."""
    return [m.start() for m in _starts(text)]


def separate_rows(text: str) -> str:
    """A blank line before each docket row, so a row is its own paragraph."""
    starts = _starts(text)
    if not starts:
        return text
    pieces, last = [], 0
    for m in starts:
        at = m.start()
        pieces.append(text[last:at])
        if at and not text[:at].endswith("\n\n"):
            pieces.append("\n")
        last = at
    pieces.append(text[last:])
    return "".join(pieces)


def _row(filed: date, number: str | None, whole: str, body: str) -> Row:
    """An entry read: a filing or an order, and what it does to the settlement conference."""
    body = _flat(body)
    # A judge's name may lead an entry ("Magistrate Judge X: ELECTRONIC ORDER entered.")
    lead = body.split(": ", 1)[1] if _JUDGE_LEAD.match(body) else body
    filing = bool(_FILING.match(lead))
    said = _ENTERED.sub(" ", body)
    dates = frozenset(
        d.value
        for c in _CONF_AT.finditer(said)
        for d in find_dates(c["a"] or c["b"])
        if d.value is not None
    )
    # CM/ECF's event label "Set/Reset Deadlines:" / "Set/Reset Hearings:" is no reset
    unlabelled = _EVENT_LABEL.sub(" ", said)
    changes = not filing and bool(_SETTLEMENT.search(said)) and bool(_CHANGES.search(unlabelled))
    sets = not filing and (bool(dates) or changes)
    return Row(filed, number, _flat(whole), filing, sets, dates, changes, body)


def docket_rows(text: str) -> list[Row]:
    """The pasted docket rows, in the order pasted (empty when the text is no docket sheet),
    then the entries of the Notices of Electronic Filing when the paste holds several."""
    rows = []
    for m, end in _spans(text, _starts(text)):
        filed = filed_of(m)
        if filed is None:
            continue
        rows.append(_row(filed, m["num"], text[m.start() : end], text[m.end() : end]))
    notices = list(_NEF_FILED.finditer(text))
    if len(notices) < 2:
        return rows
    for m, end in _spans(text, notices):
        found = find_dates(m["d"])
        if not found or found[0].value is None:
            continue
        span = text[m.start() : end]
        number = _NEF_NUMBER.search(span)
        said = _NEF_TEXT.search(span)
        body = said["t"] if said else span
        rows.append(_row(found[0].value, number["n"] if number else None, span, body))
    return rows


def _key(row: Row) -> tuple[date, int]:
    return (row.filed, int(row.number) if row.number else -1)


def governing(rows: list[Row]) -> Row | None:
    """The newest entry that sets the settlement conference (by date, then entry number): a
    later entry that only names the conference on the date already set ("... to appear by
    video at the settlement conference set for 5/28/2027") sets nothing new."""
    current: Row | None = None
    seen: set[date] = set()
    for row in sorted((r for r in rows if r.sets_settlement), key=_key):
        if current is None or row.changes or not row.conference_dates <= seen:
            current = row
        seen |= row.conference_dates
    return current


def order_date_of(rows: list[Row], signed: Callable[[str], date | None]) -> date | None:
    """The governing entry's date: the one its own closing gives ("Signed by ... on 4/1/2027",
    read by `signed`, the sheet's "(Entered: ...)" stamp aside), else its date-filed column;
    without a governing entry, the newest order entry's."""
    rule = governing(rows)
    if rule is None:
        orders = [r for r in rows if not r.filing]
        if not orders:
            return None
        rule = max(orders, key=_key)
    own = signed(_ENTERED.sub(" ", rule.body))
    return own or rule.filed


def current_sentences(sentences: tuple[Sentence, ...], rows: list[Row]) -> tuple[Sentence, ...]:
    """The sentences a later setting has not replaced: those of an earlier entry that set the
    settlement conference are no candidates for its date once a newer entry sets it again
    (or strikes it), whichever way round the sheet was pasted."""
    rule = governing(rows)
    if rule is None:
        return sentences
    old = [r for r in rows if r.sets_settlement and r.filed < rule.filed]
    if not old:
        return sentences
    return tuple(s for s in sentences if _row_of(s.text, rows, rule) not in old)


_ROW_PREFIX = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+(?:\d{1,5}\s+)?(?=\S)")


def without_stamps(sentences: tuple[Sentence, ...], rows: list[Row]) -> tuple[Sentence, ...]:
    """In a docket-sheet paste, the sentences without a row's date-filed prefix and its
    "(Entered: ...)" stamp: the sheet's dates, never the session's ("04/05/2027 Set/Reset
    Deadlines as to [23] Order: Settlement Conference Statement due by 5/21/2027" sets no
    conference on April 5). Elsewhere a line's leading date may be the session's own (a
    schedule's "03/03/2026   SETTLEMENT CONFERENCE SET at 1:30 PM")."""
    if not rows:
        return sentences
    out = []
    for s in sentences:
        said = _ENTERED.sub("", SITE_ROW_PREFIX.sub("", _ROW_PREFIX.sub("", s.text))).strip()
        out.append(s if said == s.text else replace(s, text=said))
    return tuple(out)


def _row_of(quote: str, rows: list[Row], prefer: Row | None) -> Row | None:
    said = _flat(quote)[:80]
    if not said:
        return None
    holding = [r for r in rows if said in r.text]
    if prefer is not None and prefer in holding:
        return prefer
    return holding[0] if holding else None


def check_entries(
    rows: list[Row], obligations: list[Obligation], conference: Conference
) -> tuple[list[Obligation], list[str]]:
    """Obligations flagged when another entry than the governing one sets them; a warning
    when the conference itself is read from an entry a later one replaced."""
    rule = governing(rows)
    if len(rows) < 2 and not any(r.filing for r in rows):
        return obligations, []
    warnings: list[str] = []
    stale_conference = False
    if rule is not None and conference.quote:
        home = _row_of(conference.quote, rows, rule)
        if home is not None and home.filed < rule.filed:
            stale_conference = True
            warnings.append(
                f"The conference date is read from {home.name}, but {rule.name} sets the "
                "settlement conference again; check which date stands."
            )
    out = []
    for ob in obligations:
        reason: str | None = None
        row = _row_of(ob.quote, rows, rule)
        if row is not None and row.filing:
            reason = (
                f"This date is in a party's filing ({row.name}), not in an order; it is no "
                "settlement duty the Court set."
            )
        elif row and rule and row.sets_settlement and row.filed < rule.filed:
            reason = (
                f"Set by {row.name}, before {rule.name} set the settlement conference again: "
                "the later entry governs; check whether this date still stands."
            )
        elif (
            row is not None
            and rule is not None
            and not row.sets_settlement
            and not _SETTLE_WORD.search(row.text)
        ):
            reason = (
                f"Set by {row.name}, another docket entry than the one setting the "
                f"settlement conference ({rule.name}); shown for review."
            )
        elif ob.rule.anchor is Anchor.ORDER and row and rule and row is not rule:
            reason = (
                f"Counted from the order's date, but said in {row.name}, not in {rule.name} "
                "that dates the order; check which order it runs from."
            )
        elif stale_conference and ob.rule.anchor is Anchor.CONFERENCE:
            reason = "Counted from a conference date a later docket entry may have replaced."
        if reason is not None and reason not in ob.review_reasons:
            ob = replace(ob, needs_review=True, review_reasons=(*ob.review_reasons, reason))
        out.append(ob)
    return out, warnings
