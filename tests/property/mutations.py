"""Hypothesis strategies that damage valid input the ways real input gets damaged: typos,
lost and repeated lines, truncation, stray bytes, runaway whitespace."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

# Characters that have broken text handling elsewhere: NUL, BOM, bidi overrides, zero-width
# and no-break spaces, typographic dashes, a lone combining mark, line and paragraph separators.
NASTY = "\x00\ufeff\u202e\u202d\u200b\u00a0\u2011\u2013\u2014\u0301\u2028\u2029\r\t\f\x1b"
nasty_text = st.text(alphabet=st.characters() | st.sampled_from(NASTY), max_size=40)
# Bytes decoded the way read_order_text decodes a text file (errors="replace"), and as
# latin-1 so every control character can appear.
garbage = st.binary(max_size=64).flatmap(
    lambda b: st.sampled_from([b.decode("utf-8", errors="replace"), b.decode("latin-1")])
)
huge_whitespace = st.builds(
    lambda char, n: char * n, st.sampled_from([" ", "\n", "\t", "\r\n", "\u00a0"]),
    st.integers(1_000, 60_000),
)


@st.composite
def char_mutations(draw: st.DrawFn, base: str, max_ops: int = 4) -> str:
    """`base` with a few characters inserted, deleted, replaced or repeated."""
    text = base
    for _ in range(draw(st.integers(0, max_ops))):
        pos = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "replace", "repeat", "truncate"]))
        if op == "insert":
            text = text[:pos] + draw(nasty_text) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 5)) :]
        elif op == "replace" and pos < len(text):
            text = text[:pos] + draw(st.characters()) + text[pos + 1 :]
        elif op == "repeat":
            text = text[:pos] + text[pos : pos + 4] * draw(st.integers(2, 6)) + text[pos:]
        elif op == "truncate":
            text = text[:pos]
    return text


@st.composite
def line_mutations(draw: st.DrawFn, base: str, max_ops: int = 5) -> str:
    """`base` (a document) with lines lost, repeated or swapped, the end cut off, garbage
    or a flood of whitespace inserted."""
    lines: list[str] = base.splitlines()
    for _ in range(draw(st.integers(1, max_ops))):
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        op = draw(
            st.sampled_from(["delete", "duplicate", "swap", "garbage", "whitespace", "chars"])
        )
        if not lines:
            lines = [draw(nasty_text)]
        elif op == "delete":
            del lines[i : i + draw(st.integers(1, 4))]
        elif op == "duplicate":
            lines[i:i] = lines[i : i + draw(st.integers(1, 3))] * draw(st.integers(1, 3))
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "garbage":
            lines.insert(i, draw(garbage))
        elif op == "whitespace":
            lines[i] = lines[i] + draw(huge_whitespace)
        else:
            lines[i] = draw(char_mutations(lines[i]))
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


def mutated(bases: Sequence[str], *, lines: bool = False) -> st.SearchStrategy[str]:
    """One of `bases`, damaged."""
    mutate = line_mutations if lines else char_mutations
    return st.sampled_from(list(bases)).flatmap(mutate)
