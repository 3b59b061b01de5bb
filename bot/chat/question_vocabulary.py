"""The words people use when they ask settleconf something, and how they are cleaned up.

Everything here is data plus the function that applies it: the phrases normalized, the
synonym groups ("concepts") used to match a
question to an order's obligations, the cues for each procedure topic, and the
litigation deadlines a settlement-conference order never sets. Patterns run on the
normalized question (lower case, contractions expanded, typos repaired).
"""

from __future__ import annotations

import re
from functools import cache

from settleconf.bot.chat.legal_synonyms import canonical


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Contractions and shorthand that need more than one word, applied before tokenizing.
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"<[@#][\w.|-]+>|@[\w.-]+", " "),  # Slack/Teams mentions: "@settleconf", "<@U123>"
    (r"#", " number "),  # "docket #", "case #"
    (r"¶+\s*", " paragraph "),  # "what does ¶1 say": the sign is the word
    (r"§+\s*", " section "),
    # "remind me what's due" asks what is due: the request wrapper says nothing.
    (r"^\W*(?:(?:please|pls|plz|can you|could you)\W+)?remind (?:me|us)(?: again)?(?: of| about)?"
     r"\b", " "),
    # "tell me the deadlines", "show us what's due": a request for what follows ("tell me
    # about X" stays: it asks to explain X)
    (r"^\W*(?:(?:please|pls|plz|can you|could you)\W+)?(?:tell|show|give|send|get) (?:me|us)\b"
     r"(?! about\b| (?:if|whether)\b)", " "),
    # "remind me if we serve it": the yes/no inside, asked as a confirmation
    (r"^\s+(if|whether)\b", r"confirm \1"),
    (r"[’‘`]", "'"), (r"π", " plaintiff "), (r"[Δδ∆]", " defendant "),
    # "can counsel attend alone?" asks whether just the lawyers may come
    (r"\b(counsel|lawyers|attorneys) (attend|go|come|appear|show up)\w* (?:alone|by themselves|"
     r"without (?:the |our |their )?clients?)\b", r"just \1 \2"),
    (r"\bwhat'?s\b", "what is"), (r"\bwhen'?s\b", "when is"), (r"\bwho'?s\b", "who is"),
    (r"\bhow'?s\b", "how is"), (r"\bhow'd\b", "how did"), (r"\bwhere'?s\b", "where is"),
    (r"\bit'?s\b", "it is"), (r"\b(we|they|i|you)'ve\b", r"\1 have"),
    # "were do we send it": "where" mistyped (a question word, then an auxiliary)
    (r"^\W*were (do|does|did|should|can|could|must|will|would)\b", r"where \1"),
    # "we'd like to ..." ("wed" would read as Wednesday)
    (r"\b(we|they|i|you)'d\b", r"\1 would"),
    (r"\bthat'?s\b", "that is"), (r"\bwon'?t\b", "will not"),
    (r"\bcan'?t\b", "can not"), (r"\bcannot\b", "can not"),
    (r"\b(do|does|did|is|are|was|were|should|would|could|have|has|had|must|need)n'?t\b",
     r"\1 not"),
    (r"\b([pπ]|pl|pltf|pltff)'s\b", "plaintiff"), (r"\b(d|def|deft)'s\b", "defendant"),
    # voice dictation's homophones of the domain's words: "who has to a tend", "the ex party
    # letter", "settle mint demand", "on teems", "the dead line"
    (r"\b(?:a|at) tend(s|ed|ing|ance)?\b", r"attend\1"), (r"\bex part(?:y|ies|ee)\b", "ex parte"),
    (r"\bsettle (?:mint|meant|mend)\b", "settlement"), (r"\bteems\b", "teams"),
    (r"\bdead lines?\b", "deadline"),
    (r"\bex[- ]?parte\b", "ex parte"), (r"\bex\.? ?p\b\.?", "ex parte"),
    # "loop in opposing counsel", "loop them in": copy them
    (r"\bloop(?:s|ed|ing)? in\b", "cc"), (r"\bloop(?:s|ed|ing)? (\w+(?: \w+)?) in\b", r"cc \1"),
    # "negotiate before the conference date": the conference, not a date asked for
    (r"\b(before|prior to|ahead of|until|till|by) the (settlement )?(conf\w*) date\b",
     r"\1 the \2\3"),
    # the session by its other names ("the mediation hearing", "the ENE", "settlement
    # hearing"): the court-run session is the conference; a mediation's papers, deadline or
    # a private mediation are not
    (r"\b(?<!private )(?<!complete )(?<!completed )(?<!completing )(?:court[- ](?:conducted|"
     r"annexed|ordered|run) )?(?:mediat(?:ion|on|oin|ino)|early neutral evaluation|ene|settlement "
     r"hearing)(?: (?:hearing|session|conference|meeting))?\b(?! (?:statements?|letters?|"
     r"submissions?|briefs?|memo\w*|papers?|reports?|summar\w*|questionnaires?|deadlines?|"
     r"orders?|due)\b)", "settlement conference"),
    (r"\bm\s*&\s*c\b|\bm\s*/\s*c\b", "meet and confer"),  # "m&c deadline"
    (r"\be-mail", "email"), (r"\bcounter-offer", "counteroffer"),
    (r"\bhand-deliver", "hand deliver"), (r"\bdial-in\b", "dial in"), (r"\bw/o\b", "without "),
    (r"\bw/", "with "),
    # "the letter has to address X" says what it covers; "address" is otherwise the e-mail's
    (r"\b(to|should|must|shall|will|needs to|has to|have to|need to) address\b", r"\1 cover"),
    (r"\bb/c\b", "because"),
    # day-count shorthand: "biz days or cal days?"
    (r"\b(?:biz|bus\.?|court|working|work) days?\b", "business days"),
    (r"\bcal\.? days?\b", "calendar days"),
    # "letter's in", "demand's out": the step is done, not the letter's something.
    (r"\b(\w+)'s (in|out|done|gone|filed|sent|served|over)\b", r"\1 is \2"),
    (r"'s\b", ""), (r"'", ""),
    # The other side as the one who would get a copy: "send it to the defendants", "cc their
    # counsel" ask one thing, and the recipient is not the side asking.
    # ... or named before the copy: "send opposing a copy", "give oc our version"
    (r"\b((?:send|give|e ?mail|mail|forward|show|provide|hand)\w*) (?:the )?(?:opposing(?: "
     r"counsel| party| side)?|oc|other side|(?:defendants?|plaintiffs?)(?: counsel| lawyers?| "
     r"attorneys?)?|defen[cs]e(?: counsel)?|them) "
     r"((?:a |an |our |the )?(?:cop(?:y|ies)|version|draft)\b)", r"\1 \2 to the other side"),
    (r"\b((?:send|give|serve|copy|cc|share|show|forward|provide|e ?mail|mail|deliver|exchang)\w*"
     r"(?: \w+)"
     r"{0,6} (?:to|with|on)) (?:the )?(?:defendants?|plaintiffs?|defen[cs]e|their (?:counsel|"
     r"lawyers?|attorneys?)|opposing part(?:y|ies)|other parties|adversary(?: counsel)?|"
     r"adversaries|opponents?|adverse part(?:y|ies))\b",
     r"\1 the other side"),
    (r"\b4 (the|our|us|me|them|plaintiff|defendant|def|pltf)\b", r"for \1"),  # "due 4 the def"
    (r"\b(?:the )?following (week|wk)\b", r"next \1"),  # "what's due the following week"
)


