"""Bot Framework tokens beyond tests/teams/test_auth.py: forgeries built by hand (an
algorithm switched to `none` or to HMAC keyed with our public key, a stripped signature, a
payload swapped under a valid signature), a token not yet valid or without an expiry --
and, for those and the kinds test_auth.py refuses, proof that a refused activity changed
nothing: its command (`done ex_parte_letter`, pressed on a card) is not applied, no
conversation reference is kept, nothing is sent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from settleconf.adapters.store.conversation_refs import SqlConversationRefStore
from tests.security.adding import ensure_teams_example
from tests.teams.conftest import CHANNEL_A, TENANT_A, TeamsHarness
from tests.teams.fakes import APP_ID, ISSUER, new_key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _claims(teams: TeamsHarness, **changes: Any) -> dict[str, Any]:
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": APP_ID, "serviceurl": teams.service_url,
              "nbf": now - 60, "exp": now + 3600}
    return claims | changes


def hand_made(
    header: dict[str, Any], claims: dict[str, Any], sign: Callable[[bytes], bytes]
) -> str:
    # By hand because PyJWT rightly refuses to produce these forgeries.
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    return f"{signing_input}.{_b64(sign(signing_input.encode()))}"


def none_alg(teams: TeamsHarness) -> str:
    header = {"alg": "none", "typ": "JWT", "kid": teams.idp.kid}
    return hand_made(header, _claims(teams), lambda _: b"")


def hmac_with_public_key(teams: TeamsHarness) -> str:
    # The classic confusion: HS256 "signed" with the RSA public key every client can fetch.
    pem = teams.idp.key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = {"alg": "HS256", "typ": "JWT", "kid": teams.idp.kid}
    return hand_made(header, _claims(teams), lambda m: hmac.new(pem, m, hashlib.sha256).digest())


def stripped_signature(teams: TeamsHarness) -> str:
    head, payload, _ = teams.token().split(".")
    return f"{head}.{payload}."


def swapped_payload(teams: TeamsHarness) -> str:
    # A valid signature over a token for another bot, with our app id pasted in.
    head, _, sig = teams.token(aud="another-bot").split(".")
    return f"{head}.{_b64(json.dumps(_claims(teams)).encode())}.{sig}"


TOKENS: dict[str, Callable[[TeamsHarness], str | None]] = {
    # Kinds tests/teams/test_auth.py refuses; here for the "nothing changed" checks.
    "missing": lambda t: None,
    "expired": lambda t: t.token(exp=int(time.time()) - 3600, nbf=int(time.time()) - 7200),
    "another audience": lambda t: t.token(aud="00000000-0000-0000-0000-000000000000"),
    "another issuer": lambda t: t.token(iss="https://evil.example.com"),
    "foreign key": lambda t: t.token(key=new_key()),
    # Not covered elsewhere.
    "none algorithm, real key id": none_alg,
    "HS256 keyed with the public key": hmac_with_public_key,
    "signature stripped": stripped_signature,
    "payload swapped under a signature": swapped_payload,
    "not valid for an hour yet": lambda t: t.token(nbf=int(time.time()) + 3600),
    "no expiry": lambda t: t.token(exp=None),
    "issued for another connector": lambda t: t.token(serviceurl="https://evil.example/"),
}


@pytest.fixture(autouse=True)
async def _example_stored(teams: TeamsHarness) -> None:
    await ensure_teams_example(teams.service, TENANT_A, CHANNEL_A)


async def done_items(teams: TeamsHarness) -> list[str]:
    async with teams.store.unit_of_work() as uow:
        ws = await uow.workspace("teams", TENANT_A)
        (matter,) = await uow.matters_in(ws.id)
        return sorted(matter.done_items())


async def test_the_probe_changes_the_matter_with_a_valid_token(teams: TeamsHarness) -> None:
    # The control: the same activity with a good token is applied, so the checks can fail.
    status, _ = await teams.post(teams.activity("card_submit.json"))
    assert status == 200
    assert await done_items(teams) == ["ex_parte_letter"]
    refs = SqlConversationRefStore(teams.store.engine)
    assert await refs.get("teams", TENANT_A, CHANNEL_A) is not None


@pytest.mark.parametrize("kind", list(TOKENS))
async def test_a_bad_token_is_refused_and_nothing_is_processed(
    teams: TeamsHarness, kind: str
) -> None:
    token = TOKENS[kind](teams)
    status, body = await teams.post(teams.activity("card_submit.json"), token=token)
    assert status == 401, body
    assert json.loads(body) == {"error": "unauthorized"}  # the same body whatever failed
    assert teams.connector.calls == []
    assert teams.credentials.token_calls == 0
    assert await done_items(teams) == []
    refs = SqlConversationRefStore(teams.store.engine)
    assert await refs.get("teams", TENANT_A, CHANNEL_A) is None
