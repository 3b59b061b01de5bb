"""Which date, time and place the order sets for the settlement conference.

Every date in a sentence about a conference is a candidate; it is scored by how the
sentence talks about it (scheduled/set/continued to, a time right after it) and struck
out when it is a deadline ("by", "no later than"), the order's own date ("signed ...
on"), another hearing ("status conference") or the date a conference was moved from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time
from itertools import pairwise

from settleconf.core.counting import fmt_time
from settleconf.core.order import Conference, ConferenceFormat
from settleconf.core.order_parser.alternative_dates import (
    alternative_at,
    alternative_reason,
    alternatives,
)
from settleconf.core.order_parser.called_off import (
    CONNECTIVE,
    cannot_proceed_after,
    given_up_before,
    history_before,
)
from settleconf.core.order_parser.chat_initials import spell_out_chat_initials
from settleconf.core.order_parser.conference_format import (
    CONDITIONAL,
    CONF,
    IN_PERSON,
    NOT_A_KIND,
    OTHER_CONF,
    OTHER_KINDS,
    OTHER_MEETING,
    SESSION,
    SETTLEMENT_CONF,
    SETTLEMENT_WORD,
    conference_format,
    link_delivery,
)
from settleconf.core.order_parser.dates_in_text import (
    DATE_NO_YEAR,
    MONTH,
    TIME,
    WEEKDAY,
    FoundDate,
    FoundTime,
    find_dates,
    find_times,
    month_day,
    parse_time_text,
)
from settleconf.core.order_parser.deadline import check
from settleconf.core.order_parser.held_sessions import held_sessions
from settleconf.core.order_parser.hollow_dates import (
    hollow_session,
    hollow_time,
    session_read_elsewhere,
    session_warning,
    time_warning,
)
from settleconf.core.order_parser.location import conference_location
from settleconf.core.order_parser.meeting_manner import is_manner
from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.order_parser.pronoun_sessions import pronoun_sessions
from settleconf.core.order_parser.recitals import recital_span
from settleconf.core.order_parser.session_days import multi_day_warning
from settleconf.core.order_parser.spelled_days import (
    nth_weekday_dates,
    sets_a_week,
    weekday_day_words,
)
from settleconf.core.order_parser.stated_zone import court_zone_time
from settleconf.core.order_parser.time_changes import changed_time
from settleconf.core.order_parser.vacated import Vacatur, vacatur

SCHEDULING = re.compile(
    r"\b(?:scheduled|set|sets|held|conducted|continued|reset|rescheduled|commence|convene|"
    r"resets|reschedules|continues|reconvened?|resetting|rescheduling|continuing|"
    r"date\s+set|will\s+be\s+held|take\s+place|occur|appear|attend)\b",
    re.IGNORECASE,
)
# Words right before a date that make it something other than the conference date.
NOT_CONFERENCE = re.compile(
    r"(?:\b(?:by|before|until|through|than|prior\s+to|dated|filed|entered|issued|due)\s+"
    r"(?:(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|noon)\s*(?:\(\w+\)\s*)?(?:on\s+)?)?"
    # "Signed by Judge John T. Copenhaver, Jr. on 6/30/2016": initials keep their periods
    r"|\b(?:signed|filed|entered|dated|issued)\b(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b[JS]r)\.){0,60}\bon\s+"
    r"|\b(?:days?|weeks?|hours?)\s+(?:before|prior\s+to|in\s+advance\s+of|after)\b[^.;]{0,60}"
    # an earlier order's own date: "By minute order of November 20, 2023, the Court set"
    r"|\border\s+of\s+)$",
    re.IGNORECASE,
)
FORMER = re.compile(
    r"\b(?:currently|previously|originally|formerly)\s+(?:scheduled|set|calendared)\s+(?:for|on)"
    r"\s*(?:\d{1,2}\s+)*$|\b(?:vacated?|(?:continued|reset|rescheduled|moved|changed|adjourned|postponed"
    r"|advanced)\s+from)\s*$",
    re.IGNORECASE,
)
# "... set for May 5, 2020 is VACATED and reset to ...": the date it is moved from. Its
# time and place may come between: "The ENE set for April 26, 2017, at 1:45 PM in the
# Chambers of Judge J. Doe, U.S. Courthouse, ..., is CONTINUED to June 14, 2017".
_PERIOD_IN_NAME = r"(?:[^.;]|(?<=\b[A-Z])\.|\.(?=[\w,])|(?<=[ap]\.m)\.)"  # "J.", "U.S.", "a.m."
_TIME_AND_PLACE = (
    rf"(?:,?\s*(?:at\s+)?{TIME})?(?:,?\s+(?:in|at|before)\s+{_PERIOD_IN_NAME}{{0,250}}?,)?"
)
# The docket entry that set it, cited between the date and the verb: "set for March 10, 2027
# (ECF No. 40) is VACATED", "scheduled for ... at 9:00 a.m. [Dkt. 88] is hereby stricken".
_DOCKET_CITE = r"(?:,?\s*[(\[]\s*(?:ECF|Dkt|Doc|Docket|D\.\s?E|Dk)\.?[^)\]\n]{0,25}[)\]])?"
MOVED_AWAY = re.compile(
    rf"{_TIME_AND_PLACE}{_DOCKET_CITE}"
    rf"[,\s]*(?:(?:is|are|shall|be|hereby|has|been|{CONNECTIVE})\s+)*(?:vacated|continued|reset|rescheduled|"
    r"moved|stricken|cancell?ed|adjourned|postponed|advanced)\b(?!\s+(?:to|until|for)\b)",
    re.IGNORECASE,
)
# "... set for May 18, 2027 at 9:00 a.m. is VACATED", "... is adjourned sine die", "... is
# taken off calendar": the session is taken off the calendar, not moved. However well the
# sentence names it, the date is no longer the session's: with no other date the order sets
# none.
_TAKEN_OFF = re.compile(
    rf"{_TIME_AND_PLACE}{_DOCKET_CITE}"
    rf"[,\s]*(?:(?:is|are|shall|be|hereby|has|been|{CONNECTIVE})\s+)*(?:vacated|stricken|cancell?ed|terminated"
    r"|(?:adjourned|continued|postponed)\s+(?:sine\s+die|without\s+date|indefinitely|generally)"
    r"|(?:taken|removed)\s+(?:off|from)\s+(?:the\s+)?(?:court['’]s\s+)?calendar|off\s+calendar)\b",
    re.IGNORECASE,
)
# "... five business days before the settlement conference, which remains set for July 20,
# 2027": a period counted back from the session, then the session named with its date. The
# date is the session's, not a deadline's.
_SESSION_SET_FOR = re.compile(
    r"\b(?:conference|mediation|session)\b,?\s*(?:(?:which|that)\s+)?"
    r"(?:(?:is|remains|has\s+been|shall\s+remain)\s+)?(?:(?:currently|now|still|presently)\s+)?"
    r"(?:set|scheduled|calendared|to\s+be\s+held)\s+(?:for|on)\s+(?:\w+,?\s+)?$",
    re.IGNORECASE,
)
# "the March 4, 2027 deadline for ex parte settlement letters is vacated": the date names a
# deadline, never the session.
# So does "The undersigned's October 21, 2021 order set the ENE on ...": the date of an
# earlier order (or notice), never the session.
_NAMES_DEADLINE = re.compile(
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:deadlines?|due\s+dates?|(?:minute\s+|text\s+|scheduling\s+)?"
    r"(?:order|notice)(?!\s+(?:of|to|for|on|at)\b))\b",
    re.I,
)
# "to be set by separate order, on or after July 1, 2027", "for a date after June 30", "no
# earlier than": a bound on the date the session will get, not its date.
_BOUND = re.compile(
    r"\b(?:(?:on\s+or\s+|sometime\s+|some\s+time\s+|any\s+time\s+|date\s+)?after"
    r"|(?:no|not)\s+(?:earlier|sooner)\s+than|not\s+before)\s+(?:\w+,?\s+)?$",
    re.IGNORECASE,
)
# "IT IS on this 4th day of June, 2027, ORDERED that this matter is referred ... for a
# settlement conference": the date the order is signed, in its ceremonial form.
_THIS_DAY_OF = re.compile(r"\bthis\s+$", re.IGNORECASE)
_DAY_OF = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\b", re.IGNORECASE)


_MOVED_TO = re.compile(
    r"\b(?:continued|reset|rescheduled|moved|changed|adjourned|postponed|advanced)\s+"
    r"(?:to|until|for)\s+(?:\w+,?\s+)?$"
    # "ADJOURNED from September 15, 2026 to October 13, 2026": the date after "to".
    r"|\b(?:continued|reset|rescheduled|moved|changed|adjourned|postponed|advanced)\s+from\s+"
    r"[^.;]{1,60}?\s(?:to|until)\s+(?:\w+,?\s+)?$"
    # the order's own ruling, present tense with its object: "(2) RESETS the ENE for", or
    # as a gerund: "IT IS FURTHER ORDERED resetting the Settlement Conference to"
    r"|\b(?:resets|reschedules|continues|resetting|rescheduling|continuing)\s+(?:\S+\s+){1,5}?"
    r"(?:to|until|for)\s+(?:\w+,?\s+)?$"
    # a session taken up again: "The mediation shall be reconvened on"
    r"|\breconvened?\s+(?:on|for)\s+(?:\w+,?\s+)?$"
    # "CONTINUES the video SC currently scheduled for July 7, 2022, at 9:30 a.m., until":
    # the session named with the date it had, then the date it moves to.
    r"|\b(?:resets|reschedules|continues|continued|reset|rescheduled|adjourned|postponed)\s+"
    r"(?:\S+\s+){0,5}?(?:currently\s+|previously\s+|originally\s+)?(?:scheduled|set)\s+"
    rf"(?:for|on)\s+{_PERIOD_IN_NAME}{{1,80}}?\s(?:to|until)\s+(?:\w+,?\s+)?$",
    re.I,
)
# "... set for March 10, 2020 is hereby ADJOURNED to April 14, 2020": with the new date
# right after, the one before is the date it was moved from.
_MOVED_TO_DATE = re.compile(
    rf"{_TIME_AND_PLACE}{_DOCKET_CITE}[,\s]*(?:(?:is|are|shall|be|hereby|has|been|{CONNECTIVE})\s+)*(?:continued|reset|rescheduled|moved|"
    rf"adjourned|postponed|advanced)\s+(?:to|until)\s+(?:{WEEKDAY},?\s+)?(?:{MONTH}|\d)",
    re.IGNORECASE,
)
# "the July 27, 2016 settlement conference before the undersigned is vacated": the date
# names the session being taken off the calendar.
_NAMED_SESSION_MOVED = re.compile(
    r"\s*(?:settlement\s+)?(?:conference|mediation|session|ENE|evaluation)\b[^.;]{0,60}?"
    r"\b(?:is|are|be|has\s+been)\s+(?:hereby\s+)?(?:vacated|continued|reset|rescheduled|"
    r"cancell?ed|adjourned|postponed|stricken)\b(?!\s+(?:to|until|for)\b)",
    re.IGNORECASE,
)
# A recital of what happened before this order: "On February 18, 2020, the Court
# initially scheduled the ENE ... on April 8, 2020". Its dates are history.
_RECITAL = re.compile(
    r"^\W*(?:\d{1,2}\s+)*on\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:\d{1,2}\s+)?\d{4},\s+"
    r"(?:the\s+)?\w+(?:\s+\w+)?\s+(?:\w+ly\s+)?(?:\w+ed|set|reset|held)\b"
    r"|\b(?:initially|originally|previously)\s+(?:scheduled|set|calendared)\b",
    re.IGNORECASE,
)
# A sentence opened by the earlier order that set the session: "By Order dated March 3, 2026
# (ECF No. 12), the Court scheduled a settlement conference for April 9, 2026", "In its Text
# Order entered February 2, 2026, the Court had set ...". Likely history when the order moves
# the session elsewhere, but often a restatement of the setting that stands: a softer mark
# than _RECITAL's, so the date still holds when no other is set.
_BY_EARLIER_ORDER = re.compile(
    r"^\W*(?:by|in|per|under)\s+(?:an?\s+|its\s+|the\s+(?:court's\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"order\s+(?:dated|of|entered|filed|issued)(?:\s+on)?\s+"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s*[(\[][^)\]]{0,30}[)\]])?,\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:had\s+)?"
    r"(?:\w+ly\s+)?(?:\w+ed|set|reset)\b",
    re.IGNORECASE,
)
_EARLIER_ORDER_DOUBT = 5

# "The conference previously set for November 12, 2025 will now take place on December 2,
# 2025": after the date it had, the sentence sets the date it has now. That date is no
# history, however the sentence began.
_NOW_SET = re.compile(
    r"\b(?:will|shall|is|are)\s+(?:now\s+|hereby\s+|instead\s+)*(?:be\s+)?"
    r"(?:take\s+place|held|heard|set|reset|re-set|rescheduled|moved|continued|proceed|convene"
    r"|go\s+forward|occur)\b(?:[^.;]|\.(?=\w)){0,40}?\b(?:on|for|to|until)\s+(?:\w+,?\s+)?$",
    re.IGNORECASE,
)

# A meeting the sentence says took place, its date right after: "A conference was held with
# counsel ... on June 14, 2010." History, unless a present or future setting comes between.
_WAS_HELD = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:held|conducted|convened)\b"
    r"(?:(?!\b(?:is|are|will|shall|be)\b)[^.;]){0,80}$",
    re.IGNORECASE,
)


_QUALIFIER_SETTLEMENT = re.compile(
    rf"(?<!pre-)(?<!pre\s)\b{SETTLEMENT_WORD}\.?[\s-]+(?:\d{{1,2}}\s+)*$", re.I
)
# "status conference", "preliminary (remote) conference", "pre-mediation telephone conference".
# Also the call named twice over ("a pre-settlement conference telephone conference"), and
# "pre-" right before a session's own name ("a pre-mediation conference": CONF reads
# "mediation conference" from inside it).
# One word may stand between the kind and "conference" ("status (telephone) conference"),
# but not "settlement" or an article: "ORDER SCHEDULING (A) SETTLEMENT CONFERENCE" sets the
# settlement session.
_QUALIFIER_OTHER = re.compile(
    rf"\b{NOT_A_KIND}(?:{OTHER_KINDS})\s+(?:(?:conference|mediation)\s+)?"
    r"(?:\(?(?!(?:settlement|an?|the)\b)[\w-]+\)?\s+)?$|\bpre-$",
    re.IGNORECASE,
)


# What another meeting is for: "to prepare for the mediation", "to discuss the upcoming
# settlement conference" (CONF matches the "conference" of "settlement conference").
_PREPARES_FOR = re.compile(
    r"\b(?:(?:prepare|preparation|ready)\s+for|(?:ahead|in\s+advance)\s+of|discuss(?:ing)?)\s+"
    r"(?:the\s+)?(?:upcoming\s+|scheduled\s+)?(?:settlement\s+)?$",
    re.IGNORECASE,
)


# "ORDER SCHEDULING MEDIATION for 10/4/2023": the verb, the session named right after it.
_SCHEDULING_VERB = re.compile(r"\bscheduling\s+$", re.IGNORECASE)
_SESSION_WORD = re.compile(r"(?:settlement|mediation)\b", re.IGNORECASE)


def _other_qualifier(text: str, mention: re.Match[str], lead_in: str) -> bool:
    """A word before the mention that makes it another meeting ("status conference")."""
    if _SCHEDULING_VERB.search(lead_in) and _SESSION_WORD.match(text, mention.start()):
        return False
    return _QUALIFIER_OTHER.search(lead_in) is not None


def _is_purpose(text: str, mention: re.Match[str]) -> bool:
    return _PREPARES_FOR.search(text, max(0, mention.start() - 45), mention.start()) is not None


def _other_meeting_nearer(text: str, start: int, confs: list[re.Match[str]]) -> bool:
    """A hearing, teleconference or trial named after the last conference mention and
    close before the date: the date is that meeting's, not the settlement session's."""
    covered = [(m.start(), m.end() + 8) for m in confs]  # "settlement conference hearing"
    # "a teleconference to prepare for the mediation ... on May 5": the mediation is what
    # the call is for, not the meeting the date belongs to.
    named = [m for m in confs if not _is_purpose(text, m)]
    since = named[-1].end() if named else max(0, start - 100)
    return any(
        not any(a <= m.start() <= b for a, b in covered)
        for m in OTHER_MEETING.finditer(text, since, start)
        # "by video teleconference": how the session is held, not another meeting
        if start - m.end() <= 100 and not is_manner(text, m.start())
    )


_FOR_A = re.compile(r"(?:[^;.]|\.(?!\s+[A-Z])){0,160}?\bfor\s+(?:an?|the)\b", re.IGNORECASE)


def _mention_kind(text: str, mention: re.Match[str]) -> str:
    """What one mention names: "settlement", "other" (a status conference) or "conference"."""
    lead_in = text[max(0, mention.start() - 40) : mention.start()]
    if _other_qualifier(text, mention, lead_in):
        return "other"
    if _QUALIFIER_SETTLEMENT.search(lead_in) or SESSION.fullmatch(mention.group(0)):
        return "settlement"
    return "conference"


# "The ENE and the Case Management Conference that follows it will be held on July 30",
# "The Mandatory Settlement Conference and a Case Management Conference are set for": two
# meetings as one subject, one date; the settlement session named first owns it.
_JOINED_SUBJECT = re.compile(
    # an initialism in parentheses may follow the first name: '("ENE") and'
    r"(?:\s*\(\s*[\"“]?[\w ]{1,40}[\"”]?\s*\)|[\"”]?\s*\))?"
    r"\s+and\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _joined_with_session(text: str, mentions: list[re.Match[str]]) -> bool:
    if len(mentions) < 2:
        return False
    first, last = mentions[-2], mentions[-1]
    return bool(_JOINED_SUBJECT.fullmatch(text, first.end(), last.start())) and (
        _mention_kind(text, first) == "settlement"
    )


# The topic's own setting, straight after it: "... to discuss the settlement conference,
# which is set for April 20, 2027", "... the settlement conference set for April 20": that
# date is the topic's. Not "... to discuss the settlement conference is set for March 24":
# there "is set" is the call's own verb.
_OWN_SETTING = re.compile(
    r"(?:\s*,?\s*(?:which|that)\s+(?:(?:is|are|was|has\s+been)\s+)?|\s+)"
    r"(?:(?:currently|now|presently|also)\s+)?(?:set|scheduled|calendared|reset)\s+(?:for|on)\s+"
    r"(?:\w+day,?\s+)?",
    re.IGNORECASE,
)


def meeting_kind(text: str, start: int, end: int, reach: int = 200) -> str | None:
    """Which meeting a date belongs to: the conference named nearest before it (within
    `reach` characters, or just after it): "settlement", "other" (a status or pretrial
    conference), "conference"."""
    before = list(CONF.finditer(text, max(0, start - reach), start))
    if _joined_with_session(text, before):
        return "settlement"
    if _other_meeting_nearer(text, start, before):
        return "other"  # "the hearing held ... on May 5, 2024, the settlement conference ..."
    subjects = [m for m in before if not _is_purpose(text, m)]
    if (
        before
        and subjects
        and subjects[-1] is not before[-1]
        and not _OWN_SETTING.fullmatch(text, before[-1].end(), start)
    ):
        # "A telephone conference ... to discuss the upcoming settlement conference is set
        # for ...": the date is the call's; the settlement conference is only its topic.
        return "other"
    mention = before[-1] if before else CONF.search(text, end, end + 60)
    if mention is None:
        # "ORDERED to appear ... on March 24, 2026, at 1:30 p.m., in Courtroom 1561, 1100
        # Commerce Street, Dallas, for a settlement conference": the time and the place come
        # between the date and what it is for.
        trail = _FOR_A.match(text, end)
        mention = CONF.search(text, trail.end(), trail.end() + 40) if trail else None
    if mention is None:
        return None
    lead_in = text[max(0, mention.start() - 40) : mention.start()]
    if _other_qualifier(text, mention, lead_in):
        return "other"  # "pre-mediation conference", "preliminary ADR conference"
    if _QUALIFIER_SETTLEMENT.search(lead_in) or SESSION.fullmatch(mention.group(0)):
        return "settlement"
    return "conference"


# The session's span before its date: the start is its time, the end is no deadline.
SESSION_SPAN = re.compile(
    rf"\bfrom\s+(?P<t>{TIME})\s*(?:until|till|to|through|-|–)\s*{TIME}\s*(?:\(?\w+\)?\s*)?,?"
    r"\s*(?:on\s+)?$",
    re.IGNORECASE,
)
_MOVING_VERBS = ("continued", "reset", "rescheduled", "moved", "postponed", "adjourned", "advanced")
# "will start at 9:00 AM ... and will conclude no later than 12:00 PM": the end of the
# session is not its time.
ENDS_AT = re.compile(
    r"\b(?:conclude|end|adjourn|finish|last|run|continue)\w*\s+(?:\w+\s+){0,3}?"
    # a margin number may sit anywhere in the phrase on pleading paper: "no 5 later than"
    r"(?:at|by|until|till|through|no\s+(?:\d{1,2}\s+)?later\s+(?:\d{1,2}\s+)?than|before)"
    r"\s+(?:\d{1,2}\s+)?$|"
    # "from 9:00 to 12:00" ends there; "continued to 10:00 a.m., Monday, August 3" is where
    # the session moves, so its time is the start
    + "".join(rf"(?<!{verb}\s)" for verb in _MOVING_VERBS)
    + r"\b(?:until|till|through|to)\s+$|[-–—]\s*$",
    re.IGNORECASE,
)


# Between a time and the date it is on: a zone, "on", "the".
_TIME_TO_DATE = re.compile(
    r"\s*(?:\(?(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+Time)?\)?"
    r"|\(?(?-i:[ECMP][SD]?T)\)?)?,?\s*(?:on\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


# "the Scheduling Conference ... with the Settlement Conference on April 7, 2009 at 9:45
# and 10 a.m. respectively": one time for each meeting, in the order they were named.
_RESPECTIVELY = re.compile(r"[\s,]*(?:respectively|in\s+that\s+order)\b", re.IGNORECASE)


def _respective_time(text: str, date_start: int, after: list[FoundTime]) -> time | None:
    """The settlement session's time when a date carries one time per meeting named
    before it, "respectively"; None when the times are not paired that way or the
    session's place in the list is unclear (then the first time stands, as before)."""
    if len(after) < 2:
        return None
    pair = after[:2]
    joined = re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[pair[0].end : pair[1].start])
    if joined is None or not _RESPECTIVELY.match(text, pair[1].end):
        return None
    named = list(CONF.finditer(text, 0, date_start))[-2:]
    if len(named) < 2:
        return None
    kinds = [_mention_kind(text, m) for m in named]
    if kinds.count("settlement") != 1 or "conference" in kinds:
        return None
    return pair[kinds.index("settlement")].value


