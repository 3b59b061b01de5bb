"""Reply -> Adaptive Card 1.5: golden JSON, local-time functions, buttons, size limit."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, time
from pathlib import Path

from settleconf.adapters.teams.cards import MAX_CARD_CHARS, card_for, local_moment, reply_card
from settleconf.bot.replies.brevity import brief
from settleconf.bot.replies.reply import (
    Action,
    Attachment,
    Citation,
    DeadlineLine,
    Field,
    Reply,
    Style,
)

GOLDEN = Path(__file__).parent / "fixtures" / "golden_card_deadlines.json"

LETTER = DeadlineLine(
    id="ex_parte_letter",
    title="Ex parte letter",
    who="each party",
    due_text="Mon May 20, 2024 (end of day, EDT)",
    due_date=date(2024, 5, 20),
    due_time=None,
    timezone="America/New_York",
    relative="in 19 days",
    rule="5 business days before the conference",
    paragraph="2",
    done="Done - marked by teams:aad-user-a on Wed May 1, 2024",
)
RESPONSE = DeadlineLine(
    id="response",
    title="Response to settlement demand",
    who="defendant",
    due_text="7 days after the demand; latest Tue May 21, 2024",
    due_date=date(2024, 5, 21),
    due_time=None,
    timezone="America/New_York",
    relative="in 20 days",
    rule="7 days after the demand",
    paragraph="3",
    condition="only if it has not already responded",
    needs_review=True,
    alternatives=("Wed May 22, 2024 (counting from service)",),
)
CONFERENCE_CALL = DeadlineLine(
    id="call",
    title="Pre-conference call",
    who="all counsel",
    due_text="Fri May 24, 2024 at 2:30 p.m. EDT",
    due_date=date(2024, 5, 24),
    due_time=time(14, 30),
    timezone="America/New_York",
    relative=None,
    rule="as ordered",
    paragraph=None,
)
REPLY = Reply(
    text="3 deadlines. Next: Ex parte letter, Mon May 20, 2024 (in 19 days).",
    intent="deadlines",
    title="7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta",
    matter="7:24-cv-00361-PMH",
    fields=(Field("Conference", "Tue May 28, 2024 at 2:30 p.m. EDT, by video"),),
    deadlines=(LETTER, RESPONSE, CONFERENCE_CALL),
    citations=(Citation("para. 2", "no later than five business days before the conference"),),
    trace=("Conference: Tue May 28, 2024.", "Back 5 business days: Mon May 20, 2024."),
    warnings=("Response can be due after the letter.",),
    actions=(
        Action("Why Mon May 20, 2024?", "why ex_parte_letter"),
        Action("Mark done", "done response", Style.PRIMARY),
        Action("Untrack", "untrack", Style.DANGER),
        Action("Add to calendar", "ics"),
    ),
)


def test_golden_card() -> None:
    card = reply_card(REPLY)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert card == json.loads(GOLDEN.read_text("utf-8"))


def test_local_time_only_for_fixed_dates() -> None:
    assert local_moment(LETTER) == "2024-05-20T23:59:00-04:00"
    assert local_moment(CONFERENCE_CALL) == "2024-05-24T14:30:00-04:00"
    assert local_moment(RESPONSE) is None  # "N days after an event": no moment to convert
    winter = replace(
        LETTER, due_date=date(2024, 12, 2), due_text="Mon Dec 2, 2024 (end of day, EST)"
    )
    assert local_moment(winter) == "2024-12-02T23:59:00-05:00"


def test_buttons_submit_their_command() -> None:
    actions = reply_card(REPLY)["actions"]
    assert actions[1] == {
        "type": "Action.Submit",
        "title": "Mark done",
        "data": {"command": "done response"},
        "style": "positive",
    }
    assert actions[2]["style"] == "destructive"
    assert "style" not in actions[0]


def test_error_is_red_and_fallback_is_the_plain_text() -> None:
    card = reply_card(Reply(text="Which one?", intent="error", is_error=True))
    assert card["body"] == [
        {"type": "TextBlock", "text": "Which one?", "wrap": True, "color": "Attention"}
    ]
    assert card["fallbackText"] == "Which one?\n"
    assert "actions" not in card


def test_calendar_attachment_becomes_a_download_link() -> None:
    reply = Reply(
        text="Calendar",
        intent="ics",
        matter="7:24-cv-00361-PMH",
        attachment=Attachment("x.ics", "text/calendar", b"BEGIN:VCALENDAR"),
    )
    card = reply_card(reply, download_url="https://bot.example.com/api/teams/calendar/t")
    assert card["actions"] == [
        {
            "type": "Action.OpenUrl",
            "title": "Download x.ics",
            "url": "https://bot.example.com/api/teams/calendar/t",
        }
    ]


def test_oversized_card_sheds_trace_and_quotes() -> None:
    long = Reply(
        text="Long",
        intent="why",
        trace=tuple("step " + "x" * 200 for _ in range(200)),
        citations=(Citation("para. 2", "quote"),),
    )
    card = card_for(long)
    assert len(json.dumps(card)) < MAX_CARD_CHARS
    assert "How it was counted" not in json.dumps(card)


def test_a_cut_answer_has_a_more_button_and_says_more_in_its_fallback() -> None:
    long = Reply(text="4 deadlines.", intent="deadlines", title="Title",
                 deadlines=(LETTER,) * 4, actions=(Action("Add to calendar", "ics"),))
    card = reply_card(brief(long, "deadlines"))
    assert [(a["title"], a["data"]) for a in card["actions"]] == [
        ("Add to calendar", {"command": "ics"}), ("More", {"command": "more: deadlines"})]
    assert "{{DATE(" not in json.dumps(card["body"])
    # Clients without cards read the console's text: it says what to type.
    assert card["fallbackText"].endswith("Next: `ics` — or say `more` for the rest\n")
