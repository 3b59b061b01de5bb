"""Signing test requests exactly as Slack does (v0 HMAC-SHA256 of `v0:timestamp:body`),
so bolt's real `SignatureVerifier` checks them."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode


def signature(secret: str, timestamp: int, body: bytes) -> str:
    base = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(
    secret: str, body: bytes, *, content_type: str, timestamp: int | None = None
) -> dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": signature(secret, ts, body),
    }


def form_body(fields: Mapping[str, str]) -> bytes:
    """Slash commands arrive form-encoded."""
    return urlencode(fields).encode()


def interactive_body(payload: Mapping[str, Any]) -> bytes:
    """Interactivity arrives as one form field, `payload`, holding JSON."""
    return urlencode({"payload": json.dumps(payload)}).encode()


def json_body(payload: Mapping[str, Any]) -> bytes:
    """Events API callbacks arrive as JSON."""
    return json.dumps(payload).encode()


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
