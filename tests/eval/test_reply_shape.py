"""Issue #15: how replies read, over every tuning phrasing and the commands
(bench/reply_audit.py): six lines at most, sentences not raw fields, no doubled
punctuation, lists in date order, and a yes or no first when one is asked."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from settleconf.bot.replies.reply import Field, Reply

ROOT = Path(__file__).resolve().parents[2]

# Still led by the date or the order's sentence: the question's words are read as a plain
# deadline or a search of the order (bot/chat and order_search decide those, not a reply).
KNOWN_LEADS = {
    "is the letter due the week before the conference?",
    "does the order mention case law",
}


def _audit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reply_audit", ROOT / "bench" / "reply_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


AUDIT = _audit()


def test_replies_are_short_plain_and_in_order() -> None:
    lines = [line for path in AUDIT.SETS for line in AUDIT.load(path)]
    lines += [{"q": command} for command in AUDIT.COMMANDS]
    results = asyncio.run(AUDIT.audit(lines))
    assert len(results) >= 500
    faults = [f"{kind} {q!r}: {shown}" for q, _, found in results for kind, shown in found.items()
              if not (kind == "lead" and q in KNOWN_LEADS)]
    assert faults == []


def test_the_audit_catches_each_kind() -> None:
    assert set(AUDIT.flags("deadlines?", Reply(
        text="Due: Tue May 21; Mon May 20.", intent="deadlines", title="T",
        fields=(Field("Format", "in_person"),), details=("- x",) * 5))) == {"long", "raw", "order"}
    assert set(AUDIT.flags("is it at 2:30?", Reply(
        text="It is at 2:30 p.m.. It takes 1 business days.", intent="matter_fact"))) == {
        "lead", "typo"}
