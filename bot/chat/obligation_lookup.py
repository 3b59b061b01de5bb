"""`done letter`, `why demand`: find the obligation a short name refers to."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from settleconf.core.order import Obligation

_WORD = re.compile(r"[a-z0-9]+")
_STOP = {"the", "a", "an", "our", "my", "their", "to", "of", "for", "is", "it", "item", "with"}


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower().replace("_", " ")) if w not in _STOP}


class LookupResult:
    def __init__(self, found: Obligation | None, candidates: Sequence[Obligation]) -> None:
        self.found = found
        self.candidates = tuple(candidates)


def find_obligation(obligations: Sequence[Obligation], text: str) -> LookupResult:
    """Exact id first; then the obligation sharing the most words with the request
    (id and title), with close spellings counted; ties are ambiguous, not guessed."""
    wanted = text.strip().lower().replace(" ", "_")
    for ob in obligations:
        if ob.id == wanted:
            return LookupResult(ob, [ob])
    asked = _words(text)
    if not asked:
        return LookupResult(None, [])
    scored: list[tuple[float, Obligation]] = []
    for ob in obligations:
        have = _words(f"{ob.id} {ob.title}")
        score = 0.0
        for w in asked:
            if w in have:
                score += 1
            elif difflib.get_close_matches(w, list(have), n=1, cutoff=0.8):
                score += 0.8
        if score:
            scored.append((score, ob))
    if not scored:
        return LookupResult(None, [])
    scored.sort(key=lambda s: -s[0])
    best = scored[0][0]
    top = [ob for s, ob in scored if s == best]
    return LookupResult(top[0] if len(top) == 1 else None, top)
