"""One docket number in two courts is two cases: an order from another district never
updates the matter, and a command naming the number finds the one this channel tracks."""

from __future__ import annotations

from settleconf.bot.example_matter import example_text
from tests.bot.testbot import TestBot


def _texas_order() -> str:
    """The example order as if E.D. Tex. had issued it in another case with the same number."""
    text = example_text()
    for old, new in (
        ("SOUTHERN DISTRICT OF NEW YORK", "EASTERN DISTRICT OF TEXAS"),
        ("CarbonCharge Technologies LLC", "Lone Star Widgets LLC"),
        ("Talafous-Favetta", "Pecos Freight Co."),
        ("May 28, 2024", "June 18, 2024"),
    ):
        assert old in text
        text = text.replace(old, new)
    return text


async def _add_texas(bot: TestBot, channel: str) -> str:
    reply = await bot.reply(
        "add", upload=bot.upload("texas.txt", _texas_order()), trusted=True, channel=channel
    )
    assert not reply.is_error, reply.text
    return reply.text


async def test_an_order_from_another_court_is_another_matter(bot: TestBot) -> None:
    assert (await _add_texas(bot, "C2")).startswith("Added 7:24-cv-00361-PMH: ")
    # C1's matter is untouched: its court, its conference, its history.
    first = await bot.say("deadlines", channel="C1")
    assert "Tue May 28, 2024" in first and "Jun 18" not in first
    assert "replaced" not in await bot.say("history", channel="C1")
    assert "Tue Jun 18, 2024" in await bot.say("deadlines", channel="C2")


async def test_the_same_court_again_still_updates(bot: TestBot) -> None:
    text = example_text().replace("May 28, 2024", "May 30, 2024")
    reply = await bot.reply("add", upload=bot.upload("amended.txt", text), trusted=True)
    assert reply.text.startswith("Updated 7:24-cv-00361-PMH: ")


async def test_the_number_finds_the_matter_this_channel_tracks(bot: TestBot) -> None:
    await _add_texas(bot, "C2")
    here = await bot.say("deadlines 7:24-cv-00361", channel="C2", trusted=True)
    assert "Tue Jun 18, 2024" in here and "May 28" not in here
    there = await bot.say("deadlines 7:24-cv-00361", channel="C1", trusted=True)
    assert "Tue May 28, 2024" in there and "Jun 18" not in there


async def test_elsewhere_the_number_names_both_courts(bot: TestBot) -> None:
    await _add_texas(bot, "C2")
    reply = await bot.reply("deadlines 7:24-cv-00361", channel="C9", trusted=True)
    assert reply.is_error
    assert reply.text == (
        "7:24-cv-00361 matches 2 matters: 7:24-cv-00361-PMH (S.D.N.Y., CarbonCharge "
        "Technologies LLC v. Talafous-Favetta) and 7:24-cv-00361-PMH (E.D. Tex., Lone Star "
        "Widgets LLC v. Pecos Freight Co.). Write the full docket number, or ask in the "
        "channel linked to the one you mean."
    )


async def test_an_untrusted_channel_still_learns_nothing(bot: TestBot) -> None:
    await _add_texas(bot, "C2")
    reply = await bot.reply("deadlines 7:24-cv-00361", channel="C9")
    assert reply.text.startswith("This channel isn't linked to 7:24-cv-00361.")
    assert "Texas" not in reply.text and "Tex." not in reply.text
