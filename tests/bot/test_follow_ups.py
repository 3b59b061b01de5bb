"""Follow-ups read against the asker's last question (bot/chat/follow_ups.py,
bot/turn_memory.py): exact first lines for each kind, in several phrasings; expiry; other
users, channels and matters never see a turn."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from settleconf.bot.example_matter import example_text
from settleconf.bot.service import Service
from settleconf.bot.turn_memory import turn_keys
from settleconf.core.store import FOLLOW_UP_WINDOW, Store
from tests.bot.testbot import SetMembership, TestBot

LETTER = "Ex parte letter (each party): due Mon May 20, 2024 (end of day, EDT) (in 19 days)."
DEMAND = (
    "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (in 13 days). "
    "Condition: only if the plaintiff has not already made a settlement demand."
)
HARD_COPY = (
    "Hard copy (submitting party): due Mon May 20, 2024 (end of day, EDT) (in 19 days). "
    "Condition: only if the letter's attachments exceed 10 pages. Check this one against the "
    "order."
)
RESPONSE = (
    "Response to settlement demand (defendant): due 7 days after the demand. The demand is "
    "not recorded yet, so at the latest Tue May 21, 2024 (in 20 days), if it comes on the "
    "last day allowed. Condition: only if it has not already responded."
)
WHAT_IF = "what if the conference moves to June 20?"
WHAT_IF_LETTER = (
    "If the conference moves to Thu Jun 20, 2024, the ex parte letter is due Wed Jun 12 "
    "(5 business days before the conference, ¶2)."
)
WHAT_IF_DEMAND = (
    "If the conference moves to Thu Jun 20, 2024, the settlement demand is due Thu Jun 6 "
    "(14 days before the conference, ¶3)."
)
NOT_SURE = "I'm not sure what you're asking."


class StillClock:
    """The service's clock, moved only by the test (9:00 a.m. EDT, Wed May 1, 2024)."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> StillClock:
    return StillClock()


@pytest.fixture
async def chat(store: Store, clock: StillClock) -> AsyncIterator[TestBot]:
    tb = TestBot(Service(store, membership=SetMembership(), clock=clock))
    reply = await tb.reply("add", upload=tb.upload("order.txt", example_text()), trusted=True)
    assert not reply.is_error, reply.text
    yield tb
    await tb.service.settle()


async def first(chat: TestBot, text: str, **where: object) -> str:
    reply = await chat.reply(text, **where)
    return reply.text.split("\n")[0]


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("and the demand?", DEMAND),
        ("what about the demand?", DEMAND),
        ("How about the settlement demand", DEMAND),
        ("and the response?", RESPONSE),
        ("ok, what about the response then?", RESPONSE),
        ("same question for the hard copy", HARD_COPY),
        ("Same for the hard copy.", HARD_COPY),
        ("ditto for the hard copy?", HARD_COPY),
    ],
)
async def test_a_new_subject_asks_the_same_question(
    chat: TestBot, follow_up: str, expected: str
) -> None:
    assert await first(chat, "when is the letter due?") == LETTER
    assert await first(chat, follow_up) == expected


@pytest.mark.parametrize(
    "follow_up", ["and for the defendant?", "what about the defense?", "and for plaintiff?"]
)
async def test_a_new_side_asks_the_same_question_for_it(chat: TestBot, follow_up: str) -> None:
    assert await first(chat, "when is the letter due?") == LETTER
    assert await first(chat, follow_up) == LETTER  # each party's letter


async def test_a_side_that_does_not_owe_the_duty_is_asked_back(chat: TestBot) -> None:
    assert await first(chat, "when is the demand due?") == DEMAND
    # the demand is the plaintiff's; which defendant's duty is meant is not guessed
    assert (await first(chat, "and for the defendant?")).startswith(NOT_SURE)


async def test_a_why_follow_up_is_a_why(chat: TestBot) -> None:
    assert (await first(chat, "why is the letter due then?")).startswith("Ex parte letter: Mon")
    assert await first(chat, "and the demand?") == (
        "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days before "
        "the conference (¶3)."
    )


