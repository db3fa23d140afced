"""IOPOLE webhook HMAC signing (pdp-apis.md §1.5), pure functions shared by the simulator and the webhook receiver.

canonical = f"{timestamp_ms}\\n{METHOD}\\n{path_with_query}\\n{sha256hex(payload)}"
signature = hex HMAC-SHA256(secretKey, canonical)
payload   = the bytes of the multipart `file` part for invoice callbacks, the raw body for JSON callbacks.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from adapters.webhook.signature import Verdict, stamp_refusal

INVOICE_WEBHOOK_PATH = "/webhooks/iopole/invoice"  # our routes for this platform's callbacks
STATUS_WEBHOOK_PATH = "/webhooks/iopole/status"
TIMESTAMP_HEADER = "X-Timestamp"
SIGNATURE_HEADER = "X-Signature"
CHECKSUM_HEADER = "X-Checksum"
IDEMPOTENCY_HEADER = "X-Idempotency-Key"
TARGET_ADDRESS_HEADER = "X-Target-Electronic-Address"

DEFAULT_TOLERANCE_MS = 5 * 60 * 1000
SIGNATURE_FORM = re.compile(r"[0-9a-fA-F]{64}")  # hex HMAC-SHA256


def _key(secret: str | bytes) -> bytes:
    return secret.encode("utf-8") if isinstance(secret, str) else secret


def _same(expected: str, given: str) -> bool:
    """Constant-time, as bytes: headers are read as Latin-1, and compare_digest raises on non-ASCII text."""
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def checksum(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def canonical_string(
    timestamp_ms: int | str, method: str, path_with_query: str, payload_checksum: str
) -> str:
    return f"{timestamp_ms}\n{method.upper()}\n{path_with_query}\n{payload_checksum}"


def sign(
    secret: str | bytes, *, timestamp_ms: int | str, method: str, path_with_query: str, payload: bytes
) -> str:
    message = canonical_string(timestamp_ms, method, path_with_query, checksum(payload)).encode("utf-8")
    return hmac.new(_key(secret), message, hashlib.sha256).hexdigest()


def signed_headers(
    secret: str | bytes,
    *,
    timestamp_ms: int,
    method: str,
    path_with_query: str,
    payload: bytes,
    idempotency_key: str,
    target_address: str = "",
) -> dict[str, str]:
    """The headers IOPOLE sends with a signed callback."""
    headers = {
        TIMESTAMP_HEADER: str(timestamp_ms),
        SIGNATURE_HEADER: sign(
            secret, timestamp_ms=timestamp_ms, method=method, path_with_query=path_with_query, payload=payload
        ),
        CHECKSUM_HEADER: checksum(payload),
        IDEMPOTENCY_HEADER: idempotency_key,
    }
    if target_address:
        headers[TARGET_ADDRESS_HEADER] = target_address
    return headers


def verify(
    secret: str | bytes,
    *,
    timestamp: str | None,
    signature: str | None,
    method: str,
    path_with_query: str,
    payload: bytes | None,
    now_ms: int,
    payload_checksum: str | None = None,
    tolerance_ms: int = DEFAULT_TOLERANCE_MS,
    payload_sha256: str | None = None,
) -> Verdict:
    """Check a callback: constant-time comparisons, after the timestamp's (adapters.webhook.signature.stamp_refusal).

    `payload` None, before the payload is split out of its body: with `payload_sha256` (its hex SHA-256, hashed as
    the body was read) the check is whole, as with the payload; else the HMAC is checked over the checksum the
    callback claims (`payload_checksum`, X-Checksum); without either only what the headers alone refuse is (no
    signature, a timestamp missing or stale, a signature that cannot be a hex HMAC-SHA256), and without the payload
    or its hash a VALID is not the verdict: this again, with the payload, checks its checksum and the signature."""
    stamp = timestamp or ""
    if not signature:
        return Verdict.MALFORMED
    if (refused := stamp_refusal(stamp, now_ms, tolerance_ms)) is not None:
        return refused
    computed = checksum(payload) if payload is not None else payload_sha256
    if computed is None and payload_checksum is None:
        # so far: the signature is checked once the payload is hashed
        return Verdict.VALID if SIGNATURE_FORM.fullmatch(signature.strip()) else Verdict.BAD_SIGNATURE
    if computed is None:
        assert payload_checksum is not None  # handled above
        signed = payload_checksum.strip().lower()
    else:
        signed = computed
        if payload_checksum is not None and not _same(payload_checksum.lower(), signed):
            return Verdict.CHECKSUM_MISMATCH
    message = canonical_string(stamp, method, path_with_query, signed).encode("utf-8")
    expected = hmac.new(_key(secret), message, hashlib.sha256).hexdigest()
    if not _same(expected, signature.strip().lower()):
        return Verdict.BAD_SIGNATURE
    return Verdict.VALID
