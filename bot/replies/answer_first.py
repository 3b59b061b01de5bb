"""Procedure answers that lead with the point asked about, as a yes/no when the question is
one: "No — don't serve the letter on the other side (¶2)." not the topic's first rule.

The points are `core.procedures.explain`'s plain-English sentences. Which one answers is
decided by what the question is about (a concept: copying the other side, the page
limit, who attends), each concept found by its synonyms in the question and by its
wording in the point; the yes/no follows from whether that point allows, requires or
forbids, and from the facts the question states ("our exhibits run 30 pages")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from settleconf.bot.chat.question_kinds import YES_NO
from settleconf.bot.chat.question_vocabulary import rx
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.order_search import MIN_SCORE, best_sentences
from settleconf.bot.replies.place_check import other_place
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.matter import Matter
from settleconf.core.order import ConferenceFormat, Order
from settleconf.core.procedures import TOPICS, Explanation, explain, split_sentences

# "what's an ex parte letter?", "what's the point of the ex parte letter?": what ex parte means
_WHAT_EX_PARTE = (r"(?:\bwhat is (?:an |the |this )?|\b(?:point of|deal with) (?:the |an |this )?)"
                  r"ex parte(?: letter| submission| thing| rule)?\W*(?:$|\|)|"
                  r"\bwhat does ex parte\b")

# (what the question is about, how a point says it), most specific first.
LEADS: tuple[tuple[str, str], ...] = (
    # to whom a paper is handed: "who do we hand our statement to?"
    (r"\bwho (?:do|does|should|must|can) (?:we|i|it|they) (?:hand|give|deliver|submit|address|"
     r"send|lodge)\b|\bto whom\b|\bwho (?:gets|receives)\b", r"^Deliver the \w+ to "),
    (r"\blinks?\b|\binvite\b|\binvitation\b|\bjoin\w*\b|\blog ?(?:in|on)\b|\bdial in\b|"
     r"\bget(?:ting)? (?:into|in to|onto) (?:the )?(?:\w+ )?(?:call|meeting|conf\w*|session)\b|"
     r"\bset(?:ting)? (?:\w+ )?up\b|\barrang\w*|\bcreat\w*|\bhost\w*|"
     # "schedule the teams meeting ourselves?": who makes the call is who sends the link
     r"\bschedul\w* (?:the |a |our |this )?(?:teams |zoom |video |virtual )?(?:meeting|call|"
     r"session|conference|link)s?\b",
     r"\blinks?\b|dial|\bwill send the\b"),
    (r"\bhard ?cop|\bbinder|\bdrop (?:it |them )?off|\bhand deliver|\bpaper cop|\bcourtesy cop|"
     r"\bprint|\bphysical cop|\bexhibits? (?:run|are|total)|\battachments? (?:run|are|total)|"
     r"\b\d+ pages? of (?:exhibits|attachments)|"
     r"\b(?:exhibits?|attachments?) by hand\b|"
     r"\b(?:exhibits?|attachments?)\b(?: \w+){0,4} \d+ ?(?:pages?|pp|pgs?)\b|"
     r"\b(?:exhibits?|attachments?|pages?)\b.*\banything "
     r"special", r"hard copy"),
    # "one joint letter with the other side or separate ones?": each party sends its own
    (r"\bjoint\b|\bseparate(?:ly| ones?| letters?)?\b|\bown (?:letter|submission|statement)s?\b",
     r"^Each party"),
    (r"(?<!the )(?<!our )(?<!an )(?<!my )(?<!their )\bex parte\W*$|\bmeans?\b(?! of\b)|" +
     _WHAT_EX_PARTE +
     r"|"
     r"\bis (?:it|the \w+|our \w+) ex parte\b|\bcc\b|\bcopy "
     r"(?:opposing|the other|them)|\bserv|\bexchang\w*|"
     r"\bshare\b|\bshared\b|\beach other\b|\badversar\w*|\bopponents?\b|\bsee what\b|"
     r"\b(?:counsel|side|lawyers?|attorneys?)\b[a-z ]{0,12}\b(?:see|read|get)\b|\bread (?:it|our|"
     r"their|the)\b|\bget to (?:see|read)\b|\bsend (?:it |a copy )?to (?:the other side|"
     r"opposing|them)|\bopposing counsel\b|\bother side\b|\bsee (?:it|our letter)|\bcopy (?:the )?"
     r"(?:\w+ )?(?:counsel|lawyers?|attorneys?)\b|\b(?:let|allow)\w* (?:\w+ ){1,3}(?:see|read|"
     r"have)\b",
     r"\bserve\b"),
    # who owes it: "does the defendant also have to send one?", "do we owe a letter too?"
    (r"\b(?:also|too|as well|each|both|every)\b|\bwhich part(?:y|ies)\b|\bwho (?:sends|writes|"
     r"submits|owes|files|has to (?:send|write|submit))\b|\bowe\b", r"^Each party"),
    # the listed contents are a minimum: "is the list exhaustive?", "anything beyond the items?"
    (r"\bexhaustive\b|\benumerated\b|\blimited to\b|\bbeyond (?:the |those |these )?"
     r"(?:\w+ )?(?:items|topics|things|points|list)\b|\bat a minimum\b", r"cover at least"),
    (r"(?<!without )(?<!w/o )\bpermission\b|(?<!without )(?<!w/o )\bleave (?:of|from|to)\b|"
     r"\blonger (?:letter|submission|statement)\b|"
     r"\b(?:go|run|going|running) (?:long|over)\b|\bpast the (?:page )?(?:limit|cap)\b|"
     # "can the page limit be extended?": leave for more pages
     r"\bextend\w*|\bextension\b|\benlarg\w*|\bwaive\w*|\braise[ds]?\b",
     r"permission"),
    (r"\becf\b|\bfile\b|\bfiled\b|\bfiling\b|\bdocket\w*|\bpublic|\bpacer\b|\bupload\w*",
     r"\bECF\b|\bfile\b"),
    (r"\bmark\w*|\blabel\w*|\blegend\b|\bstamp\w*|\bheader\b|\bcaption\b|\bheadings?\b|"
     r"\bwording\b|\bdesignation\b|\bput on (?:the|our|it)\b|\bbanner\b|"
     r"\bconfidential\b(?! (?:settlement )?(?:letter|ltr|submission|statement|stmt|brief|memo|"
     r"ex ?p))|"
     r"\b(?:top|front|cover|head) of (?:the|our|my|each|every)\b|\bcover page\b|"
     r"\bwrite (?:on|across)\b",
     r"^Mark\b"),
    (r"(?<!exclusive of )(?<!excluding )(?<!not including )(?<!without )(?<!apart from )"
     r"(?<!other than )(?<!not counting )(?<!excl )(?<!minus )(?<!besides )"
     r"\b(?:exhibits?|attachments?)\b(?! (?:at|in) (?:the )?trial\b)|\bcount (?:toward|against)|"
     # what is attached eating into the limit: "do the emails we attach eat into the 10 pages"
     r"\bwe attach\w*|\b(?:eat|eats|use|uses|cut|come|comes) (?:into|up|out of|against)\b",
     r"^Exhibits\b|exhibits"),
    # (not "send it over", "messenger it over instead": a way of sending)
    (r"\bover\b(?! (?:instead|by|to|there|here|via|rather)\b)|\bexceed\w*\b|\bin excess of\b|"
     r"\blonger than\b|\bextra pages\b|\bmore than (?:\d+|[a-z]+) (?:pages?|pgs?)\b",
     r"permission"),
    (r"\bpages?\b|\blimit\b|\blength\b|\bhow long\b|\bwords?\b|\brestrict\w*|\bmax\w*|"
     r"\bcap\b", r"no longer than|pages"),
    # where the conference is: "where is it being held?" (not where the letter goes)
    (r"\bwhere (?:is|will|does) (?:it|the (?:\w+ )?conf\w*|the session)\b(?! (?:\w+ )?(?:send|sent|"
     r"go|email))|\blocation\b|\bvenue\b|\bheld\b", r"\bremotely\b|\bin person\b"),
    (r"\be ?mail\w*|(?<!to )(?<!should )(?<!must )(?<!letter )(?<!statement )(?<!submission )"
     r"(?<!brief )\baddress\b|"
     r"\bwhere\b|\b(?:get|go|reach|sent|send)\w* (?:only |just |directly |straight )?(?:to|into) "
     r"(?:the )?(?:court|"
     r"judge|magistrate|chambers|mj)\b|\bsend (?:it|the letter)\b|\bsubmit\b|\bhow (?:do|should) we"
     r" (?:send|submit|get)|\bmail\b|\bfax\b|\bcourier\b|\bpost\b|\bwho\b|\btransmi\w*|\bmethod\b|"
     r"\bvia\b|\bwhom\b|\bdirected\b|\baddressed to\b|\bhand (?:it|the|them|over|in)\b|"
     # "how does the judge want it delivered?", "how we get the letter to the MJ"
     r"(?<!hand )\bdeliver(?:ed|y)?\b(?! (?:a |the )?hard)|"
     r"\bhow (?:do |should |can |will )?(?:we|i|you) (?:send|submit|get|deliver)\b",
     r"^E-mail|e-mail"),
    (r"\binclude\b|\bcover\b(?! letter| page| sheet)|\bbottom line\b|\b(?:settlement )?range\b|"
     r"\bcontain\b|\bgoes? in\b|\bwants?\b|\bcontents?\b|\bsay\b|\bdiscuss"
     r"\b|\bput in\b|\bcase law\b|\bwhat (?:should|must|do) (?:we|i)|\bvalue\b|\bworth\b|"
     r"\bevaluat\w*|\bhistory\b|\bkey issues\b|\bexpect\w*|\bvaluation\b|\bissues\b|\bfacts?\b|"
     r"\bfactual\b|\bhelpful\b|\brationale\b|\breasoning\b|\bhow we got\b|\bfigure\b|\bcite\b|"
     r"\bprecedents?\b|\blegal authority\b|\bdamages\b|\banalys[ie]s\b|\bassessment\b|"
     r"\bauthority (?:for|supporting|in support)\b|"
     r"\b(?:prior|past|previous|earlier) (?:offers?|demands?|negotiations?)\b|\bwalk\b|\blay out\b|"
     r"\bsections?\b|\badd\b|\bmention\w*|\boutline\b|\bstructure\b|\bjustif\w*|"
     r"\b(?:letter|statement|submission|brief|paper) address\b|\bcheck ?list\b|\belements?\b|"
     r"\bcomponents?\b|\b(?:things|items|points)\b|\bmust ?haves?\b|\bessentials\b|"
     r"\bback and forth\b|"
     r"\bso far\b|\bsummari[sz]\w*|\b(?:be|go|goes|belongs?|included?) in (?:the |our |my )?"
     r"(?:ex parte )?(?:letter|statement|submission|brief|position paper)\b|"
     r"\bneeds? (?:in|from) (?:the|our|a|it|this)\b|"
     r"\bwhat (?:\w+ ){0,2}(?:be|go|goes|put) in(?:to)?\b",
     r"cover at least|include"),
    (r"\bphone\b|\btelephon\w*|\bcall\w* in\b|\bdial\b|\bon call\b|\bstandby\b|"
     r"\breachable\b|\bavailable\b|\bremote\w*\b|\bzoom\b|\bvideo\b|\bvirtual\w*\b",
     r"by phone|phone|^Attendance is in person"),
    (r"\bin person\b|\bphysically\b|\bin court\b|\bcourthouse\b|\btravel\b|\bremote\w*\b|"
     r"\bvirtual\w*\b|\bvideo\w*\b|\bzoom\b|\bteams\b", r"\bremotely\b|\bin person\b|\bvideo"),
    # "can we proceed without her?" (the CEO just named): the parties themselves come
    (r"\b(?:proceed|go|do it|attend|appear|start)\w* without (?:them|him|her|the client|our "
     r"client)\b", r"themselves"),
    (r"\bauthority\b|\bdecision ?makers?\b|\bapprove\b|"
     r"\b(?:who|someone|somebody|person|one|anyone)\b[a-z ]{0,30}\bfrom the (?:company|client|"
     r"corporation|insurer|"
     r"carrier|business)\b|\bwhich (?:person|people|individual)\b|\bsign off\b|\bcheck ?book\b|"
     r"\binsur\w*|\bcarrier\b|\bemployees?\b|\bstaffers?\b|\bmanagers?\b|"
     r"\badjuster\b|\bceo\b|\bcfo\b|\bgc\b|\bgeneral counsel\b|\bfor (?:the |a |our |their )?"
     r"(?:\w+ )?(?:company|corporation|corporate|entity|business|llc|inc)\b", r"authority"),
    (r"\b(?:just|only) (?:be )?(?:the )?(?:lawyers|counsel|attorneys|us)\b|\bclient\w*\b|\balone\b|"
     r"\bassociates?\b|\bwithout\b|"
     r"\bparty\b|\bparties\b|\bceo\b|\bcome\b|\bcorporate\b|\brep\b|\brepresentatives?\b|"
     r"\bprincipals?\b|\battend\w*\b|\bbe there\b|\bshow up\b|\bwho\b",
     r"themselves|parties must attend|must attend"),
    (r"\bdiscover\w*\b|\bsubpoena\w*|\bdeposition\w*", r"discovery"),
    (r"\badmissib\w*\b|\btrial\b|\bevidence\b|\bjury\b|\bjurors?\b", r"admissible"),
    (r"\bagainst us\b|\bused?\b|\bin court\b|\blater\b|\bmotion\b", r"admissible|used"),
    # "protected under 408?", "immune from use at trial?": what can't be done with it (plain
    # "protected?" is the conference's confidentiality, below)
    (r"\b408\b|\b(?:protect|shield|immun|exempt)\w* (?:from|against|under)\b", r"admissible"),
    # "is our demand confidential?": the demand is a settlement communication, whose rule is
    # that it can't be used (the conference's own confidentiality is the next lead)
    (r"\bconfidential\w*\b.*\b(?:demands?|offers?|numbers?|negotiations?|counter ?offers?)\b|"
     r"\b(?:demands?|offers?|numbers?|negotiations?|counter ?offers?)\b.*\bconfidential\w*",
     r"^Settlement communications can't"),
    (r"\brecord\w*|\btranscri\w*|\breporters?\b|\bpress\b|\bmedia\b|\brepeat\w*|\bpublic\w*|\bsaid\b|"
     r"\bconfidential\w*\b|\bprivate\b|\bprivileged?\b|\bsecret\b|\bbreakout\b|\bsay\b",
     r"off the record|confidential"),
    # the defendant's offer is its response: "does def have to make an offer before the conf?"
    (r"\brespon\w*\b|\bcounter\w*\b|\breply\b|\bcome back\b|\bdefendant\b(?: \w+){0,6} (?:an |a "
     r"|our |its |their )?(?<!first )(?<!opening )(?<!initial )offers?\b", r"\brespond\b"),
    (r"\bnegotiat\w*\b|\bwait\w*\b|\bearly\b|\btalk\w*\b|\bhold (?:our|their|the|off|back)\b|"
     r"\bhold\w* off\b|\bput\w* off\b|\bsit\w* on\b|\bdelay\w*", r"negotiat"),
    (r"\bdemand\b|\bopening\b|\bnumber\b|\boffer\b|\balready\b", r"\bdemand\b"),
    # a paper late: the order's word on that ("... may result in the conference being vacated")
    (r"\blate\b|\bmiss\w*|\bdeadlines?\b|\bon time\b|\btimely\b|\bforget\w*", r"not in on time"),
    (r"\breimburs\w*|\bsanction\w*|\bexpenses?\b|\bcosts?\b|\bpay\b|\bliab\w*|\bpenalt\w*|\bconsequen\w*|\bramification\w*|"
     r"\brepercussion\w*|\bnon ?compliance\b|"
     r"\bno ?shows?\b|\bhappens\b", r"reimburse"),
    (r"\bsanction\w*|\bpenalt\w*|\bpunish\w*|\bin trouble\b|\bfined\b|\bfines\b|\ba fine\b|"
     r"\bfine (?:us|them|me|him|her|the \w+|our \w+|their \w+)\b", r"sanctions"),
    # last, as a fallback: whether the paper is owed at all ("do we need to send the judge a
    # letter?"): each party's is, by its date
    (r"\b(?:need|have|has|required|must|supposed|got) to (?:send|submit|write|do|prepare|provide)"
     r"\b|\bowe\b", r"^Each party"),
)


# "any sanctions for skipping?", "any special marking?": asks whether there is one.
# "wondering if the letter should ...": a yes/no asked inside a clause
_INDIRECT = re.compile(r"\b(?:wonder\w*|ask\w*|know|checking|check|confirm|figure out|not sure|"
                       r"unsure|curious)\w* (?:if|whether)\b|\bwhether\b"
                       # a doubt or a plan put for confirmation: "not sure we need to cite
                       # cases", "our client would prefer to phone in", "I assume it's served"
                       r"|\bnot sure (?:we|i|they|you|that|the|our)\b|\b(?:i|we) (?:assume|think|"
                       r"believe|gather|take it)\b|\b(?:would (?:prefer|rather|like)|prefers?|plan"
                       r"(?:s|ning)? to|thinking (?:of|about)|intend\w* to)\b"
                       # a claim reported: "my boss thinks we can file it under seal"
                       r"|\b(?:he|she|they|boss|partner|client|associate|counsel|someone|paralegal|"
                       r"side|gc|insurer|carrier|adjuster)\b (?:thinks?|assumes?|believes?|says|"
                       r"said|told (?:us|me)|tells (?:us|me)|mentioned|suggested|claims?|figures?|"
                       r"reckons?)\b"
                       # a request reported, to be granted or not: "opposing counsel wants to see
                       # what we send", "the other side asked for a courtesy copy"
                       r"|\b(?:counsel|side|they|plaintiff|defendant)\b (?:wants?|wanted|asked|"
                       r"(?:is|are) asking|requested|requests?|would like)\b (?:to see|to get|to "
                       r"have|for|a (?:courtesy |paper |hard )?copy|us to)\b")
_ANY = re.compile(r"^(?:are there |is there )?any (?!(?:holidays?|deadlines?|dates?)\b)\w+")
LETTER_FAMILY = ("letter", "letter_submission", "letter_length")
# "ok to send them a copy?": a yes/no asked without its verb.
_OK_TO = re.compile(r"^(?:is it |would it be |it'?s )?(?:ok|okay|alright|all right|fine|allowed)"
                    r" (?:to|if)\b")


# Yes/no asked in the shapes people type in a channel, without an auxiliary up front:
# after a dash ("client lives abroad - does she have to come"), as a tag ("a 15 page letter,
# allowed?", "will it come up at trial - will it?"), verbless ("atty + client both need to
# attend?", "ltr to MJ - cc OC?").
_TYPED_YES_NO = re.compile(
    r"(?:^|\s[-\u2013\u2014+]+\s*|\.\.\.\s*)(?:is|are|do|does|did|can|could|will|would|should|"
    r"must|may|has|have)\b"
    r"|\b(?:allowed|permitted|acceptable|ok|okay|fine|alright|right|correct|true|yes or no)\s*\?+$"
    r"|\b(?:will|does|do|is|are|can|could|would|should|must|did) (?:it|they|we|she|he|that|i|you)"
    r"\s*\?+$"
    r"|^(?!.*\b(?:what|when|where|who|how|which|why)\b).*\b(?:need|needs|needed|required|reqd|"
    r"must|have to|has to|allowed|ok)\b[^?]*\?+$"
    r"|(?:^|[-:,]\s*)(?:cc|bcc|serve|copy|share with|file|email|send|put|post|upload|mail|fax|"
    r"hand|attach|mark|docket)\b[^?]*\?+$"
    # "both sides send letters?": who owes one, asked without a verb up front
    r"|^(?!.*\b(?:what|when|where|who|how|which|why)\b)(?:both|each|either) (?:sides?|"
    r"part(?:y|ies))\b[^?]*\?+$"
    r"|^(?!.*\b(?:what|when|where|who|how|which|why)\b)(?:\S+[ -]){1,2}(?:cc|bcc|serve|file|"
    r"mark|hand deliver)\b[^?]*\?+$"
    # "conf confidential?", "pg cap incl exhibits?", "ex p ltr - ECF?": a predicate, no verb
    r"|^(?!.*\b(?:what|when|where|who|how|which|why)\b)(?:\S+ ){0,5}(?:confidential|mandatory|"
    r"required|req'?d|needed|necessary|allowed|ok|okay|fine|permitted|admissible|discoverable|"
    r"public|ecf|"
    r"filed|served|incl\w*|count\w*|exhibits|attachments)\?+$"
    # verbless, to whom: "ltr to oc?"
    r"|^(?!.*\b(?:what|when|where|who|how|which|why)\b)(?:\S+ ){0,3}to (?:oc|opposing(?: counsel)?|"
    r"the other side|them|(?:the )?(?:defendants?|plaintiffs?|defense))\?+$"
    # a statement asked with a rising tone: "the ex parte goes to the other side too?"
    r"|^(?!.*\b(?:what|when|where|who|whom|whose|how|which|why)\b)(?:\S+ ){2,}\S*\b(?:too|also|"
    r"as well|either)\?+$"
    r"|^(?!.*\b(?:what|when|where|who|whom|whose|how|which|why)\b)(?:\S+ )*(?:goes|gets|stays|"
    r"counts|needs|applies|includes|means|comes|happens|works|is|are)\b(?: \S+){1,}\?+$")


def asks_yes_no(question: str) -> bool:
    # Each reading on its own: "shuold we ... | should we ..." asks yes/no in its second one.
    return any(YES_NO.search(q) or _OK_TO.match(q) or _ANY.match(q) or _INDIRECT.search(q)
               or _TYPED_YES_NO.search(q) or re.search(r"\bor not?\W*$|\b(?:right|correct)\W*$", q)
               for q in (part.strip() for part in question.lower().split(" | ")))


# "ECF or e-mail?" names alternatives; "does the client need to come or can we handle it?"
# only adds a second clause, still a yes/no.
_ALTERNATIVES = re.compile(r"\bor\b(?! (?:can|could|do|does|is|are|will|would|should|must|may|"
                           r"just) (?:we|i|they|you|he|she|it)\b)(?! not?\b)")
# Not doing it at all: "can we skip responding?", "could we just ignore the demand?"
_NOT_DOING = re.compile(r"\bskip\w*|\bignor\w*|\bforgo\b|\bnot (?:bother|respond\w*|send\w*|make|"
                        r"making)\b|\bdo without\b|\bopt out\b|\bwaive\w*|"
                        r"\bleave (?:\w+ ){0,4}out\b|\bomit\w*|\bdrop (?:the|our)\b|"
                        r"\bdispense with\b")


# Pages of the letter itself, told apart from its exhibits: "13 pages before exhibits",
# "12 pp not counting attachments", "a 9 page letter plus exhibits".
_LETTER_PAGES = re.compile(
    r"\b\d+[ -]?(?:pages?|pp|pgs?)\b(?: long)? (?:before|without|excluding|not counting|not "
    r"including|exclusive of|plus|besides|apart from|w/o|not incl\w*|sans) (?:the |our |any )?"
    r"(?:exhibits?|attachments?)\b")


# The letter's own length stated ("a 15-page submission", "the draft runs 12 pages"), not the
# limit named ("can we go over 10 pages?").
_LETTER_SIZE = re.compile(
    r"\b\d+[ -]?(?:pages?|pp|pgs?) (?:letter|submission|statement|brief|memo|draft|position "
    r"paper)\b|\b(?:runs?|running|is|are|at|came to|comes to) (?:about |around )?\d+[ -]?(?:pages?|"
    r"pp|pgs?)\b")


def lead_point(points: Sequence[str], question: str) -> int | None:
    """Index of the point that answers `question`; None when no point speaks to it."""
    q = question.lower()
    found = [i for asked, says in LEADS if rx(asked).search(q)
             for i, point in enumerate(points) if rx(f"(?i:{says})").search(point)]
    if _LETTER_PAGES.search(q) or (_LETTER_SIZE.search(q) and not re.search(
            r"exhibit|attach|appendi|annex|enclos|binder|hard|paper|print", q)):
        # "13 pages before exhibits", "file a 15-page submission": the letter's own length,
        # whatever else it names
        found = [i for i, point in enumerate(points) if "no longer than" in point] + found
    if _STATED_CAP.search(q) and pages_said(q) and not re.search(
            r"exhibit|attach|appendi|annex|enclos|\bextend\w*|\bextension\b|\bpermission\b|"
            r"\bleave\b|\bwaive\w*|\benlarg\w*|\bgo(?:ing)? over\b|\bmore pages\b", q):
        # "the letter is limited to 10 pages right?", "may not exceed ten pages; is that
        # correct?": the page limit put up to check, not the contents' "at a minimum"
        found = [i for i, point in enumerate(points) if "no longer than" in point] + found
    if re.search(r"\bcop(?:y|ies)\b", q) and re.search(_SIDE_WORDS.replace("them|", ""), q) and (
            not re.search(r"\b(?:court|chambers|judge|mj|magistrate|clerk|demand|offer|number|"
                          r"response)\b", q)):
        # "the other side asked for a courtesy copy": a copy for them is the letter served,
        # which it is not (ex parte); a copy for the Court is the hard-copy rule
        found = [i for i, point in enumerate(points) if re.search(r"\bserve\b", point)] + found
    if _ALTERNATIVES.search(q):
        # "ECF or e-mail?": of the ways named, the one the order allows answers
        found = [i for i in found if not points[i].startswith("Don't")] or found
        if re.search(r"\be ?mail\w*", q) and not re.search(
                r"\b(?:hard|paper|physical|courtesy|printed) cop|\bprint\w*|\bexhibits?\b|"
                r"\battachments?\b", q):
            # "email or hand deliver?": the way always taken; but "paper copy needed or just
            # email?" asks when the paper is due, which the hard-copy rule says
            found = [i for i in found if points[i].startswith("E-mail")] or found
    for asks, says in _DECISIVE:
        if asks.search(q) and not any(says.search(points[i]) for i in found):
            # "is there a page limit on the confidential statement?" where the order sets
            # none: the statement's marking, found by "confidential", does not answer it
            return None
    return found[0] if found else None


# A format put up that is not the one the order holds the conference in.
_REMOTE_WORDS = (r"\b(?:zoom|webex|google meet|teams|video\w*|virtual\w*|remote\w*|online|"
                 r"phone|telephon\w*)\b")
_OTHER_FORMAT = {
    "in person": re.compile(_REMOTE_WORDS),
    "remotely": re.compile(r"\bin person\b|\bin court\b|\bcourthouse\b|\bphysically\b"),
    "by video": re.compile(r"\bin person\b|\bin court\b|\bcourthouse\b|\bphysically\b"),
    "by phone": re.compile(r"\bin person\b|\bin court\b|\bcourthouse\b|\bphysically\b|"
                           r"\bzoom\b|\bteams\b|\bvideo\w*"),
}


# Something asked about that only a point saying it answers: a page limit, a font or spacing,
# a subject line, a fax number.
def unsaid_detail(question: str) -> str | None:
    """What a question asks that only a point stating it answers ("a font"), or None."""
    q = question.lower()
    return next((noun for (asks, _), noun in zip(_DECISIVE, _DECISIVE_NOUNS, strict=True)
                 if asks.search(q)), None)


_DECISIVE_NOUNS = ("anything about a page limit", "anything about font, spacing or margins",
                   "anything about a subject line", "a fax number", "how the link comes",
                   "where the conference is held")
_DECISIVE = tuple((re.compile(asks), re.compile(says, re.I)) for asks, says in (
    (r"\bpage (?:limit|cap|max\w*|count)\b|\bhow many pages\b|\blimit on (?:the )?(?:number of )?"
     r"pages\b|\bmax(?:imum)? (?:number of )?pages\b", r"no longer than|\bpages?\b"),
    (r"\bfonts?\b|\btypeface\b|\bpoint size\b|\b(?:double|single)[- ]spac\w*|\bline spacing\b|"
     r"\bmargins?\b", r"\bfont|\bspac(?:ed|ing)\b|\bmargin"),
    (r"\bsubject line\b|\bre line\b", r"\bsubject\b"),
    # a fax number asked for (not "can we send it by fax?", which the e-mail rule answers)
    (r"\bfax (?:number|no|#|line)\b|\bwhat is the fax\b|\bwhere do (?:we|i) fax\b", r"\bfax"),
    (r"\b(?:zoom |teams |webex |video )?(?:links?|invites?|invitations?|meeting id|passcode)\b",
     r"\blinks?\b|\bdial|\bwill send the\b|\binvitation"),
    # where the session is, not where a paper goes ("where do we send the conference statement")
    (r"^(?![^?|]*\b(?:statements?|letters?|memo\w*|briefs?|submissions?|demands?|offers?|lists?|"
     r"papers?|copy|copies)\b)(?:[^?|]*\bwhere\b[^?|]*\b(?:conference|session|mediation)\b|"
     r"[^?|]*\bwhat (?:courtroom|room|building|floor)\b)", r"\bheld\b|\bin person\b|\bremote"),
))


# Counts as questions spell them: "fifteen pages", "ten days".
NUMBER_WORDS = {w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty"))} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100}


def pages_said(q: str) -> list[int]:
    """Page counts a question states, in digits or words: "30 pgs", "fifteen pages",
    "a ten-page letter"."""
    words = "|".join(NUMBER_WORDS)
    found = re.findall(rf"\b(\d+|{words})[ -]?(?:pages?|pp|pgs?)\b", q)
    return [int(n) if n.isdigit() else NUMBER_WORDS[n] for n in found]


def _lower_first(text: str) -> str:
    return text if re.match(r"[A-Z]{2}", text) else text[:1].lower() + text[1:]


# A step put off to the conference itself ("respond after the conference", "answer our number
# at the session"): the order's dates for the demand and response all fall before it.
_AT_CONFERENCE = re.compile(r"\b(?:after|at|during|until|till|til|wait for|in|on the day of) "
                            r"(?:the |our )?(?:settlement )?(?:conf\w*|session|mediation)\b")


def _conditional(point: str, q: str) -> str | None:
    """Yes/no for a point that holds only on a condition the question may state."""
    pages = re.search(r"exceed (\d+) pages", point)
    if pages:
        limit = int(pages.group(1))
        said = pages_said(q)
        if (above := re.search(r"\b(?:over|more than|exceed\w*|above|in excess of|longer than|past)"
                               r" (\d+)", q)) and int(above.group(1)) in said:
            said = [n + 1 if n == int(above.group(1)) else n for n in said]  # "over 10 pages"
        rule = point.split(", ", 1)[-1].rstrip(".")
        if not said and re.search(r"\bshort\b|\bfew\b|\bsmall\b|\bthin\b|\blight\b|\bunder\b|"
                                  r"\bless than\b|\bonly (?:a|one|two)\b|\bbrief\b", q):
            said = [limit]  # "if the attachments are short": at most the limit
        elif not said and re.search(r"\bvoluminous\b|\bhuge\b|\blots\b|\bhundreds\b|\bthick\b|"
                                    r"\bbig\b|\blong\b|\bhefty\b", q):
            said = [limit + 1]
        if said:
            over = max(said) > limit
            if over and re.search(r"\b(?:just|only)\b", q):  # "can we just e-mail them?"
                return f"No — over {limit} pages of attachments, {rule}"
            if re.search(r"\b(?:no|not|dont|don't|doesnt|doesn't|never)\b(?: \w+){0,2} "
                         r"(?:hard|paper|physical|cop|need)", q):
                # "no hard copy needed if our exhibits are 6 pages right": the premise is
                # negative, so agreeing is "Right", not "No"
                return (f"No — over {limit} pages of attachments, {rule}" if over else
                        f"Right — no hard copy is needed: only attachments over {limit} pages "
                        "call for one")
            return (f"Yes — over {limit} pages of attachments, {rule}" if over else
                    f"No — a hard copy is needed only when the attachments exceed {limit} pages")
        return f"Only if the attachments exceed {limit} pages: then {rule}"
    if re.search(r"\bthe plaintiff hasn't already made\b", point) and re.search(
            r"\b(?:defendants?|def|deft|defense|defence)\b", q) and not re.search(
            r"\bplaintiffs?\b|\bpltf\b|\bpl\b", q):
        # "do we (def) have to make a demand?": the demand is the plaintiff's to make
        return f"No — the demand is the plaintiff's: {_lower_first(point.rstrip('.'))}"
    if re.search(r"hasn't already|unless it already has|not already", point):
        if re.search(r"\brespond", point) and re.search(
                r"\b(?:never|not|no|havent|hasnt|didnt|haven't|hasn't|didn't)\b(?: \w+){0,2} "
                r"(?:sent|made|given|gave|served|communicated)\b|\bno (?:demand|number|offer)\b",
                q) and not re.search(r"\b(?:we|i|they)\b(?: \w+){0,2} (?:never|not|havent|"
                                     r"haven't|didnt|didn't) (?:respond|answer|repl)", q):
            # "plaintiff never sent a number, do we still have to respond?": the response
            # counts from a demand, and answers one
            rule = _lower_first(point.rstrip("."))
            return f"No — a response is owed only to a demand made: {rule}"
        if re.search(r"\b(?:not|never)\b(?: \w+){0,2} (?:made|sent|given|done|responded|made)\b|"
                     r"\b(?:yet|so far)\b", q) and not re.search(r"\balready\b", q):
            # "if we haven't made a demand yet, what do we do?": the duty stands
            lead = "Yes — " if asks_yes_no(q) and not re.search(r"\b(?:what|how)\b", q) else ""
            text = f"{lead}{_lower_first(point.rstrip('.')) if lead else point.rstrip('.')}"
            return text
        if re.search(r"\balready\b|\bmade\b|\bsent\b|\bgave\b|\bdid\b|\bresponded\b|\bpreviously\b|"
                     r"\bconveyed\b|\bcommunicated\b|\bgiven\b|\bearlier\b", q):
            noun = "response" if re.search(r"\brespond", point) else "demand"
            return f"No — a {noun} already made counts: {_lower_first(point.rstrip('.'))}"
        if _NOT_DOING.search(q) or _AT_CONFERENCE.search(q):
            # "can we skip responding?", "can they respond after the conference?": no, the
            # duty falls due before the conference
            return f"No — {_lower_first(point.rstrip('.'))}"
        return f"Yes, unless it already has: {_lower_first(point.rstrip('.'))}"
    return None


# A second yes/no clause offered as the other choice: "does the client need to join or is it
# enough that we're on?", "do we have to attend or can we phone in?".
_OR_CLAUSE = re.compile(r"\s*,?\s+or (?:is|are|can|could|do|does|will|would|should|must|may|"
                        r"just) (?:we|i|they|you|he|she|it|that|this|there)\b.*$")


# A paper said to go to the Court alone, put up for confirmation: "to chambers not OC",
# "only to the judge", "we don't cc the other side" (in the words as read: "oc" is opposing
# counsel).
_SIDE_WORDS = (r"(?:the )?(?:opposing (?:counsel|party|side)|other (?:side|parties|party)|them|"
               r"defen[cs]e|defendants?|plaintiffs?|adversar\w*|opponents?)")
_COURT_ONLY = re.compile(
    r"\b(?:court|chambers|judge|magistrate(?: judge)?|clerk)\b,? (?:and |but )?(?:not|never|"
    r"rather than|instead of) (?:to |with |on )?" + _SIDE_WORDS + r"\b|"
    r"\b(?:only|just|solely|exclusively) (?:to |for |with )?(?:the )?(?:court|chambers|judge|"
    r"magistrate)\b|"
    r"\b(?:not|never|dont|don't|do not|does not|doesnt) (?:get )?(?:serve[ds]?|cc|copy|go to|"
    r"send (?:it |a copy )?to|share (?:it )?with) " + _SIDE_WORDS + r"\b")


def first_choice(question: str) -> str:
    """The first of two yes/no clauses joined by "or", in each reading of `question`: a
    verdict answers it ("Yes — the parties themselves must attend"), the second being its
    other side; a "No" that answered the second clause would read as a no to the first."""
    parts = [part.strip() for part in question.split(" | ")]
    return " | ".join(_OR_CLAUSE.sub("", p) if YES_NO.search(_OR_CLAUSE.sub("", p)) else p
                      for p in parts)


# A page limit stated in the question: "capped at 5 pages", "the limit is 15 pages".
_STATED_CAP = re.compile(r"\b(?:capped|cap|limit(?:ed)?|max(?:imum)?|no more than|not more than|"
                         r"up to|at most|(?:may|must|can|shall|to) not exceed|not to exceed)\b")


def verdict(point: str, question: str) -> str | None:
    """'Yes — ...' / 'No — ...' for a yes/no question, or None to state the point as is."""
    q = first_choice(question.lower())
    states_pages = re.search(r"\b\d+ ?(?:pages?|pp|pgs?)\b", q)
    if not (asks_yes_no(q) or states_pages or re.search(r"\banything special\b", q)) or (
            _ALTERNATIVES.search(q)):
        return None
    served = re.match(r"Don't serve (?:the |your )?([a-z]+)", point)
    if served and re.search(r"\b(?:judge|court|magistrate|mj|chambers)\b[a-z ]{0,20}\b(?:read|see|"
                            r"review|look at|get)\w*\b", q):
        # "will the judge read our letter?": yes, the Court alone
        return (f"Yes — the {served.group(1)} is ex parte: the Court reads it, the other side "
                f"doesn't")
    if served and _COURT_ONLY.search(q):
        # "the letter goes to chambers, not OC, right?": the statement is the rule, so yes
        return (f"Yes — the {served.group(1)} goes to the Court only: it is ex parte, so don't "
                f"serve or cc the other side")
    if "to the other side" in point and re.search(
            r"\bto (?:the )?(?:other side|opposing (?:counsel|party|side)|oc|them|opponents?)\b",
            q):
        # "so the demand goes to OC, not the judge, right?": yes
        return f"Yes — it goes to the other side, not the court: {_lower_first(point.rstrip('.'))}"
    if re.search(r"\bcourt\b|\bjudge\b|\bchambers\b|\bmj\b", q) and "to the other side" in point:
        return f"No — it goes to the other side, not the court: {_lower_first(point.rstrip('.'))}"
    if point.startswith("Settlement communications") and re.search(
            r"\b(?:is|are) (?:\w+ ){0,4}(?:confidential|private|protected)\b", q) and not re.search(
            r"\bnot\b|\bn't\b", q):
        # "is our demand confidential?": yes, as settlement communications are (a "No" read
        # off the point's "can't" would answer the opposite)
        return f"Yes — {_lower_first(point.rstrip('.'))}"
    elsewhere = _place_put_up(point, q)
    if elsewhere is not None:
        return elsewhere
    cond = _conditional(point, q)
    if cond is not None:
        return cond
    limit = re.search(r"\bno longer than (\d+) pages\b", point)
    said = pages_said(q)
    if limit and said and _STATED_CAP.search(q):
        # "someone said the letter is capped at 5 pages?": the premise checked, not a yes to
        # the limit that differs from it
        right = int(limit.group(1)) == said[0]
        return f"{'Yes' if right else 'No'} — {_lower_first(point.rstrip('.'))}"
    if not asks_yes_no(q):
        return None
    if re.search(r"requires the Court's permission", point):
        if re.search(r"\bpermission\b|\bleave\b", q):  # "do we need permission to go over?"
            return f"Yes — {_lower_first(point.rstrip('.'))}"
        return f"Only with the Court's permission: {_lower_first(point.rstrip('.'))}"
    if "cover at least" in point and re.search(r"\bexhaustive\b|\blimited to\b|\bonly\b", q):
        return f"No — it is a minimum: {_lower_first(point.rstrip('.'))}"
    if _NOT_DOING.search(q) and re.search(r"\bcover at least\b|\bmust\b|^Mark\b|^E-mail\b", point) \
            and not re.search(r"\bdon't\b|\bnot just\b", point):
        # "can we skip the valuation section?": a requirement is not optional
        return f"No — {_lower_first(point.rstrip('.'))}"
    capped = re.search(r"\bonly (?:\w+ ){0,3}(?:approve|authori\w*)|\bup to \$?\d|\blimited "
                       r"(?:settlement )?authority|\bcapped\b|\bpartial\b|\bceiling\b", q)
    if re.search(r"\bultimate settlement authority\b", point) and "phone" not in point and capped:
        # "someone who can only approve up to $50k": not ultimate authority
        return f"No — {_lower_first(point.rstrip('.'))}"
    negative = bool(re.search(r"^Don't|\bdon't\b|\bcan't\b|\bnot admissible\b|\bnot just\b|\bno "
                              r"longer than\b|\bmay not\b", point))
    if re.search(r"\bon the record\b|\brecord(?:ed|ing)\b|\btranscri\w*|\bpress\b|\bmedia\b|"
                 r"\brepeat\w*|\bpublic\w*|\breporters?\b", q) and "off the record" in point:
        negative = True  # "will it be recorded?", "can it go to the press?": no, off the record
    if re.search(r"\bshar\w*|\bdisclos\w*|\breveal\w*|\btell (?:them|the other|opposing)|"
                 r"\bpass (?:it |that )?on\b|\brepeat\b", q) and "confidential" in point:
        negative = True  # "can the judge share what we say?": no, it is confidential
    if re.search(r"\b(?:shield|protect|immun|exempt|insulat)\w*|\bsafe from\b|\boff limits\b|"
                 r"\bkept out of\b", q) and re.search(r"\bcan't be used\b|\bnot admissible\b",
                                                      point):
        negative = False  # "shielded from discovery?": yes, it can't be used there
    if re.search(r"(?<!not )\b(?:just|only) (?:be )?(?:the )?(?:\w+ )?(?:lawyers|counsel|"
                 r"attorneys|attys|us|associates?)\b|"
                 r"\bwithout (?:the |our |a |any |their )?(?:client|party|parties|principal|"
                 r"company|corporate)|"
                 # "client can't make it, can we go without them?": them is the client
                 r"\b(?:client|party|principal|ceo|owner)\b.*\bwithout (?:them|him|her)\b|"
                 r"\balone\b|\bby (?:myself|ourselves|themselves)\b|"
                 # someone standing in: "can a paralegal attend for the client?"
                 # (not "mandatory for parties": whom the rule binds)
                 r"(?<!mandatory )(?<!required )(?<!necessary )(?<!compulsory )(?<!obligatory )"
                 r"\b(?:for|instead of|in place of|on behalf of|in lieu of) (?:the |our |a |"
                 r"their )?(?:client|party|parties|principal)\b", q) and (
            "not just" in point):
        return f"No — {_lower_first(point.rstrip('.'))}"
    if "not just" in point and re.search(r"\b(?:rather )?not (?:come|attend|show|appear|be there|"
                                         r"join)\b|\bsit (?:it )?out\b|"
                                         r"\bstays? (?:at )?(?:home|away)\b|"
                                         r"\bskip\w*\b|\bexcused?\b", q):
        return f"No — {_lower_first(point.rstrip('.'))}"  # "client would rather not come, ok?"
    if "not just" in point:
        negative = False  # "does the client have to come?": yes, the parties themselves
    if "instead be available by phone" in point and re.search(
            r"\bphone\b|\btelephon\w*|\bcall\w* in\b|\bdial\w*\b|\blisten\w*", q) and re.search(
            r"\blocal counsel\b|\bco-?counsel\b|\bassociates?\b|\bparalegals?\b|\bsecond chair\b|"
            r"\bjunior\b|\bsummer\b|\bintern\b", q):
        # "can local counsel just dial in and listen?": the phone is the authority person's;
        # of a lawyer the order does not name as attending it says nothing
        return (f"The order doesn't say others may join that way: only "
                f"{_lower_first(point.rstrip('.'))}")
    if "instead be available by phone" in point and re.search(
            r"\b(?:need|needs|have|has|must|required)\b", q) and not re.search(
            r"\bphone\b|\btelephon\w*|\bcall\w* in\b|\bdial\b|\breachable\b|\bavailable\b", q):
        return f"No — {_lower_first(point.rstrip('.'))}"  # "need to be on video?": phone will do
    if "no longer than" in point:
        limit = re.search(r"no longer than (\d+)", point)
        said = pages_said(q)
        if limit and said and (_LETTER_PAGES.search(q) or not re.search(
                r"exhibit|attach|appendi|annex|enclos", q)):
            over = max(said) > int(limit.group(1))
            # "is that a problem?", "do we need permission?": yes when it doesn't fit
            yes = over if re.search(r"\bproblem|\bissue|\bconcern|\bpermission\b|\bleave\b", q) \
                else not over
            unless = ", unless the Court gives permission" if over else ""
            # "is that a problem?": yes when it doesn't fit
            return f"{'Yes' if yes else 'No'} — {_lower_first(point.rstrip('.'))}{unless}"
        if re.search(r"\bis there (?:a|any)\b|\bare there any\b|\bhas (?:a|any) (?:page |length )?"
                     r"(?:limit|cap|max\w*)\b|^(?:has|have|does|did) (?:the )?"
                     r"(?:court|judge|order|mj|magistrate)\b|"
                     r"\bany (?:page |length )?(?:limit|restrict\w*|cap|max\w*)", q):
            return f"Yes — {_lower_first(point.rstrip('.'))}"  # "is there a page limit?"
        return None  # a page limit is stated, not affirmed
    if re.search(r"\bperson with ultimate settlement authority\b", point) and "phone" not in point \
            and not re.search(r"\bauthority\b|\bdecision ?maker", q):  # "can our GC attend?"
        return f"If they have ultimate settlement authority: {_lower_first(point.rstrip('.'))}"
    if re.search(r"\bdon't wait\b", point, re.I) and not re.search(
            r"\bwait\w*|\bhold\w*|\bsit\w* on\b|\bdefer\w*|\bpostpon\w*|\bput off\b|\bdelay\w*|"
            r"\buntil\b|\btill\b",
            q):
        return f"Yes — {_lower_first(point.rstrip('.'))}"  # "can we start talking now?"
    if point.startswith("Exhibits don't count") and not re.search(
            r"\bcount\w*|\btoward|\blimit\b|\bpages?\b|\bcap\b|\blength\b", q):
        if re.search(r"\b(?:need|needs|must|required|mandatory|obligatory|have to|has to)\b", q):
            # "do we need to attach exhibits?": allowed, not required
            return (f"No — the order doesn't require exhibits, but they may go with it: "
                    f"{_lower_first(point.rstrip('.'))}")
        if _NOT_DOING.search(q) or re.search(r"\bwithout\b|\bno exhibits\b", q):
            # "we're skipping the exhibits altogether": fine, none are required
            return (f"Yes — the order doesn't require exhibits: "
                    f"{_lower_first(point.rstrip('.'))}")
        return f"Yes — exhibits may go with it: {_lower_first(point.rstrip('.'))}"
    if "will be e-mailed" in point and re.search(
            r"\b(?:we|i|us|our side|counsel)\b[a-z ]{0,25}\b(?:set(?:ting)? (?:\w+ )?up|arrang\w*|"
            r"creat\w*|host\w*|schedul\w*|send (?:out )?(?:the )?(?:teams |zoom )?(?:invite|"
            r"invitation|link)s?\b(?! to))|\bourselves\b|\b(?:request|ask (?:\w+ )?for|obtain|"
            r"reach out)\w*\b", q):
        # "do we set up the teams meeting?": no, the Court sends the link
        return f"No — {_lower_first(point.rstrip('.'))}"
    channel = re.search(r"\b(fax\w*|mail|courier|post|hand deliver\w*|by hand|ecf|hand (?:it|the|"
                        r"them|over|in))\b", q)
    # "mail it instead of e-mailing?": the e-mail named as the way not taken
    proposed = re.sub(r"\b(?:instead of|rather than|not by|other than)\b \S+", " ", q)
    if channel and point.startswith("E-mail") and not re.search(r"\be ?mail", proposed):
        return f"No — {_lower_first(point.rstrip('.'))}"  # "can we fax it?": the order says e-mail
    if point.startswith("Attendance is in person") and re.search(
            r"\bphone\b|\btelephon\w*|\bcall\w* in\b|\bdial\w* in\b|\bzoom\b|\bvideo\b|"
            r"\bremote\w*|\bvirtual\w*|\binstead of (?:coming|attending|being there)\b", q):
        # "can our client just call in instead of coming?": the order wants them there
        return f"No — {_lower_first(point.rstrip('.'))}"
    held = re.match(r"It will be held (in person|remotely|by video|by phone)\b", point)
    if held and not re.search(r"\b(?:attend|appear|participat|join|client|we|i|counsel)\w*\b",
                              q) and _OTHER_FORMAT[held.group(1)].search(q):
        # "is the mediation on zoom?" of one held in person: the format put up is not its own
        return f"No — {_lower_first(point.rstrip('.'))}"
    asked = re.search(r"\b(zoom|webex|google meet|teams)\b", q)
    says = re.search(r"\b(Teams|Zoom|Webex|Google Meet)\b", point)
    if asked and says and says.group(1).lower() != asked.group(1):  # "will there be a zoom link?"
        return f"No — not {asked.group(1).title()}: {_lower_first(point.rstrip('.'))}"
    return f"{'No' if negative else 'Yes'} — {_lower_first(point.rstrip('.'))}"


_STOP = frozenset([
    "than", "that", "this", "with", "from", "must", "should", "shall", "will", "which", "into",
    "have", "been", "their", "there", "other", "each", "only", "also",
])


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}|\d+", text.lower()) if w not in _STOP}


def backing(ex: Explanation, point: str) -> Citation | None:
    """The one sentence of the order that says `point`, not the whole paragraph: the one
    sharing the most of the point's words, rarer words (across the quotes) counting more."""
    sentences = [(q.label, s) for q in ex.quotes for s in split_sentences(q.text) or [q.text]]
    if not sentences:
        return None
    bags = [_words(s) for _, s in sentences]
    asked = _words(point)

    def score(bag: set[str]) -> float:
        return sum(1 / sum(w in b for b in bags) for w in asked & bag)

    i = max(range(len(sentences)), key=lambda k: score(bags[k]))
    return Citation(f"Order, {sentences[i][0]}", sentences[i][1])


