"""Other nouns and verbs for the things a settlement order already names, rewritten to the
word the matcher and the reply writers know: "appendices" are the letter's exhibits, a
"physical set" is the hard copy, "e-file" is filing on ECF, a "court reporter" makes a
record. One rewrite serves every question that uses the word, so a new phrasing of a known
procedure needs no new pattern of its own.

Applied by `question_vocabulary.normalize` after contractions, on lower-case text.
"""

from __future__ import annotations

import re

_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl) for pattern, repl in (
        # papers that go with the letter
        (r"\b(?:appendi(?:x|ces)|annex(?:es)?|enclosures?|addend(?:um|a))\b", "exhibits"),
        # a paper set for chambers, and carrying it there
        (r"\b(?:physical|paper|printed|hard) (?:sets?|versions?|cop(?:y|ies))\b", "hard copy"),
        (r"\b(?:walk|run|carry|bring|drop|take)\w* (?:a |the |our )?(?:copy|copies|binder|set) "
         r"(?:over|down|in|by|to)\b", "hand deliver a hard copy"),
        # filing, in the shorthand of a docket clerk
        (r"\be[- ]?fil(e|es|ed|ing)\b|\belectronically fil(e|es|ed|ing)\b",
         r"fil\1\2 on ecf"),
        # where an e-mail goes
        (r"\b(?:inbox(?:es)?|e ?mail account|mailbox)\b", "email address"),
        # carried by hand or by carrier rather than e-mailed
        (r"\b(?:messenger\w*|fed ?ex\w*|overnight\w*|snail mail\w*)\b", "courier"),
        # the exhibits or a copy carried over by courier: that is the hard copy going by hand
        (r"\bcourier (?:over )?(?:the |our |a |any |all )?(?:exhibits|attachments|copy|copies|"
         r"binders?)\b", "hand deliver a hard copy"),
        # litigation shorthand: "class cert", "SJ", "MSJ"
        (r"\bclass cert\b", "class certification"),
        (r"\b(?:sj|msj)\b(?: motions?)?", "summary judgment motion"),
        # the settlement conference statement by its initials
        (r"\bscs\b", "settlement conference statement"),
        # a record of what was said
        (r"\btranscri(?:be|bed|bes|bing|pt|pts|ption)\b|\bstenograph\w*\b|\bcourt reporters?\b",
         "recorded"),
        # "can the client skip it if we're there?": the lawyers alone ("we're" reads "were")
        # ... or "is it enough that we're on?"
        (r"\b(?:if|as long as|since|provided|so long as|(?:enough|sufficient|ok|okay|fine) "
         r"(?:that|if)) (?:(?:we|counsel|the lawyers|the attorneys|our lawyers) (?:are|re|will be)|"
         r"were) (?:there|present|on)\b",
         "if just counsel attend"),
        # "depose me about what was said", "keep minutes of the session"
        (r"\bdepos(?:e|es|ed|ing)\b", "subpoena"),
        (r"\b(?:keep|keeps|kept|take|takes|taking|took)\b (?:\w+ )?minutes\b", "keep a recording"),
        # "rely on it in a motion", "offer it in evidence": using what was said
        (r"\b(?:rel(?:y|ies|ied|ying)|draw\w*) (?:up)?on\b", "use"),
        (r"\bin (?:a |the |any )?depositions?\b", "in discovery"),
        # the demand and the answer to it in negotiators' words: "put out an ask", "a
        # counterproposal", "come back with a number"
        (r"\ban ask\b", "a demand"),
        (r"\b(our|their|the|opening|initial|first|plaintiff|plaintiffs) ask\b", r"\1 demand"),
        (r"\bcounter[- ]?(?:proposals?|offers?|demands?)\b", "counteroffer"),
        # answering a number is responding to the demand: "they'll answer our number"
        (r"\banswer(s|ed|ing)? (?:to )?(their|our|the|plaintiffs?|its) (?:number|figure|ask|"
         r"demand)\b", r"respond\1 to \2 demand"),
        # the number answered is the demand: "we responded to their number"
        (r"\b(respond\w*|repl(?:y|ied|ies|ying)|answer\w*|counter(?:ed|ing)?) (?:to )?(their|our|"
         r"the|plaintiffs?|its) (?:number|figure|ask)\b", r"\1 to \2 demand"),
        # the time to answer a demand: "our turnaround on the demand"
        (r"\bturn ?around(?: time)?(?: (?:on|for|to) (?:the |their |plaintiffs? |a |any )?"
         r"(?:demand|offer|ask))?\b", "deadline to respond to the demand"),
        # a side's number is its step: the plaintiff's is the demand, the defendant's the answer
        (r"\b(?:plaintiffs?|pltf|pl|p) (?:number|figure|ask)\b", "plaintiff demand"),
        (r"\b(?:defendants?|def|deft|d) (?:number|figure|counter)\b", "defendant response"),
        # a count in words before its unit: "the five-day period", "ten pages"
        *((rf"\b{word}[ -](day|week|page|business day|calendar day)", rf"{n} \1")
          for n, word in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven",
                                    "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                    "nineteen", "twenty")) if n),
        # settlement communications called by what they are
        (r"\b(?:concessions?|(?<!for )admissions?|offers? of compromise|compromise offers?)\b",
         "settlement communications"),
    ))


def canonical(text: str) -> str:
    """`text` with other words for known things put as the matcher's words."""
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    return text
