"""AFNOR XP Z12-013 callbacks, read for the generic webhook routes (adapters.webhook.routes):

    POST /webhooks/afnor/flow       Flow JSON (flowId, updatedAt, ...)                (Afnor-Signature of the body)

Dedup key `<platform>:flow:<flowId>@<updatedAt>`, the one the catch-up gives the same flow found by search
(catch_up.flow_key), so a flow that comes both ways is processed once; else the content hash.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adapters.pdp.afnor import signing
from adapters.pdp.afnor.signing import digest_form
from adapters.pdp.afnor.verifier import AfnorVerifier
from adapters.pdp.secret import Secret
from adapters.webhook import receiver
from domain.reception import DeliveryKind

KEPT_HEADERS = (signing.TIMESTAMP_HEADER, "Request-Id")


def _named(call: receiver.Callback, value: dict[str, Any] | None, note: str) -> receiver.Received:
    platform = call.platform
    dedup_key = receiver.sha256_key(platform, call.body.sha256)
    kind = DeliveryKind.UNKNOWN
    if value is not None:
        if value.get("flowId"):
            kind = DeliveryKind.FLOW
            flow_key = f"{value['flowId']}@{value.get('updatedAt') or ''}"
            if receiver.storable_key(flow_key):  # else the content hash stays the key
                dedup_key = f"{platform}:flow:{flow_key}"
        else:
            note = "JSON body without a flowId"
    return receiver.Received(kind, dedup_key, note)


def _flow_reading(headers: Mapping[str, str]) -> receiver.JsonReading:
    # AFNOR signs the body with its timestamp (the route checked it first, with the rest the headers alone refute: no
    # signature, a stale one, one not in canonical base64; so ASCII digits here): hashed as the body comes
    return receiver.JsonReading.of(headers, _named, signing.appended(headers[signing.TIMESTAMP_HEADER]))


def receivers(settings: Mapping[str, str], tolerance_s: int) -> tuple[receiver.WebhookReceiver]:
    """The flow route, verified with AFNOR_WEBHOOK_SIGNING_KEY in the AFNOR_SIGNATURE_DIGEST reading of the
    profile's settings (no key: every callback refused; the other reading: refused too)."""
    key = Secret(settings.get("AFNOR_WEBHOOK_SIGNING_KEY", ""))
    verifier = AfnorVerifier(key, tolerance_s=tolerance_s, form=digest_form(settings))
    return (receiver.WebhookReceiver(signing.WEBHOOK_PATH, verifier, _flow_reading, KEPT_HEADERS),)


WEBHOOKS = receiver.WebhookSide(
    paths=(signing.WEBHOOK_PATH,),
    key_setting="AFNOR_WEBHOOK_SIGNING_KEY",
    key_source="the signingKey that `pdp-gateway platform webhooks create` printed once",
    receivers=receivers,
)
