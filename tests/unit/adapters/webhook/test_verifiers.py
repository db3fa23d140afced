"""The verifiers' own settings (tolerance, clock, key as bytes) and the headers IOPOLE signs."""

from __future__ import annotations

import time

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.afnor.verifier import AfnorVerifier
from adapters.pdp.iopole import signing as iopole_signing
from adapters.pdp.iopole.verifier import IopoleVerifier
from adapters.pdp.secret import Secret
from adapters.webhook.signature import SignedRequest, Verdict, wall_clock_ms

SECRET = "0123456789abcdef0123456789abcdef"
PAYLOAD = b'{"invoiceId":"abc"}'
PATH = "/webhooks/iopole/status"
NOW_MS = 1_763_632_800_000


def _iopole_request(timestamp_ms: int) -> SignedRequest:
    headers = iopole_signing.signed_headers(
        SECRET,
        timestamp_ms=timestamp_ms,
        method="POST",
        path_with_query=PATH,
        payload=PAYLOAD,
        idempotency_key="k",
    )
    return SignedRequest("POST", PATH, headers, PAYLOAD)


def test_the_iopole_verifier_applies_its_own_tolerance() -> None:
    strict = IopoleVerifier(Secret(SECRET), tolerance_ms=1_000, now_ms=lambda: NOW_MS)
    assert strict.verify(_iopole_request(NOW_MS - 1_000)) is Verdict.VALID
    assert strict.verify(_iopole_request(NOW_MS - 2_000)) is Verdict.STALE
    assert IopoleVerifier(Secret(SECRET), now_ms=lambda: NOW_MS).verify(_iopole_request(NOW_MS - 2_000)).ok


def test_the_afnor_verifier_applies_its_own_tolerance_in_seconds() -> None:
    def request(timestamp_s: int) -> SignedRequest:
        headers = {
            "Afnor-Signature": afnor_signing.sign(SECRET, PAYLOAD, timestamp_s),
            "Afnor-Signature-Timestamp": str(timestamp_s),
        }
        return SignedRequest("POST", "/webhooks/afnor/flow", headers, PAYLOAD)

    # 999 ms into the second: the verifier counts whole seconds, as the header does
    strict = AfnorVerifier(Secret(SECRET), tolerance_s=10, now_ms=lambda: NOW_MS + 999)
    assert strict.verify(request(NOW_MS // 1000 - 10)) is Verdict.VALID
    assert strict.verify(request(NOW_MS // 1000 + 10)) is Verdict.VALID
    assert strict.verify(request(NOW_MS // 1000 - 11)) is Verdict.STALE


def test_keys_given_as_bytes_sign_like_their_utf8_text() -> None:
    assert afnor_signing.sign(SECRET.encode(), PAYLOAD, 1) == afnor_signing.sign(SECRET, PAYLOAD, 1)
    as_bytes = iopole_signing.sign(
        SECRET.encode(), timestamp_ms=1, method="POST", path_with_query=PATH, payload=PAYLOAD
    )
    assert as_bytes == iopole_signing.sign(
        SECRET, timestamp_ms=1, method="POST", path_with_query=PATH, payload=PAYLOAD
    )
    verdict = iopole_signing.verify(
        SECRET.encode(),
        timestamp=str(NOW_MS),
        signature=iopole_signing.sign(
            SECRET, timestamp_ms=NOW_MS, method="POST", path_with_query=PATH, payload=PAYLOAD
        ),
        method="POST",
        path_with_query=PATH,
        payload=PAYLOAD,
        now_ms=NOW_MS,
    )
    assert verdict is Verdict.VALID


def test_signed_headers_without_a_target_address_carry_none() -> None:
    headers = iopole_signing.signed_headers(
        SECRET, timestamp_ms=NOW_MS, method="POST", path_with_query=PATH, payload=PAYLOAD, idempotency_key="k"
    )
    assert set(headers) == {"X-Timestamp", "X-Signature", "X-Checksum", "X-Idempotency-Key"}


def test_the_wall_clock_is_whole_milliseconds_since_the_epoch() -> None:
    before = time.time_ns() // 1_000_000
    now = wall_clock_ms()
    after = time.time_ns() // 1_000_000
    assert isinstance(now, int) and before <= now <= after
