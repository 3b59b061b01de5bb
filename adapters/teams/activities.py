"""Bot Framework activities (their wire JSON) -> neutral `Request`s. Pure: no I/O, no SDK.

Where Teams puts things:
- tenant: `channelData.tenant.id` (also `conversation.tenantId`). It is the workspace, so
  one organisation's matters are never visible from another's.
- conversation: `conversation.conversationType` is `personal` (1:1 with the bot),
  `groupChat` or `channel`. A channel message's `conversation.id` names the thread
  (`19:...@thread.tacv2;messageid=...`); the channel itself is `channelData.channel.id`,
  and that is what matters are linked to.
- text: channel and group-chat messages arrive only when the bot is @mentioned, with the
  mention inline as `<at>Name</at>`; it is removed, like the SDK's
  `TurnContext.remove_recipient_mention` (which we don't call: it edits the activity in
  place and treats the bot's display name as a regex).
- buttons: an Adaptive Card `Action.Submit` arrives as a `message` whose `value` is the
  button's data, `{"command": "done ex_parte_letter"}`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from settleconf.bot.chat.request import Request, UploadedFile
from settleconf.core.docket import DocketNumberError, parse_docket

PLATFORM = "teams"
FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info"
EMULATOR_WORKSPACE = "emulator"  # the Emulator sends no tenant; keep its data apart
PASTED_NAME = "pasted text"
MAX_SUBMITTED_CHARS = 2_000  # a button's command is short; anything longer is not ours
PASTE_MIN_CHARS = 1_000  # a message this long, over several lines, is a pasted order

_BREAKS = re.compile(r"<br\s*/?>|</(?:p|div|li|h\d|tr|pre|blockquote)>", re.IGNORECASE)
# Only the markup Teams itself produces, so an order's "<10 pages>" survives.
_TAGS = re.compile(
    r"</?(?:p|div|span|br|b|i|u|s|strong|em|ol|ul|li|at|a|code|pre|blockquote|h\d|font|"
    r"table|tbody|thead|tr|td|th|img)\b[^>]*>",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Conversation:
    workspace: str  # tenant id
    channel: str  # the key matters are linked to
    kind: str  # "personal", "groupChat", "channel" (the Emulator counts as personal)
    conversation_id: str  # where replies go (a channel thread, or the chat)

    @property
    def is_direct(self) -> bool:
        return self.kind == "personal"

    @property
    def root(self) -> str | None:
        """The channel thread a message is in: its root post's id, which Teams puts in the
        conversation id (`19:...@thread.tacv2;messageid=1714568700000`); chats have no
        threads (None)."""
        if self.kind != "channel":
            return None
        _, found, message_id = self.conversation_id.partition(";messageid=")
        return message_id.split(";")[0] or None if found else None


def threads(where: Conversation, activity: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(the thread a message is in, the thread its answer opens), for follow-ups
    (bot/turn_memory.py). A reply is in its root's thread; a new post is its own root, so
    it is at the channel's top level (a follow-up posted there sees it) and opens its
    thread (a reply to it sees it too)."""
    root = where.root
    if root is not None and root == _str(activity, "id"):
        return None, root
    return root, None


@dataclass(frozen=True)
class FileOffer:
    """A file a user attached in personal chat: Teams gives a short-lived download URL."""

    name: str
    download_url: str
    file_type: str


