"""An order that makes other rules part of itself without setting them out: "The parties shall
comply with Judge Trevanian's Settlement Conference Procedures, available on the Court's
website", "as set forth in Local Rule 16.5(b)", "the practice guidelines of the undersigned,
posted on the Court's website", "The remaining requirements of Local Rule 16.1(d), which are
not reproduced here, also apply".

Their deadlines bind the parties but are not in the text, so nothing can be dated from them:
the reader says so, as a warning -- never a date. Procedures pasted below the order ("(attached)",
"attached as Appendix A", "reproduced below") are read as the order's own sentences and need
no warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.order_parser.quoting import clip

_SOURCE = (
    r"(?:settlement\s+(?:conference\s+)?(?:procedures|guidelines|practices|requirements)"
    r"|standing\s+order|practice\s+(?:guidelines|standards|procedures)|practices\s+and\s+procedures"
    r"|local\s+(?:civil\s+)?rules?\s+\d[\w.()]{0,12})"
)
_BINDS = (
    r"(?:comply|accordance|set\s+forth\s+in|governed\s+by|follow|incorporated|appl(?:y|ies)|"
    r"requirements\s+of|as\s+though\s+set\s+out)"
)
_REFERS = re.compile(rf"\b{_SOURCE}\b.{{0,200}}?\b{_BINDS}|\b{_BINDS}\b.{{0,120}}?\b{_SOURCE}",
                     re.IGNORECASE | re.DOTALL)
_ELSEWHERE = re.compile(
    r"\b(?:available\s+(?:on|at|from)|posted\s+(?:on|at)|website|www\.|https?://"
    r"|not\s+(?:reproduced|set\s+out|attached|restated)|incorporated\s+(?:here\s+|herein\s+)?by\s+"
    r"reference)",
    re.IGNORECASE,
)
_PASTED = re.compile(
    r"\(attached\)|\battached\s+(?:as|hereto|to\s+this)|\breproduced\s+below|\bset\s+out\s+below"
    r"|\bbelow\s+and\s+incorporated|\brelevant\s+portions\s+of\s+which",
    re.IGNORECASE,
)
INCORPORATED = "The order incorporates rules that are not set out in its text"


def incorporated_warnings(sentences: Sequence[Sentence]) -> list[str]:
    """One warning for each sentence that binds the parties to rules kept elsewhere (two at
    most: the rest say the same)."""
    out: list[str] = []
    for s in sentences:
        text = " ".join(s.text.split())
        if len(text) > 600 or not _REFERS.search(text):
            continue
        if _PASTED.search(text) and not re.search(r"\bnot\s+reproduced\b", text, re.I):
            continue
        if not _ELSEWHERE.search(text):
            continue
        quote = clip(text, 200)
        out.append(
            f'{INCORPORATED} ("{quote}"); any deadlines they set are not read here and have no '
            "date in this schedule: check them in those rules."
        )
        if len(out) == 2:
            break
    return out
