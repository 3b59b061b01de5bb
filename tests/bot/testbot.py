"""A conversation fixture over the neutral service (after errbot's testbot): one line per turn."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from settleconf.bot.chat.request import Membership, Request, UploadedFile
from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service
from settleconf.core.store import Store

EXAMPLE_TODAY = date(2024, 5, 1)

# Every service a test talks to, so its store fixture can write the conversation turns it
# remembers in the background (bot/turn_memory.py) before closing the store: otherwise the
# write would start on a closed store, or on a closed event loop.
_LIVE: list[Service] = []


async def settle_services() -> None:
    while _LIVE:
        await _LIVE.pop().settle()


class FakeClock:
    """Each call is one minute later, so audit entries have a stable, distinct order."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


class SetMembership:
    def __init__(self) -> None:
        self.members: set[tuple[str, str]] = set()

    async def is_member(self, user: str, channel: str) -> bool:
        return (user, channel) in self.members


@dataclass
class TestBot:
    __test__ = False  # a fixture, not a test class

    service: Service
    base: Request = field(
        default_factory=lambda: Request(
            # No fixed day: the service clock (Wed May 1, 2024, 9:00 a.m. EDT) decides
            # "today", as in production; a turn's `today=` moves that clock to the day.
            platform="slack", workspace="T1", channel="C1", user="U1", text="",
        )
    )

    def __post_init__(self) -> None:
        _LIVE.append(self.service)

    async def reply(self, text: str, **overrides: object) -> Reply:
        req = replace(self.base, text=text, **overrides)  # type: ignore[arg-type]
        return await self.service.handle(req)

    async def say(self, text: str, **overrides: object) -> str:
        return render_text(await self.reply(text, **overrides))

    def upload(self, name: str, text: str) -> UploadedFile:
        return UploadedFile(name, text)


def make_service(store: Store, membership: Membership | None = None) -> Service:
    return Service(
        store,
        membership=membership or SetMembership(),
        clock=FakeClock(datetime(2024, 5, 1, 13, 0, tzinfo=UTC)),
    )
