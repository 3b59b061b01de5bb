"""Days counted from another day in a question ("the day after memorial day", "in 2 weeks",
"3 business days before the conference", "EOW"), read by FRCP 6(a)'s calendar, and the
day checks that ask about them."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.chat.spelling import repair

CONFERENCE = date(2024, 5, 28)  # Tue; Memorial Day is Mon May 27

DAYS: list[tuple[str, date, date]] = [
    ("can we do the letter the day after memorial day", date(2024, 5, 13), date(2024, 5, 28)),
    ("is the friday before memorial day ok", date(2024, 5, 13), date(2024, 5, 24)),
    ("is the monday before the conf ok for the letter", date(2024, 5, 13), date(2024, 5, 27)),
    ("can we send the ltr in 2 weeks", date(2024, 5, 6), date(2024, 5, 20)),
    ("demand in 2 wks - too late?", date(2024, 5, 6), date(2024, 5, 20)),
    ("can we hold the demand until a week from today", date(2024, 5, 10), date(2024, 5, 17)),
    # business days skip the weekend and Memorial Day: Fri 24, Thu 23, Wed 22
    ("can we send it 3 business days before the conf", date(2024, 5, 13), date(2024, 5, 22)),
    ("is 5 biz days before the conference the deadline", date(2024, 5, 13), date(2024, 5, 20)),
    ("can the letter go out by EOW", date(2024, 5, 13), date(2024, 5, 17)),
    ("is end of next week ok", date(2024, 5, 13), date(2024, 5, 24)),
    ("two days after the 14th", date(2024, 5, 13), date(2024, 5, 16)),
]


def _read(question: str) -> str:
    tokens, _ = repair(vocab.normalize(question).split(), frozenset())
    return " ".join(tokens)


@pytest.mark.parametrize(("question", "today", "day"), DAYS, ids=[q for q, _, _ in DAYS])
def test_a_counted_day_is_one_day(question: str, today: date, day: date) -> None:
    assert [d.day for d in days_named(_read(question), today, CONFERENCE)] == [day]


def test_the_conference_anchors_only_when_its_day_is_known() -> None:
    assert days_named(_read("the day before the conference"), date(2024, 5, 13)) == []


def test_next_weekday_said_early_in_the_week_keeps_both_readings() -> None:
    [tuesday] = days_named("next tuesday ok", date(2024, 5, 13))  # a Monday
    assert (tuesday.day, tuesday.also) == (date(2024, 5, 21), date(2024, 5, 14))
    [thursday] = days_named("next tuesday ok", date(2024, 5, 16))  # no Tuesday left this week
    assert (thursday.day, thursday.also) == (date(2024, 5, 21), None)
