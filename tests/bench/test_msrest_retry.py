"""adapters/teams/msrest_retry.py speeds msrest's retry policy up without changing it."""

from __future__ import annotations

from typing import Any

from msrest.universal_http.requests import ClientRetryPolicy

import settleconf.adapters.teams  # noqa: F401  (applies the fix on import, before any client is built)
from settleconf.adapters.teams.msrest_retry import speed_up_retry_policy

# msrest 0.7.1's own definition: every code below 500 but 408 is safe, and 501 and 505.
SAFE = {*range(500)} - {408} | {501, 505}
RETRIED = [code for code in range(999) if code not in SAFE]


def retried_codes() -> Any:
    """What a freshly built policy retries (msrest is untyped: read it as Any)."""
    policy: Any = ClientRetryPolicy
    return policy().policy.status_forcelist


def safe_codes() -> Any:
    codes: Any = ClientRetryPolicy.safe_codes
    return codes


def test_the_policy_retries_exactly_the_codes_msrest_defines() -> None:
    assert isinstance(safe_codes(), frozenset)
    assert retried_codes() == RETRIED
    assert RETRIED[:5] == [408, 500, 502, 503, 504]
    assert 501 not in RETRIED and 505 not in RETRIED and 998 in RETRIED


def test_applying_it_again_changes_nothing() -> None:
    speed_up_retry_policy()
    assert safe_codes() == frozenset(SAFE)
    assert retried_codes() == RETRIED
