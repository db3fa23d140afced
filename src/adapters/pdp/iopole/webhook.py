"""IOPOLE's callbacks, read for the generic webhook routes (adapters.webhook.routes):

    POST /webhooks/iopole/status    JSON status (or event) callback                  (IOPOLE signs the raw body)
    POST /webhooks/iopole/invoice   multipart: file, invoiceId, senderAcceptStatus   (IOPOLE signs the FILE part)

Dedup key: only what IOPOLE signs, never an unsigned header. IOPOLE's signature covers the timestamp, the path and
the payload's hash, not X-Idempotency-Key nor X-Target-Electronic-Address: keyed on either, a genuine callback
captured and sent again within the signature's tolerance with another value was stored again as a new delivery (a
replayed invoice with another invoiceId, itself unsigned, became a second received invoice). So: a JSON callback
by the id its signed body gives (statusId, the key polling uses too; eventId), an invoice callback (whose invoiceId
field is not signed) or a body naming nothing by its signing (`signed_key`: the timestamp and the signed payload's
hash): a replay within the tolerance is the same delivery; IOPOLE's own retry, signed anew, is stored again only
when our first answer was lost, and processed once by its invoiceId or statusId.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from adapters.multipart import FormFacts
from adapters.pdp.iopole import signing
from adapters.pdp.iopole.verifier import IopoleVerifier
from adapters.pdp.secret import Secret
from adapters.webhook.receiver import (
    Callback,
    JsonReading,
    Received,
    Sha256,
    VerifyPayload,
    WebhookSide,
    storable_key,
)
from domain.reception import DeliveryKind

KEPT_HEADERS = (
    signing.IDEMPOTENCY_HEADER,
    signing.TARGET_ADDRESS_HEADER,
    signing.TIMESTAMP_HEADER,
    signing.CHECKSUM_HEADER,
    "Request-Id",
)


def signed_key(call: Callback, signed_sha256: str) -> str:
    """A callback's signing as a dedup key: what IOPOLE's HMAC covers of it (the route is the profile's own)."""
    stamp = call.headers.get(signing.TIMESTAMP_HEADER, "")
    signing_hash = hashlib.sha256(f"{stamp}\n{signed_sha256}".encode()).hexdigest()
    return f"{call.platform}:signed:{signing_hash}"


def _key(call: Callback, kind: str, business_id: str) -> str:
    """`business_id`: read from the signed JSON body (the body is the payload IOPOLE signs)."""
    if business_id and storable_key(business_id):
        return f"{call.platform}:{kind}:{business_id}"
    return signed_key(call, call.body.sha256)


def _status_named(call: Callback, value: dict[str, Any] | None, note: str) -> Received:
    kind = DeliveryKind.UNKNOWN
    business_id = ""
    if value is not None:
        if value.get("eventType") or value.get("eventId"):
            kind, business_id = DeliveryKind.EVENT, str(value.get("eventId") or "")
        elif isinstance(value.get("status"), dict):
            kind, business_id = DeliveryKind.STATUS, str(value.get("statusId") or "")
        else:
            note = "JSON callback that is neither a status nor an event"
    return Received(kind, _key(call, kind.value, business_id), note)


@dataclass(frozen=True, slots=True)
class IopoleStatusReceiver:
    verifier: IopoleVerifier
    path: str = signing.STATUS_WEBHOOK_PATH
    kept_headers: tuple[str, ...] = KEPT_HEADERS

    def before_body(self, headers: Mapping[str, str], verify: VerifyPayload) -> JsonReading:
        # no signature, a stale one, one not of the right form; with X-Checksum, its HMAC over that claim
        verify(None)
        return JsonReading.of(headers, _status_named)  # the whole body is signed: hashed as it comes


class InvoiceReading:
    """An invoice callback read as it comes: IOPOLE signs its file part, or the whole body when it holds none (a body
    that is no such form, stored with a note so that IOPOLE stops sending it); the form's fields name it. Nothing of
    the body is kept, split or read back (a 98 MiB callback peaked at 4 times its size when it was)."""

    def __init__(self, content_type: str) -> None:
        self._form = FormFacts(content_type)

    def write(self, chunk: bytes) -> None:
        self._form.write(chunk)

    def signed_sha256(self, body: Sha256) -> str:
        self._form.finish()
        return self._form.file_sha256 or body.hexdigest()

    def received(self, call: Callback) -> Received:
        call.verify(None)  # with the hash of the file part (or of the body) taken as it came
        note = self._form.problem
        kind = DeliveryKind.INVOICE if not note else DeliveryKind.UNKNOWN
        # its invoiceId field is not signed: the file part (or the body) and the timestamp are
        return Received(kind, signed_key(call, self._form.file_sha256 or call.body.sha256), note)


@dataclass(frozen=True, slots=True)
class IopoleInvoiceReceiver:
    verifier: IopoleVerifier
    path: str = signing.INVOICE_WEBHOOK_PATH
    kept_headers: tuple[str, ...] = KEPT_HEADERS

    def before_body(self, headers: Mapping[str, str], verify: VerifyPayload) -> InvoiceReading:
        # Before the body is read, so that a callback nobody signed costs no body: no signature, a stale one, one not
        # of the right form; with X-Checksum (optional), IOPOLE's HMAC over that claim of the file part's hash.
        verify(None)
        return InvoiceReading(headers.get("content-type", ""))


def receivers(
    settings: Mapping[str, str], tolerance_s: int
) -> tuple[IopoleStatusReceiver, IopoleInvoiceReceiver]:
    """Both routes, verified with IOPOLE_WEBHOOK_SECRET of the profile's settings (empty: every callback refused)."""
    verifier = IopoleVerifier(
        Secret(settings.get("IOPOLE_WEBHOOK_SECRET", "")), tolerance_ms=tolerance_s * 1000
    )
    return IopoleStatusReceiver(verifier), IopoleInvoiceReceiver(verifier)


WEBHOOKS = WebhookSide(
    paths=(signing.STATUS_WEBHOOK_PATH, signing.INVOICE_WEBHOOK_PATH),
    key_setting="IOPOLE_WEBHOOK_SECRET",
    key_source="the secret configured on IOPOLE's webhook (`pdp-gateway platform webhooks create`)",
    receivers=receivers,
)
