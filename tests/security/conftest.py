"""Every store-backed test here runs on SQLite and PostgreSQL; the Slack and Teams harnesses
(real HTTP on 127.0.0.1) come from the folders that own them."""

from tests.slack.conftest import slack  # noqa: F401
from tests.store.fixtures import postgres_url, store, store_url  # noqa: F401
from tests.teams.conftest import idp, teams  # noqa: F401
