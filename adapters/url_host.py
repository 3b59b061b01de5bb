"""Where a URL someone else gave us points, or None when it is not a URL we would fetch.

File URLs come from the platform's answer (Slack's `files.info`, a Teams activity, which
in emulator mode anyone can post). Both adapters check the host before fetching; the
check must say no to a malformed URL, never raise, or the user hears nothing.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit


class UrlHost(NamedTuple):
    scheme: str
    host: str  # lower case ASCII, each label valid for DNS
    port: int | None


def url_host(url: str) -> UrlHost | None:
    try:
        parts = urlsplit(url)
        # urlsplit refuses a netloc whose NFKC form adds URL syntax ("\uff03", "\u2100")
        # or a bracket without an IPv6 address; .port a port that is not a number.
        host, port = parts.hostname or "", parts.port
        # Only ASCII hosts: the HTTP client would IDNA-map "files\uff0eslack.com" to a
        # name other than the one checked here. The codec also refuses empty labels and
        # labels over 63 characters, which the client would raise on while fetching.
        if not host or not host.isascii():
            return None
        host.encode("idna")
    except ValueError:  # UnicodeError is one
        return None
    return UrlHost(parts.scheme.lower(), host.lower(), port)
