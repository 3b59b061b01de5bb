"""Hostile names on uploaded orders: a path, a very long name, a NUL byte, a right-to-left
override, markup. Each gets a clear reply, and the file is never written outside the
scratch directory the upload is read in (the temp dir is pointed into the test's own tree,
so a `../` escape would land where the test looks)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from settleconf.bot.chat.request import Request
from settleconf.bot.service import Service
from settleconf.core.order_parser import read_order_text
from settleconf.core.store import Store
from tests.bot.testbot import EXAMPLE_TODAY, make_service
from tests.security.adding import EXAMPLE_TEXT, add_order
from tests.slack.conftest import SlackHarness, fixture
from tests.slack.fake_api import FakeFile, FakeSlack
from tests.teams.conftest import TENANT_B, TeamsHarness

NAMES = {
    "path": "../../../../etc/passwd.txt",
    "windows path": "..\\..\\..\\Windows\\win.ini.txt",
    "absolute": "/etc/cron.d/evil.txt",
    "long": "a" * 5000 + ".txt",
    "nul": "order\x00.txt",
    "rtl override": "order\u202etxt.exe.txt",
    "markup": "<!channel> [x](javascript:alert(1)).txt",
    "dots": "..txt",
}


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Temp files go three levels down in tmp_path; yields tmp_path to watch."""
    deep = tmp_path / "scratch" / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    yield tmp_path


def files_under(root: Path) -> set[Path]:
    # The databases the harnesses keep in tmp_path are the store, not a leak.
    return {p for p in root.rglob("*") if p.is_file() and ".db" not in p.name}


@pytest.fixture
def slack_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fake Slack builds its download URL from the file's name, which a `../` name would
    turn into another path; Slack's own URLs never carry the name raw, so neither do these."""
    answer = FakeSlack._answer

    def encoded(self: FakeSlack, method: str, params: dict[str, Any]) -> dict[str, Any]:
        body = answer(self, method, params)
        info = body.get("file")
        if method == "files.info" and isinstance(info, dict):
            url = f"{self.base_url}/files/{params['file']}/download"
            info.update(url_private=url, url_private_download=url + "?download=1")
        return body

    monkeypatch.setattr(FakeSlack, "_answer", encoded)


@pytest.mark.parametrize("kind", list(NAMES))
async def test_slack_upload_with_a_hostile_name(
    slack: SlackHarness, scratch: Path, slack_names: None, kind: str
) -> None:
    before = files_under(scratch)
    slack.fake.files["F1"] = FakeFile(NAMES[kind], "text/plain", "text", EXAMPLE_TEXT.encode())
    payload = fixture("file_share_mention.json")
    payload["team_id"] = "T3"
    payload["event"]["files"] = [{"id": "F1"}]
    assert (await slack.event(payload))[0] == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    post = slack.fake.posts()[0].params
    assert post["text"].startswith("Read 7:24-cv-00361-PMH: 4 deadlines"), post["text"]
    assert files_under(scratch) == before
    assert list((scratch / "scratch").rglob("*.txt")) == []  # the scratch copy is gone too
    # The name held with the order (and stored on Confirm) is the safe one.
    (token,) = [e["value"].split()[1] for b in post["blocks"] if b["type"] == "actions"
                for e in b["elements"] if e["value"].startswith("confirm ")]
    async with slack.store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T3")
        held = await uow.take_pending_order(token, ws.id, "slack", "C2", datetime.now(UTC))
    assert held is not None and held.file_name is not None
    assert re.fullmatch(r"[A-Za-z0-9._ -]{1,100}\.txt", held.file_name), held.file_name


@pytest.mark.parametrize("kind", list(NAMES))
async def test_teams_upload_with_a_hostile_name(
    teams: TeamsHarness, scratch: Path, kind: str
) -> None:
    before = files_under(scratch)
    teams.connector.files["order.txt"] = EXAMPLE_TEXT.encode()
    activity = teams.activity("file_attachment.json")
    activity["attachments"][0]["name"] = NAMES[kind]
    activity["channelData"]["tenant"]["id"] = TENANT_B
    activity["conversation"]["tenantId"] = TENANT_B
    assert (await teams.post(activity))[0] == 200
    (card,) = teams.connector.cards()
    assert "Read 7:24-cv-00361-PMH: 4 deadlines" in card["fallbackText"], card["fallbackText"]
    assert files_under(scratch) == before


async def test_nul_bytes_in_an_uploaded_file_are_dropped_before_storing(
    store: Store, tmp_path: Path
) -> None:
    # PostgreSQL cannot store NUL in text; the file is read by the code every upload uses.
    path = tmp_path / "order.txt"
    path.write_bytes(EXAMPLE_TEXT.replace("ORDER RE", "ORDER\x00 RE").encode() + b"\x00\x00")
    text = read_order_text(path)
    service: Service = make_service(store)
    req = Request(platform="slack", workspace="T1", channel="C1", user="U1", text="add",
                  today=EXAMPLE_TODAY)
    await add_order(service, req, text)
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        assert "\x00" not in matter.stored_order.text
        assert "ORDER RE" in matter.stored_order.text
