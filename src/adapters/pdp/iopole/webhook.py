"""IOPOLE's callbacks, read for the generic webhook routes (adapters.webhook.routes):

    POST /webhooks/iopole/status    JSON status (or event) callback                  (IOPOLE signs the raw body)
    POST /webhooks/iopole/invoice   multipart: file, invoiceId, senderAcceptStatus   (IOPOLE signs the FILE part)

IOPOLE's HMAC covers the timestamp, the method, the path and the payload's SHA-256 (the file part of an invoice
callback, the body of a JSON one), nothing else: not X-Idempotency-Key, not X-Target-Electronic-Address, not an
invoice callback's invoiceId and senderAcceptStatus fields nor its file part's name. Whoever holds one genuine callback
can send it again within the tolerance with any of those changed; IOPOLE itself sends it again, signed anew (another
timestamp), when our answer was lost. So a delivery is keyed by its payload alone: a JSON callback by the id its
signed body gives (statusId, the key polling uses too; eventId), else, and an invoice callback always, by the signed
payload's hash (`payload_key`): any copy, IOPOLE's resend or one changed in transit, is the same delivery, answered 2xx
naming it. An invoice callback's invoiceId, unsigned, is only a claim: a copy naming another id has it kept beside
the delivery (Received.claimed_id), and the decoder keeps the id IOPOLE confirms for the file (decoder.py).
"""

from __future__ import annotations

from collections.abc import Mapping
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
    WebhookReceiver,
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


def payload_key(call: Callback, signed_sha256: str) -> str:
    """A callback's dedup key from what IOPOLE signs of it, less the timestamp (its own resend is signed anew): the
    payload's hash (the route is the profile's own, and in the key's prefix)."""
    return f"{call.platform}:payload:{signed_sha256}"


def _key(call: Callback, kind: str, business_id: str) -> str:
    """`business_id`: read from the signed JSON body (the body is the payload IOPOLE signs)."""
    if business_id and storable_key(business_id):
        return f"{call.platform}:{kind}:{business_id}"
    return payload_key(call, call.body.sha256)


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


def _status_reading(headers: Mapping[str, str]) -> JsonReading:
    return JsonReading.of(headers, _status_named)  # the whole body is signed: hashed as it comes


class InvoiceReading:
    """An invoice callback read as it comes: IOPOLE signs its file part, or the whole body when it holds none (a body
    that is no such form, stored with a note so that IOPOLE stops sending it); the form's fields name it. Nothing of
    the body is kept, split or read back (a 98 MiB callback peaked at 4 times its size when it was). Made once the
    route refused what the headers alone refute: no signature, a stale one, one not of the right form; with
    X-Checksum (optional), IOPOLE's HMAC over that claim of the file part's hash, so that a callback nobody signed
    costs no body."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._form = FormFacts(headers.get("content-type", ""))

    def write(self, chunk: bytes) -> None:
        self._form.write(chunk)

    def signed_sha256(self, body: Sha256) -> str:
        self._form.finish()
        return self._form.file_sha256 or body.hexdigest()

    def received(self, call: Callback) -> Received:
        call.verify(None)  # with the hash of the file part (or of the body) taken as it came
        note = self._form.problem
        kind = DeliveryKind.INVOICE if not note else DeliveryKind.UNKNOWN
        # its invoiceId field is not signed: the file part (or the body) is
        key = payload_key(call, self._form.file_sha256 or call.body.sha256)
        return Received(kind, key, note, claimed_id=self._form.fields.get("invoiceId", ""))


def receivers(settings: Mapping[str, str], tolerance_s: int) -> tuple[WebhookReceiver, WebhookReceiver]:
    """Both routes, verified with IOPOLE_WEBHOOK_SECRET of the profile's settings (empty: every callback refused)."""
    verifier = IopoleVerifier(
        Secret(settings.get("IOPOLE_WEBHOOK_SECRET", "")), tolerance_ms=tolerance_s * 1000
    )
    return (
        WebhookReceiver(signing.STATUS_WEBHOOK_PATH, verifier, _status_reading, KEPT_HEADERS),
        WebhookReceiver(signing.INVOICE_WEBHOOK_PATH, verifier, InvoiceReading, KEPT_HEADERS),
    )


WEBHOOKS = WebhookSide(
    paths=(signing.STATUS_WEBHOOK_PATH, signing.INVOICE_WEBHOOK_PATH),
    key_setting="IOPOLE_WEBHOOK_SECRET",
    key_source="the secret configured on IOPOLE's webhook (`pdp-gateway platform webhooks create`)",
    receivers=receivers,
)
