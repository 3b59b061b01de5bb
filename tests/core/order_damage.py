"""Realistic damage to an order's text: what PDF extraction, OCR, word processors and
copy-paste do to orders the parser has never seen (issue #13, "typos and broken text").

Each kind is a pure function `(text, rng) -> text`; the same seed gives the same damage,
so a failure found by hypothesis or by bench/parse_robustness.py can be replayed. The
damage keeps the order's meaning: a lawyer reading the damaged text would still find every
date in it. Dates and numbers are never altered except where the kind is about them
(date spacing, number style).
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable
from itertools import pairwise

Damage = Callable[[str, random.Random], str]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATE = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s*(\d{{4}})\b")
_DATE_WORDS = re.compile(
    rf"^(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|a\.m|p\.m)",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(\*\*)?(\d{1,2})\.(\*\*)?(?=\s)")
_CLOSING = re.compile(r"^\s*(?:(?:it\s+is\s+)?so\s+ordered|dated\b|date\s*:)", re.IGNORECASE)


def _wrap(text: str, rng: random.Random, *, hyphenate: bool = False) -> list[str]:
    """Long lines hard-wrapped the way a PDF text layer wraps them; a blank line stays."""
    width = rng.randint(62, 84)
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        if hyphenate:
            wrapped = _hyphenate(wrapped, rng)
        out.extend(wrapped)
    return out


def _hyphenate(lines: list[str], rng: random.Random) -> list[str]:
    """Move part of the next line's first long word up with a hyphen: "settle-" / "ment"."""
    out = list(lines)
    for i in range(len(out) - 1):
        m = re.match(r"([a-z][a-z]{5,})(?=[\s.,;:]|$)", out[i + 1])
        if m and rng.random() < 0.6:
            word = m.group(1)
            cut = rng.randint(3, len(word) - 3)
            out[i] = f"{out[i]} {word[:cut]}-"
            out[i + 1] = word[cut:] + out[i + 1][m.end() :]
    return out


def page_breaks(text: str, rng: random.Random) -> str:
    """Page furniture in the middle of sentences: the ECF stamp, a page number, a
    running head, between two lines of a wrapped paragraph (one right inside a date)."""
    lines = _wrap(text, rng)
    pages = rng.randint(3, 6)
    head = rng.choice(
        [
            "Case 1:21-cv-04417-ABC Document 32 Filed 03/15/21 Page {n} of {m}",
            "Page {n} of {m}",
            "- {n} -",
            "Case No. 2:19-cv-01852-KJD-NJK\nPage {n} of {m}",
        ]
    )
    stamp = "\n" + head.format(n=1, m=pages) + "\n"
    # Prefer a break right after a month or a day, where it splits a date.
    inside_date = [i for i, ln in enumerate(lines[:-1]) if re.search(rf"(?:{_MONTHS})$", ln)]
    prose = [i for i, ln in enumerate(lines[:-1]) if len(ln) > 40]
    spots = set(rng.sample(prose, min(len(prose), pages - 1)))
    if inside_date:
        spots.add(rng.choice(inside_date))
    out = [stamp.strip("\n")] if "Case 1:" in head else []
    n = 1
    for i, line in enumerate(lines):
        out.append(line)
        if i in spots:
            n += 1
            out += ["", "", head.format(n=n, m=pages), ""]
    return "\n".join(out)


def pleading_numbers(text: str, rng: random.Random) -> str:
    """Pleading paper: line numbers 1-28 down the margin, inside every wrapped sentence,
    on lines of their own or in front of the text."""
    if sum(1 for ln in text.split("\n") if re.fullmatch(r"\s*\d{1,2}\s*", ln)) >= 6:
        return text  # already on pleading paper: numbering it twice is no real damage
    lines = _wrap(text, rng)
    own_line = rng.random() < 0.5
    out: list[str] = []
    for i, line in enumerate(lines):
        n = i % 28 + 1
        if own_line:
            out += [str(n), line]
        else:
            out.append(f"{n} {line}".rstrip())
    return "\n".join(out)


def date_spacing(text: str, rng: random.Random) -> str:
    """Lost and extra spaces around dates: "June 2,2021", "onMay 5, 2021", "June 2 , 2021"."""

    def respace(m: re.Match[str]) -> str:
        month, day, year = m.group(1), m.group(2), m.group(3)
        return rng.choice(
            [
                f"{month} {day},{year}",
                f"{month}  {day}, {year}",
                f"{month} {day} , {year}",
                f"{month} {day},  {year}",
                f"{month} {day} ,{year}",
            ]
        )

    text = _DATE.sub(respace, text)
    # The space before a date lost: "onMay 5", "byJune 2".
    return re.sub(
        rf"\b(on|by|before|than|for)\s+(?=(?:{_MONTHS})\b)",
        lambda m: m.group(1) if rng.random() < 0.5 else m.group(0),
        text,
    )


def hyphen_wrap(text: str, rng: random.Random) -> str:
    """Hard-wrapped lines with words split across them by a hyphen."""
    return "\n".join(_wrap(text, rng, hyphenate=True))


# Letters OCR confuses, in words that are not dates: never a digit for a letter.
_OCR = (("rn", "m"), ("m", "rn"), ("e", "c"), ("l", "I"), ("i", "l"), ("h", "b"), ("u", "n"))


def ocr_swaps(text: str, rng: random.Random) -> str:
    """One misread letter in about one word in forty (never a month, weekday or number)."""

    def misread(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < 4 or _DATE_WORDS.match(word) or rng.random() > 0.025:
            return word
        options = [(a, b) for a, b in _OCR if a in word[1:]]
        if not options:
            return word
        a, b = rng.choice(options)
        at = word.index(a, 1)
        return word[:at] + b + word[at + len(a) :]

    return re.sub(r"[A-Za-z]+", misread, text)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
          "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")


