"""A matter is seen only where it is tracked: never from another workspace (or tenant), from
another platform with the same ids, from an unlinked channel of its own workspace, or in a
DM of someone outside its channel. There the reply is exactly the reply about a matter that
does not exist, so not even its existence leaks.

Every command in `bot.chat.grammar.COMMANDS` and every question intent (from the labeled
questions in tests/eval) is tried, so a new command or intent is covered without editing
this file, and one this file cannot build a sample for fails loudly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from settleconf.bot.chat.grammar import COMMANDS, Command, CommandError, parse_command
from settleconf.bot.chat.questions import IntentName
from settleconf.bot.chat.request import Request
from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service
from settleconf.core.store import Store
from tests.bot.testbot import EXAMPLE_TODAY, SetMembership, make_service
from tests.security.adding import EXAMPLE_TEXT, add_order, confirm_command, read_order

QUESTIONS = Path(__file__).parents[1] / "eval" / "questions.jsonl"
DOCKET = "7:24-cv-00361"
# What only someone who can see the matter could know about it.
SECRETS = ("CarbonCharge", "Talafous", "Reznik", "May 28", "May 20", "Ex parte letter", "PMH")

# Arguments tried after each command word; the first that the grammar accepts is used.
# A new command whose grammar none of these satisfies fails test_every_command_has_a_sample.
# TOKEN stands for the token of an order held (read, not yet confirmed) in the home channel.
TOKEN = "{token}"
HELD_ORDER_COMMANDS = ("confirm", "discard")
SAMPLE_ARGS = (
    TOKEN,
    "",
    "letter",
    "attendance",
    "2024-06-11 10:00",
    "made 2024-05-10",
    "defendant",
    "7d 2bd 9:00",
    "ex_parte_letter",
)


def command_samples(name: str, token: str = "0" * 32) -> list[str]:
    """Up to two texts for `name`: one naming the matter, one relying on the channel."""
    found: list[str] = []
    for with_case in (True, False):
        for args in SAMPLE_ARGS:
            if args == TOKEN:
                if name not in HELD_ORDER_COMMANDS:
                    continue
                args = token
            text = " ".join(w for w in (name, DOCKET if with_case else "", args) if w)
            try:
                parsed = parse_command(text, today=EXAMPLE_TODAY)
            except CommandError:
                continue
            if isinstance(parsed, Command) and parsed.name == name:
                found.append(text)
                break
    return found


def question_samples() -> dict[IntentName, list[str]]:
    by_intent: dict[IntentName, list[str]] = {intent: [] for intent in IntentName}
    # The kinds question_kinds reads (facts, days, what-ifs) are labelled in the tuning file.
    text = QUESTIONS.read_text(encoding="utf-8") + "\n" + (
        QUESTIONS.parent / "tuning_first_lines.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            if row["intent"] not in by_intent:  # the tuning file's "window": a this_week reply
                continue
            questions = by_intent[IntentName(row["intent"])]
            if len(questions) < 2:
                questions.append(row["q"])
    return by_intent


def all_samples(token: str) -> list[str]:
    texts = [t for name in COMMANDS for t in command_samples(name, token)]
    for questions in question_samples().values():
        texts += [*questions, *(f"{q} ({DOCKET})" for q in questions)]
    return texts


def test_every_command_has_a_sample() -> None:
    missing = [name for name in COMMANDS if not command_samples(name)]
    assert missing == [], f"add arguments to SAMPLE_ARGS that {missing} accept"
    assert all(DOCKET in command_samples(name)[0] for name in COMMANDS if name != "add")


def test_every_question_intent_has_a_sample() -> None:
    missing = [intent for intent, qs in question_samples().items() if not qs]
    assert missing == [], f"label questions for {missing} in tests/eval/questions.jsonl"


@dataclass(frozen=True)
class Place:
    """Where a request comes from: the fields of a Request other than the text."""

    platform: str
    workspace: str
    channel: str
    user: str = "U1"
    is_direct: bool = False

    def request(self, text: str) -> Request:
        return Request(
            platform=self.platform,
            workspace=self.workspace,
            channel=self.channel,
            user=self.user,
            text=text,
            is_direct=self.is_direct,
            today=EXAMPLE_TODAY,
        )

    def nowhere(self) -> Place:
        """The same place in a workspace where no matter exists at all."""
        return Place(self.platform, f"{self.workspace}-empty", self.channel, self.user,
                     self.is_direct)


HOME = Place("slack", "T1", "C1")
OUTSIDE = {
    "another workspace, same channel id": Place("slack", "T2", "C1"),
    "enterprise grid, another org": Place("slack", "E9:T1", "C1"),
    "teams, same ids": Place("teams", "T1", "C1"),
    "unlinked channel of the same workspace": Place("slack", "T1", "C9"),
    "DM of a user outside the channel": Place("slack", "T1", "D9", "U7", is_direct=True),
    "another workspace's DM of a channel member": Place("slack", "T2", "D9", "U2", True),
}


async def setup_home(store: Store) -> tuple[Service, str]:
    """The example stored and linked to C1, and a changed order read there and held: returns
    the service and the held order's token (its Confirm command's argument)."""
    membership = SetMembership()
    membership.members.add(("U2", "C1"))  # U2 is in the matter's channel
    service = make_service(store, membership)
    await add_order(service, HOME.request("add"))
    held = await read_order(service, HOME.request("add"), EXAMPLE_TEXT.replace("2:30 pm", "3 pm"))
    return service, confirm_command(held).split()[1]


def assert_reveals_nothing(reply: Reply, asked: str) -> None:
    shown = render_text(reply)
    leaked = [s for s in SECRETS if s in shown and s not in asked]
    assert leaked == [], shown
    assert reply.matter is None


async def test_the_matter_is_shown_where_it_is_tracked(store: Store) -> None:
    # The control: the same probes do reveal the matter at home, so the checks can fail.
    service, token = await setup_home(store)
    for place in (HOME, Place("slack", "T1", "D9", "U2", is_direct=True)):
        reply = await service.handle(place.request(f"deadlines {DOCKET}"))
        assert "Mon May 20, 2024" in render_text(reply)
        assert reply.matter == "7:24-cv-00361-PMH"
    confirmed = await service.handle(HOME.request(f"confirm {token}"))
    assert "Tue May 28, 2024 at 3:00 p.m." in render_text(confirmed)


@pytest.mark.parametrize("where", list(OUTSIDE))
async def test_outside_the_matters_channel_it_is_as_if_it_did_not_exist(
    store: Store, where: str
) -> None:
    service, token = await setup_home(store)
    place = OUTSIDE[where]
    before = await service.handle(HOME.request("history"))
    for text in all_samples(token):
        reply = await service.handle(place.request(text))
        assert_reveals_nothing(reply, text)
        same = await service.handle(place.nowhere().request(text))
        assert reply == same, f"{where}: {text!r}\n{render_text(reply)}\n---\n{render_text(same)}"
    # Nothing any of those requests did reached the matter.
    assert await service.handle(HOME.request("history")) == before
    status = await service.handle(HOME.request("deadlines"))
    assert "Tue May 28, 2024" in render_text(status)
    # ...nor the order held there: it is still waiting, and still only for its channel.
    confirmed = await service.handle(HOME.request(f"confirm {token}"))
    assert not confirmed.is_error, confirmed.text

async def test_a_second_workspace_with_the_same_docket_sees_only_its_own(store: Store) -> None:
    service, _ = await setup_home(store)
    other = Place("slack", "T2", "C1")
    own = EXAMPLE_TEXT.replace("May 28, 2024 at 2:30 pm", "June 18, 2024 at 10:00 am")
    await add_order(service, other.request("add"), own)
    theirs = render_text(await service.handle(other.request(f"more: next {DOCKET}")))
    ours = render_text(await service.handle(HOME.request(f"more: next {DOCKET}")))
    assert "Jun 18, 2024" in theirs or "Jun 11, 2024" in theirs
    assert "May 28" not in theirs and "May 20" not in theirs
    assert "Jun 18" not in ours and "Jun 11" not in ours
    assert date(2024, 5, 20).strftime("%b %-d") in ours
