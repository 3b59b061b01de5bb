"""Facts of the matter and of the conference read off a question: judge, case, parties,
court, order date, side, the conference's time in another zone and how it is held.

Also the shapes every question kind shares (`Kind`, `YES_NO`): `question_kinds.classify`
asks here first, then reads days, windows, holidays, counting and what-ifs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from settleconf.bot.chat.question_vocabulary import rx


@dataclass(frozen=True)
class Kind:
    intent: str  # an IntentName value
    cue: str
    fact: str | None = None
    day: date | None = None
    until: date | None = None
    also: date | None = None  # the other reading of an ambiguous day ("next tuesday")
    after_done: bool = False  # a window asked after saying what is done ("we sent X - ...")
    asked_about: str | None = None
    topic: str | None = None  # when the kind refines a procedure topic (format: "conference")


# A yes/no question starts with an auxiliary ("is friday ok", "can we send ..."), or has a
# clause that does ("we already gave them a number, do we need another demand?").
_AUX = (r"(?:is|are|was|can|could|would|will|may|should|shall|does|do|did|must|has|have|am|need"
        r"|gotta)")
# A side said first ("we're def - can our counter go out wed?") leaves the question as asked.
# "as plaintiff are we required to ...": the side as a prefix, then the yes/no
_SIDE_FIRST = (r"(?:(?:we are|were|i am|im|as|for|on behalf of|speaking for) )?(?:the )?"
               r"(?:plaintiff|defendant)(?: here| side| counsel| team)? ")
YES_NO = re.compile(rf"(?:^|[,;:.!?]\s*)(?:so |and |but |hey |quick q |please |then |"
                    rf"{_SIDE_FIRST})*{_AUX}\b|^(?:is there )?any chance\b|"
                    rf"^if\b.*\b{_AUX} (?:we|they|i|you|he|she|it|that|this|plaintiff|defendant)\b")
_JUDGE = (r"\bwho is (?:the |our )?(?:magistrate|judge|mj)\b|\b(?:which|what) (?:magistrate|judge)"
          r"\b|^(?:the )?(?:magistrate )?judge$|\bwho (?:signed|issued|entered) (?:the|this) order"
          r"\b|\bjudge(?:s)? name\b|\bwho is (?:the|our) (?:magistrate )?judge\b|\bwho is (?:the "
          r"|our )?mj\b|\bbefore (?:which|what|whom) judge\b|\bwho is presiding\b|"
          # "is MJ Reznik or someone else?": a name put to us, not a verb ("is the judge going")
          # the one who runs it, named by what they do: "who's hearing the conf"
          # the judge by the preposition: "who is the conf in front of", "in front of whom", "is
          # the conference before the MJ or the district judge"
          r"^is (?:the |this |it |our )?(?:settlement )?(?:conf\w*|case|it|session)? ?(?:before|in "
          r"front of|with) (?:the )?(?:magistrate judge|magistrate|mj|district judge|judge)\b.*"
          r"\bor\b|"
          # "is the conference before Judge Halpern?": a judge named, to be checked
          r"^is (?:the |this |it |our )?(?:settlement )?(?:conf\w*|case|it|session)? ?(?:before|in "
          r"front of|with|held by|run by) (?:magistrate judge|magistrate|mj|district judge|judge"
          r"|hon\w*) [a-z'-]+$|"
          # "is judge newman running the settlement conference?", "who is the mediator, judge
          # rice?": a judge named as the one who runs it, to be checked
          r"^is (?:magistrate judge|magistrate|mj|district judge|judge) [a-z'-]+ (?:doing|running|"
          r"handling|conducting|hearing|holding|presiding over|mediating|leading) (?:the |our |"
          r"this )?(?:settlement )?(?:conf\w*|session|mediation|msc|case)\b|"
          r"^who is (?:the |our )?(?:mediator|settlement judge|judge|magistrate judge),? "
          r"(?:magistrate judge|judge|mj) [a-z'-]+$|"
          r"\bwho is (?:the |our |this )?(?:settlement )?(?:conf\w*|session|case|matter|it) (?:in "
          r"front of|before)$|\bin front of (?:who|whom|which judge|what judge)\b|"
          r"\bwho (?:is|will be) (?:hearing|running|handling|conducting|overseeing|presiding over|"
          r"holding|mediating|leading) (?:the |our |this )?(?:settlement )?(?:conference|session|"
          r"case|matter|it)\b|"
          r"^is (?:the |our )?(?:magistrate judge|judge|magistrate) (?!(?:going|ok|fine|available|"
          r"on|in|at|there|still|also|not|aware|expect\w*|requir\w*)\b)[a-z]+(?: or [a-z ]+)?$")
_CASE = (r"\bwhat case\b|\bwhich case\b|\bcase (?:no|number|num|name)\b|\bdocket (?:no|number|num)"
         r"\b|\bcaption\b|\bwhat matter is this\b|\bcase is this\b|\bindex (?:no|number)\b|"
         # "civ no.?", "civil action number", "name of the case"
         r"\b(?:civ(?:il)?(?: action)?|cv) (?:no|number|num)\b|"
         r"\bname of (?:the|this|our) (?:case|matter|"
         r"action|lawsuit|suit)\b|\b(?:case|matter|action|lawsuit) (?:called|titled|styled)\b|"
         # "how do I style the case?": its caption
         r"\bstyl\w* (?:the |this |our )?(?:case|matter|action)\b")
_PARTIES = (r"\bwho (?:are|is) (?:the )?(?:parties|plaintiff|defendant|other side|opposing party|"
            r"opposing parties)\b|\bwho are we (?:against|suing|up against)\b|\bwho is suing\b|"
            # the sides by what they did: "who brought the suit", "who's being sued"
            r"\bwho (?:brought|filed|started|commenced|initiated) (?:the |this )?(?:suit|case|"
            r"action|lawsuit|complaint|claims?)\b|\bwho (?:is|was|got) (?:being )?sued\b|"
            r"\bwho (?:are|is) (?:we )?(?:suing|being sued)\b|"
            # "who's the party on the other side?", "who is opposing us"
            r"\bwho (?:is|are) (?:the )?(?:party |parties |client )?on the other side\b|"
            r"\bwho (?:is|are) (?:the )?other (?:party|parties|side)\b|\bwho is opposing\b")
_COURT = (r"\b(?:what|which) (?:court|district)\b|\b(?:what|which) courthouse\b(?!(?: \w+){0,3} "
          r"(?:going|go|head\w*|be|meet\w*|appear\w*)\b)|\bwhat is the venue\b|\bwhat venue\b"
          r"|\bwhere is (?:the|this) case\b|"
          # a district by its initials: "SDNY or EDNY?", "are we in the cdca"
          r"\b[nsewcm]d(?:ny|ca|tx|fl|il|pa|ga|al|la|ok|wa|mi|oh|wi)\b|\bd ?(?:nj|ct|mass|md|dc)\b"
          r"|\b(?:what|which) (?:federal |us )?(?:district )?court\b|\bfederal or state\b|"
          r"\bstate or federal\b|\bin (?:federal|state) court\b")
_ORDER_DATE = (r"\bwhen (?:was|is) (?:the|this) order (?:dated|entered|issued|signed|from)?\b|"
               r"\bwhat (?:date|day) (?:was|is) (?:the|this|that) order\b|"
               r"\border (?:dated|date|entered|issued)\b|\bdate (?:of|on) (?:the|this) order\b|"
               r"\b(?:when|what (?:date|day)) did (?:the |she |he |they )?"
               r"(?:judge |court |magistrate (?:judge )?)?"
               r"(?:issue|sign|enter|file|send|put out)\w* (?:the |this )?order\b|"
               # "when did Reznik sign this thing": the order by its signing
               r"\b(?:when|what (?:date|day)) did (?:\w+ ){1,2}(?:sign|issue|enter)\w*(?: (?:this|"
               r"it|that|the)(?: \w+)?)?$")
_SIDE = (r"\bare we (?:the )?(?:plaintiff|defendant)\b|\b(?:which|what) side (?:are we|do we|is "
         r"this channel)\b|\bwho do we represent\b|\bwhat is our side\b|\bare we on$|"
         r"\b(?:which|what) party (?:do|are|did) we\b|\bwho (?:are|were) we (?:hired by|"
         r"representing|acting for)\b|\bwhom do we represent\b|\bdo we "
         r"(?:represent|act for) (?:the )?(?:plaintiff|defendant)\b|"
         # the side by what it did: "are we the ones who sued?", "did we bring this case"
         r"\bare we (?:the ones? )?(?:who |that )?(?:sued|suing|being sued|sued by them)\b|"
         r"\bdid we (?:sue|bring|file|start)\b|\bwere we (?:the ones )?sued\b|"
         r"\bare we (?:for|representing|"
         r"counsel for) (?:the )?(?:plaintiff|defendant)\b|\bwhat side\b")
# "does the letter need a caption?" asks about the letter's form, not the case's caption.
_PAPERS = r"\b(?:letter|statement|submission|brief|memo|papers?)\b"
# Zones people ask the conference time in; each maps to an IANA zone.
ZONES: dict[str, tuple[str, str]] = {
    r"california|pacific|pst|pdt|pt|west coast|los angeles|san francisco|seattle|portland|la|sf|"
    r"bay area|silicon valley|san jose|san diego|oakland|sacramento|palo alto|las vegas|vegas|"
    r"nevada|oregon|irvine|vancouver":
        ("America/Los_Angeles", "Pacific"),
    r"central|cst|cdt|ct|chicago|texas|dallas|houston|austin|minneapolis|st louis|kansas city|"
    r"new orleans|nashville|memphis|milwaukee|oklahoma|san antonio|iowa|wisconsin|minnesota":
        ("America/Chicago", "Central"),
    r"mountain|mst|mdt|mt|denver|colorado|utah|salt lake|boise|idaho|albuquerque|new mexico|"
    r"montana|wyoming|calgary|edmonton": ("America/Denver", "Mountain"),
    r"arizona|phoenix": ("America/Phoenix", "Arizona"),
    r"hawaii|honolulu|hst": ("Pacific/Honolulu", "Hawaii"),
    r"alaska|anchorage": ("America/Anchorage", "Alaska"),
    r"eastern|est|edt|et|new york|east coast|boston|miami|atlanta|nyc|dc|philadelphia|philly|"
    r"pittsburgh|detroit|florida|charlotte|baltimore|cleveland|toronto|montreal|ottawa":
        ("America/New_York", "Eastern"),
    r"london|uk|gmt|bst": ("Europe/London", "London"),
    # offices and clients abroad: "what time is the conf in tokyo?", "for the berlin folks"
    r"dublin|ireland|edinburgh|scotland|manchester": ("Europe/Dublin", "Dublin"),
    r"paris|france|berlin|germany|frankfurt|munich|madrid|spain|rome|milan|italy|amsterdam|"
    r"netherlands|brussels|belgium|zurich|geneva|switzerland|vienna|stockholm|copenhagen|oslo|"
    r"warsaw|prague|luxembourg|cet|cest|central europe\w*": ("Europe/Berlin", "Central Europe"),
    r"tel aviv|israel|jerusalem": ("Asia/Jerusalem", "Israel"),
    r"dubai|abu dhabi|uae": ("Asia/Dubai", "Dubai"),
    r"india|mumbai|delhi|new delhi|bangalore|bengaluru|hyderabad|chennai": (
        "Asia/Kolkata", "India"),
    r"singapore|hong kong|beijing|shanghai|shenzhen|china|taipei|taiwan|manila|perth": (
        "Asia/Singapore", "Singapore"),
    r"tokyo|japan|osaka|jst": ("Asia/Tokyo", "Tokyo"),
    r"seoul|korea|kst": ("Asia/Seoul", "Seoul"),
    r"sydney|melbourne|australia|brisbane|canberra|aest": ("Australia/Sydney", "Sydney"),
    r"sao paulo|brazil|rio|buenos aires|argentina": ("America/Sao_Paulo", "Sao Paulo"),
    r"mexico city|guadalajara": ("America/Mexico_City", "Mexico City"),
    r"utc": ("UTC", "UTC"),
}
_FORMAT = (r"\bin person\b|\bzoom\b|\bteams\b|\bwebex\b|\bvirtual\w*\b|\bremote\w*\b|\bvideo\w*\b|"
           # a place asked about ("is it in white plains?"), a call by another name
           r"\bin (?:white plains|manhattan|new york|nyc)\b|\bphone (?:conference|call|conf)\b|"
           r"\bconference call\b|\bcourtroom\b|\bformat\b|"
           r"\bonline\b|\bby phone\b|\bon the phone\b|\btelephon\w*\b|\bcourthouse\b|\bin court\b|"
           r"\bin chambers\b|\bplatform\b|\bgoogle meet\b|"
           # "will we be on camera or is it a call?": video, or a call by phone
           r"\bon (?:camera|screen|video)\b|\bcameras? (?:on|off)\b|"
           r"\b(?:is it|or) (?:just )?(?:a|an) (?:audio |phone |dial in )?(?:call|audio only)\b|"
           r"\baudio only\b|"
           # a place put up for the conference itself: "is the conference in oakland?", "is
           # the mediation in room 300?" (not a time, a month, a weekday or a span)
           r"^(?:is|will) (?:the |our )?(?:settlement )?(?:conf\w*|session|it) (?:be )?(?:being )?"
           r"(?:held )?(?:in|at) (?!the (?:morning|afternoon|evening)\b)(?!noon\b)(?!\d)"
           r"(?!(?:a|an|one|two|three|four|five|six|\d+) (?:weeks?|days?|months?)\b)"
           r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
           r"(?!(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)(?!person\b)[a-z]+")
_TRAVEL = (r"\b(?:fly|flight|travel\w*|drive|trip|hotel)\b|\b(?:come|go|head|get) (?:to|into) "
           r"(?:new york|ny|"
           r"white plains|the city|town)\b")


# "how long is the conference?", "what time does it end?": the order sets a start only
_LENGTH = (r"\bhow long (?:is|will|does|do|would) (?:the |it )?(?:\w+ )?(?:conf\w*|it|session|"
           r"mediation)?\b(?: (?:last|take|run|go))?|"
           r"\b(?:what time|when) (?:does|will) (?:the |it )?(?:\w+ )?(?:conf\w*|it|session) "
           r"(?:end|finish|wrap)\b|\bend time\b|"
           # "what time does the conference start and end": the end is what the start lacks
           r"\b(?:start|begin)s? and (?:end|finish|conclude)s?\b")


def search(pattern: str, text: str) -> str | None:
    m = rx(pattern).search(text)
    return m.group() if m else None


def _without_paper(norm: str) -> str:
    """`norm` less the paper a judge's name, caption or docket number is wanted for, when
    such a fact is asked; otherwise as is ("does the letter need a caption?" asks about the
    letter)."""
    bare = re.sub(_FOR_PAPER, " ", norm)
    if bare == norm or not re.search(r"\b(?:name|who|which|what|full|exact)\b|\bnumber\b|\bno\b|"
                                     r"\?$|^\w+(?: \w+){0,3}$", bare.strip()):
        return norm
    return " ".join(bare.split())


def zone_asked(norm: str) -> tuple[str, str] | None:
    for pattern, zone in ZONES.items():
        if rx(rf"\b(?:{pattern})\b").search(norm):
            return zone
    return None


# What a fact is wanted for: "name of the MJ for the cover letter", "caption for the letter
# heading". The paper it goes in is not what is asked about.
_FOR_PAPER = (r"\b(?:for|on|in) (?:the |our |a |my |this )?(?:cover |transmittal |draft )?"
              r"(?:letter|email|e mail|submission|statement|filing|cover sheet)s?(?: (?:heading|"
              r"header|top|caption|signature(?: block)?))?\b|"
              r"\bfor (?:the |our |a )?(?:heading|header|signature block|re line|subject line)\b")


def fact_kind(norm: str) -> Kind | None:
    norm = _without_paper(norm)
    # The judge asked about, not a judge told something ("do we tell the judge what ...").
    if re.search(r"\b(?:who|name|which|what)\b", norm) and re.search(
            r"\b(?:judge|magistrate|mj|presid\w*|chambers)\b", norm) and not re.search(
            r"\bwhen\b|\bdate\b|\bday\b|\btime\b|\bdue\b|\bdeadline|\battend|\bletter|\bsend|"
            r"\bemail|\bsubmit|\baddress|\bwant|\bexpect|\bsay|\bsaid\b|\bmention|\bmeet|\bsanction|"
            r"\btell|\bthink|\bworth"
            r"|\bdiscover|\bshow|\bexplain|\bknow|\bowe|\bbefore|\bneed|\bsubmi|\bstatement|\bbrief"
            r"|\bpaper|\binfo|\bsee\b|\bread\b|\bwrit|\bcopy\b|\bcc\b|\b(?:judge|court|magistrate) "
            # what the judge said, used later: "can we cite what the MJ told us?"
            r"do\b|\btold\b|\bsaid\b|\bcit(?:e|ing)\b|\bquot\w*|\buse\b|"
            # what goes to the judge: "what should go in the letter to the judge"
            r"\bgo(?:es)?\b|\binclud\w*|\bput\b|\bcontain\w*", norm):
        return Kind("matter_fact", "judge", fact="judge")
    for fact, pattern in (("judge", _JUDGE), ("case", _CASE), ("parties", _PARTIES),
                          ("court", _COURT), ("order_date", _ORDER_DATE), ("side", _SIDE)):
        if (cue := search(pattern, norm)) is not None and not (
                cue == "caption" and re.search(_PAPERS, norm)):
            return Kind("matter_fact", cue, fact=fact)
    # "2:30 eastern is what in denver": a clock time next to a zone asks the same.
    timed = search(r"\bwhat time\b|\btime\b|\bwhen\b|\bstart\w*\b|\b\d{1,2} \d\d\b|\bmorning\b|"
                   r"\bafternoon\b", norm)
    zone = zone_asked(norm)
    if zone and zone[1] == "Eastern" and YES_NO.search(norm) and re.search(r"\bat \d", norm):
        zone = None  # "does it start at 2:30 eastern?": a yes/no about the court's own time
    if (cue := search(_LENGTH, norm)) and re.search(r"\bconf\w*\b|\bit\b|\bsession\b|"
                                                   r"\bmediation\b", norm):
        return Kind("conference", cue, fact="conference_length")
    if timed and zone and re.search(r"\bconf\w*\b|\bit\b|\bthat\b|\bsession\b|\bstart|\bwhat "
                                    r"time\b|\b\d{1,2} \d\d\b|"
                                    # "when to dial in", "what time do we log on"
                                    r"\bdial in\b|\blog (?:in|on)\b|\bjoin\b|\bsign on\b|"
                                    r"\b(?:be|get|hop) on\b|\bonline\b|\blogged (?:in|on)\b|"
                                    # "the time difference for our chicago folks"
                                    r"\btime difference\b", norm):
        return Kind("matter_fact", timed, fact="time_zone", asked_about=zone[0])
    if zone is None and (cue := search(r"\btime ?zones?\b|\b(?:what|which) zone\b|\btz\b|"
                                       # "is the 2:30 our time or theirs?"
                                       # (not paid for: "do they pay our time?")
                                       r"(?<!pay )(?<!for )(?<!reimburse )"
                                       r"\b(?:our|their|whose|local) time\b", norm)):
        # "what time zone is the 2:30 in?": the court's own zone
        return Kind("matter_fact", cue, fact="time_zone", asked_about="court")
    how = search(_FORMAT, norm)
    # "in person?" alone asks it of the one event there is
    about_conf = re.search(r"\bconference\b|\bit\b|\bsession\b|\bmeeting\b|^\w+(?: \w+)?$|"
                           r"\bfor (?:this|that)$|^(?:is|will|would) this\b",
                           norm) or re.search(
        r"\b(?:go|come|show up|appear|travel|fly|be|head) (?:to|at|in|into) (?:the )?(?:courthouse|"
        r"court|white plains|new york|ny|nyc|manhattan|the city|downtown)\b|"
        r"\bwhat platform\b|\b(?:appear|participate|join|show up)\b|"
        # travel for a day of the month: "book a hotel for the 28th"
        r"\b(?:for|on) the \d{1,2}(?:st|nd|rd|th)\b", norm)
    paying = re.search(r"\bpay\w*|\breimburs\w*|\bcosts?\b|\bexpenses?\b|\bsanction", norm)
    if about_conf and not paying and (travel := search(_TRAVEL, norm)) and YES_NO.search(norm):
        # "do I need to fly to NY for it?": travelling is asking whether it is in person.
        return Kind("explain", travel, fact="format", asked_about="in person", topic="conference")
    if re.search(r"^how (?:do|will|can|should|would) (?:we|i|they|you|the client|our client) "
                 r"(?:attend|participate|appear)\b", norm):
        # "how do we attend the conference?": by what means, not who must come
        return Kind("explain", "how", fact="format", asked_about="how", topic="conference")
    if re.search(r"\bhow (?:is|will|would) (?:the |our |this )?(?:settlement )?"
                 r"(?:conference|session|it) (?:be )?(?:being )?"
                 r"(?:held|conducted|run|done|taking place|happening)\b",
                 norm):
        # "how is the conference being held?": the means of the conference itself
        return Kind("explain", "how", fact="format", asked_about="how", topic="conference")
    if re.search(r"\b(?:what|which) (?:courthouse|courtroom|building)\b(?: \w+){0,3} (?:going|go|"
                 r"head\w*|be|meet\w*|appear\w*)\b|"
                 # "which courtroom in white plains is the conference in", "what floor is it on"
                 r"\b(?:what|which) (?:courthouse|courtroom|building|floor|room)\b.*\b(?:conf\w*|"
                 r"session|it|we)\b|"
                 r"^where is (?:the |our )?(?:settlement )?(?:conference|session|meeting)$|^where "
                 r"(?:will|do|does|should|must) (?:we|it|i|they)(?: (?:have|need) to)? (?:be|go|"
                 r"meet|take place|show up|appear)\b", norm):
        return Kind("explain", "where", fact="format", asked_about="where", topic="conference")
    people = (r"\bwho\b|\bclient|\bauthority\b|\blink|\brep\b|\battend|"
              r"\b(?:need|have|has) to be\b(?! (?:in|at) )|"
              # a person reachable by phone is attendance, not how the conference is held
              r"\bceo\b|\bcfo\b|\bgc\b|\bgeneral counsel\b|\badjuster\b|\binsurer\b|\bdecision ?"
              r"makers?\b|\bprincipal\b|\bowner\b|\brepresentative|\breachable\b|\bavailable\b|"
              r"\bon call\b|\bhe\b|\bshe\b|\bhim\b|\bparticipat\w*|"
              # who sets the meeting up is the link's procedure, not how it is held
              r"\bset(?:ting)? (?:\w+ )?up\b|\barrang\w*|\bcreat\w*|\bhost\w*|\binvite\w*|"
              r"\bschedul\w* (?:the |a |our |this )?(?:teams |zoom |video |virtual )?(?:meeting|"
              r"call|session|conference|link)s?\b|\bourselves\b")
    # "can the hard copy go by fedex or do we walk it over to the courthouse?": the paper's way
    carried = re.search(r"\bhard copy\b|\bcourier\b|\bhand deliver\w*|\bbinders?\b|\bprint\w*",
                        norm)
    if how and about_conf and not carried and not re.search(people, norm) and (
            YES_NO.search(norm) or re.search(r"\bwhat platform\b|\bor\b|\bhow is\b|\bformat\b|"
                                             r"^\w+(?: \w+)?$", norm)):
        return Kind("explain", how, fact="format", asked_about=how, topic="conference")
    return None


# The words these facts are cued by, kept as spelling targets ("caption", "mountain").
FACT_CUES = (_JUDGE, _CASE, _PARTIES, _COURT, _ORDER_DATE, _SIDE, *ZONES, _FORMAT, _TRAVEL)
