"""A colleague's shorthand, read as the words it stands for.

Notes about an order (`secondhand`) are written fast: "pl's demand by 9/1; def responds w/in
7 days", "π demand: 2/24; Δ response 3/3", "Confidential ddl: 7 days before (3/14)", "SC
statements due 10 days before." The obligation reader knows the order's words, not these. In a
note only (never in an order, where "9/1" may be a ratio or a rule number and "SC" a judge's
initials), each sentence is read with the shorthand written out:

- w/in -> within; ddl (deadline) -> due; π / pl / pltf -> plaintiff; Δ / def -> defendant;
- "π demand: 2/24" -> "plaintiff demand due February 24" (a paper, then its day); "by COB
  3/16" -> "by close of business on March 16"; "EOD 12/17" -> "by December 17";
- an undefined SC -> settlement conference;
- a month/day with no year, "9/1", "(3/14)", "12/17" -> "September 1", the month's name, so
  that the reader dates it by the year nearest the conference and says it guessed the year;
- "N days before" with nothing after it -> "N days before the settlement conference" (a note
  about one conference counts from it).

The quote shown for a duty stays the sentence as the note wrote it.
"""

from __future__ import annotations

import re
from calendar import month_name

from settleconf.core.order_parser.paragraphs import Sentence

_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bw/in\b", re.I), "within"),
    (re.compile(r"\bddl\b(?:[ \t]*:)?", re.I), "due"),
    (re.compile(r"(?<!\w)π(?=['’]s\b)"), "plaintiff"),
    (re.compile(r"(?<!\w)π(?!\w)"), "plaintiff"),
    (re.compile(r"(?<!\w)Δ(?=['’]s\b)"), "defendant"),
    (re.compile(r"(?<!\w)Δ(?!\w)"), "defendant"),
    (re.compile(r"\b(?:pl|pltf|plf)\.?(?=['’]s\b|\s)", re.I), "plaintiff"),
    (re.compile(r"\bdef\.?(?=['’]s\b|\s)", re.I), "defendant"),
    (re.compile(r"(?<![\w./-])SC(?![\w/-])"), "settlement conference"),
)
_MONTH_DAY = re.compile(r"(?<![\d/.:-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])")
_BARE_BEFORE = re.compile(
    r"\b(?P<p>(?:days?|weeks?)\s+(?:before|prior))(?!\s+(?:to\s+)?(?:the|a|an|any|that|this"
    r"|each|its|said|such|settlement|conference|SC|MSC)\b)"
    # "due 01/06/2028 (7 days prior)": the stated day's own gloss, left as written
    r"(?![ \t]*\))",
    re.I,
)


_MONTHS = "|".join(month_name[1:])
# "π demand: 2/24", "Δ response 3/3": the paper, then its day -- "demand due February 24".
_PAPER_THEN_DAY = re.compile(
    r"\b(?P<p>demands?|respons\w*|statements?|letters?|lists?|papers?|memo\w*|offers?)"
    rf"[ \t]*:?[ \t]+(?=(?:{_MONTHS})\s+\d)",
    re.I,
)


# "by COB 3/16" -> "by close of business on March 16"; "ddl EOD 12/17" -> "due by December
# 17" (end of day: no hour is read into it).
_COB = re.compile(rf"\b(?:by\s+)?COB\s+(?:on\s+)?(?=(?:{_MONTHS})\s+\d)", re.I)
_EOD = re.compile(rf"\b(?:by\s+)?EOD\s+(?:on\s+)?(?=(?:{_MONTHS})\s+\d)", re.I)


def expand(text: str) -> str:
    """`text` with the shorthand written out (see the module docstring)."""
    for pattern, words in _WORDS:
        text = pattern.sub(words, text)
    text = _MONTH_DAY.sub(lambda m: f"{month_name[int(m['m'])]} {int(m['d'])}", text)
    text = _PAPER_THEN_DAY.sub(lambda m: f"{m['p']} due ", text)
    text = _COB.sub("by close of business on ", text)
    text = _EOD.sub("by ", text)
    return _BARE_BEFORE.sub(
        lambda m: f"{m['p']}{' to' if m['p'].lower().endswith('prior') else ''} the settlement "
        "conference",
        text,
    )


def expand_sentences(
    sentences: tuple[Sentence, ...],
) -> tuple[tuple[Sentence, ...], dict[str, str]]:
    """The sentences written out, and each changed one's text as the note wrote it."""
    out: list[Sentence] = []
    written: dict[str, str] = {}
    for s in sentences:
        text = expand(s.text)
        if text != s.text:
            written[text] = s.text
            s = Sentence(text, s.paragraph, s.index)
        out.append(s)
    return tuple(out), written
