"""How warnings quote the order: a sentence clipped to a readable length, and which
sentences a warning already quotes (so a second safety net does not say it twice)."""

from __future__ import annotations

import re

from settleconf.core.order_parser.paragraphs import Sentence

_HEAD = 60
_QUOTE = re.compile(r'"([^"]+)"')


def clip(text: str, limit: int = 160) -> str:
    """The text whole up to `limit` characters, else cut there with '…'."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def told_openings(warnings: list[str]) -> set[str]:
    """The openings of the sentences the warnings already quote: a set, so checking each
    sentence against it stays linear however many warnings a long text gives (issue #11)."""
    return {q[:_HEAD] for w in warnings for q in _QUOTE.findall(w)}


def already_told(sentence: Sentence, told: set[str]) -> bool:
    return sentence.text[:_HEAD] in told
