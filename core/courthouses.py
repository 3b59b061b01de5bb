"""A district court known by its courthouse's street address.

A letter to a magistrate judge, pasted with the judge's endorsement, often names no district:
its inside address is "Hon. X, United States Magistrate Judge, 500 Pearl Street, New York,
New York 10007". With no court, times have no zone and forward periods miss the state's
holidays (New York's Lincoln's Birthday and Election Day). Only the main courthouses whose
street and city are certain, each with its city, so another city's "601 Market Street" is
none of them; used only when the text names no court in any other way.
"""

from __future__ import annotations

import re

_ADDRESSES: tuple[tuple[str, str], ...] = (
    ("nysd", r"500\s+Pearl\s+Street,?\s+New\s+York"),
    ("nysd", r"40\s+Foley\s+Square,?\s+New\s+York"),
    ("nysd", r"300\s+Quarropas\s+Street,?\s+White\s+Plains"),
    ("nyed", r"225\s+Cadman\s+Plaza\s+East,?\s+Brooklyn"),
    ("nyed", r"100\s+Federal\s+Plaza,?\s+Central\s+Islip"),
    ("njd", r"50\s+Walnut\s+Street,?\s+Newark"),
    ("njd", r"402\s+East\s+State\s+Street,?\s+Trenton"),
    ("paed", r"601\s+Market\s+Street,?\s+Philadelphia"),
    ("mad", r"(?:One|1)\s+Courthouse\s+Way,?\s+Boston"),
)
_ADDRESS_RE = re.compile(
    "|".join(f"(?P<a{i}>{pattern})" for i, (_, pattern) in enumerate(_ADDRESSES)),
    re.IGNORECASE,
)


def court_id_at_address(flat: str) -> str | None:
    """The id of the court whose courthouse address comes first in the (single-spaced)
    text, or None."""
    m = _ADDRESS_RE.search(flat)
    if m is None or m.lastgroup is None:
        return None
    return _ADDRESSES[int(m.lastgroup[1:])][0]