# Synonym groups. An obligation and a question "share" a concept when both use its words.
CONCEPTS: dict[str, str] = {
    "letter": r"\bletters?\b|\bstatements?\b|\bsubmissions?\b|\bbriefs?\b|\bmemo(?:randum|randa)?"
    r"\b|\bposition papers?\b|\bex parte\b|\bpapers\b",
    "demand": r"\bdemands?\b|\b(?:opening|initial|first) (?:offer|number|proposal|move)\b|"
    r"\bproposals?\b"
    r"|\bput (?:a|our) number\b"
    # "send the number", "float a figure": for a settlement duty, the number is the demand
    r"|\b(?:send|make|give|float|convey|communicate|put out|get out)\w* (?:the |our |a |them "
    r"(?:a |our )?)?(?:number|figure)\b"
    # "when does our number have to be to them": a side's number is its demand ("authority
    # supporting our number" is the letter's case law, not the number sent)
    r"|(?<!supporting )(?<!support )(?<!for )(?<!behind )(?<!justify )\b(?:our|their) "
    r"(?:settlement |opening )?(?:number|figure)\b(?= (?:has|have|had|is|are|must|should|needs?|"
    r"due|go|goes|out|over|to|by)\b|$)",
    "response": r"\brespon(?:se|ses|d|ds|ded|ding)\b|\bcounteroffers?\b|\bcounter\b|\breply to\b|"
    r"\banswer(?:ing)? (?:to )?(?:the |their |our |its |a |any |plaintiff )?(?:opening |initial |"
    r"first )?demand\b|\btheir "
    r"answer\b|\bget back to\b|\bcome back\b(?! to (?:the |our )?(?:court|judge|chambers))"
    r"|\bhear back\b|\bturn ?around\b"
    # the defendant's step by its verb: "can we answer on may 17?"
    r"|\b(?:can|could|should|must|do|may) (?:we|they|defendant) (?:answer|reply|counter)\b"
    # ¶3's "Demand/Offer": the offer is what answers the demand ("when's the offer due")
    r"|\b(?:the|their|an|defendant|defense) offer\b(?! (?:or|and|/) demand)",
    "hard_copy": r"\b(?:hard|paper|courtesy|physical|printed) cop(?:y|ies)\b|\bhand deliver\w*\b"
    r"|\b(?:need|want|wants|get) (?:a )?paper\b|\bprint(?:ed|out)?s?\b"
    r"|\bhand delivery\b|\bbinders?\b|\bdrop (?:it |them )?off\b|\bhardcopy\b",
    "notify": r"\bnotify\b|\bnotif\w+\b|\bnotice\b|\btell\b|\binform\b|\blet [a-z ]+ know\b|"
    r"\bcontact (?:the )?(?:court|chambers|crd|clerk|deputy|courtroom deputy)\b",
    "settled": r"\bsettle[sd]?\b|\bsettling\b|\bresolved?\b|\bresolution\b",
    "confer": r"\bmeet and confer\b|\bconfer\b|\bnegotiat\w*\b",
    "attendee": r"\battendees?\b|\bwho (?:is|are|will be) (?:attending|coming)\b|\bwho will "
    r"(?:attend|come|be there)\b|\bparticipants? lists?\b|\blists? of (?:participants|people|"
    r"everyone|names|who)\b",
    # a request to be excused from attending ("excusal request", "non-appearance request"):
    # the request is the duty, whoever would stay away
    "excuse": r"\bexcus(?:e|ed|al|ing)\b|\bexempt(?:ed|ion)?\b|\bnon ?appearance\b|"
    r"\bask\w* (?:\w+ ){0,7}?(?:to )?(?:skip|miss|not attend|be absent from)\b",
}
# A question that asks whether a duty exists ("do we need to send a demand?") is about
# the procedure behind it, so it is explained rather than dated.
CONCEPT_TOPIC = {"demand": "exchange", "response": "exchange", "letter": "letter",
                 "hard_copy": "letter_submission", "confer": "exchange"}

# Words that say nothing about *which* obligation: every one of them is a settlement
# duty due before a conference, owed by a party.
GENERIC_WORDS = _words("""
settlement conference court chambers judge magistrate party parties counsel case due
deadline deadlines date day days send sent make made must need shall should submit file
filed provide each any all the and for with to of before after prior later than no not
plaintiff defendant opposing other side our their its his her if only already done
""")

# the grounds for a date in a lawyer's nouns: "the basis for May 20", "where does the 21st
# come from" ask why that day is the deadline, not what is due on it
GROUNDS = (r"\b(?:basis|reasoning|rationale|logic|grounds?|reason) on (?:the )?(?:\d|may |"
           r"june |mon|tue|wed|thu|fri)|"
           r"\b(?:basis|reasoning|rationale|logic|grounds?|reason) (?:for|behind|of|that|why)\b"
           r"(?! (?:our|their|the|my|a|its) (?:settlement |proposed |opening )?(?:figure|number|"
           r"valuation|value|evaluation|position|offer|amount)\b)|^reason (?:the|our|for)\b|"
           r"\bon what basis\b|\bwhere (?:does|did|do|is|are) .+ (?:come|coming) from\b")

