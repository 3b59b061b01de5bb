"""SQL-shaped input, in every place a request carries text, is data: stored and shown
verbatim, and the stored matters are untouched (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

from settleconf.bot.chat.request import Request, UploadedFile
from settleconf.bot.renderers.text import render_text
from settleconf.bot.service import Service
from settleconf.core.store import Store
from tests.bot.testbot import EXAMPLE_TODAY, SetMembership, make_service
from tests.security.adding import EXAMPLE_TEXT, add_order, confirm_command

SQL = ("'; DROP TABLE matters; --", "\" OR 1=1 --", "1); DELETE FROM audit_log; --", "%_\\")
CRASHED = "something went wrong on my side"


def request(text: str, **fields: str) -> Request:
    base = Request(platform="slack", workspace="T1", channel="C1", user="U1", text=text,
                   today=EXAMPLE_TODAY)
    return replace(base, **fields)  # type: ignore[arg-type]


async def home(store: Store) -> Service:
    service = make_service(store, SetMembership())
    await add_order(service, request("add"))
    return service


def commands_with(evil: str) -> list[str]:
    return [
        evil,
        f"track {evil}",
        f"done {evil}",
        f"why {evil}",
        f"explain {evil}",
        f"side {evil}",
        f"conference {evil}",
        f"demand made {evil}",
        f"remind {evil}",
        f"history {evil}",
        f"when is the {evil} due?",
        f"add {evil}",
    ]


async def test_sql_in_commands_changes_nothing(store: Store) -> None:
    service = await home(store)
    deadlines = render_text(await service.handle(request("deadlines")))
    history = await service.handle(request("history"))
    for evil in SQL:
        for text in commands_with(evil):
            reply = await service.handle(request(text))
            assert CRASHED not in reply.text, (text, reply.text)
    assert render_text(await service.handle(request("deadlines"))) == deadlines
    assert await service.handle(request("history")) == history


async def test_sql_in_ids_and_in_an_order_is_stored_verbatim(store: Store) -> None:
    service = await home(store)
    before = render_text(await service.handle(request("deadlines")))
    for evil in SQL:
        order = EXAMPLE_TEXT.replace("Talafous-Favetta", f"Talafous{evil}")
        where = {"workspace": evil, "channel": evil, "user": evil}
        read = await service.handle(
            replace(request("add", **where), upload=UploadedFile(f"{evil}.txt", order))
        )
        await service.handle(request(confirm_command(read), **where))
        history = render_text(await service.handle(request("history", **where)))
        assert f"@{evil} added the order ({evil}.txt sha256=" in history, history
        async with store.unit_of_work() as uow:
            ws = await uow.workspace("slack", evil)
            (matter,) = await uow.matters_in(ws.id)
            assert matter.stored_order.text == order
            assert matter.stored_order.file_name == f"{evil}.txt"
    # The first workspace's matter is as it was, and the others' did not mix into it.
    assert render_text(await service.handle(request("deadlines"))) == before
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        assert matter.caption == "CarbonCharge Technologies LLC v. Talafous-Favetta"
        assert matter.stored_order.text == EXAMPLE_TEXT
