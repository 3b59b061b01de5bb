"""The default SQLite database is private to its owner: folder 0700, file 0600, whatever
the umask, and an existing file or folder from an older version is tightened."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from settleconf.adapters.store import default_database_url, open_store


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual default: files 0644, folders 0755
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.usefixtures("loose_umask")
async def test_a_new_default_database_is_private(tmp_path: Path) -> None:
    url = default_database_url({"XDG_DATA_HOME": str(tmp_path)})
    store = await open_store(url)
    async with store.unit_of_work() as uow:
        await uow.workspace("console", "local")
        await uow.commit()
    await store.close()
    folder = tmp_path / "settleconf"
    assert (_mode(folder), _mode(folder / "settleconf.db")) == (0o700, 0o600)


@pytest.mark.usefixtures("loose_umask")
async def test_an_existing_world_readable_database_is_tightened_and_kept(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "settleconf"
    folder.mkdir(mode=0o755)
    store = await open_store(f"sqlite+aiosqlite:///{folder / 'settleconf.db'}")
    async with store.unit_of_work() as uow:
        await uow.workspace("console", "local", "Kept")
        await uow.commit()
    await store.close()
    (folder / "settleconf.db").chmod(0o644)

    store = await open_store(default_database_url({"XDG_DATA_HOME": str(tmp_path)}))
    async with store.unit_of_work() as uow:
        assert (await uow.workspace("console", "local")).name == "Kept"
    await store.close()
    assert (_mode(folder), _mode(folder / "settleconf.db")) == (0o700, 0o600)
