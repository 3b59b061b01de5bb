"""A neutral `Reply` as Slack messages (Block Kit as plain dicts). Pure.

Everything from users or orders is escaped (`&`, `<`, `>`) and sent `verbatim`, so an
order or a command containing `<!channel>` or `<@U123>` can never notify anyone. Limits
(50 blocks, 3,000 characters per text, 10 fields, 25 buttons) are kept by clipping
texts and splitting a long reply over a few messages.

The blocks are the dicts `slack_sdk.models.blocks` would produce (its keys sorted, empty
values left out), written directly: building the SDK's models and validating them in
`to_dict()` was a fifth of a reminder's cost (docs/performance.md). The shapes are checked
in tests instead: tests/slack/test_block_shapes.py loads every block of a representative
set of replies into `Block.parse` and requires the SDK's validated `to_dict()` to give the
same JSON back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from settleconf.adapters.slack.payloads import is_user_id
from settleconf.bot.replies.reply import Action, DeadlineLine, Reply, Style

MAX_BLOCKS = 50
MAX_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_FIELDS = 10
MAX_CONTEXT_ELEMENTS = 10
MAX_BUTTONS = 25
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_BLOCK_ID = 255
MAX_PAGES = 3  # a response_url takes 5 posts; leave room for a follow-up
MAX_MESSAGE_TEXT = 3000  # the notification line; Slack would take 40k

RUN_ACTION = "settleconf:run"
SHARE_ACTION = "settleconf:share"
# The command that produced a message rides in its actions block's id, so a "Mark done"
# click can redraw the message it was clicked in.
ORIGIN_PREFIX = "settleconf:origin:"
SHARE_LABEL = "Share in channel"
END_OF_DAY = time(23, 59)  # FRCP 6(a)(4)(A): a day-only deadline ends at midnight

_STARTS_WITH_DAY = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ")


Block = dict[str, Any]


@dataclass(frozen=True)
class SlackMessage:
    text: str
    blocks: list[dict[str, Any]]


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, never cutting an entity (`&amp;`) or a token (`<...>`)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if cut.rfind("<") > cut.rfind(">"):
        cut = cut[: cut.rfind("<")]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


def mention(user_id: str) -> str:
    """A user mention only for a well-formed Slack user id; anything else as text."""
    return f"<@{user_id}>" if is_user_id(user_id) else escape(user_id)


# Keys in sorted order, as the SDK's `to_dict()` writes them, so the JSON is the same byte
# for byte (the golden files pin it).


def _md(text: str, limit: int = MAX_TEXT) -> Block:
    # verbatim: no auto-linking of channel names or bare "@here"; explicit <...> stays ours.
    return {"text": clip(text, limit), "type": "mrkdwn", "verbatim": True}


def _plain(text: str, limit: int) -> Block:
    return {"emoji": True, "text": clip(text, limit), "type": "plain_text"}


def _section(text: Block) -> Block:
    return {"text": text, "type": "section"}


def _context(elements: list[Block]) -> Block:
    return {"elements": elements, "type": "context"}


def date_token(line: DeadlineLine) -> str | None:
    """`<!date^...>`: each reader sees the moment in their own zone; the fallback is the
    court's wording. None when the line is not one plain date (e.g. "3 days after the
    demand; latest ...", whose date is only a bound)."""
    if line.due_date is None or not line.timezone:
        return None
    if line.session and line.due_time is None:
        return None  # a session's time unstated: no "end of day" moment to show
    if not _STARTS_WITH_DAY.match(line.due_text):
        return None
    at = datetime.combine(line.due_date, line.due_time or END_OF_DAY, ZoneInfo(line.timezone))
    fallback = escape(line.due_text).replace("|", "/")
    return f"<!date^{int(at.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


def deadline_text(line: DeadlineLine) -> str:
    title = escape(line.title)
    head = f"~{title}~ :white_check_mark:" if line.done else f"*{title}*"
    out = [f"{head} - {escape(line.who)}"]
    when = date_token(line) or escape(line.due_text)
    relative = f" ({escape(line.relative)})" if line.relative else ""
    # A session the order sets is attended that day: an event, never "Due".
    out.append(f"On {when}{relative} (attend)" if line.session else f"Due {when}{relative}")
    source = f"para. {escape(line.paragraph)}" if line.paragraph else "preamble"
    out.append(f"{escape(line.rule)} ({source})")
    if line.condition:
        out.append(f"Condition: {escape(line.condition)}")
    out.extend(f"Other reading: {escape(alt)}" for alt in line.alternatives)
    if line.done:
        out.append(f"_{escape(line.done)}_")
    if line.needs_review:
        out.append(":warning: Needs review: check this one against the order.")
    return "\n".join(out)


