"""`add` is no oracle for which dockets other channels track (issue #11).

From anywhere the matter is not visible (another channel of its workspace, a DM of someone
outside its channel, another workspace or platform), `add` and then Confirm of an order
for that docket answer byte for byte as they do in a workspace where the docket was never
seen. The hidden matter is neither shown nor changed: the order becomes a matter of the
channel that added it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import Action, Reply
from settleconf.bot.service import Service
from settleconf.core.store import Store
from tests.bot.testbot import SetMembership, make_service
from tests.security.adding import EXAMPLE_TEXT, add_order, confirm_command, read_order
from tests.security.test_isolation import HOME, OUTSIDE, Place

THEIRS = EXAMPLE_TEXT.replace("2:30 pm", "3 pm")  # their own copy, conference at 3 p.m.
TOKEN = re.compile(r"\b[0-9a-f]{32}\b")


def masked(reply: Reply) -> Reply:
    """The reply with its random Confirm/Discard token replaced: all else must match."""
    actions = tuple(Action(a.label, TOKEN.sub("TOKEN", a.command), a.style) for a in reply.actions)
    return replace(reply, actions=actions)


def same(a: Reply, b: Reply) -> bool:
    return masked(a) == masked(b) and render_text(masked(a)).encode() == render_text(
        masked(b)
    ).encode()


def fresh(place: Place, n: int) -> Place:
    """The place with its workspaces renamed (T1 -> T1-n, T2 -> T2-n): what one place
    adds must not be what the next place sees."""
    return replace(place, workspace=re.sub(r"T(\d)", rf"T\1-{n}", place.workspace))


def service_for(store: Store) -> Service:
    membership = SetMembership()
    membership.members.add(("U2", "C1"))  # U2 is in the matter's channel
    return make_service(store, membership)


async def add_then_confirm(service: Service, place: Place) -> tuple[Reply, Reply]:
    read = await read_order(service, place.request("add"), THEIRS)
    stored = await service.handle(place.request(confirm_command(read)))
    return read, stored


async def test_add_answers_as_for_a_new_docket_wherever_the_matter_is_hidden(
    store: Store,
) -> None:
    service = service_for(store)
    for n, (where, outside) in enumerate(OUTSIDE.items()):
        home, place = fresh(HOME, n), fresh(outside, n)
        await add_order(service, home.request("add"))
        before = [await service.handle(home.request(t)) for t in ("history", "deadlines")]
        read, stored = await add_then_confirm(service, place)
        new_read, new_stored = await add_then_confirm(service, place.nowhere())
        assert same(read, new_read), f"{where}:\n{render_text(read)}\n---\n{render_text(new_read)}"
        assert same(stored, new_stored), f"{where}: {stored.text!r} != {new_stored.text!r}"
        assert read.text.startswith("Read 7:24-cv-00361-PMH: ") and not read.is_error
        assert stored.text.startswith("Added 7:24-cv-00361-PMH: ")
        # What they see from now on is their own order, at 3 p.m.
        theirs = render_text(await service.handle(place.request("deadlines")))
        assert "Tue May 28, 2024 at 3:00 p.m." in theirs, f"{where}: {theirs}"
        # The matter tracked at home was neither read into those replies nor changed.
        after = [await service.handle(home.request(t)) for t in ("history", "deadlines")]
        assert after == before, where
        assert "Tue May 28, 2024 at 2:30 p.m." in render_text(after[1])
    # The control: a DM of a member of the matter's channel sees the matter, so `add`
    # there is about that matter (the checks above would pass if visibility were lost).
    member_dm = Place("slack", "T1-0", "D9", "U2", is_direct=True)
    read = await read_order(service, member_dm.request("add"), THEIRS)
    assert read.text.startswith("Read a new order for 7:24-cv-00361-PMH: ")
    assert "Confirm replaces the stored order" in read.text
