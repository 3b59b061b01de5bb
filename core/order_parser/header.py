"""The order's header: caption and parties, and the date the order was made.

Captions come in three shapes: the court's caption block ("X, Plaintiff, v. Y,
Defendant."), the S.D.N.Y. "-against-" block without party labels, and the title line a
case-law site prints above the order ("Simkins v. Bruce"). The court's block wins.
Hand-written patterns: no library reads court captions, and the forms are pinned in tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from settleconf.core.courts import ALL_COURTS
from settleconf.core.order_parser.dates_in_text import DATE, DAY_OF, MONTH, find_dates
from settleconf.core.order_parser.markup import word_set

_VERSUS = re.compile(r"(?<![\w.])(?:v\.|vs\.?|versus|-\s*against\s*-)(?=\s|$)", re.IGNORECASE)
_PLAINTIFF = re.compile(r"\b(?:plaintiffs?|petitioners?)(?:\(s\))?\s*[,.]?", re.IGNORECASE)
_DEFENDANT = re.compile(r"[,\s]*\b(?:defendants?|respondents?)(?:\(s\))?\b", re.IGNORECASE)
# Header furniture that can sit between or around party names in flattened text.
_NOISE = (
    r"(?:(?:(?:CAED\s+|Civil\s+|Civ\.\s+)?(?:Case\s+)?No\.\s*\S+"
    r"|\b(?:\d{1,2}:)?\d{2}[-\s]?(?i:cv|civ\.?|mc|cr)[-\s]?\d{2,6}\b)"  # docket numbers
    r"(?:[^\S\n]+\(?[A-Z]{1,4}(?:/[A-Z]{1,4})?\)?(?=\s|$))*"  # and judges' initials
    r"|Case\s+\d+:\S+|Hon\.\s+(?:[A-Z][\w.'-]*\s*){1,4}"
    r"|\b(?:NOTICE\s+(?:AND|OF)\s+)?(?:ORDER|NOTICE)(?:\s+(?:SETTING|SCHEDULING|RE|REGARDING"
    r"|FOR|AND|OF|TO|ATTEND|CONTINUING|MANDATORY|SETTLEMENT|CONFERENCE|CONFEFENCE|PROCEDURES"
    r"|NOTICE|ORDER|VIDEO|REQUIREMENTS|SUBMISSION|STATEMENT))*\b"
    r"|\bSETTLEMENT\s+CONFERENCE\b|Filed\s+\S+|Document\b(?:\s+\d+)?"
    r"|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|[_\-]{3,}X?|Opinion|Filing\s+\d+)"
)
# Everything up to the court's name or "COURT"/"DIVISION" is the court heading.
_COURT_NAMES = "|".join(
    sorted({re.escape(c.name.removeprefix("the ")) for c in ALL_COURTS}, key=len, reverse=True)
)
_COURT_WORDS = re.compile(
    rf"^.*\b(?:COURT|DIVISION|{_COURT_NAMES})\b\s*", re.IGNORECASE | re.DOTALL
)
_NAME_LOWER_OK = word_set("and of the et al al. a an de la van von der for in d/b/a")
_SUFFIX = re.compile(
    r"^(?:inc|llc|l\.l\.c|llp|lp|corp|co|ltd|n\.a|p\.c|p\.a|jr|sr|ii|iii|et\s+al)\.?$",
    re.IGNORECASE,
)
# Suffixes written with a period: "Inc.", "Jr."; "LLC" and "LLP" are not.
_DOTTED = word_set("inc corp co ltd jr sr")
_ET_AL = re.compile(r",?\s*\bet\s+al\b\.?", re.IGNORECASE)
_DESCRIPTOR = re.compile(r"^(?:a|an|in\s+(?:his|her|their|its))\s", re.IGNORECASE)
# "Dated"/"Filed" only as labels (line start, colon, parenthesis): in a sentence,
# "Order of Reference dated October 27" or "Report filed September 8" is another paper.
# Any character but a line end, or a line end not followed by a blank line.
_ONE_BREAK = r"(?:[^\n]|\n(?![ \t]*\n))"
# Between "SO ORDERED" and its date: no word that sets something ("held on", "adjourned to",
# "rather than", "due"): such a date is the judge's change, not the day of signing.
_NO_SETTING = (
    r"(?:(?!\b(?:except|provided|modif\w*|held|set|adjourn\w*|reschedul\w*|than|conference"
    r"|due|deadline|until)\b)[^\n])"
)
_ORDER_DATE_PATTERNS = (
    re.compile(
        # "DATE:" with "TIME:" on the next line is a setting's field, not the order's date;
        # so is "Date and time:" / "Date/Time:" (a form's field for the session), and a
        # form's row "DATE: Wed., 4/14/2027    TIME: 10:00 AM    ROOM: ..." (one line).
        # "Date of Scheduling Conference. May 31, 2007." names another event's date.
        # Nor is "Date: 01/13/2028 10:00 AM, Newark" (a clock time on its line: a session).
        rf"(?:^[ \t]*(?:dated|date(?![^\n]*\n[ \t]*time\s*:)(?![^\n]*\btime\s*:)"
        rf"(?![^\n]{{0,40}}?\b\d{{1,2}}:\d{{2}}\s*[ap]\.?\s?m\b)"
        rf"(?!\s*(?:and|&|/)\s*time\b)"
        rf"(?!\s+(?:of|for)\b)"
        rf"|signed|enter(?:ed)?)\b"
        rf"|\bdated\s*:)\s*:?\s*"
        rf"(?:[^\n\d]{{0,60}}?\n?)?\s*(?P<d>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
    # "Dated: Central Islip, New York      /s/ Name" | "December 6, 2027      NAME": the place
    # beside the signature in two columns, the date starting the next line.
    re.compile(rf"^[ \t]*dated\s*:[^\n\d]{{0,200}}\n[ \t]*(?P<d>{DATE})", re.I | re.M),
    # "Date of Order: June 7, 2027", "DATE OF THIS ORDER: 6/7/2027" (not "Date of Scheduling
    # Conference", which the first pattern leaves alone)
    re.compile(
        rf"^[ \t]*date\s+of\s+(?:this\s+)?order\s*:?\s*(?P<d>{DATE})", re.IGNORECASE | re.MULTILINE
    ),
    # C.D. Cal. civil minutes: "Case No. 5:25-cv-00721-JGB (ETGx)      Date: June 15, 2026" --
    # the form's Date field shares the case number's line (with or without its colon).
    re.compile(
        rf"^[ \t]*Case\s+No\.?[^\n]{{0,80}}?[ \t]{{2,}}Date\b[ \t]*:?[ \t]*(?P<d>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
    # Not the date of a change the judge writes after the words: "SO ORDERED, except that
    # the conference will be held on July 27, 2027", "as modified: adjourned to ...".
    re.compile(rf"\bso\s+ordered\b{_NO_SETTING}{{0,80}}?(?P<d>{DATE})", re.IGNORECASE | re.DOTALL),
    # "SO ORDERED.\nFebruary 5, 2026": the date alone on the line under the words (a blank
    # line between them too: "So ordered.\n\nSeptember 28, 2026"), or after the judge's
    # initials in a memo endorsement ("SO ORDERED.\n   RKM  3/2/28").
    re.compile(
        rf"\bso\s+ordered\b[.:!]?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:(?-i:[A-Z]{{2,4}})[ \t]+)?"
        rf"(?P<d>{DATE})[ \t]*$",
        re.I | re.M,
    ),
    # "DONE AND ORDERED in Chambers at Miami, Florida, on October 30, 2026." (S.D. and
    # M.D. Fla.): the words, the place, then the date on the same line.
    # A letter order's close (D. Md.): "December 7, 2026      Very truly yours," -- the date
    # and the valediction on one line.
    re.compile(
        rf"^[ \t]*(?P<d>{DATE})[ \t]{{2,}}(?:very\s+truly\s+yours|sincerely|respectfully)\b",
        re.IGNORECASE | re.MULTILINE,
    ),
    # "DONE and ORDERED this July 9, 2026." -- "this" before a date written plainly.
    re.compile(rf"\bdone\s+and\s+ordered\b[^\n]{{0,120}}?\b(?:on|this)\s+(?P<d>{DATE})", re.I),
    # "ORDERED in Tampa, Florida, on February 17, 2027." (M.D. Fla.), "ORDERED at Orlando,
    # Florida on ...": the same closing without "DONE AND", at a line's or sentence's start.
    re.compile(
        rf"(?:^|[.]\s+)[ \t]*ordered\s+(?:in|at)\s+(?-i:[A-Z])[^\n]{{0,100}}?\bon\s+(?P<d>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
    # E.D.N.Y. / N.D. Tex. docket text: "Ordered by Magistrate Judge X on 3/28/2025." -- only
    # at an entry's or sentence's start, not "as ordered by Judge X on May 1" (an earlier one).
    # Hard-wrapped, the entry may run over one line end ("signed by Magistrate Judge" |
    # "Sheila K. Oberto on 10/9/2018"): never over a blank line. Bounded, so linear.
    # A text order's head says it the same way: "MINUTE ORDER (TEXT ONLY) by Magistrate Judge X
    # on 5/18/2026:", "PAPERLESS ORDER by Judge X on 4/2/2027." (N.D. Cal., D.N.J., N.D. Ill.).
    re.compile(
        rf"(?:^|[.(:]\s*)(?:so\s+ordered|ordered|(?:(?:minute|text|paperless|electronic|docket"
        rf"|scheduling)\s+)+order(?:\s*\([^()\n]{{0,20}}\))?)\s+by\b{_ONE_BREAK}{{0,80}}?"
        rf"\bon\s+(?P<d>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(rf"\bsigned\s+by\b{_ONE_BREAK}{{0,80}}?\bon\s+(?P<d>{DATE})", re.IGNORECASE),
    # A text order's closing "Entered by Magistrate Judge X on 4/16/2026.", "MINUTE ORDER
    # entered by ... on 4/21/2027." -- at a line's or sentence's start only: "the scheduling
    # order entered by Judge X on March 3" is another; and "(Dkt. 45, entered 2/23/2026)".
    re.compile(
        rf"(?:^|[.(:]\s*)(?:minute\s+order\s+)?entered\s+by\b[^\n]{{0,80}}?\bon\s+"
        rf"(?P<d>{DATE})"
        rf"|\(\s*(?:dkt|doc|ecf)\.?\s*(?:no\.\s*)?\d+,\s*entered(?:\s+on)?\s+(?P<d2>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(
        rf"(?:^|\()[ \t]*(?:filed|entered)(?:\s+on)?\s*:?\s*(?P<d>{DATE})",
        re.IGNORECASE | re.MULTILINE,
    ),
    # "AND NOW, this 3rd day of May, 2024", "IT IS on this 2nd day of March, 2026, ORDERED",
    # "DONE AND ORDERED in Chambers at Miami, Florida, this 14th day of March, 2025".
    re.compile(
        # M.D.N.C. closes "This the 14th day of September, 2026." on its own line.
        # E.D. La. closes with the place first: "New Orleans, Louisiana, this 27th day of".
        r"(?:\b(?:and\s+now|it\s+is|ordered|entered|signed|dated|done)\b|^[ \t]*(?=this\s+the\b)"
        r"|^[ \t]*(?-i:[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2},\s+[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?),"
        r"\s+(?=this\b))"
        r"[^\n]{0,100}?"
        # the day in words too: "Done and ordered this twenty-first day of May, 2027"
        rf"\bthis\s+(?:the\s+)?(?P<d>{DAY_OF})",
        re.IGNORECASE | re.MULTILINE,
    ),
    # E.D.N.Y. and E.D. Va. closings: "SO ORDERED.\nBrooklyn, New York, June 4, 2026",
    # "It is SO ORDERED.\nAlexandria, Virginia\nJuly 20, 2026": the place, then the date.
    re.compile(
        r"\bso\s+ordered\b[.:!]?[ \t]*\n[ \t]*"
        r"(?-i:[A-Z][A-Za-z.' -]{2,40},[ \t]+[A-Z][A-Za-z. ]{2,25}?)"
        rf"(?:,[ \t]*|[ \t]*\n[ \t]*)(?P<d>{DATE})[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    ),
    # The Federal Circuit's closing: the date on its line (the clerk's signature beside it)
    # over the word "Date" that labels it, "April 10, 2028    /s/ Name" | "Date    Clerk".
    re.compile(
        rf"^[ \t]*(?P<d>{DATE})(?:[ \t]{{2,}}[^\n]*)?\n[ \t]*(?-i:Date)\b(?![ \t]*:)",
        re.IGNORECASE | re.MULTILINE,
    ),
    # The signature block last, its date alone on the text's last line within a few lines
    # of "So ordered": "So ordered.\n/s/ ...\nUnited States Magistrate Judge\nMarch 4, 2026".
    re.compile(
        rf"\bso\s+ordered\b[^\n]*\n(?:[^\n]*\n){{0,4}}?[ \t]*(?P<d>{DATE})[ \t]*\n?\Z", re.I
    ),
)
_DATE_LINE = re.compile(rf"^\s*(?P<d>{DATE})\s*$", re.IGNORECASE | re.MULTILINE)
# The place and the date on one line of the signature block: "Topeka, Kansas, June 7, 2027.",
# and D.P.R.'s "In San Juan, Puerto Rico, on June 7, 2027."
_PLACE_DATE_LINE = re.compile(
    rf"^\s*(?-i:(?:[A-Z][\w.'-]*\s?){{1,3}},\s+(?:[A-Z][\w.'-]*\s?){{1,3}}),?\s+(?:on\s+)?"
    rf"(?P<d>{DATE})\.?\s*$",
    re.IGNORECASE,
)
# The signature block's lines: "/s/ Name", "s/Name", "... Magistrate Judge", "U.S.M.J.",
# "BY THE COURT:".
_SIGNATURE_LINE = re.compile(
    r"^\s*(?:/?s/|by\s+the\s+court\b)|\b(?:judge|u\.s\.m\.j\.|u\.s\.d\.j\.)\s*$",
    re.IGNORECASE,
)
_TAIL_LINES = 12  # a signature block with its date and place is under a dozen lines


_COLUMN_GAP = re.compile(r"[ \t]{4,}")


def _signature_date(text: str) -> date | None:
    """A date alone on its line in the signature block, with no label: "So ordered. /
    September 28, 2026 / /s/ Name", "April 15, 2026 / Charleston, South Carolina /
    s/Name", "/s/ Name / United States Magistrate Judge / September 8, 2026". Only within
    two lines of a signature line in the order's last lines, where no setting is written."""
    lines = [ln for ln in text.split("\n") if ln.strip()][-_TAIL_LINES:]
    signs = [i for i, ln in enumerate(lines) if _SIGNATURE_LINE.search(ln)]
    for i, ln in enumerate(lines):
        # the date in the block's left column, the signature beside it: "November 1, 2027
        # <spaces> s/ Name", "June 14, 2027 <spaces> s/Name"
        parts = _COLUMN_GAP.split(ln.strip(), maxsplit=1)
        right = parts[1] if len(parts) == 2 else ""
        beside = _DATE_LINE.fullmatch(parts[0]) if _SIGNATURE_LINE.search(right) else None
        m = _DATE_LINE.fullmatch(ln) or _PLACE_DATE_LINE.fullmatch(ln) or beside
        if m and any(abs(i - j) <= 2 for j in signs):
            found = find_dates(m.group("d"))
            if found and found[0].value:
                return found[0].value
    return None


