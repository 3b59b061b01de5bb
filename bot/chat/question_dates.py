"""Days named inside a question: "may 10", "5/17", "the 21st", "friday", "memorial day".

A question names a day relative to the day it is asked, so every reading takes `today`.
Weekdays mean the next such day (today included: "is friday ok?" asked on a Friday is
about today); a bare day of the month means this month's, or next month's once it has
passed. Holidays are read by name off the federal calendar the deadlines are counted on.
A day can also be counted from another ("the day after memorial day", "in 2 weeks", "3
business days before the conference", "end of next week"): the count is one grammar over
any anchor, not a phrase list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from settleconf.core.court_calendar import federal_statutory_holiday
from settleconf.core.state_holidays import easter, nth_weekday

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\b"
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"

# What people call the federal holidays (the calendar's names are the statute's).
HOLIDAY_NAMES: dict[str, str] = {
    r"memorial day": "Memorial Day", r"juneteenth": "Juneteenth",
    r"(?:july 4th|fourth of july|4th of july|independence day)": "Independence Day",
    r"labou?r day": "Labor Day", r"columbus day|indigenous peoples day": "Columbus Day",
    r"veterans day": "Veterans Day", r"thanksgiving": "Thanksgiving",
    r"christmas(?! eve)": "Christmas", r"new years? day|new years(?! eve)": "New Year",
    r"(?:mlk|martin luther king)(?: jr)?(?: day)?": "Martin Luther King",
    r"presidents day|washingtons birthday": "Washington",
}


# Days people call by name that are NOT federal holidays ("is good friday a court holiday?"):
# read as their own day, so "friday" in "good friday" is never taken for the coming Friday,
# and whether the court is open then is the calendar's to say. Longer names first.
OBSERVANCES: dict[str, tuple[str, Callable[[int], date]]] = {
    r"good friday": ("Good Friday", lambda y: easter(y) - timedelta(days=2)),
    r"easter monday": ("Easter Monday", lambda y: easter(y) + timedelta(days=1)),
    r"easter(?: sunday)?": ("Easter", easter),
    r"cinco de mayo": ("Cinco de Mayo", lambda y: date(y, 5, 5)),
    r"mothers? day": ("Mother's Day", lambda y: nth_weekday(y, 5, 6, 2)),
    r"fathers? day": ("Father's Day", lambda y: nth_weekday(y, 6, 6, 3)),
    r"armed forces day": ("Armed Forces Day", lambda y: nth_weekday(y, 5, 5, 3)),
    r"flag day": ("Flag Day", lambda y: date(y, 6, 14)),
    r"(?:st |saint )?patricks?(?: day)?": ("St. Patrick's Day", lambda y: date(y, 3, 17)),
    r"valentines?(?: day)?": ("Valentine's Day", lambda y: date(y, 2, 14)),
    r"halloween": ("Halloween", lambda y: date(y, 10, 31)),
    r"christmas eve": ("Christmas Eve", lambda y: date(y, 12, 24)),
    r"new years? eve": ("New Year's Eve", lambda y: date(y, 12, 31)),
    # state legal holidays a federal court stays open on (they count for forward periods
    # only, FRCP 6(a)(6)(C)): asked by name, read as their own day
    r"lincolns? birthday": ("Lincoln's Birthday", lambda y: date(y, 2, 12)),
    r"election day": (
        "Election Day", lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1)),
    r"patriots? day": ("Patriots' Day", lambda y: nth_weekday(y, 4, 0, 3)),
    r"(?:cesar )?chavez day": ("Cesar Chavez Day", lambda y: date(y, 3, 31)),
    r"black friday": (
        "the day after Thanksgiving", lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1)),
}
# each observance's pattern, compiled once; days_named runs many times a question
_OBSERVANCE_RES = tuple((re.compile(rf"\b{pattern}\b"), pattern) for pattern in OBSERVANCES)
_ANY_OBSERVANCE = re.compile("|".join(rf"\b{pattern}\b" for pattern in OBSERVANCES))


def _observed(pattern: str, today: date) -> date:
    """The next such day from `today` (this year's, else next year's)."""
    on = OBSERVANCES[pattern][1]
    day = on(today.year)
    return day if day >= today else on(today.year + 1)


def observance_named(text: str, today: date) -> tuple[str, str, date] | None:
    """(words said, name, day) for a non-holiday day `text` names by name: the next one
    from `today` on, like a holiday named."""
    if not _ANY_OBSERVANCE.search(text):
        return None
    for compiled, pattern in _OBSERVANCE_RES:
        if m := compiled.search(text):
            return m.group(), OBSERVANCES[pattern][0], _observed(pattern, today)
    return None


@dataclass(frozen=True)
class NamedDay:
    day: date
    said: str  # the words that named it
    holiday: str | None = None  # "Memorial Day" when named as a holiday
    also: date | None = None  # the other reading, when people read the words two ways


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "ten": 10, "fourteen": 14, "couple": 2, "couple of": 2, "few": 3}
_N = r"(\d{1,2}|an?|one|two|three|four|five|six|seven|ten|fourteen|couple(?: of)?)"
# "[the] day | friday | 3 business days | two weeks" + "before/after/from" + an anchor day
_COUNTED = re.compile(
    rf"\b(?:the )?(?:{_N} (business days?|calendar days?|days?|weeks?)|"
    rf"(mon|tue|wed|thu|fri|sat|sun)[a-z]*|(day|weekend|week)) (before|after|prior to|ahead of|"
    r"from|following|preceding) ")
# the weekend as a day: "over the weekend" is the coming Saturday, "after the weekend" Monday
_WEEKEND = re.compile(r"\b(?:(over|on|during|this)|(after|until after|till after)) the weekend\b")
_IN = re.compile(rf"\bin (?:about |around )?{_N} (days?|weeks?)\b")
_WEEK_END = re.compile(r"\b(?:end of|by the end of) (?:the |this )?(next )?week\b")
_THE_CONFERENCE = re.compile(r"(?:the |our )?(?:settlement )?(?:conference|session|hearing)\b")


def court_day(day: date) -> bool:
    return day.weekday() < 5 and federal_statutory_holiday(day) is None


def _count(anchor: date, n: int, unit: str, back: bool) -> date:
    """`n` days, business days or weeks before (`back`) or after `anchor`."""
    step = timedelta(days=-1 if back else 1)
    if unit.startswith("business"):
        day = anchor
        while n:
            day += step
            n -= court_day(day)
        return day
    return anchor + step * n * (7 if unit.startswith("week") else 1)


@lru_cache(maxsize=8)
def _holidays(year: int) -> tuple[tuple[date, str], ...]:
    out = []
    day = date(year, 1, 1)
    while day.year == year:
        found = federal_statutory_holiday(day)
        if found is not None:
            out.append((day, found.name))
        day += timedelta(days=1)
    return tuple(out)


def holiday_named(text: str, today: date) -> NamedDay | None:
    """The next holiday (this year's, else next year's) that `text` names."""
    for pattern, key in HOLIDAY_NAMES.items():
        m = re.search(rf"\b{pattern}\b", text)
        if m is None:
            continue
        def named(name: str, key: str = key) -> bool:
            # "Independence Day" is not "Juneteenth National Independence Day"
            return key.lower() in name.lower() and not (
                key == "Independence Day" and "juneteenth" in name.lower())

        for year in (today.year, today.year + 1):
            for day, name in _holidays(year):
                if named(name) and (day >= today or year == today.year + 1):
                    return NamedDay(day, m.group(), name)
        for day, name in _holidays(today.year):  # passed this year: still the one asked about
            if named(name):
                return NamedDay(day, m.group(), name)
    return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def days_named(text: str, today: date, conference: date | None = None) -> list[NamedDay]:
    """Every day `text` names, in the order named. `text` is normalized (lower case);
    `conference` is the day "the day before the conference" counts from."""
    found: list[tuple[int, NamedDay]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], day: date | None, holiday: str | None = None,
            also: date | None = None) -> None:
        if day is None or any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append(m.span())
        found.append((m.start(), NamedDay(day, m.group(), holiday, also)))

    if _ANY_OBSERVANCE.search(text):  # before the weekdays: "good friday" is one day
        for compiled, pattern in _OBSERVANCE_RES:
            for m in compiled.finditer(text):
                add(m, _observed(pattern, today))
    for m in re.finditer(rf"\b{_MONTH} {_ORDINAL}\b(?: (\d{{4}}))?", text):
        month = _MONTHS.index(m.group(1)[:3]) + 1
        add(m, _safe(int(m.group(3) or today.year), month, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", text):
        year = int(m.group(3)) if m.group(3) else today.year
        add(m, _safe(year + 2000 if year < 100 else year, int(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b\d{4}-\d{2}-\d{2}\b", text):
        add(m, _safe(*(int(x) for x in m.group().split("-"))))
    for m in re.finditer(rf"\bthe {_ORDINAL}\b(?! (?:days?|pages?|business|calendar|of))", text):
        n = int(m.group(1))
        day = _safe(today.year, today.month, n)
        if day is not None and day < today - timedelta(days=7):  # "the 3rd", asked on the 20th
            nxt = today.replace(day=1) + timedelta(days=32)
            day = _safe(nxt.year, nxt.month, n)
        if conference is not None and conference.day == n and day != conference and (
                today <= conference <= today + timedelta(days=62)) and _THE_CONFERENCE.search(text):
            # "the conference starts on the 13th?" asked on Jan 5 of a Feb 13 conference: its
            # own 13th, not the month's
            day = conference
        add(m, day)
    for m in re.finditer(_WEEKDAY, text):
        ahead = (_WEEKDAYS.index(m.group(1)) - today.weekday()) % 7
        also = None
        if re.search(rf"\bnext {re.escape(m.group())}", text) and (
                ahead == 0 or today.weekday() + ahead <= 6):
            # "next tuesday" said on a Monday is most often the Tuesday of next week; some
            # mean tomorrow, so that reading is kept too (never today: "next" is not today)
            also = today + timedelta(days=ahead) if ahead else None
            ahead += 7
        add(m, today + timedelta(days=ahead), also=also)
    for m in re.finditer(r"\btomorrow\b|\btoday\b|\byesterday\b|\btonight\b|\btonite\b|"
                         r"\bthis (?:morning|afternoon|evening)\b", text):
        add(m, today + timedelta(days={"tomorrow": 1, "yesterday": -1}.get(m.group(), 0)))
    named = holiday_named(text, today)
    if named is not None:
        m2 = re.search(re.escape(named.said), text)
        if m2 is not None:
            add(m2, named.day, named.holiday)
    found = _counted(text, today, conference, found)
    found.sort(key=lambda f: f[0])
    # "monday the 20th": one day, named twice; keep the more specific reading.
    out: list[NamedDay] = []
    for _, nd in found:
        if out and out[-1].day.weekday() == nd.day.weekday() and re.fullmatch(
                _WEEKDAY, out[-1].said) and nd.day != out[-1].day:
            out[-1] = nd
        else:
            out.append(nd)
    return out


def holidays_between(start: date, end: date) -> list[NamedDay]:
    """The federal holidays from `start` through `end`: what "the holiday", "the long
    weekend" or "any holidays before the conference" refer to."""
    years = range(start.year, end.year + 1)
    return [NamedDay(day, name, name) for year in years for day, name in _holidays(year)
            if start <= day <= end]