@dataclass(frozen=True)
class _Candidate:
    when: date
    at: time | None
    score: int
    sentence: Sentence
    # "Thursday, June 20, 2012" when June 20, 2012 is a Wednesday: the same day in the
    # year next to it that is a Thursday (a year typo), and the words as written.
    weekday_year: date | None = None
    said: str = ""
    # the date the session was moved from: "previously set for 2/6/17", "... is vacated"
    former: bool = False
    # held only if needed: "a follow-up settlement conference, if needed, is set for"
    contingent: bool = False
    # taken off the calendar: "... scheduled for January 26, 2028 is adjourned sine die"
    taken_off: bool = False


# A date all parties are told to appear on, in a sentence that does not name the
# conference: "All parties ... are DIRECTED to appear on: January 5, 2022 at 9:30 a.m.".
_APPEAR = re.compile(
    r"\b(?:appear|attend|report|be\s+present)\b[^.;]{0,40}?\b(?:on|for|at)\b", re.IGNORECASE
)
_APPEAR_VERB = re.compile(r"\b(?:appear|attend|report|be\s+present)\b", re.IGNORECASE)
# "... shall physically appear before [the judge], [the courtroom and its address], on
# October 29, 2012 at 1:30 pm.": the judge and the place come between the verb and the date.
_APPEAR_BEFORE = re.compile(
    r"\b(?:appear|attend|report|be\s+present)\s+(?:in\s+person\s+)?before\b[^;]{0,250}?,?"
    r"\s+on\s*$",
    re.IGNORECASE,
)