def _map(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(mapping: Mapping[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    return value if isinstance(value, str) and value else None


def tenant_id(activity: Mapping[str, Any]) -> str | None:
    data = _map(activity.get("channelData"))
    tenant = _str(_map(data.get("tenant")), "id")
    return tenant or _str(_map(activity.get("conversation")), "tenantId")


def conversation(activity: Mapping[str, Any]) -> Conversation | None:
    """None when the activity cannot be placed (no conversation, or a Teams activity
    without a tenant): such an activity is ignored rather than filed under a guess."""
    conv = _map(activity.get("conversation"))
    conversation_id = _str(conv, "id")
    if conversation_id is None:
        return None
    tenant = tenant_id(activity)
    if tenant is None:
        if activity.get("channelId") != "emulator":
            return None
        tenant = EMULATOR_WORKSPACE
    kind = _str(conv, "conversationType") or "personal"
    channel = conversation_id
    if kind == "channel":
        data = _map(activity.get("channelData"))
        channel = _str(_map(data.get("channel")), "id") or conversation_id.split(";")[0]
    return Conversation(tenant, channel, kind, conversation_id)


def plain_text(text: str) -> str:
    """Teams' message text -> what the user typed: Teams' HTML tags dropped (keeping line
    breaks), entities decoded, each line's spacing collapsed."""
    text = _BREAKS.sub("\n", text)
    text = html.unescape(_TAGS.sub("", text)).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # Blank lines kept (an order's paragraphs), runs of them folded into one.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _bot_id(activity: Mapping[str, Any]) -> str | None:
    return _str(_map(activity.get("recipient")), "id")


def _mentions_of_bot(activity: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    bot = _bot_id(activity)
    entities = activity.get("entities")
    if bot is None or not isinstance(entities, list):
        return []
    return [
        e
        for e in entities
        if isinstance(e, Mapping)
        and str(e.get("type", "")).lower() == "mention"
        and _str(_map(e.get("mentioned")), "id") == bot
    ]


def mentions_bot(activity: Mapping[str, Any]) -> bool:
    return bool(_mentions_of_bot(activity))


def remove_bot_mention(activity: Mapping[str, Any]) -> str:
    """The activity's text without the bot's own @mention (other mentions keep their names)."""
    text = _str(activity, "text") or ""
    for mention in _mentions_of_bot(activity):
        said = _str(mention, "text")
        name = _str(_map(mention.get("mentioned")), "name")
        if said:
            text = text.replace(said, " ")
        if name:
            text = re.sub(rf"<at>\s*{re.escape(name)}\s*</at>", " ", text, flags=re.IGNORECASE)
    return text


def submitted_command(activity: Mapping[str, Any]) -> str | None:
    """The command an Adaptive Card button sent back (`Action.Submit` data)."""
    value = activity.get("value")
    command = _str(_map(value), "command")
    if command is None or len(command) > MAX_SUBMITTED_CHARS:
        return None
    return " ".join(command.split())


def file_offer(activity: Mapping[str, Any]) -> FileOffer | None:
    """The first attached file (Teams delivers attachments to bots in personal chat only)."""
    attachments = activity.get("attachments")
    for att in attachments if isinstance(attachments, list) else []:
        att = _map(att)
        if att.get("contentType") != FILE_DOWNLOAD_INFO:
            continue
        content = _map(att.get("content"))
        url = _str(content, "downloadUrl")
        if url:
            return FileOffer(_str(att, "name") or "order", url, _str(content, "fileType") or "")
    return None


def _is_docket(word: str) -> bool:
    try:
        parse_docket(word)
    except DocketNumberError:
        return False
    return True


def pasted_order(text: str, *, is_direct: bool) -> tuple[str, UploadedFile] | None:
    """`add` followed by lines of order text -> ("add [docket]", the text as an upload):
    the command grammar reads one line, an order is many. In personal chat a long
    multi-line paste with no command counts as `add` too."""
    head, _, rest = text.partition("\n")
    words = head.split()
    if words and words[0].lower().rstrip(":") == "add":
        if not rest.strip():
            return None
        typed = [w for w in words[1:2] if _is_docket(w)]
        body = " ".join(words[1 + len(typed) :])
        body = f"{body}\n{rest}" if body else rest
        return " ".join(["add", *typed]), UploadedFile(PASTED_NAME, body.strip())
    if is_direct and rest.strip() and len(text) >= PASTE_MIN_CHARS:
        return "add", UploadedFile(PASTED_NAME, text.strip())
    return None


def is_from_person(activity: Mapping[str, Any]) -> bool:
    sender = _map(activity.get("from"))
    return _str(sender, "role") != "bot" and _str(sender, "id") != _bot_id(activity)


def user_id(activity: Mapping[str, Any]) -> str:
    """The AAD object id (stable across a tenant's apps) when Teams gives it."""
    sender = _map(activity.get("from"))
    return _str(sender, "aadObjectId") or _str(sender, "id") or ""


def message_request(activity: Mapping[str, Any]) -> Request | None:
    """A message (or button press) to answer, or None to stay quiet: our own messages,
    and channel/group-chat messages that neither @mention the bot nor press its button."""
    where = conversation(activity)
    if where is None or activity.get("type") != "message" or not is_from_person(activity):
        return None
    command = submitted_command(activity)
    if command is None and not where.is_direct and not mentions_bot(activity):
        return None
    if command is not None:
        text, upload = command, None
    else:
        text = plain_text(remove_bot_mention(activity))
        upload = None
        if (paste := pasted_order(text, is_direct=where.is_direct)) is not None:
            text, upload = paste
    thread, answer_thread = threads(where, activity)
    return Request(
        platform=PLATFORM,
        workspace=where.workspace,
        channel=where.channel,
        user=user_id(activity),
        text=text,
        is_direct=where.is_direct,
        upload=upload,
        thread=thread,
        answer_thread=answer_thread,
    )
