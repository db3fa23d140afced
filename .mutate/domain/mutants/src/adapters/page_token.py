"""Opaque keyset page tokens: the (created_at, id) of the last invoice of a page, base64url-encoded."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from datetime import datetime

from domain.ports import InvalidPageToken


def encode_page_token(created_at: datetime, invoice_id: str) -> str:
    raw = json.dumps([created_at.isoformat(), invoice_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_page_token(token: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        created_at, invoice_id = json.loads(raw)
        at = datetime.fromisoformat(created_at)
        uuid.UUID(invoice_id)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise InvalidPageToken("the page token is not one this gateway issued") from exc
    if at.tzinfo is None:
        raise InvalidPageToken("the page token is not one this gateway issued")
    return at, str(invoice_id)
