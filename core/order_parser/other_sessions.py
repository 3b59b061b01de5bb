"""Other sessions an order sets besides the settlement conference, each on its own date.

"The Court SETS a telephonic pre-settlement conference for March 8, 2023, at 10:00 a.m.",
"Preliminary Conference: May 1, 2025 at 11:00 AM", "a scheduling conference at 8:45 a.m.
on the same day": the settlement session stays the conference (conference.py); the other
one is shown as a date of its own, flagged, because which meeting is the settlement session
is the parser's judgement and the parties must attend both.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time

from settleconf.core.order import Conference, Obligation, ObligationKind, Rule, RuleKind
from settleconf.core.order_parser.alternative_dates import (
    alternative_at,
    alternative_reason,
    alternatives,
)
from settleconf.core.order_parser.clauses import find_actor
from settleconf.core.order_parser.conference import (
    CONVERTS,
    ENDS_AT,
    FORMER,
    MOVED_AWAY,
    NOT_CONFERENCE,
    SCHEDULING,
    meeting_kind,
)
from settleconf.core.order_parser.conference_format import OTHER_CONF
from settleconf.core.order_parser.dates_in_text import FoundTime, find_dates, find_times
from settleconf.core.order_parser.paragraphs import Sentence

# How another session may be named once the sentence shows it is not the settlement
# session (meeting_kind): also "a telephone conference ... to discuss the settlement
# conference".
_NAMED = re.compile(
    rf"{OTHER_CONF.pattern}|\b(?:telephone|telephonic|video)\s+conference\b|\bconference\s+call\b"
    # "A hearing on the motion to compel is set for ...": meeting_kind has said it is not
    # the settlement session.
    r"|\b(?:motion\s+)?hearing\b",
    re.IGNORECASE,
)
# A call is not a "conference" to meeting_kind, which then names no meeting for its date:
# "A pre-settlement call will be held on May 4" is the call's.
_CALL = re.compile(r"\bcall$", re.IGNORECASE)


def _kind(text: str, start: int, end: int) -> str | None:
    kind = meeting_kind(text, start, end)
    if kind is None:
        named = list(_NAMED.finditer(text, max(0, start - 200), start))
        if named and _CALL.search(named[-1].group(0)):
            return "other"
    return kind
_HEADING = re.compile(r"^\s*[:\-–—]\s*$")  # "Pre-Settlement Conference: 3/8/2023"
# "The Court will hold a pre-settlement telephone conference on June 10": the verb before
# the meeting's name.
_HOLDS = re.compile(r"\b(?:hold|conduct|convene)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
# Who places the call, in the sentence that sets it: "to be initiated by Plaintiff's
# counsel", "; defense counsel shall initiate the call".
_INITIATOR = re.compile(
    r"\b(?:initiated|placed|arranged|set\s+up)\s+by\s+(?P<by>[^.;,]{1,40})"
    r"|(?P<subj>[^.;,]{1,40}?)\s+(?:shall|must|will|is\s+to|are\s+to)\s+(?:initiate|place|arrange)\b",
    re.IGNORECASE,
)


def _initiator(text: str, after: int) -> str | None:
    m = _INITIATOR.search(text, after)
    return find_actor(m.group("by") or m.group("subj")) if m else None


def _session(
    sentence: Sentence,
    when: date,
    at: int,
    end: int,
    conference: date | None,
    times: list[FoundTime],
) -> Obligation | None:
    text = sentence.text
    mentions = list(_NAMED.finditer(text, max(0, at - 200), at))
    if not mentions:
        return None
    name = " ".join(mentions[-1].group(0).split())
    between = text[mentions[-1].end() : at]
    # "SETS a ... conference for", "... conference is set for", "Conference: 3/8/2023"
    setting = SCHEDULING.search(text, max(0, mentions[-1].start() - 60), at) or _HOLDS.search(
        text, max(0, mentions[-1].start() - 30), mentions[-1].start()
    )
    if not (setting or _HEADING.match(between) or not between.strip()):
        return None
    starts = [t for t in times if not ENDS_AT.search(text, max(0, t.start - 40), t.start)]
    after = [t for t in starts if 0 <= t.start - end <= 45]
    lead = [t for t in starts if 0 <= at - t.end <= 12]
    near = after or lead
    slug = re.sub(r"\W+", "_", name.lower()).strip("_")
    # Everyone attends; the one who places the call is said in what is to be done.
    caller = _initiator(text, end)
    what = f"Attend the {name.lower()}" + (f" ({caller} initiates the call)" if caller else "")
    reason = (
        f"The order sets a {name.lower()} on {when:%B %-d, %Y} besides the settlement "
        f"conference{f' ({conference:%B %-d, %Y})' if conference else ''}; it is shown as its "
        "own date. Check which meeting is which."
    )
    return Obligation(
        id=slug,
        title=name[0].upper() + name[1:].lower(),
        who="parties",
        what=what,
        rule=Rule(RuleKind.FIXED, fixed_date=when, time_of_day=near[0].value if near else None),
        quote=text,
        paragraph=sentence.paragraph,
        needs_review=True,
        review_reasons=(reason,),
        kind=ObligationKind.SESSION,  # attended on its date: shown as an event, not "due"
    )


def recited(when: date, conference: date | None, order_date: date | None) -> bool:
    """A meeting dated before the order's own date, in an order whose date fits the session
    it sets (a misread order date, later than the session, proves nothing)."""
    return order_date is not None and conference is not None and when < order_date <= conference


def other_sessions(
    sentences: tuple[Sentence, ...],
    conference: Conference,
    taken: set[date],
    *,
    order_date: date | None = None,
) -> list[Obligation]:
    """One flagged obligation per other session's date; `taken` are dates already read as
    someone's deadline. A session dated before the order's own date is one the order recites
    ("At the status conference held on April 9, 2026", "the mediation held on June 14"):
    nobody attends it any more, so it is not shown. Only when the settlement conference
    itself falls on or after the order's date: otherwise that date is in doubt."""
    out: list[Obligation] = []
    # A session on the conference's own day (a scheduling conference at 8:45, the
    # settlement conference at 9:30) is told apart by its time.
    seen: set[tuple[date, time | None]] = {(d, None) for d in taken}
    if conference.date:
        seen.add((conference.date, conference.time))
    for sentence in sentences:
        text = sentence.text
        if not _NAMED.search(text):
            continue
        times = find_times(text)  # once per sentence: the parse stays linear
        alts = alternatives(text)
        for found in find_dates(text):
            when = found.value
            # "set for May 5 or May 6, 2026": the earlier day, flagged below.
            alt = alternative_at(alts, found)
            when = alt.earlier if alt and when else when
            before = text[max(0, found.start - 200) : found.start]
            if (
                when is None
                or recited(when, conference.date, order_date)
                or (when, None) in seen
                or NOT_CONFERENCE.search(before)
                or FORMER.search(before)
                or MOVED_AWAY.match(text, found.end)
                or _kind(text, found.start, found.end) != "other"
            ):
                continue
            ob = _session(sentence, when, found.start, found.end, conference.date, times)
            if ob is None or (when, ob.rule.time_of_day) in seen:
                continue
            if when == conference.date and ob.rule.time_of_day is None:
                continue  # the conference's day with no time of its own: not told apart
            if when == conference.date and CONVERTS.search(text, found.end):
                continue  # "... set for 9/15 at 2:00 p.m. is converted to a settlement conference"
            if alt is not None:
                reason = alternative_reason(ob.title.lower(), alt)
                ob = replace(ob, review_reasons=(reason, *ob.review_reasons))
            if any(o.id == ob.id for o in out):
                ob = replace(ob, id=f"{ob.id}_{when:%Y%m%d}")
            seen |= {(when, None), (when, ob.rule.time_of_day)}
            out.append(ob)
    return out
