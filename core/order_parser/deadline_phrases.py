"""Deadline phrases in a sentence, read into the parts of a `Rule`.

Families: a period relative to the conference or the order ("no later than five (5)
business days before the conference", "within 7 days of the date of this order"), a
stated date ("on or before March 5, 2008", "not later than 4:00 P.M. on January 2,
2019"), a period after something that has not happened yet ("7 days thereafter",
"within 7 days of receipt of the demand"), and phrases that set no period ("prior to the
settlement conference"). On pleading paper, margin numbers may sit inside a phrase ("no
later than 8 November 5, 2020"); they are skipped and the phrase is flagged for review.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser.dated_calls import dated_call_phrases
from settleconf.core.order_parser.dates_in_text import (
    DATE,
    DATE_NO_YEAR,
    TIME,
    find_dates,
    month_day,
)
from settleconf.core.order_parser.fixed_phrases import read_fixed, year_for
from settleconf.core.order_parser.holiday_days import holiday_day_phrases
from settleconf.core.order_parser.last_open_day import last_open_day_phrases
from settleconf.core.order_parser.list_items import paired_row, row_phrase
from settleconf.core.order_parser.phrase import Phrase, read_time
from settleconf.core.order_parser.phrase_patterns import patterns, session_term
from settleconf.core.order_parser.relative_phrases import read_relative
from settleconf.core.order_parser.weekday_phrases import weekday_before_period, weekday_phrases
from settleconf.core.periods import Direction, Unit

_SPAN_START = re.compile(rf"\bfrom\s+{TIME}\s*$", re.IGNORECASE)
# "take place on December 30, 2025 at 10:00 a.m. until 4:00 p.m. on January 2, 2026": a
# session's end, after its start's time.
_SPAN_UNTIL = re.compile(rf"\bat\s+{TIME}\s*,?\s*$", re.IGNORECASE)
# "prior to the 4/2/2014, conference": a date that names the session a period counts
# from, not a deadline of its own (the period phrase reads it as the anchor).
_DATED_SESSION = re.compile(
    r",?(?:\s+\d{1,2}(?=\s))*\s+(?:(?:scheduled|mandatory|court-ordered)\s+)?"
    + session_term(r"[\s-]+"),
    re.IGNORECASE,
)
# "Position statements previously due November 5 are now due five days before the new
# date": the date a duty had before the order moved it is no deadline.
_FORMERLY = re.compile(
    r"\b(?:previously|formerly|originally|initially|earlier|once|(?:that|which)\s+(?:were|was)"
    r"|had\s+been)\s+(?:(?:set|scheduled)\s+(?:to\s+be\s+)?)?$",
    re.IGNORECASE,
)
# "The demand, currently due May 21, 2027, shall now be due June 1": the date a duty has
# until this order moves it, when the sentence goes on to move it. Alone ("the demand is
# currently due May 21") it is the deadline, restated.
_CURRENTLY = re.compile(
    r"\b(?:currently|presently)\s+(?:(?:due|set|scheduled)\s+(?:for\s+|on\s+)?)?$", re.IGNORECASE
)
_MOVED_LATER = re.compile(
    r"\b(?:shall|will|is|are)\s+(?:now|instead|hereby\s+(?:extended|moved|reset|changed))\b"
    r"|\b(?:extended|continued|moved|reset|rescheduled|changed|adjourned|postponed)\s+(?:to|until)\b",
    re.IGNORECASE,
)
_COB = re.compile(r"\b(?:close\s+of\s+business|COB|end\s+of\s+(?:the\s+)?business\s+day)\b", re.I)


def _at_conference(m: re.Match[str], unit: Unit) -> Phrase:
    """Zero `unit`s before the conference: due on its day (DAYS) or by its hour (MINUTES)."""
    return Phrase(
        m.start(), m.end(), m.group(0), RuleKind.RELATIVE,
        anchor=Anchor.CONFERENCE, amount=0, unit=unit, direction=Direction.BEFORE,
    )


# A clock time on the session's own day, for getting there or getting connected: "shall
# join the video conference at 9:55 a.m.", "must log in to Zoom by 9:15 a.m.", "report to
# the Clerk's Office by 8:45 a.m. for security screening". Not "appear", which is most
# often the session's own start.
_SESSION_DAY_TIME = re.compile(
    r"\b(?:join(?:s|ing)?|log(?:s|ging)?\s+(?:in|on)(?:to)?|sign(?:s|ing)?\s+in(?:to)?"
    r"|connect(?:s|ing)?|check(?:s|ing)?\s+in|arrive[sd]?|arriving|dial(?:s|ing)?\s+in"
    r"|report(?:s|ing)?\s+to\s+the\s+(?:clerk|security|lobby|jury|courtroom|chambers)"
    r"|call(?:s|ing)?\s+(?:chambers|the\s+(?:court|courtroom\s+deputy|clerk))"
    r"|be\s+(?:present|available|seated|connected|in\s+the\s+(?:waiting|virtual))"
    # an initial's period ("the Byron G. Rogers Courthouse") does not end the sentence
    rf")\b(?:[^.;]|(?<=\b[A-Z])\.){{0,80}}?\b(?:at|by|no\s+later\s+than|before|from)\s+"
    rf"(?P<t>{TIME})",
    re.IGNORECASE,
)


# Another meeting the time may be for: "join the test call at 9:00 a.m.", "log in to the
# pre-conference teleconference", "arrive for the status hearing".
_OTHER_GATHERING = re.compile(
    r"\b(?:(?:the|a|an|this|test|telephone|conference|status|scheduling|zoom|video)\s+call"
    r"|tele-?conference|telephone\s+conference|status|hearing|trial"
    r"|test(?:ing)?\s+(?:session|call|run|meeting|conference)"
    r"|practice|pre-\w+|pre(?:conference|mediation|settlement)|preliminary|orientation|webinar)\b",
    re.IGNORECASE,
)


_THING_BEFORE = re.compile(
    r"\b(?:room|building|courthouse|line|link|bridge|platform|lobby|doors?|office)\s+"
    r"(?:will|shall|should|must|is|are|may)\s+$",
    re.IGNORECASE,
)


def _step_name(said: str) -> str:
    """What the step is called: its sentence seldom names a paper to call it by."""
    low = said.lower()
    if re.match(r"(?:join|log|sign|connect|dial|be\s+connected|be\s+in\s+the)", low):
        return "join_session"
    if low.startswith("call"):
        return "call_chambers"
    if re.match(r"be\s+available", low):
        return "be_available"
    return "arrive"


def _session_day_times(sentence: str) -> list[Phrase]:
    """The session's day at the clock time the sentence gives (a sentence with no date)."""
    if _OTHER_GATHERING.search(sentence):
        return []
    for m in _SESSION_DAY_TIME.finditer(sentence):
        if _THING_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "the conference room will be available from 1300 hours": no one's duty
        tod, why = read_time(m.group("t"))
        if tod is None:
            continue
        return [
            Phrase(
                m.start(), m.end(), m.group(0), RuleKind.RELATIVE, anchor=Anchor.CONFERENCE,
                amount=0, unit=Unit.DAYS, direction=Direction.BEFORE, time_of_day=tod,
                session_step=_step_name(m.group(0)),
                # the day is inferred, never written: said, and marked for review
                reasons=(*why, f"The order gives only a time ('{m.group('t')}'): read as on "
                         "the day of the conference."),
            )
        ]  # one step a sentence
    return []


