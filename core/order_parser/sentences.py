"""Splitting prose into sentences, with the abbreviations legal orders are full of.

Hand-written: general sentence splitters (and the libraries bundling them) break after
"Fed. R. Civ. P.", "U.S." and judges' initials, which would cut most deadline sentences
in two; the rules below are short and tested on the corpus.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.dates_in_text import DATE
from settleconf.core.order_parser.deadline import check
from settleconf.core.order_parser.list_items import paired_row
from settleconf.core.order_parser.markup import word_set

# Never a sentence end when a period follows them. The titles before a name ("sent directly
# to Atty. Calcagno no later than ...", "before MAG. JUDGE KRAVCHUK") cut a duty in two.
_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr hon no nos dkt doc docs fed civ crim evid app proc cir ct dist supp rev
    stat ann art sec para paras pp pg vol ch cl ex exs seq approx dept univ assn intl natl
    st ave blvd rd ste rm fl bldg mt ft ctrm crtrm
    atty attys mag asst sgt lt capt det ofc prof messrs
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    e.g i.e etc cf viz vs v
    ala ariz ark cal calif colo conn del fla ga haw ill ind kan kans ky la md mass mich minn
    miss mo mont neb nebr nev okla or ore pa tenn tex va vt wash wis wisc wyo
    u.s u.s.c l.r d.n.m n.d s.d e.d w.d c.d m.d d.c
    """
)
# Abbreviations that also end sentences: split after them when a typical sentence
# opener follows ("... before Magistrate Judge X Jr. The statements shall ..."). A docket's
# "Settlement conf. (Mag) set for 1:30 pm" runs on.
_AMBIGUOUS = word_set("jr sr inc co corp ltd llc llp al a.m p.m esq conf")
_OPENERS = word_set(
    """
    the a an all any each if it this these those that counsel plaintiff plaintiffs defendant
    defendants parties party no not on in unless should failure statements statement
    settlement please accordingly however additionally further pursuant
    """
)
_TIME_ZONES = word_set(
    "pst pdt pt est edt et cst cdt ct mst mdt mt eastern pacific central mountain local"
    # Hawaii, Alaska and Arizona courts name their own zones
    " hst hast akst akdt hawaii hawaiian alaska arizona"
)
_CANDIDATE = re.compile(
    # ... or a lettered item run in after it: "... before the conference. (b) Each party".
    # (a superscript footnote mark may follow the stop: "April 30, 2026.² Defendant shall")
    # ... or a bulleted item after it: "... settlement conference statements. • If she has"
    r"[.?!][”\"’')\]¹²³⁴⁵⁶⁷⁸⁹⁰]*(?=\s+(?:[\"“‘(\[]?[A-Z0-9]|\((?:[a-z]|[ivx]{2,4})\)\s|[•▪●■►]\s))"
    r"|(?<=[a-z]{3})\.(?=[A-Z][a-z]+\s)"  # a lost space: "outstanding.Confidential"
    r"|(?<=[a-z])\.[”\"’')\]]*\d{1,2}(?=\s+[\"“‘(\[]?[A-Z])"  # a footnote mark: "a.m.1 The"
)
# A run-in heading opening a sentence: "Case Status Report: Counsel shall ...".
_RUN_IN_HEADING = re.compile(
    r"^(?:(?:[A-Z][\w'’/-]*|of|and|or|the|for|to|in|on|a|an|re)\s+){0,7}[A-Z][\w'’/)-]*:\s+"
    r"(?=[A-Z“\"(])"
)
# An all-capitals title run straight into prose: "ORDER SETTING SETTLEMENT CONFERENCE To
# facilitate ..." (flattened text). The title is not part of the sentence. Only where the
# title ends is used, and that is decided by its last two words: matching the whole run
# from each of its words cost quadratic time on long capitals text (issue #11).
_TITLE_RUN = re.compile(
    r"\b[A-Z][A-Z'’&-]+\s+[A-Z][A-Z'’&-]+(?:\s+\d{1,2})*\s+(?=[A-Z][a-z]+\s+[a-z])"
)
_STRAY_COMMA = re.compile(r"(?<=[.?!])\s+[,;]\s+(?=[A-Z])")  # "4050. , Settlement"
_MARGIN_PREFIX = re.compile(r"^(?:\d{1,2}\s+)+(?=[A-Z“\"(])")


