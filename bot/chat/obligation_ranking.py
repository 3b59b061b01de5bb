"""Which of an order's obligations a question names, and how surely.

Each obligation gets a profile: how strongly it owns each synonym group ("concept") and
each word of its id, title and description (3 for its head noun). A question's concepts and
words score every profile; the gap between the best and the next is the confidence. Nothing
here knows an order's ids: a new order's "confidential settlement statement" is found the
same way as the example's "ex parte letter".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.chat.question_kinds import KIND_WORDS
from settleconf.core.order import Obligation


@dataclass(frozen=True)
class Profile:
    """How strongly an obligation owns each concept and word (3 = its head noun)."""

    obligation: Obligation
    concepts: dict[str, float]
    words: dict[str, float]
    head: str | None


def content_words(text: str) -> list[str]:
    return [w for w in vocab.normalize(text.replace("_", " ")).split()
            if len(w) > 2 and w not in vocab.GENERIC_WORDS]


def concepts_in(text: str) -> dict[str, str]:
    """concept -> the words in `text` that express it."""
    found: dict[str, str] = {}
    for name, pattern in vocab.CONCEPTS.items():
        m = vocab.rx(pattern).search(text)
        if m:
            found[name] = m.group()
    return found


@lru_cache(maxsize=256)  # an order's obligations are asked about again and again
def profile(ob: Obligation) -> Profile:
    concepts: dict[str, float] = {}
    words: dict[str, float] = {}
    head: str | None = None
    # The last concept the id (else the title) names is what the duty produces:
    # "demand_response" is a response, "settlement_demand" a demand, and
    # "settlement_statement_email" a statement (e-mail is how it travels).
    for source in (ob.id.replace("_", " "), ob.title):
        norm = vocab.normalize(source)
        ends = [(m.end(), name) for name, pattern in vocab.CONCEPTS.items()
                for m in vocab.rx(pattern).finditer(norm)]
        if ends and head is None:
            head = max(ends)[1]
    for source, weight in ((ob.id.replace("_", " "), 2.0), (ob.title, 2.0), (ob.what, 1.0),
                           (ob.quote, 0.5)):
        norm = vocab.normalize(source)
        for name in concepts_in(norm):
            concepts[name] = max(concepts.get(name, 0.0), weight)
        if weight >= 1.0:
            for w in content_words(source):
                words[w] = max(words.get(w, 0.0), weight)
    if head is not None:
        concepts[head] = 3.0
    elif re.search(r"\boffers?\b", ob.id.replace("_", " ")):
        # a bare "settlement offer": the defendant's is its answer to the demand ("the defense
        # offer"), the plaintiff's is its demand; not its head, so "our offer" still finds it
        # by its own word
        who = ob.who.lower()
        side = "response" if "defend" in who else "demand" if "plaintiff" in who else None
        if side is not None:
            concepts[side] = max(concepts.get(side, 0.0), 2.0)
    return Profile(ob, concepts, words, head)


def _score(p: Profile, asked: dict[str, str], tokens: set[str]) -> tuple[float, list[str]]:
    score = 0.0
    why: list[str] = []
    for name, said in asked.items():
        if name in p.concepts:
            score += p.concepts[name]
            why.append(said)
        else:
            score -= 0.5  # the question names something this duty is not about
    for w in tokens:
        if w in p.words and w not in vocab.GENERIC_WORDS:
            score += p.words[w]
            why.append(w)
    if p.head is not None and p.head not in asked and score > 0:
        score -= 1.0  # a letter question that merely shares a word with the hard copy
    return score, why


def rank(
    profiles: Sequence[Profile], norm: str, party: str | None = None
) -> list[tuple[float, Obligation, list[str]]]:
    asked = concepts_in(norm)
    # Words that already counted through a concept ("ex parte", "letter") don't count twice.
    covered = {w for p in vocab.CONCEPTS.values() for m in re.finditer(p, norm)
               for w in m.group().split()}
    tokens = set(norm.split()) - covered
    ranked = []
    for p in profiles:
        score, why = _score(p, asked, tokens)
        # The side the question names breaks ties between one side's duty and the other's.
        if score > 0 and party and party in f"{p.obligation.who} {p.obligation.id}".lower():
            score += 0.5
        if score > 0:
            ranked.append((score, p.obligation, why))
    ranked.sort(key=lambda r: -r[0])
    return _break_tie(ranked, set(norm.split()))


def _break_tie(
    ranked: list[tuple[float, Obligation, list[str]]], said: set[str]
) -> list[tuple[float, Obligation, list[str]]]:
    """Duties tied on what they share ("counteroffer" and "counteroffer reply" for "when's
    our counter due?") are told apart by the words only one of them has: the one whose own
    words the question says, or does not leave out, is meant."""
    if len(ranked) < 2:
        return ranked
    if ranked[0][0] != ranked[1][0]:
        return _narrower_first(ranked, said)
    tied = [r for r in ranked if r[0] == ranked[0][0]]
    words = [set(content_words(f"{ob.id} {ob.title}")) for _, ob, _ in tied]
    fits, named = [], []
    for i, own in enumerate(words):
        others = set().union(*(w for j, w in enumerate(words) if j != i))
        distinct = own - others
        # (a duty with words of its own the question leaves out is never lifted: "when does
        # discovery close?" names neither "class certification" discovery nor the other)
        fits.append(len(distinct & said) if not distinct - said else -1)
        named.append(bool(distinct & said))
    best = max(fits)
    if best < 0 or fits.count(best) > 1 or sum(named) > (best > 0):
        return ranked  # (both named: "is the demand due before the letter?" compares them)
    return _lift(ranked, tied[fits.index(best)])


def _narrower_first(
    ranked: list[tuple[float, Obligation, list[str]]], said: set[str]
) -> list[tuple[float, Obligation, list[str]]]:
    """The leader is meant when the words only it has are all said and the runner-up's own
    words are not: "motions in limine" against "response to motions in limine" (it has none of
    its own), "the defense settlement statement" against the plaintiff's (its "defendant")."""
    (_, top, _), (_, second, _) = ranked[0], ranked[1]
    mine = set(content_words(f"{top.id} {top.title}"))
    theirs = set(content_words(f"{second.id} {second.title}"))
    # (not when the runner-up is named whole as well: "the demand and response are done")
    if mine != theirs and (mine - theirs) <= said and not (theirs - mine) & said and not (
            mine - theirs and theirs <= said):
        return _lift(ranked, ranked[0])
    named = {side for side in ("plaintiff", "defendant") if side in said or f"{side}s" in said}
    if mine == theirs and _side(top) and _side(top) != _side(second) and _side(top) <= named:
        return _lift(ranked, ranked[0])  # one paper a side, the side named
    return ranked


def _side(ob: Obligation) -> set[str]:
    words = set(re.findall(r"[a-z]+", f"{ob.id} {ob.who}".lower().replace("_", " ")))
    return {side for side in ("plaintiff", "defendant") if side in words or f"{side}s" in words}


def _lift(
    ranked: list[tuple[float, Obligation, list[str]]],
    meant: tuple[float, Obligation, list[str]],
) -> list[tuple[float, Obligation, list[str]]]:
    score, ob, why = meant
    lifted = (score + 2.0, ob, why)  # clear of the rest: it is the one meant
    return sorted([lifted, *(r for r in ranked if r is not meant)], key=lambda r: -r[0])


def confidence(ranked: list[tuple[float, Obligation, list[str]]]) -> float:
    if not ranked:
        return 0.0
    best = ranked[0][0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    # Strength gates separation: a lone match on a word of the description (weight 1)
    # is never confident, however far ahead of nothing it is.
    return round(min(1.0, best / 3.0) * (0.4 + 0.6 * (best - second) / best), 2)


def foreign_deadline(norm: str, profiles: Sequence[Profile]) -> str | None:
    """A litigation deadline this order does not set ('reply brief'), unless it does.

    The order sets it when one of its obligations names the phrase's distinctive words
    (not its head noun: every order has a "statement" or a "letter", few a "mediation"
    one) in its id or title, or shares their concept ("confer" ~ "negotiation")."""
    for pattern in vocab.FOREIGN_DEADLINES:
        m = re.search(pattern, norm)
        if m is None:
            continue
        phrase = re.sub(r"^the ", "", m.group())
        # (a phrase of nothing but a document noun, "motion", is owned by a duty named by it:
        # "Motion to appear by phone or video")
        key = [w for w in phrase.split()
               if w not in vocab.GENERIC_WORDS and w not in vocab.DOCUMENT_NOUNS] or [
            w for w in phrase.split() if w not in vocab.GENERIC_WORDS]
        owned = any(
            p.words.get(w, 0) >= 2 or p.words.get(w.rstrip("s"), 0) >= 2
            or p.words.get(f"{w}s", 0) >= 2
            or any(p.concepts.get(c, 0) >= 2 for c in concepts_in(w))
            for w in key for p in profiles
        )
        if not owned:
            return phrase
    return None


@lru_cache(maxsize=64)
def extra_words(obligations: tuple[Obligation, ...]) -> frozenset[str]:
    words = (w for ob in obligations for w in content_words(f"{ob.id} {ob.title} {ob.what}"))
    return KIND_WORDS | frozenset(words)
