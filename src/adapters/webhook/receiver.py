"""What a platform package gives the generic webhook routes (adapters.webhook.routes): its receivers, each reading one
kind of callback into a delivery (kind, dedup key, note), and the facts `doctor` and `platform webhooks` need.

The routes do what every platform needs alike (bounded body, 401/413/408/422 answers, the inbox first, then 2xx); a
receiver does what is the platform's own: what was signed, and how the body names the delivery. Adding a platform
adds a receiver in its package (`adapters/pdp/<provider>/webhook.py`), never a route here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from adapters.webhook.signature import Verifier
from domain.bounds import printable, xml_chars_only
from domain.reception import DeliveryKind

MAX_KEY_LENGTH = 256  # idempotency and business keys longer than this are replaced by the content hash


@dataclass(frozen=True, slots=True)
class Received:
    """A callback as the inbox stores it: the raw body is kept by the route, the receiver names it."""

    kind: DeliveryKind
    dedup_key: str
    note: str = ""  # why it cannot be read (stored anyway, so that the platform stops retrying)


# Called with the bytes the platform signed; raises (the route answers 401) when the signature does not hold. None,
# for a scheme that signs a checksum it sends with the body: the signature over that claim, before the body is split.
VerifyPayload = Callable[[bytes | None], None]


@dataclass(frozen=True, slots=True)
class Callback:
    """A platform's callback as the route read it, for a receiver to name: its headers, its bounded body, the check
    of its signature (`verify`, called with what the platform signed before anything else is trusted), and the
    profile it came to (`platform`: its dedup keys start with it)."""

    headers: Mapping[str, str]
    body: bytes
    verify: VerifyPayload
    platform: str


class BodyDigest(Protocol):
    """Hashes what a platform signed while the route reads the body (adapters.multipart.FileDigest: IOPOLE's file
    part): the route checks the signature with that hash (SignedRequest.payload_sha256) as soon as the body's last
    byte comes, before the body is joined or split, and gives it to every later `Callback.verify`."""

    def write(self, chunk: bytes) -> None: ...

    def hexdigest(self) -> str | None:
        """The hex SHA-256, once the whole body was written; None when the body is not of the shape it reads."""
        ...


class WebhookReceiver(Protocol):
    @property
    def path(self) -> str:
        """The default profile's route, e.g. /webhooks/afnor/flow (a profile's: /webhooks/<profile>/...)."""
        ...

    @property
    def kept_headers(self) -> tuple[str, ...]:
        """Stored with the delivery: what routing and auditing need, never a signature."""
        ...

    @property
    def verifier(self) -> Verifier: ...

    def before_body(self, headers: Mapping[str, str], verify: VerifyPayload) -> BodyDigest | None:
        """Before the body is read: refuse what the headers alone refute (`verify(None)` raises), so that a callback
        nobody signed costs no body; and what hashes the signed part of the body as it is read (None: nothing)."""
        ...

    def receive(self, call: Callback) -> Received:
        """Call `call.verify` with what the platform signed before anything else is trusted, then name the delivery.
        TooDeep for a JSON nested beyond what the parser recurses into (422)."""
        ...


@dataclass(frozen=True, slots=True)
class WebhookSide:
    """A platform's callbacks: its routes (the first is the one `doctor` probes), the setting holding its key, and
    its receivers built from a profile's settings (the provider's own names) with the signature tolerance."""

    paths: tuple[str, ...]
    key_setting: str  # e.g. AFNOR_WEBHOOK_SIGNING_KEY: what `platform webhooks create` tells to set
    key_source: str  # where the operator finds that key (doctor's advice)
    receivers: Callable[[Mapping[str, str], int], tuple[WebhookReceiver, ...]]


class TooDeep(Exception):
    """A JSON body nested beyond what the parser can recurse into: no platform sends one, so it is refused (422)
    rather than stored."""


def json_object(body: bytes) -> tuple[dict[str, Any] | None, str]:
    """The body as a JSON object, or None and why not (stored with that note)."""
    try:
        value = json.loads(body)
    except RecursionError as exc:
        raise TooDeep() from exc
    except (ValueError, UnicodeDecodeError) as exc:
        return None, f"not JSON: {printable(str(exc))}"
    if not isinstance(value, dict):
        return None, "JSON body is not an object"
    return value, ""


def storable_key(key: str) -> bool:
    """A business key the inbox can store (PostgreSQL refuses NUL in text) and index; else the content hash."""
    return len(key) <= MAX_KEY_LENGTH and xml_chars_only(key)


def sha256_key(platform: str, body: bytes) -> str:
    return f"{platform}:sha256:{hashlib.sha256(body).hexdigest()}"