# A docket entry's own line: "12/29/2025   44   CLERK'S NOTICE RESETTING SETTLEMENT
# CONFERENCE. ..." -- the date the entry was filed, then its number and its title. The title
# may name the session, but the date is the filing's, never the session's.
_DOCKET_ENTRY_NUMBER = re.compile(r"[ \t]+\d{1,4}[ \t]+(?=[A-Z(])")


def _opens_docket_entry(text: str, found: FoundDate) -> bool:
    line_start = text.rfind("\n", 0, found.start) + 1
    return not text[line_start : found.start].strip() and bool(
        _DOCKET_ENTRY_NUMBER.match(text, found.end)
    )


# A docket entry's own stamps: "(Entered: 01/14/2002)", "( Date Entered: 10/8/97)", "(Filed on
# 6/17/2005)", "[EOD Date: 9/17/02]", the minutes' "( Hearing Date: 10/1/97)" and "MINUTE
# ENTRY ( 1/14/02 ): A settlement conference is scheduled ...". When the entry was made or
# heard, never when the session is.
_STAMP = re.compile(
    r"(?:[(\[]\s*(?:date\s+)?entered\s*:?|\(\s*filed\s+on|\[\s*eod\s+date\s*:"
    r"|\(\s*hearing\s+date\s*:|\bminute\s+(?:entry|order)\s*\()\s*$",
    re.IGNORECASE,
)


# After "previously set for <date> ... ", a new setting: "Notice Rescheduling Hearing (N)
# previously set for 2/6/17 at 9:00 a.m. ... Settlement Conference set for 2/17/2017".
_NEW_SETTING = re.compile(
    r"[;]|\b(?:set|scheduled|reset|rescheduled|continued)\s+(?:for|to|until)\b", re.IGNORECASE
)


def _recital_end(text: str, recital: re.Match[str]) -> int:
    """Where the recital's history stops: for "previously set/scheduled", at the next
    semicolon or new setting; a recital opened by its own date ("On May 5, 2020, the Court
    set ...") runs to the end of the sentence."""
    if not re.match(r"(?:initially|originally|previously)\s", recital.group(0), re.IGNORECASE):
        return len(text)
    # "previously set for" itself ends in "set": the next one is past its "for"
    nxt = _NEW_SETTING.search(text, recital.end() + 4)
    return nxt.start() if nxt else len(text)


# A session held only on a condition: "a follow-up settlement conference, if needed, is set
# for July 7", "If the case does not settle, a further conference ...". Beside a session
# set outright, it is not the one the order's periods count from; alone, it still is.
_IF_NEEDED = re.compile(
    r"\bif\s+(?:it\s+is\s+)?(?:needed|necessary|required)\b"
    r"|\b(?:if|in\s+the\s+event(?:\s+that)?)\s+(?:the\s+)?(?:case|matter|action|parties)\s+"
    r"(?:does|do|did|has|have)\s*(?:not|n['’]t)\s+(?:settle|resolve|reach)"
    r"|\bshould\s+(?:the\s+)?(?:case|matter|action)\s+not\s+(?:settle|resolve)",
    re.IGNORECASE,
)


_DATE_NAMES_SESSION = re.compile(
    r",?\s+settlement\s+conference\s+(?:(?:will|shall)\s+(?:still\s+)?(?:proceed|go\s+forward"
    r"|take\s+place|be\s+held)|remains\s+(?:on|set|scheduled|in\s+place))\b",
    re.IGNORECASE,
)