def _trailing_time(sentence: str, phrase: Phrase) -> Phrase:
    """A time right after the phrase: "seven days before the conference, by 5:00 p.m."."""
    if phrase.time_of_day is not None:
        return phrase
    m = re.match(
        rf"\s*,?\s*(?:by|at|no\s+later\s+than|before)\s+(?P<t>{TIME})",
        sentence[phrase.end : phrase.end + 40],
        re.IGNORECASE,
    )
    if m is None:
        return phrase
    tod, why = read_time(m.group("t"))
    end = phrase.end + m.end()
    return replace(
        phrase,
        time_of_day=tod,
        end=end,
        text=sentence[phrase.start : end],
        reasons=phrase.reasons + why,
    )


# Between a period and the date it works out to: ", in this case", "(i.e.,", " or", " -- by".
_STATED = re.compile(
    r"\s*(?:[,(;]|--?|[–—])?\s*(?:(?:in\s+this\s+case|i\.\s?e\.|that\s+is|which\s+is|namely|or)[,:]?\s*)?"
    r"(?:on\s+|by\s+)?$",
    re.IGNORECASE,
)


def _stated_date(sentence: str, phrase: Phrase) -> tuple[date | None, int]:
    """The date a relative phrase works out to, right after it: ", in this case May 5"."""
    m = re.match(rf"{_STATED.pattern[:-1]}(?P<d>{DATE})\)?", sentence[phrase.end :], re.I)
    if m is None:
        return None, phrase.end
    found = find_dates(m.group("d"))
    return (found[0].value if found else None), phrase.end + m.end()


