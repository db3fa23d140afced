"""Opaque keyset page tokens: the position of the last item of a page (its (created_at, id), or its sequence id for
a listing in id order) and the scope of the listing that made it, base64url-encoded.

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
PARKED_DELIVERIES = "ListParkedDeliveries"  # no filters: its scope is the method and the company


def page_scope(method: str, company_siren: str, flt: object) -> str:
    """What a token is bound to. `flt` is a frozen filter dataclass, whose repr names every field and value."""
    return hashlib.sha256(f"{method}\n{company_siren}\n{flt!r}".encode()).hexdigest()[:SCOPE_LENGTH]


def encode_page_token(created_at: datetime, item_id: str, scope: str) -> str:
    return _encode([created_at.isoformat(), item_id, scope])


def encode_sequence_token(last_id: int, scope: str) -> str:
    """The token after the item of sequence id `last_id`, in a listing in id order."""
    return _encode([str(last_id), scope])


def decode_page_token(token: str, scope: str) -> tuple[datetime, str]:
    """The (created_at, id) after which the page starts, if `scope` made the token; else InvalidPageToken, saying
    whether the token is forged, from another listing, or from before tokens were scoped."""
    position, made_by = _read(token)
    if made_by is None:
        raise InvalidPageToken(EARLIER_VERSION)
    if made_by != scope or not isinstance(position, tuple):
        raise InvalidPageToken(OTHER_LISTING)
    return position


def decode_sequence_token(token: str, scope: str) -> int:
    """The sequence id after which the page starts, if `scope` made the token; else InvalidPageToken. The bare id
    that ListParkedDeliveries issued before its tokens named their listing is refused as of an earlier version."""
    if token.isascii() and token.isdigit() and len(token) <= len(str(_MAX_SEQUENCE)):
        raise InvalidPageToken(EARLIER_VERSION)
    position, made_by = _read(token)
    if made_by != scope or not isinstance(position, int):
        raise InvalidPageToken(OTHER_LISTING)
    return position


_MAX_SEQUENCE = 2**63 - 1  # a PostgreSQL bigint


def _encode(fields: list[str]) -> str:
    raw = json.dumps(fields, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _read(token: str) -> tuple[tuple[datetime, str] | int, str | None]:
    """The position a token holds, a keyset's (created_at, id) or a sequence id, and the scope that made it (None:
    a keyset token of before scopes); InvalidPageToken for anything else. Bounded before decoding."""
    if len(token) > MAX_TOKEN_LENGTH or not token.isascii():
        raise InvalidPageToken(NOT_ISSUED)
    try:
        fields = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        if not (
            isinstance(fields, list) and len(fields) in (2, 3) and all(isinstance(v, str) for v in fields)
        ):
            raise ValueError("not [position..., scope]")
        if len(fields) == 2 and fields[0].isascii() and fields[0].isdigit():
            last_id = int(fields[0])
            if last_id > _MAX_SEQUENCE:
                raise ValueError("not a bigint")
            return last_id, fields[1]
        created_at, item_id, *made_by = fields
        at = datetime.fromisoformat(created_at)
        item_uuid = uuid.UUID(item_id)
        in_utc = at.astimezone(UTC) if at.tzinfo is not None else None
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, RecursionError, OverflowError) as exc:
        raise InvalidPageToken(NOT_ISSUED) from exc
    if in_utc is None or not MIN_DATE <= in_utc.date() <= MAX_DATE:
        raise InvalidPageToken(NOT_ISSUED)
    return (at, str(item_uuid)), (made_by[0] if made_by else None)