_MONTHS = r"january|february|march|april|june|july|august|september|october|november|december"
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday"
CUES: dict[str, str] = {
    # (not "when we email chambers": "can we cc OC when we email the letter?" asks how the
    # letter is sent, not when)
    "time": r"\bwhen\b(?! (?!(?:is|are|do|does|did|should|must|will|would|can|has|have|was|"
    r"were)\b)(?:\w+ ){1,3}(?:goes|gets|arrives|lands|is sent|are sent)\b)(?! (?:we|i|they) "
    r"(?:e ?mail|send|submit|mail|deliver|forward)\w* (?:\w+ ){0,3}?(?:to )?(?:chambers|the "
    r"court|the judge|the mj)\b)(?! (?:e ?mailing|sending|submitting)\b)|"
    r"\b(?:by|know|tell me|remind me) when\b|\bdue\b|"
    r"\bdeadlines?\b|\bby what\b|\bby now\b|\bwhat (?:date|day)\b|\bwhich (?:date|"
    r"day)\b|\bhow (?:many|much) (?:more )?(?:days|time)\b|"
    r"\bhow long (?:do|does|did|will|have|until|after)\b|\blast day\b|\bdates?\b|\blatest\b|"
    r"\bcut ?off\b|\bhow late\b|"
    # "within what period must defendant respond?"
    r"\bwithin (?:what|how many|how much)\b|\bwhat (?:period|time ?frame|window)\b|"
    # "what time on friday do the memos have to be in": the hour a paper is due
    r"\bwhat (?:time|hour)\b(?! zone)|\b(?:has|have|needs?) to be in\b|"
    # terse: "resp to dmd - how long?", "how long to respond"
    r"\bhow long$|\bhow long to\b",
    "why": r"\bwhy\b|\bhow come\b|\bhow (?:did|do|does|was|is) (?:you|it|that|this)\b|\bexplain "
    r"how\b(?! (?:we|i|our)\b)|\bshould not (?:the [a-z ]+ )?be\b|"
    r"\b(?:right|correct|wrong)\b|\bmemorial day\b|"
    # "it lands on a saturday - does it roll to monday?": whether the day moves
    r"\broll(?:s|ed)? (?:over|forward|back|to)\b|"
    r"\bholiday\b|\bpush (?:back|out)\b|\bweekend\b|\bnot the \d+|\bcalculat\w*|\bcounted\b|"
    r"\bmath\b|\bexplain (?:the )?(?:date|deadline|count\w*)\b|"
    # a doubt put as a question: "wouldn't 5 business days before the 28th be the 21st?"
    r"\bwould not\b(?: \S+){0,8} be\b|"
    # "explain the may 20 date", "explain that deadline"
    r"\bexplain (?:the |this |that |our )?(?:\S+ ){1,2}(?:date|deadline|due date)\b|"
    # "explain the 14th": the day named, why a deadline falls on it
    r"\bexplain (?:the )?\d{1,2}(?:st|nd|rd|th)\b|"
    rf"{GROUNDS}|\bwhere did (?:you|it|that|this) get\b|\bwhat am i missing\b|^i thought\b|"
    r"\bbut (?:the |your |our )?(?:order|list|bot|you|it|calendar|docket|schedule)\b(?: \w+){0,2} "
    r"(?:says?|said|shows?|reads?)\b",
    "this_week": r"\bthis week\b|\bnext (?:\d+ |few |several |couple (?:of )?|seven )days\b|"
    rf"\b(?:before|by|this) (?:{_WEEKDAYS})\b|\bend of (?:the )?week\b|\btoday\b",
    "next": r"\bnext\b(?! week)|\bcoming up\b|\bsoonest\b|\bnearest\b|\bclosest\b|\bearliest\b|"
    r"\bimminent\b|\b(?:due|coming) soon\b|\bfirst\b|\bwork(?:ing)? on\b|\bon "
    r"deck\b|\bup next\b|\bon the horizon\b|\bin the pipeline\b|\bcoming down the pike\b|"
    r"\bleft to do\b",
    # (not the verb with the letter as subject: "should the letter list past offers?")
    "list": r"\bdeadlines\b|(?<!letter )(?<!statement )(?<!submission )(?<!it )(?<!should )"
    r"(?<!we )\blist\b|\bwhen (?:is|are) (?:stuff|things|everything)\b|\b(?:stuff|"
    r"things) due\b|"
    r"\beverything\b(?! (?:(?:we|i|they|you|that is) )?(?:say|said|tell|share|discuss))|"
    # (not the verb: "do we schedule the teams meeting?" asks who sets the call up)
    r"\bschedule\b(?! (?:the |a |our |this )?(?:teams |zoom |video |virtual )?(?:meeting|call|"
    r"session|link)s?\b)|\btimeline\b|(?<!my )(?<!our )(?<!your )(?<!firm )\bcalendar\b|"
    r"\b(?:every|each|all(?: the)?) (?:single )?(?:date|deadline|due date)\b|"
    r"\bdocket\w*\b|\bdates\b|\bowe\b|\brundown\b|\bsummar\w+\b(?! judgment)|\bplate\b|"
    r"\bwhat do (?:we|i|they"
    r"|plaintiff|defendant) (?:need|have) to do\b|\bnext week\b|\bupcoming\b|\boverview\b|"
    r"\bobligations\b|\bduties\b|\bwhat (?:do|does|should) (?:we|i) (?:need to |have to )?"
    r"(?:prepare|prep|get ready)\b|\bto ?do (?:list|items)\b|\btodos?\b|\bto dos\b|\b(?:requires?|"
    r"expects?|wants?) (?:us|me|them|the parties|each party) to do\b|\bwhat (?:does|do) (?:the |"
    r"this )?order (?:require|want|expect)\b|"
    # "what does the court require before the conf?": the judge for the order
    r"\bwhat (?:does|do|will) (?:the )?(?:court|judge|magistrate judge|magistrate|chambers) "
    r"(?:require|want|expect)(?: (?:of|from) (?:us|me|the parties|each party|counsel))?(?: "
    r"(?:before|ahead of|prior to)\b|$)",
    "help": r"^help$|\bhelp\b|\bwhat can you do\b|\bwhat do you do\b|\bhow do i use\b|\bcommands?\b"
    r"|\bwho are you\b|\bwhat are you\b|\bhow does this (?:bot|work)\b",
    "conference": r"\bconference\b|\bsettlement (?:session|meeting)\b|\b(?:appear|go|be) "
    r"before (?:the )?(?:judge|magistrate|court)\b|\bmeet (?:the )?(?:magistrate judge|judge|"
    r"magistrate)\b|\b(?:see|in front of) (?:the )?(?:magistrate )?"
    r"(?:judge|magistrate)\b|\bappear before (?:the )?"
    r"(?:judge|magistrate|court)\b|\bmeet with (?:the )?"
    r"(?:judge|magistrate|court)\b|\bthe session\b"
    # the same event under other nouns: "the mediation session", "the hearing", "the teams call"
    # the event in a partner's words: "the sit-down with the MJ", "the settlement thing", "the
    # thing with the judge", "when are we in front of Reznik"
    r"|\bsit ?downs?\b|\bsettlement (?:thing|call|day)\b|\bthing with (?:the )?(?:magistrate |"
    r"judge|magistrate|court|mj)\b|\bwhen (?:are|do|will) we (?:be )?(?:in front of|before)\b"
    r"|\bmediation(?! (?:statement|letter|submission|brief|memo))\b|\b(?:the|our|this) "
    r"(?:hearing|meeting|session)\b|\b(?:teams|zoom|video) (?:call|meeting|session)\b"
    # joining, with nothing else named, is joining the conference: "when does our GC join"
    r"|\b(?:join|log (?:in|on)|dial in|sign on|hop on)$"
    # "when should our team be on teams": on the call is at the conference
    r"|\b(?:be|get|hop|jump) on (?:teams|zoom|the (?:teams |zoom |video )?call)\b",
    "conference_when": rf"\btime\b|\bstart\w*\b|\bstill on\b|\bbegins?\b|\b(?:may|{_MONTHS}) \d+"
    r"|\bdetails\b|\binfo\b|\binformation\b|\blogistics\b|\bhow (?:far|soon)\b|\bhow (?:long|many "
    r"(?:more )?days|much (?:more |longer )?time) (?:until|till|til|away|before|left)\b|"
    r"\bstill (?:on|happening|scheduled|set)\b|\bgoing ahead\b|"
    r"\bcancell?ed\b|\bhappening\b|\bmorning\b|\bafternoon\b|\bam or pm\b|\blunch\b|\bnoon\b"
    r"|\bstill a go\b"
    r"|\blog on\b|\bscheduled\b|\bbeen set\b|\bhappened\b|\bdid (?:it|the [a-z ]+) happen\b",
    "need": r"\b(?:do|does|must|should|are|is) (?:we|i|they|you|plaintiff|defendant) (?:still |"
    r"really |even |actually |also )?(?:need|have|required|supposed) to\b|\b(?:do|does) (?:we|i|"
    r"they|you) (?:still |really |even |also )?(?:need|require) (?:a|an|the|any)\b|"
    r"\bneed (?:a|an|to)\b|\bmust we\b|\bis (?:it|an?|the) [a-z ]*required\b|\bhas to\b|"
    r"\balready (?:made|sent|did|done|gave)\b|\b(?:do|does|must|should) (?:we|i|they|plaintiff|"
    r"defendant) (?:also |still )?owe\b|\b(?:needed|required|reqd|necessary|mandatory)\b|"
    # the order as the one requiring: "does the order make us respond again?"
    r"\b(?:make|makes|require|requires|force|forces|obligate|obligates) (?:us|them|me|you|"
    r"plaintiff|defendant) (?:to )?\w+",
    "role_plaintiff": r"\bplaintiff\b",
    "role_defendant": r"\bdefendant\b",
}

