"""How the settlement conference is held: in person, by video or by telephone, on which
platform, and how the links or dial-in reach the parties.

The sentence that schedules the conference speaks first; then sentences saying how "the
conference will be conducted". Options ("If the parties wish ... Zoom"), other meetings
("a pre-settlement telephone conference") and permissions ("may participate by
telephone") do not set the format.
"""

from __future__ import annotations

import re

from settleconf.core.order import ConferenceFormat
from settleconf.core.order_parser.paragraphs import Sentence

# "Pre-Settlement Conference call" is another meeting; margin numbers may split the words.
# A court-run mediation, a settlement hearing or session, an ENE or ADR session: the
# settlement session under another name (issue #13).
# Plural too: an MDL sets the bellwether cases' "settlement conferences" (or "mediations")
# for one day, "which shall be held on Tuesday, ...".
_SESSION = (
    r"mediations?(?:\s+(?:hearings?|sessions?|conferences?))?"
    r"|settlement\s+(?:hearings?|sessions?)"
    r"|(?:ENE|early\s+neutral\s+evaluation)(?:\s+(?:session|conference|hearing))?"
    r"|(?:ADR|alternative\s+dispute\s+resolution)\s+(?:hearing|session|conference)"
    r"|(?-i:MSC)"  # a Mandatory Settlement Conference by its initials
)
SESSION = re.compile(rf"\b(?:{_SESSION})\b", re.IGNORECASE)
# Docket clerks shorten both words: "Settlement conf. (Mag) set for 1:30 pm", "stlmnt conf
# set for 9:30 3/28/01", "PTC/stlmt cnf held".
SETTLEMENT_WORD = r"(?:settlement|stlmn?t|sttlmn?t)"
_CONF_WORD = r"confe\w*|conf\b|cnf\b"
SETTLEMENT_CONF = re.compile(
    rf"(?<!pre-)(?<!pre\s)\b{SETTLEMENT_WORD}\.?[\s-]+(?:\d{{1,2}}\s+)*(?:{_CONF_WORD})"
    rf"|\b(?:{_SESSION})\b",
    re.IGNORECASE,
)
# The "conference" of a tele-conference is another meeting (OTHER_CONF), not the session.
CONF = re.compile(rf"(?<!tele-)\b(?:confe[rf]ences?|conf\b|cnf\b|{_SESSION})\b", re.IGNORECASE)
# Another meeting in the same order: a status or scheduling conference, the preliminary
# call a week before the mediation.
OTHER_KINDS = (
    r"status|pretrial|pre-trial|scheduling|case\s+management|discovery|pre-settlement|"
    r"pre-conference|pre-mediation|preliminary|initial|telephonic\s+status"
    # a mediation the parties hire is not the court's session
    r"|private"
)
# "ORDER SCHEDULING SETTLEMENT CONFERENCE for 1/24/2017": "scheduling" is the verb there,
# not a scheduling conference.
NOT_A_KIND = r"(?!scheduling\s+(?:settlement|mediation)\b)"
OTHER_CONF = re.compile(
    rf"\b{NOT_A_KIND}(?:{OTHER_KINDS})\s+(?:\(?[\w-]+\)?\s+)?(?:conference|hearing|call)\b"
    r"|\btele-?conference\b"  # "A teleconference has been scheduled ...": a call beside it
    # "Final settlement conference among counsel (L.R. Civ. P. 16.6)": the lawyers' own
    # meeting, not the court's session
    r"|\b(?:settlement\s+)?(?:conference|meeting)\s+(?:among|between|of)\s+(?:the\s+)?"
    r"(?:counsel|attorneys|lawyers)\b",
    re.IGNORECASE,
)
# A meeting that is not the settlement session, named on its own: a (motion) hearing, a
# teleconference, a trial. "mediation hearing" and "settlement conference hearing" are the
# session (CONF) and are skipped where a CONF mention covers them.
OTHER_MEETING = re.compile(r"\b(?:hearing|tele-?conference|trial|deposition)\b", re.IGNORECASE)
CONDITIONAL = re.compile(
    r"^(?:if|should|in\s+the\s+event|where|when)\b|\bmay\b"
    # a condition put by inversion after a comma: "..., should the conference be converted
    # to a video session" (a footnote's contingency, not how the session is held)
    r"|,\s*should\s+(?:the|this|that|it|any|either|a|an|one|both|all|counsel|part(?:y|ies))\b",
    re.I,
)
# The conference as the subject of how it is held: "will be conducted via Zoom".
_HOW = re.compile(
    r"\b(?:be|is|are)\s+(?:held|conducted|convened)\b|\bproceed\b|\btake\s+place\b", re.I
)

_VIDEO = re.compile(
    r"\b(?:zoom|(?-i:Teams)|webex|skype|google\s+meet|gotomeeting|video\s*-?\s*conferenc\w*|"
    r"videoconferenc\w*|video|virtual(?:ly)?)\b",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"\b(?:by|via|over\s+the)\s+tele?phone\b(?!,?\s+or\s+otherwise)|\btelephonic(?:ally)?\b(?!\s+(?:stipulation|"
    r"request|motion|discussion))|\btelephone\s+conference\b|\bconference\s+line\b|"
    r"\bdial-?in\b|\bcall-?in\s+(?:number|line)\b|AT&T",
    re.IGNORECASE,
)
_FORMAT_FIELD = re.compile(
    r"^\W*(?:(?:settlement\s+)?(?:conference|session|mediation)\s+)?"
    r"(?:format|manner|method|mode|type|how\s+held)\b[^:.;]{0,30}:\s*\S",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"\bremote(?:ly)?\b", re.IGNORECASE)
