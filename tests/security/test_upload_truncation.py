"""Uploaded orders arrive whole or not at all (issue #11). The fake file hosts send them in
small chunks with pauses and no Content-Length, so a single `read(n)` gets only the first
pieces: a long text order must keep the docket number and deadlines at its end, a 2.6 MB
PDF must reach the reader byte for byte, and a file over the cap is refused in one line
that names the limit, with nothing stored. Slack and Teams, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import functools
import io
import random
from typing import Any

import pypdf
import pytest

import settleconf.adapters.slack.files
import settleconf.adapters.teams.files
from settleconf.bot.entrypoints.cli import example_order_path
from settleconf.core.store import DeadlineRow
from tests.security.adding import EXAMPLE_TEXT
from tests.slack.conftest import SlackHarness, fixture
from tests.slack.fake_api import FakeFile
from tests.teams.conftest import TENANT_B, TeamsHarness
from tests.teams.test_messages import in_tenant_b, texts

DOCKET = "7:24-cv-00361-PMH"
CAP = settleconf.adapters.slack.files.MAX_FILE_BYTES
assert CAP == settleconf.adapters.teams.files.MAX_FILE_BYTES


def long_order() -> bytes:
    """~310 KB: a service list first, the order itself (docket, deadlines) at the end."""
    lines = [
        f"Exhibit A, service list entry {n}: counsel of record, {n} Main Street, "
        "White Plains, NY 10601, by ECF and first-class mail.\n\n"
        for n in range(2_400)
    ]
    text = ("".join(lines) + EXAMPLE_TEXT).encode()
    assert 300_000 < len(text) < 350_000
    assert DOCKET.encode() not in text[:300_000]
    return text


@functools.cache
def big_pdf() -> bytes:
    """The example order with 2.6 MB of exhibits attached: a valid PDF that only reads
    if every byte arrives (its cross-reference table is at the very end)."""
    writer = pypdf.PdfWriter(clone_from=str(example_order_path(".pdf")))
    writer.add_attachment("exhibits.bin", random.Random(11).randbytes(2_600_000))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def over_cap() -> bytes:
    return b"x" * (CAP + 1)


@pytest.fixture
def read_bytes(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes each adapter hands to the order reader, in order."""
    seen: list[bytes] = []
    for module in (settleconf.adapters.slack.files, settleconf.adapters.teams.files):
        real = module._extract

        def spy(content: bytes, *args: Any, _real: Any = real) -> str:
            seen.append(content)
            result: str = _real(content, *args)
            return result

        monkeypatch.setattr(module, "_extract", spy)
    return seen


async def stored_deadlines(store: Any, platform: str, workspace: str) -> list[DeadlineRow]:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace(platform, workspace)
        matters = await uow.matters_in(ws.id)
        assert [m.docket for m in matters] == [DOCKET]
        rows: list[DeadlineRow] = await uow.deadlines(matters[0].id)
        return rows


async def nothing_stored(store: Any, platform: str, workspace: str) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace(platform, workspace)
        assert await uow.matters_in(ws.id) == []


# --- Slack -------------------------------------------------------------------------------


async def slack_share(slack: SlackHarness, f: FakeFile) -> dict[str, Any]:
    """`@settleconf add` with `f` in T3's C2; the first message the user gets back."""
    slack.fake.files["F1"] = f
    payload = fixture("file_share_mention.json")
    payload["team_id"] = "T3"
    assert (await slack.event(payload))[0] == 200
    fake = slack.fake
    await fake.wait_for(lambda: bool(fake.posts() or fake.ok_calls("chat.postEphemeral")))
    calls = fake.posts() or fake.ok_calls("chat.postEphemeral")
    return calls[0].params


async def slack_confirm(slack: SlackHarness, post: dict[str, Any]) -> str:
    (confirm,) = [
        e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]
        if e["value"].startswith("confirm ")
    ]
    click = fixture("block_actions.json")
    click.update(team={"id": "T3", "domain": "otherfirm"}, channel={"id": "C2", "name": "m"},
                 response_url=slack.response_url("a1"))
    click["user"]["team_id"] = "T3"
    click["container"]["channel_id"] = "C2"
    click["actions"][0].update(action_id=confirm["action_id"], block_id="b1",
                               value=confirm["value"])
    assert (await slack.action(click))[0] == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    text: str = slack.fake.responses[0]["text"]
    return text


