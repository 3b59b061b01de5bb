"""How well the parser and the deadline engine read the labeled corpus.

    .venv/bin/python bench/corpus_accuracy.py [--corpus DIR] [--json]

For each labeled order (NNN.txt + NNN.json): parse it, date its obligations with
core.deadlines, and compare with the hand-checked labels:

- conference date and time right;
- each labeled obligation with a `computed_due` is *found* when a produced deadline has
  that due date and looks like the same duty (similar quote, or the same kind of rule).
  One produced deadline answers one label, except labels that repeat the same duty;
- a *wrong date shown without review* is a produced deadline whose date matches no
  labeled date and is not flagged needs_review -- the error a user would act on;
- a *conference date shown wrong* is a conference date the label does not have (another
  day, or a day where the order sets none). A missing one is not counted here: the
  reply then says it found no date.

Splits, reported apart (without --corpus):
- `shared`: ../shared/corpus/orders, the development set the parser rules were written on;
- `dev`: tests/corpus/orders not listed in tests/corpus/frozen.txt (may be tuned on);
- `frozen`: tests/corpus/orders listed in tests/corpus/frozen.txt: judges the rules never
  saw, held out before any rule changed. Never tune on it: its figure is the honest
  estimate for orders nobody has shown us. Refresh it with new orders once looked at.

Prints a per-file table and totals per split, writes bench/results/corpus_accuracy.json,
and always exits 0: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from settleconf.core.deadlines import Deadline, compute_schedule  # noqa: E402
from settleconf.core.order_parser import OrderTextError, parse_order, read_order_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "orders"
OWN_CORPUS = ROOT / "tests" / "corpus" / "orders"
FROZEN_LIST = ROOT / "tests" / "corpus" / "frozen.txt"
RESULTS = ROOT / "bench" / "results" / "corpus_accuracy.json"
SIMILAR = 0.5  # quote similarity that makes two quotes the same sentence
SAME_DUTY = 0.9  # labels this alike describe one duty twice


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


@dataclass
class FileResult:
    name: str
    conference_date_ok: bool
    conference_time_ok: bool
    labeled: int = 0
    found: int = 0
    wrong_unreviewed: int = 0
    missed: list[str] = field(default_factory=list)
    missed_told: int = 0  # missed, but a review flag or a warning quotes the sentence
    wrong: list[str] = field(default_factory=list)
    error: str | None = None
    # A conference date shown that the label does not have (another date, or a date where
    # the order sets none): every period counts from it, so it is the costliest wrong date.
    conference_date_shown_wrong: bool = False


_QUOTED = re.compile(r'"([^"]{20,})"')


def same_sentence(label: str, quote: str) -> bool:
    """The labeled sentence, alike as a whole or standing inside a longer quote (a
    sentence run into the one before it)."""
    if _similarity(label, quote) >= 0.5:
        return True
    a, b = " ".join(label.lower().split()), " ".join(quote.lower().split())
    longest = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
    return longest.size >= min(40, len(a) // 2)


def told(quote: str, produced: list[Deadline], warnings: tuple[str, ...]) -> bool:
    """The user is told about the labeled sentence: a deadline from it marked for review,
    or a warning quoting it. Not right, but not silent either."""
    if any(d.needs_review and same_sentence(quote, d.obligation.quote) for d in produced):
        return True
    for w in warnings:
        for said in _QUOTED.findall(w):
            said = said.rstrip("…")
            if _similarity(quote[: len(said) + 20], said) >= 0.5 or _similarity(quote, said) >= 0.5:
                return True
    return False


def _match(labels: list[dict[str, Any]], produced: list[Deadline]) -> tuple[int, list[str]]:
    """Labels answered by produced deadlines: (count found, ids of labels missed)."""
    dated = [lab for lab in labels if lab.get("computed_due")]
    options: list[tuple[float, int, int]] = []
    for li, lab in enumerate(dated):
        due = date.fromisoformat(lab["computed_due"])
        for pi, d in enumerate(produced):
            if d.due_date != due:
                continue
            sim = _similarity(lab.get("quote", ""), d.obligation.quote)
            same_kind = lab["rule"]["kind"] == d.obligation.rule.kind.value
            if sim >= SIMILAR or same_kind:
                options.append((sim + (0.25 if same_kind else 0.0), li, pi))
    taken_by: dict[int, int] = {}  # produced index -> label index
    answered: set[int] = set()
    for _, li, pi in sorted(options, reverse=True):
        if li in answered:
            continue
        owner = taken_by.get(pi)
        if owner is None:
            taken_by[pi] = li
            answered.add(li)
        elif _similarity(dated[owner].get("quote", ""), dated[li].get("quote", "")) >= SAME_DUTY:
            answered.add(li)  # the same duty labeled twice: one deadline answers both
    missed = [lab["id"] for li, lab in enumerate(dated) if li not in answered]
    return len(answered), missed


def evaluate(txt: Path) -> FileResult:
    label = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    conf = label.get("conference") or {}
    try:
        order = parse_order(read_order_text(txt), source_name=txt.name)
        schedule = compute_schedule(order)
        produced = list(schedule.deadlines)
    except (OrderTextError, ValueError) as exc:
        return FileResult(txt.name, False, False, error=str(exc))
    got_time = order.conference.time.strftime("%H:%M") if order.conference.time else None
    got_date = order.conference.date.isoformat() if order.conference.date else None
    result = FileResult(
        txt.name,
        conference_date_ok=got_date == conf.get("date"),
        conference_time_ok=got_time == conf.get("time"),
        conference_date_shown_wrong=got_date is not None and got_date != conf.get("date"),
    )
    labels = label.get("obligations") or []
    result.labeled = sum(1 for lab in labels if lab.get("computed_due"))
    result.found, result.missed = _match(labels, produced)
    quotes = {lab["id"]: lab.get("quote", "") for lab in labels}
    result.missed_told = sum(told(quotes[m], produced, schedule.warnings) for m in result.missed)
    labeled_dates = {lab["computed_due"] for lab in labels if lab.get("computed_due")}
    for d in produced:
        if d.due_date and not d.needs_review and d.due_date.isoformat() not in labeled_dates:
            result.wrong_unreviewed += 1
            result.wrong.append(f"{d.id}={d.due_date.isoformat()}")
    return result


def labeled(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").exists())


def splits() -> dict[str, list[Path]]:
    frozen = set(FROZEN_LIST.read_text(encoding="utf-8").split()) if FROZEN_LIST.exists() else set()
    own = labeled(OWN_CORPUS)
    return {
        "shared": labeled(DEFAULT_CORPUS),
        "dev": [p for p in own if p.stem not in frozen],
        "frozen": [p for p in own if p.stem in frozen],
    }


def totals_of(results: list[FileResult]) -> dict[str, Any]:
    labeled_n = sum(r.labeled for r in results)
    found = sum(r.found for r in results)
    return {
        "files": len(results),
        "conference_date_right": sum(r.conference_date_ok for r in results),
        "conference_time_right": sum(r.conference_time_ok for r in results),
        "labeled_due_dates": labeled_n,
        "found_and_right": found,
        "found_and_right_pct": round(100 * found / labeled_n, 1) if labeled_n else 0.0,
        "missed_but_flagged": sum(r.missed_told for r in results),
        "wrong_dates_without_review": sum(r.wrong_unreviewed for r in results),
        "conference_dates_shown_wrong": sum(r.conference_date_shown_wrong for r in results),
        "targets": {"found_and_right_pct": ">= 95", "wrong_dates_without_review": "0"},
    }


def _print_table(name: str, results: list[FileResult], t: dict[str, Any]) -> None:
    print(f"\n== {name}")
    print(f"{'file':<9} {'conf date':<9} {'time':<5} {'found':>7}  {'wrong!':>6}  notes")
    for r in results:
        notes = r.error or "; ".join(
            [f"missed {', '.join(r.missed)}"] * bool(r.missed)
            + [f"unreviewed {', '.join(r.wrong)}"] * bool(r.wrong)
        )
        print(
            f"{r.name:<9} {'ok' if r.conference_date_ok else 'WRONG':<9} "
            f"{'ok' if r.conference_time_ok else 'WRONG':<5} {r.found:>3}/{r.labeled:<3}  "
            f"{r.wrong_unreviewed:>6}  {notes}"
        )
    print(_summary(name, t))


def _summary(name: str, t: dict[str, Any]) -> str:
    return (
        f"{name}: conference date {t['conference_date_right']}/{t['files']}, "
        f"time {t['conference_time_right']}/{t['files']}; due dates found and right "
        f"{t['found_and_right']}/{t['labeled_due_dates']} ({t['found_and_right_pct']}%), "
        f"of the rest flagged for review {t['missed_but_flagged']}; "
        f"wrong dates shown without review: {t['wrong_dates_without_review']}; "
        f"conference dates shown wrong: {t['conference_dates_shown_wrong']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="score one folder instead of the splits")
    parser.add_argument("--json", action="store_true", help="print the JSON report instead")
    args = parser.parse_args(argv)
    sets = {"corpus": labeled(args.corpus)} if args.corpus else splits()
    report: dict[str, Any] = {"splits": {}}
    for name, files in sets.items():
        results = [evaluate(f) for f in files]
        # The frozen split reports totals only: a per-order list of missed obligations is
        # exactly what one would tune on (--corpus scores a folder order by order).
        shown = [] if name == "frozen" else [r.__dict__ for r in results]
        report["splits"][name] = {"totals": totals_of(results), "files": shown}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    if not any(sets.values()):
        print("no labeled orders (NNN.txt + NNN.json) found", file=sys.stderr)
    for name, split in report["splits"].items():
        if name == "frozen":
            continue  # totals only, printed below
        _print_table(name, [FileResult(**f) for f in split["files"]], split["totals"])
    print()
    for name, split in report["splits"].items():
        print(_summary(name, split["totals"]))
    print("(targets: >= 95% of due dates, every conference date and time, 0 unreviewed wrong dates;"
          " only `frozen` was never tuned on)")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