_CALENDAR = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december jan feb mar apr jun jul aug sep"
    " sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
)
_MONTHS = word_set(
    "january february march april may june july august september october november december"
)
_DAY_AND_YEAR = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")
# The word after a possible sentence end, past a pleading-paper line number ("Jr. 7 The").
_NEXT_WORD = re.compile(r"\s+(\d{1,2}\s+)?[\"“‘(\[]?([A-Za-z]+)")


# A docket cite in brackets or parentheses: "(ECF No. 40)", "[Dkt. 88]", "(Doc. 12)".
_DOCKET_WORDS = word_set("ecf dkt doc docket")

# A block that opens with a date and its time: a row of a schedule, its event after it.
_ROW_DATE_TIME = re.compile(
    rf"(?:{DATE}),?\s*(?:at\s+)?\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?\s?m", re.IGNORECASE
)


# A clock time right before a zone's abbreviation: "noon CT", "10:00 AM ET", "9:30 a.m. MT".
_CLOCK_BEFORE = re.compile(
    r"(?:\bnoon|\bmidnight|\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|[ap]\.m\.)\s+\(?[A-Za-z]{2,4}\)?$",
    re.IGNORECASE,
)


def _token_before(text: str, end: int) -> str:
    """The word ending at `end` in single-spaced text. Scans back only over that word:
    searching the whole prefix for each candidate end made splitting quadratic (a 1 MB
    run-on paragraph took minutes; issue #11)."""
    start = text.rfind(" ", 0, end) + 1
    return text[start:end].lstrip('(“"‘[').lower()


def _next_word(text: str, start: int) -> str:
    m = _NEXT_WORD.match(text, start)  # from `start`, not a copy of the rest of the text
    if m is None or (m.group(1) and m.group(2)[0].islower()):
        return ""  # "4:00 P.M. 10 on Wednesday": a line number, and the sentence runs on
    return m.group(2).lower()


def _is_end(text: str, dot: int, after: int) -> bool:
    check()  # once per possible sentence end: a single block may be the whole order
    if text[dot] != ".":
        return True  # ? and ! always end
    if text[max(0, dot - 2) : dot] == "..":
        # a dotted leader in a schedule row, however short: "Statements due ....... 5/12/2025",
        # "Street East) ... October 6, 2026"
        return False
    token = _token_before(text, dot)
    nxt = _next_word(text, after)
    if token in ("a.m", "p.m") and _ROW_DATE_TIME.fullmatch(text, 0, dot):
        return False  # a schedule row: "April 15, 2026, 10:00 a.m. Settlement Conference"
    if token in ("a.m", "p.m") and nxt in _DOCKET_WORDS and text[after + 1 : after + 2] in "([":
        return False  # "at 9:00 a.m. [Dkt. 88] is hereby stricken": the setting's docket cite
    if token in ("a.m", "p.m") and nxt and nxt not in _TIME_ZONES and nxt not in _CALENDAR:
        # "at 10:00 a.m. Position papers are due ...": after a clock time any capitalised
        # word but a zone, a weekday or a month opens the next sentence.
        return True
    if token in _AMBIGUOUS:
        return nxt in _OPENERS and nxt not in _TIME_ZONES
    if token in _TIME_ZONES and _CLOCK_BEFORE.search(text, max(0, dot - 24), dot):
        # "by 5/27/27 at noon CT. Counsel shall ...": a zone after a clock time ends the
        # sentence, where "Ct." and "Mt." alone are a court's and a mount's abbreviations
        return bool(nxt) and nxt not in _CALENDAR
    if token in _ABBREVIATIONS:
        return False
    if token in _MONTHS and _DAY_AND_YEAR.match(text, after):
        return False  # "May. 13, 2022": a stray period after a month, inside the date
    if "@" in token or re.search(r"\.(?:gov|com|org|net|edu|us)$", token):
        return True  # an e-mail address or domain ends the sentence
    if re.fullmatch(r"(?:[a-z]+\.)+[a-z-]+", token):
        return False  # "fed.r.civ.p", "d.n.m.lr-civ": a citation, not an end
    if re.fullmatch(r"[a-z]", token) and text[dot - 1].isupper():
        return False  # an initial: "K. Gary Sebelius", "Fed. R. Civ. P."
    return not re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)  # "U.S", "e.g" style


