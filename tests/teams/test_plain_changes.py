"""Issue #14, item 2 in Teams: an adjournment said in the channel comes back as a card
with a Confirm button (Action.Submit); pressing it applies the change."""

from __future__ import annotations

from tests.teams.conftest import TeamsHarness
from tests.teams.test_messages import texts

# The service reads the real clock here: a day far enough ahead stays future.
SAID = "<at>settleconf</at> the conference was adjourned to June 20, 2030 at 10am"


async def test_confirm_button_applies_the_adjournment(teams: TeamsHarness) -> None:
    status, _ = await teams.post(teams.activity("channel_mention.json", text=SAID, attachments=[]))
    assert status == 200
    (card,) = teams.connector.cards()
    title, text, *_ = texts(card).splitlines()
    assert title == "7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta"
    assert text.startswith(
        "Move the conference from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2030 at "
        "10:00 a.m.?"
    )
    submits = [(a["title"], a["data"]["command"]) for a in card["actions"]]
    assert submits == [("Confirm", "conference 2030-06-20 10:00 instead of 2024-05-28 14:30")]

    await teams.post(teams.activity("card_submit.json", value={"command": submits[0][1]}))
    moved = texts(list(teams.connector.cards())[-1]).splitlines()[1]
    assert moved.startswith(
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2030 at 10:00 a.m."
    )
    asked = "<at>settleconf</at> when is the conference?"
    await teams.post(teams.activity("channel_mention.json", text=asked, attachments=[]))
    answer = texts(list(teams.connector.cards())[-1])
    assert "The settlement conference is Thu Jun 20, 2030 at 10:00 a.m. EDT" in answer
    assert "It was moved from Tue May 28 (order) on " in answer
