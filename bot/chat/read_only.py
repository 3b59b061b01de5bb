"""Whether a line only reads, decided from its words before anything runs. Pure.

A platform may answer a read at once, in the reply to the request that asked it (Slack's
slash command ack), because nothing is lost if that reply goes astray: asking again gives
the same answer. A change is not treated so: it is acknowledged first and answered after,
so a lost acknowledgement never tempts anyone to make the change twice.

The verdict errs on the side of "changes": a line it does not know to be a read takes the
acknowledge-then-answer path, which is always correct, only slower.
"""

from __future__ import annotations

from datetime import date

from settleconf.bot.chat.grammar import Command, parse_command
from settleconf.bot.chat.request import clean_text

# Commands that read the matter and change nothing (opening a workspace's row on first use
# is idempotent). `add`, `confirm`, `discard`, `track`, `untrack`, `conference`, `demand`,
# `response`, `done`, `undo`, `side`, `remind` and `snooze` change something.
READ_ONLY_COMMANDS = frozenset(
    {"help", "deadlines", "next", "explain", "why", "reminders", "ics", "history", "status"}
)


def is_read_only(text: str, *, today: date) -> bool:
    """True for the read-only commands and for questions (the natural-language path only
    reads). Read as the service reads it (`clean_text` first), so the two cannot disagree
    about which command a line is.

    The safe side, "changes", for the rest: a line the grammar refuses (its date may read
    differently on the service's `today`, "Feb 29" in another year, and then it is a
    change), and lines the service reads as questions although they parse as a command
    (`remind me what's due`)."""
    try:
        parsed = parse_command(clean_text(text), today=today)
    except Exception:
        # Refused by the grammar (CommandError), or anything else it chokes on (this runs
        # before the service, outside its error handling): not known to be a read. The
        # service tells the user what is wrong.
        return False
    if not isinstance(parsed, Command):
        return True
    return parsed.name in READ_ONLY_COMMANDS
