"""A chat message as people type it in a matter's channel, cut down to the question in it.

In Slack and Teams a question comes wrapped: a greeting first ("hey all -", "morning!"), a
sign-off after ("thx!", "ty", "lol"), and often a sentence or two of context around it
("Heads up, I'm out Friday. conf is the Tuesday after memorial day, yes?"). The greeting
and the sign-off say nothing about what is asked, and a context sentence's words (a day,
a person, a place) would otherwise be read as part of the question.

`trim` takes the greeting and the sign-off off; `focus` picks the one question sentence of
a message when the question stands on its own (it points back at nothing the context says
with "it", "that", "else"...). The caller reads the focused question first and falls back
to the whole message when the question alone is not understood ("Need to trim?").
"""

from __future__ import annotations

import re

from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.chat.spelling import repair

# "hi", "hey all", "good morning team": a greeting, with or without its audience.
_AUDIENCE = r"(?:all|team|everyone|everybody|folks|guys|gang|y ?all|there|bot|settleconf|friends)"
_GREETING = (rf"(?:hi|hey|heya|hiya|hello|yo|good (?:morning|afternoon|evening))(?:\s+{_AUDIENCE})?"
             # a bare "morning" is a greeting only when punctuation ends it ("morning or pm?")
             rf"|(?:morning|afternoon|evening)(?:\s+{_AUDIENCE})?(?=\s*[,!.:;\u2013\u2014-])")
# Openers that announce a question or apologise for it: "heads up,", "fyi", "sry -",
# "paralegal q:", "end of week check-in:". Words that could start the question itself ("ok
# to send it?", "q re the letter") go only when punctuation closes them.
_OPENER = (r"heads up|fyi|sorry|sry|srry|soz|apologies|so|ok so|okay so|"
           r"(?:sorry )?(?:to (?:bug|bother|pester) you)(?: again)?|"
           r"(?:quick|random|dumb|silly|basic|another|one more)\s+(?:q|qn|question|one|thing)|"
           r"(?:(?:ok|okay|alright|q|qn|question|quick|another|one more)"
           r"|[a-z]+ (?:q|qn|question)"
           r"|(?:[a-z]+ ){0,3}check(?:[ -]?in)?(?: pls| please)?)(?=\s*[,:;!\u2013\u2014-])")
# Thanks said first ("thanks! and when is ..."), only when punctuation closes it.
_THANKS_FIRST = r"(?:thanks|thank you|thx|ty)(?= *[,!.:;\u2013\u2014-])"
_LEAD = re.compile(rf"^\s*(?:{_GREETING}|{_OPENER}|{_THANKS_FIRST})\b(?:\s*[,!.:;\u2013\u2014-]+)?"
                   r"\s*(?:but\b\s*)?", re.IGNORECASE)
# Sign-offs and laughter at the end: "thx!", "ty", "thanks in advance", "lol", "pls".
_SIGN_OFF = re.compile(
    r"(?:[\s,.;:!\u2013\u2014-]*\b(?:thx|thanks|thank you|ty|tia|thanks (?:in advance|so much|a "
    r"lot|again|all|team)|many thanks|much appreciated|appreciate it|cheers|lol|haha|lmao|pls|plz"
    r"|please|asap)\b[\s.!]*|\s*(?::\)|:-\)|\U0001f64f|\U0001f60a|\U0001f642)+)+\s*$",
    re.IGNORECASE)
# A statement put up for confirmation by any tag ("conf is tues, yes?", "..., no?", "...,
# isn't it?") is put with the tag the readers know: "right?".
_TAG = re.compile(r"(?:\s*,\s*(?:no|true)|(?<!\bor)(?<!\bor not)\s*,?\s+(?:yes|yeah|yep|ya|yea|"
                  r"isn'?t (?:it|that)|is that right|am i right|correct))\s*\?+\s*$",
                  re.IGNORECASE)
# A sentence that is only manners or the asker introducing themselves: "Thanks for the
# dates.", "Morning all.", "Paralegal here."
_SOCIAL_SENTENCE = re.compile(
    rf"^(?:(?:{_GREETING})|(?:ok|okay|great|perfect)?\s*(?:thanks|thank you|thx|ty)\b[^?]*"
    r"|[a-z]+(?: [a-z]+)? here(?: again)?|hope (?:you|everyone|all)[^?]*)[\s.!,]*$",
    re.IGNORECASE)
# A side named by the asker ("We're def.", "defense here"): kept with the question.
_SIDE = re.compile(r"\b(?:plaintiffs?|pltf|defendants?|defen[cs]e|def|deft|for the (?:p|d)|"
                   r"\u03c0|\u0394)\b", re.IGNORECASE)
# The question points back at the context: "anything else we gotta do b/c of that?", "do we
# have to give it to them?", "another one?". "they"/"their" are the other side, not a referent.
_POINTS_BACK = re.compile(r"\b(?:it|that|this|these|those|she|he|her|him|his|else|another|"
                          r"same|such)\b", re.IGNORECASE)
