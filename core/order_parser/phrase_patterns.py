"""The regular expressions for deadline phrases (read by `deadline_phrases`).

Built once per mode: on pleading paper every gap between words may hold margin line
numbers ("no 11 later than"), elsewhere a gap is plain whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from settleconf.core.order_parser.dates_in_text import DATE, DATE_NO_YEAR, SPLIT_DATE, TIME
from settleconf.core.order_parser.numbers import NUMBER, ORDINAL

# The period of a docket cite's abbreviation ("ECF No. 12", "Dkt. No. 45", "Doc. 3"), which
# ends no sentence: a span of a deadline's sentence may run over it.
_CITE_DOT = r"(?:(?<=\bNo)|(?<=\bNos)|(?<=\bDkt)|(?<=\bDoc))\.(?=\s?[\dN])"


def word_gap(margin: bool) -> str:
    """Between words: whitespace, and on pleading paper any margin line numbers in it."""
    return r"(?:\s+\d{1,2}(?=\s)){0,6}\s+" if margin else r"\s+"


def session_named(g: str) -> str:
    """The session as a deadline phrase names it after "before": "the scheduled settlement
    conference", "such mediation", "the reset conference" (the name in group `conf`)."""
    return (
        rf"(?:(?:the|such|this|that|said){g})?(?:(?:scheduled|upcoming|mandatory|judicial"
        rf"|court-ordered|reset|rescheduled){g})*(?P<conf>{session_term(g)})"
    )


def session_term(g: str) -> str:
    """The settlement session under its many names: a court-run mediation, a settlement
    hearing or session, an ENE or ADR session are the conference (issue #13)."""
    return (
        rf"(?:(?:settlement[\s-]+(?:\d{{1,2}}\s+)*)?conference|settlement{g}(?:hearing|session)"
        rf"|mediation(?:{g}(?:hearing|session|conference))?"
        rf"|(?:ENE|early{g}neutral{g}evaluation)(?:{g}(?:session|conference|hearing))?"
        rf"|(?:ADR|alternative{g}dispute{g}resolution){g}(?:hearing|session|conference)"
        # a settlement conference in rounds: "before the second session", "the continued
        # session" (session_rounds flags it when the order's conference is not that round)
        rf"|(?:second|continued|resumed|reconvened){g}(?:settlement{g})?session"
        # a Mandatory Settlement Conference by its initials (C.D. and S.D. Cal.)
        rf"|(?-i:MSC))"
    )


@dataclass(frozen=True)
class Patterns:
    fixed: re.Pattern[str]
    moved: re.Pattern[str]
    deadline_is: re.Pattern[str]
    deadline_paren: re.Pattern[str]
    relative: re.Pattern[str]
    by_conference: re.Pattern[str]
    by_start: re.Pattern[str]
    vague: re.Pattern[str]
    period: re.Pattern[str]