@pytest.mark.parametrize(
    "follow_up",
    [
        "when would the letter be due then?",
        "when is the letter due then?",
        "in that case, when's the ex parte letter due?",
        "and the letter?",
        "what about the letter?",
        "and the letter then?",
    ],
)
async def test_a_follow_up_to_a_what_if_answers_under_it(chat: TestBot, follow_up: str) -> None:
    assert (await first(chat, WHAT_IF)).startswith("If the conference moves to Thu Jun 20, 2024:")
    assert await first(chat, follow_up) == WHAT_IF_LETTER


async def test_what_ifs_chain_and_in_that_case_repeats_one(chat: TestBot) -> None:
    await chat.reply(WHAT_IF)
    assert await first(chat, "and the letter?") == WHAT_IF_LETTER
    assert await first(chat, "what about the demand?") == WHAT_IF_DEMAND
    assert await first(chat, "in that case?") == WHAT_IF_DEMAND


async def test_a_full_question_stands_alone_and_replaces_the_memory(chat: TestBot) -> None:
    await chat.reply(WHAT_IF)
    assert await first(chat, "when is the letter due?") == LETTER  # the real date
    assert await first(chat, "and the demand?") == DEMAND  # no longer under the what-if
    assert (await first(chat, "in that case?")).startswith(NOT_SURE)


async def test_without_a_last_question_a_follow_up_is_asked_back(chat: TestBot) -> None:
    assert (await first(chat, "and the demand?")).startswith(NOT_SURE)
    assert (await first(chat, "in that case?")).startswith(NOT_SURE)


async def test_an_unresolved_subject_keeps_the_not_sure_reply(chat: TestBot) -> None:
    assert await first(chat, "when is the letter due?") == LETTER
    assert (await first(chat, "and the zebra?")).startswith(NOT_SURE)


async def test_the_memory_expires(chat: TestBot, clock: StillClock) -> None:
    assert await first(chat, "when is the letter due?") == LETTER
    clock.now += FOLLOW_UP_WINDOW - timedelta(seconds=1)
    assert await first(chat, "and the demand?") == DEMAND
    clock.now += FOLLOW_UP_WINDOW + timedelta(seconds=1)  # the demand's turn, now too old
    assert (await first(chat, "and the response?")).startswith(NOT_SURE)


async def test_another_user_or_channel_never_sees_the_turn(chat: TestBot) -> None:
    assert await first(chat, "when is the letter due?") == LETTER
    assert (await first(chat, "and the demand?", user="U2")).startswith(NOT_SURE)
    tracked = await chat.reply("track 7:24-cv-00361", channel="C2", trusted=True)
    assert not tracked.is_error, tracked.text  # C2 sees the same matter, not C1's turn
    assert (await first(chat, "and the demand?", channel="C2")).startswith(NOT_SURE)
    assert (await first(chat, "and the demand?", workspace="T2")) != DEMAND
    assert (await first(chat, "and the demand?", thread="1715000000.000100")).startswith(NOT_SURE)
    assert await first(chat, "and the demand?") == DEMAND  # still there for its asker


async def test_a_turn_never_follows_the_channel_to_another_matter(chat: TestBot) -> None:
    assert await first(chat, "when is the letter due?") == LETTER
    assert not (await chat.reply("untrack")).is_error
    text = example_text()
    for old, new in (
        ("SOUTHERN DISTRICT OF NEW YORK", "EASTERN DISTRICT OF TEXAS"),
        ("CarbonCharge Technologies LLC", "Lone Star Widgets LLC"),
        ("May 28, 2024", "June 18, 2024"),
    ):
        text = text.replace(old, new)
    added = await chat.reply("add", upload=chat.upload("texas.txt", text), trusted=True)
    assert not added.is_error, added.text
    assert (await first(chat, "and the demand?")).startswith(NOT_SURE)