def _candidates(
    sentence: Sentence, *, unnamed: bool = False, pronoun: bool = False
) -> list[_Candidate]:
    check()
    text = sentence.text
    # "It is set before the undersigned on ...": the session named the sentence before
    appear_near = unnamed and (pronoun or _APPEAR.search(text) is not None)
    if unnamed:
        if not appear_near and not _APPEAR_VERB.search(text):
            return []
    elif not CONF.search(text) and not SETTLEMENT_CONF.search(text):
        return []
    out: list[_Candidate] = []
    times = find_times(text)
    recital = _RECITAL.search(text)
    recital_end = _recital_end(text, recital) if recital else len(text)
    earlier = _BY_EARLIER_ORDER.search(text)
    recited = recital_span(text)  # a stipulation's WHEREAS: history, unless nothing else
    alts = alternatives(text)
    for found in find_dates(text):
        if found.value is None or _opens_docket_entry(text, found):
            continue
        # "set for June 16 or June 17, 2026": both dates stand for the earlier (one date,
        # not two competing ones), flagged in find_conference; no year-typo reading of a
        # weekday then, as the date kept may not be the one the weekday was written with.
        alt = alternative_at(alts, found)
        when = alt.earlier if alt else found.value
        if _STAMP.search(text, max(0, found.start - 30), found.start):
            continue
        if _NAMES_DEADLINE.match(text, found.end):
            continue
        before = text[max(0, found.start - 200) : found.start]
        if _THIS_DAY_OF.search(before) and _DAY_OF.match(found.text):
            continue
        if _BOUND.search(before) or sets_a_week(before):
            continue
        if given_up_before(before) and CONF.search(before):
            # "will be held on July 27 rather than July 20": the day given up
            out.append(_Candidate(when, None, -8, sentence, former=True))
            continue
        span = SESSION_SPAN.search(before)  # "from 9:30 a.m. until 4:30 p.m. on May 5"
        # "continued until June 5": the date it moves to, not a deadline
        if (
            NOT_CONFERENCE.search(before)
            and span is None
            and not _MOVED_TO.search(before)
            and not _SESSION_SET_FOR.search(before)
        ):
            continue
        if (
            unnamed
            and not appear_near
            and not _APPEAR_BEFORE.search(text, max(0, found.start - 300), found.start)
        ):
            continue
        kind = "unnamed" if unnamed else meeting_kind(text, found.start, found.end)
        starts = [t for t in times if not ENDS_AT.search(text, max(0, t.start - 40), t.start)]
        # "on 6/26/2017 in Charleston; Trial set for 6/27/2017 at 09:30 AM": past a
        # semicolon the time is the next entry's.
        after = [
            t
            for t in starts
            if 0 <= t.start - found.end <= 45 and ";" not in text[found.end : t.start]
        ]
        paired = None if unnamed else _respective_time(text, found.start, after)
        if paired is not None:
            kind = "settlement"  # "the settlement and the pretrial conferences ... respectively"
        if kind is None and _MOVED_TO.search(before):
            # "The ENE Conference set for [date, time, a long address], is CONTINUED to June
            # 14": the new date is the named session's, however far back it was named.
            kind = meeting_kind(text, found.start, found.end, reach=found.start)
        if kind is None or kind == "other":
            if FORMER.search(before) and SETTLEMENT_CONF.search(text):
                # "Notice Rescheduling Hearing (N) previously set for 2/6/17 ... Settlement
                # Conference set for 2/17/2017": kept only as the date it was moved from
                out.append(_Candidate(found.value, None, -8, sentence, former=True))
            continue
        score = {"settlement": 4, "conference": 2}.get(kind, 0)
        score += 3 if SCHEDULING.search(before) else 0
        score += 0 if re.search(r"\d[/-]\d", found.text) else 1  # "May 28, 2024" over "5/28/24"
        score += 3 if _MOVED_TO.search(before) else 0
        # "the February 24, 2027 settlement conference will proceed": the date names the
        # session going ahead, as surely as "set for" does (a date named to be moved or
        # vacated is not)
        score += 2 if _DATE_NAMES_SESSION.match(text, found.end) else 0
        moved = (
            MOVED_AWAY.match(text, found.end)
            or _MOVED_TO_DATE.match(text, found.end)
            or _NAMED_SESSION_MOVED.match(text, found.end)
        )
        # "was set for ...", "vacating the conference set for ...", "... cannot go forward"
        former = bool(
            FORMER.search(before)
            or moved
            or history_before(before)
            or cannot_proceed_after(text, found.end)
        )
        score -= 8 if former else 0
        # Inside the recital's history, unless this date is the one the session "is now
        # set for".
        history = (
            recital is not None
            and recital.start() <= found.start < recital_end
            and not _NOW_SET.search(before)
        )
        score -= 8 if history else 0
        restated = (
            earlier is not None and found.start >= earlier.end() and not _NOW_SET.search(before)
        ) or (recited is not None and recited[0] <= found.start < recited[1])
        score -= _EARLIER_ORDER_DOUBT if restated and not history else 0
        score -= 8 if _WAS_HELD.search(before) else 0
        contingent = _IF_NEEDED.search(before) is not None
        score -= 3 if contingent else 0
        # "at 10 a.m. on May 5", "at 3:00 p.m. Eastern Time on Tuesday, June 13"
        lead = [t for t in starts if _TIME_TO_DATE.fullmatch(text, t.end, found.start)]
        near_times = after or lead
        at = near_times[0].value if near_times else None
        at = paired if paired is not None else at
        opening = parse_time_text(span.group("t")) if span else None
        at = opening.value if opening else at
        score += 1 if at else 0
        taken_off = _TAKEN_OFF.match(text, found.end) is not None
        if moved or taken_off:
            # moved away or taken off the calendar: never the session, time or not
            score = min(score, 0)
        retyped = _weekday_year(found) if alt is None else None
        out.append(
            _Candidate(
                when, at, score, sentence, retyped, found.text, former, contingent, taken_off
            )
        )
    return out + _same_day(sentence, times) + _converted(sentence, times) if not unnamed else out


# "a status conference at 9:45 a.m. on May 5, followed by the settlement conference at
# 10:00 a.m. the same day": the session's date is the one the sentence already gave.
_SAME_DAY = re.compile(
    r"\s*,?\s*(?:on\s+)?(?:the\s+same\s+(?:day|date)|that\s+(?:same\s+)?(?:day|date)"
    r"|later\s+that\s+(?:day|morning|afternoon))\b",
    re.IGNORECASE,
)


def _same_day(sentence: Sentence, times: list[FoundTime]) -> list[_Candidate]:
    text = sentence.text
    out = []
    for t in times:
        if not _SAME_DAY.match(text, t.end) or meeting_kind(text, t.start, t.end) != "settlement":
            continue
        dates = [d.value for d in find_dates(text[: t.start]) if d.value is not None]
        if dates:
            before = text[max(0, t.start - 200) : t.start]
            score = 4 + (3 if SCHEDULING.search(before) or "follow" in before.lower() else 0) + 2
            out.append(_Candidate(dates[-1], t.value, score, sentence))
    return out


# Another meeting's setting turned into the settlement session: "The status conference set
# for August 11, 2026, at 11:00 a.m. is CONVERTED to a settlement conference, same date and
# time", "In lieu of the status conference set for May 19, 2026, the Court will conduct a
# settlement conference on that date at 10:00 a.m.". The date written is the other
# meeting's, and it becomes the session's.
CONVERTS = re.compile(
    r"\b(?:converted|changed)\s+(?:in)?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?=settlement)"
    r"|\bin\s+(?:lieu|place)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:conference|hearing)\b",
    re.IGNORECASE,
)
# The session said to keep that day: "on that date", "on the same day", "same date and time".
_THAT_DAY = re.compile(
    r"^[^.;]{0,40}?\b(?:(?:on\s+)?(?:that|the\s+same)\s+(?:date|day)|same\s+date)\b", re.I
)
_SAME_TIME = re.compile(r"\bsame\s+(?:date\s+and\s+)?time\b", re.IGNORECASE)


def _converted(sentence: Sentence, times: list[FoundTime]) -> list[_Candidate]:
    text = sentence.text
    turn = CONVERTS.search(text)
    session = SETTLEMENT_CONF.search(text, turn.end()) if turn else None
    if turn is None or session is None or session.start() - turn.end() > 160:
        return []
    rest = text[session.end() :]
    own = [d for d in find_dates(rest) if d.value is not None]
    if own:
        return []  # the session has a date of its own: the ordinary reading finds it
    instead = "lieu" in turn.group(0).lower() or "place" in turn.group(0).lower()
    if instead and not _THAT_DAY.search(rest):
        return []  # "in lieu of the status conference, a settlement conference" alone
    taken = [d for d in find_dates(text[: session.start()]) if d.value is not None]
    day = taken[-1] if taken else None
    if day is None or day.value is None:
        return []
    starts = [t for t in times if not ENDS_AT.search(text, max(0, t.start - 40), t.start)]
    own_time = [t for t in starts if 0 <= t.start - session.end() <= 80]
    at = own_time[0].value if own_time else None
    if at is None and _SAME_TIME.search(rest):
        theirs = [t for t in starts if 0 <= t.start - day.end <= 45]
        at = theirs[0].value if theirs else None
    return [_Candidate(day.value, at, 9 + (1 if at else 0), sentence)]


