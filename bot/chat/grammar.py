"""The command grammar shared by the Slack slash command, Teams messages and the console.

`parse_command` returns a Command, a Question (anything that isn't a command: the
natural-language path), or raises CommandError with a helpful message.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from settleconf.bot.chat.change_statements import (
    Change,
    ChangeUnclear,
    DateChange,
    FormatChange,
    change_statement,
)
from settleconf.bot.chat.conference_words import (
    expected_text,
    read_conference_words,
    split_expectation,
)
from settleconf.bot.chat.errors import CommandError as CommandError  # re-exported
from settleconf.bot.chat.event_statements import EVENT_NOUNS, event_statement, read_event_words
from settleconf.bot.chat.snooze_words import snooze_args
from settleconf.core.docket import DocketNumber, DocketNumberError, parse_docket

MAX_INPUT_CHARS = 200_000  # an order's text fits; anything larger is refused, not truncated
MAX_COMMAND_CHARS = 2_000
# Reading a question costs ~0.05-0.1 ms of CPU a character (every intent's patterns, the
# spelling repair, retrieval over the order), on the event loop: a pasted 40,000-character
# message would hold it for seconds. Real questions, context included, run to a few hundred.
MAX_QUESTION_CHARS = 1_000

COMMANDS: dict[str, str] = {
    "help": "help - what I can do",
    "deadlines": "deadlines [CASE] - every deadline with its rule and source",
    "next": "next [CASE] - what is due next",
    "explain": "explain TOPIC [CASE] - attendance, confidentiality, letter, demand, conference, "
    "sanctions",
    "add": "add ORDER TEXT (or attach the order file) - read a new order",
    "confirm": "confirm TOKEN - store an order read by `add` (its Confirm button)",
    "discard": "discard TOKEN - drop an order read by `add` (its Discard button)",
    "track": "track CASE - link this channel to a matter",
    "untrack": "untrack - unlink this channel",
    "conference": "conference [CASE] DATE TIME - the conference moved; everything recomputes "
    "(also `conference by zoom|by phone|in person`, `conference link URL`)",
    "demand": "demand made|sent|served|received DATE - the demand happened; the demand is done "
    "and the response gets a real date",
    "response": "response made|sent|served|received DATE - the response happened; it is done",
    "why": "why ITEM - how a deadline's date was counted",
    "done": "done ITEM - mark an obligation done",
    "undo": "undo - take back the last done, or the last conference move or change",
    "side": "side plaintiff|defendant - which side this team represents",
    "remind": "remind [7d 2bd 9:00 | off] - reminder lead times",
    "snooze": "snooze ITEM [1h|3h|1d|2d] - remind this channel about ITEM again later "
    "(default 1d)",
    "reminders": "reminders [CASE] - the reminders scheduled, when and where",
    "ics": "ics [CASE] - a calendar file of the deadlines",
    "history": "history [CASE] - who changed what, when",
    "status": "status - what this channel is linked to",
}
TOPIC_ALIASES: dict[str, str] = {
    "attendance": "attendance",
    "attend": "attendance",
    "confidentiality": "confidentiality",
    "confidential": "confidentiality",
    "letter": "letter",
    "submission": "letter_submission",
    "submit": "letter_submission",
    "length": "letter_length",
    "pages": "letter_length",
    "demand": "exchange",
    "exchange": "exchange",
    "offer": "exchange",
    "conference": "conference",
    "link": "conference",
    "sanctions": "sanctions",
}


@dataclass(frozen=True)
class Command:
    name: str
    case: DocketNumber | None = None
    args: tuple[str, ...] = ()
    on_date: date | None = None
    at_time: time | None = None
    body: str = ""  # free text (an order for `add`)
    # Said in plain words ("the conference was adjourned to June 20"): shown for
    # confirmation, changed only by the exact command its Confirm button sends.
    propose: bool = False
    # What a change expects to replace ("2024-05-28 14:30" from `… instead of 2024-05-28
    # 14:30`): a Confirm pressed after someone else's change finds it gone and applies nothing.
    expects: str | None = None


@dataclass(frozen=True)
class Question:
    text: str
    case: DocketNumber | None = None
    extra: tuple[str, ...] = field(default=())


_CASE_RE = re.compile(
    r"(?:\d{1,2}:)?\d{2,4}[\s-]*(?:cv|cr|mc|md|mj|civ\.?|cr\.?)[\s.-]*\d{1,6}(?:-[A-Za-z]{2,4})*",
    re.IGNORECASE,
)


def take_case(words: list[str]) -> tuple[DocketNumber | None, list[str]]:
    """Pull a docket number out of the argument words, wherever it is."""
    joined = " ".join(words)
    m = _CASE_RE.search(joined)
    if not m:
        return None, words
    try:
        case = parse_docket(m.group(0))
    except DocketNumberError:
        return None, words
    rest = (joined[: m.start()] + " " + joined[m.end() :]).split()
    return case, rest


# A date that opens the text, the rest set off by a comma, dash or "and"/"please"/"thanks".
_LEADING_DATE = re.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})"
    r"(?=\s*(?:[,;]|\s[-–—]|\s+(?:and|please|pls|thanks|thx|so|mark|fyi)\b))",
    re.IGNORECASE,
)


def parse_date(text: str, *, today: date) -> date:
    """ISO dates, US numeric dates and 'May 10' / 'May 10, 2024' (the year defaults to today's)."""
    from dateutil import parser as du  # lazy: only dated commands need it

    raw = text.strip().rstrip(".")
    if raw.lower() == "today":
        return today
    if raw.lower() == "yesterday":
        return today - timedelta(days=1)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return date.fromisoformat(raw)
        default = datetime(today.year, 1, 1)
        parsed: datetime = du.parse(raw, default=default, dayfirst=False)
        return parsed.date()
    except (ValueError, OverflowError) as exc:
        lead = _LEADING_DATE.match(raw)
        if lead is not None and lead.group(0) != raw:
            # "may 10, mark it done", "5/10 - thanks": the date, then what the message goes on
            # to say
            return parse_date(lead.group(0), today=today)
        raise CommandError(
            f"I can't read {raw!r} as a date. Write it like 2024-05-10, 5/10/2024 or May 10, 2024."
        ) from exc


def parse_time(text: str) -> time:
    raw = text.strip().lower().replace(".", "")
    if raw == "noon":
        return time(12, 0)
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", raw)
    if not m:
        raise CommandError(f"I can't read {text!r} as a time. Use e.g. 14:30 or 2:30pm.")
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3] == "pm" and hour < 12:
        hour += 12
    if m[3] == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise CommandError(f"{text!r} is not a time of day.")
    return time(hour, minute)


