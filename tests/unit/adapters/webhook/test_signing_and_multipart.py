"""AFNOR signature forms, IOPOLE verifier edge cases and the in-memory multipart splitter."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from adapters.multipart import FormFacts, MalformedMultipart, parse_form
from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.afnor.verifier import AfnorVerifier
from adapters.pdp.iopole import signing as iopole_signing
from adapters.pdp.iopole.verifier import IopoleVerifier
from adapters.pdp.secret import Secret
from adapters.webhook.signature import SignedRequest, Verdict

KEY = "k" * 43
PAYLOAD = b'{"flowId":"f-1","updatedAt":"2026-11-20T10:00:00Z"}'


def test_afnor_signature_is_base64_hmac_of_the_raw_digest_of_payload_at_timestamp() -> None:
    digest = hashlib.sha256(PAYLOAD + b"@1763632800").digest()
    expected = base64.b64encode(hmac.new(KEY.encode(), digest, hashlib.sha256).digest()).decode()
    assert afnor_signing.sign(KEY, PAYLOAD, 1763632800) == expected


def test_the_hex_digest_form_is_a_different_signature_and_checks_only_in_that_form() -> None:
    hexed = afnor_signing.sign(KEY, PAYLOAD, 1763632800, DigestForm.HEX)
    assert hexed != afnor_signing.sign(KEY, PAYLOAD, 1763632800)
    args = {"timestamp": "1763632800", "signature": hexed, "payload": PAYLOAD, "now_s": 1763632800}
    assert afnor_signing.verify(KEY, form=DigestForm.HEX, **args) is Verdict.VALID
    assert afnor_signing.verify(KEY, **args) is Verdict.BAD_SIGNATURE


@pytest.mark.parametrize(
    ("timestamp", "signature", "now", "verdict"),
    [
        ("1763632800", None, 1763632800, Verdict.MALFORMED),
        ("soon", "AAAA", 1763632800, Verdict.MALFORMED),
        ("1763632800", "not base64!", 1763632800, Verdict.MALFORMED),
        ("1763632800", "AAAA", 1763632800 + 301, Verdict.STALE),
        ("1763632800", "AAAA", 1763632800 - 301, Verdict.STALE),
    ],
)
def test_afnor_refusals(timestamp, signature, now, verdict) -> None:
    assert (
        afnor_signing.verify(KEY, timestamp=timestamp, signature=signature, payload=PAYLOAD, now_s=now)
        is verdict
    )


def test_verifiers_without_a_configured_secret_refuse_everything() -> None:
    request = SignedRequest("POST", "/webhooks/afnor/flow", {}, PAYLOAD)
    assert AfnorVerifier(Secret("")).verify(request) is Verdict.BAD_SIGNATURE
    assert IopoleVerifier(Secret("")).verify(request) is Verdict.BAD_SIGNATURE


def test_an_iopole_checksum_header_that_does_not_match_the_payload_is_refused() -> None:
    headers = {"X-Timestamp": "1000", "X-Signature": "00", "X-Checksum": "ab" * 32}
    verifier = IopoleVerifier(Secret(KEY), now_ms=lambda: 1000)
    assert verifier.verify(SignedRequest("POST", "/x", headers, PAYLOAD)) is Verdict.CHECKSUM_MISMATCH


def test_secrets_stay_out_of_reprs() -> None:
    assert KEY not in repr(IopoleVerifier(Secret(KEY))) and KEY not in repr(AfnorVerifier(Secret(KEY)))


BODY = (
    b'--b0\r\nContent-Disposition: form-data; name="invoiceId"\r\n\r\ninv-1\r\n'
    b'--b0\r\nContent-Disposition: form-data; name="file"; filename="a.xml"\r\n'
    b"Content-Type: application/xml\r\n\r\n<x>\r\n</x>\r\n--b0--\r\n"
)


def test_the_file_part_is_split_out_byte_for_byte() -> None:
    form = parse_form(BODY, "multipart/form-data; boundary=b0")
    file = form.file()
    assert file is not None and bytes(file.data) == b"<x>\r\n</x>" and file.filename == "a.xml"
    assert form.fields == {"invoiceId": "inv-1"}


MALFORMED = [
    (BODY, "application/json"),
    (BODY, "multipart/form-data"),
    (BODY[:-9], "multipart/form-data; boundary=b0"),
    (b"garbage", "multipart/form-data; boundary=b0"),
]


@pytest.mark.parametrize(("body", "content_type"), MALFORMED)
def test_malformed_multipart_is_reported(body, content_type) -> None:
    with pytest.raises(MalformedMultipart):
        parse_form(body, content_type)


def _facts(body: bytes, content_type: str, piece: int) -> FormFacts:
    facts = FormFacts(content_type)
    for start in range(0, len(body), piece):
        facts.write(body[start : start + piece])
    facts.finish()
    return facts


def _digest(body: bytes, content_type: str, piece: int) -> str | None:
    return _facts(body, content_type, piece).file_sha256


TWO_FILES = (
    b'--b0\r\nContent-Disposition: form-data; name="file"; filename="first.xml"\r\n\r\n\r\n'
    b'--b0\r\nContent-Disposition: form-data; name="file"; filename="second.xml"\r\n\r\n<y/>\r\n--b0--\r\n'
)


@pytest.mark.parametrize("body", [BODY, TWO_FILES], ids=["one-file", "an-empty-file-then-another"])
@pytest.mark.parametrize("piece", [1, 2, 7, 64, 1 << 20])
def test_the_file_part_hashed_as_the_body_comes_is_the_split_file_parts_hash(body, piece) -> None:
    """Whatever the pieces the body comes in, the hash is of the part parse_form gives (the first `file`)."""
    form = parse_form(body, "multipart/form-data; boundary=b0")
    file = form.file()
    assert file is not None
    expected = hashlib.sha256(bytes(file.data)).hexdigest()
    facts = _facts(body, "multipart/form-data; boundary=b0", piece)
    assert (facts.file_sha256, facts.fields, facts.problem) == (expected, form.fields, "")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        *MALFORMED,
        (BODY.replace(b'name="file"; filename="a.xml"', b'name="other"'), "multipart/form-data; boundary=b0"),
    ],
)
def test_a_body_with_no_file_part_to_hash_has_no_digest(body, content_type) -> None:
    facts = _facts(body, content_type, 3)
    assert facts.file_sha256 is None
    assert facts.problem != ""


def test_a_fields_first_bytes_are_kept_as_the_body_comes_not_the_whole_field() -> None:
    """Its fields name the delivery (invoiceId): kept up to FIELD_BYTES, so that a field of 100 MiB costs no memory."""
    body = BODY.replace(b"inv-1", b"i" * (1 << 20))
    facts = _facts(body, "multipart/form-data; boundary=b0", 4096)
    assert facts.fields == {"invoiceId": "i" * 4096}
    assert facts.file_sha256 == hashlib.sha256(b"<x>\r\n</x>").hexdigest()


def test_an_iopole_signature_is_checked_whole_over_the_payloads_hash_taken_while_reading() -> None:
    stamp = 1000
    good = iopole_signing.sign(KEY, timestamp_ms=stamp, method="POST", path_with_query="/x", payload=PAYLOAD)
    verifier = IopoleVerifier(Secret(KEY), now_ms=lambda: stamp)
    sha = hashlib.sha256(PAYLOAD).hexdigest()

    def verdict(signature: str, headers: dict[str, str] | None = None) -> Verdict:
        signed = {"X-Timestamp": str(stamp), "X-Signature": signature, **(headers or {})}
        return verifier.verify(SignedRequest("POST", "/x", signed, None, payload_sha256=sha))

    assert verdict(good) is Verdict.VALID
    assert verdict("0" * 64) is Verdict.BAD_SIGNATURE  # of the right form, refuted by the hash
    assert verdict(good, {"X-Checksum": "ab" * 32}) is Verdict.CHECKSUM_MISMATCH
    assert verdict(good, {"X-Checksum": sha.upper()}) is Verdict.VALID
