"""Slack payloads -> neutral `Request`s. Pure: no I/O, no SDK.

Slack sends three shapes to the one URL: slash-command forms, Events API callbacks
(`app_mention`, `message.im`) and interactivity (`block_actions`). Each names the
workspace, channel and user in a different place; this module is the only code that
knows where.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from settleconf.bot.chat.request import Request

PLATFORM = "slack"

# Slack's markup in incoming text: <@U123>, <@U123|name>, <#C123|general>, <!here>,
# <https://x|label>, <mailto:a@b.c|a@b.c>.
_MARKUP = re.compile(r"<([^<>]*)>")
_ID = re.compile(r"^[A-Z0-9]+$")


def workspace_id(team_id: str | None, enterprise_id: str | None) -> str:
    """`T123`, or `E456:T123` in an Enterprise Grid org (team ids are unique only there)."""
    team = team_id or ""
    return f"{enterprise_id}:{team}" if enterprise_id else team


def _unmark(match: re.Match[str]) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return "@" + (label or target[1:])
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        # <!here>, <!subteam^S1|@team>, <!date^...|fallback>: keep the readable part only.
        return label or "@" + target[1:].split("^")[0]
    return label or target


def plain_text(text: str, *, bot_user_id: str | None = None) -> str:
    """Slack's wire text -> what the user typed: mentions of the bot removed, other markup
    reduced to its label, and the three escaped characters restored."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^<>]*)?>", " ", text)
    text = _MARKUP.sub(_unmark, text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def _str(mapping: Mapping[str, Any] | None, key: str) -> str | None:
    if not mapping:
        return None
    value = mapping.get(key)
    return value if isinstance(value, str) and value else None


def _is_dm_channel(channel: str) -> bool:
    return channel.startswith("D")


def command_request(body: Mapping[str, Any]) -> Request:
    """A slash command form (`/settleconf deadlines 7:24-cv-00361`)."""
    channel = _str(body, "channel_id") or ""
    return Request(
        platform=PLATFORM,
        workspace=workspace_id(_str(body, "team_id"), _str(body, "enterprise_id")),
        channel=channel,
        user=_str(body, "user_id") or "",
        text=plain_text(_str(body, "text") or ""),
        is_direct=_str(body, "channel_name") == "directmessage" or _is_dm_channel(channel),
    )


def is_answerable_event(event: Mapping[str, Any]) -> bool:
    """Only people's new messages: not bots (our own replies included), not edits or
    deletions (subtypes), except `file_share`, which is how an attached order arrives."""
    if event.get("bot_id") or event.get("bot_profile"):
        return False
    subtype = event.get("subtype")
    if subtype is not None and subtype != "file_share":
        return False
    if not _str(event, "user") or not _str(event, "channel"):
        return False
    if event.get("type") == "message":
        return event.get("channel_type") == "im"
    return event.get("type") == "app_mention"


def event_request(
    body: Mapping[str, Any], event: Mapping[str, Any], bot_user_id: str | None
) -> Request | None:
    """An `app_mention` in a channel or a DM to the bot; None for anything to ignore."""
    if not is_answerable_event(event):
        return None
    channel = _str(event, "channel") or ""
    return Request(
        platform=PLATFORM,
        # The callback's team is the installation's; in a shared channel the event's own
        # `team` is the sender's, which must not decide whose matters are visible.
        workspace=workspace_id(
            _str(body, "team_id") or _str(event, "team"), _str(body, "enterprise_id")
        ),
        channel=channel,
        user=_str(event, "user") or "",
        text=plain_text(_str(event, "text") or "", bot_user_id=bot_user_id),
        is_direct=(direct := event.get("channel_type") == "im" or _is_dm_channel(channel)),
        # Follow-ups are read within the thread the mention is in, or else at the channel's
        # top level; a top-level mention's question is also remembered in the thread its
        # answer opens (bot/turn_memory.py).
        thread=None if direct else _str(event, "thread_ts"),
        answer_thread=None if direct or _str(event, "thread_ts") else _str(event, "ts"),
    )


def reply_thread(event: Mapping[str, Any]) -> str | None:
    """Answer a mention in its thread: the existing one, or a new one under the mention."""
    return _str(event, "thread_ts") or _str(event, "ts")


def event_file_ids(event: Mapping[str, Any]) -> list[str]:
    files = event.get("files")
    if not isinstance(files, list):
        return []
    return [f["id"] for f in files if isinstance(f, Mapping) and isinstance(f.get("id"), str)]


def wants_add(text: str) -> bool:
    """A file with no words, or with `add ...`, is an order to read; a file sent with a
    question is just context for the question."""
    words = text.split()
    return not words or words[0].lower().rstrip(":") == "add"


def action_request(body: Mapping[str, Any], command: str) -> Request:
    """A button click: the button's command, run as the person who clicked it."""
    team = body.get("team") if isinstance(body.get("team"), Mapping) else None
    enterprise = body.get("enterprise") if isinstance(body.get("enterprise"), Mapping) else None
    user = body.get("user") if isinstance(body.get("user"), Mapping) else None
    channel_obj = body.get("channel") if isinstance(body.get("channel"), Mapping) else None
    container = body.get("container") if isinstance(body.get("container"), Mapping) else None
    channel = _str(channel_obj, "id") or _str(container, "channel_id") or ""
    return Request(
        platform=PLATFORM,
        workspace=workspace_id(_str(team, "id") or _str(user, "team_id"), _str(enterprise, "id")),
        channel=channel,
        user=_str(user, "id") or "",
        text=command,
        is_direct=_is_dm_channel(channel),
    )


def is_user_id(value: str) -> bool:
    return bool(value) and value[0] in "UW" and bool(_ID.match(value))
