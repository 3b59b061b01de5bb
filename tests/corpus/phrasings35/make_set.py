# ruff: noqa: E501  (a blind writer's generator: its long lines are data, kept as written)
"""Generator for phrasings35 (the wording of duties, the way real judges vary it -- passive and
nominal duties, periods counted from other things, conditions and options, long nested
paragraphs with footnotes, dates said oddly; 30 districts, 30 invented judges).  Written blind.
Adapted from phrasings34's builder: more date forms in DATES, weekday checks for the odd
forms, "Monday next" checked against the order date, more state days in SUSPECT.

Run: python3 tests/corpus/phrasings35/make_set.py  (writes phrasings35.jsonl beside it)

Labels are computed here by FRCP 6(a) with a hand-written holiday list (not the project's code):
the trigger day is excluded; "days" count every day; a backward period landing on a weekend or
legal holiday moves earlier, a forward one later; business/court days skip weekends and legal
holidays; stated dates never move.  Legal holidays = the federal holidays (with observed days)
below.  To keep every label unarguable the script refuses a conference, a computed due date or
a business-day count that lands on or crosses a day some state keeps as a holiday (SUSPECT) --
so no state's own days (FRCP 6(a)(6)(C)) can change a label.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date, timedelta
from pathlib import Path

D = date
# Federal legal holidays 2025-2028, written by hand (5 U.S.C. 6103; observed days for weekend
# holidays; Inauguration Day 2025 fell on MLK Day).  Checked against the rules below.
FED = {
    D(2025, 1, 1),
    D(2025, 1, 20),
    D(2025, 2, 17),
    D(2025, 5, 26),
    D(2025, 6, 19),
    D(2025, 7, 4),
    D(2025, 9, 1),
    D(2025, 10, 13),
    D(2025, 11, 11),
    D(2025, 11, 27),
    D(2025, 12, 25),
    D(2026, 1, 1),
    D(2026, 1, 19),
    D(2026, 2, 16),
    D(2026, 5, 25),
    D(2026, 6, 19),
    D(2026, 7, 3),
    D(2026, 9, 7),
    D(2026, 10, 12),
    D(2026, 11, 11),
    D(2026, 11, 26),
    D(2026, 12, 25),
    D(2027, 1, 1),
    D(2027, 1, 18),
    D(2027, 2, 15),
    D(2027, 5, 31),
    D(2027, 6, 18),
    D(2027, 7, 5),
    D(2027, 9, 6),
    D(2027, 10, 11),
    D(2027, 11, 11),
    D(2027, 11, 25),
    D(2027, 12, 24),
    D(2027, 12, 31),
    D(2028, 1, 17),
    D(2028, 2, 21),
    D(2028, 5, 29),
    D(2028, 6, 19),
    D(2028, 7, 4),
    D(2028, 9, 4),
    D(2028, 10, 9),
    D(2028, 11, 10),
    D(2028, 11, 23),
    D(2028, 12, 25),
}
# Days some state keeps, or a President gave (Dec 24 and 26, 2025), 2026-2027: day after
# Thanksgiving, Christmas Eve, Dec 26, New Year's Eve, Good Friday, Lincoln's birthday, Mardi
# Gras, Texas Independence and San Jacinto days, Cesar Chavez Day, Patriots' Day, Confederate
# Memorial/Heroes days, Truman Day, Jefferson Davis's birthday, LBJ Day, Native American Day (CA),
# Juneteenth's state twins, election days, Nevada Day, Alaska Day, Seward's Day, Town Meeting.
SUSPECT = {
    D(2025, 12, 24),
    D(2025, 12, 26),
    D(2026, 1, 19),
    D(2026, 2, 12),
    D(2026, 2, 17),
    D(2026, 3, 2),
    D(2026, 3, 3),
    D(2026, 3, 30),
    D(2026, 3, 31),
    D(2026, 4, 3),
    D(2026, 4, 20),
    D(2026, 4, 21),
    D(2026, 4, 27),
    D(2026, 5, 8),
    D(2026, 5, 11),
    D(2026, 6, 1),
    D(2026, 8, 27),
    D(2026, 9, 25),
    D(2026, 10, 18),
    D(2026, 10, 30),
    D(2026, 11, 3),
    D(2026, 11, 27),
    D(2026, 12, 24),
    D(2026, 12, 26),
    D(2026, 12, 31),
    D(2027, 1, 19),
    D(2027, 2, 9),
    D(2027, 2, 12),
    D(2027, 3, 1),
    D(2027, 3, 2),
    D(2027, 3, 26),
    D(2027, 3, 29),
    D(2027, 3, 31),
    D(2027, 4, 19),
    D(2027, 4, 21),
    D(2027, 4, 26),
    D(2027, 5, 10),
    D(2027, 6, 7),
    D(2027, 8, 27),
    D(2027, 9, 24),
    D(2027, 10, 18),
    D(2027, 10, 29),
    D(2027, 11, 2),
    D(2027, 11, 26),
    D(2027, 12, 26),
    D(2027, 12, 23),
    D(2027, 12, 27),
    D(2027, 3, 17),
    D(2026, 3, 17),
    D(2028, 3, 17),
    D(2027, 6, 17),
    D(2026, 6, 17),
    D(2028, 6, 17),
    D(2026, 7, 24),
    D(2027, 7, 23),
    D(2027, 7, 26),
    D(2028, 7, 24),
    D(2026, 4, 16),
    D(2027, 4, 16),
    D(2028, 4, 14),
    D(2028, 2, 11),
    D(2028, 2, 29),
    D(2028, 3, 2),
    D(2028, 3, 6),
    D(2028, 3, 7),
    D(2028, 3, 27),
    D(2028, 3, 31),
    D(2028, 4, 17),
    D(2028, 4, 21),
    D(2028, 4, 24),
    D(2028, 5, 8),
    D(2028, 6, 5),
    D(2028, 9, 22),
    D(2028, 10, 18),
    D(2028, 10, 27),
    D(2028, 11, 7),
    D(2028, 11, 24),
    D(2028, 12, 26),
    D(2028, 12, 22),
    # added for phrasings35's states: Truman Day observed (MO, Sat May 8, 2027), West Virginia
    # Day observed (Sun June 20, 2027), Pennsylvania's Flag Day, Indiana's municipal primary,
    # Louisiana's All Saints' Day, Huey P. Long Day and the Baton Rouge inauguration day
    D(2027, 5, 7),
    D(2027, 6, 21),
    D(2027, 6, 14),
    D(2027, 5, 4),
    D(2027, 11, 1),
    D(2027, 8, 30),
    D(2028, 1, 10),
}
# State legal holidays of the courts' states used here (FRCP 6(a)(6)(C), forward periods
# only).  Every such day is also in SUSPECT, so no label lands on or crosses one; the list is
# still applied to forward periods for the record.
STATE = {
    "TX": {
        D(2026, 3, 2),
        D(2026, 4, 21),
        D(2026, 8, 27),
        D(2026, 11, 27),
        D(2026, 12, 24),
        D(2026, 12, 26),
        D(2027, 3, 2),
        D(2027, 4, 21),
        D(2027, 8, 27),
        D(2027, 11, 26),
        D(2027, 12, 24),
        D(2027, 12, 26),
        D(2028, 3, 2),
        D(2028, 4, 21),
        D(2028, 11, 24),
    },
    "CA": {
        D(2026, 3, 31),
        D(2026, 9, 25),
        D(2026, 11, 27),
        D(2026, 2, 12),
        D(2027, 3, 31),
        D(2027, 9, 24),
        D(2027, 11, 26),
        D(2027, 2, 12),
        D(2028, 3, 31),
        D(2028, 9, 22),
        D(2028, 11, 24),
    },
    "MA": {
        D(2026, 4, 20),
        D(2027, 4, 19),
        D(2028, 4, 17),
        D(2026, 3, 17),
        D(2027, 3, 17),
        D(2028, 3, 17),
        D(2026, 6, 17),
        D(2027, 6, 17),
        D(2028, 6, 17),
    },
    "KY": {
        D(2026, 4, 3),
        D(2026, 11, 27),
        D(2026, 12, 24),
        D(2026, 12, 31),
        D(2027, 3, 26),
        D(2027, 11, 26),
        D(2027, 12, 24),
        D(2027, 12, 31),
        D(2028, 4, 14),
        D(2028, 11, 24),
    },
    "LA": {
        D(2026, 2, 17),
        D(2026, 4, 3),
        D(2027, 2, 9),
        D(2027, 3, 26),
        D(2028, 2, 29),
        D(2028, 4, 14),
        D(2026, 11, 3),
        D(2028, 11, 7),
    },
}


def _check_fed() -> None:
    """The hand list agrees with the statute's rules (nth weekday, observed days)."""

    def nth(y, m, wd, n):
        d = D(y, m, 1)
        while d.weekday() != wd:
            d += timedelta(days=1)
        return d + timedelta(weeks=n - 1)

    def last(y, m, wd):
        d = D(y, m + 1, 1) - timedelta(days=1)
        while d.weekday() != wd:
            d -= timedelta(days=1)
        return d

    def obs(d):
        if d.weekday() == 5:
            return d - timedelta(days=1)
        return d + timedelta(days=1) if d.weekday() == 6 else d

    want = set()
    for y in (2025, 2026, 2027, 2028):
        want |= {
            obs(D(y, 1, 1)),
            nth(y, 1, 0, 3),
            nth(y, 2, 0, 3),
            last(y, 5, 0),
            obs(D(y, 6, 19)),
            obs(D(y, 7, 4)),
            nth(y, 9, 0, 1),
            nth(y, 10, 0, 2),
            obs(D(y, 11, 11)),
            nth(y, 11, 3, 4),
            obs(D(y, 12, 25)),
        }
    assert want == FED, (sorted(want - FED), sorted(FED - want))


