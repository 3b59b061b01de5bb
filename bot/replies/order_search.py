"""When no intent fits, the order's own sentence that best answers, quoted and cited.

BM25 over the order's sentences, with the question widened by the synonym groups of
`question_vocabulary` ("opening number" finds "demand"). An order has a few dozen
sentences, so a plain-Python index (built once per order, cached) costs microseconds;
bm25s would add numpy and scipy to `ask`'s cold start for no gain at this size.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.reply import Reply
from settleconf.core.matter import Matter
from settleconf.core.order import Paragraph
from settleconf.core.procedures import split_sentences

K1, B = 1.2, 0.5  # a long sentence (the letter's list of contents) is not penalized much
MIN_SCORE = 1.6  # below this the best sentence shares only common words with the question
_STOP = frozenset([
    "other", "one", "ones", "about", "think", "thing", "things", "stuff", "like", "worth",
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is",
    "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "what",
    "which", "who", "whom", "when", "where", "why", "how", "do", "does", "did", "can", "could",
    "would", "should", "will", "shall", "may", "might", "must", "we", "i", "you", "they", "our",
    "your", "their", "us", "me", "my", "he", "she", "his", "her", "them", "there", "here", "any",
    "all", "some", "about", "as", "if", "than", "then", "so", "not", "no", "yes", "ok", "okay",
    "please", "pls", "hey", "hi", "tell", "say", "says", "said", "order", "court", "judge",
    "settlement", "conference", "case", "anything", "something", "thing", "need", "have", "has",
])


@dataclass(frozen=True)
class Hit:
    paragraph: Paragraph
    sentence: str
    score: float


def _stem(word: str) -> str:
    """Six letters: "negotiating" and "negotiations", "exceed" and "exceeding" meet."""
    return word[:6] if len(word) > 6 else word.rstrip("s") if len(word) > 3 else word


_STOP_STEMS = frozenset(_stem(w) for w in _STOP)  # "conferences" is as common as "conference"


def terms(text: str) -> list[str]:
    stems = (_stem(w) for w in vocab.normalize(text).split() if w not in _STOP and len(w) > 1)
    return [s for s in stems if s not in _STOP_STEMS]


@dataclass(frozen=True)
class _Index:
    docs: tuple[tuple[Paragraph, str, Counter[str]], ...]
    idf: dict[str, float]
    avg: float


@lru_cache(maxsize=32)
def _index(paragraphs: tuple[Paragraph, ...]) -> _Index:
    docs = []
    for p in paragraphs:
        heading = f"{p.heading} " if p.heading else ""
        for s in split_sentences(p.text):
            docs.append((p, s, Counter(terms(heading + s))))
    n = len(docs) or 1
    df: Counter[str] = Counter(t for _, _, tf in docs for t in tf)
    idf = {t: math.log(1 + (n - k + 0.5) / (k + 0.5)) for t, k in df.items()}
    avg = sum(sum(tf.values()) for _, _, tf in docs) / n
    return _Index(tuple(docs), idf, avg or 1.0)


def _expanded(question: str) -> list[str]:
    """The question's terms plus the words of every synonym group it names."""
    norm = vocab.normalize(question)
    out = terms(question)
    for pattern in vocab.CONCEPTS.values():
        if re.search(pattern, norm):
            out += terms(re.sub(r"\\b|\(\?:|[()?|\\]|\w\*|\\w", " ", pattern))
    return out


def best_sentences(paragraphs: tuple[Paragraph, ...], question: str, n: int = 2) -> list[Hit]:
    index = _index(paragraphs)
    asked = Counter(set(_expanded(question)))  # a synonym group's word counts once
    scored = []
    for p, s, tf in index.docs:
        length = sum(tf.values())
        score = 0.0
        for t, q in asked.items():
            f = tf.get(t, 0)
            if f:
                score += min(q, 2) * index.idf.get(t, 0.0) * f * (K1 + 1) / (
                    f + K1 * (1 - B + B * length / index.avg))
        if score > 0:
            scored.append(Hit(p, s, score))
    scored.sort(key=lambda h: -h.score)
    return scored[:n]


def _label(p: Paragraph) -> str:
    return f"¶{p.number}" if p.number else "the order's opening paragraph"


def _topics(matter: Matter) -> str:
    heads = [f"{p.heading.lower()} (¶{p.number})" for p in matter.order.paragraphs
             if p.heading and p.number]
    return "; ".join(heads)


def lookup_reply(matter: Matter, question: str, topic_words: str = "") -> Reply | None:
    """The best-answering sentence, or None when nothing in the order is close enough.
    `topic_words` widen the search ("cap" finds the page limit) but are not the asker's."""
    hits = best_sentences(matter.order.paragraphs, f"{question} {topic_words}".strip())
    if not hits or hits[0].score < MIN_SCORE:
        return None
    top = hits[0]
    if set(terms(question)) & set(terms(top.sentence)):
        text = f"Here is what the order says about that: {_label(top.paragraph)} “{top.sentence}”"
    else:
        # Matched only through synonyms ("parking at the courthouse" finding the Teams links):
        # the nearest sentence, not an answer, and the first words say so.
        text = (f"The order doesn't say so directly; the nearest it comes is "
                f"{_label(top.paragraph)} “{top.sentence}”")
    more = tuple(f"- {_label(h.paragraph)} “{h.sentence}”" for h in hits[1:]
                 if h.score >= MIN_SCORE and h.sentence != top.sentence)
    return Reply(text=text, intent="lookup", title=matter_title(matter), matter=matter.docket,
                 details=more)


def not_in_order_reply(matter: Matter) -> Reply:
    covers = _topics(matter)
    text = "The order doesn't speak to that." + (f" It covers: {covers}." if covers else "")
    return Reply(text=text, intent="lookup", title=matter_title(matter), matter=matter.docket,
                 ephemeral=True)


def paragraph_reply(matter: Matter, number: str) -> Reply:
    found = next((p for p in matter.order.paragraphs if p.number == number), None)
    if found is None:
        numbers = ", ".join(f"¶{p.number}" for p in matter.order.paragraphs if p.number)
        return Reply(text=f"The order has no ¶{number}; it has {numbers}.", intent="lookup",
                     matter=matter.docket, ephemeral=True)
    first, *rest = split_sentences(found.text) or [found.text]
    heading = f" {found.heading}:" if found.heading else ""
    details = tuple(f"“{s}”" for s in rest[:4])
    if len(rest) > 4:  # six lines at most: three sentences and a pointer to the rest
        details = (*details[:3], f"(and {len(rest) - 3} more sentences in ¶{number})")
    return Reply(text=f"¶{number}{heading} “{first}”", intent="lookup",
                 title=matter_title(matter), matter=matter.docket, details=details)