# The other side, named as people who might get a copy of our papers.
_ADVERSARY = (r"(?:opposing counsel|other side|opposing party|other parties|the other party|the "
              r"(?:defendants?|plaintiffs?|defense)|adversary|adversaries|opponents?|their "
              r"(?:counsel|lawyers?)|"
              r"(?:defendant|plaintiff|defense|def|pltf)s? (?:counsel|lawyers?|attorneys?))")
# "what the judge said about attendance": the order's words on one of its topics, asked again
# (not what was said at the conference: "what the MJ told us about our case" stays that).
_ABOUT_A_TOPIC = (r"(?:about|regarding|re|concerning|on) (?:the |our |their )?(?:attendance|"
                  r"attending|letters?|ltr|demands?|responses?|offers?|hard cop(?:y|ies)|"
                  r"submissions?|deadlines?|exchange|format|confidentiality|sanctions)\b")


TOPIC_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "attendance": (
        (r"\battend\w*\b", 3), (r"\bwho (?:has|have|needs?|must|should|is required)(?: to)? "
         r"(?:be|come|go|show|appear|join)\b", 3), (r"\b(?:be|being) there\b", 3),
        (r"\b(?:on|by|over) the phone\b|\bby phone\b|\bphone in\b|\bcall in\b|\bdial in\b|"
         r"\btelephon\w*|\bby telephone\b", 3), (r"\bparticipat\w*", 2),
        (r"\b(?:party|corporate|company|client) (?:rep|representatives?)\b", 3),
        (r"(?<!case law )(?<!legal )\bauthority\b(?! (?:for|supporting|in support))|"
         r"\bsign off\b|\bdecision ?makers?\b|\bapprove (?:a|the|any) (?:deal|"
         r"settlement)\b|\bcan settle\b", 3),
        (r"\b(?:just|only) (?:be )?(?:the )?(?:lawyers|counsel|attorneys|us|associates?)\b|"
         r"\b(?:no|without) (?:the |our |a )?clients?\b|\bwithout (?:her|him|them)\b", 3),
        (r"\bapprove\b|\bup to \$?\d", 2),
        # on video: "does she have to be on camera?"
        (r"\bon (?:camera|screen)\b|\bcamera\b|\bwebcam\b", 3),
        (r"\bceo|cfo|gc|client|clients|adjuster|insurer|insurance|carrier|rep|representative|"
         r"principal|owner\b", 1), (r"\bbring\b", 1), (r"\bmandatory\b", 1),
        (r"\bshow up\b|\bappear\w*\b|\bpresent\b", 2), (r"\bin person\b", 1),
        (r"\b(?:have|has|need|needs) to (?:come|be at|be present|show(?: up)?|appear|go(?! out)|"
         r"join|be on)\b", 3), (r"\bon call\b|\bon standby\b|\breachable\b", 3),
        # who goes: "can we send a junior associate alone?", "without the client"
        (r"\brather not (?:come|attend|show|appear|be there|join)\b|\bsit (?:it )?out\b|"
         r"\bstays? (?:at )?(?:home|away)\b|\bexcused?\b", 3),
        (r"\balone\b|\b(?:send|just|only) (?:a |an |our )?(?:junior )?associate\b|"
         r"\bwithout (?:the |our |a )?(?:client|party|"
         r"principal|company)\b", 3),
        (r"\b(?:not|is not|isnt) (?:available|reachable)\b|\btravel\w*\b(?! (?:costs?|expenses?))|"
         r"\bout of town\b|\bunavailable\b|\bmake it\b",
         2),
        (r"\b(?:be|being|get) on the (?:call|line|video|teams|zoom|screen)\b", 3),
        # "who from the carrier has to join", "the company sends a junior employee"
        (r"\bwho\b(?: \w+){0,4} (?:has|have|needs?|must|should)(?: to)? (?:be|come|go|show|appear|"
         r"join|attend|participate)\b", 3),
        (r"\b(?:send|sends|sending|bring|brings)\b (?:a |an |our |the |their |one )?(?:junior |"
         r"low level |mid level |lower level |senior )?(?:employees?|staffers?|managers?|"
         r"paralegals?|person|people|someone|somebody|anyone|representatives?|reps?|delegates?|"
         r"designees?)\b", 3),
        (r"\b(?:need|needs|send|have|has|bring) (?:someone|somebody|a person|anyone|a rep\w*) "
         r"(?:there|present|at|on)\b", 3),
        # a person's limits that day: "can only spare 20 minutes", "in London that day", "only
        # reachable on his cell": who attends, or is available by phone
        (r"\b(?:only|just) (?:\w+ ){0,3}\d+ (?:minutes|mins|hours?|hrs?)\b|\b(?:can|could) only "
         r"(?:spare|stay|give|join|be there|do)\b", 2),
        (r"\b(?:that|the) (?:day|afternoon|morning)\b|\bon the (?:28th|day)\b", 1),
        (r"\b(?:going to be|will be|gonna be|is|be) (?:in|abroad|overseas|away|travell?ing|on a "
         r"(?:plane|flight|trip))\b", 1),
        (r"\b(?:be )?reached\b|\bon (?:his|her|their|a) (?:cell|mobile)\b", 2),
        (r"\binstead of (?:the |our |a |their )?(?:client|party|principal|ceo|cfo|gc|company|"
         r"insured|adjuster)\b|\bassociates? (?:go|attend|appear|cover|handle|stand in)\b|"
         r"\b(?:handle|cover) it (?:for|without) (?:him|her|them)\b", 3),
    ),
    "confidentiality": (
        (r"\bconfidential\w*\b(?! (?:letter|statement|submission|settlement statement|brief|memo"
         r"|material))", 3), (r"\boff the record\b|\bon the record\b", 3),
        (r"\b(?:in)?admissib\w*\b|\bdiscoverable\b|\bprivileged?\b|\b408\b|\bsubpoena\w*\b", 3),
        # "will it come up at trial?", "can they bring it up later?"
        (r"\b(?:come|comes|coming|brought|show|shows) up\b(?: \w+){0,3} (?:at trial|in "
         r"discovery|later|in court|in (?:the )?litigation)\b", 3),
        (r"\b(?:mention|raise|bring up|cite|introduce|reference|quote)\w*\b(?: \w+){0,10} (?:in "
         r"discovery|against (?:us|them)|at trial|later|in court|in (?:a|the|our|their|any) "
         r"(?:\w+ ){0,2}(?:motion|brief|filing)s?)\b", 3),
        # what was said at the conference, used after it: "what the MJ told us" (not "what
        # the judge said about attendance": the order's words on a topic, asked again)
        (r"\bwhat (?:the )?(?:magistrate judge|judge|court|magistrate|mediator|they) (?:told|said|"
         r"says|tells|thinks|thought)\b(?! (?:us |me )?" + _ABOUT_A_TOPIC + ")", 3),
        (r"\b(?:judge|court|magistrate|mediator)\b[a-z ]*\b(?:tell|share|reveal|disclose|pass)\w*"
         r"\b", 3),
        (r"\bused?\b(?: \w+){0,6} (?:in discovery|against us|at trial|later|in (?:the )?"
         r"litigation|in court|in (?:a|the|our|their|any) (?:motion|brief|filing)s?)\b|"
         r"\bagainst us\b|\b(?:be|being) used\b", 3),
        (r"\bsecret\b|\bprivate\b", 3), (r"\bhow (?:private|confidential|secret)\b", 4),
        (r"\brecord(?:ed|ing|s)?\b(?! number)", 3),  # "is the conference recorded?"
        # "will a court reporter be there?" (read as "recorded"): the record, not who attends
        (r"\brecorded (?:\w+ ){0,2}(?:be )?(?:there|present|attend\w*)\b", 1),
        (r"\bpress\b|\bmedia\b|\breporters?\b|\bjournalists?\b|\btweet\w*\b|\bpublicity\b|"
         r"\bpublic\b|\bopen to\b",
         3),
        (r"\bbreak ?out\w*\b|\bcaucus\w*\b|\bsidebar\b", 3),  # private sessions with the judge
        # protected from later use: "shielded from discovery", "can they subpoena what was said"
        (r"\b(?:shield|protect|immun|exempt|safe|off limits)\w*\b(?: \w+){0,2} (?:from|in|against)"
         r" (?:discovery|trial|use|being used|subpoena\w*)\b", 4),
        (r"\bwhat (?:was |is |gets )?(?:\w+ ){0,3}(?:said|says|discuss\w*|disclos\w*|shar\w*|"
         r"put on the table)\b(?! (?:us |me )?" + _ABOUT_A_TOPIC + ")", 2),
        (r"\bsettlement communications\b", 2),
        # the negotiations named as what might be used: "are settlement talks admissible?",
        # "can they use our offers in discovery?" (the exchange's words are the subject here)
        (r"\b(?:talks|negotiations|discussions|offers?|demands?|numbers|communications|comms)\b"
         r"(?: \w+){0,4} (?:(?:in)?admissib\w*|discoverable|privileged|in discovery|at trial|in "
         r"evidence|against (?:us|them)|in (?:a|the|our|their|any) (?:\w+ ){0,2}(?:motion|brief|"
         r"filing)s?)\b", 2),
        # offered at trial by another name: "could our letter be an exhibit at trial?"
        (r"\b(?:an? |trial )?exhibits? (?:at|in) (?:the )?trial\b|\b(?:into|in|as) evidence\b", 3),
        # where it might end up: "in front of the jury", "end up in discovery", "seek discovery
        # of what was said"
        (r"\bdiscover\w*\b(?: \w+){0,6} (?:settlement|talks|negotiations|discussions|offers?|said|"
         r"exchanged|communications)\b", 4),
        (r"\bjury\b|\bjurors?\b|\b(?:end|ends|wind|winds) up (?:in|at|before)\b|"
         r"\b(?:seek|take|get|obtain)\w* discovery\b|\bdiscovery (?:of|into|on)\b|"
         r"\bstays? (?:confidential|private|secret|between)\b", 3),
    ),
    "letter": (
        (r"\bwhat (?:goes|go|should go|needs to go|has to go) in(?:to)?\b", 3),
        (r"\bwhat (?:\w+ ){0,2}(?:be|go|goes|put) in(?:to)?\b", 3),
        # the negotiations' history in other words: "the back-and-forth on offers so far"
        (r"\bback and forth\b|\b(?:so far|to date)\b|\bneeds? (?:in|from) (?:the|our|a|it|this)\b",
         3), (r"\bsummari[sz]\w*\b", 1),
        # (not "what does the court say about": the order's words, not the letter's)
        (r"\bwhat (?:should|do|does|must|has to|needs to) "
         r"(?!(?:the |this )?(?:court|judge|order|magistrate)\b)(?:the |our |my )?[a-z ]*?"
         r"(?:include|say|contain|cover|discuss)\b", 3),
        (r"\bput in\b|\bwhat (?:needs|has) to be in\b", 3),
        (r"\b(?:include|contain|contents?|discuss|cover|topics?)\b", 2), (r"\brequirements?\b", 2),
        # what is asked for in it, by other nouns: "checklist for the submission", "required
        # elements", "what does the MJ want in it"
        # one letter for both sides or one each: whose letter it is
        (r"\bjoint (?:letter|submission|statement)s?\b|\bseparate (?:ones|letters?|submissions?)\b|"
         r"\bor separate\b|\bown (?:letter|submission)s?\b", 4),
        (r"\bcheck ?list\b|\belements?\b|\bcomponents?\b|\bingredients\b|\boutline\b|"
         r"\bmust ?haves?\b|\bessentials\b|"
         r"\bsections\b|\bstructure\b|\bjustif\w*\b|"
         r"\bwants? (?:in|from) (?:it|the|our|a)\b|\bwhat (?:does|do) [a-z ]*\bwant\b", 3),
        (r"\bdisclos\w*\b|\bmention\w*\b|\bdescrib\w*\b|\bvaluation\b|\bevaluat\w*\b|"
         r"\bhistory\b|\bkey issues\b|\bbottom line\b", 2),
        (r"\b(?:go|goes|belongs?|be|included?) in(?:to)? (?:the |our |my )?(?:letter|statement|"
         r"submission|brief|"
         r"memo)\b", 3),
        (r"\bmark(?:ed|ing|ings|s)?\b|\blabel\w*\b|\blegend\b|\bstamp\w*\b", 4),
        (r"\b(?:top|front|cover) of (?:the|our|my) (?:letter|submission|statement)\b|\bheader\b|"
         r"\bcaption\b|\bcover page\b|\bwrite (?:on|across)\b|\bheadings?\b|\bbanner\b|\bwording\b|"
         r"\bdesignation\b|\bput on (?:the|our|it)\b", 4),
        # what the letter argues: "cite authority for our number", "walk the judge through"
        (r"\bcit(?:e|ing)\b|\bcase law\b|\bprecedents?\b|\blegal authority\b|\bauthority "
         r"(?:for|supporting|in support)\b", 4),
        (r"\bhelpful\b|\brationale\b|\breasoning\b|\bhow we got\b|"
         r"\bwalk (?!me\b|us\b)[a-z ]*through\b|"
         r"\blay out\b|\b(?:factual|legal|key) [a-z ]*issues\b|\bfacts\b|\bvaluation\b|"
         r"\b(?:prior|past|previous|earlier) (?:offers?|demands?|negotiations?)\b", 3),
        (r"\b(?:case|claims?|it) (?:is |are )?worth\b|\bsettlement value\b|\bvalu(?:e|ation)\b|"
         r"\bdamages (?:analysis|model|calculation)\b",
         3),
        (r"\bcase law\b|\bformat\b|\btemplate\b", 2),
        # who owes one: "each side writes its own, right?", "both parties submit?"
        (r"\b(?:each|both|every|either) (?:side|sides|party|parties)\b|\bits own\b", 2),
        # the listed contents as a floor or a ceiling: "is the list exhaustive?"
        (r"\bexhaustive\b|\benumerated\b|\blimited to\b|\bat a minimum\b", 3),
    ),
    "letter_submission": (
        (r"\bwhere (?:do|should|does|must|can|to) (?:i |we |you |they )?(?:send|submit|email|file"
         r"|deliver|mail)\b|\bwhere (?:does|do) (?:it|the [a-z ]+) go\b", 4),
        (r"\bemail\b|\baddress\b", 3), (r"\bhow (?:do|should|does|can) (?:we|i|you|they) "
         r"(?:send|submit|deliver|file|get)\b", 3), (r"\bserve[ds]?\b|\bservice\b", 3),
        (r"\bhow (?:do|does|should|can|will) (?:\w+ ){0,3}(?:get|go|reach)\w* (?:to|into)\b", 4),
        (r"\becf\b|\bfiled\b|\bdocket\b", 3), (r"\bcc\b|\bcopy (?:opposing|the other)\b", 3),
        # (not the firm's docketing desk: "docketing needs every date", "dates for docketing"
        # ask for the list of dates)
        (r"\bdocketed\b|(?<!for )\bdocketing\b(?! (?:needs?|wants?|asked|asks|is asking|dept|"
         r"department|team|clerks?|staff|people|folks)\b)|\bon the docket\b|\bpacer\b|"
         r"\bupload\w*\b", 4),
        (r"\bexchang\w* (?:\w+ ){0,3}(?:letters?|statements?|briefs?|submissions?|papers?)\b", 3),
        (r"\btransmi\w*\b|\bmethod of (?:delivery|service|submission|sending)\b|\bvia\b", 3),
        (r"\bgo to\b", 1), (r"\bmail\b|\bfax\b|\bhand deliver\w*\b", 2), (r"\bchambers\b", 1),
        (r"\bcourier\w*\b", 3),
        # "the letter goes only to the judge": to whom it is sent
        (r"\b(?:go|goes|going|sent|send|sends) (?:only |just |directly |straight )?to (?:the )?"
         r"(?:judge|court|chambers|magistrate)\b", 3),
        (rf"\b(?:send|give|serve|copy|share|show|forward|provide|exchang)\w*\b[a-z ]*\b"
         rf"{_ADVERSARY}\b", 3),
        (rf"\b{_ADVERSARY}\b[a-z ]*\b(?:send|give|serve|copy|share|see|wants?|asked (?:\w+ )?for|"
         rf"requested|gets?)\b", 3),
        # verbless: "ltr to oc?"
        (rf"\b(?:letter|statement|submission|copy|brief)\b (?:to|for) (?:the )?{_ADVERSARY}\b", 3),
        # "the ex parte goes to the other side too?"
        (rf"\b(?:go|goes|going|sent|get|gets|reach\w*) (?:\w+ )?to (?:the )?{_ADVERSARY}\b", 3),
        # "can we put it on the docket?": filing, not the list of dates
        (r"\b(?:file|filed|filing|put|post|upload)\w*\b[a-z ]*\b(?:docket|ecf|pacer|publicly|"
         r"public|under seal)\b", 4),
    ),
    "letter_length": (
        (r"\bhow long (?:can|should|may|must|is) (?:the |our |my |it |a )?[a-z ]*?(?:be|letter|"
         r"statement|submission|brief)\b|\bhow long\b[a-z ]*\b(?:can|may|should|must) be\b", 3),
        (r"\blimit\b|\bcap\b|\bceiling\b", 2), (r"\bpages?\b|\blength\b|\bword (?:limit|count)\b"
         r"|\bmax(?:imum)?\b|\btoo long\b", 3), (r"\bexhibits?\b|\battachments?\b", 1),
        (r"\bcount (?:toward|towards|against)\b|\bgo over\b|\bexceed\b", 1),
        (r"\b(?:exhibits?|attachments?|appendi\w+) (?:count|counted|included)\b", 3),
        # "are exhibits allowed?", "can we attach the complaint?"
        (r"\b(?:exhibits?|attachments?) (?:allowed|permitted|ok|okay)\b|\battach\w*\b", 2),
        (r"\b(?:go|run|going|running) (?:long|over)\b|\bextra pages\b|\bpast the (?:page )?"
         r"(?:limit|cap)\b", 3),
    ),
    "exchange": (
        (r"\bdemands?\b|\boffers?\b|\bcounteroffers?\b", 2),
        # "exchange letters with the other side" is serving the letter, not the demand's exchange
        (r"\bexchang\w*\b(?! (?:\w+ ){0,3}(?:letters?|statements?|briefs?|submissions?|papers?)\b)",
         3),
        (r"\bnegotiat\w*\b|\bsettlement (?:talks|discussions)\b|\btalks\b|\btalk(?:ing)? "
         r"(?:settlement|numbers)\b|\bdiscuss(?:ing)? settlement\b", 3),
        (r"\b(?:exchang|trad|swap|shar|float|talk)\w* (?:\w+ )?(?:numbers|figures|offers)\b", 2),
        # "can we hold off on numbers until the conf?": waiting to negotiate
        (r"\b(?:hold\w* off|wait\w*|put\w* off|delay\w*|sit\w* on)\b(?: \w+){0,3} (?:numbers|"
         r"figures|offers?|money)\b", 3),
        (r"\bhow (?:does|do|will)\b.*\bwork\b", 3), (r"\bprocess\b", 1),
        # waiting for the conference to talk numbers: "hold our number until the conference"
        (r"\bhold (?:our|their|the|off|back)\b|\bkeep (?:our|the) (?:number|powder)|"
         r"\b(?:wait|hold)\w*\b(?: \w+){0,4} (?:until|till|for) (?:the )?conf\w*\b", 3),
        # offers traded: "the back and forth on numbers", "trading figures"
        (r"\bback and forth (?:on|over|of|about|with) (?:the )?(?:numbers|figures|money|"
         r"dollars)\b|\btrad\w* (?:numbers|offers|figures)\b", 3),
    ),
    "conference": (
        (r"\blinks?\b|\binvite\b|\binvitation\b", 3),
        # "what's the conf dial-in": the way in, a noun, not calling in instead of attending
        (r"\b(?:the|conf\w*|conference|teams) dial in\b(?! (?:by|from|instead))", 4),
        (r"\bdial in (?:number|info\w*|details)\b|\bhow (?:do|can|will|should) (?:we|i|you) (?:dial"
         r"|call|log|sign) (?:in|on)\b", 4), (r"\bteams\b|\bzoom\b|\bwebex\b|\bvideo\w*"
         r"\b|\bvirtual\w*\b|\bremote\w*\b|\bonline\b", 2),
        (r"\bjoin(?:s|ed|ing)?\b|\blog ?(?:in|on)\b|\bconnect\w*\b", 2),
        (r"\bwhere is\b|\bwhere will\b|\blocation\b|\bcourtroom\b|\bcourthouse\b", 2),
        (r"\bin person\b|\bheld\b|\bconference\b", 1), (r"\bphysically\b", 3),
        (r"\b(?:know|tell me|info\w*|details?|more) about (?:the |our )?conference\b", 2),
    ),
    "sanctions": (
        (r"\bsanction\w*\b", 5), (r"\bwhat happens if\b|\bwhat if\b", 4),
        # the condition first: "if defendant never responds to our demand, what happens"
        (r"^if\b.*\b(?:never|not|fails?|late|miss\w*)\b.*\bwhat (?:happens|then)\W*$", 4),
        (r"\bconsequences?\b|\bpenalt\w*\b|\bin trouble\b|\bpunish\w*\b|\bfined\b|\bfines\b|"
         r"\ba fine\b|\bfine (?:us|them|me|him|her|the \w+|our \w+|their \w+)\b|"
         r"\bramifications?\b|\brepercussions?\b|\bnon ?compliance\b|\bdownsides?\b|"
         r"\bexposure\b", 4),
        (r"\breimburs\w*\b|\bwho pays\b|\bpay (?:for|our|their)\b", 3),
        # recovering what a no-show cost: "can we get our costs back", "recoup travel"
        (r"\b(?:get|recover|recoup|claw)\w* (?:back )?(?:our |the |any |their )?(?:costs?|"
         r"expenses?|fees?|time)\b|\b(?:costs?|expenses?|fees?) (?:back|reimbursed|covered)\b",
         4),
        # not showing, in the words of a channel: "ghosts the conference", "flakes", "bails"
        (r"\bghost\w*|\bflak\w*|\bbail\w*(?: on)?\b|\bblow\w* (?:it |the \w+ )?off\b|"
         r"\bwhat can (?:the )?(?:judge|court|magistrate(?: judge)?) do\b", 3),
        (r"\bliable\b|\bliability (?:for|to)\b|"
         r"\bon the hook\b(?! for (?:the |a |an )?(?:first|opening|initial|number|"
         r"demand|offer|letter|response|counter\w*))|\b(?:travel|their|other side) (?:costs|"
         r"expenses)\b", 4),
        (r"\bmiss(?:ed|es)?\b|\blate\b|\bdo not show\b|\bno ?shows?\b|\bfail\w*\b|\bnot comply"
         r"\w*\b|\bnot (?:attend|appear|come|show)\w*\b|"
         # (not leaving a part of the letter out: "skipping the exhibits")
         r"\bskip\w*\b(?! (?:the |our |any )?(?:exhibits?|attachments?|valuation|sections?|case "
         r"law|history)\b)", 2),
    ),
}

