"""Hypothesis strategies for damaged JSON payloads: a platform's real payload with fields
removed, replaced by values of the wrong type, or joined by fields nobody expects."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from tests.property.mutations import nasty_text

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | nasty_text,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON tree, as the keys/indexes leading to it."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


@st.composite
def damaged(draw: st.DrawFn, base: dict[str, Any], max_ops: int = 3) -> dict[str, Any]:
    """`base` with up to `max_ops` fields deleted, retyped or added, anywhere in the tree."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, max_ops))):
        paths = _paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = doc
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        op = draw(st.sampled_from(["delete", "retype", "add"]))
        if op == "delete":
            del parent[last]
        elif op == "retype":
            parent[last] = draw(json_values)
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
    return doc
