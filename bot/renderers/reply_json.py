"""The JSON form of a Reply (`settleconf ask --json`)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, time
from typing import Any

from settleconf.bot.replies.reply import Reply


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bytes):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def reply_json(reply: Reply) -> dict[str, Any]:
    out: dict[str, Any] = _plain(asdict(reply))
    if reply.attachment is not None:
        out["attachment"] = {
            "file_name": reply.attachment.file_name,
            "content_type": reply.attachment.content_type,
            "size": len(reply.attachment.content),
        }
    return out
