"""Which matter a request is about, and whether this channel may see it.

Confidentiality rule: a matter belongs to one workspace and to the channels bound to
it. Anywhere else the reply is the same whether the matter exists or not, so that
nothing about it leaks (not even that it exists).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from settleconf.bot.chat.request import Membership, Request
from settleconf.core.docket import DocketNumber, DocketNumberError, parse_docket
from settleconf.core.matter import Matter
from settleconf.core.store import UnitOfWork, Workspace


class AccessDenied(Exception):
    """Carries the user-facing message; nothing in it may describe a hidden matter."""


@dataclass(frozen=True)
class Resolved:
    matter: Matter
    bound_here: bool


def _docket_of(matter: Matter) -> DocketNumber | None:
    return _stored_docket(matter.docket)


# Every answer that names a case reads its matter's stored docket again: the same few
# strings, and a frozen result, so remembered (~10 µs an answer, docs/performance.md).
@lru_cache(maxsize=1024)
def _stored_docket(docket: str) -> DocketNumber | None:
    try:
        return parse_docket(docket)
    except DocketNumberError:
        return None


def not_linked_message(case: DocketNumber | None) -> str:
    if case is None:
        return (
            "This channel isn't linked to a matter yet. Link it with `track CASE`, or add the "
            "order with `add` (paste the text or attach the file)."
        )
    return (
        f"This channel isn't linked to {case}. If it is a new matter, add its order with `add`; "
        f"if a colleague already tracks it, ask them to run `track {case}` in this channel."
    )


async def matching_matters(uow: UnitOfWork, ws: Workspace, case: DocketNumber) -> list[Matter]:
    """The workspace's matters a typed case number identifies. Only those sharing its key
    are loaded: a firm's workspace may hold hundreds of matters."""
    out = []
    for m in await uow.matters_with_key(ws.id, case.key()):
        stored = _docket_of(m)
        if stored is not None and case.matches(stored):
            out.append(m)
    return out


def matters_named(matters: list[Matter]) -> str:
    """"7:24-cv-00361-PMH (S.D.N.Y., A v. B) and 7:24-cv-00361 (E.D. Tex., C v. D)": the
    docket alone does not tell apart one number in two courts. Only for matters the asker
    may see."""
    names = []
    for m in matters:
        about = ", ".join(x for x in (m.court, m.caption) if x)
        names.append(f"{m.docket} ({about})" if about else m.docket)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


async def may_see(
    uow: UnitOfWork, req: Request, ws: Workspace, matter: Matter, membership: Membership
) -> bool:
    if req.trusted:
        return True
    assert matter.id is not None
    bindings = await uow.bindings_for_matter(matter.id)
    if any(b.channel_id == req.channel and b.platform == req.platform for b in bindings):
        return True
    if req.is_direct:
        for b in bindings:
            if b.workspace_id == ws.id and await membership.is_member(req.user, b.channel_id):
                return True
    return False


async def resolve_matter(
    uow: UnitOfWork,
    req: Request,
    ws: Workspace,
    case: DocketNumber | None,
    membership: Membership,
) -> Resolved:
    """The matter for this request, or AccessDenied with what to say."""
    if case is not None:
        matches = await matching_matters(uow, ws, case)
        visible = [m for m in matches if await may_see(uow, req, ws, m, membership)]
        if not visible:
            if req.trusted:
                raise AccessDenied(f"I don't know {case} - add its order with `add`.")
            raise AccessDenied(not_linked_message(case))
        if len(visible) > 1:
            # The same number in two courts: the one this channel tracks is the one meant.
            tracked = [m for m in visible if await _bound_here(uow, req, ws, m)]
            if len(tracked) == 1:
                return Resolved(tracked[0], True)
            raise AccessDenied(
                f"{case} matches {len(visible)} matters: {matters_named(visible)}. Write the "
                "full docket number, or ask in the channel linked to the one you mean."
            )
        here = await _bound_here(uow, req, ws, visible[0])
        return Resolved(visible[0], here)
    bound = await uow.bindings_for_channel(ws.id, req.platform, req.channel)
    if len(bound) == 1:
        matter = await uow.get_matter(bound[0].matter_id)
        if matter is not None:
            return Resolved(matter, True)
    if len(bound) > 1:
        matters = [await uow.get_matter(b.matter_id) for b in bound]
        names = ", ".join(m.docket for m in matters if m is not None)
        raise AccessDenied(f"This channel tracks several matters ({names}). Say which one.")
    if req.trusted:
        all_matters = await uow.matters_in(ws.id)
        if len(all_matters) == 1:
            return Resolved(all_matters[0], False)
    raise AccessDenied(not_linked_message(None))


async def _bound_here(uow: UnitOfWork, req: Request, ws: Workspace, matter: Matter) -> bool:
    # The matter's own bindings, which `may_see` has just read (a store may keep them with
    # the matter), rather than a second query for the channel's.
    assert matter.id is not None
    return any(
        (b.workspace_id, b.platform, b.channel_id) == (ws.id, req.platform, req.channel)
        for b in await uow.bindings_for_matter(matter.id)
    )
