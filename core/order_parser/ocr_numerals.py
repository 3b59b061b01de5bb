"""Numbers, numeric dates and a.m./p.m. back from OCR's letter-for-digit misreadings, each
only where its neighbours leave no doubt: "fourteen (l4) days", "1O (ten) days",
"ten (lO) days", "O6/l5/2O27", "at 10:00 a.rn.".

A scanned "1" is read as "l" or "I", a "0" as "O", an "m" as "rn". ocr_dates.py mends a
month's name, its day and year and an "hh:mm" time; what it leaves here hides the period
of a deadline ("fourteen (l4) days" is no number) or a whole date ("O5/2l/2027"). Mended:

- a count in parentheses beside a number word, or beside one in parentheses: the word
  says it is a number (beside the word, S is 5 and B is 8: "five (S)"). The digits are read
  as printed; if they then disagree with the word ("seven (1O)"), numbers.py flags the
  conflict for review, as for any order; so is a count OCR split with a space beside its
  word ("twenty-one (2 1) days");
- a bare count with a real digit in it before a period's unit ("l4 days", "1O business
  days");
- a slashed date whose three fields hold only digits and those letters, with a month of
  1-12, a day of 1-31 and a four-figure year 19xx or 20xx ("6/l2/26", its year cut to two
  figures, stays unread and is said by the reader that finds it, as before);
- "a.rn." / "p.rn." right after a clock time, a clock time's colon read as ";" (or as
  "." with a letter in the time: "l0.00 a.m.") and a space put into it ("1 0:00", "10 :00")
  before a.m./p.m.

A bare "l" or "O" anywhere else (a case number "27-cv-0l844", "Room l0", "Form O") is left
as it is. Every repair is logged, so the reader can tell the lawyer what it changed.
Linear: five scans, each anchored on a short fixed shape.
"""

from __future__ import annotations

import re

from settleconf.core.order_parser.numbers import WORD_NUMBER

Repairs = list[tuple[str, str]]

_DIGIT_OF = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0", "S": "5", "B": "8"})
# One to three digit-like characters with at least one letter among them.
_COUNT = r"(?=[\dlIOo]{0,2}[lIOo])[\dlIOo]{1,3}"
# Beside its number word a count may also hold S for 5 and B for 8 ("five (S)").
_WORDED_COUNT = r"(?=[\dlIOoSB]{0,2}[lIOoSB])[\dlIOoSB]{1,3}"
_WORD_THEN_COUNT = re.compile(
    rf"(?<![\w-])(?P<word>(?i:{WORD_NUMBER}))(?P<gap>\s*\(\s*)(?P<count>{_WORDED_COUNT})"
    r"(?=\s*\))"
)
# Beside its number word, a count OCR split with a space: "twenty-one (2 1) days".
_SPLIT_COUNT = re.compile(
    rf"(?<![\w-])(?P<word>(?i:{WORD_NUMBER}))(?P<gap>\s*\(\s*)(?P<count>\d[^\S\n]\d)(?=\s*\))"
)
# A bare count with a real digit in it, before the unit of a period: "l4 days", "1O business
# days". Without a digit ("lO days") it is left: nothing says it is a number.
_BARE_COUNT = re.compile(
    r"(?<![\w/.:-])(?P<count>(?=[\dlIO]{0,2}\d)(?=[\dlIO]{0,2}[lIO])[\dlIO]{2,3})"
    r"(?=[^\S\n]+(?:(?i:calendar|business|court|judicial)[^\S\n]+)?(?i:days?|weeks?)\b)"
)
_COUNT_THEN_WORD = re.compile(
    rf"(?<![\w/.:-])(?P<count>{_COUNT})(?=\s*\(\s*(?i:{WORD_NUMBER})\s*\))"
)
_SLASHED = re.compile(
    r"(?<![\w/.:-])(?P<m>[\dlIO]{1,2})/(?P<d>[\dlIO]{1,2})/(?P<y>[\dlIO]{4})"
    r"(?![\w/-])"
)
# only after a clock time: "prn" elsewhere is a word of its own
_MERIDIAN = re.compile(r"(?<=[:;.][\dlIO][\dlIO])(?P<gap>\s?)(?P<ap>[AaPp])\.?(?P<rn>rn|RN)\b\.?")


# A clock time whose colon OCR read as ";" or ".", before a.m./p.m.: "10;00 a.m.", "l0.00 a.m."
_CLOCK = re.compile(
    r"(?<![\w@./:;-])(?P<h>[\dlIO]{1,2})(?P<sep>[;.])(?P<m>[0-5lIO][\dlIO])"
    r"(?=[^\S\n]*[AaPp]\.?[^\S\n]?[Mm]\b)"
)


