"""Adding an order the way a chat user does: `add` reads it and holds it, the Confirm
button's command stores it. Only the local console adds at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from settleconf.bot.chat.request import Request, UploadedFile
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service

EXAMPLE = Path(__file__).parents[2] / "bot" / "examples"
EXAMPLE_TEXT = (EXAMPLE / "7-24-cv-00361-order-re-settlement-conference.txt").read_text("utf-8")


def confirm_command(read: Reply) -> str:
    """The Confirm button's command under an `add` reply."""
    (command,) = [a.command for a in read.actions if a.command.startswith("confirm ")]
    return command


async def read_order(service: Service, where: Request, text: str = EXAMPLE_TEXT) -> Reply:
    """`add` with the order attached; returns the reply holding it (not stored yet)."""
    reply = await service.handle(replace(where, text="add", upload=UploadedFile("o.txt", text)))
    assert not reply.is_error, reply.text
    return reply


async def add_order(service: Service, where: Request, text: str = EXAMPLE_TEXT) -> Reply:
    """`add` then Confirm, in the same place by the same user; returns the stored reply."""
    read = await read_order(service, where, text)
    stored = await service.handle(replace(where, text=confirm_command(read), upload=None))
    assert not stored.is_error, stored.text
    return stored


async def ensure_teams_example(service: Service, tenant: str, channel: str) -> None:
    """The example stored and linked in a Teams channel, whatever the harness left (adding
    it again is harmless: Confirm on the order already stored only links the channel)."""
    where = Request(platform="teams", workspace=tenant, channel=channel, user="aad-user-a",
                    text="add")
    await add_order(service, where)
