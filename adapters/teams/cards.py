"""A neutral `Reply` -> an Adaptive Card 1.5 (what Teams renders). Pure: no I/O, no SDK.

The answer comes first, as its own TextBlock, and the card's `fallbackText` is the
plain-text rendering, so notifications and clients without card support read the same
thing. Deadlines state the court's own date and time (the one that binds), then the same
moment through Teams' `{{DATE()}}`/`{{TIME()}}` functions, which each reader's client shows
in their own time zone. Buttons are `Action.Submit` with `{"command": ...}`: pressing one
sends that command back as the person who pressed it.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import DeadlineLine, Reply, Style
from settleconf.core.counting import fmt_day

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_VERSION = "1.5"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
END_OF_DAY = time(23, 59)  # FRCP 6(a)(4)(A): the last day ends at midnight, court's time
# Teams refuses messages over ~28 KB; past this the card sheds its least essential parts.
MAX_CARD_CHARS = 24_000
_STYLES = {Style.PRIMARY: "positive", Style.DANGER: "destructive"}
# TextBlocks and facts render a markdown subset (emphasis, lists, links); text from users and
# orders gets CommonMark backslash escapes so it can never become a link or emphasis.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>~])")


def escape(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def _text(text: str, **props: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **props}


def local_moment(line: DeadlineLine) -> str | None:
    """The deadline as RFC 3339 with the court's offset, for `{{DATE()}}`; None unless the
    line is a fixed date (not "N days after an event; latest ...")."""
    if line.due_date is None or not line.timezone:
        return None
    if line.session and line.due_time is None:
        return None  # a session's time unstated: no "end of day" moment to show
    if not line.due_text.startswith(fmt_day(line.due_date)):
        return None
    moment = datetime.combine(line.due_date, line.due_time or END_OF_DAY)
    return moment.replace(tzinfo=ZoneInfo(line.timezone)).isoformat(timespec="seconds")


def _deadline(line: DeadlineLine) -> dict[str, Any]:
    mark = "✓ " if line.done else ""
    rel = f" ({line.relative})" if line.relative else ""
    items: list[dict[str, Any]] = [
        _text(f"{mark}**{escape(line.title)}** - {escape(line.who)}"),
        # A session the order sets is attended that day: an event, never a due date.
        _text(escape(f"On {line.due_text}{rel} (attend)" if line.session
                     else f"{line.due_text}{rel}"), spacing="None"),
    ]
    if (moment := local_moment(line)) is not None:
        items.append(
            _text(
                f"Your time: {{{{DATE({moment}, SHORT)}}}} {{{{TIME({moment})}}}}",
                isSubtle=True,
                spacing="None",
            )
        )
    src = f"para. {line.paragraph}" if line.paragraph else "preamble"
    rule = escape(f"{line.rule} ({src})")
    items.append(_text(rule, isSubtle=True, size="Small", spacing="None"))
    if line.condition:
        items.append(_text(f"Condition: {escape(line.condition)}", size="Small", spacing="None"))
    for alt in line.alternatives:
        items.append(_text(f"Other reading: {escape(alt)}", size="Small", spacing="None"))
    if line.done:
        items.append(_text(escape(line.done), color="Good", size="Small", spacing="None"))
    if line.needs_review:
        items.append(
            _text("Needs review: check this one against the order.", color="Warning", size="Small")
        )
    return {"type": "Container", "separator": True, "items": items}


def _action(label: str, command: str, style: Style) -> dict[str, Any]:
    action: dict[str, Any] = {"type": "Action.Submit", "title": label, "data": {"command": command}}
    if style in _STYLES:
        action["style"] = _STYLES[style]
    return action


def reply_card(
    reply: Reply,
    *,
    download_url: str | None = None,
    essential_only: bool = False,
) -> dict[str, Any]:
    """The card for `reply`. `download_url`: where the reply's attachment (a calendar
    file) can be fetched; Teams bots cannot attach files in channels, so it is a link."""
    body: list[dict[str, Any]] = []
    if reply.title:
        body.append(_text(escape(reply.title), weight="Bolder", size="Medium"))
    text = escape(reply.text)
    body.append(_text(text, color="Attention") if reply.is_error else _text(text))
    if reply.fields:
        facts = [{"title": escape(f.label), "value": escape(f.value)} for f in reply.fields]
        body.append({"type": "FactSet", "facts": facts})
    body.extend(_deadline(d) for d in reply.deadlines)
    if reply.details:
        body.append(_text("\n\n".join(map(escape, reply.details)), spacing="Medium"))
    if reply.trace and not essential_only:
        steps = "\r".join(f"- {escape(s)}" for s in reply.trace)
        body.append(_text("**How it was counted**", separator=True))
        body.append(_text(steps, size="Small", spacing="None"))
    if not essential_only:
        for c in reply.citations:
            quote = f"**{escape(c.label)}:** _{escape(c.quote)}_"
            body.append(_text(quote, size="Small", isSubtle=True))
    for w in reply.warnings:
        body.append(_text(f"⚠ {escape(w)}", color="Warning"))
    actions = [_action(a.label, a.command, a.style) for a in reply.actions]
    if reply.attachment is not None and download_url is not None:
        title = f"Download {reply.attachment.file_name}"
        actions.insert(0, {"type": "Action.OpenUrl", "title": title, "url": download_url})
    card: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": CARD_VERSION,
        "fallbackText": render_text(
            replace(reply, trace=(), citations=()) if essential_only else reply
        ),
        "msteams": {"width": "Full"},
        "body": body,
    }
    if actions:
        card["actions"] = actions
    return card


def card_for(reply: Reply, *, download_url: str | None = None) -> dict[str, Any]:
    """`reply_card`, trimmed (trace and quotes dropped) if it would exceed Teams' limit."""
    card = reply_card(reply, download_url=download_url)
    if len(json.dumps(card)) > MAX_CARD_CHARS:
        card = reply_card(reply, download_url=download_url, essential_only=True)
    return card


def card_attachment(card: dict[str, Any]) -> dict[str, Any]:
    """The Bot Framework attachment carrying `card`."""
    return {"contentType": CARD_CONTENT_TYPE, "content": card}