# The order's own words for each topic: a question the topic's answers don't speak to is
# looked up in the order's sentences with these added ("a cap on the statement?": pages).
TOPIC_WORDS = {
    "letter": "letter include", "letter_length": "pages length exceed",
    "letter_submission": "e-mail served filed ECF hand deliver",
    "confidentiality": "confidential record admissible discovery", "attendance": "attend authority",
    "exchange": "demand respond negotiations", "sanctions": "sanctions reimburse",
    "conference": "conference Teams links",
}

# Head nouns any order may use for its own papers; they don't make a phrase "owned".
DOCUMENT_NOUNS = _words("""
brief briefs statement statements letter letters memo memorandum submission submissions
papers report reports list lists order conference motion motions
""")

# Deadlines of ordinary litigation that a settlement-conference order does not set.
# Asked about, they get "the order doesn't set that", never the nearest obligation.
FOREIGN_DEADLINES = (
    r"\b(?:reply|opposition|opening|moving|appellate|amicus|merits|pretrial|supplemental|"
    r"rebuttal|sur ?reply|summary judgment) (?:brief|briefs|papers|memo|memorandum)\b",
    r"\bexpert (?:reports?|disclosures?|discovery|depositions?)\b",
    r"\bsummary judgment(?: motions?| opposition)?\b|\bmotions? (?:in limine|to \w+)\b",
    r"\b(?:close of |fact )?discovery(?: cutoff| deadline)?\b",
    r"\b(?:joint )?pretrial (?:order|memorandum|statement|conference|submissions?)\b",
    r"\banswer(?: to)? the complaint\b|\bthe answer\b(?! to)",
    r"\binitial disclosures?\b|\binterrogator(?:y|ies)\b|\bdepositions?\b|\bprivilege log\b",
    r"\b(?:joint )?status (?:report|letter|update|conference)s?\b",
    r"\b(?:exhibit|witness) lists?\b|\bjury (?:instructions|charges)\b|\bopening statements?\b",
    r"\bnotice of appeal\b|\bappeal\b|\boral argument\b|\bhearing\b|\btrial\b",
    r"\bmeet and confer\b|\bjoint letter\b|\bpre ?motion letter\b|\bmotions?\b",
    r"\bamend\w*(?: the)? (?:pleadings?|complaint|answer)\b|\bjoinder\b",
)

