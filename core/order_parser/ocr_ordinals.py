"""Ordinal suffixes that OCR turned into quote marks: "April 14'\",2008", "this 26'h day of
February", "the 28\"' day of September".

A scanned "14th" set as a superscript often comes out of OCR as one or two apostrophes or
quote marks, sometimes with the "h" left over. The date readers then see no date at all,
and a conference or an order date is silently lost. Only marks between a day number and
what makes it a day (a month before it and a year after it, or "day of" after it) are
taken out; a quote mark anywhere else ("the 'May 5' letter") is text. Linear: two scans.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.dates_in_text import MONTH

# What a superscript "th"/"st"/"nd"/"rd" is read as: one or two quote-like marks, perhaps
# with one letter of the suffix left.
_MARKS = r"['\"‘’“”`´]{1,2}[a-z]?"
_BEFORE_YEAR = re.compile(
    # the month may be glued to the word before it ("forApril 14'\",2008"): a lost space
    rf"(?i)(?:\b|(?<=[a-z]))({MONTH}\.?[^\S\n]+\d{{1,2}}){_MARKS}"
    r"(?=[^\S\n]*,?[^\S\n]*(?:19|20)\d\d(?!\d))"
)
_BEFORE_DAY_OF = re.compile(rf"(?i)(?<![\d\w])(\d{{1,2}}){_MARKS}(?=[^\S\n]+day[^\S\n]+of\b)")


def mend_ordinals(text: str) -> str:
    """`text` with an OCR-mangled ordinal after a day number read as no suffix."""
    return _BEFORE_DAY_OF.sub(r"\1", _BEFORE_YEAR.sub(r"\1", text))
