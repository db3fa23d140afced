"""AFNOR XP Z12-013 webhook signing (flow-service 1.3.0, `POST /v1/webhooks` description; pdp-apis.md §2.1).

    fingerprint               = SHA-256(payload_as_sent + "@" + str(epoch_seconds))   # no canonicalisation
    Afnor-Signature           = base64(HMAC-SHA256(signingKey, fingerprint))
    Afnor-Signature-Timestamp = epoch_seconds

UNVERIFIED (the normative text is not public): whether the HMAC input is the raw 32-byte digest or its hex
form, and how `signingKey` is encoded. We choose the RAW digest and the key's UTF-8 bytes as returned by
`POST /v1/webhooks`; `DigestForm.HEX` is there to switch per platform once a sandbox settles it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping
from enum import StrEnum

from adapters.pdp.http_platform import read_settings
from adapters.setting_rules import one_of
from adapters.webhook.signature import Verdict, stamp_refusal

WEBHOOK_PATH = "/webhooks/afnor/flow"  # our route for this platform's callbacks
SIGNATURE_HEADER = "Afnor-Signature"
TIMESTAMP_HEADER = "Afnor-Signature-Timestamp"
DEFAULT_TOLERANCE_S = 5 * 60


class DigestForm(StrEnum):
    RAW = "raw"
    HEX = "hex"


DIGEST_FORM = one_of(DigestForm, fold=str.lower, empty=DigestForm.RAW.value)  # AFNOR_SIGNATURE_DIGEST's rule


def digest_form(settings: Mapping[str, str]) -> DigestForm:
    """AFNOR_SIGNATURE_DIGEST of a profile's settings: raw (the default) or hex; anything else stops the start-up,
    named (the platform's settings and its webhook routes read it alike)."""
    value = read_settings({"AFNOR_SIGNATURE_DIGEST": DIGEST_FORM}, settings)["AFNOR_SIGNATURE_DIGEST"]
    return DigestForm(value.lower() or DigestForm.RAW.value)


def appended(timestamp_s: int | str) -> bytes:
    """What the fingerprint hashes after the payload: a hash of the payload fed as it comes, then this, is the
    fingerprint's (adapters.webhook.receiver.JsonReading)."""
    return b"@" + str(timestamp_s).strip().encode("ascii")


def _fingerprint_of(sha256_hex: str, form: DigestForm) -> bytes:
    return bytes.fromhex(sha256_hex) if form is DigestForm.RAW else sha256_hex.encode("ascii")


def fingerprint(payload: bytes, timestamp_s: int | str, form: DigestForm = DigestForm.RAW) -> bytes:
    return _fingerprint_of(hashlib.sha256(payload + appended(timestamp_s)).hexdigest(), form)


def _raw_key(key: str | bytes) -> bytes:
    return key.encode("utf-8") if isinstance(key, str) else key


def sign(key: str | bytes, payload: bytes, timestamp_s: int | str, form: DigestForm = DigestForm.RAW) -> str:
    mac = hmac.new(_raw_key(key), fingerprint(payload, timestamp_s, form), hashlib.sha256).digest()
    return base64.b64encode(mac).decode("ascii")


def verify(
    key: str | bytes,
    *,
    timestamp: str | None,
    signature: str | None,
    payload: bytes | None,
    now_s: int,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
    form: DigestForm = DigestForm.RAW,
    payload_sha256: str | None = None,
) -> Verdict:
    """Constant-time check, after the timestamp's (adapters.webhook.signature.stamp_refusal). `payload` None: with
    `payload_sha256` (the hex SHA-256 of the payload then `appended(timestamp)`, hashed as the body was read) the
    check is whole, as with the payload; without it, before the body is read, only what the headers alone refuse is
    (no signature, a timestamp missing or stale, a signature that is not canonical base64), and a VALID then is not
    the verdict: this again, with the body or its hash, checks it."""
    stamp = (timestamp or "").strip()
    if not signature:
        return Verdict.MALFORMED
    if (refused := stamp_refusal(stamp, now_s, tolerance_s)) is not None:
        return refused
    text = signature.strip()
    try:
        given = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return Verdict.MALFORMED
    # b64decode ignores the unused low bits of the last character: "...xQ=" and "...xR=" give the same bytes.
    # Only the canonical text is a signature, so no character of it can change and still verify.
    if base64.b64encode(given).decode("ascii") != text:
        return Verdict.MALFORMED
    if payload is not None:
        signed = fingerprint(payload, stamp, form)
    elif payload_sha256 is not None:
        signed = _fingerprint_of(payload_sha256, form)
    else:
        return Verdict.VALID  # so far: the signature is checked once the body is read
    expected = hmac.new(_raw_key(key), signed, hashlib.sha256).digest()
    return Verdict.VALID if hmac.compare_digest(expected, given) else Verdict.BAD_SIGNATURE
