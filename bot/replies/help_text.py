"""The help reply: every command, and the questions people can simply ask."""

from __future__ import annotations

from settleconf.bot.chat.grammar import COMMANDS
from settleconf.bot.replies.reply import Reply

EXAMPLE_QUESTIONS = (
    "when is the response due?",
    "who has to attend?",
    "where do I send the letter?",
    "how long can the letter be?",
    "what's due this week?",
    "why is the letter due on the 20th?",
)


def help_reply() -> Reply:
    lines = [
        f"`{usage.split(' - ')[0]}` - {usage.split(' - ', 1)[1]}" for usage in COMMANDS.values()
    ]
    lines.append("Or just ask: " + "; ".join(f'"{q}"' for q in EXAMPLE_QUESTIONS))
    return Reply(
        text="I read settlement-conference orders, count their deadlines under FRCP 6(a), "
        "answer questions about them and remind this channel before each one.",
        intent="help",
        title="settleconf help",
        details=tuple(lines),
        ephemeral=True,
    )