async def test_another_replica_or_a_restart_reads_the_stored_turn(
    chat: TestBot, store: Store, clock: StillClock
) -> None:
    await chat.reply(WHAT_IF)
    await chat.service.settle()  # written (FLUSH_DELAY_S after the answer otherwise)
    replica = TestBot(Service(store, membership=SetMembership(), clock=clock))
    assert await first(replica, "and the letter then?") == WHAT_IF_LETTER
    assert (await first(replica, "and the letter?", user="U2")).startswith(NOT_SURE)


async def test_an_over_long_thread_id_is_kept_by_its_digest(
    chat: TestBot, store: Store, clock: StillClock
) -> None:
    """A thread id longer than the store's 64 characters still names one thread, and its
    turn is written (on PostgreSQL the over-long id failed the whole batch)."""
    long_thread, other = "1" * 200, "1" * 199 + "2"
    await chat.reply(WHAT_IF, thread=long_thread)
    await chat.service.settle()
    replica = TestBot(Service(store, membership=SetMembership(), clock=clock))
    assert await first(replica, "and the letter then?", thread=long_thread) == WHAT_IF_LETTER
    assert (await first(replica, "and the letter then?", thread=other)).startswith(NOT_SURE)
    keys = [
        turn_keys(replace(chat.base, thread=t, answer_thread=t + "9"))
        for t in (long_thread, other)
    ]
    threads = [k.thread for pair in keys for k in pair]
    assert all(len(t) <= 64 for t in threads) and len(set(threads)) == 4


CHECK_LETTER = "Yes — Fri May 17 is in time for the ex parte letter (due Mon May 20, ¶2)."
CHECK_DEMAND = "No — Fri May 17 is 3 days late for the settlement demand (due Tue May 14, ¶3)."
CHECK_15TH = "Yes — Wed May 15 is in time for the ex parte letter (due Mon May 20, ¶2)."
CHECK_FRIDAY = "Yes — Fri May 3 is in time for the ex parte letter (due Mon May 20, ¶2)."


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("and for the demand?", CHECK_DEMAND),
        ("what about the settlement demand?", CHECK_DEMAND),
        ("same question for the demand", CHECK_DEMAND),
        ("and for the defendant?", CHECK_LETTER),  # each party's letter, the same day
        ("what about the 15th?", CHECK_15TH),
        ("and May 15?", CHECK_15TH),
        ("how about friday then?", CHECK_FRIDAY),
    ],
)
async def test_a_date_check_follow_up_keeps_the_day_or_the_duty(
    chat: TestBot, follow_up: str, expected: str
) -> None:
    assert await first(chat, "is May 17 ok for the letter?") == CHECK_LETTER
    assert await first(chat, follow_up) == expected


@pytest.mark.parametrize(
    "follow_up", ["what about the 15th for the demand?", "and the 15th and the 16th?"]
)
async def test_a_date_check_follow_up_naming_too_much_is_not_half_read(
    chat: TestBot, follow_up: str
) -> None:
    assert await first(chat, "is May 17 ok for the letter?") == CHECK_LETTER
    assert not (await first(chat, follow_up)).startswith(("Yes", "No"))


def _not_done(duty: str, due: str, days: int, para: int) -> str:
    return f"Not marked done yet — the {duty} is due {due} (in {days} days, ¶{para})."


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("and the demand?", _not_done("settlement demand", "Tue May 14", 13, 3)),
        ("what about the demand?", _not_done("settlement demand", "Tue May 14", 13, 3)),
        ("how about the hard copy?", _not_done("hard copy", "Mon May 20", 19, 2)),
    ],
)
async def test_a_status_follow_up_asks_the_status_of_the_new_duty(
    chat: TestBot, follow_up: str, expected: str
) -> None:
    assert await first(chat, "is the letter done?") == _not_done(
        "ex parte letter", "Mon May 20", 19, 2
    )
    assert await first(chat, follow_up) == expected


@pytest.mark.parametrize("follow_up", ["and the demand's?", "what about the demand?",
                                       "and for the settlement demand?"])
