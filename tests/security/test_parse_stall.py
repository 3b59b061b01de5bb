"""Issue #11: a big or pathological order must not stall the server.

No timings here: the algorithmic fixes are checked by counting the characters the
sentence splitter copies, and ~1 MB of pathological text is parsed in a subprocess under a
generous `timeout=` that only guards against a hang (the quadratic code took many minutes).
Speed is measured by bench/parse_slope.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import SupportsIndex

import pytest

from core.order_parser import sentences

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["Counsel", "shall", "deliver", "settlement", "statements", "to", "chambers", "by"]


class CountingStr(str):
    """A str that adds up the length of every slice taken of it."""

    copied = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        part = super().__getitem__(key)
        if isinstance(key, slice):
            CountingStr.copied += len(part)
        return part


def single_spaced(words: int) -> tuple[str, list[int]]:
    """Text as split_sentences sees it, and the position right after each word."""
    text = " ".join(WORDS[i % len(WORDS)] for i in range(words))
    ends, pos = [], 0
    for i in range(words):
        pos += len(WORDS[i % len(WORDS)])
        ends.append(pos)
        pos += 1
    return text, ends


def test_the_word_before_a_period_is_read_without_copying_the_text_before_it() -> None:
    text, ends = single_spaced(20_000)
    CountingStr.copied = 0
    counted = CountingStr(text)
    tokens = [sentences._token_before(counted, end) for end in ends]
    assert tokens[:3] == ["counsel", "shall", "deliver"]
    # Exactly the words themselves: searching each prefix copied ~1.3 GB here.
    assert CountingStr.copied == sum(len(WORDS[i % len(WORDS)]) for i in range(20_000))


def test_the_word_after_a_period_is_read_without_copying_the_rest() -> None:
    text, ends = single_spaced(20_000)
    CountingStr.copied = 0
    counted = CountingStr(text)
    following = [sentences._next_word(counted, end) for end in ends[:-1]]
    assert following[:3] == ["shall", "deliver", "settlement"]
    assert CountingStr.copied == 0


HANG_GUARD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
try:
    from core.order_parser import limits
    limits.MAX_CHARS = 10**7  # parse the whole megabyte: the algorithm is under test here
except ImportError:
    pass
from core.order_parser import parse_order
order = Path({example!r}).read_text("utf-8")
flat = " ".join(order.split()) + " "
shapes = {{
    "one run-on paragraph": flat,
    "no sentence ends": flat.replace(".", " ").replace("?", " ").replace("!", " "),
    "capitals only": "SETTLEMENT CONFERENCE ORDER ",
}}
piece = shapes[{shape!r}]
text = (piece * (1_000_000 // len(piece) + 1))[:1_000_000]
parsed = parse_order(text)
print(len(text), len(parsed.paragraphs) > 0)
"""


@pytest.mark.parametrize("shape", ["one run-on paragraph", "no sentence ends", "capitals only"])
def test_a_megabyte_of_pathological_text_is_parsed_at_all(shape: str) -> None:
    example = ROOT / "bot" / "examples" / "7-24-cv-00361-order-re-settlement-conference.txt"
    script = HANG_GUARD.format(root=str(ROOT), example=str(example), shape=shape)
    # A hang guard, not a speed claim: linear parsing takes seconds, quadratic took minutes.
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "1000000 True\n"