# The order's title: a line in capitals naming an ORDER ("ORDER ON SETTLEMENT CONFERENCE
# PROCEDURES", "ORDER REGARDING SETTLEMENT CONFERENCE", "SETTLEMENT CONFERENCE ORDER").
_TITLE_LINE = re.compile(r"^[ \t]*(?=[^a-z\n]*\bORDER\b)[A-Z][A-Z0-9 ,.;:&'()/-]{3,}$")
# A caption's right column ending in the date (D. Conn.): "NUTMEG MUTUAL CO.,   :   MARCH 1,
# 2027" -- after the column's colon, parenthesis or section sign, the date ends the line.
_COLUMN_DATE = re.compile(rf"[ \t][:)§][ \t]{{2,}}(?P<d>{DATE})[ \t]*$", re.IGNORECASE)
_HEAD_LINES = 45  # a caption with its columns and the order's title


def _title_date(text: str) -> date | None:
    """The date as D. Mass. and D. Conn. print it at the head of an order: alone on the
    line right under the order's title ("ORDER ON SETTLEMENT CONFERENCE PROCEDURES / /
    March 8, 2027"), or closing a caption column ("... CO.,   :   MARCH 1, 2027"). Only in
    the order's head, before its text speaks of other dates."""
    lines = [ln for ln in text.split("\n")[:_HEAD_LINES] if ln.strip()]
    for i, ln in enumerate(lines):
        column = _COLUMN_DATE.search(ln)
        if column is None and _TITLE_LINE.match(ln):
            # the title may wrap onto a second capitalised line; the date comes next
            for nxt in lines[i + 1 : i + 3]:
                column = _DATE_LINE.fullmatch(nxt)
                if column or (not _TITLE_LINE.match(nxt) and not nxt.isupper()):
                    break
        if column is not None:
            found = find_dates(column.group("d"))
            if found and found[0].value:
                return found[0].value
    return None