_check_fed()

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def L(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def W(d: date) -> str:
    return f"{d.strftime('%A')}, {L(d)}"


def N(d: date) -> str:  # 03/10/2026
    return d.strftime("%m/%d/%Y")


def N1(d: date) -> str:  # 3/10/2026 (CM/ECF docket text)
    return f"{d.month}/{d.day}/{d.year}"


def ORD(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def DATES(d: date) -> tuple[str, ...]:
    """Every way a date is written in these orders (phrasings35 adds the odd ones: "the 9th day
    of June, 2027", "May 26th", "11-9-27", "Jan. 3, 2028", "the 3rd of January, 2028", a
    session's range "July 13-14, 2027")."""
    m = MONTHS[d.month - 1]
    return (
        L(d), N(d), N1(d), f"{d.month}/{d.day}/{d.strftime('%y')}", d.strftime("%m/%d/%y"),
        f"{ORD(d.day)} day of {m}, {d.year}", f"{m} {ORD(d.day)}", f"{d.month}-{d.day}-{d.strftime('%y')}",
        f"{m[:3]}. {d.day}, {d.year}", f"{ORD(d.day)} of {m}, {d.year}", f"{m} {d.day}-{d.day + 1}, {d.year}",
    )


HEADER = re.compile(
    r"^\s*Case:? \d:\d\d-cv-\S+ +(Document \d+ +Filed \S+ +Page \d+ of \d+|Doc #: \d+ +Filed: \S+ +\d+ of \d+\.).*$",
    re.M,
)


def clean(text: str) -> str:
    """The words of a PDF text layer without its artifacts (for the date checks only): running
    headers, bare page numbers and 'Page N -' footers, pleading line numbers, hyphens at line ends."""
    text = HEADER.sub("", text)
    text = re.sub(r"^\s*(Page \d+ [-\u2013] .*|\d{1,2}|- \d+ -)\s*$", "", text, flags=re.M)
    text = re.sub(r"^ ?\d{1,2}(?: {2,}|$)", "", text, flags=re.M)
    text = re.sub(r"-\n\s*", "", text)
    return " ".join(text.split())


def closed(d: date) -> bool:
    return d.weekday() >= 5 or d in FED


def compute(rule: dict, anchor: date | None, state: str = "") -> str | None:
    k = rule["kind"]
    if k == "fixed":
        return rule["fixed_date"]
    if k == "after_event":
        return None
    assert anchor is not None
    n, unit, fwd = rule["amount"], rule["unit"], rule["direction"] == "after"
    step = timedelta(days=1 if fwd else -1)
    if unit in ("days", "calendar_days", "weeks"):
        d = anchor + timedelta(days=(n * 7 if unit == "weeks" else n)) * (1 if fwd else -1)
        assert d not in SUSPECT or d.weekday() >= 5, ("raw lands on a state day", d)
        while closed(d) or (fwd and d in STATE.get(state, ())):
            d += step
    else:
        assert unit in ("business_days", "court_days"), unit
        d, left = anchor, n
        while left:
            d += step
            assert d not in SUSPECT or d.weekday() >= 5, ("crosses a state day", d)
            if not closed(d) and not (fwd and d in STATE.get(state, ())):
                left -= 1
    assert d not in SUSPECT, ("suspect", d)
    return d.isoformat()


def rel(n: int, unit: str, direction: str, anchor: str, tod: str | None = None) -> dict:
    return {
        "kind": "relative",
        "amount": n,
        "unit": unit,
        "direction": direction,
        "anchor": anchor,
        "fixed_date": None,
        "time_of_day": tod,
    }


def fixed(d: date, tod: str | None = None) -> dict:
    return {
        "kind": "fixed",
        "amount": None,
        "unit": None,
        "direction": None,
        "anchor": None,
        "fixed_date": d.isoformat(),
        "time_of_day": tod,
    }


def after(n: int | None, unit: str | None, direction: str, event: str) -> dict:
    return {
        "kind": "after_event",
        "amount": n,
        "unit": unit,
        "direction": direction,
        "anchor": f"event:{event}",
        "fixed_date": None,
        "time_of_day": None,
    }


TZ = {
    "CA": "America/Los_Angeles",
    "WA": "America/Los_Angeles",
    "OR": "America/Los_Angeles",
    "NV": "America/Los_Angeles",
    "AZ": "America/Phoenix",
    "CO": "America/Denver",
    "UT": "America/Denver",
    "NM": "America/Denver",
    "ID": "America/Boise",
    "IL": "America/Chicago",
    "WI": "America/Chicago",
    "MN": "America/Chicago",
    "KS": "America/Chicago",
    "MO": "America/Chicago",
    "NE": "America/Chicago",
    "TX": "America/Chicago",
    "OK": "America/Chicago",
    "MI": "America/Detroit",
    "OH": "America/New_York",
    "PA": "America/New_York",
    "MD": "America/New_York",
    "CT": "America/New_York",
    "FL": "America/New_York",
    "GA": "America/New_York",
    "SC": "America/New_York",
    "NC": "America/New_York",
    "VA": "America/New_York",
    "NY": "America/New_York",
    "MA": "America/New_York",
    "KY": "America/New_York",
    "LA": "America/Chicago",
    "AL": "America/Chicago",
    "TN": "America/Chicago",
    "IA": "America/Chicago",
    "AR": "America/Chicago",
    "MS": "America/Chicago",
    "IN": "America/Indiana/Indianapolis",
    "NJ": "America/New_York",
    "ME": "America/New_York",
    "NH": "America/New_York",
    "RI": "America/New_York",
    "WV": "America/New_York",
    "DE": "America/New_York",
    "VT": "America/New_York",
    "MT": "America/Denver",
    "WY": "America/Denver",
    "ND": "America/Chicago",
    "SD": "America/Chicago",
    "HI": "Pacific/Honolulu",
    "AK": "America/Anchorage",
    "PR": "America/Puerto_Rico",
    "DC": "America/New_York",
    "TN-E": "America/New_York",  # E.D. Tenn. (Knoxville, Chattanooga, Greeneville): Eastern
}

ORDERS: list[dict] = []
WIDTH = 92


def wrap(text: str) -> str:
    """Fill the paragraphs the way a filed order's lines run (WIDTH columns): a paragraph is an
    indented line and the unindented lines after it; a paragraph is refilled only when one of
    its lines runs past WIDTH; captions, tables and signature blocks (runs of 3+ spaces inside
    a line, dot leaders) are left as written."""

    def layout(line: str) -> bool:
        body = line.strip()
        return (
            "   " in body
            or "...." in body
            or body.startswith("__")
            or re.match(r"(From|Sent|Date|To|Cc|Subject): ", body) is not None
        )

    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para and any(len(x) > WIDTH for x in para) and not any(layout(x) for x in para):
            indent = para[0][: len(para[0]) - len(para[0].lstrip())]
            bullet = re.match(r" {1,4}([-*]|\d+\.|\([a-z]\)) ", para[0])  # a list item hangs
            hang = " " * len(bullet.group(0)) if bullet else ""
            out.extend(
                textwrap.wrap(
                    " ".join(x.strip() for x in para),
                    WIDTH,
                    initial_indent=indent,
                    subsequent_indent=hang,
                    break_on_hyphens=False,
                )
            )
        else:
            out.extend(para)
        para.clear()

    for line in text.split("\n"):
        if not line.strip() or line[:1] in (" ", "\u00b9") or layout(line):
            flush()
            if not line.strip() or layout(line):
                out.append(line)
                continue
        para.append(line)
    flush()
    return "\n".join(out)


def span(quote: str, text: str) -> str:
    """The quote as it stands in the (wrapped) text: its words with the text's own line breaks."""
    pat = r"\s+".join(re.escape(w) for w in quote.split())
    hits = list(re.finditer(pat, text))
    assert len(hits) == 1, ("quote must occur exactly once", quote, len(hits))
    return hits[0].group(0)


def add(
    kind: str,
    court: str,
    state: str,
    judge: str,
    order_date: date,
    conf: date | None,
    time: str | None,
    text: str,
    obs: list[tuple],
    fill: bool = True,
) -> None:
    """obs: (quote, who, what, rule) -- rule anchor 'conference' or 'order' is computed here.
    conf: the court-run settlement session the ruling is about (held and recited, or newly set)."""
    text = wrap(text) if fill else text.rstrip("\n") + "\n"
    assert max(len(x) for x in text.split("\n")) <= 1500, "line too long"
    assert order_date.weekday() < 5 and order_date not in FED, order_date
    if conf is not None:
        assert conf.weekday() < 5 and conf not in FED and conf not in SUSPECT, conf
        flat = clean(text)
        assert any(x in flat for x in DATES(conf)), ("conference date not in text", conf)
    else:
        assert time is None
    obligations = []
    for i, (quote, who, what, rule) in enumerate(obs, 1):
        quote = span(quote, text)
        assert quote in text, quote
        assert text.count(quote) == 1, ("quote twice", quote)
        anchor = {"conference": conf, "order": order_date}.get(rule.get("anchor") or "")
        if (rule.get("anchor") or "").startswith("duty:"):
            prev = {o["id"]: o for o in obligations}[rule["anchor"][5:]]
            anchor = D.fromisoformat(prev["computed_due"])
        if (rule.get("anchor") or "").startswith("session:"):
            # another session the order dates (a status conference), added after the first
            # read: see README, "Labels added after the first read"
            anchor = D.fromisoformat(rule["anchor"][8:])
        ob = {
            "id": f"d{i}",
            "what": what,
            "who": who,
            "rule": rule,
            "quote": quote,
            "computed_due": compute(rule, anchor, state),
        }
        if rule["kind"] == "fixed":
            fd = D.fromisoformat(rule["fixed_date"])
            nx = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday) next\b", quote)
            if nx:  # "on Monday next": the first such weekday after the order's date
                want = order_date + timedelta(days=1)
                while want.strftime("%A") != nx.group(1):
                    want += timedelta(days=1)
                assert fd == want, ("weekday next", quote, fd, want)
            else:
                assert any(x in clean(quote) for x in DATES(fd)), ("fixed date not in quote", quote)
        m = re.search(r"\(i\.e\., (?:by|on or before|no later than) (?:\w+day, )?(\w+ \d+, \d{4})\)", clean(quote))
        if m:  # a date the order states beside its period must be the period's computed date
            assert m.group(1) == L(D.fromisoformat(ob["computed_due"])), (m.group(1), ob)
        if rule["kind"] == "after_event":
            ob["after_event"] = True
        obligations.append(ob)
    flat = clean(text)
    for wd, mo, dd, yy in re.findall(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ("
        + "|".join(MONTHS)
        + r") (\d{1,2}), (\d{4})",
        flat,
    ):
        got = D(int(yy), MONTHS.index(mo) + 1, int(dd)).strftime("%A")
        assert got == wd, ("weekday", wd, mo, dd, yy)
    for wd, mm, dd, yy in re.findall(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2})/(\d{1,2})/(\d{2,4})",
        flat,
    ):
        y = int(yy) + (2000 if len(yy) == 2 else 0)
        got = D(y, int(mm), int(dd)).strftime("%A")
        assert got == wd, ("weekday", wd, mm, dd, yy)
    for wd, dd, mo, yy in re.findall(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? the (\d{1,2})(?:st|nd|rd|th) day of ("
        + "|".join(MONTHS)
        + r"),? (\d{4})",
        flat,
    ):
        got = D(int(yy), MONTHS.index(mo) + 1, int(dd)).strftime("%A")
        assert got == wd, ("weekday", wd, mo, dd, yy)
    for wd, mo, dd, yy in re.findall(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ("
        + "|".join(MONTHS)
        + r") (\d{1,2})(?:st|nd|rd|th),? (\d{4})",
        flat,
    ):
        got = D(int(yy), MONTHS.index(mo) + 1, int(dd)).strftime("%A")
        assert got == wd, ("weekday", wd, mo, dd, yy)
    for wd, mm, dd, yy in re.findall(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2})-(\d{1,2})-(\d{2})\b", flat
    ):
        got = D(2000 + int(yy), int(mm), int(dd)).strftime("%A")
        assert got == wd, ("weekday", wd, mm, dd, yy)
    n = len(ORDERS) + 1
    lines = text.count("\n")
    assert 15 <= lines <= 80, (n, lines)
    assert 2026 <= order_date.year <= 2028, order_date
    ORDERS.append(
        {
            "id": f"p35_{n:03d}",
            "kind": kind,
            "court": court,
            "judge": judge,
            "order_date": order_date.isoformat(),
            "conference": {
                "date": conf.isoformat() if conf else None,
                "time": time,
                "timezone_hint": TZ[state],
            },
            "obligations": obligations,
            "text": text,
        }
    )


exec(Path(__file__).with_name("orders35.py").read_text())  # the order texts

out = Path(__file__).with_name("phrasings35.jsonl")
out.write_text("".join(json.dumps(o) + "\n" for o in ORDERS), encoding="utf-8")
frozen = set()
for line in Path("/work/frozen-judges.txt").read_text().splitlines():
    name = line.split("(")[0].strip()
    if name:
        frozen.add(name)
        frozen.add(name.split()[-1])
for o in ORDERS:
    blob = o["text"] + " " + o["judge"]
    for w in frozen:
        if re.search(r"\b" + re.escape(w) + r"\b", blob, re.I):
            raise SystemExit(f"FROZEN NAME {o['id']} {w}")
kinds: dict[str, int] = {}
for o in ORDERS:
    kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
print(len(ORDERS), "orders;", sum(len(o["obligations"]) for o in ORDERS), "duties;", kinds)
for o in ORDERS:
    print(
        o["id"],
        o["court"],
        o["order_date"],
        o["conference"]["date"],
        o["conference"]["time"],
        [(b["rule"]["kind"][0], b["computed_due"]) for b in o["obligations"]],
    )
