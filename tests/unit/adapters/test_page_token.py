"""Forged page tokens are refused as InvalidPageToken (INVALID_ARGUMENT), never anything else."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest

from adapters.page_token import decode_page_token, encode_page_token
from domain.ports import InvalidPageToken

ID = "6f1c2a3b-0000-4000-8000-000000000001"


def _forge(value: object) -> str:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "token",
    [
        "not base64 !",
        "é",
        _forge(b"[" * 100_000),
        _forge(b"[" * 140),
        _forge([1, 2]),
        _forge({"a": 1, "b": 2}),
        _forge(["2026-01-01T00:00:00+00:00"]),
        _forge(["2026-01-01T00:00:00", ID]),  # naive
        _forge(["0001-01-01T00:00:00+14:00", ID]),  # overflows in UTC
        _forge(["9999-12-31T23:59:59-14:00", ID]),
        _forge(["2026-01-01T00:00:00+00:00", "not-a-uuid"]),
        _forge(["2026-01-01T00:00:00+00:00", ID + "\x00"]),
        _forge(b"\xff\xfe"),
        "A" * 10_000,
    ],
)
def test_a_forged_token_is_refused(token: str):
    with pytest.raises(InvalidPageToken):
        decode_page_token(token)


def test_an_issued_token_reads_back():
    at = datetime(2026, 9, 1, 12, 30, tzinfo=UTC)
    assert decode_page_token(encode_page_token(at, ID)) == (at, ID)
