"""Pure readers behind session 14's question kinds: a clock time said in a question, and a
reminder asked for in words."""

from __future__ import annotations

from datetime import time

import pytest

from settleconf.bot.chat.clock_said import said_time
from settleconf.bot.chat.reminder_requests import ReminderRequest, reminder_request
from settleconf.bot.handlers.changes import parse_reminders
from settleconf.bot.replies.reminder_settings import remind_args
from settleconf.core.matter import ReminderSettings


@pytest.mark.parametrize(
    ("question", "at"),
    [
        ("is the letter due at 2:30 like the conference?", time(14, 30)),
        ("does our response have to go out by 5pm on the 21st", time(17, 0)),
        ("is it due by 5 p.m.?", time(17, 0)),
        ("before noon?", time(12, 0)),
        ("at 10am on zoom?", time(10, 0)),
        ("by 12 am?", time(0, 0)),
        # a day typed short, or a date: no hour
        ("is it due by 5?", None),
        ("by 5/20?", None),
        ("is the letter due the 20th?", None),
    ],
)
def test_a_clock_time_said(question: str, at: time | None) -> None:
    assert said_time(question) == at


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("remind me two days before the letter is due", ReminderRequest(False, 2)),
        ("can you ping me the day before the demand deadline", ReminderRequest(False, 1)),
        ("remind us 1 week before the conference", ReminderRequest(False, 7)),
        ("remind me 2 business days before the letter", ReminderRequest(False, 2, True)),
        ("stop reminders", ReminderRequest(True)),
        ("please turn off the reminders", ReminderRequest(True)),
        # "remind me" as a request for information, not a reminder
        ("remind me what is due this week", None),
        ("remind me when the conference is", None),
    ],
)
def test_a_reminder_asked_in_words(question: str, asked: ReminderRequest | None) -> None:
    assert reminder_request(question) == asked


@pytest.mark.parametrize(
    "settings",
    [
        ReminderSettings(),
        ReminderSettings((7, 2), (2,), time(9, 0)),
        ReminderSettings((), (), None),  # off
    ],
)
def test_the_remind_command_offered_sets_what_it_says(settings: ReminderSettings) -> None:
    # the reply's `remind …` arguments read back as the same lead times
    assert parse_reminders(tuple(remind_args(settings).split())) == settings
