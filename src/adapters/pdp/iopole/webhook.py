"""IOPOLE's callbacks, read for the generic webhook routes (adapters.webhook.routes):

    POST /webhooks/iopole/status    JSON status (or event) callback                  (IOPOLE signs the raw body)
    POST /webhooks/iopole/invoice   multipart: file, invoiceId, senderAcceptStatus   (IOPOLE signs the FILE part)

Dedup key: X-Idempotency-Key (stable across IOPOLE's retries), else the business id, else the content hash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from adapters.multipart import FileDigest, MalformedMultipart, parse_form
from adapters.pdp.iopole import signing
from adapters.pdp.iopole.verifier import IopoleVerifier
from adapters.pdp.secret import Secret
from adapters.webhook.receiver import (
    BodyDigest,
    BodyHash,
    Callback,
    Received,
    VerifyPayload,
    WebhookSide,
    json_object,
    sha256_key,
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


def _key(call: Callback, kind: str, business_id: str) -> str:
    platform = call.platform
    key = call.headers.get(signing.IDEMPOTENCY_HEADER, "").strip()
    if key and storable_key(key):
        return f"{platform}:key:{key}"
    if business_id and storable_key(business_id):
        return f"{platform}:{kind}:{business_id}"
    return sha256_key(platform, call.body)


@dataclass(frozen=True, slots=True)
class IopoleStatusReceiver:
    verifier: IopoleVerifier
    path: str = signing.STATUS_WEBHOOK_PATH
    kept_headers: tuple[str, ...] = KEPT_HEADERS

    def before_body(self, headers: Mapping[str, str], verify: VerifyPayload) -> BodyDigest:
        # no signature, a stale one, one not of the right form; with X-Checksum, its HMAC over that claim
        verify(None)
        return BodyHash()  # the whole body is signed: hashed as it comes

    def receive(self, call: Callback) -> Received:
        call.verify(None)  # with the hash the route took of the body
        value, note = json_object(call.body)
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


class SignedPart:
    """What IOPOLE signs of an invoice callback, hashed as the body comes: its file part (FileDigest), or the whole
    body when it has none (a body that is no such form), as `receive` reads it once split."""

    def __init__(self, content_type: str) -> None:
        self._file = FileDigest(content_type)
        self._body = BodyHash()

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self._body.write(chunk)

    def hexdigest(self) -> str:
        return self._file.hexdigest() or self._body.hexdigest()


@dataclass(frozen=True, slots=True)
class IopoleInvoiceReceiver:
    verifier: IopoleVerifier
    path: str = signing.INVOICE_WEBHOOK_PATH
    kept_headers: tuple[str, ...] = KEPT_HEADERS

    def before_body(self, headers: Mapping[str, str], verify: VerifyPayload) -> BodyDigest:
        # Before the body is read, so that a callback nobody signed costs no body: no signature, a stale one, one not
        # of the right form; with X-Checksum (optional), IOPOLE's HMAC over that claim of the file part's hash.
        verify(None)
        # what IOPOLE signs, hashed as the body comes: the file part, or the whole body when there is none
        return SignedPart(headers.get("content-type", ""))

    def receive(self, call: Callback) -> Received:
        # Before the body is split, so that a made-up signature costs no parsing: the route checked the signature
        # with the hash taken as the body came (the file part's, or the whole body's when it has none). The file
        # part, once split out, is checked again below (the check the signature's VALID finally rests on).
        call.verify(None)
        note = ""
        payload = call.body
        business_id = ""
        try:
            form = parse_form(call.body, call.headers.get("content-type", ""))
            file = form.file()
            if file is None:
                note = "multipart body without a 'file' part"
            else:
                payload = bytes(file.data)  # IOPOLE signs the FILE PART, not the raw multipart body
                business_id = form.fields.get("invoiceId", "")
        except MalformedMultipart as exc:
            note = str(exc)
        call.verify(payload)
        kind = DeliveryKind.INVOICE if not note else DeliveryKind.UNKNOWN
        return Received(kind, _key(call, "invoice", business_id), note)


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