# A clock time OCR put a space into, before a.m./p.m.: "1 0:00 a.m.", "10 :00 a.m.", "10: 00".
_SPACED_CLOCK = re.compile(
    r"(?<![\w@./:;-])(?P<h>\d(?:[^\S\n]\d)?|\d\d)(?P<a>[^\S\n]?):(?P<b>[^\S\n]?)(?P<m>[0-5]\d)"
    r"(?=[^\S\n]*[AaPp]\.?[^\S\n]?[Mm]\b)"
)


def _spaced_clock(m: re.Match[str], repairs: Repairs | None) -> str:
    hour = m.group("h").replace(" ", "").replace("\t", "")
    if not 1 <= int(hour) <= 12 or m.group(0) == f"{hour}:{m.group('m')}":
        return m.group(0)
    return _log(repairs, m.group(0), f"{hour}:{m.group('m')}")


def _log(repairs: Repairs | None, found: str, fixed: str) -> str:
    if repairs is not None and fixed != found:
        repairs.append((found, fixed))
    return fixed


def _count(m: re.Match[str], repairs: Repairs | None) -> str:
    count = m.group("count")
    if set(count) == {"I"}:
        return m.group(0)  # a roman numeral: "Count Two (II)"
    fixed = "".join(count.split()).translate(_DIGIT_OF)
    if count == m.group(0):
        return _log(repairs, count, fixed)
    start = m.start("count") - m.start()
    found = m.group(0)
    return found[:start] + _log(repairs, count, fixed) + found[start + len(count) :]


def _slashed(m: re.Match[str], repairs: Repairs | None) -> str:
    found = m.group(0)
    if found.isdigit() or not any(c.isdigit() for c in found):
        return found  # nothing to mend, or no digit at all to say it is a date
    month, day = int(m.group("m").translate(_DIGIT_OF)), int(m.group("d").translate(_DIGIT_OF))
    year = m.group("y").translate(_DIGIT_OF)
    if not (1 <= month <= 12 and 1 <= day <= 31) or year[:2] not in ("19", "20"):
        return found
    return _log(repairs, found, found.translate(_DIGIT_OF))


def _meridian(m: re.Match[str], repairs: Repairs | None) -> str:
    said = f"{m.group('ap')}.{'M' if m.group('rn').isupper() else 'm'}."
    _log(repairs, m.group(0).strip(), said)
    return m.group("gap") + said


def _clock(m: re.Match[str], repairs: Repairs | None) -> str:
    found = m.group(0)
    fixed = f"{m.group('h').translate(_DIGIT_OF)}:{m.group('m').translate(_DIGIT_OF)}"
    if m.group("sep") == "." and found.translate(_DIGIT_OF) == found:
        return found  # "10.00 a.m." is how some chambers write it: nothing misread
    return _log(repairs, found, fixed)


def mend_meridians(text: str, repairs: Repairs | None = None) -> str:
    """`text` with "a.rn."/"p.rn." after a clock time read as a.m./p.m., and the time's
    colon read as ";" or "." put back ("10;00 a.m.", "l0.00 a.m.") -- before ocr_dates.py
    reads the time, which it knows by its colon and its a.m./p.m."""
    text = _MERIDIAN.sub(lambda m: _meridian(m, repairs), text)
    text = _SPACED_CLOCK.sub(lambda m: _spaced_clock(m, repairs), text)
    return _CLOCK.sub(lambda m: _clock(m, repairs), text)


def mend_ocr_numerals(text: str, repairs: Repairs | None = None) -> str:
    """`text` with OCR's letters read back as digits in counts beside number words,
    slashed dates and a.m./p.m.; each change appended to `repairs` as (read, mended)."""
    text = _WORD_THEN_COUNT.sub(lambda m: _count(m, repairs), text)
    text = _COUNT_THEN_WORD.sub(lambda m: _count(m, repairs), text)
    text = _SPLIT_COUNT.sub(lambda m: _count(m, repairs), text)
    text = _BARE_COUNT.sub(lambda m: _count(m, repairs), text)
    text = _SLASHED.sub(lambda m: _slashed(m, repairs), text)
    return mend_meridians(text, repairs)


def repair_warning(repairs: Repairs) -> str | None:
    """The warning that tells the lawyer what the reader mended, or None."""
    # a date respaced across a line break ("July\n20") is no repair: only letters read anew
    pairs = [(" ".join(a.split()), " ".join(b.split())) for a, b in repairs]
    said = list(dict.fromkeys(f'"{a}" as "{b}"' for a, b in pairs if a != b))
    if not said:
        return None
    more = f" and {len(said) - 6} more" if len(said) > 6 else ""
    return (
        "The text looks scanned (OCR): the reader read "
        + "; ".join(said[:6])
        + more
        + ". Check these dates and numbers against the signed order."
    )
