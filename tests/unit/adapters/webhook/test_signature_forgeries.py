"""Forged webhook signatures, through the verifiers the routes use: truncated, one character, one character off.

A comparison that accepts a prefix of the expected signature lets a one-character signature through about one time
in sixteen (hex) or sixty-four (base64); these tests send every prefix and every one-character change of a genuine
signature, so such a comparison fails here every time.
"""

from __future__ import annotations

import string

import pytest

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.afnor.verifier import AfnorVerifier
from adapters.pdp.iopole import signing as iopole_signing
from adapters.pdp.iopole.verifier import IopoleVerifier
from adapters.pdp.secret import Secret
from adapters.webhook.signature import SignedRequest, Verdict

SECRET = "0123456789abcdef0123456789abcdef"
PAYLOAD = b'{"invoiceId":"abc","status":"203"}'
PATH = "/webhooks/iopole/status?tenant=acme"
NOW_MS = 1_763_632_800_000
B64 = string.ascii_letters + string.digits + "+/"


# ----------------------------------------------------------------------------------------------------- IOPOLE
def _iopole(signature: str | None) -> Verdict:
    headers = {"X-Timestamp": str(NOW_MS)}
    if signature is not None:
        headers["X-Signature"] = signature
    request = SignedRequest("POST", PATH, headers, PAYLOAD)
    return IopoleVerifier(Secret(SECRET), now_ms=lambda: NOW_MS).verify(request)


GENUINE_HEX = iopole_signing.sign(
    SECRET, timestamp_ms=NOW_MS, method="POST", path_with_query=PATH, payload=PAYLOAD
)


def test_the_genuine_iopole_signature_verifies_in_either_case() -> None:
    assert _iopole(GENUINE_HEX) is Verdict.VALID
    assert _iopole(GENUINE_HEX.upper()) is Verdict.VALID


@pytest.mark.parametrize("length", range(1, 64))
def test_every_truncated_iopole_signature_is_refused(length: int) -> None:
    assert _iopole(GENUINE_HEX[:length]) is Verdict.BAD_SIGNATURE


@pytest.mark.parametrize("char", "0123456789abcdef")
def test_every_one_character_iopole_signature_is_refused(char: str) -> None:
    assert _iopole(char) is Verdict.BAD_SIGNATURE


@pytest.mark.parametrize("position", range(64))
def test_every_iopole_signature_one_character_off_is_refused(position: int) -> None:
    for char in "0123456789abcdef":
        if char == GENUINE_HEX[position]:
            continue
        forged = GENUINE_HEX[:position] + char + GENUINE_HEX[position + 1 :]
        assert _iopole(forged) is Verdict.BAD_SIGNATURE, forged


@pytest.mark.parametrize(
    "forged", [GENUINE_HEX + "0", GENUINE_HEX + GENUINE_HEX, "0" + GENUINE_HEX, "0" * 64]
)
def test_longer_or_blank_iopole_signatures_are_refused(forged: str) -> None:
    assert _iopole(forged) is Verdict.BAD_SIGNATURE


@pytest.mark.parametrize("blank", [None, ""])
def test_a_missing_iopole_signature_is_malformed(blank: str | None) -> None:
    assert _iopole(blank) is Verdict.MALFORMED


# ------------------------------------------------------------------------------------------------------ AFNOR
def _afnor(signature: str | None, form: DigestForm = DigestForm.RAW) -> Verdict:
    headers = {"Afnor-Signature-Timestamp": str(NOW_MS // 1000)}
    if signature is not None:
        headers["Afnor-Signature"] = signature
    request = SignedRequest("POST", "/webhooks/afnor/flow", headers, PAYLOAD)
    return AfnorVerifier(Secret(SECRET), form=form, now_ms=lambda: NOW_MS).verify(request)


GENUINE_B64 = afnor_signing.sign(SECRET, PAYLOAD, NOW_MS // 1000)
REFUSED = {Verdict.BAD_SIGNATURE, Verdict.MALFORMED}


def test_the_genuine_afnor_signature_verifies_in_its_form_only() -> None:
    assert len(GENUINE_B64) == 44 and GENUINE_B64.endswith("=")
    assert _afnor(GENUINE_B64) is Verdict.VALID
    assert _afnor(GENUINE_B64, DigestForm.HEX) is Verdict.BAD_SIGNATURE


@pytest.mark.parametrize("length", range(1, 44))
def test_every_truncated_afnor_signature_is_refused(length: int) -> None:
    assert _afnor(GENUINE_B64[:length]) in REFUSED


@pytest.mark.parametrize("length", [4, 8, 12, 40])
def test_a_truncated_afnor_signature_that_is_valid_base64_is_a_bad_signature(length: int) -> None:
    # whole base64 quanta decode to a prefix of the expected MAC: refused as a signature, not as garbage
    assert _afnor(GENUINE_B64[:length]) is Verdict.BAD_SIGNATURE


@pytest.mark.parametrize("char", B64)
def test_every_one_character_afnor_signature_is_refused(char: str) -> None:
    assert _afnor(char) in REFUSED
    assert _afnor(char + "===") in REFUSED


@pytest.mark.parametrize("position", range(43))
def test_every_afnor_signature_one_character_off_is_refused(position: int) -> None:
    for char in B64:
        if char == GENUINE_B64[position]:
            continue
        forged = GENUINE_B64[:position] + char + GENUINE_B64[position + 1 :]
        assert _afnor(forged) in REFUSED, forged


@pytest.mark.parametrize("forged", [GENUINE_B64[:-1] + "AAAA", "A" * 43 + "=", "AAAA" + GENUINE_B64])
def test_longer_or_blank_afnor_signatures_are_refused(forged: str) -> None:
    assert _afnor(forged) in REFUSED


@pytest.mark.parametrize("blank", [None, ""])
def test_a_missing_afnor_signature_is_malformed(blank: str | None) -> None:
    assert _afnor(blank) is Verdict.MALFORMED