async def test_a_why_asked_of_a_day_is_followed_up_as_a_why(
    chat: TestBot, follow_up: str
) -> None:
    assert (await first(chat, "why May 20?")).startswith("Ex parte letter: Mon May 20, 2024")
    assert await first(chat, follow_up) == (
        "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days before "
        "the conference (¶3)."
    )


@pytest.mark.parametrize("follow_up", ["and the response?", "what about the response?",
                                       "same question for the response"])
async def test_a_counting_follow_up_counts_the_new_duty(chat: TestBot, follow_up: str) -> None:
    assert (await first(chat, "how is the letter deadline counted?")).startswith(
        "Business days (weekends and holidays skipped): the ex parte letter"
    )
    assert await first(chat, follow_up) == (
        "Calendar days (weekends and holidays count): the response to settlement demand is due "
        "7 days after the demand, Tue May 21 (¶3)."
    )


@pytest.mark.parametrize("follow_up", ["and the exhibits?", "what about the exhibits?"])
async def test_a_length_follow_up_asks_the_same_rule_of_the_exhibits(
    chat: TestBot, follow_up: str
) -> None:
    assert await first(chat, "how long can the letter be?") == (
        "The letter may be no longer than 10 pages (¶2)."
    )
    # the page rule, said of the exhibits (as "Yes — exhibits may go with it: ..." or not)
    assert (await first(chat, follow_up)).lower().endswith(
        "exhibits don't count toward the page limit (¶2)."
    )


@pytest.mark.parametrize("follow_up", ["and the demand?", "what about the demand?"])
async def test_a_matter_fact_follow_up_is_read_as_it_stands(chat: TestBot, follow_up: str) -> None:
    # "who is the judge?" "and the demand?": no fact of the demand is clearly the same kind,
    # so the message gets its ordinary reading, as if nothing were remembered
    assert (await first(chat, "who is the judge?")).startswith("Magistrate Judge")
    assert await first(chat, follow_up) == await first(chat, follow_up, user="U2")
    assert (await first(chat, "and the demand?", user="U3")).startswith(NOT_SURE)


ATTEND = (
    "The parties themselves must attend, not just their lawyers; a person with ultimate "
    "settlement authority for each party must attend or be available by phone to approve any "
    "proposed settlement (¶4)."
)


@pytest.mark.parametrize(
    "follow_up", ["and for the defendant?", "what about plaintiff?", "what about the defense?"]
)
async def test_an_attendance_follow_up_for_a_side_asks_who_attends_for_it(
    chat: TestBot, follow_up: str
) -> None:
    # the rule is said of each party, and cited as the first answer was
    assert await first(chat, "who has to attend?") == ATTEND
    assert await first(chat, follow_up) == ATTEND


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("and for the defendant?", _not_done("ex parte letter", "Mon May 20", 19, 2)),
        ("what about the plaintiff?", _not_done("ex parte letter", "Mon May 20", 19, 2)),
        ("and for plaintiff?", _not_done("hard copy", "Mon May 20", 19, 2)),
    ],
)
async def test_a_status_follow_up_for_a_side_asks_that_side_s_status(
    chat: TestBot, follow_up: str, expected: str
) -> None:
    duty = "hard copy" if "hard copy" in expected else "letter"
    assert (await first(chat, f"is the {duty} done?")).startswith("Not marked done yet")
    assert await first(chat, follow_up) == expected


async def test_a_status_follow_up_for_a_side_that_does_not_owe_it_is_asked_back(
    chat: TestBot,
) -> None:
    assert (await first(chat, "is the demand done?")).startswith("Not marked done yet")
    assert (await first(chat, "and for the defendant?")).startswith(NOT_SURE)


@pytest.mark.parametrize(
    "status",
    ["is the ex parte letter done?", "is our ex parte ltr sent", "is the ex parte letter in"],
)
async def test_the_status_of_a_duty_named_in_three_words(chat: TestBot, status: str) -> None:
    assert await first(chat, status) == _not_done("ex parte letter", "Mon May 20", 19, 2)


LEGEND = "Mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."


@pytest.mark.parametrize("follow_up", ["and the letter?", "what about the ex parte letter?",
                                       "same question for the letter"])
