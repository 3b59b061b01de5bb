"""What a failed Web API call says went wrong, as a short phrase for a reply or a log line.

`SlackApiError.response` is usually a SlackResponse holding Slack's JSON, but a proxy's
HTML error page or plain-text 502 leaves it holding a str, bytes, or the raw aiohttp
response, and `.get("error")` on those raises instead of explaining.
"""

from __future__ import annotations

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError


def api_error(exc: Exception) -> str:
    """Slack's error code ("file_not_found"), else the HTTP status, else what kind of
    failure it was."""
    if not isinstance(exc, SlackApiError):
        if isinstance(exc, (SlackClientError, aiohttp.ClientError, TimeoutError)):
            return "no answer from Slack"
        return "an unreadable answer from Slack"
    response: object = exc.response
    data = getattr(response, "data", None)
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, str) and error:
            return error
    for attribute in ("status_code", "status"):
        status = getattr(response, attribute, None)
        if isinstance(status, int):
            return f"HTTP {status}"
    return "an unreadable answer from Slack"
