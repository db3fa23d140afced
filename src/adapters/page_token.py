"""Opaque keyset page tokens: the (created_at, id) of the last invoice of a page, base64url-encoded.

A token comes back from the client, so it is read as hostile: bounded length before decoding, any JSON shape,
type or nesting refused, and the timestamp kept away from the calendar's ends (converting 0001-01-01 at +14:00
to UTC overflows in the database driver).
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from datetime import UTC, datetime

from domain.bounds import MAX_DATE, MIN_DATE
from domain.ports import InvalidPageToken

MAX_TOKEN_LENGTH = 200  # an issued token is about 110 characters


def encode_page_token(created_at: datetime, invoice_id: str) -> str:
    raw = json.dumps([created_at.isoformat(), invoice_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_page_token(token: str) -> tuple[datetime, str]:
    if len(token) > MAX_TOKEN_LENGTH or not token.isascii():
        raise InvalidPageToken("the page token is not one this gateway issued")
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        decoded = json.loads(raw)
        if not (isinstance(decoded, list) and len(decoded) == 2 and all(isinstance(v, str) for v in decoded)):
            raise ValueError("not [timestamp, id]")
        created_at, invoice_id = decoded
        at = datetime.fromisoformat(created_at)
        invoice_uuid = uuid.UUID(invoice_id)
        in_utc = at.astimezone(UTC) if at.tzinfo is not None else None
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, RecursionError, OverflowError) as exc:
        raise InvalidPageToken("the page token is not one this gateway issued") from exc
    if in_utc is None or not MIN_DATE <= in_utc.date() <= MAX_DATE:
        raise InvalidPageToken("the page token is not one this gateway issued")
    return at, str(invoice_uuid)
