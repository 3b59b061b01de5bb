"""TeamsSettings.from_env: production, emulator mode, and one-line errors."""

from __future__ import annotations

import pytest

from settleconf.adapters.teams import TeamsConfigError, TeamsSettings
from settleconf.adapters.teams.settings import AppType
from tests.teams.fakes import APP_ID

BASE = {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "x"}


def test_nothing_set_is_not_mounted() -> None:
    assert TeamsSettings.from_env({}) is None


def test_multi_tenant() -> None:
    s = TeamsSettings.from_env({"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "secret"})
    assert s is not None and s.app_type is AppType.MULTI_TENANT and not s.emulator_mode
    assert "secret" not in repr(s) and "secret" not in s.describe()


def test_single_tenant_needs_the_tenant() -> None:
    env = {**BASE, "MicrosoftAppType": "singletenant"}
    with pytest.raises(TeamsConfigError, match="MicrosoftAppTenantId"):
        TeamsSettings.from_env(env)
    s = TeamsSettings.from_env({**env, "MicrosoftAppTenantId": "tenant-guid"})
    assert s is not None and s.app_type is AppType.SINGLE_TENANT and s.tenant_id == "tenant-guid"


def test_managed_identity_needs_no_password() -> None:
    env = {
        "MicrosoftAppId": APP_ID,
        "MicrosoftAppType": "UserAssignedMSI",
        "MicrosoftAppTenantId": "t",
    }
    s = TeamsSettings.from_env(env)
    assert s is not None and s.app_password is None


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"MicrosoftAppId": APP_ID}, "MicrosoftAppPassword"),
        ({"MicrosoftAppId": "not-a-guid", "MicrosoftAppPassword": "x"}, "GUID"),
        ({"MicrosoftAppPassword": "x"}, "MicrosoftAppId"),
        ({**BASE, "MicrosoftAppType": "x"}, "one of"),
        ({**BASE, "TEAMS_EMULATOR": "1"}, "disables"),
    ],
)
def test_errors_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(TeamsConfigError, match=names):
        TeamsSettings.from_env(env)


def test_emulator_mode_only_when_asked() -> None:
    s = TeamsSettings.from_env({"TEAMS_EMULATOR": "1"})
    assert s is not None and s.emulator_mode
    assert "authentication is OFF" in s.describe()
