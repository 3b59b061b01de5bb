"""Each process's cache of matters, trusted only as far as the `matters.version` column says.

Every write to a matter's state (its row, a new order, events, its channel bindings) bumps
that matter's `version` with `version = version + 1` in the writing transaction, so a
replica that cached version 7 sees 8 at its next read once any replica's write commits.
A read then costs one indexed query for the versions (which it needs anyway to find the
matters a channel or docket names) instead of the matter, order, events and bindings
statements; a matter whose version moved is loaded again.

Two rules keep answers from ever being stale:
- a version is always read no later than the data cached under it (the matter row carries
  it; bindings are read after it), so a concurrent write can only make an entry look older
  than it is, never newer;
- a unit of work that has written reads around the cache and fills nothing: what it sees
  is uncommitted and may be rolled back.

Workspaces are cached by (platform, external id) once found in the database: their id
never changes and the service never deletes one. Their display name can lag a rename made
by another replica; nothing the bot answers shows it.
"""

from __future__ import annotations

import os

from cachetools import LRUCache

from settleconf.core.matter import Matter
from settleconf.core.store import ChannelBinding, Workspace

CACHE_SIZE_ENV = "SETTLECONF_MATTER_CACHE"
# Matters per process. An entry holds the order's text (tens of kilobytes at most), so the
# default stays in the tens of megabytes; a workspace's active matters fit many times over.
DEFAULT_CACHE_SIZE = 1000


def cache_size_from_env(raw: str | None = None) -> int:
    """`SETTLECONF_MATTER_CACHE`: how many matters to keep; 0 turns the cache off."""
    value = os.environ.get(CACHE_SIZE_ENV) if raw is None else raw
    if value is None or not value.strip():
        return DEFAULT_CACHE_SIZE
    try:
        size = int(value)
    except ValueError:
        size = -1
    if size < 0:
        raise ValueError(f"{CACHE_SIZE_ENV} must be a whole number of matters (0 turns it off)")
    return size


def handed_out(matter: Matter) -> Matter:
    """A copy the caller may change. Commands edit the matter they were given (append an
    event, move the conference) before saving; those edits must not reach the cached one,
    least of all when the transaction then rolls back."""
    return matter.copy()


class MatterCache:
    """Bounded (LRU) and per process; `size=0` keeps nothing, so every read goes to SQL."""

    def __init__(self, size: int = DEFAULT_CACHE_SIZE) -> None:
        self.size = size
        slots = max(size, 1)  # LRUCache needs room for one; `enabled` keeps it unused
        self._matters: LRUCache[int, tuple[int, Matter]] = LRUCache(slots)
        self._bindings: LRUCache[int, tuple[int, tuple[ChannelBinding, ...]]] = LRUCache(slots)
        self._workspaces: LRUCache[tuple[str, str], Workspace] = LRUCache(slots)
        # Matters served from the cache, and loaded because they were missing or stale.
        self.hits = 0
        self.loads = 0

    @property
    def enabled(self) -> bool:
        return self.size > 0

    def holds(self, matter_id: int) -> bool:
        return matter_id in self._matters

    def matter(self, matter_id: int, version: int) -> Matter | None:
        """A copy of the matter as cached at `version`, or None."""
        found = self._matters.get(matter_id)
        if found is None or found[0] != version:
            return None
        self.hits += 1
        return handed_out(found[1])

    def keep_matter(self, version: int, matter: Matter) -> None:
        assert matter.id is not None
        self.loads += 1
        self._matters[matter.id] = (version, handed_out(matter))

    def bindings(self, matter_id: int, version: int) -> list[ChannelBinding] | None:
        found = self._bindings.get(matter_id)
        if found is None or found[0] != version:
            return None
        return list(found[1])

    def keep_bindings(self, matter_id: int, version: int, bindings: list[ChannelBinding]) -> None:
        self._bindings[matter_id] = (version, tuple(bindings))

    def workspace(self, platform: str, external_id: str) -> Workspace | None:
        return self._workspaces.get((platform, external_id))

    def keep_workspace(self, workspace: Workspace) -> None:
        self._workspaces[(workspace.platform, workspace.external_id)] = workspace

    def forget_workspace(self, platform: str, external_id: str) -> None:
        self._workspaces.pop((platform, external_id), None)