def _merge_stated(sentence: str, phrases: list[Phrase]) -> list[Phrase]:
    """A period and the date it works out to, side by side, are one deadline: "seven days
    before the conference, i.e., no later than May 5" -> the period, with a stated date."""
    out: list[Phrase] = []
    for p in sorted(phrases, key=lambda p: p.start):
        if out and {out[-1].kind, p.kind} == {RuleKind.RELATIVE, RuleKind.FIXED}:
            prev = out[-1]
            rel, fixed = (prev, p) if prev.kind is RuleKind.RELATIVE else (p, prev)
            if (
                rel.anchor is not None
                and not rel.vague
                and _STATED.fullmatch(sentence[prev.end : p.start])
            ):
                out[-1] = replace(
                    rel,
                    start=prev.start,
                    end=p.end,
                    text=sentence[prev.start : p.end],
                    stated_date=fixed.fixed_date,
                    time_of_day=rel.time_of_day or fixed.time_of_day,
                    reasons=rel.reasons + fixed.reasons,
                )
                continue
        out.append(p)
    return out


# "by" naming what comes next, not a deadline: "followed (immediately) by the conference".
_AGENT_BY = re.compile(
    r"\b(?:followed|preceded|accompanied|replaced|superseded)(?:\s+(?:immediately|directly))?"
    r"\s*$",
    re.IGNORECASE,
)
# "... by 04/14/2020 and 04/21/2020, respectively": one date for each of the actors named.
_RESPECTIVELY = re.compile(
    rf"\s*,?\s*and\s+(?:by\s+|on\s+)?(?P<d>{DATE}|{DATE_NO_YEAR}),?\s+respectively\b",
    re.IGNORECASE,
)


def _respectively(sentence: str, phrase: Phrase) -> list[Phrase]:
    """A stated date and a second one given 'respectively': two deadlines, each flagged,
    as which side owes which is in the subject, not the phrase."""
    m = _RESPECTIVELY.match(sentence, phrase.end)
    if m is None or phrase.fixed_date is None:
        return [phrase]
    found = [f.value for f in find_dates(m.group("d")) if f.value is not None]
    if not found and (md := month_day(m.group("d"))) is not None:
        # "by March 9 and March 16, respectively": the second in the first's year
        found = [v for v in [year_for(*md, phrase.fixed_date)] if v is not None]
    if not found:
        return [phrase]
    why = (
        f"The order gives two dates 'respectively' ({phrase.fixed_date:%B %-d, %Y} and "
        f"{found[0]:%B %-d, %Y}); check which side owes which.",
    )
    second = replace(
        phrase,
        start=m.start("d"),
        end=m.end(),
        text=sentence[m.start("d") : m.end()],
        fixed_date=found[0],
        reasons=phrase.reasons + why,
    )
    return [replace(phrase, reasons=phrase.reasons + why), second]