@dataclass(frozen=True)
class Caption:
    caption: str | None
    plaintiffs: tuple[str, ...]
    defendants: tuple[str, ...]


def _clean_side(text: str) -> str:
    text = re.sub(_NOISE, " ", text)
    text = re.sub(r"[()|]", " ", text)
    text = " ".join(text.split()).strip(" ,.;:")
    # The strip above also took the period of a final abbreviation ("et al.", "Inc."):
    # put it back.
    if re.search(r"(?:\bal|\b[A-Z]|\b(?i:inc|jr|sr|co|corp|ltd))$", text):
        text += "."
    return text


def split_parties(side: str) -> tuple[str, ...]:
    """One caption side as names: "DESERT HILLS, MICHAEL GIRLAMO, and MARIA SALINAS"."""
    side = _ET_AL.sub("", side)
    pieces = [p.strip(" ,") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", side, flags=re.I)]
    names: list[str] = []
    for piece in pieces:
        bare = piece.rstrip(".")
        if not bare:
            continue
        if _SUFFIX.match(piece) and names:
            dot = "." if bare.lower() in _DOTTED else ""
            names[-1] = f"{names[-1]}, {bare}{dot}"
            continue
        if not re.search(r"(?:\b[A-Z]|\b(?i:co|inc|corp|ltd|jr|sr))\.$", piece):
            piece = bare
        if _DESCRIPTOR.match(piece) or not re.search(r"[A-Za-z].*[A-Za-z]", piece):
            continue
        names.append(piece)
    return tuple(names)


def _plausible(side: str) -> bool:
    # Judged on the names alone: "an Illinois corporation" describes, it is not a name.
    words = " ".join(split_parties(side)).split()
    lower = [w for w in words if w[:1].islower() and w.strip(",.").lower() not in _NAME_LOWER_OK]
    return 0 < len(words) <= 16 and not lower and not re.search(r"\b(?:COURT|ORDER)\b", side)


def _short(names: tuple[str, ...], side: str) -> str:
    """A caption side as courts cite it: the first party, "et al." for the rest."""
    if not names:
        return side
    more = len(names) > 1 or re.search(r"\bet\s+al\b", side, re.IGNORECASE)
    return f"{names[0]} et al." if more else names[0]


def _caption(plaintiff: str, defendant: str) -> Caption:
    ps, ds = split_parties(plaintiff), split_parties(defendant)
    return Caption(f"{_short(ps, plaintiff)} v. {_short(ds, defendant)}", ps, ds)


def _from_caption_block(text: str) -> Caption | None:
    for v in _VERSUS.finditer(text):
        after = text[v.end() : v.end() + 300]
        d_end = _DEFENDANT.search(after)
        if d_end is None:
            continue
        before = text[max(0, v.start() - 300) : v.start()]
        labels = list(_PLAINTIFF.finditer(before))
        if labels and len(before) - labels[-1].end() < 120:
            before = before[: labels[-1].start()]
        elif not re.search(r",\s*$", before):
            # Without a "Plaintiff" label only the S.D.N.Y. block ("Name,\n-against-") is
            # trusted: the name line ends with a comma right before the "v.".
            continue
        lines = [ln for ln in before.split("\n") if _clean_side(_COURT_WORDS.sub("", ln))]
        if not lines:
            continue
        plaintiff = _clean_side(_COURT_WORDS.sub("", lines[-1]))
        defendant = _clean_side(_COURT_WORDS.sub("", after[: d_end.start()]))
        if _plausible(plaintiff) and _plausible(defendant):
            return _caption(plaintiff, defendant)
    return None


def _from_title_line(text: str) -> Caption | None:
    for line in text.split("\n")[:4]:
        m = re.fullmatch(r"\s*(?P<p>[A-Z][^|]{1,80}?)\s+v\.?\s+(?P<d>[A-Z][^|]{1,80}?)\s*", line)
        if m and not re.search(r"\b(?:ORDER|COURT|Case)\b", line):
            return _caption(m.group("p").strip(" ,"), m.group("d").strip(" ,"))
    return None


def read_caption(text: str) -> Caption:
    """`text`: markdown-free order text, margin numbers dropped, line breaks kept."""
    # Column rules of pleading captions ("Plaintiff, ) ) vs. ) )") are not text.
    flat = re.sub(r"(?<=\s)\)(?=\s)", " ", text)
    return _from_caption_block(flat) or _from_title_line(flat) or Caption(None, (), ())


# A stipulation the Court signs: counsel date their signatures above the Court's ruling.
_STIPULATION = re.compile(r"\bstipulat(?:ion|ed)\b", re.IGNORECASE)
_RULING = re.compile(
    r"\bso\s+ordered\b|^[ \t]*order[ \t]*$|\bgood\s+cause\s+appearing\b"
    r"|\bstipulation\s+is\s+(?:hereby\s+)?(?:approved|granted|adopted|so\s+ordered)\b",
    re.IGNORECASE | re.MULTILINE,
)


_COURT_DAY = re.compile(
    rf"\bit\s+is\s+(?:hereby\s+)?(?:on\s+)?this\s+(?P<d>\d{{1,2}}(?:st|nd|rd|th)?\s+day\s+of\s+"
    rf"{MONTH},?\s+\d{{4}}),?\s+(?:hereby\s+)?ordered\b",
    re.IGNORECASE,
)


def read_order_date(text: str) -> date | None:
    """The date the order was made: "Dated:", "SO ORDERED ... date", "Signed by ... on",
    "Filed", and last the bare date line a case-law site prints under the case number.
    In a stipulation and order, the date the Court writes with its ruling ("so ordered",
    an "ORDER" heading, "the stipulation is approved"), after counsel's dated signatures,
    when it writes one."""
    stipulated = _STIPULATION.search(text) is not None
    # D.N.J.'s "IT IS on this 20th day of April, 2027, ORDERED that": the Court's own day,
    # above counsel's "Dated:" consents
    ceremonial = _COURT_DAY.search(text) if stipulated else None
    found = find_dates(ceremonial.group("d")) if ceremonial else []
    if found and found[0].value:
        return found[0].value
    rulings = list(_RULING.finditer(text)) if stipulated else []
    if rulings:
        start = text.rfind("\n", 0, rulings[-1].start()) + 1
        court = _labelled_date(text[start:])
        if court is not None:
            return court
    return _labelled_date(text) or _unlabelled_date(text)


def _labelled_date(text: str) -> date | None:
    for pattern in _ORDER_DATE_PATTERNS:
        for m in pattern.finditer(text):
            found = find_dates(m.group("d") or m.group("d2"))
            if found and found[0].value:
                return found[0].value
    return None


def _unlabelled_date(text: str) -> date | None:
    signed = _signature_date(text)
    if signed is not None:
        return signed
    titled = _title_date(text)
    if titled is not None:
        return titled
    head = "\n".join(text.split("\n")[:12])
    line = _DATE_LINE.search(head)
    if line:
        found = find_dates(line.group("d"))
        if found and found[0].value:
            return found[0].value
    return None
