"""Grading a parse of a damaged order against the undamaged order's hand labels.

Each labeled due date and the conference date and time come out as one of:
- `right`: found with the labeled date (bench/corpus_accuracy.py's matching);
- `flagged`: not right, but the user is told: a deadline from the same sentence marked for
  review, or a warning quoting that sentence (or, for the conference, saying its date or
  time is in doubt);
- `wrong`: a deadline from the same sentence with another date and no review flag;
- `dropped`: nothing about it at all.
`silent_wrong` counts produced dates that match no label and carry no flag, the error a
user would act on. Only the shared and dev splits are graded: the frozen split is never
read (tests/corpus/frozen.txt).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from settleconf.core.deadlines import Deadline, compute_schedule
from settleconf.core.order_parser import parse_order

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus" / "orders"
OWN = ROOT / "tests" / "corpus" / "orders"
FROZEN = ROOT / "tests" / "corpus" / "frozen.txt"
OUTCOMES = ("right", "flagged", "wrong", "dropped")
_CONFERENCE_DOUBT = re.compile(
    r"conference date|No settlement conference|conference is remote", re.IGNORECASE
)
_TIME_DOUBT = re.compile(
    r"No time found|no a\.m\./p\.m\.|two times with the conference date", re.IGNORECASE
)


# Dev orders whose text, as found, lacks words a date needs: each miss is flagged, none is
# read. Kept apart by name so that no other order can slip from right to flagged.
TEXT_LACKS_THE_DATE = {
    # The PDF's text layer moved both periods' lead-ins ("IDEALLY, at least fourteen (14)
    # days prior to the", "IDEALLY, no later than seven (7) days") to the end of another
    # line: the demand's sentence opens "Settlement Conference, plaintiff shall submit"
    # and the offer's on "prior to the Settlement Conference". Both are flagged.
    "520": {"plaintiff_demand", "defense_offer"},
}
# Rulings (dev since the twenty-second pass) whose excerpt stops before it says which
# session it is about: the conference date shown is flagged, never read as sure.
CONFERENCE_NOT_IN_TEXT = {
    "822": "three settings recited, the excerpt stops before saying which one was missed",
    "836": "the session after the summary jury trial is cut off at 'participated in a se'",
}
# Duties an earlier order set, recited in a ruling ("The Settlement Conference Order also
# directed the parties to exchange ... before the settlement conference"). Their labels
# follow an older convention; phrasings28's (a recital is not the ruling's own duty) is the
# parser's, so they are not graded.
RECITED_DUTIES = {
    "801": {"exchange_demand_and_reply"},
    "823": {"confidential_memorandum", "demand_offer_exchange"},
    "834": {"show_cause_writing"},
    "837": {"dismissal_papers"},
}


@cache
def _bench() -> ModuleType:
    """bench/corpus_accuracy.py, loaded from its file: bench is scripts, not a package."""
    path = ROOT / "bench" / "corpus_accuracy.py"
    spec = importlib.util.spec_from_file_location("corpus_accuracy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def tuning_orders() -> list[Path]:
    """The shared and dev orders with labels; never a frozen one."""
    frozen = set(FROZEN.read_text(encoding="utf-8").split()) if FROZEN.exists() else set()
    own = [p for p in sorted(OWN.glob("*.txt")) if p.stem not in frozen]
    both = sorted(SHARED.glob("*.txt")) + own
    return [p for p in both if p.with_suffix(".json").exists()]


@cache
def labels_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def _similar(a: str, b: str) -> float:
    return float(_bench()._similarity(a, b))


@dataclass
class Grade:
    outcomes: Counter[str] = field(default_factory=Counter)
    silent_wrong: int = 0
    failures: list[str] = field(default_factory=list)  # what went wrong, for the assert message

    def add(self, other: Grade) -> None:
        self.outcomes.update(other.outcomes)
        self.silent_wrong += other.silent_wrong
        self.failures += other.failures

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    def share(self, *kinds: str) -> float:
        return sum(self.outcomes[k] for k in kinds) / self.total if self.total else 1.0


def _told(quote: str, produced: list[Deadline], warnings: tuple[str, ...]) -> bool:
    """A flagged deadline or a warning about the labeled sentence (the bench's rule)."""
    return bool(_bench().told(quote, produced, warnings))


def grade(path: Path, text: str) -> Grade:
    """How the parse of `text` (the order at `path`, maybe damaged) matches its labels."""
    label = labels_of(path)
    g = Grade()
    order = parse_order(text, source_name=path.name)
    schedule = compute_schedule(order)
    produced = list(schedule.deadlines)
    warnings = schedule.warnings
    conf = label.get("conference") or {}
    got_date = order.conference.date.isoformat() if order.conference.date else None
    got_time = order.conference.time.strftime("%H:%M") if order.conference.time else None
    date_doubt = any(_CONFERENCE_DOUBT.search(w) for w in warnings)
    for what, got, want, doubt in (
        ("conference date", got_date, conf.get("date"), date_doubt),
        ("conference time", got_time, conf.get("time"), date_doubt or
         any(_TIME_DOUBT.search(w) for w in warnings)),
    ):
        outcome = "right" if got == want else "flagged" if doubt else "wrong"
        g.outcomes[outcome] += 1
        if outcome == "wrong":
            g.failures.append(f"{path.stem}: {what} {got} instead of {want}, unflagged")
    recited = RECITED_DUTIES.get(path.stem, set())
    labels = [lab for lab in label.get("obligations") or [] if lab["id"] not in recited]
    dated = [lab for lab in labels if lab.get("computed_due")]
    _, missed = _bench()._match(labels, produced)
    for lab in dated:
        if lab["id"] not in missed:
            g.outcomes["right"] += 1
            continue
        quote = lab.get("quote", "")
        if _told(quote, produced, warnings):
            g.outcomes["flagged"] += 1
            continue
        same = [d for d in produced if _similar(quote, d.obligation.quote) >= 0.5]
        outcome = "wrong" if same else "dropped"
        g.outcomes[outcome] += 1
        g.failures.append(f"{path.stem}: {lab['id']} ({lab['computed_due']}) {outcome}")
    labeled_dates = {date.fromisoformat(lab["computed_due"]) for lab in dated}
    for d in produced:
        if d.due_date and not d.needs_review and d.due_date not in labeled_dates:
            g.silent_wrong += 1
            g.failures.append(f"{path.stem}: {d.id}={d.due_date.isoformat()} shown unflagged")
    return g