def _weekday_year(found: FoundDate) -> date | None:
    """The same month and day in the year before or after, when the weekday the order
    states falls there and not in the year it wrote."""
    if found.value is None or found.stated_weekday is None or not found.weekday_mismatch:
        return None
    said = found.stated_weekday.lower()[:3]
    fits = []
    for year in (found.value.year - 1, found.value.year + 1):
        try:
            other = found.value.replace(year=year)
        except ValueError:  # February 29
            continue
        if f"{other:%A}".lower().startswith(said):
            fits.append(other)
    return fits[0] if len(fits) == 1 else None


def _year_typos(
    cands: list[_Candidate], order_date: date | None
) -> tuple[list[_Candidate], dict[date, str]]:
    """A conference date whose stated weekday belongs to the next (or last) year is read in
    that year when the order backs it: another sentence sets the session on that date (a
    docket summary), or the date as written is before the order's own date. Each reading
    comes with its warning; without such backing the date stays as written (and is
    flagged by the weekday check in `find_conference`)."""
    out, why = [], {}
    for c in cands:
        alt = c.weekday_year
        if alt is None:
            out.append(c)
            continue
        backed = any(o.when == alt and o.score > 0 for o in cands if o.weekday_year is None)
        past = order_date is not None and c.when < order_date <= alt
        if not (backed or past):
            out.append(c)
            continue
        reason = (
            f"another sentence sets the conference on {alt:%B %-d, %Y}"
            if backed
            else f"the order is dated {order_date:%B %-d, %Y}"
        )
        why[alt] = (
            f"{SAME_DAY_DOUBT}: the order gives the conference date as '{c.said}', but "
            f"{c.when:%B %-d, %Y} is a {c.when:%A}; {alt:%B %-d, %Y} is a {alt:%A} and "
            f"{reason}, so the year is read as {alt.year}. Check the date."
        )
        out.append(_Candidate(alt, c.at, c.score, c.sentence, None, c.said))
    return out, why


def _drop_moved(cands: list[_Candidate]) -> list[_Candidate]:
    """A date another sentence says the session was moved from ("Settlement Conference set
    for 2/6/2017", then "previously set for 2/6/17 ... set for 2/17/2017") is no longer the
    session's, when another date is left."""
    # "Settlement conference scheduled ... 2:00 2/21/02 is hereby reset before Magistrate
    # Judge Roe 9:00 2/21/02": the same day at another hour is not a day moved away from.
    reset_same_day = {
        (c.sentence.index, c.when) for c in cands if not c.former and c.score > 0
    }
    moved = {
        c.when for c in cands if c.former and (c.sentence.index, c.when) not in reset_same_day
    }
    # A day taken off the calendar ("adjourned sine die") is gone wherever else it is named
    # (the stipulation's recital of it), unless a later sentence sets the session on it again.
    off = {
        c.when
        for c in cands
        if c.taken_off
        and not any(
            o.when == c.when and o.score > 0 and o.sentence.index > c.sentence.index
            for o in cands
        )
    }
    cands = [c for c in cands if c.when not in off]
    kept = [c for c in cands if c.when not in moved]
    return kept if any(c.score > 0 for c in kept) else cands


# A session the sentence says someone missed: "failed to appear at the Settlement Conference
# set for June 9", "did not attend the mediation scheduled for".
_MISSED = re.compile(
    r"\b(?:failed|fail(?:ure|ing)?\s+to|did\s+not|neglected\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:appear|attend|participate|submit|comply|go\s+forward)\b",
    re.IGNORECASE,
)


def _not_past(
    cands: list[_Candidate], order_date: date | None
) -> tuple[list[_Candidate], date | None]:
    """The candidates left once dates before the order's own are set aside, and the best
    one set aside. An order does not set a conference in its own past: beside a date on or
    after the order's, one before it is a recital ("At the mediation held on October 13
    ... The mediation shall be reconvened on December 8"). Alone, it is set aside only when
    its sentence says the session was missed ("failed to appear at the Settlement
    Conference set for June 9"): the order's date may be a typo (a docket summary's "signed
    ... on 10/21/2017" for 2016), and an order that only recites a session sets none."""
    if order_date is None:
        return cands, None
    past = [c for c in cands if c.when < order_date and c.score > 0]
    future = [c for c in cands if c.when >= order_date and c.score > 0]
    if not future:
        past = [c for c in past if _MISSED.search(c.sentence.text)]
    if not past:
        return cands, None
    gone = {id(c) for c in past}
    return [c for c in cands if id(c) not in gone], max(past, key=lambda c: c.score).when


def _small_hours(at: time | None) -> bool:
    return at is not None and at.hour < 6


def _before(c: _Candidate, vacated: Vacatur) -> bool:
    """Whether the candidate is named before the order vacates the session: its old date."""
    if c.sentence.index != vacated.sentence:
        return c.sentence.index < vacated.sentence
    at = c.sentence.text.find(c.said) if c.said else -1
    return 0 <= at < vacated.start


def _best(cands: list[_Candidate]) -> tuple[_Candidate | None, list[str]]:
    live = [c for c in cands if c.score > 0]
    if not live:
        return None, []
    by_date: dict[date, list[_Candidate]] = {}
    for c in live:
        by_date.setdefault(c.when, []).append(c)
    # The best-described date wins; each further mention of the same date adds support.
    ranked = sorted(
        by_date.items(), key=lambda kv: max(c.score for c in kv[1]) + len(kv[1]) - 1, reverse=True
    )
    chosen_date, group = ranked[0]
    top = max(group, key=lambda c: (c.score, c.at is not None))
    # A session in the small hours is a typo for the afternoon ("at 1:30 a.m."): where
    # another mention of the day gives a working hour, that one is taken.
    timed = [
        c for c in sorted(group, key=lambda c: (_small_hours(c.at), -c.score)) if c.at is not None
    ]
    best = _Candidate(chosen_date, timed[0].at if timed else None, top.score, top.sentence)
    warnings = []
    typo = next((c.at for c in timed if c.at is not None and _small_hours(c.at)), None)
    if typo is not None and best.at is not None and not _small_hours(best.at):
        warnings.append(
            f"The order also gives the settlement conference as {fmt_time(typo)}, in the "
            f"night: read as a typo for {fmt_time(best.at)}, the time given elsewhere; check."
        )
    others = [d for d, g in ranked[1:] if max(c.score for c in g) >= 7]
    if others:
        listed = ", ".join(d.isoformat() for d in others)
        warnings.append(
            f"The order mentions more than one conference date ({listed}); "
            f"using {chosen_date.isoformat()}."
        )
    for d, g in ranked[1:]:
        if d not in others and all(c.contingent for c in g):
            warnings.append(
                f"The order also sets a session on {d:%B %-d, %Y} to be held only if needed; "
                f"deadlines are counted from the conference on {chosen_date:%B %-d, %Y}."
            )
    return best, warnings


_STARTS_AT = re.compile(
    rf"\b(?:begin|commence|start|convene)\w*\s+(?:promptly\s+)?at\s+(?P<t>{TIME})", re.I
)
# "... sets a Settlement Conference for Tuesday, May 5, 2020. Counsel and client
# representatives shall appear at 9:00 a.m.": in the very next sentence, when all appear.
_APPEAR_AT = re.compile(
    rf"\b(?:appear|report)\s+(?:(?:in\s+person|promptly)\s+)?at\s+(?P<t>{TIME})", re.I
)


_ARRIVE_AT = re.compile(
    rf"\b(?:appear|report|arrive|check\s+in|be\s+present)\b[^.;]{{0,60}}?\bat\s+(?P<t>{TIME})", re.I
)


def _start_after_arrival(text: str, at: time) -> time | None:
    """ "shall report to Courtroom 6A at 9:00 a.m. on April 20, 2027; the settlement conference
    will begin promptly at 9:30 a.m.": the arrival time was read; the start is the time."""
    arrive = _ARRIVE_AT.search(text)
    if arrive is None or (reading := parse_time_text(arrive.group("t"))) is None:
        return None
    if reading.value != at:
        return None
    start = _STARTS_AT.search(text, arrive.end())
    begins = parse_time_text(start.group("t")) if start else None
    return begins.value if begins is not None and begins.value > at else None


# "The mediation is set for May 5. It will begin at 9:30 a.m.": the sentence after the
# conference's, speaking of it as "it".
_IT = re.compile(r"\W*(?:it|this|that)\b", re.IGNORECASE)


# A warning that puts the conference date in doubt (parse.py flags the periods counted from it).
SAME_DAY_DOUBT = "Conference date inferred"
# So does a conference date whose weekday is not the one the order states.
WEEKDAY_DOUBT = "The order gives the conference date as"
# ... and one set "on or about" a day: the day may move, and every period with it.
APPROX_DOUBT = "The order sets the conference on or about"
_ON_OR_ABOUT = re.compile(r"\bon,?\s+or\s+about,?\s*$", re.IGNORECASE)


def _timed_after_other_meeting(sentences: tuple[Sentence, ...]) -> _Candidate | None:
    """"A scheduling conference on May 5, 2020 at 9:45 a.m. The settlement conference will
    begin at 10:00 a.m.": the session has a start time and no date, right after a sentence
    that dates one other meeting. Read as that day, and said to be a guess."""
    for prev, s in pairwise(sentences):
        check()
        if s.index != prev.index + 1 or not SETTLEMENT_CONF.search(s.text) or find_dates(s.text):
            continue
        times = find_times(s.text)
        starts = [t for t in times if not ENDS_AT.search(s.text, max(0, t.start - 40), t.start)]
        found = [d for d in find_dates(prev.text) if d.value is not None]
        dates = {d.value for d in found if d.value is not None}
        other = all(meeting_kind(prev.text, d.start, d.end) == "other" for d in found)
        if starts and len(dates) == 1 and other:
            return _Candidate(dates.pop(), starts[0].value, 1, s)
    return None


