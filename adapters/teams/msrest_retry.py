"""A fix for msrest, botframework-connector's HTTP layer: every connector client builds a
`ClientRetryPolicy`, and every Teams turn makes two clients (the reply's connector, the
user token client). Its constructor tests 999 status codes for membership in a 500-item
*list*, ~6 ms of CPU each time: over half of a turn's CPU (bench/teams_load.py,
docs/performance.md). The same codes in a frozenset give the identical policy in ~0.1 ms.
msrest 0.7.1 is its last release, so the class attribute this replaces will not move."""

from __future__ import annotations

from msrest.universal_http.requests import ClientRetryPolicy


def speed_up_retry_policy() -> None:
    """Idempotent; only `in` is ever asked of `safe_codes`, which a frozenset answers alike."""
    # msrest annotates it list[int]; it is only ever read by `in`.
    ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)  # type: ignore[assignment]
