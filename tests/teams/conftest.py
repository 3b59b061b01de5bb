"""Real HTTP on 127.0.0.1: settleconf's `build_app` with the Teams mount, a fake Bot
Connector (where activities' `serviceUrl` points), and a fake identity provider on its own
thread whose key signs the tokens the tests send. Nothing leaves the machine."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from settleconf.adapters.store import SqlStore, open_store
from settleconf.adapters.store.conversation_refs import SqlConversationRefStore
from settleconf.adapters.teams import (
    TEAMS_CREDENTIALS,
    TEAMS_POSTER,
    TeamsPoster,
    TeamsSettings,
    teams_mount,
)
from settleconf.bot.chat.request import Request, UploadedFile
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.example_matter import example_text
from settleconf.bot.service import Service
from tests.teams.fakes import APP_ID, FakeConnector, FakeIdentityProvider, FixedTokenFactory

FIXTURES = Path(__file__).parent / "fixtures"
TENANT_A = "tenant-a"
TENANT_B = "tenant-b"
CHANNEL_A = "19:chan-a@thread.tacv2"
PERSONAL_A = "a:1personal-chat-a"
TODAY = date(2024, 5, 1)
NOW = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)
DEFAULT = object()  # "sign a valid token" in `post`


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return copy.deepcopy(data)


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


async def add_example(service: Service, workspace: str, channel: str, **kw: Any) -> None:
    """The example order added and confirmed there, as a Teams user would."""
    req = Request(
        platform="teams",
        workspace=workspace,
        channel=channel,
        user="aad-user-a",
        text="add",
        today=TODAY,
        upload=UploadedFile("order.txt", example_text()),
        **kw,
    )
    read = await service.handle(req)
    # In chat `add` only reads the order; its Confirm button stores it.
    (confirm,) = [a.command for a in read.actions if a.command.startswith("confirm ")]
    reply = await service.handle(replace(req, text=confirm, upload=None))
    assert reply.intent == "confirm" and not reply.is_error, reply.text


@dataclass
class TeamsHarness:
    url: str
    app: web.Application
    connector: FakeConnector
    idp: FakeIdentityProvider
    store: SqlStore
    service: Service
    credentials: FixedTokenFactory
    http: aiohttp.ClientSession

    @property
    def service_url(self) -> str:
        return self.connector.base_url + "/"

    @property
    def poster(self) -> TeamsPoster:
        return self.app[TEAMS_POSTER]

    @property
    def token_fetches(self) -> int:
        return self.app[TEAMS_CREDENTIALS].token_fetches

    def activity(self, name: str, **changes: Any) -> dict[str, Any]:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        text = text.replace("SERVICE_URL", self.service_url)
        text = text.replace("FILE_URL", f"{self.connector.base_url}/files/order.txt")
        data: dict[str, Any] = json.loads(text)
        data.update(changes)
        return data

    def token(self, **claims: Any) -> str:
        return self.idp.token(self.service_url, **claims)

    async def post(
        self,
        activity: dict[str, Any],
        *,
        token: Any = DEFAULT,
        authorization: str | None = None,
    ) -> tuple[int, str]:
        headers = {"Content-Type": "application/json"}
        if authorization is not None:
            headers["Authorization"] = authorization
        elif token is DEFAULT:
            headers["Authorization"] = f"Bearer {self.token()}"
        elif token is not None:
            headers["Authorization"] = f"Bearer {token}"
        async with self.http.post(
            f"{self.url}/api/messages", data=json.dumps(activity), headers=headers
        ) as resp:
            return resp.status, await resp.text()


@pytest.fixture(scope="session")
def idp() -> Iterator[FakeIdentityProvider]:
    with FakeIdentityProvider() as provider:
        yield provider


def settings_for(idp: FakeIdentityProvider, **changes: Any) -> TeamsSettings:
    values: dict[str, Any] = {
        "app_id": APP_ID,
        "app_password": "test-password",
        "openid_metadata_url": idp.metadata_url,
        "emulator_openid_metadata_url": idp.metadata_url,
        "file_hosts": ("127.0.0.1",),
    }
    values.update(changes)
    return TeamsSettings(**values)


@pytest.fixture
async def teams(tmp_path: Path, idp: FakeIdentityProvider) -> AsyncIterator[TeamsHarness]:
    connector = FakeConnector()
    connector_runner, connector.base_url = await serve(connector.app())
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'teams.db'}")
    service = Service(store, clock=lambda: NOW)
    credentials = FixedTokenFactory()
    mount = teams_mount(
        settings_for(idp),
        conversation_refs=SqlConversationRefStore(store.engine),
        credentials_factory=credentials,
    )
    app = build_app(service, [mount])
    runner, url = await serve(app)
    await add_example(service, TENANT_A, CHANNEL_A)
    async with aiohttp.ClientSession() as http:
        try:
            yield TeamsHarness(url, app, connector, idp, store, service, credentials, http)
        finally:
            await runner.cleanup()
            await connector_runner.cleanup()
            await store.close()
