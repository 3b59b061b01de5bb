"""Kinds of question that need more than an obligation and a topic: facts of the matter,
yes/no about a day, windows of days, holidays, how days are counted, what-ifs.

`classify` runs before the obligation/topic matcher (`questions.interpret`) and answers
only when a kind's cues are plainly there; everything else falls through unchanged. The
cues are about the *shape* of a question (a day named in a yes/no question, a move verb
next to the conference), not its exact words, so new phrasings land without new patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from settleconf.bot.chat.question_dates import NamedDay, days_named, holiday_named


@dataclass(frozen=True)
class Kind:
    intent: str  # an IntentName value
    cue: str
    fact: str | None = None
    day: date | None = None
    until: date | None = None
    asked_about: str | None = None
    topic: str | None = None  # when the kind refines a procedure topic (format: "conference")


# A yes/no question starts with an auxiliary ("is friday ok", "can we send ..."), or has a
# clause that does ("we already gave them a number, do we need another demand?").
_AUX = (r"(?:is|are|was|can|could|would|will|may|should|shall|does|do|did|must|has|have|am|need"
        r"|gotta)")
YES_NO = re.compile(rf"(?:^|[,;:.!?]\s*)(?:so |and |but |hey |quick q |please |then )*{_AUX}\b|"
                    rf"^if\b.*\b{_AUX} (?:we|they|i|you|he|she|it|that|this|plaintiff|defendant)\b")
_SAYS = (r"\bwhat does (?:the|this|our) order say about\b|\bdoes the order (?:say|mention|"
         r"address|cover)\b|\b(?:anything|something) in the order (?:about|on)\b|\bwhere does "
         r"the order (?:say|talk)\b|\bwhat does it say about\b|\bdoes it say anything\b")
_JUDGE = (r"\bwho is (?:the |our )?(?:magistrate|judge|mj)\b|\b(?:which|what) (?:magistrate|judge)"
          r"\b|^(?:the )?(?:magistrate )?judge$|\bwho (?:signed|issued|entered) (?:the|this) "
          r"order\b|\bjudge(?:s)? name\b|\bwho is (?:the|our) (?:magistrate )?judge\b|\bwho is "
          r"(?:the |our )?mj\b|\bbefore (?:which|what|whom) judge\b|\bwho is presiding\b")
_CASE = (r"\bwhat case\b|\bwhich case\b|\bcase (?:no|number|num|name)\b|\bdocket (?:no|number|num)"
         r"\b|\bcaption\b|\bwhat matter is this\b|\bcase is this\b|\bindex (?:no|number)\b")
_PARTIES = (r"\bwho (?:are|is) (?:the )?(?:parties|plaintiff|defendant|other side|opposing party|"
            r"opposing parties)\b|\bwho are we (?:against|suing|up against)\b|\bwho is suing\b")
_COURT = (r"\b(?:what|which) (?:court|district|courthouse)\b|\bwhat is the venue\b|\bwhat venue\b"
          r"|\bwhere is (?:the|this) case\b")
_ORDER_DATE = (r"\bwhen (?:was|is) (?:the|this) order (?:dated|entered|issued|signed|from)?\b|"
               r"\border (?:dated|date|entered|issued)\b")
_SIDE = (r"\bare we (?:the )?(?:plaintiff|defendant)\b|\b(?:which|what) side (?:are we|do we|is "
         r"this channel)\b|\bwho do we represent\b|\bwhat is our side\b|\bare we on\b")
# Zones people ask the conference time in; each maps to an IANA zone.
ZONES: dict[str, tuple[str, str]] = {
    r"california|pacific|pst|pdt|pt|west coast|los angeles|san francisco|seattle|portland|la":
        ("America/Los_Angeles", "Pacific"),
    r"central|cst|cdt|ct|chicago|texas|dallas|houston|austin|minneapolis":
        ("America/Chicago", "Central"),
    r"mountain|mst|mdt|mt|denver|colorado|utah|salt lake": ("America/Denver", "Mountain"),
    r"arizona|phoenix": ("America/Phoenix", "Arizona"),
    r"hawaii|honolulu|hst": ("Pacific/Honolulu", "Hawaii"),
    r"alaska|anchorage": ("America/Anchorage", "Alaska"),
    r"eastern|est|edt|et|new york|east coast|boston|miami|atlanta":
        ("America/New_York", "Eastern"),
    r"london|uk|gmt|bst": ("Europe/London", "London"),
    r"utc": ("UTC", "UTC"),
}
_FORMAT = (r"\bin person\b|\bzoom\b|\bteams\b|\bwebex\b|\bvirtual\w*\b|\bremote\w*\b|\bvideo\w*\b|"
           r"\bonline\b|\bby phone\b|\bon the phone\b|\btelephon\w*\b|\bcourthouse\b|\bin court\b|"
           r"\bin chambers\b|\bplatform\b|\bgoogle meet\b")
_MOVE = (r"\b(?:moved?|moves|moving|adjourn\w*|push(?:ed|es)?|postpone\w*|reschedul\w*|reset|"
         r"continued|bumped|delayed|change[sd]? to)\b")
_COUNTING = (r"\bbusiness days?\b|\bcalendar days?\b|\bcourt days?\b|\bcalendar or business\b|"
             r"\bbusiness or calendar\b|\b(?:weekends?|holidays?) (?:are |get )?counted\b|"
             r"\bweekends? count\b|\bcount "
             r"(?:weekends|holidays)\b|\binclude (?:weekends|holidays)\b|\brule for counting\b|"
             r"\bhow (?:do|does|did) (?:you|we|i|one|the order) count\b|\bcounting rule\b|\bhow "
             r"are (?:the )?days counted\b|\bcount(?:ing)? the days\b")
_HOLIDAY = r"\bholidays?\b|\bcourt (?:is )?(?:closed|open)\b|\bclosed on\b|\bopen on\b"
_OVERDUE = (r"\bare we (?:late|behind)\b|\boverdue\b|\bpast due\b|\bdid we miss\b|\bmissed "
            r"anything\b|\blate on anything\b|\bbehind on anything\b|\banything late\b")
_LEFT = (r"\bwhat (?:is |else is )?(?:left|remains|remaining)\b|\bwhat else\b|\bleft to do\b|"
         r"\bstill to do\b|\bremaining\b")
_AFTER = r"\b(?:after|now that|since|once|that) (?:we|i|they|plaintiff|defendant)?\b"
_POLAR = (r"\bok\b|\bokay\b|\bfine\b|\bin time\b|\bon time\b|\btoo late\b|\blate\b|\bearly\b|"
          r"\bgood\b|\bwork\b|\ballowed\b|\bacceptable\b|\bsafe\b|\bgo (?:in|out)\b|\bsend\b|"
          r"\bsubmit\b|\bfile\b|\brespond\b|\bserve\b|\bmake\b|\bdeliver\b|\bgo out\b|\bbe\b")


def _search(pattern: str, text: str) -> str | None:
    m = re.search(pattern, text)
    return m.group() if m else None


def zone_asked(norm: str) -> tuple[str, str] | None:
    for pattern, zone in ZONES.items():
        if re.search(rf"\b(?:{pattern})\b", norm):
            return zone
    return None


def _fact(norm: str) -> Kind | None:
    if re.search(r"\b(?:who|name|which|what)\b", norm) and re.search(
            r"\b(?:judge|magistrate|mj|presid\w*|chambers)\b", norm) and not re.search(
            r"\bwhen\b|\bdate\b|\btime\b|\bdue\b|\bdeadline|\battend|\bletter|\bsend|\bemail|"
            r"\bsubmit|\baddress|\bwant|\bexpect|\bsay|\bmeet|\bsanction", norm):
        return Kind("matter_fact", "judge", fact="judge")
    for fact, pattern in (("judge", _JUDGE), ("case", _CASE), ("parties", _PARTIES),
                          ("court", _COURT), ("order_date", _ORDER_DATE), ("side", _SIDE)):
        if (cue := _search(pattern, norm)) is not None:
            return Kind("matter_fact", cue, fact=fact)
    timed = _search(r"\bwhat time\b|\btime\b|\bwhen\b|\bstart\w*\b", norm)
    zone = zone_asked(norm)
    if timed and zone and re.search(r"\bconf\w*\b|\bit\b|\bthat\b|\bsession\b|\bstart|\bwhat "
                                    r"time\b", norm):
        return Kind("matter_fact", timed, fact="time_zone", asked_about=zone[0])
    how = _search(_FORMAT, norm)
    about_conf = re.search(r"\bconference\b|\bit\b|\bsession\b|\bmeeting\b", norm) or re.search(
        r"\b(?:go|come|show up|appear|travel|be) (?:to|at|in) (?:the )?(?:courthouse|court)\b|"
        r"\bwhat platform\b", norm)
    if re.search(r"^where is (?:the |our )?(?:settlement )?(?:conference|session|meeting)$|^where "
                 r"(?:will|do) (?:we|it) (?:be|meet|take place)\b", norm):
        return Kind("explain", "where", fact="format", asked_about="where", topic="conference")
    people = r"\bwho\b|\bclient|\bauthority\b|\blink|\brep\b|\battend|\b(?:need|have|has) to be\b"
    if how and about_conf and not re.search(people, norm) and (
            YES_NO.search(norm) or re.search(r"\bwhat platform\b|\bor\b|\bhow is\b", norm)):
        return Kind("explain", how, fact="format", asked_about=how, topic="conference")
    return None


def _first_after(days: list[NamedDay], norm: str, pattern: str) -> NamedDay | None:
    m = re.search(pattern, norm)
    if m is None:
        return days[0] if days else None
    later = [d for d in days if norm.find(d.said, m.start()) >= 0]
    return later[0] if later else (days[-1] if days else None)


_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
            "fourteen": 14}


def _shifted(norm: str, conference: date | None) -> date | None:
    """'moved a week later', 'pushed back two weeks', 'three days earlier'."""
    m = re.search(r"\b(a|one|two|three|four|five|ten|\d+) (day|week)s? (later|out|back|earlier|"
                  r"sooner|up)\b|\bby (a|one|two|three|four|\d+) (day|week)s?\b", norm)
    if m is None or conference is None:
        return None
    amount, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(5))
    n = (_NUMBERS.get(amount) or int(amount)) * (7 if unit == "week" else 1)
    earlier = bool(m.group(3) in ("earlier", "sooner", "up")) or bool(
        re.search(r"\b(?:earlier|sooner|moved up)\b", norm))
    return conference + timedelta(days=-n if earlier else n)


def _window(norm: str, today: date, conference: date | None) -> Kind | None:
    days = days_named(norm, today)
    asks = re.search(r"\b(?:due|owe|anything|what|deadlines?|list|coming up|have to do|need to"
                     r" do|on (?:the|our) plate)\b", norm)
    if not asks:
        return None
    if m := re.search(r"\bnext week\b", norm):
        start = today + timedelta(days=7 - today.weekday())
        return Kind("deadlines", m.group(), day=start, until=start + timedelta(days=6),
                    asked_about="next week")
    if m := re.search(r"\bthis week\b|\bend of (?:the )?week\b", norm):
        end = today + timedelta(days=6 - today.weekday())
        return Kind("this_week", m.group(), day=today, until=end, asked_about="this week")
    if m := re.search(r"\bnext (\d+|two|three|four|five|ten|fourteen) (days|weeks)\b", norm):
        n = _NUMBERS.get(m.group(1)) or int(m.group(1))
        n *= 7 if m.group(2) == "weeks" else 1
        return Kind("this_week", m.group(), day=today, until=today + timedelta(days=n),
                    asked_about=f"in the next {n} days")
    m = re.search(r"\b(before|by|until|til|through|thru|b4) (?:the )?(conference|it)\b", norm)
    if m and conference is not None and not days:
        return Kind("deadlines", m.group(), day=today, until=conference - timedelta(days=1),
                        asked_about="before the conference")
    m = re.search(r"\b(before|by|until|til|through|thru|ahead of|b4|between now and|from now "
                  r"(?:until|till|to|through))\b", norm)
    if m and days and norm.find(days[0].said, m.end()) >= 0:
        end = days[0].day - timedelta(days=1) if m.group(1) in ("before", "ahead of", "b4") else (
            days[0].day)
        label = f"{'before' if end < days[0].day else 'by'} {days[0].holiday or days[0].said}"
        return Kind("this_week", m.group(), day=today, until=end, asked_about=label)
    if len(days) == 1 and days[0].said in ("today", "tomorrow"):
        d = days[0]
        return Kind("this_week", d.said, day=d.day, until=d.day, asked_about=d.said)
    return None


def classify(norm: str, today: date, best: str | None, named: bool,
             conference: date | None) -> Kind | None:
    """The kind of question `norm` is, or None for the obligation/topic matcher.

    `best`: the obligation the question confidently names; `named`: whether it names any."""
    m = re.search(r"\b(?:paragraph|para|section|p)\s?(\d{1,2})\b", norm)
    if m and re.search(r"\bsay|\bread|\bwhat|\bshow|\bquote|\bin\b|\bsummar|\bexplain|\btell",
                       norm):
        return Kind("lookup", m.group(), asked_about=m.group(1))
    if m := re.search(_SAYS, norm):
        return Kind("lookup", m.group())
    about = re.search(r"\bconf\w*\b|\bit\b|\bsession\b|\bjudge\b|\bcourt\b", norm) or best is None
    if (move := _search(_MOVE, norm)) and about and (
            re.search(r"\bif\b|\bwhat if\b|\bhypothetical\w*\b|\bsay\b|\bsuppose\b", norm)):
        later = _first_after(days_named(norm, today), norm, _MOVE)
        day = later.day if later else _shifted(norm, conference)
        return Kind("what_if", move, day=day)
    fact = _fact(norm)
    if fact is not None:
        return fact
    if best is None and YES_NO.search(norm) and re.search(r"\bconf\w*\b|\bsession\b", norm) and (
            days := [d for d in days_named(norm, today) if d.holiday is None]):
        # "is the conference still on May 28?"
        return Kind("conference", days[0].said, fact="conference_day", day=days[0].day)
    at = re.search(r"\bat (\d{1,2})(?: (\d\d))?(?: ?(am|pm))?\b", norm)
    if best is None and at and YES_NO.search(norm) and re.search(r"\bconf\w*\b|\bit\b", norm):
        hour = int(at.group(1)) % 12 + (12 if at.group(3) == "pm" or (
            at.group(3) is None and int(at.group(1)) < 8) else 0)
        return Kind("conference", at.group(), fact="conference_time",
                    asked_about=f"{hour:02d}:{at.group(2) or '00'}")
    holiday = holiday_named(norm, today)
    moves = re.search(r"\bmove\w*|\bchange\w*|\baffect\w*|\bpush\w*|\bshift\w*|\bimpact\w*",
                      norm)
    if holiday and best is None and moves:
        return Kind("holiday", holiday.said, day=holiday.day, asked_about="effect")
    if holiday and best is None and re.search(r"\b(?:due|owe|deadlines?)\b", norm):
        return _window(norm, today, conference)  # "what's due before memorial day"
    if (cue := _search(_HOLIDAY, norm)) or holiday:
        days = days_named(norm, today)
        if best is None and (days or holiday):
            day = holiday.day if holiday else days[0].day
            return Kind("holiday", cue or (holiday.said if holiday else ""), day=day,
                        asked_about="effect" if moves else None)
        if best is not None and (cue or holiday):
            return Kind("why", cue or "holiday", asked_about="holiday")
    if (cue := _search(_COUNTING, norm)) and not re.search(r"\bwhen\b", norm):
        return Kind("counting", cue, asked_about=_search(r"\bweekends?\b|\bholidays?\b", norm))
    if (cue := _search(_OVERDUE, norm)) and best is None:
        return Kind("overdue", cue, day=today)
    doubts = r"\bwhy\b|\bright\b|\bshould not\b|\bwrong\b|\bcorrect\b"
    if best is not None and YES_NO.search(norm) and not re.search(doubts, norm):
        days = [d for d in days_named(norm, today) if d.holiday is None]
        late = _search(r"\b(?:are|am) (?:we|i) (?:too )?late\b|\bis it (?:too )?late\b|\btoo late"
                       r"\b|\bstill (?:in )?time\b|\bstill make it\b", norm)
        judging = _search(r"\bok\b|\bokay\b|\bfine\b|\bin time\b|\bon time\b|\blate\b|\bearly\b"
                          r"|\bwork\b|\bstill\b|\bsafe\b|\bgood\b|\ballowed\b", norm)
        if days and not judging and re.search(r"\bdue\b|\blast day\b|\bdeadline\b", norm):
            # "is the letter due today?": is that the due date, not is it in time
            return Kind("date_check", days[0].said, day=days[0].day, asked_about="due_on")
        if days and _search(_POLAR, norm):
            return Kind("date_check", days[0].said, day=days[0].day,
                        asked_about="late" if _search(r"\btoo late\b|\blate\b", norm) else None)
        if late:
            return Kind("date_check", late, day=today, asked_about="late")
    done = (r"\b(?:is|are) (?:in|done|out|sent|filed)\b|\b(?:sent|filed|made|submitted|served|"
            r"delivered|finished|completed|went out|went in|got out)\b")
    if (cue := _search(_LEFT, norm)) and (named or not re.search(r"\bleft to do\b", norm)) and (
            (named and re.search(_AFTER, norm)) or re.search(done, norm)):
        return Kind("left", cue)
    # "if plaintiff sends the demand tomorrow, when is our response due?" names a day for an
    # event, not a window.
    if best is None:
        window = _window(norm, today, conference)
        if window is None and not named and re.search(
                r"\bwhat (?:is|are) (?:due|owed)\b|\bwhat do (?:we|i|they) owe\b", norm) and not (
                re.search(r"\bnext\b|\bsoon\w*|\bfirst\b|\bcoming\b", norm)):
            return Kind("deadlines", "due")  # "what's due to chambers": all that is due
        return window
    return None


def _lift(*patterns: str) -> frozenset[str]:
    text = re.sub(r"\\[a-zA-Z]", " ", " ".join(patterns))
    return frozenset(re.findall(r"[a-z]{4,}", text))


# Spelling targets for the words these kinds are cued by ("caption", "counting", "mountain"),
# so a typo repair never turns them into an obligation's word.
KIND_WORDS = _lift(_JUDGE, _CASE, _PARTIES, _COURT, _ORDER_DATE, _SIDE, *ZONES, _FORMAT, _MOVE,
                   _COUNTING, _HOLIDAY, _OVERDUE, _LEFT, _POLAR) | frozenset(
    [
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "juneteenth", "memorial", "thanksgiving", "christmas", "independence", "labor",
        "veterans", "columbus", "weekends", "weekend", "holidays", "changes",
    ])