# Spelling targets: the words that carry meaning here (obligation words are added per order).
_PATTERNS = " ".join([*CONCEPTS.values(), *CUES.values(), *FOREIGN_DEADLINES,
                     *(p for cues in TOPIC_CUES.values() for p, _ in cues)])
# Spelling targets: the words that carry meaning here (obligation words are added per
# order). Words are lifted from the patterns above, minus regex escapes like "\\b".
_LIFTED = frozenset(re.findall(r"[a-z]{4,}", re.sub(r"\\[a-zA-Z]", " ", _PATTERNS))) - {
    "respon", "valu"}  # stems cut by a regex group ("respon(?:se|d)"): no words, so "respons"
# is still repaired
# "compel" and "remand" are listed so they are kept, not "corrected" to comply and demand.
DOMAIN_WORDS = _LIFTED | _words("""
letter letters statement submission brief demand demands response respond counteroffer offer
hard copy paper courtesy deliver delivery binder attachments exhibits conference settlement
deadline deadlines schedule calendar timeline week next date dates attend attendance
confidential confidentiality admissible discoverable record sanction sanctions sanctioned
consequences penalty pages page limit length email address serve served file filed chambers
judge magistrate plaintiff defendant teams zoom link links remote person phone authority
client upcoming expert reports reply opposition mediation discovery pretrial deposition
disclosures trial summary judgment motion complaint answer status report initial joint
interrogatories hearing help commands everything list tomorrow friday monday calculate
counted holiday memorial negotiate negotiating exchange exchanging requirements include
marked submit parte due when what where which why this thursday wednesday tuesday
compel remand limitation limitations maker makers markings legend header caption
transmittal associate junior physically liable valuation rationale precedent computation
governs helpful factual permission exceed telephonically participate subpoena transcribed
recorded wording designation checklist elements adjournment continuance reschedule
manner banner inbox courier section sections justify justification bank public
label labels labeled labelled labeling stamped
loop turnaround exhaustive enumerated
code dress attire wear caucus caucuses breakout opening presentation powerpoint slides
font fonts typeface size spacing spaced margin margins subject fourth presidents
""")