IN_PERSON = re.compile(
    r"(?<!rather than )(?<!instead of )(?<!not )(?:\bin[\s-]person\b"
    r"|\bpersonal(?:ly)?\s+(?:attend|appear|attendance|appearance)\w*)",
    re.I,
)
_PLATFORMS = (
    (re.compile(r"\b(?-i:Teams)\b|microsoft\s+teams", re.I), "Microsoft Teams"),
    (re.compile(r"\bzoom\b", re.I), "Zoom"),
    (re.compile(r"\bwebex\b", re.I), "Webex"),
    (re.compile(r"\bskype\b", re.I), "Skype"),
    (re.compile(r"\bgoogle\s+meet\b", re.I), "Google Meet"),
    (re.compile(r"AT&T", re.I), "AT&T conference line"),
)
_PHONE_NUMBER = re.compile(r"\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}")
_LINK = re.compile(
    r"\b(?:links?|invit(?:e|ation)s?|connection\s+(?:information|details|instructions)|"
    r"log-?in|meeting\s+(?:id|information|details)|dial-?in|call-?in|access\s+code|"
    r"conference\s+line)\b",
    re.IGNORECASE,
)
_DELIVERY = re.compile(
    r"\b(?:provided?|sent|send|e-?mail(?:ed)?|circulated?|distributed?|forward(?:ed)?|contact|"
    r"receive|issued?|using)\b",
    re.IGNORECASE,
)


# The order's ruling that changes how the session is held: "The Court further finds it
# appropriate to CONVERT the video SC to an in-person conference", "the settlement
# conference is converted from Zoom to in person". The last such ruling decides.
_CONVERTED = re.compile(
    r"\b(?:convert(?:s|ed)?|change[sd]?|switch(?:es|ed)?)\b[^.;]{0,80}?\bto\s+(?:an?\s+)?"
    r"(?:(?P<person>in[\s-]person)|(?P<video>video|zoom|videoconference|virtual)"
    r"|(?P<phone>telephon\w*))\b",
    re.IGNORECASE,
)


def _converted(sentences: tuple[Sentence, ...]) -> tuple[ConferenceFormat, Sentence] | None:
    found = None
    for s in sentences:
        m = _CONVERTED.search(s.text)
        if m and CONF.search(s.text) and not CONDITIONAL.search(s.text):
            fmt = (
                ConferenceFormat.IN_PERSON
                if m.group("person")
                else ConferenceFormat.VIDEO
                if m.group("video")
                else ConferenceFormat.TELEPHONE
            )
            found = (fmt, s)
    return found


def conference_format(
    chosen: Sentence | None, sentences: tuple[Sentence, ...]
) -> tuple[ConferenceFormat, str | None, Sentence | None]:
    """Format, platform, and the sentence that said so."""
    converted = _converted(sentences)
    if converted is not None:
        fmt, s = converted
        return fmt, _platform([s]) if fmt is not ConferenceFormat.IN_PERSON else None, s
    # A form's "Format: ☒ Zoom videoconference" (its unticked boxes already dropped).
    fields = [s for s in sentences if _FORMAT_FIELD.match(s.text)]
    pool: list[Sentence] = ([chosen] if chosen else []) + fields
    pool += [
        s
        for s in sentences
        if s is not chosen
        and CONF.search(s.text)
        and not CONDITIONAL.search(s.text)
        and (_HOW.search(s.text) or s.text.isupper())
        and not _other_meeting(s.text)
    ]
    # The platform may be named in a later sentence than the one saying "video".
    mentions = [
        s
        for s in sentences
        if CONF.search(s.text) and not CONDITIONAL.search(s.text) and not _other_meeting(s.text)
    ]
    for s in pool:
        if _VIDEO.search(s.text):
            platform = _platform([s, *pool, *mentions])
            return ConferenceFormat.VIDEO, platform, s
        if _PHONE.search(s.text):
            return ConferenceFormat.TELEPHONE, _platform([s]) or _phone_line(sentences), s
    for s in fields:
        if IN_PERSON.search(s.text):
            return ConferenceFormat.IN_PERSON, None, s
        if re.search(r"\b(?:tele)?phon(?:e|ic)\w*", s.text, re.IGNORECASE):
            return ConferenceFormat.TELEPHONE, _phone_line(sentences), s
    for s in pool:
        if _REMOTE.search(s.text):
            return ConferenceFormat.UNKNOWN, None, s
    return ConferenceFormat.UNKNOWN, None, None


def _other_meeting(text: str) -> bool:
    """About a status conference or a pre-settlement call, not the settlement conference."""
    return OTHER_CONF.search(text) is not None and SETTLEMENT_CONF.search(text) is None


def _platform(sentences: list[Sentence]) -> str | None:
    for s in sentences:
        for rx, name in _PLATFORMS:
            if rx.search(s.text):
                return name
    return None


def _phone_line(sentences: tuple[Sentence, ...]) -> str | None:
    """The Court's conference line and its number, from the sentence giving the dial-in."""
    for s in sentences:
        if re.search(r"conference\s+line|dial-?in|call-?in", s.text, re.I):
            number = _PHONE_NUMBER.search(s.text)
            if number:
                return f"Court's conference line {number.group(0)}"
    return None


def link_delivery(sentences: tuple[Sentence, ...]) -> str | None:
    for s in sentences:
        if (
            _LINK.search(s.text)
            and _DELIVERY.search(s.text)
            and not re.match(r"if\b", s.text, re.I)
        ):
            return s.text
    return None