# A form's own field on the line after its date field: "Conference Date: 06/24/2026 /
# Conference Time: 1:30 PM" (the date field's sentence was the one read).
_TIME_FIELD = re.compile(
    rf"^\W*(?:(?:settlement\s+)?conference\s+|(?:session|mediation|EAM|ENE)\s+|start(?:ing)?\s+)?"
    rf"time\s*:\s*(?P<t>{TIME})",
    re.IGNORECASE,
)


# A setting's form with no name on its fields: "ORDER SETTING SETTLEMENT CONFERENCE ...
# WHEN: Friday, February 5, 2027, at 10:00 a.m. / WHERE: Courtroom 1227". Read only where
# nothing else sets the session and the order's title (a line in capitals near the top)
# names a settlement conference.
# The field may name the session ("Session date:", "EAM Date:", a program's Early Assessment
# Meeting), and in a `pdftotext -layout` caption it shares its line with the left column's
# "v." or party role ("v.      Date: July 8, 2027").
_WHEN_FIELD = re.compile(
    r"^\W*(?:(?:v\.|vs\.?|(?:plaintiff|defendant|petitioner|respondent)s?(?:\(s\))?)[,.]?\s+)?"
    r"(?:(?:settlement\s+conference|conference|session|mediation|EAM|ENE)\s+)?"
    r"(?:when|date(?:\s*(?:and|&|/)\s*time)?|session)\s*:\s*",
    re.IGNORECASE,
)
_TITLE_LINE = re.compile(r"[A-Z][A-Z ,&()-]{10,}")
# The same field inside a run-together line, after another field's value.
_WHEN_FIELD_IN = re.compile(
    r"(?<=\s)(?:(?:settlement\s+conference|conference)\s+)?"
    r"(?:when|date(?:\s+of\s+conference)?(?:\s*(?:and|&|/)\s*time)?)\s*:\s*",
    re.IGNORECASE,
)


def _starts_a_date(text: str, at: int) -> bool:
    found = find_dates(text[at : at + 40])
    return bool(found) and found[0].start == 0 and found[0].value is not None
_TITLE_SENTENCES = 12


def _field_setting(sentences: tuple[Sentence, ...]) -> _Candidate | None:
    titled = any(
        SETTLEMENT_CONF.search(m.group(0))
        for s in sentences[:_TITLE_SENTENCES]
        for m in _TITLE_LINE.finditer(s.text)
    )
    for i, s in enumerate(sentences):
        field = _WHEN_FIELD.match(s.text)
        if field is None and titled:
            # a form's lines run together where none ends a sentence: "Coronado Surf v.
            # Halyard Before: Hon. X, U.S. Magistrate Judge Date: 08/17/2027"
            field = next(
                (m for m in _WHEN_FIELD_IN.finditer(s.text) if _starts_a_date(s.text, m.end())),
                None,
            )
        if field is None:
            continue
        value = s.text[field.end() :]
        found = find_dates(value)
        if not found or found[0].start > 12 or found[0].value is None:
            continue
        at = [t for t in find_times(value) if 0 <= t.start - found[0].end <= 20]
        nxt = sentences[i + 1].text if i + 1 < len(sentences) else ""
        if not at and _TIME_FIELD.match(nxt):  # "Date: May 14, 2026 / Time: 10:00 a.m."
            at = [t for t in find_times(nxt) if t.start <= 20]
        prev = sentences[i - 1] if i else None
        # Or right under a sentence that names the session: "The settlement conference will
        # be held by Zoom. / Date: May 14, 2026 / Time: 10:00 a.m." -- with its time, which
        # a signature's "Date:" never has.
        named = prev is not None and SETTLEMENT_CONF.search(prev.text) is not None and bool(at)
        if titled or named:
            return _Candidate(found[0].value, at[0].value if at else None, 5, s)
    return None


# "A Status Conference regarding settlement is SET for 6/16/2026", "a settlement status
# conference on ...": a meeting about settlement, not a settlement session; with no
# settlement session set, the one the order's "before the conference" counts from.
_STATUS_ABOUT_SETTLEMENT = re.compile(
    r"\bstatus\s+(?:conference|hearing)\s+(?:regarding|re:?|on|concerning|as\s+to|about)\s+"
    r"(?:the\s+)?(?:status\s+of\s+)?settlement\b|\bsettlement\s+status\s+(?:conference|hearing)\b",
    re.IGNORECASE,
)


def _status_about_settlement(sentences: tuple[Sentence, ...]) -> _Candidate | None:
    for s in sentences:
        m = _STATUS_ABOUT_SETTLEMENT.search(s.text)
        if m is None:
            continue
        rest = s.text[m.end() :]
        found = [d for d in find_dates(rest) if d.value is not None]
        if not found or found[0].start > 40:
            continue
        at = [t for t in find_times(rest) if 0 <= t.start - found[0].end <= 20]
        assert found[0].value is not None
        return _Candidate(found[0].value, at[0].value if at else None, 3, s)
    return None


_SETTLING = re.compile(r"\bsettle(?:s|d|ment\s+authority)?\b", re.IGNORECASE)


def _settling_meeting_time(
    sentences: tuple[Sentence, ...], when: date
) -> tuple[time, Sentence] | None:
    """The time of the one meeting set for the conference's day where the case is to settle:
    "counsel are directed to appear on APRIL 16, 2010 at 2:30 p.m. in chambers for a
    pretrial conference, at which counsel are directed to appear with settlement authority",
    when the conference is named with that date elsewhere without a time."""
    found = [
        (c.at, s)
        for s in sentences
        if _SETTLING.search(s.text)
        for c in _candidates(s, unnamed=True)
        if c.when == when and c.at is not None
    ]
    times = {at for at, _ in found}
    if len(times) != 1:
        return None
    at, sentence = found[0]
    assert at is not None
    return at, sentence


def _said_nth_weekday(best: _Candidate) -> str:
    return f"The order sets the conference on '{best.said}', read as {best.when:%A, %B %-d, %Y}."


def _said_timed_after(best: _Candidate) -> str:
    return (
        f"{SAME_DAY_DOUBT}: the order gives the settlement conference a time but no date of "
        f"its own; read as {best.when:%B %-d, %Y}, the day of the meeting set just before it: "
        f'"{best.sentence.text}"; check.'
    )


def _said_status_about_settlement(best: _Candidate) -> str:
    return (
        f"The order sets no settlement conference but a meeting about settlement on "
        f"{best.when:%B %-d, %Y}; it is read as the conference the order's periods count from: "
        f'"{best.sentence.text}"; check.'
    )


def _later_time(sentences: tuple[Sentence, ...], chosen: Sentence) -> time | None:
    """The start time given in a sentence of its own ("The conference will begin at 9:30")."""
    for s in sentences:
        after = s.index == chosen.index + 1
        about = CONF.search(s.text) or (after and _IT.match(s.text))
        m = _STARTS_AT.search(s.text) if about else None
        m = m or (_APPEAR_AT.search(s.text) if after else None)
        m = m or (_TIME_FIELD.match(s.text) if after else None)
        reading = parse_time_text(m.group("t")) if m else None
        if reading is not None:
            return reading.value
    return None


def _location(best: _Candidate | None, margin_numbers: bool) -> str | None:
    """The place named after the last mention of the conference before its date."""
    if best is None:
        return None
    text = best.sentence.text
    at = next((f.start for f in find_dates(text) if f.value == best.when), len(text))
    mentions = [m.start() for m in CONF.finditer(text, 0, at)]
    return conference_location(text[mentions[-1] if mentions else 0 :], margin_numbers)


# "The settlement conference will be conducted in-person at the temporary United States
# Courthouse at 8 Southern Oaks Ct., Savannah": the place, in a sentence of its own.
_HELD_AT = re.compile(
    r"\b(?:held|conducted|convened|take\s+place)\s+(?:in[-\s]person\s+)?(?:at|in)\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,5}?(?:courthouse|courtroom|room|building|chambers|suite|floor)\b",
    re.IGNORECASE,
)
_PLACE_WORD = re.compile(r"\d|\b(?:courthouse|courtroom|room|building|suite|floor)\b", re.I)


def _place_said_apart(sentences: tuple[Sentence, ...], margin_numbers: bool) -> str | None:
    """The place of the session from the first sentence that names the session and where it
    is held, when the sentence with its date names none."""
    for s in sentences:
        held = _HELD_AT.search(s.text)
        if held is None or not CONF.search(s.text) or CONDITIONAL.search(s.text):
            continue
        place = conference_location(s.text[held.start() :], margin_numbers)
        if place and _PLACE_WORD.search(place):
            return place
    return None


def _hollow_session(sentences: tuple[Sentence, ...]) -> tuple[Sentence, str] | None:
    """The first sentence that sets the conference with its date gone, and the lead word."""
    for s in sentences:
        lead = hollow_session(s.text)
        if lead is not None:
            return s, lead
    return None


# A sentence that sets the session in full by itself: the settlement session, a scheduling
# verb and a time (a docket summary's "(Settlement Conference set for 5/23/2017 at 09:00
# AM ...)", which sites leave alone when they strip the order's bold dates).
_SETS_IN_FULL = 8


