"""Kinds of question that need more than an obligation and a topic: facts of the matter,
yes/no about a day, windows of days, holidays, how days are counted, what-ifs.

`classify` runs before the obligation/topic matcher (`questions.interpret`) and answers
only when a kind's cues are plainly there; everything else falls through unchanged. The
cues are about the *shape* of a question (a day named in a yes/no question, a move verb
next to the conference), not its exact words, so new phrasings land without new patterns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from settleconf.bot.chat.fact_kinds import FACT_CUES, Kind, fact_kind
from settleconf.bot.chat.fact_kinds import YES_NO as YES_NO  # shared by the reply builders
from settleconf.bot.chat.fact_kinds import search as _search
from settleconf.bot.chat.question_dates import (
    OBSERVANCES,
    NamedDay,
    court_day,
    days_named,
    holiday_named,
    holidays_between,
)
from settleconf.bot.chat.question_vocabulary import GROUNDS

_SAYS = (r"\bwhat does (?:the|this|our) (?:order|court|judge|magistrate judge) say about\b|"
         r"\bdoes the order (?:say|mention|"
         r"address|cover)\b|\b(?:anything|something) in the order (?:about|on)\b|\bwhere does "
         r"the order (?:say|talk)\b|\bwhat does it say about\b|\bdoes it say anything\b|"
         r"\b(?:order|it) (?:say|says|state|states|mention|mentions|talk|talks|provide|provides)"
         r"(?: anything)? (?:about|re|regarding|on|as to)\b")
_MOVE = (r"\b(?:moved?|moves|moving|adjourn\w*|push(?:ed|es)?|postpone\w*|reschedul\w*|"
         r"reset(?:s|ting)?|continued|bump(?:s|ed|ing)?|delayed|change[sd]? to|slides?|slid|"
         r"slips?|slipped|"
         r"kicked|shift(?:s|ed)?|pull(?:s|ed|ing)?(?: it| us| the conf\w*| the date)? "
         r"(?:in|up|forward)|"
         r"brought forward|advanced)\b")
# "what if a deadline falls on memorial day?": the weekend-and-holiday rule, not that day
_FALLS_ON = (r"\b(?:lands?|falls?|ends?) on (?:a |the )?(?:weekend|holiday|saturday|sunday|"
             r"memorial day|juneteenth|christmas|thanksgiving|labou?r day|new years?(?: day)?|"
             r"july 4\w*)\b|\bif\b[a-z0-9 ]*\b(?:were|was|fell on) a (?:saturday|sunday|weekend|"
             r"holiday)\b")
_COUNTING = "|".join([
    r"\bbusiness days?\b|\bcalendar days?\b|\bcourt days?\b|\bcalendar or business\b",
    r"\bbusiness or calendar\b|\b(?:weekends?|holidays?) (?:are |get )?counted\b",
    r"\bweekends? count\b|\bcount (?:weekends|holidays)\b|\binclude (?:weekends|holidays)\b",
    r"\b(?:exclusive|inclusive) of (?:the )?(?:weekends?|holidays?)\b",
    r"\brule for counting\b|\bhow (?:do|does|did) (?:you|we|i|one|the order) count\b",
    r"\bcounting rule\b|\bhow are (?:the )?(?:\w+ )?days counted\b|\bcount(?:ing)? the days\b",
    r"\bcomputation\b|\bcomputing\b|\brules? (?:govern|appl)\w*\b",
    r"\bfrcp\b|\brule 6\b|\bfederal rules?\b|\brules?\b[a-z ]*\bcount\w*\b",
    r"\bcounted (?:from|back\w*|forward)\b|\b(?:count|run)s? (?:back\w*|forward) from\b",
    # "is the 14-day count from the conference?", "does the 7 day clock run from the demand"
    r"\b\d+ ?day (?:count|clock|period) (?:runs? |starts? )?(?:from|back)\b",
    r"\b(?:day of the conference|conference day|trigger day|first day)(?: itself)? (?:count|"
    r"counted|included|"
    r"excluded)\b|\bcount the (?:conference day|day of)\b",
    r"\bif\b[a-z0-9 ]*\b(?:is|were|was|fell on|falls on|lands on|landed on) a (?:saturday|sunday|"
    r"weekend|holiday)\b",
    # "how does counting work", "include the day of the conference", "count the day it is sent"
    r"\bhow (?:does|do) (?:the )?(?:day )?count(?:ing)? work\b|\bcounting work\w*\b",
    r"\binclud\w* the (?:day of the conference|conference day|last day|first day|trigger day)\b",
    r"\bcount the day (?:the|we|they|it|our|their)\b",
    # "does the day we get their demand count as day 1?": the day that starts the count
    r"\bthe day\b.*\b(?:day (?:1|one)|the first day)\b",
    r"\b(?:saturdays?|sundays?) (?:count|counts|counted)\b",
    r"\b(?:weekends?|holidays?) (?:are |get |got |be )?(?:count|counted|included|excluded|"
    r"skipped)\b",
    r"\b(?:skip|exclud)\w* (?:the )?(?:weekends?|holidays?)\b",
    r"\bhow (?:are |is |were |do |does )?(?:the |these |our |a )?(?:\w+ )?(?:deadlines?|dates?|days"
    r"|periods?) (?:are |is |get )?(?:counted|computed|calculated|figured|worked out)\b",
    r"\b(?:lands?|falls?|ends?) on a (?:weekend|holiday|saturday|sunday)\b",
    _FALLS_ON,
    # where the count starts: "does day 1 start the day after the demand?"
    r"\bday (?:1|one)\b|\bfirst day\b(?: \w+){0,3} (?:start|begin|is)\w*\b|\bclock "
    r"(?:start|begin)s?\b|\bstarts? (?:counting|running)\b",
])
_HOLIDAY = (r"\bholidays?\b|\b(?:court|courthouse|chambers|clerks? office|sdny|court house) "
            r"(?:is |be )?"
            r"(?:closed|open|shut)\b|\b(?:closed|shut) on\b|"
            r"\bopen on\b|"
            r"\b(?:are we|is (?:the court|chambers|everyone)) off\b|\bdays? off\b|"
            # "anything closing the courthouse this month?"
            r"\bclos\w* (?:the |down the )?(?:court|courthouse|court house|chambers)\b")
# The holiday a question points at without naming it: the one before the conference.
_DUE_BEFORE = r"\b(?:due|owe|owed|deadlines?)\b.*\b(?:before|by|until|til|b4)\b"
_SOME_HOLIDAY = (r"\b(?:the|any|a|what|which) (?:federal |court |legal )?holidays?\b|"
                 r"\b(?:days?|dates?) (?:is |are )?the court (?:is )?closed\b|"
                 r"\b(?:federal|court|legal|"
                 r"public|bank) holidays?\b|\b(?:long|holiday|"
                 r"three day) weekend\b|"
                 r"\b(?:any|anything|something)\b(?: \w+)? clos\w* (?:the |down the )?(?:court|"
                 r"courthouse|court house|chambers)\b")
_OVERDUE = (r"\bare we (?:late|behind)\b|^we (?:late|behind)\b|\boverdue\b|\bpast due\b|"
            r"\bdid we miss\b|\bmiss(?:ed)? anything\b|"
            r"\b(?:not|didnt|havent|never) miss\w* (?:any|a) (?:deadlines?|dates?)\b|"
            r"\blate on anything\b|\bbehind on anything\b|\banything late\b|\b(?:did|"
            r"have|has) (?:we|i|anyone|plaintiff|defendant|they) (?:already |ever )?"
            r"(?:miss|missed|blow|blew|blown)\b|\b(?:blew|blown|missed) (?:a|any|the) "
            r"(?:deadlines?|dates?)\b|"
            r"\bslip\w*\b|\bfall(?:en)? behind\b|\blapsed\b|"
            # a partner's idiom for a missed date: "did we drop the ball on anything?"
            r"\bdr[oa]p(?:ped)? the ball\b|\bfell through the cracks\b|\bscrew(?:ed)? up\b|"
            r"\bpast (?:its|it is|their|the) due dates?\b|"
            # "any deadlines that have already passed?": a deadline gone by, asked of them all
            r"\b(?:deadlines|dates) (?:\w+ ){0,4}(?:have|has) (?:already |now )?(?:passed|gone by|"
            r"expired)\b|"
            # "any deadlines blown?": the noun first
            r"\b(?:deadlines?|dates?) (?:(?:we|i|they) (?:have |had )?)?(?:blown|missed|blew|"
            r"lapsed|gone by)\b|"
            r"\bin trouble (?:on|with) (?:any |the )?(?:deadlines?|dates?)\b|"
            r"\b(?:we are|were|are we) (?:late|behind) on\b|"
            r"\blate on something\b|\bforg[eo]t\w*\b|\bdropped the ball\b|\b(?:fall|fell|fallen|"
            r"slipped) through\b")
# "where do things stand?": nothing past due, or what is; then what comes next.
_STATUS = (r"^status\b|\bstatus(?: (?:please|check|update|report|pls))?$|"
           r"\bhow (?:are )?things looking\b|\bhow (?:is it|do things) look\w*\b|"
           r"\bon (?:schedule|target)\b|\bgood to go\b|\b(?:ok|okay|good|fine) on (?:time|"
           r"deadlines|dates)\b|\b(?:do|does) (?:we|i) owe anything\b(?! (?:this|next|tomorrow|"
           r"today|by|before|on|in|to|after|for))|"
           r"\bstatus (?:update|check|of (?:the|this) (?:matter|case))\b|"
           # "where do we stand", not "where do we have to be on the 28th" (a place)
           r"\bwhere (?:do|are) (?:things|we|matters) stand\b|"
           r"\bwhere are (?:things|we|matters)\b(?! (?:meeting|going|supposed|having|holding|"
           r"logging|joining))|\bon track\b|\bup to date\b|\bhow "
           r"(?:are )?we (?:doing|looking)\b|\beverything (?:done|handled|covered|taken care of)\b|"
           r"\bwhat is the status\b|\bin good shape\b|\bcaught up\b|"
           r"\bcurrent on\b|\bon top of (?:everything|things)\b|\bin compliance\b|\bcompliant\b|"
           r"\b(?:in|all) (?:the )?clear\b|\bare we (?:good|"
           r"ok|okay|fine|all set|covered)\b|"
           # a partner's "we good?", "are we squared away?"
           r"^(?:so )?we (?:good|ok|okay|fine|all set)$|\b(?:squared|buttoned) (?:away|up)\b")
# "everything done?", "have we done everything?", "are we all done?": every duty, done or not
_ALL_DONE = (r"^(?:is )?everything (?:done|handled|finished|complete|completed|taken care of|"
             r"sent|submitted|in)$|\b(?:have|did) (?:we|i) (?:done|do|finish\w*|handled?|"
             r"complet\w*) (?:everything|it all|all of it)\b|\bare we all done\b|"
             r"\b(?:is|are) (?:everything|all (?:the |our )?(?:deadlines|items|duties)) (?:done|"
             r"handled|finished|complete|completed|taken care of)\b")
_LEFT = (r"\bwhat (?:is |else is )?(?:left|remains|remaining)\b|\bwhat else\b|\bleft to do\b|"
         r"\bstill to do\b|\bremaining\b|\bnot (?:done|finished|completed|handled)(?: yet)?\b|"
         r"\byet to (?:do|be done)\b|\boutstanding\b|\banything (?:left|remaining|open)\b|"
         r"\bstill (?:have|need|got) to do\b|"
         # "is there anything we still need to file?" (not "do we still need to send one?")
         r"\b(?:anything|what|something)\b(?: \w+){0,3} still (?:have|need|got) to (?:file|send|"
         r"submit|serve|prepare|get out)\b|"
         r"\bstill (?:owed?|open|pending|due)\b|"
         r"\bpending\b|"
         r"\b(?:still )?needs? (?:doing|to be done)\b|"
         r"\bwhat is next after\b|\bwhat comes (?:after|next)\b|\bthen what\b|\bafter that\b|"
         r"\bopen (?:items?|tasks?|issues?)\b|\bloose ends?\b|\btodos?\b")
# One duty's state asked: done (marked) or not, and when it is due.
_ITEM_STATUS = (r"\bwhere (?:are|do) (?:we|things) (?:stand )?(?:on|with)\b|\bstatus (?:of|on)\b|"
                r"\b(?:did|have|has) (?:we|they|plaintiff|defendant|the \w+|our \w+)(?: \w+)? "
                r"(?:send|sent|serve|served|file|filed|submit|submitted|make|made|do|done|go out|"
                r"gone out|went out|been sent|been served|been made|been filed|been submitted)\b|"
                # ("is the ex parte letter done?": three words; not "is the letter emailed or
                # filed", "is the ltr publicly filed", which ask how it is sent)
                r"\b(?:is|are) (?:the|our|their) \w+"
                r"(?: (?!or\b|and\b)(?!\w+ly\b)(?!\w+ed\b)\w+){0,3} (?:done|sent|out|in|finished|"
                r"submitted|filed|served)(?: yet)?$|\bupdate on (?:the|our) \w+")
_AFTER = r"\b(?:after|now that|since|once|that) (?:we|i|they|plaintiff|defendant)?\b"
_POLAR = (r"\bok\b|\bokay\b|\bfine\b|\bin time\b|\bon time\b|\btoo late\b|\blate\b|\bearly\b|"
          r"\btoo soon\b|\bprematur\w*|"
          r"\bgood\b|\bwork\b|\ballowed\b|\bacceptable\b|\bsafe\b|\bgo (?:in|out)\b|\bsend\b|"
          r"\bsubmit\b|\bfile\b|\brespond\b|\bserve\b|\bmake\b|\bdeliver\b|\bgo out\b|\bbe\b|"
          r"\banswer\b|\breply\b|\bcounter\b")



def _first_after(days: list[NamedDay], norm: str, pattern: str) -> NamedDay | None:
    m = re.search(pattern, norm)
    if m is None:
        return days[0] if days else None
    later = [d for d in days if norm.find(d.said, m.start()) >= 0]
    return later[0] if later else (days[-1] if days else None)


_LATER = (r"\b(?:a|one|two|three|four|five|ten|\d+) (?:day|week)s? (?:later|earlier|sooner|out)\b"
          r"|\b(?:later|earlier) by (?:a|one|two|three|\d+) (?:day|week)s?\b"
          # "if the conf is on 6/3 instead", "for a june 5 conference", "a new date of june 24"
          r"|\bif (?:the |our )?(?:conf\w*|it|session|hearing) (?:is|were|was|ends up|lands) (?:on|"
          r"set for|scheduled for|held on)\b|\bfor a [a-z]* ?\d+\w* (?:conf\w*|session|hearing)\b|"
          # "if the conference were june 4", "if the conf was mon 6/3": the day said bare
          r"\bif (?:the |our )?(?:conf\w*|session|hearing) (?:is|were|was) (?:the )?"
          r"(?:(?:mon|tue|wed|thu|fri)[a-z]* (?:the )?)?"
          r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d|\d+/\d+|"
          r"\d+(?:st|nd|rd|th)\b)|"
          r"\bnew (?:conference |conf )?date (?:of|is)\b")
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
            "fourteen": 14}


def _shifted(norm: str, conference: date | None) -> date | None:
    """'moved a week later', 'pushed back two weeks', 'three days earlier'."""
    m = re.search(r"\b(a|one|two|three|four|five|ten|\d+) (day|week)s? (later|out|back|earlier|"
                  r"sooner|up)\b|\b(?:by|for|" + _MOVE[2:-2] + r") "
                  r"(?:it |the conf\w* |things |us |them )?"
                  r"(?:up |back |out )?(?:by |for )?(a|one|two|"
                  r"three|four|\d+) (day|week)s?\b", norm)
    if m is None or conference is None:
        return None
    amount, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(5))
    n = (_NUMBERS.get(amount) or int(amount)) * (7 if unit == "week" else 1)
    earlier = bool(m.group(3) in ("earlier", "sooner", "up")) or bool(
        re.search(r"\b(?:earlier|sooner|moved up|pulled (?:in|up|forward)|brought "
                  r"forward|advanced|pull\w* (?:\w+ ){0,2}(?:in|up|forward))\b", norm))
    return conference + timedelta(days=-n if earlier else n)


# What a move is said of: the conference, or the court moving it, or "us" moved ("if we get
# bumped to july 8", "judge pushes us back two weeks"), never "we push the letter".
_MOVED_EVENT = (r"\bconf\w*\b|\bit\b|\bsession\b|\bjudge\b|\bcourt\b|\bthey reschedul\w*\b|"
                # "if we're bumped" is read "if were bumped"
                r"\bnew (?:conference |conf )?date\b|\b(?:(?:we|us) (?:get|got|are|were|be|gets)|"
                r"(?:^|(?<=if )|(?<=when )|(?<=once ))were) (?:\w+ )?(?:bumped|moved|pushed|"
                r"rescheduled|reset|adjourned|pulled|postponed)\b|"
                r"\b(?:bump|move|push|pull|reset)\w* us\b")
# A paper sent on a day ("can we submit it the friday before the conf?"): that day is the
# paper's, not the conference's
_PAPER_SENT = (r"\b(?:send|submit|e ?mail|deliver|file|serve|get|turn|hand) (?:it|this|that|ours|"
               r"them|our (?:\w+ )?(?:letter|submission|statement|paper|brief|memo))\b")
# The conference confirmed as still set: "still a go", "still on", "still happening"
_STILL_ON = (r"\bstill (?:a go|on|happening|going ahead|going forward|scheduled|set|planned|"
             r"confirmed|proceeding|in place|the plan)\b|\b(?:still )?a go\b|\bgoing ahead\b|"
             r"\bwe still on\b")
_THE_CONFERENCE = r"\bconf\w*\b|\bsession\b|\bhearing\b|\bmediation\b"


def _conference_when(norm: str, today: date) -> Kind | None:
    """"is the conf this week / next week?" (a span of days), "is it on a tuesday?" (a
    weekday, not the coming Tuesday)."""
    if m := re.search(r"\b(this|next) week\b", norm):
        monday = today - timedelta(days=today.weekday()) + timedelta(
            days=7 if m.group(1) == "next" else 0)
        return Kind("conference", m.group(), fact="conference_day", day=max(monday, today),
                    until=monday + timedelta(days=6))
    if m := re.search(r"\bin (a|one|two|three|four|\d) weeks?\b", norm):
        # "is the conference in two weeks?": that week, not that very day
        ahead = today + timedelta(days=7 * (_NUMBERS.get(m.group(1)) or int(m.group(1))))
        monday = ahead - timedelta(days=ahead.weekday())
        return Kind("conference", m.group(), fact="conference_day", day=monday,
                    until=monday + timedelta(days=6))
    if m := re.search(r"\b(?:on|held on) a (mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", norm):
        weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(m.group(1))
        return Kind("conference", m.group(), fact="conference_weekday", asked_about=str(weekday))
    return None


def _window(norm: str, today: date, conference: date | None) -> Kind | None:
    days = days_named(norm, today)
    asks = re.search(r"\b(?:due|owe|anything|what|deadlines?|list|coming up|have to do|need to"
                     r" do|on (?:the|our) plate|get (?:\w+ )?done)\b", norm)
    if not asks or re.search(r"\b(?:process|procedure|mechanics|protocol)\b", norm):
        # "what's the process for trading offers before the conf": how, not what is due
        return None
    if m := re.search(r"\bnext week\b", norm):
        start = today + timedelta(days=7 - today.weekday())
        return Kind("deadlines", m.group(), day=start, until=start + timedelta(days=6),
                    asked_about="next week")
    if m := re.search(r"\bthis week\b|\bend of (?:the )?week\b|\b(?:before|by) the weekend\b",
                      norm):
        end = today + timedelta(days=6 - today.weekday())
        return Kind("this_week", m.group(), day=today, until=end, asked_about="this week")
    if m := re.search(r"\bnext (\d+|two|three|four|five|ten|fourteen) (days|weeks)\b", norm):
        n = _NUMBERS.get(m.group(1)) or int(m.group(1))
        n *= 7 if m.group(2) == "weeks" else 1
        return Kind("this_week", m.group(), day=today, until=today + timedelta(days=n),
                    asked_about=f"in the next {n} days")
    if (m := re.search(r"\b(?:the )?week of\b", norm)) and days:
        start = days[0].day - timedelta(days=days[0].day.weekday())
        return Kind("deadlines", m.group(), day=start, until=start + timedelta(days=6),
                    asked_about=f"the week of {days[0].said}")
    if (m := re.search(r"\b(?:after|following|since)\b", norm)) and days and norm.find(
            days[0].said, m.end()) >= 0:
        # "what do we have due after memorial day": from the next day on
        start = days[0].day + timedelta(days=1)
        return Kind("this_week", m.group(), day=start, until=date.max,
                    asked_about=f"after {days[0].holiday or days[0].said}")
    m = re.search(r"\b(before|by|until|til|b4) (?:the )?(?:long|holiday|three day) weekend\b", norm)
    if m and conference is not None and (near := holidays_between(today, conference)):
        # the long weekend starts the first day off before the holiday
        start = near[0].day
        while not court_day(start - timedelta(days=1)):
            start -= timedelta(days=1)
        return Kind("this_week", m.group(), day=today, until=start - timedelta(days=1),
                    asked_about=f"before the {near[0].holiday} weekend")
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
    if len({d.day for d in days}) == 1 and (days[0].said in ("today", "tomorrow") or re.search(
            rf"\b(?:on|for|due) (?:the |\w+ )?{re.escape(days[0].said)}", norm)):
        d = days[0]
        return Kind("this_week", d.said, day=d.day, until=d.day, asked_about=d.said)
    return None


def _falls_on_rule(norm: str, best: str | None) -> str | None:
    """"if a deadline falls on a sunday, does it move?": the rule for a last day off (not a
    named duty's own day put up: "the statement falls on memorial day, so it's really due
    june 1?" asks about that duty)."""
    cue = _search(_FALLS_ON, norm)
    if cue is None or not re.search(r"\bdeadlines?\b|\bdue\b|\bdate\b|\bit\b", norm):
        return None
    if best is not None and re.search(r"\breally\b|\bso (?:it|its|the)\b", norm):
        return None
    return cue


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
    if (cue := _falls_on_rule(norm, best)) and not re.search(_THE_CONFERENCE, norm):
        # "if a deadline falls on a sunday, does it move?": the rule for a last day off, not
        # the conference moved
        return Kind("counting", cue, asked_about="weekend")
    about = re.search(_MOVED_EVENT, norm) or best is None
    # "if the conf were a week later", "conf moved to 6/13 - new demand date?": a move
    # supposed, with or without "if", when the question asks what would follow from it
    if (move := _search(_MOVE, norm) or _search(_LATER, norm)) and about and (
            re.search(r"\bif\b|\bwhat if\b|\bhypothetical\w*\b|\bsay\b|\bsuppos\w*\b|"
                      r"\bassum\w*\b|\bimagine\b|\bin case\b|\bwould\b", norm) or (
                re.search(_MOVED_EVENT, norm) and (days_named(norm, today) or _shifted(
                    norm, conference)) and re.search(
                    r"\bnew\b|\bwhat changes\b|\bthen\b|\bwhen\b|\bdue\b", norm))):
        later = _first_after(days_named(norm, today), norm, _MOVE)
        day = later.day if later else _shifted(norm, conference)
        return Kind("what_if", move, day=day)
    fact = fact_kind(norm)
    if fact is not None and not (fact.fact in ("court", "format") and _search(_HOLIDAY, norm)):
        # ("SDNY shut on 5/27?", "courthouse closed on the 24th?" ask whether the court is open
        # that day, not which court nor where the conference is)
        return fact
    weekday = _search(r"\bday of (?:the )?week\b|\bweekday\b", norm)
    if best is None and weekday and re.search(_THE_CONFERENCE, norm) and not YES_NO.search(norm):
        # "what day of the week is the conference?": the weekday, spelled out
        return Kind("conference", weekday, fact="conference_weekday")
    if best is None and not named and (cue := _search(r"\bwhat time\b|\bwhat hour\b|\bhow early"
                                                      r"\b", norm)):
        return Kind("conference", cue)  # "what time do we log on": the one timed event
    if best is None and (YES_NO.search(norm) or re.search(r"\b(?:right|correct)$", norm)) and (
            re.search(_THE_CONFERENCE, norm)) and (
            asked := _conference_when(norm, today)) is not None:
        # "conf next week right?": put up for confirmation, a yes/no too
        return asked
    if best is None and (re.search(_THE_CONFERENCE, norm) or re.search(
            r"\b(?:are )?we still on\b", norm)) and (cue := _search(_STILL_ON, norm)) and not (
            _search(_MOVE, norm)) and not days_named(norm, today, conference):
        # "is the conf still a go?": yes while it is ahead, with its day, time and paragraph
        return Kind("conference", cue, fact="conference_day", day=today, until=date.max)
    # "conf on the 28th right?": a statement put up for confirmation asks yes or no too
    confirm = YES_NO.search(norm) or re.search(r"\b(?:right|correct)$|\bstill on for\b", norm) or (
        # verbless: "conf = 5/28 @ 2:30?", "settlement conf on may 28?"
        re.match(r"(?:the |our )?(?:settlement )?conf\w* (?:is |on |still |set for )?(?:the )?"
                 r"(?:\d+/\d+|(?:may|june|july|april) \d+|\d+(?:st|nd|rd|th)|today|tomorrow|"
                 r"tonight)\b", norm))
    vs = re.search(r"\b(before|after)(?: or (?:before|after))? (?:the |our )?(?:settlement )?"
                   r"(?:conf\w*|session)\b", norm)
    # ("is memorial day one of the 5 business days before the conf?" asks about the count)
    if re.search(r"\b\d+ (?:(?:business|calendar|court|working) )?days? (?:before|after)\b", norm):
        vs = None
    if best is None and vs and re.match(r"(?:is|isnt|was|will|would) ", norm) and (days := [
            # (not "the friday before the conference": a day counted from it)
            d for d in days_named(norm, today, conference)
            if norm.find(d.said) >= 0 and norm.find(d.said) + len(d.said) <= vs.start()]):
        # "is juneteenth before or after our conf?": that day against the conference
        either = re.search(r"\bbefore or after\b|\bafter or before\b", vs.group())
        return Kind("conference", vs.group(), fact="day_vs_conference", day=days[-1].day,
                    asked_about="either" if either else vs.group(1))
    around = re.search(r"\b(before|after|prior to|ahead of) ((?:\w+ ){0,2}\w+)$", norm)
    if best is None and confirm and around and re.search(_THE_CONFERENCE, norm) and (
            days := days_named(around.group(2), today)):
        # "is the conference before memorial day?": the conference against that day, both ways
        before = around.group(1) != "after"
        return Kind("conference", around.group(), fact="conference_day",
                    day=today if before else days[0].day + timedelta(days=1),
                    until=days[0].day - timedelta(days=1) if before else date.max)
    if best is None and confirm and re.search(
            # "(are) we still on for the 28th?": the one event there is, by the idiom for it
            r"\bconf\w*\b|\bsession\b|\b(?:still|we) on for\b|\bstill (?:happening|going ahead)\b",
            # ("is the friday before the conference a holiday?" asks about that friday)
            norm) and not _search(_HOLIDAY, norm) and not _search(_PAPER_SENT, norm) and (
            # (the conference's own "13th" read as its day; the conference itself named is
            # not a day put up to it)
            days := [d for d in days_named(norm, today, conference) if (not re.search(
                _THE_CONFERENCE, d.said) and d.holiday is None) or (
                re.search(
                # "will the conference be on memorial day?": that day, not the holiday's rule
                    rf"\b(?:be|is|on|held) (?:on )?{re.escape(d.said)}$", norm))]):
        # "is the conference still on May 28?"
        return Kind("conference", days[0].said, fact="conference_day", day=days[0].day)
    if best is None and YES_NO.search(norm) and re.search(_THE_CONFERENCE, norm) and (
            part := _search(r"\b(?:morning|afternoon|evening)\b", norm)) and not re.search(
            r"\bor\b", norm):
        # "is the conf in the morning?": the part of the day, yes or no
        return Kind("conference", part, fact="conference_time", asked_about=part)
    at = re.search(r"\bat (\d{1,2})(?: (\d\d))?(?: ?(am|pm))?\b", norm)
    if best is None and at and YES_NO.search(norm) and re.search(r"\bconf\w*\b|\bit\b", norm):
        hour = int(at.group(1)) % 12 + (12 if at.group(3) == "pm" or (
            at.group(3) is None and int(at.group(1)) < 8) else 0)
        return Kind("conference", at.group(), fact="conference_time",
                    asked_about=f"{hour:02d}:{at.group(2) or '00'}")
    if cue := _falls_on_rule(norm, best):
        return Kind("counting", cue, asked_about="weekend")
    if best is not None and _asks_counted_day(norm, today, conference) and (
            check := _day_check(norm, today, conference, holidays=True)) is not None:
        # "can we send the letter the day after memorial day?": a day, not the holiday's effect
        return check
    holiday = holiday_named(norm, today)
    if holiday is None and best is None and conference is not None and not days_named(
            norm, today, conference) and not _search(_COUNTING, norm) and not _search(
            _DUE_BEFORE, norm) and (
            cue := _search(_SOME_HOLIDAY, norm)) and (
            near := holidays_between(today, conference)):
        # "does the long weekend change anything?": the holiday before the conference; "federal
        # holiday coming up?" asks only which day it is
        coming = re.search(r"\b(?:coming|upcoming|soon|next|ahead)\b", norm) and not re.search(
            r"\bmove\w*|\bchange\w*|\baffect\w*|\bpush\w*|\bshift\w*|\bimpact\w*|\bmatter",
            norm)
        return Kind("holiday", cue, day=near[0].day, asked_about=None if coming else "effect")
    moves = re.search(r"\bmove\w*|\bchange\w*|\baffect\w*|\bpush\w*|\bshift\w*|\bimpact\w*|"
                      rf"\bmatters? (?:for|to)\b|\bmatter$|\bmean for\b|{_LOSE}", norm)
    if holiday and re.search(r"\bwhy\b|\bhow come\b", norm) and (
            count := _search(r"\bcount\w*|\bskip\w*|\bexclud\w*", norm)):
        # "why isn't memorial day counted?": how business days are counted
        return Kind("counting", count, asked_about="holidays")
    if holiday and best is None and moves:
        return Kind("holiday", holiday.said, day=holiday.day, asked_about="effect")
    if holiday and best is None and re.search(r"\b(?:due|owe|deadlines?)\b|\bget (?:\w+ )?done\b",
                                              norm):
        return _window(norm, today, conference)  # "what's due before memorial day"
    if (cue := _search(r"\b(?:any|which|what) (?:court |legal |federal )?holidays\b", norm)) and (
            upto := [d for d in days_named(norm, today, conference) if d.holiday is None]) and (
            near := holidays_between(today, upto[0].day)):
        # "any court holidays b4 the 28th": the holidays up to that day, not that day
        return Kind("holiday", cue, day=near[0].day)
    if holiday and best is None and (count := _search(
            r"\bcount(?:s|ed)? (?:as|toward|towards|in|against)\b|\b(?:one|part) of the\b", norm)) \
            and re.search(r"\bdays?\b|\bperiod\b", norm):
        # "does memorial day count as one of the 5 days?": how the period is counted
        return Kind("counting", count, asked_about="holidays")
    if (cue := _search(_HOLIDAY, norm)) or holiday:
        days = days_named(norm, today, conference)
        if best is None and (days or holiday):
            # "is the friday before memorial day a holiday?": the day counted, not the anchor
            day = days[0].day if days and (days[0].holiday is None or holiday is None) else (
                holiday.day if holiday else days[0].day)
            return Kind("holiday", cue or (holiday.said if holiday else ""), day=day,
                        asked_about="effect" if moves else None)
        if best is not None and (count := _search(r"\b(?:count|counts|counted|included)\b(?! back)",
                                                  norm)):
            # "does memorial day count as one of the 5 days?": how that duty's days are counted
            return Kind("counting", count, asked_about="holidays")
        if best is not None and (cue or holiday):
            return Kind("why", cue or "holiday", asked_about="holiday")
    # ("when counting back", "when we compute it": "when" joins a clause, asks no date)
    if (cue := _search(_COUNTING, norm)) and not re.search(
            r"\bwhen\b(?! (?:we |you |i |one )?(?:count|comput|calculat|figur)\w*)|"
            r"\bwhat am i missing\b|^i thought\b", norm) and not _proposes_day(
            norm, today, conference):
        # "are weekends excluded?" asks the opposite of "do weekends count?"
        skipped = _search(r"\b(?:skip|exclu[ds])\w*\b", norm)
        if _search(_FALLS_ON, norm):
            return Kind("counting", cue, asked_about="weekend")
        return Kind("counting", cue, asked_about="skipped" if skipped else _search(
            r"\bweekends?\b|\bholidays?\b", norm))
    if (cue := _search(_OVERDUE, norm)) and best is None:
        # "tell me we didn't miss anything": "Yes — past due: ..." would read as "yes, we didn't"
        negated = re.search(r"\b(?:not|didnt|havent|never) miss", norm)
        return Kind("overdue", cue, day=today, asked_about="negated" if negated else None)
    if (cue := _search(_ALL_DONE, norm)) and best is None and not re.search(
            r"\bso far\b|\bfor now\b|\bon time\b|\bwhen\b", norm):
        # "everything done?": is every duty done, yes or no, with what is open and what is done
        return Kind("overdue", cue, day=today, asked_about="all_done")
    if (cue := _search(_STATUS, norm)) and best is None:
        # "are we on track?" is "are we late?" turned round; "status?" asks no yes/no at all
        polar = re.search(r"(?<!where )\bare we\b|\bon track\b|\bup to date\b|"
                          r"\bon (?:schedule|target)\b|\bgood to go\b|\bon time\b|"
                          r"\bin good shape\b|\bcaught up\b|\bcurrent "
                          r"on\b|\bon top of\b|\bin compliance\b|\bcompliant\b|\bclear\b|"
                          r"^(?:so )?we \w+$|\bsquared\b|\bbuttoned\b", cue)
        return Kind("overdue", cue, day=today, asked_about="on_track" if polar else "status")
    if best is not None and (check := _day_check(norm, today, conference)) is not None:
        return check
    if best is not None and (cue := _search(_ITEM_STATUS, norm)):
        # "where are we on the letter?", "has the demand gone out?": that duty's state
        return Kind("left", cue, asked_about="item")
    done = (r"\b(?:is|are) (?:in|done|out|sent|filed)\b|\b(?:sent|filed|made|submitted|served|"
            r"delivered|finished|completed|went out|went in|went (?:to|over|off)|got out|did)\b|"
            r"\bgot (?:the |our |it )?(?:\w+ )?(?:out|in)\b|\b(?:after|since|once) (?:we )?"
            r"(?:sending|filing|serving|submitting|making|sent|filed|served|submitted|made)\b")
    # ("they sent the demand today - when is our counter due?" asks a date counted from it)
    if re.search(done, norm) and best is not None and not re.search(
            r"\bwhen\b|\bby what\b|\bwhat (?:day|date)\b", norm) and (window := _window(
            norm, today, conference)) and window.asked_about in ("this week", "next week", "today",
                                                                "tomorrow"):
        # "we sent the demand on the 10th - anything else due this week?": the window, less it
        return replace(window, after_done=True)
    if re.search(done, norm) and (cue := _search(
            r"\bwhat is next\b|\bnow what\b|\banything (?:else|outstanding|left|pending|open)\b|"
            r"\bwhat else\b|\b(?:are|were) we (?:late|behind)\b|\bstill (?:have|need|got) to do\b|"
            r"\boutstanding\b|\bwhat is left\b", norm)):
        # "we did the demand and the letter; anything outstanding?": what is left once those
        # are done; "are we late" of it still asks yes or no
        return Kind("left", cue, asked_about="late" if re.search(r"\blate\b|\bbehind\b", cue)
                    else None)
    if (cue := _search(_LEFT, norm)) and (named or not re.search(r"\bleft to do\b(?! before)",
                                                                   norm)) and (
            (named and re.search(_AFTER, norm)) or re.search(done, norm) or not named):
        return Kind("left", cue)  # "what's left?": what is still open from today
    # "if plaintiff sends the demand tomorrow, when is our response due?" names a day for an
    # event, not a window.
    if best is None and not re.search(GROUNDS, norm):  # why that day, not what is due
        window = _window(norm, today, conference)
        if window is None and not named and re.search(
                r"\bwhat (?:is|are) (?:due|owed)\b|\bwhat do (?:we|i|they) owe\b", norm) and not (
                re.search(r"\bnext\b|\bsoon\w*|\bfirst\b|\bcoming\b", norm)):
            return Kind("deadlines", "due")  # "what's due to chambers": all that is due
        return window
    return None


# ("do we lose a day b/c of memorial day?": its effect, in days lost)
_LOSE = r"\blos[et]\w* (?:a |any |one |\d )?(?:business )?days?\b|\bbecause of\b|\bthanks to\b"
_EFFECT = (r"\bmove\w*|\bchange\w*|\baffect\w*|\bpush\w*|\bshift\w*|\bimpact\w*|\bcount\w*|"
           rf"\bskip\w*|{_LOSE}")
_SEND = (r"\b(?:send(?:s|ing)?|sent|submit\w*|get(?:ting)?|deliver\w*|serv(?:e|ing)|fil(?:e|ing)|"
         r"e ?mail\w*|hand\w*|go (?:out|in)|do(?:ing)?|mak(?:e|ing)|respond\w*)\b")


def _asks_counted_day(norm: str, today: date, conference: date | None) -> bool:
    """A holiday named as the day something is done ("send it on memorial day"), or a day
    counted from another ("the friday before memorial day", "3 business days before the
    conference"): a day asked about, not the holiday's effect or how days are counted."""
    days = days_named(norm, today, conference)
    if re.search(_EFFECT, norm) or (_search(_COUNTING, norm) and not any(
            re.search(r"\bdays? (?:before|after|from|prior to|ahead of)\b", d.said)
            for d in days)):
        return False
    counted = any(d.holiday is None and (holiday_named(d.said, today) or re.search(
        r"\b(?:before|after|from|prior to|ahead of)\b|^in\b", d.said)) for d in days)
    return counted or (any(d.holiday for d in days) and bool(re.search(
        # "the letter to chambers on memorial day - ok?": the day judged, without a verb
        _SEND + r"|\b(?:ok|okay|fine|good|in time|timely|allowed|acceptable)\b", norm)))


def _next_week(today: date, said: str) -> NamedDay:
    """"send the demand next week, ok?": its Monday, and its Friday as the other reading, so
    a due date inside the week is said both ways rather than guessed."""
    monday = today + timedelta(days=7 - today.weekday())
    return NamedDay(monday, said, also=monday + timedelta(days=4))


def _day_check(norm: str, today: date, conference: date | None,
               holidays: bool = False) -> Kind | None:
    """A yes/no about a day for the duty the question names ("is friday ok for the letter?",
    "too late for the demand?"). A holiday counts as the day asked about only when
    `holidays` ("can we send it on memorial day?"); otherwise it asks about the holiday."""
    # "we'll send it on the 14th, that works right?": a tag asks yes/no, not a doubt.
    tag = _search(r"\b(?:works?|ok|okay|fine|good|in time|timely)(?: right| correct| yes)?$|"
                  # "deadline for the letter is the 20th right?": a confirmation asked
                  # (any month: "excuse request is due dec 27 right? 5 court days before jan 3")
                  r"\b(?:is|by|on|due) (?:the |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                  r"[a-z]* )?\d+(?:st|nd|rd|th|/\d+)? (?:right|correct)\b|"
                  # "so we have until the 21st to respond?": the last day put up to confirm
                  r"\b(?:we|they|i) (?:have|got) (?:until|till|til) (?:the )?\w+|"
                  # "sending it thursday, any issue?": a problem is being late
                  r"\bany (?:issues?|problems?|concerns?|risk)$|\b(?:a|any) problem\b|"
                  r"\b(?:issues?|problems?|concerns?)$|"
                  # a plan stated for a day: "we're aiming to get the letter in on 5/17"
                  r"\b(?:plan(?:s|ning)?|aim(?:s|ing)?|intend(?:s|ing)?|hop(?:e|ing)|targeting|"
                  r"shooting|expect(?:s|ing)?|going) (?:to|for)\b|"
                  # verbless: "ok to send the demand tomorrow?", "monday the 20th ok for the ltr?"
                  r"\b(?:ok|okay|fine|good|timely) (?:to|for|if)\b|"
                  # verbless: "ltr to chambers by mon?", "demand out by the 14th?"
                  r"^(?!.*\b(?:what|when|where|who|how|which|why|if)\b)(?:\w+ ){1,5}by (?:the )?"
                  r"(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|eod|cob|\d)\w*(?: \w+)?$|"
                  # verbless: "ltr due today?", "demand due the 14th?"
                  r"^(?!.*\b(?:what|when|where|who|how|which|why|if)\b)(?:\w+ ){1,4}due "
                  r"(?:on )?(?:the )?(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|\d)\w*$",
                  norm)
    doubts = r"\bwhy\b|\bright\b|\bshould not\b|\bwrong\b|\bcorrect\b"
    if re.search(r"\b(?:a new one|another one|again|a second one)\b", norm):
        return None  # "we sent one in march - do we need a new one by the 14th?": whether to redo
    # a yes/no inverted after a first clause, the dash gone: "their demand arrives may 9 can
    # we answer on may 17" (no question word before it)
    tag = tag or _search(r"^(?!(?:\S+ )*?(?:what|when|where|who|whom|how|which|why)\b)(?:\S+ ){3,}"
                         r"(?:can|could|should|must|do|does|may|will|would) (?:we|they|i|"
                         r"plaintiff|defendant) (?:\w+ ){1,4}(?:on|by) (?:the )?(?:\d|may\b|june\b|"
                         r"mon|tue|wed|thu|fri|sat|sun|today|tomorrow)", norm)
    if not YES_NO.search(norm) and not tag and (late := _search(
            r"\bstill (?:in )?time\b|\btoo late\b|\bstill make it\b|"
            # "do we still have time to send the letter?"
            r"\bstill (?:have|got|has) (?:\w+ )?time\b", norm)):
        # "still time to ...?" asks whether it is in time, "too late?" whether it is late; of
        # today unless a day is named ("demand in 2 wks - too late?")
        named = days_named(norm, today, conference)
        if not named and (wk := re.search(r"\bnext (?:week|wk)\b", norm)):
            named = [_next_week(today, wk.group())]
        return Kind("date_check", named[0].said if named else late,
                    day=named[0].day if named else today, also=named[0].also if named else None,
                    asked_about=None if "still" in late else "late")
    # "if pl sends the dmd on the 14th, when do we respond?" asks when, not yes or no
    asks_when = re.search(r"\bwhen\b|\bby what\b|\bwhat (?:day|date)\b", norm)
    if not (YES_NO.search(norm) or tag) or asks_when or not (
            tag or not re.search(doubts, norm)):
        return None
    days = [d for d in days_named(norm, today, conference) if holidays or d.holiday is None]
    if not days and tag and re.search(r"\bstill\b", norm):
        return Kind("date_check", "still", day=today)  # "still ok to send the ltr?": today
    if not days and (wk := re.search(r"\bnext week\b", norm)):
        days = [_next_week(today, wk.group())]
    late = _search(r"\b(?:are|am) (?:we|i) (?:too )?(?:late|behind|overdue|past due)\b|"
                   r"\bis it (?:too )?late\b|"
                   r"\btoo late\b|\bstill (?:in )?time\b|\bstill make it\b|"
                   r"\bstill (?:have|got|has) (?:\w+ )?time\b|"
                   r"\b(?:did|have) (?:we|i|they) (?:miss|missed|blow|blown)\b|"
                   r"\bis it (?:overdue|past due)\b|\b(?:passed|pass|expired|gone by)\b", norm)
    judging = _search(r"\bok\b|\bokay\b|\bfine\b|\bin time\b|\bon time\b|\blate\b|\bearly\b"
                      r"|\btimely\b|\bwork\b|\bstill\b|\bsafe\b|\bgood\b|\ballowed\b", norm)
    if days and not judging and re.search(r"\bdue\b|\blast day\b|\bdeadline\b", norm):
        # "is the letter due today?": is that the due date, not is it in time
        return Kind("date_check", days[0].said, day=days[0].day, asked_about="due_on")
    # "can we hold the demand until friday?", "can we do the letter monday?": the same check
    if days and (_search(_POLAR, norm) or tag or re.search(
            r"\bget\b|\bturn\b|\bhand\b|\bemail\b|\bsent\b|\bdo\b|\bhold\w*\b|\bwait\w*\b|\bworks\b|"
            r"\bpush\w*\b|\bdelay\w*\b|\bput (?:it )?off\b|\bgo\b", norm)):
        early = _search(r"\btoo (?:early|soon)\b|\bprematur\w*", norm)  # "the 13th too early?"
        return Kind("date_check", days[0].said, day=days[0].day, also=days[0].also,
                    asked_about="early" if early else "late" if _search(
                        r"\btoo late\b|\blate\b|\bproblem\b|\bissues?\b|\bconcerns?\b", norm)
                    else None)
    if late:
        return Kind("date_check", late, day=today,
                    asked_about=None if "still" in late else "late")
    return None

def _proposes_day(norm: str, today: date, conference: date | None) -> bool:
    """A day other than the conference put forward as the answer ("wouldn't 5 business days
    before the 28th be the 21st?"): a doubt about a date, not how days are counted."""
    return any(d.day != conference and re.search(
        rf"\b(?:be|was|land on|fall on) (?:the )?{re.escape(d.said)}\b", norm)
        for d in days_named(norm, today, conference))


def _lift(*patterns: str) -> frozenset[str]:
    text = re.sub(r"\\[a-zA-Z]", " ", " ".join(patterns))
    return frozenset(re.findall(r"[a-z]{4,}", text))


# Spelling targets for the words these kinds are cued by ("caption", "counting", "mountain"),
# so a typo repair never turns them into an obligation's word.
KIND_WORDS = _lift(*FACT_CUES, _MOVE, _COUNTING, _HOLIDAY, _OVERDUE, _STATUS, _LEFT,
                   _POLAR, *OBSERVANCES) | frozenset(
    [
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "juneteenth", "memorial", "thanksgiving", "christmas", "independence", "labor",
        "veterans", "columbus", "weekends", "weekend", "holidays", "changes",
    ])