@lru_cache(maxsize=64)
def _explain(order: Order, topic: str) -> Explanation:
    """An order's explanations don't change: asked again, they cost nothing."""
    return explain(order, topic)


def _remote_first(matter: Matter, head: str, point: str, question: str) -> str:
    """"does the CEO need to be there in person?" when the conference is on Teams: that
    it is remote is the answer; the point asked about follows."""
    conf = matter.conference
    if "hard copy" in point:  # "drop a binder at the courthouse?": the paper goes, not people
        return head
    if conf.format not in (ConferenceFormat.VIDEO, ConferenceFormat.TELEPHONE):
        return head
    where = f"on {conf.platform}" if conf.platform else "remote"
    asked = re.search(r"\b(zoom|webex|google meet|teams)\b", question)
    if re.search(r"\bin person\b|\bin court\b|\bcourthouse\b|\bphysically\b", question):
        return f"No — the conference is remote, {where}; {_lower_first(point.rstrip('.'))}"
    if conf.format is ConferenceFormat.VIDEO and asks_yes_no(question) and re.search(
            r"\bvideo\b|\bvirtual\w*|\bremote\w*|\bonline\b|\bteams\b", question) and re.search(
            r"\b(?:attend|join|participate|appear|be there|come)\w*", question) and not (
            asked and conf.platform and asked.group(1) not in conf.platform.lower()):
        # "can I attend by video?": the conference itself is by video
        return (f"Yes — the conference itself is remote, {where}, by video; "
                f"{_lower_first(point.rstrip('.'))}")
    if asked and conf.platform and asked.group(1) not in conf.platform.lower():
        lead = "No — the" if asks_yes_no(question) else "The"  # "will there be a zoom link?"
        return (f"{lead} conference is {where}, not {asked.group(1).title()}; "
                f"{_lower_first(point.rstrip('.'))}")
    return head


