"""Key words a PDF text layer split in two put back together: "set tlement con ference",
"Settle ment state ments", "Octo ber".

Text layers of justified PDFs sometimes put a space inside a word where the line was
stretched. The readers find the session and the duty by a few long words; split, the
conference goes unread. Two neighbouring pieces are joined only when together they make one
of those words and are not both common short words ("with in" stays two words). Linear: one
scan of the word pairs and a set look-up each.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.markup import word_set
from settleconf.core.order_parser.ocr_words import KEY_WORDS

# Long enough that two pieces of it are not an ordinary phrase by chance.
# Month names too: "Octo ber 14, 2020" loses the date.
_MONTHS = word_set("january february august september october november december")
# The short ones as well: a photographed page breaks "Ju|ly 20, 2027" at its line end, and no
# piece of march, april, june or july is an English word beside the other ("Mar ch", "Ju ly").
_SHORT_MONTHS = word_set("march april june july")
# A schedule's moving words too: "Discovery cut-off is extende d to June 16" loses the deadline.
_MOVING = word_set("extended continued rescheduled postponed including discovery deadline")
_JOINABLE = frozenset(w for w in KEY_WORDS if len(w) >= 6) | _MONTHS | _SHORT_MONTHS | _MOVING
# A word hyphenated where its line once broke, the break since run into a space: "settle- ment",
# "Wednes- day, March 31" (a weekday split so loses the date after it), "sub- mit". Any of
# the key words, months or weekdays, however short its pieces: the hyphen says it is one word.
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_HYPHEN_JOINABLE = frozenset(KEY_WORDS) | _MONTHS | _MOVING | _WEEKDAYS | word_set(
    "respond courtroom"
)
# In capitals, a word hyphenated at a line's end ("CON-\nFERENCE", "JU-\nLY 20"): the lower-case
# join in text_source.py leaves it, as it leaves a hyphenated name ("SMITH-\nJONES"); joined
# here when the whole is one of those words.
_CAPS_HYPHEN_JOINABLE = _HYPHEN_JOINABLE | _SHORT_MONTHS
_CAPS_HYPHEN_PAIR = re.compile(r"(?<![\w@./-])([A-Z]{2,})-[ \t]*\n[ \t]*(?=([A-Z]{2,})(?![\w@-]))")
# "busi-ness days": the same with no space left, inside a sentence.
_HYPHEN_PAIR = re.compile(r"(?<![\w@./-])([A-Za-z]{2,})-[ ]?(?=([a-z]{2,})(?![\w@-]))")
_SHORT_WORDS = word_set(
    "a an as at be by do for he in is it me no of on or so the to up us we with"
)
# The right piece is only looked at, not consumed, so it can be the left piece of the next pair.
# The split may fall at a line end too, the wrap taking the word's tail ("extende" | "d to"),
# on pleading paper with the next line's number between ("extende" | "8" | "d to", or
# "8 d to").
_PAIR = re.compile(
    r"(?<![\w@./-])([A-Za-z]{2,})(?:[ ]|[ ]?\n(?:[ \t]*\d{1,2}(?:[ \t]*\n|[ \t]+))?[ \t]*)"
    r"(?=([A-Za-z]+)(?![\w@-]))"
)


def join_split_words(text: str) -> str:
    """`text` with each key word that a single space (or a hyphen and a space) split put
    back whole."""

    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        whole = (left + right).lower()
        both_short = left.lower() in _SHORT_WORDS and right.lower() in _SHORT_WORDS
        if whole not in _JOINABLE or both_short:
            return m.group(0)
        if right[:1].isupper() and not left.isupper():
            return m.group(0)  # a capital inside a word is not how a split looks
        return left

    def join_hyphened(m: re.Match[str]) -> str:
        whole = (m.group(1) + m.group(2)).lower()
        return m.group(1) if whole in _HYPHEN_JOINABLE else m.group(0)

    def join_caps(m: re.Match[str]) -> str:
        whole = (m.group(1) + m.group(2)).lower()
        return m.group(1) if whole in _CAPS_HYPHEN_JOINABLE else m.group(0)

    text = _CAPS_HYPHEN_PAIR.sub(join_caps, text)
    return _PAIR.sub(join, _HYPHEN_PAIR.sub(join_hyphened, text))