# Lines that are manners, not questions: answered in a word ("You're welcome.").
_SOCIAL = {
    "thanks": r"^(?:(?:ok|okay|great|perfect|cool|got it) )?(?:thanks?|thank you|thx|ty|cheers|"
    r"much appreciated|appreciate it)(?: (?:so much|a lot|very much|again|bot|settleconf))?$",
    "ack": r"^(?:ok|okay|k|kk|got it|cool|great|perfect|awesome|nice|sounds good|will do|noted|"
    r"understood|makes sense|lol|haha)$",
    "greeting": r"^(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening))(?: there)?"
    r"(?: (?:bot|settleconf|team|all))?$",
}


def social(norm: str) -> str | None:
    """"thanks", "ack" or "greeting" when the whole normalized line is one."""
    return next((name for name, pattern in _SOCIAL.items() if re.match(pattern, norm)), None)


# Courtesy and formality wrapped around the real question: "I'd like to confirm whether",
# "Counsel inquires whether", "quick q re", "per the order,". They say nothing about what
# is asked, so they go before any reading; a wrapper that ends in "whether"/"if"/"that"
# holds an embedded question, put back in direct form below ("whether the client must
# attend" -> "must the client attend").
# Who passes a question on: a few words, none of them a question word.
_REPORTER = (r"(?:(?!(?:what|when|where|who|whom|how|which|why|is|are|do|does|did|can|could|will|"
             r"would|should|if|whether)\b)[a-z]+ ){1,4}")
