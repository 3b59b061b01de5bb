"""How replies read, over the tuning sets: too long, raw fields, typos, lists out of order.

Run: .venv/bin/python bench/reply_audit.py [--show KIND] [--all]

Asks every phrasing of tests/eval/questions.jsonl and tests/eval/tuning_first_lines.jsonl
of the real service on the example matter (as bench/question_replies.py does) and renders
each reply as the console does (`render_text`, the same answer Slack and Teams show). A
reply is flagged when:

- long: more than six lines (the title counts; a "More" action may hold the rest);
- raw: a "Key: value" field line, or a snake_case word outside backticks ("in_person");
- lead: a yes/no question whose first line doesn't start with an answer word;
- typo: doubled punctuation ("p.m..", ".."), "1 days" / "1 business days";
- order: the dates of a list (the first line's "; " items, the detail lines, or the deadline
  rows) go back.

Never run it on tests/eval/frozen/. Prints the counts per kind; exits 0 whatever they are.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime
from datetime import time as clock_time
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from settleconf.adapters.store import open_store  # noqa: E402
from settleconf.bot.chat.question_kinds import YES_NO  # noqa: E402
from settleconf.bot.chat.request import Request, UploadedFile  # noqa: E402
from settleconf.bot.example_matter import example_text  # noqa: E402
from settleconf.bot.renderers.text import render_text  # noqa: E402
from settleconf.bot.replies.reply import Reply  # noqa: E402
from settleconf.bot.service import Service  # noqa: E402

SETS = (ROOT / "tests" / "eval" / "questions.jsonl",
        ROOT / "tests" / "eval" / "tuning_first_lines.jsonl")
ADDED_ON = date(2024, 5, 1)
# Commands and changes, in this order, after the questions (a `more` may be long: asked for).
COMMANDS = (
    "deadlines", "next", "why letter", "why demand", "why response", "help", "status", "history",
    "reminders", "explain letter", "explain attendance", "explain confidentiality",
    "explain demand", "explain conference", "explain sanctions", "what's next?",
    # With a side set, `next` puts our duties first on purpose: not a list out of order.
    "side plaintiff",
    "remind 1d 1bd 9:00", "snooze letter 1d", "done ex_parte_letter", "undo",
    "demand made 2024-05-10", "deadlines", "conference 2024-06-20 2:30pm", "reminders", "more",
)
MAX_LINES = 6

# A label and a bare value ("Phone ok: yes", "Format: in_person"), not a sentence after a colon.
_FIELD = re.compile(r"^\s*[A-Z][A-Za-z ]{1,30}: (?:yes|no|true|false|none|\d+|[a-z]+_[a-z_]+)\.?$",
                    re.IGNORECASE)
_CITATION = re.compile(r"^(Order, |FRCP |preamble)")
_SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
_TYPO = re.compile(r"\.\.(?!\.)|,,|;;|\. \.|\b1 (?:business |calendar )?days\b|\(\s*\)")
_ANSWER_WORDS = re.compile(r"^(Yes|No|Only|It depends|If |Not |Both|Either|Neither|The order "
                           r"doesn't|The order sets no)")
# Asked as yes/no but meant as a request or a wh-question: "can you give me the schedule",
# "when is the letter due, and is it business days?".
_NOT_YES_NO = re.compile(r"^(?:can|could|would|will) you\b|^can i (?:get|have|see)\b|"
                         r"^(?:when|what|who|where|why|how|which)\b|^need\b", re.IGNORECASE)
_DAY = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                  r"Oct|Nov|Dec)\w* (\d{1,2})(?:, (\d{4}))?")


def _days(text: str) -> list[date]:
    out = []
    for m in _DAY.finditer(text):
        month = datetime.strptime(m.group(1), "%b").month
        out.append(date(int(m.group(3) or 2024), month, int(m.group(2))))
    return out


def _out_of_order(days: Sequence[date]) -> bool:
    return any(b < a for a, b in pairwise(days))


def flags(question: str, reply: Reply) -> dict[str, str]:
    """The kinds of fault in `reply`, each with the line that shows it."""
    rendered = render_text(reply)
    lines = [line for line in rendered.splitlines() if line.strip()]
    found: dict[str, str] = {}
    if len(lines) > MAX_LINES and question.strip().lower() != "more":
        found["long"] = f"{len(lines)} lines"
    if reply.fields:
        found["raw"] = "; ".join(f"{f.label}: {f.value}" for f in reply.fields)
    for line in lines:
        bare = re.sub(r"`[^`]*`", "", line)
        if _FIELD.match(line):
            found.setdefault("raw", line)
        if _SNAKE.search(bare) and not _CITATION.match(line.strip()):
            found.setdefault("raw", line)
        if _TYPO.search(line):
            found.setdefault("typo", line)
    first = reply.text.splitlines()[0] if reply.text else ""
    if YES_NO.search(question.lower()) and " or " not in f" {question.lower()} " and (
            not _NOT_YES_NO.search(question.strip())) and (
            not reply.is_error and reply.intent not in ("clarify",)
            and not _ANSWER_WORDS.match(first)):
        found["lead"] = first
    items = [s for s in first.split("; ") if _days(s)]
    # An item's own date is its last ("If the conference moves to Thu Jun 20: Settlement
    # demand, Thu Jun 6; ..."): the first segment may open with the date asked about.
    if len(items) > 1 and _out_of_order([_days(s)[-1] for s in items]):
        found["order"] = first
    listed = [_days(d)[0] for d in reply.details if _days(d) and d.startswith("- ")]
    if _out_of_order(listed):
        found["order"] = " | ".join(reply.details)
    # The rows of a list (in full, behind More); `next` puts our side's first on purpose.
    rows = [d.due_date for d in reply.deadlines if d.due_date is not None]
    if reply.intent != "next" and _out_of_order(rows):
        found["order"] = " | ".join(d.title for d in reply.deadlines)
    return found


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _request(
    text: str, today: date, upload: UploadedFile | None = None, user: str = "U1"
) -> Request:
    return Request(platform="slack", workspace="T1", channel="C1", user=user, text=text,
                   today=today, upload=upload, trusted=upload is not None)


async def audit(lines: list[dict[str, Any]]) -> list[tuple[str, Reply, dict[str, str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = await open_store(f"sqlite+aiosqlite:///{Path(tmp) / 'audit.db'}")
        clock = datetime.combine(ADDED_ON, clock_time(13), tzinfo=UTC)
        service = Service(store, clock=lambda: clock)
        try:
            added = await service.handle(
                _request("add", ADDED_ON, UploadedFile("order.txt", example_text())))
            if added.is_error:
                raise SystemExit(f"the example order was not added: {added.text}")
            out = []
            for n, line in enumerate(lines):
                today = date.fromisoformat(line.get("today") or "2024-05-13")
                # A person of its own per line, as in question_replies: no follow-ups.
                reply = await service.handle(_request(line["q"], today, user=f"Q{n}"))
                out.append((line["q"], reply, flags(line["q"], reply)))
            return out
        finally:
            # The last answers' conversation turns are written in the background: a write
            # still running when the loop ends leaves its connection to the garbage collector
            # (SQLAlchemy's "non-checked-in connection" warning), as serve's shutdown avoids.
            await service.settle()
            await store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="append", default=[], help="print replies of a kind")
    parser.add_argument("--all", action="store_true", help="print every flagged reply")
    args = parser.parse_args(argv)
    lines = [line for path in SETS for line in load(path)]
    lines += [{"q": command} for command in COMMANDS]
    results = asyncio.run(audit(lines))
    counts = Counter(kind for _, _, found in results for kind in found)
    flagged = sum(bool(found) for _, _, found in results)
    print(f"{len(results)} phrasings, {flagged} flagged: "
          + ", ".join(f"{k} {counts[k]}" for k in ("long", "raw", "lead", "typo", "order")))
    for q, reply, found in results:
        shown = [k for k in found if args.all or k in args.show]
        if shown:
            print(f"\n[{', '.join(shown)}] {q!r}")
            for k in shown:
                print(f"  {k}: {found[k]}")
            if "long" in shown:
                print("  | " + render_text(reply).rstrip().replace("\n", "\n  | "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
