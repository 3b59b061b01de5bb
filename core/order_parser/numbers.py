"""Numbers as orders write them: "five (5)", "ten(10)", "7", "twenty-one", "14 (fourteen)".

Hand-written: the number-word libraries on the registries parse whole phrases, not the
legal "word (digits)" doubling, and the vocabulary needed here is small and closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# "the third business day preceding the conference": the count as an ordinal.
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
# ... and past the tenth: "the twenty-first day after the date of this Order"
_TEENTHS = (
    "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORDINALS.update({w: 11 + i for i, w in enumerate(_TEENTHS.split())})
for _tens, _tens_value in (("twent", 20), ("thirt", 30), ("fort", 40), ("fift", 50), ("sixt", 60)):
    _ORDINALS[f"{_tens}ieth"] = _tens_value
    for _unit, _unit_value in list(_ORDINALS.items())[:9]:
        _ORDINALS[f"{_tens}y-{_unit}"] = _tens_value + _unit_value
ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th)"


def ordinal_value(text: str) -> int | None:
    """The value of an ORDINAL ("third" -> 3, "5th" -> 5), or None."""
    word = text.strip().lower()
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word)
    return int(digits.group(1)) if digits else _ORDINALS.get(word)


_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_WORDS = "|".join(_TENS)
# "twenty-one", "twenty one", "twenty", "seven"; longest alternatives first.
_BELOW_100 = rf"(?:(?:{_TENS_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
# "one hundred twenty (120) days", "one hundred and eighty days": the hundreds first, or the
# count read as its tail ("twenty (120)") and flagged as written two ways.
WORD_NUMBER = (
    rf"(?:(?:{_UNIT_WORDS})[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?{_BELOW_100})?|{_BELOW_100})"
)
# No named groups: the pattern is embedded, sometimes twice, in larger expressions.
# Never the tail of a longer word: "fourty-five" (a typo) is not "five".
NUMBER = (
    rf"(?<![\w-])(?:{WORD_NUMBER}\s*\(\s*\d{{1,3}}\s*\)"  # five (5), ten(10)
    rf"|\d{{1,3}}\s*\(\s*{WORD_NUMBER}\s*\)"  # 14 (fourteen)
    rf"|\(\s*\d{{1,3}}\s*\)(?=\s|$)"  # (5): the word of "five (5)" lost
    rf"|{WORD_NUMBER}(?![\w-])"
    rf"|\d{{1,3}}(?![\d,:/.]\d))"  # not part of 1,000 / 2:30 / 6/23 / 1.5
)
_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)
_WORD_RE = re.compile(WORD_NUMBER, re.IGNORECASE)


@dataclass(frozen=True)
class NumberReading:
    value: int
    # Set when the words and the digits disagree ("five (7)"): the value is the digits,
    # which is what a reader checks, but a person must look.
    conflict: str | None = None


def word_value(word: str) -> int | None:
    """The value of a number word ("twenty-one" -> 21), or None."""
    parts = re.split(r"[\s-]+", word.strip().lower())
    if len(parts) >= 2 and parts[1] == "hundred" and parts[0] in _UNITS:
        rest = [w for w in parts[2:] if w != "and"]
        tail = word_value(" ".join(rest)) if rest else 0
        return None if tail is None or tail >= 100 else _UNITS[parts[0]] * 100 + tail
    if len(parts) == 1:
        return _UNITS.get(parts[0], _TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and _UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def read_number(text: str) -> NumberReading | None:
    """The value of a whole NUMBER match ("five (5)" -> 5), or None if it is not one."""
    text = text.strip()
    if not _NUMBER_RE.fullmatch(text):
        return None
    digits = re.search(r"\d+", text)
    word = _WORD_RE.search(text)
    word_val = word_value(word.group(0)) if word else None
    if digits is None:
        return None if word_val is None else NumberReading(word_val)
    value = int(digits.group(0))
    if word_val is not None and word_val != value:
        return NumberReading(value, f"the order writes the number two ways ({text})")
    return NumberReading(value)


def normalize_numbers(text: str) -> str:
    """Doubled numbers as plain digits: "ten (10) pages" -> "10 pages" (for conditions)."""

    def repl(m: re.Match[str]) -> str:
        reading = read_number(m.group(0))
        return str(reading.value) if reading and reading.conflict is None else m.group(0)

    doubled = rf"{WORD_NUMBER}\s*\(\s*\d{{1,3}}\s*\)|\d{{1,3}}\s*\(\s*{WORD_NUMBER}\s*\)"
    return re.sub(doubled, repl, text, flags=re.IGNORECASE)