_WRAPPER = re.compile(
    r"^(?:(?:hi|hey|ok|okay|so|sorry|also|and)\s+)*(?:"
    # "sorry if dumb q but", "random question:", "basic qn -"
    r"(?:if (?:this is )?(?:a )?)?(?:dumb|stupid|silly|basic|random|naive|newbie) (?:q|qs|qn|"
    r"question)(?: but)?"
    r"|(?:quick|qq|quick q|one more|another) ?(?:q|qs|question|qn|check)?\s*(?:re|about|on|"
    r"regarding|for you)?\b"
    r"|just (?:checking|confirming|wondering|to confirm|double checking|want(?:ed|ing)? to "
    r"(?:confirm|check|make sure))(?: in)?(?: on)?"
    r"|(?:i|we)(?: would|d)? (?:like|want|wanted|need|needed) to (?:confirm|know|check|ask|"
    r"understand|make sure|verify|clarify)"
    r"|(?:i|we) (?:was|were|am|are) (?:wondering|curious|trying to figure out)|wondering"
    # anyone passing a question on: "my supervising attorney wants to know what", "the partner
    # asked me to find out if", "counsel for defendant requests confirmation that"
    rf"|{_REPORTER}(?:inquires|asks|asked(?: me| us)?|asking|wants to know|wanted to know|would "
    r"like to know|is asking|wonders|wondering|is wondering|requests confirmation|(?:would like|"
    r"wants) confirmation|would like to confirm|needs to know|(?:asked|wants|told) (?:me|us) to "
    r"(?:find out|check|confirm|ask))(?=\s*(?:if|whether|that|what|when|where|who|how|which|why|"
    r"do|does|is|are|can|should|must|will)\b)"
    # asking around: "does anyone know if", "any idea whether", "not sure if", "got a q from
    # the client:", "can someone remind me whether"
    r"|(?:do |does )?(?:anyone|anybody|someone|you) know(?= (?:if|whether)\b)"
    r"|any idea(?= (?:if|whether)\b)|(?:i )?wonder(?= (?:if|whether)\b)"
    r"|(?:im |i am )?not sure(?= (?:if|whether)\b)"
    r"|(?:can|could) (?:someone|somebody|anyone) (?:remind|tell) (?:me|us)"
    r"|(?:got a |a )?(?:q|question) from (?:the |my |our )?\w+"
    r"|i have a \w+ who (?:wants|would like) to know"
    r"|(?:i|we) (?:need|have) to tell (?:the |our |my )?\w+"
    r"|(?:i was |we were |was |were |i have been |ive been |been )?(?:told|asked) to (?:check|"
    r"find out|confirm|ask)|trying to figure out"
    r"|(?:counsel|the partner|partner|my partner|the client|client|the team|team) (?:inquires|"
    r"asks|asked|wants to know|would like to know|is asking|wonders|requests confirmation)"
    r"|(?:can|could|would|will) (?:you|someone|somebody) (?:please |kindly )?(?:let (?:me|us) "
    r"know|confirm|advise|tell (?:me|us)|check|clarify|verify)"
    r"|(?:please|pls|plz|kindly) (?:advise|confirm|let (?:me|us) know|tell (?:me|us)|clarify|"
    r"verify)"
    r"|(?:confirm|tell (?:me|us)|let (?:me|us) know|show (?:me|us)|check)(?= (?:if|whether|that|"
    r"who|what|when|where|how|which)\b)"
    r"|per (?:the|this|your|his|her|judge \w+ ?s) (?:order|court|judge)"
    r"|per (?:paragraph|para|section|p) ?\d+|under (?:the|this) order"
    r")\s*(?:,|:|-|\u2014)?\s*(?:(whether|if|that)\s+)?")
_EMBEDDED_AUX = re.compile(r"\b(?:is|are|was|were|can|could|would|will|may(?! \d)|might|"
                           r"should|shall|must|does|do|did|has|have|need)\b")


# Where the person passing a question on sits, which the question needs ("partner in LA wants
# to know when to dial in" asks for LA's time): kept when the wrapper goes.
_REPORTER_PLACE = re.compile(
    r"\b(?:in|from|out of|based in)\s+((?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:inquires|asks|"
    r"asked|asking|wants|wanted|would|is|wonders|wondering|needs|requests)\b")


def _unwrap(text: str) -> str:
    """The question inside a courtesy wrapper, asked directly."""
    m = _WRAPPER.match(text)
    if not m or not m.group().strip():
        return text
    unwrapped = _unwrapped(text, m)
    place = _REPORTER_PLACE.search(m.group())
    if unwrapped != text and place:
        return f"{unwrapped.rstrip(' ?')} in {place.group(1)}"
    return unwrapped


def _unwrapped(text: str, m: re.Match[str]) -> str:
    rest = text[m.end():].strip()
    if len(rest.split()) < 2:
        return text
    if m.group(1) == "if" and re.search(r"\s(?:when|what|does|do|will|would|is|are)\s", rest[1:]) \
            and re.search(r"\b(?:mov\w*|push\w*|adjourn\w*|reschedul\w*|slid\w*|bump\w*|chang\w*|"
                          r"postpone\w*|continued)\b", rest):
        # "partner asks: if the conf moves to june 6, does our demand date change?": the
        # condition is the partner's question, not the wrapper's "asks if"
        return f"if {rest}"
    if m.group(1) or re.match(r"(?:just|id?|we)\b", m.group()):
        # An embedded clause: "the client must attend" -> "must the client attend".
        if re.match(r"(?:what|when|where|who|how|which|why)\b", rest):
            return rest
        aux = _EMBEDDED_AUX.search(rest)
        if aux and aux.start() > 0 and len(rest[:aux.start()].split()) <= 7:
            after = rest[aux.end():].lstrip()
            if aux.group() == "need" or (
                    aux.group() in ("has", "have") and after.startswith("to ")):
                # "she has to come" -> "does she have to come", "we need a hard copy" -> "do we
                # need a hard copy", not "has she to come", "need we a hard copy"
                verb = "does" if aux.group() == "has" else "do"
                base = "need" if aux.group() == "need" else "have"
                return f"{verb} {rest[:aux.start()]}{base} {after}"
            return f"{aux.group()} {rest[:aux.start()]}{after}"
        if not aux:  # "just confirming the letter goes by e-mail?"
            return f"do {rest}"
    return rest


# A topic named first, then the question about it: "quick q re the letter - does it go on
# ECF?", "re the demand: who makes it?". The pronoun in the question stands for the topic.
_TOPIC_FIRST = re.compile(
    r"^\W*(?:(?:quick|qq|one more|another)\W+(?:q|qs|qn|question|check)?\W*)?(?:re|about|"
    r"regarding|as to|as for)\W+([a-z0-9 ]{3,40}?)\s*(?:\s[-\u2013\u2014]+|[:,;?]|\.\.\.)\s*"
    r"(.+)$")
_PRONOUN = re.compile(r"\b(?:it|that)\b")


def _topic_first(text: str) -> str:
    m = _TOPIC_FIRST.match(text)
    if m is None:
        return text
    topic, asked = m.group(1).strip(), m.group(2).strip()
    if not re.match(r"(?:what|when|where|who|how|which|why|is|are|can|could|would|will|may|"
                    r"should|shall|must|does|do|did|has|have|need|any)\b", asked):
        return text
    if _PRONOUN.search(asked):
        return _PRONOUN.sub(topic, asked, count=1)
    return f"{asked} for {topic}"


@cache
def rx(pattern: str) -> re.Pattern[str]:
    """A pattern from this file's tables, compiled on first use and kept. Python's own
    cache holds 512 patterns and drops the oldest: each question runs this file's ~275
    table patterns and a few hundred more in the readers, so it cycled through more than
    512 and compiled most of them again every time (bench/question_replies.py: the median
    question went from ~1.9 to ~4.7 ms of CPU as the readers grew). Only for patterns
    written in the code, never built from a message: this cache has no bound."""
    return re.compile(pattern)


def normalize(question: str) -> str:
    """Lower case, mentions and emoji gone, contractions expanded, punctuation to spaces,
    courtesy wrappers taken off."""
    text = question.lower()
    for pattern, repl in _PHRASES:
        text = rx(pattern).sub(repl, text)
    text = _topic_first(canonical(text).strip())
    return _unwrap(" ".join(re.findall(r"\d+/\d+|[a-z0-9]+", text)))
