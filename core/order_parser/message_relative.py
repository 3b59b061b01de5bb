"""Deadlines a message gives relative to the day it was written.

A colleague relays chambers' call in chat: "She wants our confidential letter a week from
today and the demand has to go out by this Friday", "statements due to chambers in two
weeks", "attendee list by tomorrow EOD", "the confidential statements are due next Friday".
These count from the message's own day (`message_dates.message_date`), not from an order's,
and are read only in a paste whose order date could not be read (an order's "today" is its
own date, read elsewhere).

Each is a stated day once resolved, and is always flagged for review with the day it was
counted from: the day comes from a chat stamp or an e-mail header, not from the court.
Where the words name two days, no date is shown: "next Friday" written on a Wednesday is
this week's Friday or the following one, "next Tuesday" written on a Monday is tomorrow or a
week later, "by Friday" written on a Friday is today or a week later -- the duty is listed
undated with both readings in its review reason. With no date for the message at all (a
chat paste without its day), every such duty is listed undated and flagged.

"this coming Monday", "a week from today", "tomorrow", "Friday the 8th" (the first Friday
the 8th after the message) and a bare weekday after "by"/"due"/"on"/"out" name one day.
A weekday followed by a date ("Thursday, March 18") is that date, read elsewhere; a weekday
followed by a time ("is next Tuesday at 1:30 PM") is when a session meets, not a duty.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from settleconf.core.order import Anchor, Obligation, Rule, RuleKind
from settleconf.core.order_parser.clauses import find_actor
from settleconf.core.order_parser.naming import duty_id, title_for
from settleconf.core.order_parser.paragraphs import Sentence

_WD = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "ten": 10, "fourteen": 14}
_COUNT = r"a|an|one|two|three|four|five|six|seven|ten|fourteen|\d{1,2}"
_PHRASE = re.compile(
    rf"\b(?:(?P<n>{_COUNT})\s+(?P<unit>weeks?|days?)\s+from\s+(?:today|now)"
    # "in two weeks", not "w/in 10 days of the order" (within: counted from its anchor)
    rf"|(?<!w/)(?<!with)in\s+(?P<n2>{_COUNT})\s+(?P<unit2>weeks?|days?)\b"
    r"(?!\s+(?:of|after|from|before|prior|following)\b)"
    r"|(?P<tomorrow>tomorrow)|(?P<today>(?:EOD|COB|end\s+of\s+(?:the\s+)?day)\s+today|today)"
    rf"|(?P<which>this\s+coming|this|next|coming)\s+(?P<wd>{_WD})"
    rf"|(?:by|due|on|out|until|EOD|COB)\s+(?P<wd2>{_WD})(?P<nth>\s+the\s+(?P<dom>\d{{1,2}})(?:st|nd|rd|th))?)\b",
    re.IGNORECASE,
)
# What follows a weekday that makes it a date or a session rather than a relative day.
_DATED_OR_TIMED = re.compile(
    r"\s*,?\s*(?:(?:the\s+)?\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|at\s+\d|@|\d{1,2}\s*[ap]\.?m)",
    re.IGNORECASE,
)
# The sentence asks for a paper or an act (not only a session's setting).
_DUTY_NOUN = re.compile(
    r"\b(?:statements?|letters?|demands?|offers?|counter-?offers?|respon\w+|lists?|memo\w*"
    r"|briefs?|papers?|submissions?|e-?mails?|summar\w+|position\w*|proposals?)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUM[word.lower()]


def _readings(m: re.Match[str], sent: date) -> list[date]:
    """The days the phrase can name, counted from the message's day: one, or two."""
    n_word, unit = m.group("n") or m.group("n2"), m.group("unit") or m.group("unit2")
    if n_word and unit:
        days = _count(n_word) * (7 if unit.lower().startswith("week") else 1)
        return [sent + timedelta(days=days)]
    if m.group("tomorrow"):
        return [sent + timedelta(days=1)]
    if m.group("today"):
        return [sent]
    target = _WEEKDAYS.index((m.group("wd") or m.group("wd2")).lower()[:3])
    ahead = (target - sent.weekday()) % 7  # 0: the message's own weekday
    if m.group("dom"):
        day = int(m.group("dom"))
        for k in range(1, 400):
            d = sent + timedelta(days=k)
            if d.day == day and d.weekday() == target:
                return [d]
        return []
    which = (m.group("which") or "").lower()
    if which == "next" and target > sent.weekday():
        # still to come this week: this week's, or the one in the week after ("next
        # Tuesday" said on a Friday is the coming one, one day)
        return [sent + timedelta(days=ahead), sent + timedelta(days=ahead + 7)]
    if ahead == 0:
        return [sent + timedelta(days=7)] if which == "next" else [sent, sent + timedelta(days=7)]
    return [sent + timedelta(days=ahead)]


