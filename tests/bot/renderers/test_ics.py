"""`ics`: the calendar parses back with icalendar, with the expected events and alarms."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tests.bot.testbot import TestBot

NY = ZoneInfo("America/New_York")


async def calendar(bot: TestBot) -> Calendar:
    reply = await bot.reply("ics")
    assert reply.attachment is not None, reply.text
    assert reply.attachment.file_name == "7-24-cv-00361-PMH-deadlines.ics"
    assert reply.attachment.content_type == "text/calendar"
    return Calendar.from_ical(reply.attachment.content)


def events(cal: Calendar) -> dict[str, Any]:
    return {str(ev["uid"]): ev for ev in cal.walk("VEVENT")}


def triggers(ev: Any) -> list[datetime]:
    return [a.decoded("trigger") for a in ev.walk("VALARM")]


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, month, day, hour, minute, tzinfo=UTC)


async def test_the_example_as_a_calendar(bot: TestBot) -> None:
    found = events(await calendar(bot))
    assert sorted(found) == [
        "7:24-cv-00361-pmh-conference@settleconf",
        "7:24-cv-00361-pmh-demand_response@settleconf",
        "7:24-cv-00361-pmh-ex_parte_letter@settleconf",
        "7:24-cv-00361-pmh-hard_copy@settleconf",
        "7:24-cv-00361-pmh-settlement_demand@settleconf",
    ]
    letter = found["7:24-cv-00361-pmh-ex_parte_letter@settleconf"]
    assert letter.decoded("dtstart") == date(2024, 5, 20)  # Memorial Day skipped
    assert str(letter["summary"]) == "Ex parte letter due (7:24-cv-00361-PMH)"
    # The channel reminders' own instants: 7 days before, 2 business days before, 9:00 on
    # the day (court time, EDT = UTC-4).
    assert triggers(letter) == [utc(5, 13, 13), utc(5, 16, 13), utc(5, 20, 13)]
    conference = found["7:24-cv-00361-pmh-conference@settleconf"]
    assert conference.decoded("dtstart") == datetime(2024, 5, 28, 14, 30, tzinfo=NY)
    # Remote: the link check 2 business days before (Memorial Day skipped), then 1
    # business day and 1 hour before.
    assert triggers(conference) == [utc(5, 23, 13), utc(5, 24, 13), utc(5, 28, 17, 30)]
    assert [str(a["description"]) for a in conference.walk("VALARM")] == [
        "Have you received the conference link from chambers?",
        "Settlement conference (1 business day before)",
        "Settlement conference (1 hour before)",
    ]
    # Until a demand is recorded the response is shown at the latest it can fall (the
    # demand on its last day, Tue May 14, + 7 days = Tue May 21), labelled as not a due
    # date, with the early warnings' alarms: 7 days before (Tue May 14), 2 business days
    # before (Fri May 17), 9:00 on the day.
    response = found["7:24-cv-00361-pmh-demand_response@settleconf"]
    assert response.decoded("dtstart") == date(2024, 5, 21)
    assert str(response["summary"]) == (
        "Response to settlement demand - latest possible date, not due until the demand "
        "arrives (7:24-cv-00361-PMH)"
    )
    assert "\nCondition: only if" in str(response["description"])
    assert triggers(response) == [utc(5, 14, 13), utc(5, 17, 13), utc(5, 21, 13)]
    assert [str(a["description"]) for a in response.walk("VALARM")] == [
        "Early warning (latest possible date, not a due date): Response to settlement demand "
        f"({lead})"
        for lead in ("7 days before", "2 business days before", "on the day")
    ]


async def test_a_recorded_demand_dates_the_response_and_its_alarms(bot: TestBot) -> None:
    assert not (await bot.reply("demand made 2024-05-10", today=date(2024, 5, 10))).is_error
    found = events(await calendar(bot))
    response = found["7:24-cv-00361-pmh-demand_response@settleconf"]
    assert response.decoded("dtstart") == date(2024, 5, 17)
    assert str(response["summary"]) == "Response to settlement demand due (7:24-cv-00361-PMH)"
    assert triggers(response) == [utc(5, 10, 13), utc(5, 15, 13), utc(5, 17, 13)]


async def test_adjournment_keeps_uids_and_raises_the_sequence(bot: TestBot) -> None:
    before = events(await calendar(bot))
    assert not (await bot.reply("conference 2024-06-11 10:00")).is_error
    after = events(await calendar(bot))
    assert sorted(after) == sorted(before)
    uid = "7:24-cv-00361-pmh-ex_parte_letter@settleconf"
    assert after[uid].decoded("dtstart") == date(2024, 6, 4)
    assert after[uid]["sequence"] > before[uid]["sequence"]


async def test_done_items_keep_their_event_but_lose_their_alarms(bot: TestBot) -> None:
    assert not (await bot.reply("done letter")).is_error
    letter = events(await calendar(bot))["7:24-cv-00361-pmh-ex_parte_letter@settleconf"]
    assert str(letter["summary"]).startswith("[done] ")
    assert triggers(letter) == []
