"""Opaque keyset page tokens: the (created_at, id) of the last item of a page and the scope of the listing that made
it, base64url-encoded.

A token comes back from the client, so it is read as hostile: bounded length before decoding, any JSON shape,
type or nesting refused, and the timestamp kept away from the calendar's ends (converting 0001-01-01 at +14:00
to UTC overflows in the database driver).

The scope is a digest of the List method, the company and the filters: a token is read only by the listing that
made it, since under another method or other filters its position means nothing (the page would be empty or
shifted). It is a check, not a signature: anyone can compute a scope, but a forged one only moves a keyset position
within the caller's own company, whose rows every query is already limited to.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from datetime import UTC, datetime

from domain.bounds import MAX_DATE, MIN_DATE
from domain.ports import InvalidPageToken

MAX_TOKEN_LENGTH = 200  # an issued token is about 135 characters
SCOPE_LENGTH = (
    16  # hex digits of the digest: 64 bits tell listings apart, nothing here needs to resist collisions
)

NOT_ISSUED = "the page token is not one this gateway issued"
OTHER_LISTING = (
    "the page token was made by another List method, with other filters or for another company: "
    "send the filters of the first page again, or start without a token"
)
EARLIER_VERSION = (
    "the page token was issued by an earlier version of the gateway, whose tokens did not name their listing: "
    "start again without a token"
)

# The listings that issue these tokens, by the List method that serves each one.
INVOICES = "ListInvoices"
RECEIVED_INVOICES = "ListReceivedInvoices"


def page_scope(method: str, company_siren: str, flt: object) -> str:
    """What a token is bound to. `flt` is a frozen filter dataclass, whose repr names every field and value."""
    return hashlib.sha256(f"{method}\n{company_siren}\n{flt!r}".encode()).hexdigest()[:SCOPE_LENGTH]


def encode_page_token(created_at: datetime, item_id: str, scope: str) -> str:
    raw = json.dumps([created_at.isoformat(), item_id, scope], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_page_token(token: str, scope: str) -> tuple[datetime, str]:
    """The (created_at, id) after which the page starts, if `scope` made the token; else InvalidPageToken, saying
    whether the token is forged, from another listing, or from before tokens were scoped."""
    if len(token) > MAX_TOKEN_LENGTH or not token.isascii():
        raise InvalidPageToken(NOT_ISSUED)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        decoded = json.loads(raw)
        if not (
            isinstance(decoded, list) and len(decoded) in (2, 3) and all(isinstance(v, str) for v in decoded)
        ):
            raise ValueError("not [timestamp, id, scope]")
        created_at, item_id, *made_by = decoded
        at = datetime.fromisoformat(created_at)
        item_uuid = uuid.UUID(item_id)
        in_utc = at.astimezone(UTC) if at.tzinfo is not None else None
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, RecursionError, OverflowError) as exc:
        raise InvalidPageToken(NOT_ISSUED) from exc
    if in_utc is None or not MIN_DATE <= in_utc.date() <= MAX_DATE:
        raise InvalidPageToken(NOT_ISSUED)
    if not made_by:
        raise InvalidPageToken(EARLIER_VERSION)
    if made_by != [scope]:
        raise InvalidPageToken(OTHER_LISTING)
    return at, str(item_uuid)
