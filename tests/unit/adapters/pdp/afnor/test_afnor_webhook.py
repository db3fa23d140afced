"""The AFNOR webhook side as serve builds it from the settings: AFNOR_SIGNATURE_DIGEST picks the reading (the other
is refused), a value that is neither stops the start-up naming the setting."""

from __future__ import annotations

import pytest

from adapters.pdp.afnor import signing
from adapters.pdp.afnor.signing import DigestForm, digest_form
from adapters.pdp.afnor.webhook import receivers
from adapters.webhook.signature import SignedRequest, Verdict
from domain.platform import PlatformConfigError

KEY = "a-signing-key-0123456789abcdef"
BODY = b'{"flowId":"F1","updatedAt":"2026-12-06T10:00:00Z"}'


def verdict(settings: dict[str, str], form: DigestForm) -> Verdict:
    [receiver] = receivers(settings, 300)
    timestamp = int(receiver.verifier.now_ms() // 1000)
    headers = {
        signing.TIMESTAMP_HEADER: str(timestamp),
        signing.SIGNATURE_HEADER: signing.sign(KEY, BODY, timestamp, form),
    }
    return receiver.verifier.verify(SignedRequest("POST", signing.WEBHOOK_PATH, headers, BODY))


@pytest.mark.parametrize("setting", ["", "raw", " RAW "])
def test_the_raw_reading_is_the_default_and_hex_is_refused(setting: str) -> None:
    settings = {"AFNOR_WEBHOOK_SIGNING_KEY": KEY, "AFNOR_SIGNATURE_DIGEST": setting}
    assert (verdict(settings, DigestForm.RAW), verdict(settings, DigestForm.HEX)) == (
        Verdict.VALID,
        Verdict.BAD_SIGNATURE,
    )


def test_the_hex_reading_when_set_and_raw_is_refused() -> None:
    settings = {"AFNOR_WEBHOOK_SIGNING_KEY": KEY, "AFNOR_SIGNATURE_DIGEST": "hex"}
    assert (verdict(settings, DigestForm.HEX), verdict(settings, DigestForm.RAW)) == (
        Verdict.VALID,
        Verdict.BAD_SIGNATURE,
    )


def test_without_a_key_every_callback_is_refused() -> None:
    assert verdict({"AFNOR_SIGNATURE_DIGEST": "raw"}, DigestForm.RAW) is Verdict.BAD_SIGNATURE


def test_a_reading_that_is_neither_stops_the_start_up_naming_the_setting() -> None:
    with pytest.raises(
        PlatformConfigError,
        match=r"AFNOR_SIGNATURE_DIGEST must be one of hex, raw \(empty: raw\), not 'sha256'",
    ):
        digest_form({"AFNOR_SIGNATURE_DIGEST": "sha256"})