def _chunks(heading: str | None, lines: Iterable[str], limit: int = MAX_TEXT) -> list[str]:
    """Lines packed into texts of at most `limit` characters (a long line is clipped)."""
    texts: list[str] = []
    current = heading or ""
    for line in lines:
        line = clip(line, limit - 2)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            texts.append(current)
            current = line
        else:
            current = candidate
    if current:
        texts.append(current)
    return texts


def _context_blocks(items: Sequence[str]) -> list[Block]:
    return [
        _context([_md(t) for t in items[i : i + MAX_CONTEXT_ELEMENTS]])
        for i in range(0, len(items), MAX_CONTEXT_ELEMENTS)
    ]


def _body(reply: Reply, note: str | None) -> list[Block]:
    body: list[Block] = []
    if note:
        body.append(_context([_md(note)]))
    body.append(_section(_md(escape(reply.text or "(no answer)"))))
    fields = [_md(f"*{escape(f.label)}*\n{escape(f.value)}", MAX_FIELD_TEXT) for f in reply.fields]
    body.extend(
        {"fields": fields[i : i + MAX_FIELDS], "type": "section"}
        for i in range(0, len(fields), MAX_FIELDS)
    )
    body.extend(_section(_md(deadline_text(d))) for d in reply.deadlines)
    for text in _chunks(None, (escape(line) for line in reply.details)):
        body.append(_section(_md(text)))
    trace = (f"• {escape(step)}" for step in reply.trace)
    for text in _chunks("*How it was counted*", trace) if reply.trace else ():
        body.append(_section(_md(text)))
    body.extend(
        _context_blocks([f"*{escape(c.label)}*: “{escape(c.quote)}”" for c in reply.citations])
    )
    body.extend(_context_blocks([f":warning: {escape(w)}" for w in reply.warnings]))
    return body


def _button(action_id: str, label: str, value: str, style: Style) -> Block:
    button: Block = {"action_id": action_id}
    if style is not Style.DEFAULT:
        button["style"] = style.value
    button.update(text=_plain(label, MAX_BUTTON_TEXT), type="button", value=value)
    return button


def _actions(actions: Sequence[Action], origin: str | None, share: bool) -> list[Block]:
    buttons = [
        _button(f"{RUN_ACTION}:{i}", a.label, a.command, a.style)
        for i, a in enumerate(actions)
        # A command too long for a button value cannot be sent back intact, and Slack refuses
        # a message with an unlabelled button: leave such a button out.
        if a.label and a.command and len(a.command) <= MAX_BUTTON_VALUE
    ]
    if share and origin and len(origin) <= MAX_BUTTON_VALUE:
        buttons.append(_button(SHARE_ACTION, SHARE_LABEL, origin, Style.DEFAULT))
    block_id = None
    if origin and len(ORIGIN_PREFIX) + len(origin) <= MAX_BLOCK_ID:
        block_id = ORIGIN_PREFIX + origin
    blocks: list[Block] = []
    for i in range(0, len(buttons), MAX_BUTTONS):
        block: Block = {"block_id": block_id} if block_id and i == 0 else {}
        block.update(elements=buttons[i : i + MAX_BUTTONS], type="actions")
        blocks.append(block)
    return blocks


def render_messages(
    reply: Reply, *, origin: str | None = None, share: bool = False, note: str | None = None
) -> list[SlackMessage]:
    """The reply as one or more messages (only very long replies need more than one).

    `origin` is the command that produced the reply (for redrawing it after a change and
    for "Share in channel"); `share` adds that button; `note` is a context line of
    trusted mrkdwn shown first (the caller escapes anything in it).
    """
    head: list[Block] = (
        [{"text": _plain(reply.title, MAX_HEADER), "type": "header"}] if reply.title else []
    )
    body = _body(reply, note)
    actions = _actions(reply.actions, origin, share)
    room = MAX_PAGES * MAX_BLOCKS - len(head) - len(actions)
    if len(body) > room:
        hidden = len(body) - (room - 1)
        note_text = f"Too long for Slack: {hidden} more part(s) not shown."
        body = [*body[: room - 1], _context([_md(note_text)])]
    blocks = [*head, *body, *actions]
    pages = [blocks[i : i + MAX_BLOCKS] for i in range(0, len(blocks), MAX_BLOCKS)]
    first = clip(escape(reply.text or reply.title or "settleconf"), MAX_MESSAGE_TEXT)
    return [
        SlackMessage(
            text=first if n == 0 else f"{first} (continued, {n + 1}/{len(pages)})", blocks=page
        )
        for n, page in enumerate(pages)
    ]