async def test_slack_long_text_order_sent_in_chunks_is_stored_with_every_deadline(
    slack: SlackHarness,
) -> None:
    order = long_order()
    post = await slack_share(
        slack, FakeFile("order.txt", "text/plain", "text", order, chunk=8 * 1024, pause_s=0.005)
    )
    assert post["text"].startswith(f"Read {DOCKET}: 4 deadlines."), post["text"]
    added = await slack_confirm(slack, post)
    assert added.startswith(f"Added {DOCKET}: 4 deadlines read from the order;"), added
    rows = await stored_deadlines(slack.store, "slack", "T3")
    assert len(rows) == 4
    assert sum(r.due_date is not None for r in rows) == 4


async def test_slack_pdf_of_several_megabytes_arrives_byte_identical(
    slack: SlackHarness, read_bytes: list[bytes]
) -> None:
    pdf = big_pdf()
    assert len(pdf) > 2_500_000
    post = await slack_share(
        slack,
        FakeFile("order.pdf", "application/pdf", "pdf", pdf, chunk=64 * 1024, pause_s=0.002),
    )
    assert read_bytes == [pdf]
    assert post["text"].startswith(f"Read {DOCKET}: 4 deadlines."), post["text"]


async def test_slack_file_over_the_cap_is_refused_in_one_line_and_nothing_is_stored(
    slack: SlackHarness, read_bytes: list[bytes]
) -> None:
    # files.info says nothing of the size (or says less than the truth): only the
    # download can tell, and it must stop at the cap.
    big = FakeFile("order.txt", "text/plain", "text", over_cap(), chunk=256 * 1024,
                   info={"size": None})
    message = await slack_share(slack, big)
    assert message["text"] == (
        "order.txt is larger than 20,971,520 bytes, the most I read; share a smaller file or "
        "paste the order text after `add`."
    )
    assert slack.fake.posts() == [] and read_bytes == []
    await nothing_stored(slack.store, "slack", "T3")


# --- Teams -------------------------------------------------------------------------------


async def teams_attach(teams: TeamsHarness, body: bytes, *, chunk: int, pause_s: float,
                       name: str = "order.txt", kind: str = "txt") -> dict[str, Any]:
    """The file attached in tenant B's personal chat; the card that answers it."""
    teams.connector.files["order.txt"] = body
    teams.connector.file_chunk, teams.connector.file_pause_s = chunk, pause_s
    activity = in_tenant_b(teams.activity("file_attachment.json"))
    activity["attachments"][0]["name"] = name
    activity["attachments"][0]["content"]["fileType"] = kind
    assert (await teams.post(activity))[0] == 200
    (card,) = teams.connector.cards()
    return card


async def test_teams_long_text_order_sent_in_chunks_is_stored_with_every_deadline(
    teams: TeamsHarness,
) -> None:
    card = await teams_attach(teams, long_order(), chunk=8 * 1024, pause_s=0.005)
    assert texts(card).splitlines()[1].startswith(f"Read {DOCKET}: 4 deadlines."), texts(card)
    (confirm,) = [a["data"]["command"] for a in card["actions"] if a["title"] == "Confirm"]
    submit = teams.activity("personal_message.json", text="", value={"command": confirm})
    assert (await teams.post(in_tenant_b(submit)))[0] == 200
    added = texts(list(teams.connector.cards())[-1]).splitlines()[1]
    assert added.startswith(f"Added {DOCKET}: 4 deadlines read from the order;"), added
    rows = await stored_deadlines(teams.store, "teams", TENANT_B)
    assert len(rows) == 4
    assert sum(r.due_date is not None for r in rows) == 4


async def test_teams_pdf_of_several_megabytes_arrives_byte_identical(
    teams: TeamsHarness, read_bytes: list[bytes]
) -> None:
    pdf = big_pdf()
    card = await teams_attach(teams, pdf, chunk=64 * 1024, pause_s=0.002, name="order.pdf",
                              kind="pdf")
    assert read_bytes == [pdf]
    assert texts(card).splitlines()[1].startswith(f"Read {DOCKET}: 4 deadlines.")


async def test_teams_file_over_the_cap_is_refused_in_one_line_and_nothing_is_stored(
    teams: TeamsHarness, read_bytes: list[bytes]
) -> None:
    card = await teams_attach(teams, over_cap(), chunk=256 * 1024, pause_s=0.0)
    assert texts(card) == (
        "order.txt is larger than 20,971,520 bytes, the most I read; attach a smaller file or "
        "paste the order text after the word add."
    )
    assert read_bytes == []
    await nothing_stored(teams.store, "teams", TENANT_B)
