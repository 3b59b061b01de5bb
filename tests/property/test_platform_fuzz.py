"""Malformed but authentic requests over real HTTP: a 2xx ack or a 4xx, never a 5xx, and
the server goes on answering.

Slack: correctly signed bodies with fields missing or of the wrong type, bad JSON in the
interactivity `payload`, stray form fields, unicode, large texts. Teams: activities with a
valid token and the same kinds of damage.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.property.json_damage import damaged, json_values
from tests.property.mutations import garbage, nasty_text
from tests.security.adding import ensure_teams_example
from tests.slack.conftest import SlackHarness
from tests.slack.conftest import fixture as slack_fixture
from tests.slack.signing import FORM, JSON
from tests.teams.conftest import CHANNEL_A, TENANT_A, TeamsHarness

# One server per test meets every example, which is the point: it must keep serving.
SHARED_SERVER = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
form_values = nasty_text | garbage | st.sampled_from(["", "x" * 300_000, "deadlines" * 5000])


# --- Slack ---------------------------------------------------------------------------------

def without_url(name: str) -> dict[str, Any]:
    """A fixture payload answering through the Web API: its placeholder response_url is no
    URL, and the fuzz is about our server, not about reaching Slack."""
    return slack_fixture(name) | {"response_url": ""}


def _form(fields: dict[str, Any]) -> bytes:
    # Form fields are strings on the wire: anything else is sent as its JSON text.
    return urlencode(
        {k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}
    ).encode()


slash_commands = st.builds(
    lambda doc: _form(doc),
    damaged(without_url("slash_command.json")),
) | st.builds(
    lambda extra, text: _form(without_url("slash_command.json") | extra | {"text": text}),
    st.dictionaries(st.text(max_size=12), form_values, max_size=3),
    form_values,
)
interactions = st.one_of(
    st.builds(lambda doc: _form({"payload": json.dumps(doc)}),
              damaged(without_url("block_actions.json"))),
    st.builds(lambda raw: _form({"payload": raw}), nasty_text | garbage),  # not JSON at all
    st.builds(lambda value: _form({"payload": json.dumps(value)}), json_values),
)
events = st.one_of(
    st.builds(lambda doc: json.dumps(doc).encode(), damaged(slack_fixture("app_mention.json"))),
    st.builds(lambda value: json.dumps(value).encode(), json_values),
    st.builds(lambda raw: raw.encode("utf-8", "surrogatepass"), nasty_text | garbage),
)
slack_bodies = st.one_of(
    st.tuples(slash_commands, st.just(FORM)),
    st.tuples(interactions, st.just(FORM)),
    st.tuples(events, st.just(JSON)),
    st.tuples(slash_commands | events, st.sampled_from([FORM, JSON, "text/plain"])),
)


async def assert_slack_serves(slack: SlackHarness) -> None:
    status, body = await slack.post(b"", FORM)  # nothing at all: bolt's own 4xx or ack
    assert status < 500, body
    async with slack.http.get(f"{slack.url}/healthz") as resp:
        assert resp.status == 200


@SHARED_SERVER
@given(slack_bodies)
async def test_slack_answers_damaged_requests_without_a_5xx(
    slack: SlackHarness, body_and_type: tuple[bytes, str]
) -> None:
    body, content_type = body_and_type
    status, text = await slack.post(body, content_type)
    assert 200 <= status < 500, (status, text)
    await assert_slack_serves(slack)


# Each of these was a 500 with a traceback before the route read bodies first (bolt parses
# and dissects them with no guard) and bolt's shape errors became 400s.
EVENT = slack_fixture("app_mention.json")
FOUND_BY_THE_FUZZ = {
    "empty payload field": (b"payload=", FORM),
    "payload not JSON": (b"payload=%7Bnot+json", FORM),
    "payload a list": (_form({"payload": "[1]"}), FORM),
    "no actions": (_form({"payload": json.dumps(without_url("block_actions.json")
                                                | {"actions": []})}), FORM),
    "event null": (json.dumps(EVENT | {"event": None}).encode(), JSON),
    "event a string": (json.dumps(EVENT | {"event": "app_mention"}).encode(), JSON),
    "body a list": (b"[]", JSON),
    "not UTF-8": (b"\xff\xfe{", JSON),
    "nested too deep": (b"[" * 100_000, JSON),
}


@pytest.mark.parametrize("case", list(FOUND_BY_THE_FUZZ))
async def test_slack_refuses_what_the_fuzz_found_with_a_400(
    slack: SlackHarness, case: str
) -> None:
    body, content_type = FOUND_BY_THE_FUZZ[case]
    status, _ = await slack.post(body, content_type)
    assert status == 400
    await slack.fake.settle(0.1)
    assert slack.fake.calls == []


async def test_slack_still_answers_a_real_command_after_the_fuzz(slack: SlackHarness) -> None:
    for raw in (b"payload=%7Bnot+json", b"payload=", b"\xff\xfe", b"[]", b"null"):
        status, _ = await slack.post(raw, FORM)
        assert 200 <= status < 500
    status, _ = await slack.command("deadlines")
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    assert "Mon May 20, 2024" in json.dumps(slack.fake.responses[0])


# --- Teams ----------------------------------------------------------------------------------

TEAMS_FIXTURES = (
    "channel_mention.json",
    "personal_message.json",
    "card_submit.json",
    "conversation_update.json",
    "installation_update_remove.json",
)
ACTIVITY_TYPES = ("message", "conversationUpdate", "installationUpdate", "event", "typing",
                  "messageReaction", "endOfConversation", "")


@st.composite
def activities(draw: st.DrawFn, teams: TeamsHarness) -> dict[str, Any]:
    base = teams.activity(draw(st.sampled_from(TEAMS_FIXTURES)))
    doc = draw(damaged(base))
    if draw(st.booleans()):
        doc["type"] = draw(st.sampled_from(ACTIVITY_TYPES) | nasty_text)
    if draw(st.booleans()):
        doc["text"] = draw(form_values | json_values)
    # The token names the connector it was issued for; keep that claim true so the damage
    # reaches the handler instead of stopping at authentication.
    doc["serviceUrl"] = teams.service_url
    return doc


async def post_raw(teams: TeamsHarness, body: bytes) -> tuple[int, str]:
    headers = {"Authorization": f"Bearer {teams.token()}", "Content-Type": "application/json"}
    async with teams.http.post(f"{teams.url}/api/messages", data=body, headers=headers) as r:
        return r.status, await r.text()


@SHARED_SERVER
@given(st.data())
async def test_teams_answers_damaged_activities_without_a_5xx(
    teams: TeamsHarness, data: st.DataObject
) -> None:
    activity = data.draw(activities(teams), label="activity")
    status, text = await teams.post(activity)
    assert 200 <= status < 500, (status, text)


@SHARED_SERVER
@given(json_values | nasty_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
async def test_teams_answers_bodies_that_are_no_activity_with_a_4xx(
    teams: TeamsHarness, value: Any
) -> None:
    body = value if isinstance(value, bytes) else json.dumps(value).encode()
    status, text = await post_raw(teams, body)
    assert 200 <= status < 500, (status, text)


async def test_teams_still_answers_after_bad_bodies(teams: TeamsHarness) -> None:
    await ensure_teams_example(teams.service, TENANT_A, CHANNEL_A)
    statuses = {raw: (await post_raw(teams, raw))[0]
                for raw in (b"{not json", b"[]", b"null", b'{"type": 5}', b"\xff\xfe")}
    # An object with a `type` is an activity, but one with no serviceUrl could send the
    # reply anywhere: refused before anything runs (tests/security/test_teams_service_url.py).
    assert statuses == {b"{not json": 400, b"[]": 400, b"null": 400, b'{"type": 5}': 401,
                        b"\xff\xfe": 400}
    status, _ = await teams.post(teams.activity("channel_mention.json"))
    assert status == 200
    (card,) = list(teams.connector.cards())
    assert "Ex parte letter" in json.dumps(card)
