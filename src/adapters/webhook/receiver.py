"""What a platform package gives the generic webhook routes (adapters.webhook.routes): its receivers, each reading one
kind of callback into a delivery (kind, dedup key, note), and the facts `doctor` and `platform webhooks` need.

The routes do what every platform needs alike (bounded body, 401/413/408/422 answers, the inbox first, then 2xx); a
receiver does what is the platform's own: what was signed, and how the body names the delivery. Adding a platform
adds a receiver in its package (`adapters/pdp/<provider>/webhook.py`), never a route here.

A receiver is a value: its route's path, its verifier, the headers it keeps, and its `reading`, which the route asks
for once the headers alone did not refute the signature, before the body is read. The reading
(`CallbackReading`) sees the body's pieces as they come (what the platform signed is hashed there, and whatever names
the delivery may be gathered there), then names the delivery. A body set aside in a temporary file is read back only by a reading that asks for it (`CallbackBody.read`:
a JSON callback); the route stores it from the file in pieces.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from adapters.declared_charset import declared_codec, json_text
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
    # The platform's id of what it delivers, named in a field its signature does not cover (an IOPOLE invoiceId): a
    # copy that repeats a stored delivery naming it is kept beside it (DeliveryStore.named_again), never stored again
    claimed_id: str = ""


# Called with the bytes the platform signed; raises (the route answers 401) when the signature does not hold. None:
# with the hash of what was signed that the route took as the body came (before the body, when there is none yet:
# what the headers alone refute, and the signature over a checksum the platform sends with the body).
VerifyPayload = Callable[[bytes | None], None]


if TYPE_CHECKING:
    from hashlib import _Hash as Sha256
else:
    Sha256 = Any


class CallbackBody(Protocol):
    """The body as the route read it: its size, its SHA-256, and (for a reading that needs it whole: a JSON
    callback's) the bytes, read back from where they were set aside."""

    @property
    def size(self) -> int: ...

    @property
    def sha256(self) -> str:
        """Hex."""
        ...

    def read(self) -> bytes:
        """The whole body (from its temporary file when it was set aside: in the body reader's thread)."""
        ...


@dataclass(frozen=True, slots=True)
class Callback:
    """A platform's callback as the route read it, for a receiver to name: its headers, its bounded body, the check
    of its signature (`verify`, called with what the platform signed before anything else is trusted), and the
    profile it came to (`platform`: its dedup keys start with it)."""

    headers: Mapping[str, str]
    body: CallbackBody
    verify: VerifyPayload
    platform: str


class CallbackReading(Protocol):
    """One callback, read as its body comes (a receiver's `reading` makes it): `write` gets each piece, so that
    what the platform signed is hashed (and what names the delivery gathered) without keeping the body; the route
    checks the signature with `signed_sha256` as soon as the body's last byte comes, before anything is read back
    (SignedRequest.payload_sha256, given to every later `Callback.verify`), then asks `received`."""

    def write(self, chunk: bytes) -> None: ...

    def signed_sha256(self, body: Sha256) -> str:
        """The hex SHA-256 of what the platform signed, once the whole body was written; `body`: the body's own hash
        (the route's, for a scheme that signs the body: not to be updated)."""
        ...

    def received(self, call: Callback) -> Received:
        """Call `call.verify(None)` before anything else is trusted (the hash taken as the body came), then name the
        delivery. TooDeep for a JSON nested beyond what the parser recurses into (422)."""
        ...


@dataclass(frozen=True, slots=True)
class JsonReading:
    """A callback whose body is JSON, read in the charset its Content-Type declares (`of`: UnknownCharset, answered
    415 before the body is read, when no codec knows it), signed whole (then `suffix`: what a scheme appends to it
    before hashing, AFNOR's "@<timestamp>"), named from its object by `name` (the object, or None and why not)."""

    name: Callable[[Callback, dict[str, Any] | None, str], Received]
    codec: str | None
    suffix: bytes = b""

    @classmethod
    def of(
        cls,
        headers: Mapping[str, str],
        name: Callable[[Callback, dict[str, Any] | None, str], Received],
        suffix: bytes = b"",
    ) -> JsonReading:
        return cls(name, declared_codec(headers.get("content-type", "")), suffix)

    def write(self, chunk: bytes) -> None:
        pass  # the route hashes the body

    def signed_sha256(self, body: Sha256) -> str:
        if not self.suffix:
            return body.hexdigest()
        whole = body.copy()
        whole.update(self.suffix)
        return whole.hexdigest()

    def received(self, call: Callback) -> Received:
        call.verify(None)  # with the hash the route took
        value, note = json_object(call.body.read(), self.codec)
        return self.name(call, value, note)


@dataclass(frozen=True, slots=True)
class WebhookReceiver:
    """One callback route of a platform. Before the body is read, the route refuses what the headers alone refute
    (`verifier`, with no payload yet), so that a callback nobody signed costs no body, whatever the platform; then
    `reading(headers)` gives the callback's reading, which hashes what the platform signed as the body comes, so that
    the route checks the signature whole at its last byte (a made-up one never costs the body read back), and names
    the delivery (UnknownCharset: answered 415 before the body is read)."""

    # the default profile's route, e.g. /webhooks/afnor/flow (a profile's: /webhooks/<profile>/...)
    path: str
    verifier: Verifier
    reading: Callable[[Mapping[str, str]], CallbackReading]
    # stored with the delivery: what routing and auditing need, never a signature
    kept_headers: tuple[str, ...]


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


def json_object(body: bytes, codec: str | None) -> tuple[dict[str, Any] | None, str]:
    """The body as a JSON object, read in `codec` (its declared charset, else as RFC 8259 says), or None and why not
    (stored with that note). The body's bytes are let go once they are text (a caller passing a body read back for
    it holds no other reference): a large callback held its bytes, its text and its values at once."""
    try:
        text = json_text(body, codec)
        del body
        value = json.loads(text)
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


def sha256_key(platform: str, body_sha256: str) -> str:
    """The dedup key of a body named by nothing else: its content's hash (hex)."""
    return f"{platform}:sha256:{body_sha256}"
