"""The IOPOLE e-reporting adapter over an in-process HTTP transport: exact number literals, outcomes, no resend."""

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import httpx
import pytest

from adapters.pdp.calls import PlatformSession
from adapters.pdp.iopole.client import PLATFORM
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.iopole.reporting import IopoleReportingGateway, encode_body
from adapters.pdp.oauth_token import OAuthClient
from adapters.pdp.secret import Secret
from domain.platform import PlatformAuthError, PlatformOutcomeUnknown, PlatformRejected, PlatformUnavailable
from domain.reporting.b2c import B2cCategory, B2cTransaction
from domain.reporting.payloads import ReportingRequest, b2c_bodies_from_transactions

CONFIG = IopoleConfig(
    api_base="https://api.test",
    oauth=OAuthClient("https://auth.test/token", "me@example.com", Secret("s3cret")),
    customer_id="cust-1",
)
REQUEST = ReportingRequest("/v1/reporting/transaction/scheme/0002/value/732829320", {"x": 1})


def gateway(
    answer: Callable[[httpx.Request], httpx.Response], seen: list[httpx.Request]
) -> IopoleReportingGateway:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": f"tok-{len(seen)}", "expires_in": 600})
        seen.append(request)
        return answer(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
    return IopoleReportingGateway(
        PlatformSession.for_client(PLATFORM, http, CONFIG.oauth, CONFIG.timeouts), CONFIG
    )


def test_amounts_and_rates_are_json_number_literals_and_collected_amount_stays_a_string() -> None:
    body = b2c_bodies_from_transactions(
        [
            B2cTransaction(
                "k",
                date(2026, 9, 3),
                B2cCategory.TLB1,
                "EUR",
                Decimal("5.5"),
                Decimal("1200.10"),
                Decimal("66.01"),
            )
        ]
    )[0]
    text = encode_body({**body, "payment": {"taxRate": "20", "collectedAmount": "1200.00"}})

    assert '"percent":5.5' in text and '"amount":1200.10' in text and '"amount":1266.11' in text
    assert '"collectedAmount":"1200.00"' in text and '"taxRate":20' in text
    assert json.loads(text, parse_float=Decimal)["transactions"][0]["taxDetails"][0]["taxableAmount"] == {
        "amount": Decimal("1200.10")
    }


def test_a_float_is_refused() -> None:
    with pytest.raises(TypeError):
        encode_body({"amount": 1.1})


async def test_a_202_is_accepted_with_the_headers_iopole_requires() -> None:
    seen: list[httpx.Request] = []
    ref = await gateway(lambda r: httpx.Response(202, json={"id": "rep-7"}), seen).send("732829320", REQUEST)

    assert ref == "rep-7" and len(seen) == 1
    assert seen[0].headers["customer-id"] == "cust-1" and seen[0].headers["authorization"].startswith(
        "Bearer tok"
    )
    assert seen[0].headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, PlatformRejected),
        (503, PlatformOutcomeUnknown),  # the report was sent: a 503 does not prove it was not taken
        (429, PlatformUnavailable),
        (500, PlatformOutcomeUnknown),
    ],
)
async def test_each_answer_maps_to_one_outcome_and_is_sent_once(status: int, error: type[Exception]) -> None:
    seen: list[httpx.Request] = []
    body = [{"path": ["transactions", 0, "categoryCode"], "code": "invalid", "message": "bad"}]

    with pytest.raises(error):
        await gateway(lambda r: httpx.Response(status, json=body), seen).send("732829320", REQUEST)

    assert len(seen) == 1  # no retry here: the outbox decides, and IOPOLE does not deduplicate


async def test_a_timeout_after_sending_is_an_unknown_outcome() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(PlatformOutcomeUnknown):
        await gateway(timeout, []).send("732829320", REQUEST)


async def test_a_401_refreshes_the_token_once() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(PlatformAuthError):
        await gateway(lambda r: httpx.Response(401), seen).send("732829320", REQUEST)
    assert len(seen) == 2


async def test_a_429_tells_the_relay_how_long_iopole_asked_it_to_wait() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(PlatformUnavailable) as refused:
        await gateway(lambda r: httpx.Response(429, headers={"Retry-After": "7"}), seen).send(
            "732829320", REQUEST
        )
    assert refused.value.retry_after == 7 and len(seen) == 1
