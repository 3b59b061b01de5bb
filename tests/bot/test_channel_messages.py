"""Issue #15 (tests/eval/dev_s21.jsonl): a question as typed in a matter's channel comes
wrapped in a greeting, a sign-off and sentences of context; the question in it is read,
not the wrapping ("Heads up, I'm out Friday." is no question about Friday).

The example matter: conference Tue May 28, 2024 2:30 p.m. EDT (remote, Teams); demand Tue
May 14, letter Mon May 20, response by Tue May 21.
"""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.message import focus, trim
from tests.bot.testbot import TestBot

TRIMMED: list[tuple[str, str]] = [
    ("hey quick q — do we have to serve the ltr on OC? thx!", "do we have to serve the ltr on OC?"),
    ("good morning, is the conf this week or next?", "is the conf this week or next?"),
    ("morning - can u show the math on the response date? ty!",
     "can u show the math on the response date?"),
    ("hi all, end of week check-in: anything overdue?", "anything overdue?"),
    ("sry dumb q but does the ltr go on the docket", "does the ltr go on the docket"),
    ("is mother's day a court holiday lol", "is mother's day a court holiday"),
    ("paralegal q: the 10 pg cap - exhibits included or no?",
     "the 10 pg cap - exhibits included or no?"),
    # a tag put up for confirmation reads "right?"
    ("conf is tues, yes?", "conf is tues right?"),
    # left alone: the word is the question's own, or nothing would be left
    ("ok to send the demand tmrw?", "ok to send the demand tmrw?"),
    ("morning or afternoon?", "morning or afternoon?"),
    ("docket no?", "docket no?"),
    ("thanks!", "thanks!"),
]


@pytest.mark.parametrize(("message", "question"), TRIMMED, ids=[m for m, _ in TRIMMED])
def test_greeting_and_sign_off_are_taken_off(message: str, question: str) -> None:
    assert trim(message) == question


FOCUSED: list[tuple[str, str]] = [
    # context that says nothing the question points back to goes
    ("Heads up, I'm out Friday. conf is the Tuesday after memorial day, yes?",
     "conf is the Tuesday after memorial day right?"),
    ("how did you land on monday the 20th? I count 5 days back from the 28th as the 23rd",
     "how did you land on monday the 20th?"),
    ("Morning all. Paralegal here, prepping for the conf. What legend goes on the letter?",
     "What legend goes on the letter?"),
    ("Thanks for the dates. Do we count the conf day itself in the 5 days?",
     "Do we count the conf day itself in the 5 days?"),
    # the asker's side, and a duty's news, stay with the question
    ("We're def. Client's in Denver. ok to respond by wed?", "We're def. ok to respond by wed?"),
    ("I sent the dmd May 10. Conf is in Teams. When is their response due?",
     "I sent the dmd May 10. When is their response due?"),
    # the question points back ("that", "else", "it"), is too short to stand alone, or is
    # one of two: the message stays whole
    ("exhibits are 35 pgs. anything else we gotta do b/c of that?",
     "exhibits are 35 pgs. anything else we gotta do b/c of that?"),
    ("our draft is 12 pages. Need to trim?", "our draft is 12 pages. Need to trim?"),
    ("the conf is 2:30 ET right? what's that in PT",
     "the conf is 2:30 ET right? what's that in PT"),
    # after the question, a remark on what is asked stays; an aside about the asker goes
    ("is the letter date right? seems early bc of memorial day",
     "is the letter date right? seems early bc of memorial day"),
    ("where do things stand? I've been out since the 10th", "where do things stand?"),
    # "p.m." ends no sentence
    ("the conf is at 2:30 p.m. is that eastern?", "the conf is at 2:30 p.m. is that eastern?"),
]


@pytest.mark.parametrize(("message", "question"), FOCUSED, ids=[m for m, _ in FOCUSED])
def test_the_question_is_picked_out_of_its_context(message: str, question: str) -> None:
    assert focus(message) == question


REPLIES: list[tuple[str, date, str]] = [
    # the day in the context sentence is not the day asked about
    ("Heads up, I'm out Friday. conf is the Tuesday after memorial day, yes?", date(2024, 5, 22),
     "Yes — the settlement conference is Tue May 28"),
    ("good morning, is the conf this week or next?", date(2024, 5, 20),
     "The settlement conference is Tue May 28"),
    # a question too short to stand alone is read with its context
    ("Associate sent me the draft ltr, it's 12 pages not counting exhibits. Need to trim?",
     date(2024, 5, 14), "No — the letter may be no longer than 10 pages"),
    # the papers' size said before the question is what it turns on
    ("Our exhibits are about 60 pages. Do we need to print anything?", date(2024, 5, 15),
     "Yes — over 10 pages of attachments, also hand-deliver a hard copy"),
    # "when" joining a clause of a yes/no asks no date
    ("Drafting the ex parte now. Do I cc the other side when I send it?", date(2024, 5, 15),
     "No — the letter is ex parte: don't serve or cc it"),
    # unsure of the question alone, the ask-back names the day's duty
    ("how did you land on monday the 20th? I count 5 days back from the 28th as the 23rd",
     date(2024, 5, 10), "Ex parte letter: Mon May 20, 2024"),
]


@pytest.mark.parametrize(("message", "today", "first"), REPLIES, ids=[m for m, _, _ in REPLIES])
async def test_reply_answers_the_question_in_the_message(bot: TestBot, message: str,
                                                         today: date, first: str) -> None:
    reply = await bot.reply(message, today=today)
    assert reply.text.startswith(first), reply.text