def _after_hollow(
    hollow: tuple[Sentence, str], best: _Candidate | None, warnings: list[str]
) -> tuple[_Candidate | None, list[str]]:
    """The conference once the sentence that sets it has lost its date: no date from a
    sentence that only mentions the session (a deadline, a call about it, a recital)
    stands in; one from a sentence that sets it in full is used, and said."""
    sentence, lead = hollow
    other = best.sentence.text if best else ""
    if (
        best is not None
        and best.at is not None
        and best.score >= _SETS_IN_FULL
        and not OTHER_CONF.search(other)
        and not OTHER_MEETING.search(other)
    ):
        return best, [*warnings, session_read_elsewhere(sentence.text, lead, best.sentence.text)]
    elsewhere = (
        f"Another sentence mentions {best.when:%B %-d, %Y} with the conference; it was not used."
        if best
        else None
    )
    return None, [session_warning(sentence.text, lead, elsewhere)]


# "... set for a Settlement Conference as follows: / DATE: Tuesday, October 21, 2025 /
# TIME: 10:00 A.M.": the labeled fields belong to the sentence that introduces them.
_FIELD = re.compile(
    r"^\W*(?:date(?:\s*(?:and|&|/)\s*time)?|time|place|location)\s*:", re.IGNORECASE
)
_FIELD_IN = re.compile(r"\b(?:date|time)\s*:", re.IGNORECASE)
# A form's heading that names the session, with its fields under it: "NOTICE TO APPEAR FOR
# SETTLEMENT CONFERENCE / Date and time: Monday, June 9, 2025 at 2:00 p.m.".
_HEADING = re.compile(r"^[^a-z.;]{8,120}$")


def _join_fields(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    last = -2  # index of the last sentence taken into out[-1]
    for s in sentences:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.index == last + 1
            and _FIELD.match(s.text)
            and (
                prev.text.rstrip().endswith(":")
                or _FIELD_IN.search(prev.text)
                or _HEADING.match(prev.text)
            )
            and (CONF.search(prev.text) or SETTLEMENT_CONF.search(prev.text))
        ):
            # The joined sentence keeps the first one's index and paragraph.
            out[-1] = Sentence(f"{prev.text} {s.text}", prev.paragraph, prev.index)
        else:
            out.append(s)
        last = s.index
    return tuple(out)


# "A settlement conference is set for Tuesday, April 28 at 9:00 a.m." with no year: the
# weekday the order gives must fall on that day in the year read from the order's date.
_YEARLESS = re.compile(rf"(?P<wd>{WEEKDAY})\.?,?\s+(?P<md>{DATE_NO_YEAR})", re.IGNORECASE)


# "1/11 at 9:00 a.m.": a month and day with no year, a clock time right after it (a bare
# "1/11" may be a fraction or a docket number)
_NUMERIC_NO_YEAR = re.compile(
    r"(?<![\w/.:-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\w/.-])"
    r"(?=,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m)",
    re.IGNORECASE,
)
# A chat line with no verb of setting: "The SC is moving to Thursday, March 18 at 10:00",
# "SC is Tuesday, January 25 at 1:30 PM by Zoom" -- the session named, then its day
# ("Settlement conference: 1/11 at ...": a label's colon too).
_NAMED_THEN_DAY = re.compile(
    r"\b(?:conference|conf)\s*:?\s+(?:(?:is|was|stays|remains|now)\s+)*"
    r"(?:(?:moving|moved|changed|pushed)\s+)?(?:to|on|for)?\s*$",
    re.IGNORECASE,
)


def _yearless(
    sentences: tuple[Sentence, ...], order_date: date | None
) -> tuple[_Candidate, str] | None:
    """A conference date written without its year, and where the year was taken from."""
    if order_date is None:
        return None
    for s in sentences:
        check()
        if not SETTLEMENT_CONF.search(s.text):
            continue
        said = [(m.start(), m.end(), m.group("wd"), month_day(m.group("md")))
                for m in _YEARLESS.finditer(s.text)
                if SCHEDULING.search(s.text) or _NAMED_THEN_DAY.search(s.text[:m.start()])]
        # "Settlement conference: 1/11 at 9:00 a.m." in an order of December: no weekday
        # to check the year against, so the first such day after the order's date
        said += [
            (m.start(), m.end(), None, (int(m["m"]), int(m["d"])))
            for m in _NUMERIC_NO_YEAR.finditer(s.text)
            if SCHEDULING.search(s.text) or _NAMED_THEN_DAY.search(s.text[: m.start()])
        ]
        # "Tuesday the fifteenth of June": the same reading, the day in words
        for start, end, weekday, md in [*said, *weekday_day_words(s.text)]:
            if NOT_CONFERENCE.search(s.text[max(0, start - 200) : start]):
                continue
            if md is None:
                continue
            for year in (order_date.year, order_date.year + 1):
                try:
                    when = date(year, *md)
                except ValueError:
                    continue
                if when >= order_date and (
                    weekday is None or f"{when:%A}".lower().startswith(weekday.lower()[:3])
                ):
                    times = [t for t in find_times(s.text) if 0 <= t.start - end <= 45]
                    found = _Candidate(when, times[0].value if times else None, 1, s)
                    return found, "the first such day after the order's date"
    return _year_from_sentence(sentences)


def _nth_weekday(sentences: tuple[Sentence, ...]) -> _Candidate | None:
    """"the first Tuesday in June 2027" in the sentence that sets the conference."""
    for s in sentences:
        if not SETTLEMENT_CONF.search(s.text) or not SCHEDULING.search(s.text):
            continue
        for start, end, when in nth_weekday_dates(s.text):
            if NOT_CONFERENCE.search(s.text[max(0, start - 200) : start]):
                continue
            times = [t for t in find_times(s.text) if 0 <= t.start - end <= 45]
            at = times[0].value if times else None
            return _Candidate(when, at, 1, s, None, " ".join(s.text[start:end].split()))
    return None


# "On June 10, 2013, I scheduled a settlement conference for August 13": the sentence's own
# dated event gives the year (the first such day on or after it).
_SET_FOR_YEARLESS = re.compile(
    r"\b(?:scheduled|set|reset|rescheduled|continued)\b[^.;]{0,80}?\b(?:for|on|to)\s+"
    rf"(?P<md>{DATE_NO_YEAR})",
    re.IGNORECASE,
)


def _year_from_sentence(sentences: tuple[Sentence, ...]) -> tuple[_Candidate, str] | None:
    for s in sentences:
        check()
        if not SETTLEMENT_CONF.search(s.text):
            continue
        for m in _SET_FOR_YEARLESS.finditer(s.text):
            dated = [d for d in find_dates(s.text[: m.start("md")]) if d.value is not None]
            md = month_day(m.group("md"))
            if not dated or md is None or dated[-1].value is None:
                continue
            after = dated[-1].value
            try:
                when = date(after.year, *md)
                when = when if when >= after else date(after.year + 1, *md)
            except ValueError:
                continue
            times = [t for t in find_times(s.text) if 0 <= t.start - m.end() <= 45]
            found = _Candidate(when, times[0].value if times else None, 1, s, said=m.group("md"))
            return found, f"the first such day on or after {after:%B %-d, %Y}, its sentence's date"
    return None


# A session the order names once in full and then by its initials: 'the follow-up video
# Settlement Conference ("SC")', 'a Judicial Settlement Conference (the "JSC")'.
_DEFINED = re.compile(
    r"\b(?:settlement[\s-]+(?:\d{1,2}\s+)*conference|settlement\s+(?:hearing|session)|mediation)"
    r"\s*\((?:the\s+)?[\"“”'‘’](?P<initials>(?-i:[A-Z]{2,5}))[\"“”'‘’]\)",
    re.IGNORECASE,
)


