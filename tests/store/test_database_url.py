"""Which database settleconf opens: the environment variable's rules, exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from settleconf.adapters.store.database_url import (
    DATABASE_URL_ENV,
    default_database_url,
    normalize_database_url,
)


def test_default_is_a_sqlite_file_under_xdg_data_home(tmp_path: Path) -> None:
    url = default_database_url({"XDG_DATA_HOME": str(tmp_path / "data")})
    assert url == f"sqlite+aiosqlite:///{tmp_path}/data/settleconf/settleconf.db"
    assert (tmp_path / "data" / "settleconf").is_dir()  # created, so SQLite can open it


def test_default_without_xdg_is_under_home_local_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    expected = f"sqlite+aiosqlite:///{tmp_path}/.local/share/settleconf/settleconf.db"
    assert default_database_url({}) == expected
    # The XDG spec says to ignore a relative XDG_DATA_HOME.
    assert default_database_url({"XDG_DATA_HOME": "relative/dir"}) == expected
    assert default_database_url({"XDG_DATA_HOME": ""}) == expected
    assert (tmp_path / ".local" / "share" / "settleconf").is_dir()


def test_default_reads_the_process_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_database_url() == f"sqlite+aiosqlite:///{tmp_path}/settleconf/settleconf.db"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgres://bot:pw@db.internal/settleconf")
    assert default_database_url() == "postgresql+asyncpg://bot:pw@db.internal/settleconf"


@pytest.mark.parametrize(
    ("configured", "expected"),
    [
        (
            "postgresql://bot:s3cret@db:5432/settleconf",
            "postgresql+asyncpg://bot:s3cret@db:5432/settleconf",
        ),
        ("postgres://bot@db/settleconf", "postgresql+asyncpg://bot@db/settleconf"),
        ("postgresql+asyncpg://bot@db/settleconf", "postgresql+asyncpg://bot@db/settleconf"),
        (
            "postgres://bot@db/settleconf?sslmode=require",
            "postgresql+asyncpg://bot@db/settleconf?ssl=require",
        ),
        ("sqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("sqlite:////var/lib/settleconf/x.db", "sqlite+aiosqlite:////var/lib/settleconf/x.db"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("  sqlite:///x.db\n", "sqlite+aiosqlite:///x.db"),
    ],
)
def test_the_variable_wins_and_is_rewritten_to_async_drivers(
    configured: str, expected: str, tmp_path: Path
) -> None:
    env = {DATABASE_URL_ENV: configured, "XDG_DATA_HOME": str(tmp_path)}
    assert default_database_url(env) == expected
    assert not (tmp_path / "settleconf").exists()  # no stray data dir when configured
    assert normalize_database_url(configured) == expected


@pytest.mark.parametrize(
    "configured",
    [
        "mysql://bot:s3cret@db/settleconf",
        "postgresql+psycopg2://bot:s3cret@db/settleconf",
        "sqlite+pysqlite:///x.db",
        "not a url",
    ],
)
def test_an_unsupported_url_names_the_variable_and_hides_the_password(configured: str) -> None:
    with pytest.raises(ValueError, match=DATABASE_URL_ENV) as raised:
        default_database_url({DATABASE_URL_ENV: configured})
    message = str(raised.value)
    assert "s3cret" not in message
    assert "sqlite:///" in message and "postgresql://" in message  # says what would work


def test_a_blank_variable_means_the_default(tmp_path: Path) -> None:
    env = {DATABASE_URL_ENV: "  ", "XDG_DATA_HOME": str(tmp_path)}
    assert default_database_url(env).startswith("sqlite+aiosqlite:///")
