"""Issue #14, item 2 over real HTTP: an adjournment said in the channel is posted with a
Confirm button; clicking it (a signed block_actions) applies the change once."""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from tests.slack.conftest import SlackHarness, fixture

# The service runs on the machine's clock here: a day far enough ahead stays future.
SAID = "<@UBOT> the conference was adjourned to June 20, 2030 at 10am"
CONFIRM = "conference 2030-06-20 10:00 instead of 2024-05-28 14:30"


def _buttons(blocks: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (str(b.get("block_id", "")), str(e["value"]), e)
        for b in blocks
        if b.get("type") == "actions"
        for e in b["elements"]
    ]


async def _conference(slack: SlackHarness) -> tuple[date | None, time | None, int]:
    async with slack.store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.id is not None
        moves = [e for e in await uow.history(matter.id) if e.action == "conference moved"]
        return matter.conference.date, matter.conference.time, len(moves)


async def test_confirm_button_is_rendered_and_a_click_applies_the_change_once(
    slack: SlackHarness,
) -> None:
    payload = fixture("app_mention.json")
    payload["event"]["text"] = SAID
    status, _ = await slack.event(payload)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    post = slack.fake.posts()[0].params
    assert post["channel"] == "C1"  # the team sees what is about to change
    assert post["text"].startswith(
        "Move the conference from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2030 at "
        "10:00 a.m.?"
    )
    blocks = post["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    ((block_id, value, button),) = _buttons(blocks)
    assert (value, button["text"]["text"], button["style"]) == (CONFIRM, "Confirm", "primary")
    assert await _conference(slack) == (date(2024, 5, 28), time(14, 30), 0)  # not yet

    click = fixture("block_actions.json")
    click["response_url"] = slack.response_url("a1")
    click["actions"][0].update(
        {"value": value, "block_id": block_id, "action_id": button["action_id"]}
    )
    status, _ = await slack.action(click)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    applied = slack.fake.responses[0]
    assert applied["replace_original"] is True  # the Confirm button is gone with it
    assert applied["text"].startswith(
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2030 at 10:00 a.m."
    )
    assert CONFIRM not in json.dumps(applied["blocks"])
    assert await _conference(slack) == (date(2030, 6, 20), time(10, 0), 1)

    # A second click on a copy of the message (a retry, a double click) moves nothing more.
    status, _ = await slack.action(click)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
    again = slack.fake.responses[1]
    assert again["text"] == "The conference is already set for Thu Jun 20, 2030 at 10:00 a.m."
    assert again["replace_original"] is False
    assert await _conference(slack) == (date(2030, 6, 20), time(10, 0), 1)


async def _propose(slack: SlackHarness, said: str, posts: int) -> tuple[str, str, str]:
    """Say `said` in the channel; the Confirm button posted: (block_id, value, action_id)."""
    payload = fixture("app_mention.json")
    payload["event"]["text"] = f"<@UBOT> {said}"
    payload["event_id"] = f"Ev{posts}"
    payload["event"]["ts"] = payload["event"]["event_ts"] = f"1715000000.00000{posts}"
    status, _ = await slack.event(payload)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == posts)
    blocks = slack.fake.posts()[-1].params["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    ((block_id, value, button),) = _buttons(blocks)
    return block_id, value, str(button["action_id"])


def _click(slack: SlackHarness, n: int, button: tuple[str, str, str], user: str) -> dict[str, Any]:
    block_id, value, action_id = button
    click = fixture("block_actions.json")
    click["response_url"] = slack.response_url(f"c{n}")
    click["user"]["id"] = user
    click["trigger_id"] = f"trigger-{n}"
    click["actions"][0].update({"value": value, "block_id": block_id, "action_id": action_id})
    return click


async def test_of_two_proposals_the_one_confirmed_second_is_refused(
    slack: SlackHarness,
) -> None:
    to_20 = await _propose(slack, "the conference was adjourned to June 20, 2030 at 10am", 1)
    to_27 = await _propose(slack, "the judge pushed us to June 27, 2030", 2)
    assert (to_20[1], to_27[1]) == (
        CONFIRM, "conference 2030-06-27 14:30 instead of 2024-05-28 14:30"
    )

    status, _ = await slack.action(_click(slack, 1, to_27, "UBOB"))
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    assert slack.fake.responses[0]["text"].startswith(
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 27, 2030 at 2:30 p.m."
    )
    assert await _conference(slack) == (date(2030, 6, 27), time(14, 30), 1)

    status, _ = await slack.action(_click(slack, 2, to_20, "U123"))
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
    refused = slack.fake.responses[1]
    assert refused["text"].startswith(
        "Since this was proposed, @UBOB moved the conference to Thu Jun 27, 2030 at 2:30 p.m.; "
        "nothing was changed. Move it to Thu Jun 20, 2030 at 10:00 a.m. instead? 4 deadlines "
        "and "
    )
    assert refused["text"].endswith(" Nothing is changed until you confirm.")
    values = [value for _, value, _ in _buttons(refused["blocks"])]
    assert values == ["conference 2030-06-20 10:00 instead of 2030-06-27 14:30"]
    assert await _conference(slack) == (date(2030, 6, 27), time(14, 30), 1)  # bob's stands
