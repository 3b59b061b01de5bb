"""An order uploaded in Slack -> its text: `files.info`, then `url_private` with the bot token.

The bot token goes only to Slack's own file host (the Web API's domain, e.g.
files.slack.com for slack.com, or the test server): a file object pointing anywhere
else is refused rather than handed our credentials.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import aiohttp
from slack_sdk.errors import SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from settleconf.adapters.http_body import BodyTooLarge, read_body
from settleconf.adapters.slack.api_errors import api_error
from settleconf.adapters.url_host import url_host
from settleconf.bot.chat.request import UploadedFile
from settleconf.core.order_parser import OrderTextError, read_order_text

MAX_FILE_BYTES = 20 * 1024 * 1024  # court orders are far smaller; refuse before downloading
DOWNLOAD_TIMEOUT_S = 30
_PDF_TYPES = frozenset({"pdf", "application/pdf"})
_TEXT_TYPES = frozenset({"text", "markdown", "text/plain", "text/markdown", "txt", "md"})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class UploadError(Exception):
    """One line for the person who shared the file: what went wrong, what to do."""


def allowed_file_host(url: str, api_url: str) -> bool:
    """Same registrable domain as the Web API (slack.com -> *.slack.com), over https
    (or the loopback test server). False for anything that is not a well-formed URL."""
    file, api = url_host(url), url_host(api_url)
    if file is None or api is None:
        return False
    if api.host in _LOOPBACK:
        return file.host == api.host and file.port == api.port
    if file.scheme != "https":
        return False
    domain = re.sub(r"^(api|www)\.", "", api.host)
    return file.host == domain or file.host.endswith("." + domain)


def _suffix(info: Mapping[str, Any]) -> str:
    kinds = {str(info.get("filetype", "")).lower(), str(info.get("mimetype", "")).lower()}
    name = str(info.get("name", "")).lower()
    if kinds & _PDF_TYPES or name.endswith(".pdf"):
        return ".pdf"
    if kinds & _TEXT_TYPES or name.endswith((".txt", ".md")):
        return ".txt"
    raise UploadError(
        f"I can read orders as PDF or text files, not {info.get('pretty_type') or 'this type'}."
    )


def _safe_name(name: str, suffix: str) -> str:
    # The name appears in parser messages and on disk: keep it readable, never a path.
    stem = re.sub(r"[^A-Za-z0-9._ -]", "_", Path(name).stem).strip(" .")[:100] or "order"
    return stem + suffix


class OrderFiles:
    def __init__(self, client: AsyncWebClient, *, token: str, api_url: str) -> None:
        self._client = client
        self._token = token
        self._api_url = api_url

    async def fetch(self, file_id: str) -> UploadedFile:
        info = await self._info(file_id)
        name = str(info.get("name") or info.get("title") or "order")
        suffix = _suffix(info)
        size = info.get("size")
        if isinstance(size, int) and size > MAX_FILE_BYTES:
            raise UploadError(f"{name} is {size:,} bytes; I read orders up to {MAX_FILE_BYTES:,}.")
        url = info.get("url_private_download") or info.get("url_private")
        if not isinstance(url, str) or not allowed_file_host(url, self._api_url):
            raise UploadError(f"I can't download {name} from where Slack says it is.")
        content = await self._download(url, name)
        # The service stores the name (PostgreSQL refuses NUL, columns have a length) and
        # shows it: like Teams, it gets the safe one.
        safe = _safe_name(name, suffix)
        return UploadedFile(safe, await asyncio.to_thread(_extract, content, safe, suffix))

    async def _info(self, file_id: str) -> Mapping[str, Any]:
        try:
            resp = await self._client.files_info(file=file_id)
            info = resp.get("file")
        # AttributeError and ValueError: an HTTP 200 whose body is text or bytes, not JSON,
        # makes slack_sdk call `.get` on a str (or refuse it on bytes) while validating.
        except (SlackClientError, aiohttp.ClientError, TimeoutError, AttributeError,
                ValueError) as exc:
            raise UploadError(
                f"I couldn't open that file ({api_error(exc)}). Share it again, or paste the "
                "order text after `add`."
            ) from exc
        if not isinstance(info, Mapping):
            raise UploadError("Slack sent no details for that file. Share it again, or paste "
                              "the order text after `add`.")
        return info

    async def _download(self, url: str, name: str) -> bytes:
        timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_S)
        headers = {"Authorization": f"Bearer {self._token}"}
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(url, headers=headers, allow_redirects=False) as resp,
            ):
                # Slack answers a bad token with its HTML sign-in page, not an error code.
                if resp.status != 200 or resp.content_type == "text/html":
                    raise UploadError(
                        f"I couldn't download {name} (HTTP {resp.status}); the app may lack "
                        "the files:read permission."
                    )
                return await read_body(resp, limit=MAX_FILE_BYTES, timeout_s=DOWNLOAD_TIMEOUT_S)
        except BodyTooLarge as exc:
            raise UploadError(
                f"{name} is larger than {exc.limit:,} bytes, the most I read; share a smaller "
                "file or paste the order text after `add`."
            ) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise UploadError(f"I couldn't download {name}; please try again.") from exc


def _extract(content: bytes, name: str, suffix: str) -> str:
    """Through a file, so uploads are read by exactly the code `settleconf parse` uses."""
    with tempfile.TemporaryDirectory(prefix="settleconf-") as tmp:
        path = Path(tmp) / _safe_name(name, suffix)
        path.write_bytes(content)
        try:
            return read_order_text(path)
        except OrderTextError as exc:
            raise UploadError(str(exc)) from exc
