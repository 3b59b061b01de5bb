"""Which lines only read (bot/chat/read_only.py): those may be answered in a platform's
acknowledgement; everything else is acknowledged first and run after."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.grammar import COMMANDS
from settleconf.bot.chat.read_only import READ_ONLY_COMMANDS, is_read_only

TODAY = date(2024, 5, 13)
CHANGES = {
    "add", "confirm", "discard", "track", "untrack", "conference", "demand", "response",
    "done", "undo", "side", "remind", "snooze",
}


def test_every_command_is_classified_one_way_or_the_other() -> None:
    # A new command must be placed consciously: if it reads, add it to READ_ONLY_COMMANDS.
    assert set(COMMANDS) == READ_ONLY_COMMANDS | CHANGES
    assert not READ_ONLY_COMMANDS & CHANGES


@pytest.mark.parametrize(
    "text",
    [
        "",  # help
        "help",
        "deadlines",
        "deadlines 7:24-cv-00361",
        "DEADLINES 7:24-cv-00361",
        "next",
        "why letter",
        "explain attendance",
        "reminders",
        "ics 7:24-cv-00361",
        "history",
        "status",
        "when is the letter due?",
        "what's due this week",
        "done with the letter yet?",  # a command word asking a question
        "deadlines for the defense please",
        "\x00done letter",  # the service reads it as a question too (NUL cleaned first)
    ],
)
def test_reads(text: str) -> None:
    assert is_read_only(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "add Before the court is ...",
        "confirm abc123",
        "discard abc123",
        "track 7:24-cv-00361",
        "untrack",
        "conference 2024-06-11 10:00",
        "demand made 2024-05-10",
        "we sent the demand on May 10",  # an event statement: records the demand
        "done ex_parte_letter",
        "Done: letter",
        "undo",
        "side plaintiff",
        "remind 7d 2bd",
        "snooze letter 3h",
        "conference tomorrowish",  # refused by the grammar: the safe side
        "remind me what's due this week",  # a question to the service; the safe side here
    ],
)
def test_changes_and_doubtful_lines_are_not_reads(text: str) -> None:
    assert not is_read_only(text, today=TODAY)
