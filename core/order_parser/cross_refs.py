"""Cross-references inside a duty's words: "(see ¶ 2)", "(see ECF No. 14)", "(cf. paragraph 3
above)". They say where to read more, not what the duty is, when it is due or what a number
in the row counts."""

from __future__ import annotations

import re

CROSS_REF = r"\(\s*(?:see|cf\.?)\s[^()]{1,40}\)"
_CROSS_REF = re.compile(CROSS_REF, re.IGNORECASE)


def uncited(text: str) -> str:
    """`text` with its cross-references blanked (same length: offsets still hold)."""
    return _CROSS_REF.sub(lambda m: " " * len(m.group(0)), text)


# A table's source column after a row's period: "Order ¶ 2", "¶ 4(b)", "LCvR 16.2(D)",
# "L. Civ. R. 16.1", "Local Rule 16.5".
SOURCE_CELL = (
    r"(?:(?:(?:the\s+)?order\s+)?(?:¶+|§+|paras?\.|paragraphs?)"
    r"|L\.?\s?(?:Civ\.?\s?)?R\.?|LCvR|Local\s+(?:Civil\s+)?Rule)\s*[\w.()-]{1,12}"
)