def renumbered(text: str, rng: random.Random) -> str:
    """Numbered paragraphs in another style or starting elsewhere: "3)", "(3)", "III.",
    "¶ 3", or numbered from 4 in an excerpt."""
    style = rng.choice(["paren", "both", "roman", "shift"])
    shift = rng.randint(2, 6)

    def number(m: re.Match[str]) -> str:
        n = int(m.group(2))
        if style == "paren":
            return f"{n})"
        if style == "both":
            return f"({n})"
        if style == "roman" and n <= len(_ROMAN):
            return f"{_ROMAN[n - 1]}."
        return f"{n + shift}."

    return "\n".join(_NUMBERED.sub(number, ln) for ln in text.split("\n"))


def reordered(text: str, rng: random.Random) -> str:
    """The numbered paragraphs in another order (an excerpt pasted out of order); the
    caption before them and the closing after them stay where they are."""
    lines = text.split("\n")
    starts = [i for i, ln in enumerate(lines) if _NUMBERED.match(ln)]
    if len(starts) < 2:
        return text
    end = next(
        (i for i in range(starts[-1] + 1, len(lines)) if _CLOSING.match(lines[i])), len(lines)
    )
    bounds = [*starts, end]
    units = [lines[a:b] for a, b in pairwise(bounds)]
    rng.shuffle(units)
    return "\n".join(lines[: starts[0]] + [ln for u in units for ln in u] + lines[end:])


_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three",
          "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight",
          "twenty-nine", "thirty")
_WORD_NUMBER = "|".join(sorted(_WORDS, key=len, reverse=True))
_PERIOD = re.compile(
    rf"\b(?:(?P<w>{_WORD_NUMBER})\s*\((?P<wd>\d{{1,2}})\)|(?P<word>{_WORD_NUMBER})|"
    rf"(?P<d>\d{{1,2}}))(?P<rest>\s+(?:full\s+|business\s+|court\s+|calendar\s+|judicial\s+)?"
    r"(?:days?|weeks?|hours?)\b)",
    re.IGNORECASE,
)


def number_style(text: str, rng: random.Random) -> str:
    """Periods written another way: "seven (7) days" / "seven days" / "7 days" / "(7) days"."""

    def restyle(m: re.Match[str]) -> str:
        raw = m.group("wd") or m.group("d")
        if raw is None:
            word = m.group("word").lower()
            n = _WORDS.index(word) + 1
        else:
            n = int(raw)
        if not 1 <= n <= len(_WORDS):
            return m.group(0)
        word = _WORDS[n - 1]
        if m.group(0)[:1].isupper():
            word = word.capitalize()
        form = rng.choice([f"{word} ({n})", word, str(n), f"({n})"])
        return form + m.group("rest")

    return _PERIOD.sub(restyle, text)


def curly_quotes(text: str, rng: random.Random) -> str:
    """Straight quotes turned typographic, or typographic ones straightened."""
    if rng.random() < 0.5:
        text = re.sub(r"(?<=\w)'", "\u2019", text)
        text = re.sub(r"'(?=\w)", "\u2018", text)
        text = re.sub(r'"(?=\w)', "\u201c", text)
        return text.replace('"', "\u201d")
    straight: dict[str, str | int | None] = {"\u2018": "'", "\u2019": "'", "\u201c": '"',
                                             "\u201d": '"'}
    return text.translate(str.maketrans(straight))


def nbsp(text: str, rng: random.Random) -> str:
    """No-break and other fixed-width spaces, as word processors put them in dates and
    times ("June\u00a02,\u00a02021", "10:00\u00a0a.m.") and elsewhere at random."""
    spaces = ("\u00a0", "\u202f", "\u2007", "\u2002")
    return re.sub(" ", lambda m: rng.choice(spaces) if rng.random() < 0.3 else " ", text)


def caps_headings(text: str, rng: random.Random) -> str:
    """All-capitals headings: short title lines upper-cased, and a heading line put above
    some paragraphs ("SETTLEMENT STATEMENTS")."""
    headings = ("SETTLEMENT CONFERENCE STATEMENTS", "ATTENDANCE", "PRE-CONFERENCE EXCHANGE",
                "CONFIDENTIALITY", "DEADLINES", "OTHER MATTERS")
    out: list[str] = []
    prev = ""
    for line in text.split("\n"):
        plain = line.strip()
        short = 0 < len(plain) <= 60 and not re.search(r"[.;,]$", plain)
        starts = not prev.strip() or re.search(r"[.:]$", prev.strip())
        if short and starts and plain[:1].isupper() and not re.search(r"\d", plain):
            line = line.upper()
        elif re.search(r"[.:]$", prev.strip()) and len(plain) > 60 and rng.random() < 0.4:
            out.append(rng.choice(headings))
        out.append(line)
        prev = line
    return "\n".join(out)


def windows_lines(text: str, rng: random.Random) -> str:
    """Windows line ends, sometimes with trailing spaces or old Mac carriage returns."""
    end = rng.choice(["\r\n", "\r\n", " \r\n", "\r"])
    return text.replace("\n", end)


DAMAGES: dict[str, Damage] = {
    "page breaks": page_breaks,
    "pleading numbers": pleading_numbers,
    "date spacing": date_spacing,
    "hyphen wrap": hyphen_wrap,
    "ocr swaps": ocr_swaps,
    "renumbered": renumbered,
    "reordered": reordered,
    "number style": number_style,
    "curly quotes": curly_quotes,
    "nbsp": nbsp,
    "caps headings": caps_headings,
    "windows lines": windows_lines,
}


def damage(kind: str, text: str, seed: int) -> str:
    return DAMAGES[kind](text, random.Random(f"{kind}:{seed}"))
