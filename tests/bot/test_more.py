"""Issue #15: six lines at most, the rest behind "More" (a button, or `more` typed).

The example matter, asked on Wed May 1, 2024 unless a line says otherwise: demand Tue May 14,
letter and hard copy Mon May 20, response at the latest Tue May 21.
"""

from __future__ import annotations

from datetime import date

from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.brevity import MAX_LINES, brief, line_count, more_of
from settleconf.bot.replies.reply import Action, Citation, DeadlineLine, Reply
from tests.bot.example_replies import DEADLINES, DEADLINES_FULL, WHY_LETTER_FULL
from tests.bot.testbot import TestBot


def _row(title: str, condition: str | None = None) -> DeadlineLine:
    return DeadlineLine(
        id=title.lower(), title=title, who="each party", due_text="Mon May 20, 2024 (end of "
        "day, EDT)", due_date=date(2024, 5, 20), due_time=None, timezone="America/New_York",
        relative="in 19 days", rule="5 business days before the conference", paragraph="2",
        condition=condition)


LONG = Reply(
    text="The answer.", intent="deadlines", title="Title",
    deadlines=(_row("Letter", "only if asked"), _row("Copy")),
    details=("- a detail",), trace=("step 1", "step 2"),
    citations=(Citation("Order, para. 2", "The quote."),),
    warnings=("Check this.",), actions=(Action("Why?", "why letter"),),
)


def test_line_count_is_what_the_console_prints() -> None:
    for reply in (LONG, brief(LONG, "deadlines"), Reply(text="One.", intent="help")):
        assert line_count(reply) == len(render_text(reply).splitlines())


def test_a_long_answer_is_cut_with_warnings_kept_and_a_more_action() -> None:
    short = brief(LONG, "deadlines")
    assert line_count(LONG) == 14 and line_count(short) == MAX_LINES
    assert render_text(short) == (
        "Title\n"
        "The answer.\n"
        "  - a detail\n"  # then the rows would come, but two rows don't fit in one line
        'Order, para. 2: "The quote."\n'
        "! Check this.\n"
        "Next: `why letter` — or say `more` for the rest\n"
    )
    assert short.actions[-1] == Action("More", "more: deadlines", typed="more")


def test_a_short_answer_a_change_or_an_error_is_left_whole() -> None:
    fits = Reply(text="Yes.", intent="explain", title="Title")
    assert brief(fits, "is it?") is fits
    change = Reply(text="Moved.", intent="conference_moved", deadlines=LONG.deadlines * 3)
    assert brief(change, "conference 2024-06-20") is change  # never re-run by a button
    error = Reply(text="No.", intent="error", is_error=True, details=("x",) * 9)
    assert brief(error, "oops") is error


def test_more_reads_the_button_and_the_typed_word_only() -> None:
    assert more_of("more: why letter") == "why letter"
    assert more_of("more") == more_of("More please") == more_of("show more") == ""
    # Questions that start with "more" are questions.
    assert more_of("more than 10 pages of exhibits ok?") is None
    assert more_of("more time for the letter?") is None


async def test_deadlines_in_six_lines_and_more_gives_the_rows(bot: TestBot) -> None:
    assert await bot.say("deadlines") == DEADLINES
    assert len(DEADLINES.splitlines()) <= MAX_LINES
    # Typed: the last cut answer in full, for this person in this channel.
    assert await bot.say("more") == DEADLINES_FULL
    # The button's command needs nothing remembered.
    assert await bot.say("more: deadlines") == DEADLINES_FULL


async def test_typed_more_is_per_person_and_channel(bot: TestBot) -> None:
    await bot.reply("why letter")
    nothing = (
        "Nothing to show more of here: ask something first, then say `more` (or ask "
        "`more: QUESTION`).\n"
    )
    assert await bot.say("more", user="U2") == nothing
    assert await bot.say("more", channel="C2") == nothing
    assert await bot.say("more") == WHY_LETTER_FULL
    # A short answer since then leaves the last cut one to show.
    await bot.reply("who is the judge")
    assert await bot.say("more") == WHY_LETTER_FULL


async def test_help_is_short_and_more_lists_every_command(bot: TestBot) -> None:
    short = await bot.say("help")
    assert len(short.splitlines()) <= MAX_LINES
    assert "Commands: `help`, `deadlines`" in short
    assert short.splitlines()[-1] == "Say `more` for the rest."
    full = await bot.reply("more: help")
    assert "`snooze ITEM [1h|3h|1d|2d]` - remind this channel about ITEM again later (default 1d)" \
        in full.details
    assert full.details[-1].startswith("`more` - the rest of an answer cut short")


async def test_a_moves_rest_is_the_deadlines_never_the_move_again(bot: TestBot) -> None:
    moved = await bot.reply("conference 2024-06-20 2:30pm")
    assert moved.text.startswith(
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2024 at 2:30 p.m. "
        "4 deadlines recomputed, now in date order: Settlement demand, Thu Jun 6; Ex parte "
        "letter, Wed Jun 12;")
    assert len(render_text(moved).splitlines()) <= MAX_LINES
    assert moved.actions[-1].command == "more: deadlines"
    rest = await bot.reply("more")
    assert rest.intent == "deadlines" and rest.text.startswith("4 deadlines, in date order: "
                                                               "Settlement demand, Thu Jun 6;")
    history = await bot.reply("more: history")
    assert sum("moved the conference" in line for line in history.details) == 1


async def test_a_more_in_an_unlinked_channel_is_refused_like_the_question(bot: TestBot) -> None:
    reply = await bot.reply("more: deadlines", channel="C-unlinked")
    assert reply.is_error and "CarbonCharge" not in render_text(reply)


async def test_a_cut_answer_keeps_its_source(bot: TestBot) -> None:
    # The answer line of `explain letter` names no paragraph: its quote stays in the six.
    short = await bot.reply("explain letter")
    assert short.citations and short.citations[0].label == "Order, para. 2"
    assert line_count(short) == MAX_LINES and short.actions[-1].command == "more: explain letter"
    # A why names its paragraph in the answer line; its quotes stay too, the count goes.
    why = await bot.reply("why settlement_demand")
    assert "(¶3)" in why.text and [c.label for c in why.citations] == [
        "Order, para. 3", "FRCP 6(a)"] and why.trace == ()