def find_phrases(sentence: str, *, margin: bool, year_hint: date | None = None) -> list[Phrase]:
    """Deadline phrases in `sentence`, in order, not overlapping. `year_hint` (the
    conference or order date) places a stated date that has no year."""
    pats = patterns(margin)
    paired = paired_row(sentence)  # "DEMAND AND RESPONSE: BY OCTOBER 1, 2025 AND OCTOBER 8"
    if paired:
        return [phrase for phrase, _ in paired]
    taken: list[Phrase] = []

    def free(a: int, b: int) -> bool:
        return all(b <= p.start or a >= p.end for p in taken)

    for m in pats.moved.finditer(sentence):
        start = m.start("lead")
        if free(start, m.end()):
            moved = read_fixed(m, margin, year_hint)
            taken.append(replace(moved, start=start, text=sentence[start : m.end()], moved=True))
    for m in pats.deadline_is.finditer(sentence):
        start = m.start("lead")
        if free(start, m.end()):
            after_is = read_fixed(m, margin, year_hint)
            taken.append(replace(after_is, start=start, text=sentence[start : m.end()]))
    for m in pats.deadline_paren.finditer(sentence):
        start = m.start("lead")
        if free(start, m.end()):
            named = read_fixed(m, margin, year_hint)
            taken.append(replace(named, start=start, text=sentence[start : m.end()]))
    for m in pats.fixed.finditer(sentence):
        if _FORMERLY.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        if _CURRENTLY.search(sentence, max(0, m.start() - 20), m.start()) and _MOVED_LATER.search(
            sentence, m.end()
        ):
            continue
        if _SPAN_START.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "from 9:30 a.m. until 4:30 p.m. on May 5": when a session ends
        if m.group("lead").lower().startswith(("until", "through")) and _SPAN_UNTIL.search(
            sentence, max(0, m.start() - 40), m.start()
        ):
            continue
        if m.group("lead").lower().startswith(("before", "prior")) and _DATED_SESSION.match(
            sentence, m.end()
        ):
            continue
        if free(*m.span()):
            taken += _respectively(sentence, read_fixed(m, margin, year_hint))
    for cp in dated_call_phrases(sentence, margin=margin, hint=year_hint):
        if free(cp.start, cp.end):
            taken.append(cp)
    for hp in holiday_day_phrases(sentence, hint=year_hint):
        if free(hp.start, hp.end):
            taken.append(hp)
    for m in pats.relative.finditer(sentence):
        if not free(*m.span()):
            continue
        phrase = read_relative(m, sentence, margin)
        if phrase is None:
            continue
        phrase = _trailing_time(sentence, phrase)
        doubt = weekday_before_period(sentence, phrase.start, phrase.text)
        if doubt is not None:
            phrase = replace(phrase, reasons=(*phrase.reasons, doubt))
        if phrase.kind is RuleKind.RELATIVE and phrase.anchor is not None:
            stated, end = _stated_date(sentence, phrase)
            if stated and free(phrase.end, end):
                phrase = replace(
                    phrase, stated_date=stated, end=end, text=sentence[phrase.start : end]
                )
        taken.append(phrase)
    for m in pats.by_start.finditer(sentence):
        if free(*m.span()):
            taken.append(_at_conference(m, Unit.MINUTES))  # its own date and hour
    for m in pats.by_conference.finditer(sentence):
        if _AGENT_BY.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "followed immediately by the settlement conference": no deadline
        if m.group(0)[:2].lower() == "on" and not re.search(r"[A-Za-z]{2}", sentence[: m.start()]):
            continue  # "On the date of the conference, the parties shall use the intercom": when
            # they act at the session, not a deadline before it
        if free(*m.span()):
            taken.append(_at_conference(m, Unit.DAYS))  # its day
    for wp in weekday_phrases(sentence, margin=margin):
        if free(wp.start, wp.end):
            taken.append(_trailing_time(sentence, wp))
    for lp in last_open_day_phrases(sentence, margin=margin):
        if free(lp.start, lp.end):
            taken.append(_trailing_time(sentence, lp))
    for m in pats.vague.finditer(sentence):
        if free(*m.span()):
            # Quote the words before it too: "the Friday before the conference".
            lead_in = " ".join(sentence[: m.start()].split()[-3:])
            said = " ".join(f"{lead_in} {m.group(0)}".split())
            taken.append(
                Phrase(
                    m.start(),
                    m.end(),
                    m.group(0),
                    RuleKind.RELATIVE,
                    anchor=Anchor.CONFERENCE,
                    direction=Direction.BEFORE,
                    vague=True,
                    reasons=(f"The order sets no period: it says only '{said}'.",),
                )
            )
    if not taken and not find_dates(sentence):
        taken += _session_day_times(sentence)
    if not taken:
        # A schedule row's date has no lead word: "Attendance list due ....... 5/14/2025".
        row = row_phrase(sentence, margin, year_hint)
        taken += [row] if row is not None else []
    return _merge_stated(sentence, taken)


_BEFORE_DATED = re.compile(
    rf"\b(?:before|prior\s+to|in\s+advance\s+of)\s+the\s+(?P<d>{DATE}|{DATE_NO_YEAR})", re.I
)


def named_session_dates(sentence: str, year: int | None = None) -> list[date]:
    """Dates that name the session a period counts from: "3 days prior to the 4/2/2014
    conference" -> [2014-04-02], to be checked against the conference date. A date without
    its year ("before the July 20 conference") is placed in `year`, the conference's."""
    out = []
    for m in _BEFORE_DATED.finditer(sentence):
        if not _DATED_SESSION.match(sentence, m.end()):
            continue
        said = m.group("d")
        found = find_dates(said)
        if not found and year is not None:
            bare = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", said, flags=re.I)
            found = find_dates(f"{bare}, {year}")
        out += [f.value for f in found[:1] if f.value is not None]
    return out


def other_periods(sentence: str, phrases: list[Phrase], *, margin: bool) -> list[str]:
    """Periods in the sentence outside every phrase ("(or 14 days for cases ...)")."""
    return [
        " ".join(m.group(0).split())
        for m in patterns(margin).period.finditer(sentence)
        if all(m.end() <= p.start or m.start() >= p.end for p in phrases)
    ]


def close_of_business(sentence: str) -> bool:
    return _COB.search(sentence) is not None