def _attendance_in_full(head: str, point: str, points: Sequence[str], question: str) -> str:
    """The attendance rule with what the order pairs with it: "must attend" for the person
    with authority is "attend or be available by phone" where the order allows the phone,
    and "who has to be there?" names that person after the parties themselves."""
    phone = next((m.group(1) for p in points if (
        m := re.search(r"may instead be (available by (?:tele)?phone[^.]*)", p))), None)
    if point.startswith("A person with") and phone and head.endswith("must attend"):
        return f"{head} or be {phone}"
    authority = next((p for p in points if p.startswith("A person with")), None)
    if "not just" in point and authority and re.search(r"\bwho\b", question) and not (
            asks_yes_no(question)):
        tail = _lower_first(authority.rstrip("."))
        return f"{head}; {tail}{' or be ' + phone if phone else ''}"
    return head


# Where a paper goes, or to whom: "where do I send it?", "who does the demand go to?".
_WHERE_TO = re.compile(r"\bwhere\b|\bto whom\b|\bwho (?:do|does|should|must) (?:we|i|it|they) "
                       r"(?:send|give|address)|\bwho (?:gets|receives)\b|\bgo(?:es)? to\b")


def _place_put_up(point: str, q: str) -> str | None:
    """"is the mediation at the old courthouse on bull street?" when the order holds it at 8
    Southern Oaks Ct.: No, with the place; None when no place is put up or it fits."""
    held = re.match(r"It will be held in person at (.+)", point)
    if held is None or not asks_yes_no(q) or not other_place(q, held.group(1)):
        return None
    return f"No — {_lower_first(point.rstrip('.'))}"


