"""Replies to reminders asked for in words (`bot/chat/reminder_requests.py`): the day the lead
falls on for the duty asked about, how this channel's reminders work, and the command."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from settleconf.bot.chat.reminder_requests import ReminderRequest
from settleconf.bot.replies.day_answers import key_day, lower_title, short
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.reminder_settings import describe_reminders, remind_args
from settleconf.bot.replies.reply import Reply
from settleconf.core.deadlines import Deadline
from settleconf.core.matter import Matter, ReminderSettings


def reminder_request_reply(matter: Matter, asked: ReminderRequest,
                           deadline: Deadline | None) -> Reply | None:
    now = describe_reminders(matter.reminders)
    if asked.stop:
        # the lead times set now bring them back; once off, the defaults do
        back = remind_args(matter.reminders if now != "off" else ReminderSettings())
        text = (f"To stop reminders for {matter.docket} in this channel, say `remind off` "
                f"(now: {now}); `remind {back}` turns them back on.")
        return Reply(text=text, intent="remind", title=matter_title(matter), matter=matter.docket)
    due = key_day(deadline) if deadline is not None else None
    if deadline is None or due is None or asked.days is None or asked.business:
        return None  # business days are counted on the court's calendar: the lead command says
    lead = "the day" if asked.days == 1 else f"{asked.days} days"
    day = due - timedelta(days=asked.days)
    s = matter.reminders
    # `remind` replaces the lead times: the command keeps the ones set and adds this one
    wanted = replace(s, days_before=tuple(sorted({*s.days_before, asked.days}, reverse=True)))
    text = (f"{lead[:1].upper()}{lead[1:]} before the {lower_title(deadline)} (due "
            f"{short(due)}) is {short(day)}. Reminders here go to the whole channel at its lead "
            f"times (now: {now}); `remind {remind_args(wanted)}` adds {lead} before every "
            "deadline.")
    return Reply(text=text, intent="remind", title=matter_title(matter), matter=matter.docket)
