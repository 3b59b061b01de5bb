"""CPU cost of understanding a question and building its reply, apart from the store.

Run: .venv/bin/python bench/question_understanding.py [--set FILE] [--repeat 5]

`bench/question_replies.py` times a whole request (the SQL store's reads included); this
times only what the question path adds: `interpret` (spelling repair, kinds, obligation
ranking) and the reply (`routing.answer_more`, else the service's own answer), on the
example matter held in memory. Every question is read afresh (`questions._read`'s cache is
cleared before each timing); the order's own caches (obligation profiles, the sentence
index) stay warm, as they are in a running bot after its first question.

1. Warm: median, p90 and max CPU per question over the set (each asked --repeat times,
   the median of those kept), against `interpret("help")` timed the same way.
2. Cold: `settleconf ask "whats the pg limt for the ltr"` in fresh processes (median of
   --runs; CPU is less at the mercy of the shared machine than wall), against `settleconf
   ask deadlines` (the command path, no question reading). Target < 1 s.
Writes bench/results/question_understanding.json. Exits 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

DEV = ROOT / "tests" / "eval" / "dev_s4.jsonl"
RESULTS = ROOT / "bench" / "results" / "question_understanding.json"
QUESTION = ["ask", "whats the pg limt for the ltr", "--today", "2024-05-13"]
COMMAND = ["ask", "deadlines", "--today", "2024-05-13"]


def example_matter() -> Any:
    from settleconf.bot.example_matter import EXAMPLE_FILE, example_text
    from settleconf.core.matter import Matter, StoredOrder
    from settleconf.core.order_parser import parse_order

    text = example_text()
    order = parse_order(text, source_name=EXAMPLE_FILE)
    stored = StoredOrder(text, EXAMPLE_FILE, hashlib.sha256(text.encode()).hexdigest(), order)
    return Matter(id=1, workspace_id=1, docket=order.case_number or "", caption=order.caption,
                  court=order.court, timezone=order.conference.timezone, stored_order=stored,
                  conference=order.conference, is_example=True)


def answerer(matter: Any) -> Callable[[str, date], str]:
    from settleconf.bot.chat import questions
    from settleconf.bot.replies.routing import answer_more
    from settleconf.bot.service import Service

    def answer(text: str, today: date) -> str:
        meaning = questions.interpret(text, matter.order.obligations, today=today,
                                      conference=matter.conference.date)
        reply = answer_more(matter, meaning, today, text) or Service._answer(
            None, matter, meaning, today)  # type: ignore[arg-type]  # `self` is unused
        return str(reply.text)

    return answer


def timed(fn: Callable[[], object], repeat: int) -> float:
    from settleconf.bot.chat import questions

    runs = []
    for _ in range(repeat):
        questions._read.cache_clear()
        t0 = time.process_time()
        fn()
        runs.append(time.process_time() - t0)
    return 1000 * statistics.median(runs)


def cold(runs: int) -> dict[str, float]:
    """`settleconf ask` in fresh processes on a private embedded database: a misspelt
    question (repair, kinds, ranking, the procedure answer) against the `deadlines` command."""
    from bench.cold_start import settleconf_argv, wall

    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "SETTLECONF_DATABASE_URL"}
        env["XDG_DATA_HOME"] = tmp
        wall(settleconf_argv(*COMMAND), env, 1)  # creates the database and the example
        q_wall, q_cpu, errors = wall(settleconf_argv(*QUESTION), env, runs)
        c_wall, c_cpu, more = wall(settleconf_argv(*COMMAND), env, runs)
    if errors or more:
        print("\n".join(errors + more), file=sys.stderr)
    return {"question_wall_s": round(q_wall, 3), "question_cpu_s": round(q_cpu, 3),
            "command_wall_s": round(c_wall, 3), "command_cpu_s": round(c_cpu, 3)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEV, help="a questions .jsonl")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3, help="cold `ask` processes")
    args = parser.parse_args(argv)
    lines = [json.loads(x) for x in args.set.read_text(encoding="utf-8").splitlines() if x]
    matter = example_matter()
    answer = answerer(matter)
    answer("help", date(2024, 5, 13))  # the order's caches, as after a bot's first question
    base = timed(lambda: answer("help", date(2024, 5, 13)), 20)
    costs = sorted(timed(lambda q=line: answer(q["q"], date.fromisoformat(q.get("today") or
                                                                            "2024-05-13")),
                         args.repeat) for line in lines)
    result = {
        "set": str(args.set.relative_to(ROOT)) if args.set.is_relative_to(ROOT) else str(args.set),
        "questions": len(costs),
        "cpu_ms_median": round(costs[len(costs) // 2], 3),
        "cpu_ms_p90": round(costs[int(len(costs) * 0.9)], 3),
        "cpu_ms_max": round(costs[-1], 3),
        "cpu_ms_help_baseline": round(base, 3),
        "cold": cold(args.runs),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"understanding + reply, CPU per question over {result['questions']}: median "
          f"{result['cpu_ms_median']} ms, p90 {result['cpu_ms_p90']} ms, max "
          f"{result['cpu_ms_max']} ms; `help` {result['cpu_ms_help_baseline']} ms")
    c = result["cold"]
    print(f"cold `ask` of a misspelt question: CPU {c['question_cpu_s']} s, wall "
          f"{c['question_wall_s']} s; `ask deadlines`: CPU {c['command_cpu_s']} s, wall "
          f"{c['command_wall_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