async def test_a_confidentiality_follow_up_asks_it_of_the_new_paper(
    chat: TestBot, follow_up: str
) -> None:
    assert await first(chat, "is this confidential?") == (
        "Yes — the conference is off the record and strictly confidential (¶1)."
    )
    assert await first(chat, follow_up) == LEGEND


DEMAND_GOES = (
    "It goes to the opposing party, not the Court: if the plaintiff hasn't already made a "
    "settlement demand, it must send one to the other side no later than 14 days before the "
    "conference (¶3)."
)


@pytest.mark.parametrize("follow_up", ["and the demand?", "what about the settlement demand?",
                                       "how about the demand"])
async def test_a_where_to_send_follow_up_says_where_the_new_paper_goes(
    chat: TestBot, follow_up: str
) -> None:
    assert await first(chat, "where do I send the letter?") == (
        "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."
    )
    assert await first(chat, follow_up) == DEMAND_GOES


@pytest.mark.parametrize("asked", ["where do I send the demand?",
                                   "where does our demand go - the court or OC?",
                                   "who does the settlement demand go to"])
async def test_where_the_demand_goes_is_said_first(chat: TestBot, asked: str) -> None:
    assert await first(chat, asked) == DEMAND_GOES


async def test_an_explain_follow_up_stays_with_its_asker(chat: TestBot) -> None:
    # the same channel, user and matter only, like every other follow-up
    assert await first(chat, "who has to attend?") == ATTEND
    assert (await first(chat, "and for the defendant?", user="U2")).startswith(NOT_SURE)
    assert (await first(chat, "and for the defendant?", channel="C2")) != ATTEND
    assert await first(chat, "and for the defendant?") == ATTEND


async def test_a_confidentiality_follow_up_never_answers_yes_to_a_no(chat: TestBot) -> None:
    # the turn keeps the topic, not "can it be used at trial?": no verdict is read into it
    assert await first(chat, "can it be used at trial?") == (
        "No — settlement communications are not admissible at trial (¶1)."
    )
    assert await first(chat, "and the letter?") == LEGEND
    assert await first(chat, "and the demand?") == (
        "Settlement communications can't be used in discovery (¶1)."
    )


@pytest.mark.parametrize("asked", ["is the demand confidential?", "are our offers confidential",
                                   "is our settlement demand confidential"])
async def test_a_demand_is_confidential_as_a_settlement_communication(
    chat: TestBot, asked: str
) -> None:
    assert await first(chat, asked) == (
        "Yes — settlement communications can't be used in discovery (¶1)."
    )


@pytest.mark.parametrize("follow_up", ["and for the defendant?", "what about plaintiff?"])
async def test_a_sanctions_follow_up_for_a_side_says_that_side_s_risk(
    chat: TestBot, follow_up: str
) -> None:
    reimburse = ("A party that fails to comply with the attendance requirements may have to "
                 "reimburse all other parties for their time and travel expenses (¶4).")
    assert await first(chat, "what happens if we don't show up?") == reimburse
    assert await first(chat, follow_up) == reimburse


async def test_a_side_alone_after_a_topic_not_said_of_sides_is_asked_back(chat: TestBot) -> None:
    # "can we file the letter on ECF?" and "where do I send it?" share a topic: which one a
    # side alone asks again is a guess
    assert (await first(chat, "where do I send the letter?")).startswith("E-mail the letter")
    assert (await first(chat, "and for the defendant?")).startswith(NOT_SURE)


@pytest.mark.parametrize("first_question", ["is this confidential?", "where do I send the letter?",
                                            "who has to attend?"])
async def test_a_subject_that_is_no_duty_is_explained_as_itself(
    chat: TestBot, first_question: str
) -> None:
    # only a paper or duty takes the last topic's question: "what about travel expenses?"
    # is not "how confidential are travel expenses?"
    await chat.reply(first_question)
    assert await first(chat, "what about travel expenses?") == (
        "A party that fails to comply with the attendance requirements may have to reimburse "
        "all other parties for their time and travel expenses (¶4)."
    )
