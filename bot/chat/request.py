"""The neutral request every platform adapter builds: who said what, where."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class UploadedFile:
    name: str
    text: str  # already extracted (PDF text layer, decoded text file)


@dataclass(frozen=True)
class Request:
    platform: str  # "slack", "teams", "console"
    workspace: str  # Slack team (enterprise:team), Teams tenant, "local"
    channel: str  # channel / conversation id; for DMs the DM conversation
    user: str  # platform user id
    text: str
    is_direct: bool = False
    # The local operator (CLI on the server's own store) may read every matter of its
    # workspace; chat users never are.
    trusted: bool = False
    today: date | None = None  # for tests and `--today`: "today" in the court's zone otherwise
    upload: UploadedFile | None = None
    matter: str | None = None  # a docket number chosen outside the text (`ask --matter`)
    # The thread the message is in, where the platform has threads (Slack, Teams channels);
    # None at the channel's top level. A follow-up is read against the last question of the
    # same thread, or of the top level (bot/turn_memory.py).
    thread: str | None = None
    # The thread a top-level message's answer opens (a Slack mention is answered in a new
    # thread under it; a Teams post's replies are its thread): its question is remembered
    # there too, so a follow-up asked in the answer's thread sees it.
    answer_thread: str | None = None

    @property
    def actor(self) -> str:
        return f"{self.platform}:{self.user}"


def clean_text(text: str) -> str:
    """Text every store can keep: JSON may carry lone UTF-16 surrogates ("\\ud800"), which
    cannot be encoded as UTF-8, and PostgreSQL refuses NUL in text; both become U+FFFD."""
    if text.isascii() and "\x00" not in text:
        return text
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text.replace("\x00", "\ufffd")


def cleaned(req: Request) -> Request:
    upload = req.upload
    if upload is not None:
        upload = UploadedFile(clean_text(upload.name), clean_text(upload.text))
    return replace(req, text=clean_text(req.text), user=clean_text(req.user), upload=upload)


class Membership(Protocol):
    """Asks the platform whether a user is in a channel (DM access to a matter)."""

    async def is_member(self, user: str, channel: str) -> bool: ...


class NoMembership:
    async def is_member(self, user: str, channel: str) -> bool:
        del user, channel
        return False