def ends_sentence(line: str, next_line: str) -> bool:
    """Whether the period ending `line` ends its sentence when `next_line` follows: not after
    "U.S.", "Mr." or an initial ("Edward J. Schwartz U.S." / "Courthouse, 221 West ...")."""
    line = line.rstrip()
    if not line.endswith("."):
        return False
    text = f"{line} {next_line.lstrip()}"
    return _is_end(text, len(line) - 1, len(line))


def split_sentences(text: str, *, margin_numbers: bool = False) -> list[str]:
    """Sentences of one block of (markdown-free) prose, whitespace collapsed."""
    text = _STRAY_COMMA.sub(" ", " ".join(text.split()))
    ends = [m.end() for m in _CANDIDATE.finditer(text) if _is_end(text, m.start(), m.end())]
    ends += [m.end() for m in _TITLE_RUN.finditer(text)]
    out: list[str] = []
    start = 0
    for end in sorted(set(ends)):
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    sentences = [s.strip() for s in out]
    if margin_numbers:
        sentences = [_MARGIN_PREFIX.sub("", s) for s in sentences]
    sentences = [_drop_run_in_heading(s) for s in sentences]
    return [s for s in sentences if s]


_LEADS_WITH_DATE = re.compile(DATE, re.IGNORECASE)
# "PLACE: Courtroom 7B" under DATE:/TIME: lines: a field of the setting, kept whole so the
# conference reader can join it to the sentence that sets the session.
_PLACE_FIELD = re.compile(r"(?:place|location|where)\s*:", re.IGNORECASE)


def _drop_run_in_heading(sentence: str) -> str:
    """The sentence without its run-in heading, unless a date follows the heading: then the
    heading names what the date is for ("Settlement Conference: March 10, 2020 at 10:00
    a.m.", "STATEMENTS DUE: March 3, 2020") and stays."""
    m = _RUN_IN_HEADING.match(sentence)
    if m is None or _LEADS_WITH_DATE.match(sentence, m.end()) or _PLACE_FIELD.match(sentence):
        return sentence
    if paired_row(sentence):
        return sentence  # "DEMAND AND RESPONSE: BY OCTOBER 1, 2025 AND OCTOBER 8, 2025"
    return sentence[m.end() :]


# Longest "sentence" read as one. Reading a sentence looks at the whole sentence once per
# deadline phrase in it, so text with no sentence ends (a flattened PDF, a run-on paste)
# made one huge sentence and cost quadratic time. The longest sentence in the labeled
# corpus is 663 characters; 2,000 is three times that and still keeps each piece cheap.
MAX_SENTENCE = 2000


def cut_long(sentence: str, limit: int = MAX_SENTENCE) -> list[str]:
    """A sentence longer than `limit` in pieces no longer than it: at the last ";" in
    the second half of the window, else the last space, else (one endless word) at
    `limit`. Shorter sentences come back whole."""
    pieces: list[str] = []
    start = 0
    while len(sentence) - start > limit:
        end = start + limit
        cut = sentence.rfind(";", start + limit // 2, end) + 1 or sentence.rfind(" ", start, end)
        if cut <= start:
            cut = end
        pieces.append(sentence[start:cut].strip())
        start = cut
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]
