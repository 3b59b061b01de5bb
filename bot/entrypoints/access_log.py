"""The access log, without secrets in URLs.

aiohttp's default access log writes the request line as sent. Some paths carry a bearer
credential (`/api/teams/calendar/<signed token>`: whoever holds the link can download the
matter's calendar), so a request whose route has variable parts is logged by its route
pattern (`/api/teams/calendar/{token}`) and query strings are never logged.
"""

from __future__ import annotations

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.web_request import BaseRequest


def logged_path(request: BaseRequest) -> str:
    match_info = getattr(request, "match_info", None)
    resource = match_info.route.resource if match_info is not None else None
    if isinstance(resource, web.DynamicResource):
        return resource.canonical
    return request.path


class RedactingAccessLogger(AbstractAccessLogger):
    def log(self, request: BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            '%s "%s %s" %s %s %.3f',
            request.remote,
            request.method,
            logged_path(request),
            response.status,
            response.body_length,
            time,
        )