def suggest_command(word: str) -> str | None:
    close = difflib.get_close_matches(word.lower(), list(COMMANDS), n=1, cutoff=0.75)
    return close[0] if close else None


def parse_command(text: str, *, today: date) -> Command | Question:
    if len(text) > MAX_INPUT_CHARS:
        raise CommandError(
            f"That is {len(text):,} characters; I read at most {MAX_INPUT_CHARS:,}. "
            "Attach the order as a file instead."
        )
    stripped = text.strip()
    if not stripped:
        return Command("help")
    first, _, rest = stripped.partition(" ")
    name = first.lower().rstrip(":")
    if name == "add":
        return Command("add", body=rest.strip())
    if len(stripped) > MAX_QUESTION_CHARS and name not in COMMANDS:
        raise CommandError(
            f"That message is {len(stripped):,} characters; I read questions of up to "
            f"{MAX_QUESTION_CHARS:,}. Ask it in a sentence or two (e.g. \"when is the response "
            "due?\"), or attach an order with `add`."
        )
    if name.rstrip("?") in COMMANDS and name.endswith("?"):
        return Question(stripped)  # "status?", "next?": asked, not commanded
    if name not in COMMANDS:
        said = _event_statement(stripped, today) or _change_statement(stripped, today)
        if said is not None:
            return said
        # Only a one-word input that is a near-miss of a command gets "did you mean":
        # anything longer is a question for the natural-language path.
        if not rest and (guess := suggest_command(name)) is not None:
            raise CommandError(f"I don't know `{first}`. Did you mean `{guess}`?")
        return Question(stripped)
    if stripped.endswith("?"):
        # "why is the letter due on the 20th?", "next?": questions go to the language path,
        # which knows these intents too.
        return Question(stripped)
    if len(stripped) > MAX_COMMAND_CHARS:
        raise CommandError(f"That command is too long (at most {MAX_COMMAND_CHARS:,} characters).")
    words = rest.split()
    case, words = take_case(words)
    if name in _NO_ARGS and words:
        # "deadlines for the defense please": more than a command; let the language path read it.
        return Question(stripped, case=case)
    if name == "why" and (any(any(ch.isdigit() for ch in w) for w in words) or (
            len(words) >= 3 and _ASKS.search(rest))):
        # "why 5/14 for the demand", "why isn't memorial day counted": a day or a sentence, not
        # `why ITEM`; the language path reads the item from it when there is one
        return Question(stripped, case=case)
    try:
        return _build(name, case, words, today)
    except CommandError:
        # "conference moved to 6/20/2024 10:00 am": plain words that start with the command.
        said = _change_statement(stripped, today) if name == "conference" else None
        if said is not None:
            return said
        # "demand due date", "conference time in denver": a command word opening a question
        # with no date or number to act on is asked in words, not a malformed command.
        if name in _ASKABLE and not any(ch.isdigit() for ch in rest) and _ASKS.search(rest):
            return Question(stripped, case=case)
        raise


