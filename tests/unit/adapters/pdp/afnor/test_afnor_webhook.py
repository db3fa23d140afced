"""The AFNOR webhook side as serve builds it from the settings: AFNOR_SIGNATURE_DIGEST picks the reading (the other
is refused), a value that is neither stops the start-up naming the setting."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.applications import Starlette

from adapters.pdp.afnor import signing
from adapters.pdp.afnor.signing import DigestForm, digest_form
from adapters.pdp.afnor.webhook import receivers
from adapters.webhook.signature import SignedRequest, Verdict
from domain.platform import PlatformConfigError
from tests.fakes import InMemoryDeliveryStore
from tests.support.webhooks import PulledBody, call_app, now_ms, platform_routes

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


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda now: {signing.TIMESTAMP_HEADER: str(now)}, id="unsigned"),
        pytest.param(
            lambda now: {signing.TIMESTAMP_HEADER: str(now - 3600), signing.SIGNATURE_HEADER: "AAAA"},
            id="stale",
        ),
        pytest.param(
            lambda now: {signing.TIMESTAMP_HEADER: str(now), signing.SIGNATURE_HEADER: "not base64!"},
            id="not-base64",
        ),
    ],
)
async def test_a_flow_callback_the_headers_refute_is_refused_before_its_body_is_read(headers: Any) -> None:
    """AFNOR signs the body with its timestamp: what the headers alone refute (no signature, stale, not a
    signature at all) costs none of the body (up to WEBHOOK_MAX_BODY_BYTES), the 401 before its first piece."""
    store = InMemoryDeliveryStore()
    app = Starlette(routes=platform_routes(store))
    body = PulledBody(100, b"x" * 65536)
    sent = headers(now_ms() // 1000) | {"Content-Type": "application/json"}
    assert await call_app(app, signing.WEBHOOK_PATH, sent, body) == 401
    assert body.pulled == 0
    assert store.deliveries == []