# After a question, a sentence about the asker, their people or their reasons: "I've been
# out since the 10th", "partner thinks no", "need to block the partner's cal".
_ASIDE = re.compile(
    r"^(?:i|i'?m|i'?ve|i'?d|i was|my|their|his|her|the (?:client|partner|"
    r"gc|ceo|team)|client|partner|gc|ceo|trying|asking|want(?:ed)?|need(?:ed)?|new to|just|"
    r"for (?:the|my|our)|so (?:i|we)|because|b/c|bc|in case|thinking)\b", re.IGNORECASE)
_QUESTION_START = re.compile(
    r"^(?:what|when|where|who|whom|whose|how|which|why|is|are|was|were|can|could|would|will|"
    r"may|should|shall|does|do|did|must|has|have|any|anything|ok|okay)\b", re.IGNORECASE)
# Sentence ends: ". ", "? ", "! " or a new line; not after "p.m.", "a.m." or "U.S.", nor
# after a shorthand with a dot ("No.", "v.", "approx.").
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\s*\n+\s*")
_NOT_AN_END = re.compile(r"(?:\b[a-z]\.[a-z]\.|\b(?:no|vs|inc|llc|ltd|mr|ms|dr|st|jr|approx|para|"
                         r"sec|v|e\.g|i\.e)\.)$", re.IGNORECASE)


_WH = re.compile(r"\b(?:what|when|where|who|whom|whose|how|which|why)\b", re.IGNORECASE)
_OR_NOT = re.compile(r"\bor (?:no|not)\W*$", re.IGNORECASE)


def elliptical_yes_no(message: str) -> bool:
    """A yes/no asked without its auxiliary: "the 14 days for the demand - weekends count?",
    "exhibits included or no?". Asked of the message as typed (its "?" is gone once read)."""
    text = message.strip()
    return bool(_OR_NOT.search(text)) or (
        text.endswith("?") and not _WH.search(text) and not re.search(r"\bor\b", text))


def trim(message: str) -> str:
    """`message` without the greeting before it and the sign-off after it; the message as
    it is when that would leave nothing ("thanks!" is answered as thanks)."""
    text = message.strip()
    for _ in range(4):  # "hey all - sorry - quick q:"
        m = _LEAD.match(text)
        if m is None or not m.group().strip():
            break
        text = text[m.end():]
    text = _TAG.sub(" right?", _SIGN_OFF.sub("", text).strip())
    return text if len(text.split()) >= 2 else message.strip()


def sentences(message: str) -> list[str]:
    """The sentences of `message`, manners and self-introductions left out."""
    parts: list[str] = []
    for piece in _SENTENCE_END.split(message):
        if not piece.strip():
            continue
        if parts and _NOT_AN_END.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece.strip()}"
        else:
            parts.append(piece.strip())
    kept = [trim(p) for p in parts if not _SOCIAL_SENTENCE.match(p.strip())]
    return [p for p in kept if p] or parts


_DUTIES = ("letter", "demand", "response", "hard_copy")


# Facts about the papers a question may turn on: "Our exhibits are about 60 pages."
_PAPER_FACT = re.compile(r"\b\d+ ?(?:pages?|pgs?|pp)\b|\bexhibits?\b|\battachments?\b|\bappendi\w+",
                         re.IGNORECASE)


def _names_a_duty(sentence: str) -> bool:
    """Whether `sentence` speaks of one of the settlement steps (the letter, the demand and
    the response to it, the hard copy) or the papers' size, which a question may turn on."""
    if _PAPER_FACT.search(sentence):
        return True
    norm = " ".join(repair(vocab.normalize(sentence).split(), frozenset())[0])  # "ltr", "dmd"
    return any(re.search(vocab.CONCEPTS[name], norm) for name in _DUTIES)


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_QUESTION_START.match(sentence))


def focus(message: str) -> str:
    """The question of a message of several sentences, with any sentence that names the
    asker's side; `message` (trimmed) when it is one sentence, asks more than one thing, or
    its question points back at the context."""
    text = trim(message)
    parts = sentences(text)
    if len(parts) < 2:
        return parts[0] if parts else text
    asked = [p for p in parts if _asks(p)]
    if len(asked) != 1 or _POINTS_BACK.search(asked[0]) or len(asked[0].split()) < 4:
        # "Can it?", "Need to trim?", "explain?": a short question leans on what came before
        return " ".join(parts)
    at = parts.index(asked[0])
    # Before the question, context goes ("Heads up, I'm out Friday.") unless it names a side
    # or a duty ("I sent the demand May 10. When is the response due?"); after it, only an
    # aside about the asker goes ("their GC might dial in", "trying to plan around it"): a
    # remark on the thing asked stays ("is the letter date right? seems early bc of memorial
    # day").
    return " ".join([*(p for p in parts[:at] if _SIDE.search(p) or _names_a_duty(p)), asked[0],
                     *(p for p in parts[at + 1:] if not _ASIDE.match(p) or _SIDE.search(p))])