@lru_cache(maxsize=2)
def patterns(margin: bool) -> Patterns:
    g = word_gap(margin)
    mods = (
        rf"(?:(?:scheduled|mandatory|above|said|in-person|video|remote|court-ordered|judicial"
        rf"|court-conducted|court-annexed|upcoming|continued|telephonic|virtual"
        # an amended order's "the reset conference", "the rescheduled mediation"
        rf"|reset|re-set|rescheduled|reconvened|new"
        # a minute entry after a session that did not settle: "before the further conference"
        rf"|further|follow-up"
        # a circuit mediation program's first session: the Ninth Circuit's "assessment
        # conference", a circuit mediator's "initial mediation conference"
        rf"|assessment|initial{g}mediation"
        # an MDL's conferences over several days: "before the first settlement conference"
        # is the session's first day, the date the conference is read as
        rf"|first){g})*"
    )
    # "three working days prior to the 4/2/2014, conference": the date names the session
    # the period counts from; it is not itself the deadline.
    # "before the July 20, 2027 conference", "prior to the June 15th conference"
    dated = rf"(?:(?:{DATE}|{DATE_NO_YEAR}),?{g})?"
    conf = (
        rf"(?:(?:(?:the|such|this|that){g})?{dated}{mods}(?:(?:first{g})?(?:date|day|commencement|start"
        rf"|beginning|conclusion|end"
        rf"|close|completion){g}"
        rf"(?:of|(?:set|scheduled){g}for){g}(?:the{g})?)?{mods}"
        rf"{session_term(g)}(?:{g}date)?"
        # an amended order's "seven (7) days before the new date": the reset conference's
        rf"|(?:the{g})?(?:new|reset|rescheduled){g}(?:(?:conference|session){g})?date"
        # "15 minutes before the scheduled start": the session's start
        rf"|(?:the{g})?scheduled{g}(?:start|starting{g}time|start{g}time|beginning))"
        # "two days after the rescheduled conference is scheduled": the setting is the event,
        # not the session's day (nor is "after the conference is reset").
        rf"(?!{g}(?:is|are|has{g}been|have{g}been|gets){g}(?:re-?)?(?:scheduled|set|noticed"
        rf"|calendared|continued|moved|reset)\b(?!{g}to\b))"  # "is scheduled to begin": its day
    )
    # A clock time and the zone some orders write after it: "5:00 p.m. (PDT)", "noon Eastern".
    one_zone = (
        r"(?:,?\s*\(?(?-i:[A-Z]{2,4}\b|(?:Eastern|Central|Mountain|Pacific|Arizona|Hawaii|Alaska)"
        r"(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?)\)?|\s*\(noon\))?"
    )
    # ... and the same moment in a second zone: "5:00 p.m. ET / 2:00 p.m. PT"
    # "5:00 p.m. sharp" is 5:00 p.m.
    zone = rf"(?:[ \t]+sharp\b)?{one_zone}(?:\s*(?:/|\(|\bor\b)\s*(?:{TIME}){one_zone}\)?)?"
    # "by COB", "by end of day": read as the close of business (the earlier reading)
    cob = (
        rf"(?:the{g})?(?P<cob>close{g}of{g}business|end{g}of{g}(?:the{g})?(?:business{g})?day"
        r"|(?-i:COB|EOD)\b)"
    )
    _THIS_RULING = (
        rf"(?:the{g}(?:date{g}of{g})?(?:entry{g}of{g})?|entry{g}of{g}|(?:the{g})?service{g}of{g})?"
        rf"this{g}(?:(?:memorandum{g})?(?:opinion|decision)(?:{g}and{g}order)?|ruling"
        rf"|memorandum(?:{g}and{g}order)?|(?:report|findings){g}and{g}recommendations?"
        rf"|decision{g}and{g}order)"
    )
    order = (
        rf"(?:(?:the{g})?(?:date{g}of{g}(?:entry{g}of{g})?|(?:filing|entry|issuance){g}date{g}of{g}"
        rf"|entry{g}of{g}|filing{g}of{g}|"
        # "within ten days of receipt of this Order": e-filed, it is received the day it is
        # entered (counted so, for review, in relative_phrases)
        rf"issuance{g}of{g}|service{g}of{g}|(?:the{g})?receipt{g}of{g})?"
        rf"(?:this|the{g}(?:instant|present|court['’]?s))"
        # "this Letter Order", "this Minute Order", "this Text Order": the order itself
        # and a consent order the Court enters: "of the entry of this Consent Order"
        rf"(?:{g}(?:letter|minute|text|electronic|scheduling|referral|consent|stipulated))?"
        # a circuit mediator's or a judge's letter that sets the duty: "within seven (7) days
        # of the date of this letter" (never "the letter", which may be a party's)
        rf"{g}(?:order|notice)|the{g}date{g}hereof|today"
        # a ruling named by its kind: "within fourteen (14) days of this Ruling", "of the entry
        # of this Memorandum Opinion and Order", "after the date of this Report and
        # Recommendation", "of this Memorandum and Order", "this Decision"
        rf"|(?:{_THIS_RULING})"
        rf"|(?:the{g}date{g}of{g})?this{g}letter"
        # a stipulation the Court signs: "within 10 days of the Court's approval of this
        # Stipulation", "of entry of this Stipulated Order" -- the day it is so ordered
        # "of the So-Ordering of this Stipulation"
        rf"|(?:the{g})?(?:court['’]s{g})?(?:approval|entry|signing|so(?:-|{g})ordering){g}of"
        rf"{g}(?:this|the)"
        rf"{g}(?:stipulation|(?:stipulated|agreed){g}order))"
    )
    # Whose paper and what kind: "Plaintiff's written settlement demand".
    owner = (
        rf"(?:(?:the|any|such|a|an|its|their|that|those|these|(?:the{g})?(?:plaintiff|defendant)s?['’]?s?|"
        rf"(?:the{g})?(?:opposing|other){g}(?:party|side)['’]s){g})*"
        rf"(?:(?:settlement|written|initial|formal|monetary|opening|revised|final){g}){{0,3}}"
    )
    # The trigger is the event the order names (receipt, service, filing), never merely
    # "the demand": "within 10 days after receipt of the demand" runs from its receipt.
    event = (
        rf"(?:the{g}date{g}(?:of{g}|on{g}which{g}|that{g})?)?"
        rf"(?:(?:(?:the{g})?(?P<evw>receipt|service|delivery|filing){g}of|receiving"
        rf"|being{g}served{g}with"
        # "within ten days after it receives the demand", "after Defendant is served with"
        rf"|(?:it|they|he|she|(?:the{g})?(?:plaintiffs?|defendants?|counsel)){g}"
        rf"(?:receives?|has{g}received|(?:is|are){g}served{g}with))"
        rf"{g}{owner}(?:[a-z][\w'’-]*{g}){{0,2}}?"  # "the joint status report"
        rf"(?P<evn>demand|offer|proposal|statement|letter|response|counter-?offer|counter-?demand"
        rf"|complaint|answer|motion|request|notice|brief|memorand(?:um|a)|report"
        rf"|position{g}paper"
        # what one side hands the other to work from: "after receiving those records",
        # "of receiving the lien amounts", "after receipt of that data"
        rf"|record|data|document|information|amount|figure|calculation|model|estimate)s?"
        rf"|{owner}(?P<evm>demand|offer|counter-?offer|proposal)s?{g}"
        rf"(?:is{g}|are{g}|has{g}been{g}|have{g}been{g})?"
        rf"(?P<evv>made|served|received|communicated|sent|filed|delivered)"
        # "within ten days of its receipt", "of receiving it": the paper named before.
        rf"|(?P<evp>(?:its|their){g}(?:receipt|service|delivery|filing)|receiving{g}(?:it|them)"
        rf"|(?:receipt|service){g}(?:thereof|of{g}(?:it|them|the{g}same))))"
    )
    # with a note's abbreviations: "1 wk before", "48 hrs prior", "5 bus. days before"
    unit = rf"(?P<unit>(?:(?:full|calendar|cal\.?|business|bus\.?|biz|court|working|judicial){g}){{0,2}}(?:days?|weeks?|wks?\b\.?|fortnights?|hours?|hrs?\b\.?|minutes?|months?)(?:'|’)?)"  # noqa: E501
    # "the day before the conference" is one day before it. "two weeks' prior to": the
    # possessive apostrophe is part of the unit word.
    # "a full week", "the day before", "the third business day preceding the conference"
    num = (
        rf"(?P<num>{NUMBER}|an?(?={g}(?:(?:full|calendar|business|court){g})?(?:week|day|hour|month|fortnight))"
        # "the tenth (10th) day preceding": the numeral in brackets repeats the word
        rf"|the(?:{g}(?:{ORDINAL})(?:{g}\(\d{{1,2}}(?:st|nd|rd|th)?\))?)?"
        rf"(?={g}(?:(?:full|business|court|calendar|working){g})?day{g}"
        # "the twenty-first day after the date of this Order": the 21st day counted on
        rf"(?:before|prior|preceding|after|following))"
        # "the week before the conference": one week (flagged in relative_phrases); not "the
        # Monday of the week before", a weekday (weekday_phrases)
        rf"|(?<!of\s)the(?={g}week{g}(?:before|prior|preceding|in{g}advance)))"
    )
    lead = rf"(?P<lead>(?:no|not){g}(?:later|less|fewer){g}than|at{g}least|a{g}minimum{g}of|by|within(?:{g}the{g}(?:next|following|ensuing))?|at)"  # noqa: E501
    rtime = rf"(?:(?P<rtime>{TIME}){zone},?{g}(?:on{g})?(?:the{g}(?:day{g})?(?:that{g}is{g})?)?)?"
    direction = (
        # "Fourteen days on or before the session date": no later than that day
        r"(?P<dir>on\s+or\s+before|beforehand|before|prior\s+to|prior(?=\s*(?:[.;,]|\((?!\s*to\b)|-+>|→|$))"
        r"|in\s+advance\s+of|in\s+advance"
        r"|preceding|ahead\s+of|after"
        r"|following|from|of|subsequent\s+to)"
    )
    # "within ten days of the demand": the paper, with no word for what happens to it.
    bare = rf"{owner}(?P<evb>demand|offer|counter-?offer|proposal)s?\b"
    anchor = rf"(?:(?P<conf>{conf})|(?P<ord>{order})|(?P<evt>{event})|{bare}|(?P<other>(?:the{g})?[\w-]+(?:{g}[\w-]+)?))"  # noqa: E501
    split = rf"(?P<sdate>{SPLIT_DATE})|" if margin else r"(?P<sdate>(?!))?"
    # The date, and the times around it, after a fixed phrase's lead words.
    stated = (
        rf"(?:(?:(?P<ftime>{TIME}){zone}|{cob}),?{g}(?:on{g})?)?(?:the{g})?"
        rf"(?:(?P<date>{DATE})|{split}(?P<nydate>{DATE_NO_YEAR})"
        # "Ex parte statements due 3/23.": a month/day with no year, only here, after a
        # deadline's lead words (elsewhere "9/1" may be a ratio or a rule); its year is
        # guessed and said
        rf"|(?P<mdate>(?<![\d/.])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/]|\.\d)))"
        rf"(?:,?{g}(?:at|by){g}(?P<ftime2>{TIME}))?"
    )
    flags = re.IGNORECASE
    return Patterns(
        fixed=re.compile(
            # "No later June 2": a dropped "than" is still the deadline.
            # "on or prior to" and "on or before" take the day itself; a bare "before" / "prior
            # to" is read as the day before (fixed_phrases.py).
            # "on or about February 29, 2028": an approximate day (flagged in fixed_phrases)
            rf"(?P<lead>on,?{g}or{g}(?:before|prior{g}to|about),?|(?:no|not){g}later(?:{g}than)?|by|before"
            rf"|until|prior{g}to|"
            # "fact discovery closes 9/30/2027": the last day of a stage of the case
            rf"(?<=discovery\s)(?:closes|ends|shall{g}close|will{g}close)(?:{g}on)?|"
            # "shall make written demand later than June 16": the "no" dropped (flagged)
            rf"(?<!no\s)(?<!not\s)(?<=\s)later{g}than(?={g}(?:\d|[A-Z]))|"
            # docket shorthand, the paper and its date: "plaintiff's demand 6/15/2027,
            # defendant's response 6/29/2027" (only these papers, after a possessive)
            rf"(?:(?<=['’]s\s)|(?<=s['’]\s))(?:written{g})?(?:demand|response|offer|counter-?offer"
            rf"|reply|proposal)s?(?:\s*:)?(?={g}\d)|"
            # "but in no event later than", "at any time up to and including"
            rf"(?:in|at){g}no{g}(?:event|case|time){g}later{g}than|"
            rf"up{g}(?:to|until)(?:{g}and{g}including)?|"
            # "[Deadline: 3/2/2026]" in a heading
            # "Position letters are due to chambers on Aug. 31, 2027": the recipient between
            rf"due(?:{g}(?:to|with|in){g}(?:the{g})?(?:chambers|court|undersigned|clerk|mediator"
            rf"|opposing{g}counsel)(?={g}(?:on|by)\b))?"
            rf"(?:\s*:|{g}(?:on|by))?|deadline(?:\s*:|{g}(?:of|is))"
            # a docket clerk's setting: "set Settlement Papers Deadline for 2/8/01", "Reply
            # Deadline set for 5/1/2018", "Pretrial Memo deadline to 1/17/01"; not a meeting's
            # ("Conference of Counsel deadline to 9:00 2/16/01" is a session, not a filing)
            rf"|(?<!conference\s)(?<!counsel\s)(?<!hearing\s)(?<!trial\s)"
            rf"deadline(?:{g}(?:re)?set)?{g}(?:for|to)(?={g}(?:\d|[A-Z][a-z]+\.?{g}\d))"
            # "on the same date that its brief is due, which is December 8, 2026"
            rf"|same{g}(?:date|day)\b[^.;]{{0,80}}?,?{g}which{g}is"
            # a window ("between May 20, 2024 and May 28, 2024") is due by its end
            rf"|between{g}(?:{DATE}|{DATE_NO_YEAR}|now|today|(?:the{g}date{g}of{g})?this{g}order)"
            rf",?{g}and)"
            rf"{g}{stated}",
            flags,
        ),
        # "The dispositive motion deadline is continued from September 30, 2016, to
        # February 10, 2017": the deadline is where it was moved to.
        moved=re.compile(
            # a docket cite may come between: "(ECF No. 12)", "(Dkt. No. 45)"
            # "The demand, currently due by May 21, is extended to June 1": a duty's old date
            # said as such stands for the deadline's name (never a conference: it is not due).
            rf"\b(?:deadlines?|due{g}dates?|cut-?off(?:{g}dates?)?"
            rf"|(?:currently|presently|previously|formerly|originally){g}due)\b"
            rf"(?:[^.;]|{_CITE_DOT}){{0,80}}?"
            rf"(?P<lead>(?:continued|extended|reset|moved|rescheduled|postponed|changed)"
            # "extended to and including June 16, 2014", "through June 16": the last day
            rf"(?:{g}from{g}{DATE},?)?{g}(?:(?:to|up{g}to|until)(?:{g}and{g}including)?|through))"
            rf"{g}{stated}",
            flags,
        ),
        # "The deadline for Plaintiff to serve a demand is February 26, 2026", "The last day
        # to submit statements is June 7": the date after "is" when the subject is a party's
        # deadline (read from "is" on).
        # "The deadline for statements remains August 3, 2027": an amended order restating a
        # date it keeps is still that duty's deadline.
        deadline_is=re.compile(
            rf"\b(?:deadline|due{g}date|last{g}day){g}(?:for|to|by{g}which){g}(?:[^.;]|{_CITE_DOT}){{3,120}}?{g}(?P<lead>is|remains|(?:will|shall){g}remain){g}"
            rf"{stated}",
            flags,
        ),
        # "The deadline for the written demand (8/26/2025) is not changed.": the date in
        # brackets after the deadline it names (read from the bracket on).
        deadline_paren=re.compile(
            rf"\b(?:deadline|due{g}date)s?{g}(?:for|of){g}[^.;()]{{3,80}}?\s*(?P<lead>\()\s*{stated}"
            r"\s*\)",
            flags,
        ),
        relative=re.compile(
            rf"(?:{lead}{g})?{rtime}{num}{g}{unit}"
            # "at least 7 days, excluding weekends and holidays, before the conference": the
            # excluded days stand between the count and its direction
            rf"(?:,\s*(?:excluding|exclusive{g}of|not{g}counting){g}[^.;]{{1,80}}?"
            rf"(?=,\s*(?:before|prior|preceding|in{g}advance|ahead)))?"
            rf"(?:(?:{g}|,\s*)(?:(?P<after>thereafter|later(?!{g}than))|{direction}(?:{g}{anchor})?))?",
            flags,
        ),
        # "by the conference", "at any time up to the conference"; not "by video conference",
        # which is how, not when: the conference is named with an article here.
        by_conference=re.compile(
            rf"\b(?:by|on{g}or{g}before|no{g}later{g}than|up{g}(?:to|until)(?:{g}and{g}including)?"
            rf"|until"
            # "file a notice on the day of the conference", "on the same day as the mediation"
            rf"|on(?={g}(?:the|this|said){g}(?:day|date){g}of\b)"
            rf"|on{g}the{g}same{g}(?:day|date){g}as"
            # a window that closes at the session: "between the date of this order and the
            # date of the conference", "between now and the mediation"
            rf"|between{g}(?:{order}|now|(?:the{g})?entry{g}of{g}this{g}order){g}and"
            rf"){g}(?P<conf>(?:the|this|said){g}{conf})",
            flags,
        ),
        # "before the conference begins", "prior to the commencement of the mediation": due
        # by the start time, so on the conference day at its hour.
        by_start=re.compile(
            rf"\b(?:(?:before|prior{g}to|by|no{g}later{g}than|in{g}advance{g}of|until){g}"
            rf"(?:the{g})?(?:commencement|start|beginning|opening){g}of{g}{conf}"
            rf"|(?:before|prior{g}to){g}{conf}{g}(?:begins|starts|commences|convenes|opens))",
            flags,
        ),
        vague=re.compile(
            rf"\b(?:(?:prior{g}to|before|in{g}advance{g}of){g}(?P<conf>{conf})"
            rf"|as{g}far{g}in{g}advance{g}of{g}(?P<conf2>{conf}){g}as{g}possible)",
            flags,
        ),
        period=re.compile(rf"(?<![\w(]){NUMBER}{g}{unit}", flags),
    )
