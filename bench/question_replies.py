"""The frozen question set, answered end to end: does the reply's first line say it?

Run: .venv/bin/python bench/question_replies.py [--set FILE] [--json] [--show-misses]

Each line of tests/eval/frozen/questions.jsonl was written by someone who never saw the
question matcher (tests/eval/frozen/README.md). It is asked of the real service, in a
channel linked to the example matter (or to the order a line names in `order`, a path from
the project root, added on its `added_on`, with its `docket` typed first when the text names
none), on the line's `today`; the answer is right when
the first line of the reply's answer (`Reply.text`, which every renderer shows as the
answer) contains every `first_line_has` string and none of `first_line_lacks`
(case-insensitive). Intent labels are reported but not scored: what
counts is what the person reads first.

Never tune the matcher on this set; refresh it with new phrasings once its misses have
been looked at. Prints accuracy overall and per intent, style and side, and the cost per
question (CPU time in one process, against a `help` question as the baseline in the same
run); writes bench/results/question_replies.json (for the frozen set, the number of misses
and not the misses themselves). Exits 0 whatever the score.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from settleconf.adapters.store import open_store  # noqa: E402
from settleconf.bot.chat.request import Request, UploadedFile  # noqa: E402
from settleconf.bot.example_matter import example_text  # noqa: E402
from settleconf.bot.service import Service  # noqa: E402

FROZEN = ROOT / "tests" / "eval" / "frozen" / "questions.jsonl"
RESULTS = ROOT / "bench" / "results" / "question_replies.json"
ADDED_ON = date(2024, 5, 1)


@dataclass(frozen=True)
class Answer:
    line: dict[str, Any]
    first_line: str
    right: bool
    cpu_ms: float


def load(path: Path = FROZEN) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


_MONTHS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[a-z]+")


def _fold(text: str) -> str:
    """Lower case, month names to three letters: "June 12" and "Jun 12" say the same."""
    return _MONTHS.sub(lambda m: m.group(1).lower(), text.lower())


def _says(first: str, wanted: str) -> bool:
    # A bare yes/no must be the answer's first word ("No - the letter is ex parte"),
    # not a substring of "not" or "know".
    if wanted.strip().lower() in ("yes", "no"):
        word = _FIRST_WORD.search(first.lower())
        return word is not None and word.group(0) == wanted.strip().lower()
    return _fold(wanted) in _fold(first)


def is_right(line: dict[str, Any], first: str) -> bool:
    has = all(_says(first, s) for s in line.get("first_line_has") or [])
    lacks = not any(_says(first, s) for s in line.get("first_line_lacks") or [])
    return has and lacks


def _request(
    text: str, today: date, upload: UploadedFile | None = None, user: str = "U1",
    channel: str = "C1",
) -> Request:
    return Request(platform="slack", workspace="T1", channel=channel, user=user, text=text,
                   today=today, upload=upload, trusted=upload is not None)


def _matter(line: dict[str, Any]) -> tuple[str, date]:
    """The order a line is asked about (`order`, a path from the project root; the example
    order when absent) and the day it was added (`added_on`)."""
    added = line.get("added_on")
    return line.get("order") or "", date.fromisoformat(added) if added else ADDED_ON


async def _add_matters(
    service: Service, lines: list[dict[str, Any]]
) -> dict[tuple[str, date], str]:
    """One channel per distinct order, each with its order added: a line is asked in the
    channel of its own matter, as a team would ask in that matter's channel."""
    channels: dict[tuple[str, date], str] = {}
    for line in lines:
        key = _matter(line)
        if key in channels:
            continue
        channel = f"C{len(channels) + 1}"
        path, added_on = key
        name, text = ("order.txt", example_text()) if not path else (
            Path(path).name, (ROOT / path).read_text(encoding="utf-8"))
        # an order whose text names no docket number is added the way a user must add it,
        # with the number typed first (the line's `docket`)
        docket = next((ln.get("docket") for ln in lines if _matter(ln) == key), None)
        command = f"add {docket}" if docket else "add"
        added = await service.handle(
            _request(command, added_on, UploadedFile(name, text), channel=channel))
        if added.is_error:
            raise SystemExit(f"the order {path or 'example'} was not added: {added.text}")
        channels[key] = channel
    return channels


