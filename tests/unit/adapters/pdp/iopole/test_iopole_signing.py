from __future__ import annotations

from adapters.pdp.iopole.signing import canonical_string, sign, signed_headers, verify
from adapters.webhook.signature import Verdict

SECRET = "0123456789abcdef0123456789abcdef"
BODY = b'{"invoiceId":"abc"}'
BODY_SHA256 = "c577419d19e79fcd16f27917c44574647aa39533984f590adf86f1c32800639c"
PATH = "/webhooks/iopole/status?tenant=acme"
TS = 1_700_000_000_000
# hex HMAC-SHA256(SECRET, "1700000000000\nPOST\n/webhooks/iopole/status?tenant=acme\n" + BODY_SHA256)
EXPECTED = "f66996bf9a4074e0aa34ae49b7e1e1b92b2b6296d88b2edb770bd18d1119e370"


def check(**overrides: object) -> Verdict:
    args: dict[str, object] = {
        "timestamp": str(TS),
        "signature": EXPECTED,
        "method": "POST",
        "path_with_query": PATH,
        "payload": BODY,
        "now_ms": TS + 1_000,
    }
    args.update(overrides)
    return verify(SECRET, **args)  # type: ignore[arg-type]


def test_canonical_string_is_timestamp_method_path_and_payload_hash_on_four_lines() -> None:
    assert canonical_string(TS, "post", PATH, BODY_SHA256) == f"{TS}\nPOST\n{PATH}\n{BODY_SHA256}"


def test_signature_matches_the_known_vector() -> None:
    assert sign(SECRET, timestamp_ms=TS, method="POST", path_with_query=PATH, payload=BODY) == EXPECTED


def test_signed_headers_carry_ms_timestamp_hex_signature_checksum_and_keys() -> None:
    headers = signed_headers(
        SECRET,
        timestamp_ms=TS,
        method="POST",
        path_with_query=PATH,
        payload=BODY,
        idempotency_key="k-1",
        target_address="0225:732829320",
    )

    assert headers == {
        "X-Timestamp": str(TS),
        "X-Signature": EXPECTED,
        "X-Checksum": BODY_SHA256,
        "X-Idempotency-Key": "k-1",
        "X-Target-Electronic-Address": "0225:732829320",
    }


def test_a_genuine_callback_verifies() -> None:
    assert check() is Verdict.VALID
    assert check(signature=EXPECTED.upper(), payload_checksum=BODY_SHA256).ok


def test_a_tampered_payload_path_method_or_key_fails() -> None:
    assert check(payload=BODY + b" ") is Verdict.BAD_SIGNATURE
    assert check(path_with_query="/webhooks/iopole/status") is Verdict.BAD_SIGNATURE
    assert check(method="PUT") is Verdict.BAD_SIGNATURE
    assert (
        verify(
            "another-secret",
            timestamp=str(TS),
            signature=EXPECTED,
            method="POST",
            path_with_query=PATH,
            payload=BODY,
            now_ms=TS,
        )
        is Verdict.BAD_SIGNATURE
    )


def test_timestamps_outside_the_window_are_stale_in_both_directions() -> None:
    assert check(now_ms=TS + 5 * 60_000 + 1) is Verdict.STALE
    assert check(now_ms=TS - 5 * 60_000 - 1) is Verdict.STALE
    assert check(now_ms=TS + 5 * 60_000) is Verdict.VALID


def test_missing_or_garbled_headers_are_malformed() -> None:
    assert check(timestamp=None) is Verdict.MALFORMED
    assert check(signature="") is Verdict.MALFORMED
    assert check(timestamp="17e11") is Verdict.MALFORMED


def test_a_checksum_header_that_disagrees_with_the_payload_is_rejected() -> None:
    assert check(payload_checksum="00" * 32) is Verdict.CHECKSUM_MISMATCH


def test_a_signature_or_checksum_that_is_not_ascii_is_refused_not_an_error() -> None:
    """Headers are read as Latin-1: `é` reaches the comparison, which refuses non-ASCII text with a TypeError (500)."""
    assert check(signature="é" * 64) is Verdict.BAD_SIGNATURE
    assert check(payload_checksum="é" * 64) is Verdict.CHECKSUM_MISMATCH
    assert check(payload=None, payload_checksum="é" * 64) is Verdict.BAD_SIGNATURE


def test_before_the_payload_the_signature_is_checked_over_the_claimed_checksum() -> None:
    assert check(payload=None, payload_checksum=BODY_SHA256) is Verdict.VALID
    assert check(payload=None, payload_checksum=BODY_SHA256.upper()) is Verdict.VALID
    assert check(payload=None, payload_checksum=f" {BODY_SHA256} ") is Verdict.VALID  # read as sent: spaces
    assert check(payload=None, payload_checksum="0" * 64) is Verdict.BAD_SIGNATURE

    # Nothing claimed: only what the headers alone refuse, before the payload (its signature is checked with it).
    assert check(payload=None) is Verdict.VALID
    assert check(payload=None, signature="0" * 63) is Verdict.BAD_SIGNATURE  # cannot be a hex HMAC-SHA256
    assert check(payload=None, signature="é" * 64) is Verdict.BAD_SIGNATURE
    assert check(payload=None, now_ms=TS + 5 * 60_000 + 1) is Verdict.STALE