def _counted(text: str, today: date, conference: date | None,
             found: list[tuple[int, NamedDay]]) -> list[tuple[int, NamedDay]]:
    """The days counted from another one replace the words they were counted from."""
    out = list(found)

    def put(start: int, end: int, day: date) -> None:
        out[:] = [(s, d) for s, d in out if not (start <= s < end)]
        out.append((start, NamedDay(day, text[start:end])))

    for m in _COUNTED.finditer(text):
        at = m.end()
        anchor: date | None = None
        if (c := _THE_CONFERENCE.match(text, at)) and conference is not None:
            anchor, end = conference, c.end()
        elif text.startswith(("now", "today"), at):
            anchor, end = today, at + (3 if text.startswith("now", at) else 5)
        else:
            hit = next((d for s, d in out if s == at), None)
            if hit is not None:
                anchor, end = hit.day, at + len(hit.said)
        if anchor is None:
            continue
        back = m.group(5) in ("before", "prior to", "ahead of", "preceding")
        if m.group(4) == "week":  # "the week before the conference": from its Monday
            day = anchor + timedelta(days=-7 if back else 7)
            day -= timedelta(days=day.weekday())
        elif m.group(4) == "weekend":  # "the weekend before": its Saturday
            day = anchor + timedelta(days=-1 if back else 1)
            while day.weekday() != 5:
                day += timedelta(days=-1 if back else 1)
        elif m.group(4):  # "the day after"
            day = anchor + timedelta(days=-1 if back else 1)
        elif m.group(3):  # "the friday before": the nearest such weekday, not the anchor
            want = _WEEKDAYS.index(m.group(3))
            day = anchor + timedelta(days=-1 if back else 1)
            while day.weekday() != want:
                day += timedelta(days=-1 if back else 1)
        else:
            n = _COUNTS.get(m.group(1)) or int(m.group(1))
            day = _count(anchor, n, m.group(2), back)
        put(m.start(), end, day)
    if conference is not None:
        # "can the response wait until the conference?": the conference's own day
        for m in re.finditer(r"\b(?:until|till|til|on|at|the day of) (?:the |our )?(?:settlement )?"
                             r"(?:conference|session|hearing)\b", text):
            if not any(s < m.end() and m.start() < s + len(d.said) for s, d in out):
                put(m.start(), m.end(), conference)
    for m in _IN.finditer(text):
        n = _COUNTS.get(m.group(1)) or int(m.group(1))
        put(m.start(), m.end(), _count(today, n, m.group(2), back=False))
    for m in _WEEKEND.finditer(text):
        if any(s < m.end() and m.start() < s + len(d.said) for s, d in out):
            continue  # "the weekend before the conference", counted above
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        put(m.start(), m.end(), saturday + timedelta(days=2 if m.group(2) else 0))
    for m in _WEEK_END.finditer(text):
        friday = today - timedelta(days=today.weekday()) + timedelta(days=4)
        put(m.start(), m.end(), friday + timedelta(days=7 if m.group(1) else 0))
    return out
