"""Which database to open: the configured URL, or a SQLite file in the user's data dir.

Users paste URLs the way their host prints them (`postgres://...` on Heroku-style hosts,
`sqlite:///file.db` from SQLAlchemy docs); both are rewritten to the async drivers this
package ships (asyncpg, aiosqlite) so nobody has to know the driver names.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DATABASE_URL_ENV = "SETTLECONF_DATABASE_URL"
SQLITE_DRIVER = "sqlite+aiosqlite"
POSTGRES_DRIVER = "postgresql+asyncpg"

# Driver names written without the async driver, mapped to the one we ship.
_REWRITES: Mapping[str, str] = {
    "sqlite": SQLITE_DRIVER,
    SQLITE_DRIVER: SQLITE_DRIVER,
    "postgres": POSTGRES_DRIVER,
    "postgresql": POSTGRES_DRIVER,
    POSTGRES_DRIVER: POSTGRES_DRIVER,
}

_EXPECTED = "expected sqlite:///path/to/file.db or postgresql://user:password@host/dbname"


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """settleconf's directory under XDG_DATA_HOME (default ~/.local/share)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "share"
    return root / "settleconf"


def default_database_url(environ: Mapping[str, str] | None = None) -> str:
    """`SETTLECONF_DATABASE_URL` if set, else a private SQLite file in the data dir (created).

    `environ` is for tests; the process environment is read by default.
    """
    env = os.environ if environ is None else environ
    configured = env.get(DATABASE_URL_ENV, "").strip()
    if configured:
        return normalize_database_url(configured, source=DATABASE_URL_ENV)
    return f"{SQLITE_DRIVER}:///{private_database_file(data_dir(env))}"


def private_database_file(directory: Path) -> Path:
    """`directory/settleconf.db`, readable by its owner only: the folder 0700, the file 0600.

    The file holds every matter's orders and audit log. SQLite would create it with the
    umask's mode (usually 0644, readable by every local user), so it is created here first,
    empty (an empty file is a valid database). An existing folder or file is tightened too:
    this is settleconf's own folder in the user's data dir, and files an older version made
    are as confidential as new ones. SQLite gives its journal and WAL files the database
    file's mode. A file named by SETTLECONF_DATABASE_URL is left as the operator set it.
    """
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    directory.chmod(0o700)  # mkdir's mode is masked by the umask, and skipped if it exists
    path = directory / "settleconf.db"
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    path.chmod(0o600)
    return path


def normalize_database_url(url: str, *, source: str = DATABASE_URL_ENV) -> str:
    """Rewrite a SQLite/PostgreSQL URL to its async driver; ValueError for anything else.

    `source` names where the URL came from, so the error tells the user what to fix.
    """
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise ValueError(f"{source} is not a database URL ({_shown(url)}): {_EXPECTED}") from None
    driver = _REWRITES.get(parsed.drivername)
    if driver is None:
        raise ValueError(
            f"{source} names an unsupported database "
            f"{parsed.drivername!r} ({_hide_password(parsed)}): {_EXPECTED}"
        )
    parsed = parsed.set(drivername=driver)
    if driver == POSTGRES_DRIVER:
        parsed = _asyncpg_ssl(parsed)
    return parsed.render_as_string(hide_password=False)


def _asyncpg_ssl(url: URL) -> URL:
    # libpq's `sslmode=require` (what hosts print) is `ssl=require` to asyncpg, which
    # rejects the unknown keyword at connect time with a confusing TypeError.
    if "sslmode" not in url.query:
        return url
    mode = url.query["sslmode"]
    return url.difference_update_query(["sslmode"]).update_query_dict({"ssl": mode})


def _hide_password(url: URL) -> str:
    # Error messages end up in logs and chat replies: never echo a password.
    return url.render_as_string(hide_password=True)


def _shown(text: str) -> str:
    # An unparseable URL may still contain a password after "://user:"; show only the scheme.
    scheme, sep, _ = text.partition("://")
    return f"{scheme}://..." if sep else repr(text[:20])
