"""Finding calendar dates and clock times in running text.

Regular expressions locate the dates (python-dateutil's fuzzy parser reads one date per
string and cannot say where it was); dateutil then turns each located date into a
`date`, so month names and two-digit years follow its well-tested rules.

dateparser's `search_dates` was measured for issue #13: about 20 ms a sentence against
0.4 ms here (an order has hundreds), it read "at 10:00 a" as a date in 2025, and it does
not know pleading-paper margin numbers; the typos it would cover ("June 2,2021") are a
small closed set, handled in the patterns below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil import parser as date_parser

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
MONTH = _MONTH
WEEKDAY = _WEEKDAY
_ORD = r"(?:st|nd|rd|th)?"
# A lost space after the comma ("June 2,2021") is a typo, not another number.
# "September 1-2, 2026", "June 30-July 1, 2026": a session over days is read as its first
# (session_days tells the user it runs on). "June 3 and 4, 2025", "June 30 and July 1, 2025"
# say the same with "and": read alone, the year binds to the last day and the session
# started a day late (`find_dates` keeps "between May 1 and 10, 2025" a window's end).
# "by May 20 and May 24, 2024, respectively" is one date for each side, never a range.
_TO = r"(?:\s*[-–]\s*|\s+(?:and|&)\s+)"
_LAST_DAY = rf"(?:{_WEEKDAY}\.?,?\s+)?(?:{_MONTH}\.?\s+)?\d{{1,2}}{_ORD}"
_YEAR = r"(?:,\s*|\s+)\d{4}"
_MDY = (
    rf"{_MONTH}\.?\s+\d{{1,2}}{_ORD}(?:(?:\s*[-–]\s*{_LAST_DAY})?{_YEAR}"
    rf"|\s+(?:and|&)\s+{_LAST_DAY}{_YEAR}(?!\d|\s*,?\s*respectively\b))"
)
# "Monday, June 30 - Tuesday, July 1, 2025": the last day may name its weekday too; "June 8
# and 9, 2027" ends on the 9th.
_RANGE_END = re.compile(
    rf"(?<=\d)(?:\s*[-–]\s*|\s+(?:and|&)\s+)(?:{_WEEKDAY}\.?\s+)?(?P<m>{_MONTH})?\.?\s*"
    rf"\d{{1,2}}(?=\s+\d{{4}})",
    re.I,
)
# The day as an ordinal word in formal orders: "the eighteenth day of November, 2025".
_TEENS = re.findall(
    r"\w+",
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
)
DAY_WORDS = [*_TEENS, *(f"twenty-{w}" for w in _TEENS[:9]), "thirtieth", "thirty-first"]
DAY_WORD = "(?:" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + ")"
# A formal order may spell the year out: "the nineteenth day of October, two thousand
# twenty-seven", "this 20th day of September, in the year two thousand twenty-seven".
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_YEAR_WORDS = (
    rf"two\s+thousand(?:\s+and)?\s+(?:(?:twenty|thirty)(?:[-\s](?:{_UNITS}))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
)
# ... or set it off: "in the year 2027", "A.D. 2027"
_YEAR_LEAD = r"(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?|a\.\s?d\.\s*|a\.?d\.?\s+)"
_YEAR_ANY = rf"(?:{_YEAR_LEAD}?(?:\d{{4}}|{_YEAR_WORDS}))"
_DAY_OF = rf"(?:\d{{1,2}}{_ORD}|(?<![\w-]){DAY_WORD})\s+day\s+of\s+{_MONTH},?\s+{_YEAR_ANY}"
DAY_OF = _DAY_OF  # "21st day of May, 2027", "twenty-first day of May, two thousand ..."
# "August the twentieth, 2027", "June the 14th, 2027", "June fourteenth, 2027": the month
# first, the day an ordinal (in words, or after "the").
_MONTH_THE = (
    rf"{_MONTH}\.?\s+(?:the\s+(?:\d{{1,2}}{_ORD}|{DAY_WORD})|(?<![\w-]){DAY_WORD})(?![\w-])"
    rf",?\s+{_YEAR_ANY}"
)
_DMY = rf"\d{{1,2}}{_ORD}(?:\s+of)?\s+{_MONTH}\.?,?\s+\d{{4}}"  # "5 May 2024", "5th of May, 2024"
# Its range, "the 3rd and 4th of June 2025", "3-4 June 2025", "30th of June and 1st of July
# 2025", read as its first day like the month-first ones. The first day is an ordinal or
# glued to a dash: a bare "14 and 5 May 2025" may be a count and a date.
_DMY_FROM = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)(?:(?:\s+of)?\s+{_MONTH}\.?)?{_TO}(?:the\s+)?|\d{{1,2}}[-–](?=\d))"
)
_DMY_RANGE = re.compile(
    rf"(?P<d>\d{{1,2}}){_ORD}(?:(?:\s+of)?\s+(?P<m>{_MONTH})\.?)?{_TO}(?:the\s+)?(?=\d)", re.I
)
# Numeric forms, US order. Not glued to other digits, slashes or colons (docket numbers,
# phone numbers, times).
_NUMERIC = (
    # "10-7-25" in docket text: dashes with a two-digit year, as slashes may have
    r"(?<![\w/:.\-])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    # "09.28.2027": dots, a four-figure year only ("16.6" is a rule, "2.1" an order)
    r"|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?![\w/\-])"
)
# "15-JUN-2027", "15-Jun-2027": a docket system's day-month-year with dashes (four-figure
# year only: "15-Jun-27" could be a case number's tail)
_DMY_DASH = rf"(?<![\w-])\d{{1,2}}-{_MONTH}-\d{{4}}(?![\w-])"
_CORE = rf"(?:{_DAY_OF}|{_MONTH_THE}|{_MDY}|(?:{_DMY_FROM})?{_DMY}|{_DMY_DASH}|{_NUMERIC})"
# A date as a pattern to embed in larger expressions (no capture groups).
# "Tuesday, the 14th day of April, 2026": a weekday may stand before a formal date's "the".
DATE = rf"(?:{_WEEKDAY}\.?,?\s+(?:the\s+(?={_DAY_OF}))?)?(?<!\w){_CORE}(?!\d)"
# "May 5" with no year, in deadline phrases only. Month capitalised: "may 5" is a verb
# and a margin number on pleading paper.
_MONTH_CAP = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
DATE_NO_YEAR = (
    rf"(?:{_WEEKDAY}\.?,?\s+)?(?<!\w){_MONTH_CAP}\.?\s+\d{{1,2}}{_ORD}(?![\d:/-])"
    rf"(?!(?:,\s*|\s+)\d{{4}})"
)
# On pleading paper a line break inside a date puts a margin number into it: "October 8
# 21, 2021" (line 8), "October 21, 8 2021". Read by `split_date`, only in margin mode.
SPLIT_DATE = rf"{_MONTH_CAP}\.?(?:[\s,]+\d{{1,2}}(?![\d:/.-])){{2,3}}(?:,\s*|\s+)\d{{4}}(?!\d)"
_DATE_RE = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY})\.?,?\s+(?:the\s+(?={_DAY_OF}))?)?(?<!\w)(?P<core>{_CORE})(?!\d)", re.I
)

_AMPM = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
# A clock time: "2:30 pm", "10:00 a.m.", "9:30 AM", "noon", "12:00 noon", the hour said twice
# ("12:00 p.m., noon, on June 13", "12:00 PM noon"), and a bare "14:30"
# only after "at"/"by" (a bare "9:30" elsewhere may be a citation).
# Also "10:00 o'clock a.m.", "9 o'clock in the morning" and the 24-hour "1400 hours".
# "ten o'clock in the morning": the hour in words, only before "o'clock".
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")
_PART_OF_DAY = r"\s+in\s+the\s+(?:morning|forenoon|afternoon|evening)"
_OCLOCK = (
    rf"(?:\d{{1,2}}(?::\d{{2}})?|(?<![\w-])(?:{'|'.join(_HOUR_WORDS)}))\s*o['’]?\s?clock"
    rf"(?:\s*{_AMPM}|{_PART_OF_DAY})?"
    # "9:30 in the forenoon", "4:00 in the afternoon"; "half past one in the afternoon"
    rf"|\d{{1,2}}:\d{{2}}{_PART_OF_DAY}"
    # ... and with "o'clock" between: "half past one o'clock in the afternoon" (without it
    # the match began at "one o'clock" and read 1:00)
    rf"|(?<![\w-])(?:half|quarter)\s+past\s+(?:\d{{1,2}}|{'|'.join(_HOUR_WORDS)})"
    rf"(?:\s*o['’]?\s?clock)?(?:\s*{_AMPM}|{_PART_OF_DAY})"
    # "ten-thirty a.m.", "nine forty-five in the morning"; "a quarter to ten in the morning"
    rf"|(?<![\w-])(?:{'|'.join(_HOUR_WORDS)})[-\s](?:fifteen|thirty|forty-five)"
    rf"(?:\s*{_AMPM}|{_PART_OF_DAY})"
    rf"|(?<![\w-])(?:a\s+)?quarter\s+(?:to|of)\s+(?:\d{{1,2}}|{'|'.join(_HOUR_WORDS)})"
    rf"(?:\s*o['’]?\s?clock)?(?:\s*{_AMPM}|{_PART_OF_DAY})"
)
_MINUTE_WORDS = {"fifteen": 15, "thirty": 30, "forty-five": 45}
_HOURS = r"(?:[01]\d|2[0-3])[0-5]\d\s+hours\b"
_MILITARY = (
    r"(?:(?<=at )|(?<=time: )|(?<=time:))(?:[01]\d|2[0-3])[0-5]\d"
    # ... or a form's next field: "Time: 1000 Place: Courtroom 2"
    r"(?=[ \t]*(?:[,;)\n]|\.(?:\s|$)|$|\s+(?:on|in|before|at|by|via|\()\b|\s+[A-Za-z]+:))"
)
TIME = (
    # "12:00 p.m. (noon)": the hour said twice, the second in brackets
    rf"(?:(?<![\w-])(?:12(?::00)?\s*(?:p\.?\s?m\.?,?\s*)?\(?)?noon\b(?:(?<=\(noon)\))?|(?<![\w-])midnight\b|{_OCLOCK}|{_HOURS}"
    rf"|\d{{1,2}}(?:[:.]\d{{2}})?\s*{_AMPM}"
    # a bare "13:30" after "at", "by", or a "Time:" field
    rf"|(?:(?<=at )|(?<=by )|(?<=time: )|(?<=time:))\d{{1,2}}:\d{{2}}(?![\d:])"
    # or right after a date and its comma: "2026-08-20 (Thursday), 10:00, Courtroom 2",
    # "June 5, 2027, 14:00;"
    # ... or opening a span there: "June 5, 2027, 10:00-12:00"
    rf"|(?:(?<=\d, )|(?<=\), ))\d{{1,2}}:\d{{2}}(?![\d:])"
    rf"(?=\s*(?:[,;.]|$|[-–]\s*\d{{1,2}}:\d{{2}}))"
    # a bare "1:00" written before its numeric date, as older docket entries set sessions:
    # "set Settlement Conference for 1:00 2/8/01", "Final Pretrial Conference to 9:30 1/23/01"
    rf"|(?<![\w:/.])\d{{1,2}}:\d{{2}}(?=[ \t]+\d{{1,2}}/\d{{1,2}}/\d{{2}}(?:\d{{2}})?(?![\d/]))"
    # a 24-hour "0930" with no colon, after "at" or a "Time:" field, and only where a clause
    # goes on ("at 0930, in Courtroom 223", "at 0930 on"): "at 1400 Pennsylvania Avenue"
    # is an address
    rf"|{_MILITARY})"
)
_TIME_RE = re.compile(TIME, re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: date | None  # None: looks like a date but is not one ("February 30, 2021")
    stated_weekday: str | None = None  # "Wednesday" when the order names the day

    @property
    def weekday_mismatch(self) -> bool:
        if self.value is None or self.stated_weekday is None:
            return False
        real = _WEEKDAYS[self.value.weekday()]
        return not real.startswith(self.stated_weekday.lower()[:3])


@dataclass(frozen=True)
class FoundTime:
    start: int
    end: int
    text: str
    value: time
    assumed: str | None = None  # why the reading is a guess (no a.m./p.m., midnight)


def parse_date_text(core: str) -> date | None:
    """One date as written ("May 28, 2024", "6/23/20", "26th day of April, 2024")."""
    days = _dmy_range(core)
    if days is not None:
        return days[0]
    text = _year_in_digits(" ".join(core.split()).replace(",", " "))
    # "August the twentieth 2027" -> "August twentieth 2027" -> "August 20 2027"
    text = re.sub(rf"^({_MONTH}\.?\s+)the\s+", r"\1", text, flags=re.I)
    text = re.sub(
        rf"^({_MONTH}\.?\s+)({DAY_WORD})\b",
        lambda m: f"{m.group(1)}{DAY_WORDS.index(m.group(2).lower()) + 1}",
        text,
        flags=re.I,
    )
    word = re.match(DAY_WORD, text, re.I)
    if word:
        text = f"{DAY_WORDS.index(word.group(0).lower()) + 1}{text[word.end() :]}"
    day_of = re.fullmatch(
        rf"(\d{{1,2}}){_ORD}\s+(?:day\s+)?of\s+({_MONTH})\.?\s+(\d{{4}})", text, re.I
    )
    if day_of:
        text = f"{day_of.group(2)} {day_of.group(1)} {day_of.group(3)}"
    text = re.sub(rf"(\d){_ORD}\b", r"\1", text)
    ends = _RANGE_END.search(text)
    text = text[: ends.start()] + text[ends.end() :] if ends else text
    try:
        parsed = date_parser.parse(text, default=datetime(2000, 1, 1), dayfirst=False)
    except (ValueError, OverflowError):
        return None
    if not isinstance(parsed, datetime):
        return None
    last = month_day(f"{ends.group('m')} 1") if ends and ends.group("m") else None
    if last is not None and last < (parsed.month, 1):
        # "December 30-January 2, 2027": the year written is the range's last day's.
        return parsed.date().replace(year=parsed.year - 1)
    return parsed.date()


def _year_in_digits(text: str) -> str:
    """ "... October two thousand twenty-seven" -> "... October 2027"."""
    text = re.sub(rf"(?<![\w.]){_YEAR_LEAD}(?=\d{{4}}|two\b)", "", text, flags=re.I)
    m = re.search(f"({_YEAR_WORDS})", text, re.I)
    if m is None:
        return text
    words = re.split(r"[-\s]+", m.group(1).lower())[2:]  # after "two thousand"
    tens = {"twenty": 20, "thirty": 30}
    units = _UNITS.split("|")
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]
    words = [w for w in words if w != "and"]
    if words[0] in teens:
        year = 2010 + teens.index(words[0])
    else:
        year = 2000 + tens[words[0]] + (units.index(words[1]) + 1 if len(words) > 1 else 0)
    return f"{text[: m.start()]}{year}{text[m.end() :]}"


def _dmy_range(core: str) -> tuple[date, date] | None:
    """First and last day of a day-first range ("3rd and 4th of June 2025", "30th of June
    and 1st of July 2025", "3-4 June 2025"); None for any other date."""
    text = " ".join(core.split()).replace(",", " ")
    text = re.sub(rf"^{_WEEKDAY}\.?\s+", "", text, flags=re.I)
    m = _DMY_RANGE.match(text)
    if m is None or not re.fullmatch(_DMY, text[m.end() :], re.I):
        return None
    last = parse_date_text(text[m.end() :])
    month = month_day(f"{m.group('m')} 1") if m.group("m") else None
    if last is None:
        return None
    number = month[0] if month else last.month
    try:
        first = date(last.year - (1 if number > last.month else 0), number, int(m.group("d")))
    except ValueError:
        return None
    return (first, last) if first < last else None


def range_last_day(found: FoundDate) -> date | None:
    """The last day of a range written as one date ("June 3-4, 2025", "June 30 - July 1,
    2025", "December 30-January 2, 2027"), whose `value` is its first day; else None."""
    first = found.value
    days = _dmy_range(found.text)
    if days is not None:
        return days[1]
    text = re.sub(rf"(\d){_ORD}\b", r"\1", " ".join(found.text.split()).replace(",", " "))
    ends = _RANGE_END.search(text)
    if first is None or ends is None:
        return None
    day = int(re.findall(r"\d+", ends.group(0))[-1])
    month = month_day(f"{ends.group('m')} 1") if ends.group("m") else (first.month, 1)
    if month is None:
        return None
    year = first.year + (1 if month[0] < first.month else 0)
    try:
        return date(year, month[0], day)
    except ValueError:
        return None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a DATE_NO_YEAR match, via dateutil with a leap-year default."""
    core = re.sub(rf"^{_WEEKDAY}\.?,?\s+", "", " ".join(text.split()), flags=re.I)
    core = re.sub(rf"(\d){_ORD}\b", r"\1", core)
    try:
        parsed = date_parser.parse(core, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    return parsed.month, parsed.day


def split_date(text: str, last_margin: int | None = None) -> date | None:
    """A SPLIT_DATE match. The margin number is the one that follows `last_margin` (the
    line number before the date); else the day is the number the comma follows ("8 21,
    2021"), else the one next to the year."""
    numbers = list(re.finditer(r"(\d+)(,?)", text))
    year = int(numbers[-1].group(1))
    small = numbers[:-1]
    values = [int(n.group(1)) for n in small]
    if last_margin is not None and last_margin + 1 in values and len(set(values)) > 1:
        day = next(v for v in values if v != last_margin + 1)
    else:
        day = next((int(n.group(1)) for n in small if n.group(2)), values[-1])
    month = month_day(f"{text.split()[0].rstrip('.')} 1")
    if month is None:
        return None
    try:
        return date(year, month[0], day)
    except ValueError:
        return None


# "between May 1 and 10, 2025", "from June 3 and ...": two ends of a window, not one
# session's days; only the date with the year is read, as before "and" joined ranges.
_WINDOW_OPENS = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_AND = re.compile(r"(?<!thousand)\s(?:and|&)\s", re.I)  # "two thousand and thirty" is a year
_AND_LONGEST = 14  # days; "June 3 and July 30, 2025" are two settings, not one session


def find_dates(text: str) -> list[FoundDate]:
    found: list[FoundDate] = []
    at = 0
    while (m := _DATE_RE.search(text, at)) is not None:
        value = parse_date_text(m.group("core"))
        joined = _AND.search(m.group("core"))
        if joined is not None:
            reading = FoundDate(m.start(), m.end(), m.group(0), value)
            last = range_last_day(reading)
            window = _WINDOW_OPENS.search(text[max(0, m.start() - 16) : m.start()])
            if window or value is None or last is None or (last - value).days > _AND_LONGEST:
                at = m.start("core") + joined.end()  # the later date alone, as written
                continue
        said = _first_weekday(text, m) or trailing_weekday(text, m.end())
        found.append(FoundDate(m.start(), m.end(), m.group(0), value, said))
        at = m.end()
    return found


# "Monday and Tuesday, June 30 and July 1, 2025": the weekday next to a range's date is its
# last day's; the first day's is the one before it.
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{_WEEKDAY})\.?\s*(?:and|&|[-–]|through|to)\s*$", re.I)


# "April 20, 2027 (Wednesday)": the weekday in brackets after the date
_WEEKDAY_AFTER = re.compile(rf"[ \t]*\([ \t]*(?P<wd>{_WEEKDAY})\.?[ \t]*\)", re.I)


def trailing_weekday(text: str, end: int) -> str | None:
    """The weekday written in brackets right after a date ending at `end`, or None."""
    m = _WEEKDAY_AFTER.match(text, end)
    return m.group("wd") if m else None


def _first_weekday(text: str, m: re.Match[str]) -> str | None:
    said = m.group("wd")
    if said is None:
        return None
    before = _WEEKDAY_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    if before is None:
        return said
    reading = FoundDate(m.start(), m.end(), m.group(0), parse_date_text(m.group("core")))
    return before.group("wd") if range_last_day(reading) is not None else said


def parse_time_text(text: str) -> FoundTime | None:
    """One TIME match read as a 24-hour `time` (with why, when it is a guess)."""
    low = " ".join(text.lower().split())
    if re.search(r"(?<![\w-])noon", low):
        return FoundTime(0, len(text), text, time(12, 0))
    if low.startswith("midnight"):
        return FoundTime(0, len(text), text, time(23, 59), "'midnight' read as 11:59 p.m.")
    hours = re.match(r"([01]\d|2[0-3])([0-5]\d)(?:\s+hours|$)", low)
    if hours:
        return FoundTime(0, len(text), text, time(int(hours.group(1)), int(hours.group(2))))
    past = re.match(rf"(half|quarter)\s+past\s+(\d{{1,2}}|{'|'.join(_HOUR_WORDS)})\b", low)
    if past:
        hour = past.group(2)
        number = int(hour) if hour.isdigit() else _HOUR_WORDS.index(hour) + 1
        low = f"{number}:{30 if past.group(1) == 'half' else 15}{low[past.end() :]}"
    to = re.match(rf"(?:a\s+)?quarter\s+(?:to|of)\s+(\d{{1,2}}|{'|'.join(_HOUR_WORDS)})\b", low)
    if to:
        hour = to.group(1)
        number = int(hour) if hour.isdigit() else _HOUR_WORDS.index(hour) + 1
        low = f"{(number - 2) % 12 + 1}:45{low[to.end() :]}"
    spoken = re.match(rf"({'|'.join(_HOUR_WORDS)})[-\s](fifteen|thirty|forty-five)\b", low)
    if spoken:
        hour_of = _HOUR_WORDS.index(spoken.group(1)) + 1
        low = f"{hour_of}:{_MINUTE_WORDS[spoken.group(2)]}{low[spoken.end() :]}"
    word = re.match(rf"({'|'.join(_HOUR_WORDS)})\s*o['’]?\s?clock", low)
    if word:
        low = f"{_HOUR_WORDS.index(word.group(1)) + 1}{low[len(word.group(1)) :]}"
    low = re.sub(r"\s*o['’]?\s?clock", "", low)
    low = re.sub(r"\s*in the (?:morning|forenoon)", " a.m.", low)
    low = re.sub(r"\s*in the (?:afternoon|evening)", " p.m.", low)
    m = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?", low)  # "10.30 a.m." is a typo
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if minute > 59 or hour > 23:
        return None
    meridiem, assumed = m.group(3), None
    if meridiem is None and hour < 13:
        # Courts keep business hours: 7-11 is morning, 12-6 afternoon.
        meridiem = "a" if 7 <= hour <= 11 else "p"
        assumed = f"'{text}' has no a.m./p.m.; read as {hour}:{minute:02d} {meridiem}.m."
    if meridiem is not None:
        if hour == 0 or hour > 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return FoundTime(0, len(text), text, time(hour, minute), assumed)


# A span whose start has no a.m./p.m. of its own: "1:30 – 4:30pm" (a calendar invitation),
# "9:00-11:30 a.m.". The start shares the end's half of the day, unless it would then come
# after the end ("11:30 – 1:30pm" starts in the morning). Only a clock reading with its
# minutes, right before the dash: "Room 12 - 4:30 p.m." is no span.
_SPAN_START = re.compile(r"(?<![\w:/.])(\d{1,2}):([0-5]\d)[ \t]*[–—-][ \t]*$")


def _span_start(text: str, end: FoundTime) -> FoundTime | None:
    m = _SPAN_START.search(text, max(0, end.start - 12), end.start)
    meridiem = re.search(r"[ap](?=\.?\s?m\b)", end.text, re.IGNORECASE)
    if m is None or meridiem is None or not 1 <= int(m.group(1)) <= 12:
        return None
    hour, minute = int(m.group(1)) % 12, int(m.group(2))
    pm = end.value.hour >= 12
    if (hour, minute) > (end.value.hour % 12, end.value.minute):
        pm = not pm
    said = m.group(0).rstrip(" \t–—-")
    return FoundTime(m.start(), m.start() + len(said), said, time(hour + 12 * pm, minute))


def find_times(text: str) -> list[FoundTime]:
    out: list[FoundTime] = []
    for m in _TIME_RE.finditer(text):
        reading = parse_time_text(m.group(0))
        if reading is not None:
            found = FoundTime(m.start(), m.end(), m.group(0), reading.value, reading.assumed)
            start = _span_start(text, found) if reading.assumed is None else None
            if start is not None and (not out or out[-1].end <= start.start):
                out.append(start)
            out.append(found)
    return out
