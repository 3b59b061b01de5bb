"""An order attached in Teams personal chat -> its text.

Teams hands the bot a short-lived, pre-authenticated `downloadUrl` on the tenant's
OneDrive/SharePoint; no token of ours is sent with it. Only https URLs on the configured
file hosts are fetched (in emulator mode anyone can post an activity, and the server must
not become a proxy into its own network), bodies are capped, and the PDF's text is read
in a worker thread by exactly the code `settleconf parse` uses.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

import aiohttp

from settleconf.adapters.http_body import BodyTooLarge, read_body
from settleconf.adapters.teams.activities import FileOffer
from settleconf.adapters.url_host import url_host
from settleconf.bot.chat.request import UploadedFile
from settleconf.core.order_parser import OrderTextError, read_order_text

MAX_FILE_BYTES = 20 * 1024 * 1024  # court orders are far smaller
DOWNLOAD_TIMEOUT_S = 30
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_SUFFIXES = {"pdf": ".pdf", "txt": ".txt", "md": ".md", "text": ".txt"}


class UploadError(Exception):
    """One line for the person who attached the file: what went wrong, what to do."""


def allowed_url(url: str, hosts: Sequence[str]) -> bool:
    """False for anything that is not a well-formed https URL on one of `hosts`."""
    parts = url_host(url)
    if parts is None:
        return False
    if parts.host in _LOOPBACK:
        # Tests only: the loopback host must be listed explicitly, any scheme.
        return parts.host in hosts
    if parts.scheme != "https":
        return False
    return any(parts.host == h or parts.host.endswith("." + h) for h in hosts)


def _suffix(offer: FileOffer) -> str:
    kind = offer.file_type.lower().lstrip(".") or Path(offer.name).suffix.lower().lstrip(".")
    if kind not in _SUFFIXES:
        raise UploadError(f"I can read orders as PDF or text files, not .{kind or '?'} files.")
    return _SUFFIXES[kind]


def _safe_name(name: str, suffix: str) -> str:
    # The name appears in replies and on disk: keep it readable, never a path.
    stem = re.sub(r"[^A-Za-z0-9._ -]", "_", Path(name).stem).strip(" .")[:100] or "order"
    return stem + suffix


class OrderFiles:
    def __init__(self, hosts: Sequence[str]) -> None:
        self._hosts = tuple(h.lower() for h in hosts)

    async def fetch(self, offer: FileOffer) -> UploadedFile:
        suffix = _suffix(offer)
        if not allowed_url(offer.download_url, self._hosts):
            raise UploadError(f"I can't download {offer.name} from where Teams says it is.")
        content = await self._download(offer.download_url, offer.name)
        name = _safe_name(offer.name, suffix)
        return UploadedFile(name, await asyncio.to_thread(_extract, content, name))

    async def _download(self, url: str, name: str) -> bytes:
        timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_S)
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(url, allow_redirects=False) as resp,
            ):
                if resp.status != 200:
                    raise UploadError(
                        f"I couldn't download {name} (HTTP {resp.status}); attach it again."
                    )
                return await read_body(resp, limit=MAX_FILE_BYTES, timeout_s=DOWNLOAD_TIMEOUT_S)
        except BodyTooLarge as exc:
            raise UploadError(
                f"{name} is larger than {exc.limit:,} bytes, the most I read; attach a smaller "
                "file or paste the order text after the word add."
            ) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise UploadError(f"I couldn't download {name}; please try again.") from exc


def _extract(content: bytes, name: str) -> str:
    with tempfile.TemporaryDirectory(prefix="settleconf-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        try:
            return read_order_text(path)
        except OrderTextError as exc:
            raise UploadError(str(exc)) from exc