# Command words that also open questions ("demand deadline", "response due when"), and the
# words that make the rest a question rather than a malformed `demand received DATE`.
_ASKABLE = ("demand", "response", "conference", "explain", "why", "side", "confirm")
_ASKS = re.compile(r"\b(?:due|deadlines?|dates?|when|what|time|how|where|which|who|link|"
                   r"zone|is|are|do|does|can|should|must|need|"
                   # "why isn't memorial day counted?"
                   r"(?:is|are|do|does|did|can|should|would|was|were)n[’']?t)\b", re.IGNORECASE)


_NO_ARGS = (
    "help",
    "deadlines",
    "next",
    "ics",
    "history",
    "status",
    "untrack",
    "undo",
    "reminders",
)


def _event_statement(text: str, today: date) -> Command | None:
    try:
        found = event_statement(text, lambda t: parse_date(t, today=today))
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    if found is None:
        return None
    case, _ = take_case(text.split())
    noun = found[0].split("_")[0]  # the command that says the same: `demand`, `response`
    return Command(noun, case=case, args=(found[0],), on_date=found[1])


def _change_statement(text: str, today: date) -> Command | None:
    case, rest = take_case(text.split())  # "7:24-cv-00361" is no time of day
    try:
        found = change_statement(" ".join(rest), today)
    except ChangeUnclear as exc:
        raise CommandError(str(exc)) from exc
    if found is None:
        return None
    return replace(conference_command(found), case=case, propose=True)


def conference_command(change: Change) -> Command:
    """The `conference` command that makes `change`."""
    if isinstance(change, DateChange):
        return Command("conference", on_date=change.on_date, at_time=change.at_time)
    if isinstance(change, FormatChange):
        return Command("conference", args=("format", change.format.value, change.platform or ""))
    return Command("conference", args=("link", change.link))


def _build(name: str, case: DocketNumber | None, words: list[str], today: date) -> Command:
    if name in _NO_ARGS:
        return Command(name, case=case)
    if name == "track":
        if case is None:
            raise CommandError("Which case? Write `track 7:24-cv-00361` (the docket number).")
        return Command(name, case=case)
    if name == "explain":
        if not words:
            raise CommandError(
                "Explain what? Try `explain attendance`, `explain confidentiality`, "
                "`explain letter`, `explain demand`, `explain conference` or `explain sanctions`."
            )
        topic = TOPIC_ALIASES.get(words[0].lower())
        if topic is None:
            close = difflib.get_close_matches(words[0].lower(), list(TOPIC_ALIASES), n=1)
            hint = f" Did you mean `explain {close[0]}`?" if close else ""
            raise CommandError(f"I can't explain {words[0]!r}.{hint}")
        return Command(name, case=case, args=(topic,))
    if name == "conference":
        read_date = lambda t: parse_date(t, today=today)  # noqa: E731
        try:
            words, expected = split_expectation(words)
            change = read_conference_words(words, today, read_date, parse_time)
            expects = (
                expected_text(change, expected, today, read_date, parse_time)
                if expected is not None
                else None
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        return replace(conference_command(change), case=case, expects=expects)
    if name in EVENT_NOUNS:
        try:
            slug, day = read_event_words(name, words, lambda t: parse_date(t, today=today))
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        return Command(name, case=case, args=(slug,), on_date=day)
    if name == "why":
        if not words:
            raise CommandError("Why what? e.g. `why letter` (see `deadlines` for items).")
        return Command(name, case=case, args=(" ".join(words),))
    if name == "done":
        if not words:
            raise CommandError("Done with what? e.g. `done letter` (see `deadlines` for items).")
        return Command(name, case=case, args=(" ".join(words),))
    if name == "side":
        side = words[0].lower() if words else ""
        if side not in ("plaintiff", "defendant"):
            raise CommandError("Write `side plaintiff` or `side defendant`.")
        return Command(name, case=case, args=(side,))
    if name in ("confirm", "discard"):
        if len(words) != 1:
            raise CommandError(f"Press the {name.capitalize()} button under the order I read.")
        return Command(name, case=case, args=(words[0],))
    if name == "remind":
        return Command(name, case=case, args=tuple(w.lower() for w in words))
    if name == "snooze":
        return Command(name, case=case, args=snooze_args(words))
    raise CommandError(f"`{name}` is not available yet.")