async def ask_all(lines: list[dict[str, Any]]) -> tuple[list[Answer], float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = await open_store(f"sqlite+aiosqlite:///{Path(tmp) / 'eval.db'}")
        clock = datetime.combine(ADDED_ON, clock_time(13), tzinfo=UTC)
        service = Service(store, clock=lambda: clock)
        try:
            channels = await _add_matters(service, lines or [{}])
            baseline = []
            for _ in range(20):
                t0 = time.process_time()
                await service.handle(_request("help", ADDED_ON))
                baseline.append(time.process_time() - t0)
            answers = []
            for n, line in enumerate(lines):
                today = date.fromisoformat(line.get("today") or "2024-05-13")
                t0 = time.process_time()
                # Each line is a first question, from a person of its own: asked as one user,
                # the follow-up memory (docs/follow-ups.md) would read a line as following
                # the one before it, and a line's score would depend on its neighbour.
                reply = await service.handle(_request(
                    line["q"], today, user=f"Q{n}", channel=channels[_matter(line)]))
                cpu = time.process_time() - t0
                first = first_line(reply.text)
                answers.append(Answer(line, first, is_right(line, first), cpu * 1000))
            return answers, 1000 * sorted(baseline)[len(baseline) // 2]
        finally:
            # The last answers' conversation turns are written in the background: a write
            # still running when the loop ends leaves its connection to the garbage collector
            # (SQLAlchemy's "non-checked-in connection" warning), as serve's shutdown avoids.
            await service.settle()
            await store.close()


def report(answers: list[Answer], baseline_ms: float) -> dict[str, Any]:
    groups: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for a in answers:
        for key in ("intent", "style", "side"):
            groups[key][str(a.line.get(key))].append(a.right)
    costs = sorted(a.cpu_ms for a in answers)
    median = costs[len(costs) // 2] if costs else 0.0
    return {
        "total": len(answers),
        "right": sum(a.right for a in answers),
        "accuracy": round(sum(a.right for a in answers) / max(1, len(answers)), 4),
        "by": {k: {g: f"{sum(v)}/{len(v)}" for g, v in sorted(d.items())}
               for k, d in groups.items()},
        "cpu_ms_per_question_median": round(median, 2),
        "cpu_ms_per_question_max": round(costs[-1], 2) if costs else 0.0,
        "cpu_ms_help_baseline_median": round(baseline_ms, 2),
        "ratio_to_help": round(median / baseline_ms, 2) if baseline_ms else None,
        "misses": [{"q": a.line["q"], "intent": a.line.get("intent"),
                    "want": a.line.get("first_line_has"), "lacks": a.line.get("first_line_lacks"),
                    "got": a.first_line} for a in answers if not a.right],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=FROZEN, help="a questions.jsonl to score")
    parser.add_argument("--json", action="store_true", help="print the JSON report")
    parser.add_argument("--show-misses", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    if not args.set.is_file():
        print(f"no question set at {args.set}", file=sys.stderr)
        return 0
    answers, baseline = asyncio.run(ask_all(load(args.set)))
    result = report(answers, baseline)
    frozen = args.set.resolve() == FROZEN.resolve()
    if frozen:
        # Totals only, on screen and on disk: a list of the frozen set's misses is what
        # tuning on it would start from (tests/eval/frozen/README.md).
        result["misses"] = len(result["misses"])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"first line right: {result['accuracy']:.1%} ({result['right']}/{result['total']})")
    for key, groups in result["by"].items():
        print(f"  by {key}: " + ", ".join(f"{g} {v}" for g, v in groups.items()))
    print(f"CPU per question: median {result['cpu_ms_per_question_median']} ms, "
          f"max {result['cpu_ms_per_question_max']} ms; `help` baseline "
          f"{result['cpu_ms_help_baseline_median']} ms (x{result['ratio_to_help']})")
    if args.show_misses and frozen:
        print("  (the frozen set's misses are not shown: score a tuning set with --set)")
    elif args.show_misses:
        for miss in result["misses"]:
            print(f"  MISS {miss['q']!r}\n       want {miss['want']} lacks {miss['lacks']}"
                  f"\n       got  {miss['got']!r}")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
