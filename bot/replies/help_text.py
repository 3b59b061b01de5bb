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
    usages = [
        f"`{usage.split(' - ')[0]}` - {usage.split(' - ', 1)[1]}"
        for name, usage in COMMANDS.items() if name != "help"  # this is it
    ]
    usages.append("`more` - the rest of an answer cut short (its More button does the same)")
    # The two lines a short answer has room for first; every command's usage behind More.
    lines = [
        "Just ask: " + "; ".join(f'"{q}"' for q in EXAMPLE_QUESTIONS),
        "Commands: " + ", ".join(f"`{name}`" for name in (*COMMANDS, "more")) + ".",
        *usages,
    ]
    return Reply(
        text="I read settlement-conference orders, count their deadlines under FRCP 6(a), "
        "answer questions about them and remind this channel before each one.",
        intent="help",
        title="settleconf help",
        details=tuple(lines),
        ephemeral=True,
    )