def _phrases(text: str) -> list[re.Match[str]]:
    out = []
    for m in _PHRASE.finditer(text):
        weekday = m.group("wd") or m.group("wd2")
        if weekday and not m.group("dom") and _DATED_OR_TIMED.match(text, m.end()):
            continue
        out.append(m)
    return out


def _clause(text: str, start: int) -> str:
    cut = max(
        text.rfind(";", 0, start), text.rfind(".", 0, start - 1), text.rfind(" and ", 0, start)
    )
    return text[cut + 1 : start]


_CLAUSE_END = re.compile(r"[;.](?:\s|$)|\s+and\s+|$")


def _quote(text: str, m: re.Match[str]) -> str:
    """The words that set this one duty: a chat message's lines run into one sentence ("...
    statements by next Tuesday and the demand by Thursday."), each its own duty."""
    cut = max(
        text.rfind(";", 0, m.start()),
        text.rfind(". ", 0, m.start()),
        text.rfind(" and ", 0, m.start()),
    )
    start = cut + 1 if cut >= 0 else 0
    end = _CLAUSE_END.search(text, m.end())
    stop = end.start() if end is not None else len(text)
    return text[start:stop].strip()


def message_relative(
    sentences: tuple[Sentence, ...],
    obligations: list[Obligation],
    sent: date | None,
) -> list[Obligation]:
    """`obligations` with the message-relative duties read (see the module docstring); an
    obligation the reader counted "from the order" out of the same sentence is replaced."""
    taken = {o.id for o in obligations}
    out = list(obligations)
    for s in sentences:
        if not _DUTY_NOUN.search(s.text):
            continue
        found = _phrases(s.text)
        if not found:
            continue
        out = [
            o for o in out
            if not (o.quote in s.text or s.text in o.quote) or o.rule.anchor is not Anchor.ORDER
        ]
        for m in found:
            clause = _clause(s.text, m.start())
            if not _DUTY_NOUN.search(clause):
                continue
            slug = base = duty_id(clause, s.text)
            k = 2
            while slug in taken:
                slug, k = f"{base}_{k}", k + 1
            taken.add(slug)
            said = " ".join(m.group(0).split())
            days = _readings(m, sent) if sent is not None else []
            if sent is None:
                reason = (
                    f"'{said}' counts from the day the message was written, and the paste "
                    "does not show that day; check the date with the sender."
                )
                rule = Rule(kind=RuleKind.FIXED)
            elif len(days) == 1:
                reason = (
                    f"'{said}' is counted from the message's date, {sent:%A, %B %-d, %Y}: "
                    f"read as {days[0]:%A, %B %-d, %Y}; check."
                )
                rule = Rule(kind=RuleKind.FIXED, fixed_date=days[0])
            else:
                both = " or ".join(f"{d:%A, %B %-d, %Y}" for d in days)
                reason = (
                    f"'{said}', written on {sent:%A, %B %-d, %Y}, can mean {both}; no date is "
                    "shown: check which is meant."
                )
                rule = Rule(kind=RuleKind.FIXED)
            out.append(
                Obligation(
                    id=slug,
                    title=title_for(slug),
                    who=find_actor(clause) or "parties",
                    what=" ".join(clause.split()).strip(" ,;:-") or title_for(slug),
                    rule=rule,
                    quote=_quote(s.text, m) if len(found) > 1 else s.text,
                    paragraph=s.paragraph,
                    needs_review=True,
                    review_reasons=(reason,),
                )
            )
    return out