def _spell_out_initials(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The sentences with the session's defined initials written out, so that "the Court
    CONTINUES the SC ... until September 6" is read as the conference's."""
    sentences = spell_out_chat_initials(sentences)  # "the SC" a colleague writes, undefined
    initials = {m.group("initials") for s in sentences for m in _DEFINED.finditer(s.text)}
    initials -= {"ENE", "MSC", "ADR"}  # read as the session already
    if not initials:
        return sentences
    defined = re.compile(rf"\b(?:{'|'.join(sorted(initials))})\b(?![\"”'’])")
    return tuple(
        Sentence(defined.sub("Settlement Conference", s.text), s.paragraph, s.index)
        for s in sentences
    )


# "on April 7, 2009 at 9:45 and 10 a.m.": two start times for one date.
_TWO_TIMES_JOIN = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*", re.IGNORECASE)
TWO_TIMES_DOUBT = "The order gives two times with the conference date"


def _two_times(text: str, when: date, at: time | None) -> str | None:
    """A doubt when the chosen time is one of two joined right after the session's date
    and nothing ("respectively") says which meeting each is for."""
    if at is None:
        return None
    times = find_times(text)
    for found in find_dates(text):
        if found.value != when:
            continue
        after = [t for t in times if 0 <= t.start - found.end <= 45][:2]
        if len(after) < 2 or _TWO_TIMES_JOIN.fullmatch(text[after[0].end : after[1].start]) is None:
            continue
        if _RESPECTIVELY.match(text, after[1].end) or at not in (after[0].value, after[1].value):
            continue
        first, second = (fmt_time(t.value) for t in after)
        return (
            f"{TWO_TIMES_DOUBT} ({first} and {second}); read {fmt_time(at)}: check which is "
            f'the settlement conference\'s: "{text}"'
        )
    return None


# When nothing names the session with its date, in this order: "the second Tuesday in June",
# a time after another meeting's date, a status conference about settlement. Each reading is
# said in a warning.
_LAST_RESORTS: tuple[
    tuple[Callable[[tuple[Sentence, ...]], _Candidate | None], Callable[[_Candidate], str]], ...
] = (
    (_nth_weekday, _said_nth_weekday),
    (_timed_after_other_meeting, _said_timed_after),
    (_status_about_settlement, _said_status_about_settlement),
)


def find_conference(
    sentences: tuple[Sentence, ...],
    *,
    timezone: str | None,
    margin_numbers: bool,
    order_date: date | None = None,
) -> tuple[Conference, list[str]]:
    as_written = {s.index: s for s in _join_fields(sentences)}
    sentences = _spell_out_initials(tuple(as_written.values()))
    cands, retyped = _year_typos(
        _drop_moved([c for s in sentences for c in _candidates(s)]), order_date
    )
    cands, past = _not_past(cands, order_date)
    vacated = vacatur(sentences)
    old, _ = _best([c for c in cands if vacated and _before(c, vacated)])
    if vacated is not None:
        cands = [c for c in cands if not _before(c, vacated)]
    best, warnings = _best(cands)
    if best is not None and best.when in retyped:
        warnings.append(retyped[best.when])
    if best is None:
        it_sentences = pronoun_sessions(sentences)
        unnamed, past_unnamed = _not_past(
            [
                c
                for s in sentences
                for c in _candidates(s, unnamed=True, pronoun=s.index in it_sentences)
            ],
            order_date,
        )
        past = past or past_unnamed
        best, warnings = _best(unnamed)
        if best is not None:
            warnings.append(
                f"The conference date was read from a sentence that does not name the "
                f'conference: "{best.sentence.text}"; check it.'
            )
    if best is not None and order_date is not None and best.when < order_date:
        # The only date read is before the order's own ("the MAP General Order (amended
        # eff. Jan. 1, 2024)"), while the form's field sets one to come ("EAM Date:
        # Thursday, October 14, 2027"): the field is the session.
        field = _field_setting(sentences)
        if field is not None and field.when >= order_date:
            best, warnings = None, []
    if best is None:
        best = _field_setting(sentences)
        if best is not None:
            warnings.append(
                f"The conference date was read from a field under an order that sets a "
                f'settlement conference: "{best.sentence.text}"; check it.'
            )
    hollow = _hollow_session(sentences)
    if hollow is not None and (best is None or best.sentence is not hollow[0]):
        best, warnings = _after_hollow(hollow, best, warnings)
    yearless = _yearless(sentences, order_date) if best is None and hollow is None else None
    if yearless is not None:
        best, year_from = yearless
        warnings.append(
            f"{SAME_DAY_DOUBT}: the order gives the conference date without a year; read "
            f'as {best.when:%A, %B %-d, %Y}, {year_from}: "{best.sentence.text}"; check.'
        )
    held = held_sessions(sentences) if hollow is None else []
    last = max(held, key=lambda h: h.when) if held else None
    # A ruling that recites sessions and sets none: the last one held is the session it is
    # about (not an earlier setting that was reset, nor another meeting's day). With the
    # order's date unread, a date before a session already held is past too.
    if last is not None and (
        best is None
        or (order_date is not None and best.when < order_date and last.when >= best.when)
        or last.when > best.when
    ):
        # a setting recited after it ("I scheduled a third settlement conference for May
        # 29") may be the one the ruling is about: both readings are shown
        set_later = sorted({c.when for c in cands if c.score >= 7 and c.when > last.when})
        best, warnings = _Candidate(last.when, last.at, 1, last.sentence), [
            f"The order sets no new session; it recites the settlement conference held on "
            f'{last.when:%B %-d, %Y}: "{last.sentence.text}"; check.'
        ]
        if set_later:
            listed = ", ".join(f"{d:%B %-d, %Y}" for d in set_later)
            warnings.append(
                f"It also recites a later setting ({listed}) without saying it was held: "
                f"check which conference date the order is about."
            )
    for find, say in _LAST_RESORTS:
        if best is not None or hollow is not None:
            break
        best = find(sentences)
        if best is not None:
            warnings.append(say(best))
    if best is not None and best.at is not None:
        start = _start_after_arrival(best.sentence.text, best.at)
        if start is not None:
            warnings.append(
                f"The order has everyone report at {best.at:%-I:%M %p} and the conference begin "
                f"at {start:%-I:%M %p}; the start is shown as its time."
            )
            best = replace(best, at=start)
    court_time = (
        court_zone_time(best.sentence.text, best.at, timezone) if best and best.at else None
    )
    if best is not None and court_time is not None:
        best = replace(best, at=court_time)
    if best is not None and best.at is None:
        later = _later_time(sentences, best.sentence)
        best = _Candidate(best.when, later, best.score, best.sentence)
    if best is not None and best.at is None:
        met = _settling_meeting_time(sentences, best.when)
        if met is not None:
            best = replace(best, at=met[0])
            warnings.append(
                f"The conference's time is read from a meeting set for the same day at which "
                f'the case is to be settled: "{met[1].text}"; check.'
            )
    moved_hour = changed_time(sentences, best.sentence, best.at) if best else None
    if best is not None and moved_hour is not None and moved_hour != best.at:
        warnings.append(
            f"A later sentence moves the conference to {fmt_time(moved_hour)}"
            + (f" (from {fmt_time(best.at)})" if best.at else "")
            + "; the later hour is shown."
        )
        best = replace(best, at=moved_hour)
    chosen = best.sentence if best else (hollow[0] if hollow else None)
    fmt, platform, how = conference_format(chosen, sentences)
    location = _location(best, margin_numbers)
    if best is None and chosen is not None:
        location = conference_location(chosen.text, margin_numbers)
    if location is None and best is not None:
        location = _place_said_apart(sentences, margin_numbers)
    if fmt is ConferenceFormat.UNKNOWN and how is None:
        in_person = location or any(
            IN_PERSON.search(s.text)
            for s in sentences
            if CONF.search(s.text) and not CONDITIONAL.search(s.text)
        )
        fmt = ConferenceFormat.IN_PERSON if in_person else ConferenceFormat.UNKNOWN
    if fmt is ConferenceFormat.UNKNOWN and how is not None:
        warnings.append("The conference is remote, but the order does not say how it will be held.")
    if fmt in (ConferenceFormat.VIDEO, ConferenceFormat.TELEPHONE):
        location = None  # a courtroom named for a remote conference is not where to go
    if best is None and past is not None and order_date is not None:
        warnings.append(
            f"The order names a settlement conference on {past:%B %-d, %Y}, before its own "
            f"date ({order_date:%B %-d, %Y}): read as one already held or missed, not as the "
            "conference to come; check."
        )
    if best is None and vacated is not None and old is not None:
        warnings.append(
            f"The order vacates the settlement conference (set for {old.when:%B %-d, %Y}) "
            "and no new "
            f'date was found after it: "{vacated.quote}"; check the order.'
        )
    if best is None:
        if hollow is None:
            warnings.append("No settlement conference date found.")
    elif best.at is None and hollow_time(best.sentence.text):
        warnings.append(time_warning(best.sentence.text))
    elif best.at is None:
        warnings.append("No time found for the settlement conference.")
    if best is not None and best.at is not None:
        # "set Settlement Conference for 1:00 2/8/01": a clock time with no a.m./p.m. is read
        # by court hours (1:00 is 1 p.m.), a guess the user should see.
        guess = next(
            (t.assumed for t in find_times(best.sentence.text) if t.value == best.at), None
        )
        if guess is not None:
            warnings.append(f"The conference time {guess} Check the time.")
        elif _small_hours(best.at):
            warnings.append(
                f"The conference time is given as {fmt_time(best.at)}, in the night; check "
                "whether the afternoon was meant."
            )
    doubt = _two_times(best.sentence.text, best.when, best.at) if best else None
    if doubt is not None:
        warnings.append(doubt)
    # "set for June 16 or June 17, 2026": _candidates read the earlier; say so.
    alts = alternatives(best.sentence.text) if best else []
    offered = next((a for a in alts if best and a.earlier == best.when), None)
    if offered is not None:
        warnings.append(alternative_reason("settlement conference", offered))
    span = multi_day_warning(best.sentence.text, best.when) if best else None
    if span is not None:
        warnings.append(span)
    for found in find_dates(chosen.text) if chosen and best else []:
        near = chosen.text[max(0, found.start - 20) : found.start] if chosen else ""
        if best and found.value == best.when and _ON_OR_ABOUT.search(near):
            warnings.append(
                f"{APPROX_DOUBT} {found.value:%B %-d, %Y}: an approximate day, read as that "
                "day; the periods counted from it are shown for review."
            )
        if best and found.value == best.when and found.weekday_mismatch:
            warnings.append(
                f"{WEEKDAY_DOUBT} '{found.text}', but "
                f"{found.value:%B %-d, %Y} is a {found.value:%A}; check the date."
            )
    conference = Conference(
        date=best.when if best else None,
        time=best.at if best else None,
        timezone=timezone,
        format=fmt,
        platform=platform,
        location=location,
        link_delivery=link_delivery(sentences),
        quote=as_written[chosen.index].text if chosen else None,
        paragraph=chosen.paragraph if chosen else None,
    )
    return conference, warnings