def answer_explain_reply(matter: Matter, topic: str, question: str,
                         strict: bool = False) -> Reply | None:
    """The topic's points, the one asked about first and in one line, no raw fields.

    None for a yes/no question no point speaks to ("is there parking at the courthouse?"):
    a yes or no on the topic's general rule would be an answer to another question; when
    `strict`, None for any question no point speaks to (the topic was only a guess)."""
    ex = _explain(matter.order, topic)
    if topic in LETTER_FAMILY or (topic != "sanctions" and re.search(
            r"\bletter\b|\bsubmission\b|\bstatement\b", question)):
        # "our exhibits run 30 pages" reads as the page limit, but its answer is the hard
        # copy: the letter's points are one family, and the question picks among them all.
        whole = _explain(matter.order, "letter")
        family = lead_point(whole.summary, question) if whole.found else None
        # its first point (whose letter, when) only when the asked topic has nothing closer
        if family is not None and (family > 0 or (
                ex.found and lead_point(ex.summary, question) is None)):
            ex = whole
    if not ex.found or not ex.summary:
        text = ex.summary[0] if ex.summary else f"The order doesn't say anything about {topic}."
        return Reply(text=text, intent="explain", title=matter_title(matter), matter=matter.docket)
    points = list(ex.summary)
    found = lead_point(points, question)
    if found is None and (strict or asks_yes_no(question)):
        return None
    if found is None and (detail := unsaid_detail(question)):
        # "what font size for the statement?": not the statement's first rule
        return Reply(text=f"The order doesn't say {detail}.", intent="explain",
                     title=matter_title(matter), matter=matter.docket)
    i = found or 0
    point = points[i]
    head = verdict(point, question) or point.rstrip(".")
    if re.match(r"Send the \w+ by e-mail", point) and re.search(
            r"\bwhat (?:e ?mail )?address\b|\bwhich (?:e ?mail|address)\b|\bwhat e ?mail\b|"
            r"\bwhat inbox\b|\be ?mail address\b", question):
        # "what address does it go to?" of an order that says e-mail but gives none
        head = f"The order doesn't give the address: {_lower_first(point.rstrip('.'))}"
    if found is None and "not in on time" in point and re.search(
            r"\battend\w*|\bshow\b|\bappear\w*|\bskip\w*|\bno[- ]?show\b", question):
        # "what if the client doesn't show?" where the order's only word is on late papers
        head = (f"The order doesn't say what happens if someone doesn't attend; it says: "
                f"{_lower_first(point.rstrip('.'))}")
    if topic == "sanctions" and "not in on time" not in point and re.search(
            r"\bdeadlines?\b|\bletter\b|\bdemand\b|\brespon\w*|\blate\b", question) and not (
            re.search(
            r"\battend\w*|\bshow\b|\bclient\b|\bappear|\bskip", question)) and not (
            _OK_TO.match(question.lower().strip())):  # "fine to e-mail it?" is no penalty
        # The order's sanctions are for attendance: a missed deadline's are not in it.
        lead = "No — " if YES_NO.search(question) else ""
        head = (f"{lead}the order sets no penalty for a missed deadline; its sanctions are for not "
                f"attending: {_lower_first(point.rstrip('.'))}")
        head = head[0].upper() + head[1:]
    if "to the other side" in point and not head.startswith(("Yes", "No")) and (
            _WHERE_TO.search(question)):
        # "where does the demand go?", "where do I send the demand?": to whom is the answer
        # asked, before when (the letter goes to chambers, this to the opposing party)
        head = f"It goes to the opposing party, not the Court: {_lower_first(point.rstrip('.'))}"
    head = _remote_first(matter, head, point, question)
    cite = backing(ex, point)
    served = re.match(r"Don't serve (?:the |your )?([a-z]+)", point)
    ex_parte = re.search(r"\bis (?:it|the \w+|our \w+) ex parte\b|\bmeans?\b|" + _WHAT_EX_PARTE,
                         question)
    if served and ex_parte and cite and "ex parte" in cite.quote.lower():
        # "is it ex parte?", "what does ex parte mean?": the Court alone reads it
        lead = "Yes — " if asks_yes_no(question) else ""
        head = (f"{lead}ex parte means the {served.group(1)} goes to the Court only: don't serve "
                f"it on the other side or cc them")
        head = head[0].upper() + head[1:]
    elif served and head.startswith("No") and cite and "ex parte" in cite.quote.lower():
        # Why not is the answer: the letter is ex parte ("can I cc opposing counsel?").
        head = f"No — the {served.group(1)} is ex parte: don't serve or cc it"
    head = _attendance_in_full(head, point, points, question)
    if point.startswith("E-mail") and re.search(
            r"\b(?:client|party|ceo|principal|company)\b(?: \w+){0,8} (?:herself|himself|"
            r"themselves|"
            r"itself|directly|on (?:her|his|their|its) own)\b", question) and any(
            re.search(r"\bcounsel for each party\b", q.text, re.I) for q in ex.quotes) and (
            asks_yes_no(question)):
        # "can the client email the letter herself?": the order has counsel send it
        head = f"No — counsel for each party sends it: {_lower_first(point.rstrip('.'))}"
    if point.startswith("Each party's") and re.search(
            r"\bwho\b|\bus or\b|\bor (?:the |our )?client\b", question) and cite and re.search(
            r"\bcounsel for each party\b", cite.quote, re.I):
        # "who sends the letter, us or the client?": the order names the sender
        head = f"Counsel for each party sends its own: {_lower_first(point.rstrip('.'))}"
    label = cite.label.removeprefix("Order, ").replace("para. ", "¶") if cite else "order"
    # Then the asked topic's other points (two at most: six lines in all, with the quote).
    own = _explain(matter.order, topic).summary if ex.topic != topic else ex.summary
    # (a point the first line already says, "or be available by phone", is not repeated)
    rest = [p for p in own if p != point and re.sub(
        r"^.*?may instead be ", "", _lower_first(p.rstrip("."))) not in head]
    shown = [f"- {p}" for p in rest[:2]]
    if len(rest) > 2:
        shown[-1] = f"- and {len(rest) - 1} more: `explain {topic.split('_')[0]}`"
    details = tuple(shown)
    cites = (cite,) if cite else ()
    return Reply(text=f"{head} ({label}).", intent="explain",
                 title=f"{ex.title} - {matter_title(matter)}", matter=matter.docket,
                 details=details, citations=cites)


def answer_by_passage(matter: Matter, question: str) -> Reply | None:
    """A question no cue placed, answered first by the procedure of the order's passage
    that best matches it: the sentence retrieval finds ("our offers end up in discovery"
    finds ¶1) names the topic whose points answer, yes or no first. None when no sentence is
    close, or no point of its topic speaks to the question (the quote is then the answer)."""
    hits = best_sentences(matter.order.paragraphs, question, n=1)
    if not hits or hits[0].score < MIN_SCORE:
        return None
    sentence = " ".join(hits[0].sentence.split())
    for topic in TOPICS:
        ex = _explain(matter.order, topic)
        if ex.found and any(sentence in " ".join(q.text.split()) for q in ex.quotes) and (
                reply := answer_explain_reply(matter, topic, question, strict=True)):
            return reply
    return None
