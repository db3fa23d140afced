from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from adapters.pdp.oauth_token import (
    DEFAULT_LIFETIME_S,
    MAX_LIFETIME_S,
    MAX_TOKEN_CHARS,
    REFRESH_MARGIN_S,
    OAuthClient,
    TokenProvider,
    refresh_after,
)
from adapters.pdp.secret import Secret
from domain.platform import PlatformAuthError, PlatformConfigError, PlatformUnavailable

AUTH_URL = "https://auth.example.test/realms/iopole/protocol/openid-connect/token"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TokenEndpoint:
    """In-memory Keycloak stand-in: counts requests, can hold them until released."""

    def __init__(self, expires_in: int = 600, status: int = 200) -> None:
        self.expires_in = expires_in
        self.status = status
        self.requests: list[httpx.Request] = []
        self.release = asyncio.Event()
        self.release.set()
        self.entered = asyncio.Event()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.entered.set()
        await self.release.wait()
        if self.status != 200:
            return httpx.Response(self.status, json={"error": "invalid_client"})
        return httpx.Response(
            200, json={"access_token": f"tok-{len(self.requests)}", "expires_in": self.expires_in}
        )


def provider(endpoint: TokenEndpoint, clock: FakeClock) -> TokenProvider:
    http = httpx.AsyncClient(transport=httpx.MockTransport(endpoint))
    return TokenProvider(
        http,
        client=OAuthClient(AUTH_URL, "me@example.com", Secret("s3cr3t-value")),
        timeout=httpx.Timeout(5.0),
        platform="IOPOLE",
        clock=clock,
    )


@pytest.mark.parametrize(("expires_in", "used_for"), [(600, 540), (1740, 1680), (100, 50), (30, 15)])
def test_refresh_margin_is_sixty_seconds_but_never_more_than_half_the_lifetime(
    expires_in: int, used_for: float
) -> None:
    assert refresh_after(expires_in) == used_for


async def test_the_request_is_form_encoded_client_credentials() -> None:
    endpoint = TokenEndpoint()
    await provider(endpoint, FakeClock()).get()

    [request] = endpoint.requests
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert dict(httpx.QueryParams(request.content.decode())) == {
        "grant_type": "client_credentials",
        "client_id": "me@example.com",
        "client_secret": "s3cr3t-value",
    }


async def test_the_token_is_cached_until_its_refresh_time() -> None:
    endpoint, clock = TokenEndpoint(expires_in=600), FakeClock()
    tokens = provider(endpoint, clock)

    first = await tokens.get()
    clock.now += 539
    assert await tokens.get() == first
    clock.now += 1
    assert await tokens.get() != first
    assert len(endpoint.requests) == 2


async def test_concurrent_callers_share_one_refresh() -> None:
    endpoint = TokenEndpoint()
    endpoint.release.clear()
    tokens = provider(endpoint, FakeClock())

    waiting = [asyncio.ensure_future(tokens.get()) for _ in range(10)]
    await endpoint.entered.wait()
    endpoint.release.set()
    results = await asyncio.gather(*waiting)

    assert set(results) == {"tok-1"}
    assert len(endpoint.requests) == 1


async def test_invalidate_drops_only_the_token_that_failed() -> None:
    endpoint = TokenEndpoint()
    tokens = provider(endpoint, FakeClock())
    first = await tokens.get()

    tokens.invalidate("some-older-token")
    assert await tokens.get() == first
    tokens.invalidate(first)
    assert await tokens.get() == "tok-2"


async def test_refused_credentials_are_an_auth_error_and_5xx_is_unavailable() -> None:
    with pytest.raises(PlatformAuthError):
        await provider(TokenEndpoint(status=401), FakeClock()).get()
    with pytest.raises(PlatformUnavailable):
        await provider(TokenEndpoint(status=502), FakeClock()).get()
    with pytest.raises(PlatformUnavailable):  # not received whole in time: not a refusal of our credentials
        await provider(TokenEndpoint(status=408), FakeClock()).get()


async def test_the_token_and_secret_stay_out_of_reprs() -> None:
    endpoint = TokenEndpoint()
    tokens = provider(endpoint, FakeClock())
    token = await tokens.get()

    shown = repr(tokens) + repr(tokens._cached) + str(Secret("s3cr3t-value"))
    assert token not in shown and "s3cr3t-value" not in shown
    assert json.dumps(repr(Secret("x"))) == "\"Secret('********')\""


@pytest.mark.parametrize("expires_in", ["NaN", "nan", "Infinity"])
async def test_a_lifetime_that_is_not_a_finite_number_is_refused(expires_in: object) -> None:
    # NaN compares false with every clock reading: the token would be fetched again on every call, for ever.
    endpoint = TokenEndpoint(expires_in=expires_in)  # type: ignore[arg-type]  # what a broken endpoint sends

    with pytest.raises(PlatformUnavailable, match="expires_in"):
        await provider(endpoint, FakeClock()).get()


class NoLifetimeEndpoint(TokenEndpoint):
    """A token endpoint that gives no expires_in (RFC 6749 §5.1: RECOMMENDED, not required), or null."""

    def __init__(self, body: dict[str, object]) -> None:
        super().__init__()
        self.body = body

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"access_token": f"tok-{len(self.requests)}", **self.body})


@pytest.mark.parametrize("body", [{}, {"expires_in": None}], ids=["absent", "null"])
async def test_a_token_without_a_lifetime_is_used_for_a_default_one_then_asked_again(
    body: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    """Refused, every call of the platform failed as refused credentials until the invoices were FAILED."""
    caplog.set_level("INFO", logger="adapters.pdp.oauth_token")
    endpoint, clock = NoLifetimeEndpoint(body), FakeClock()
    tokens = provider(endpoint, clock)

    assert await tokens.get() == "tok-1"
    clock.now += refresh_after(DEFAULT_LIFETIME_S) - 1
    assert await tokens.get() == "tok-1"
    clock.now += 1
    assert await tokens.get() == "tok-2"
    assert "without expires_in" in caplog.text and "tok-1" not in caplog.text


@pytest.mark.parametrize("expires_in", [0, -30])
async def test_a_token_already_expired_is_refused_saying_so(expires_in: int) -> None:
    endpoint = TokenEndpoint(expires_in=expires_in)
    with pytest.raises(PlatformUnavailable, match=f"already expired \\(expires_in {expires_in}\\)"):
        await provider(endpoint, FakeClock()).get()


class RedirectingEndpoint(TokenEndpoint):
    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(302, headers={"Location": "https://sso.example.test/login?next=/token"})


async def test_a_token_endpoint_that_redirects_is_a_wrong_address_not_refused_credentials() -> None:
    """It said "refused the client credentials (302)": an operator would rotate a secret that was right. Not followed
    either: the client secret would go to wherever it points."""
    endpoint = RedirectingEndpoint()
    with pytest.raises(
        PlatformConfigError, match="redirect to 'https://sso.example.test/login.*not followed"
    ):
        await provider(endpoint, FakeClock()).get()
    assert len(endpoint.requests) == 1


async def test_calls_waiting_on_a_token_endpoint_that_fails_share_its_failure_not_a_fetch_each() -> None:
    """A token endpoint that hangs (or fails) while many calls need a token: each waiter behind the lock fetched
    again in turn, so the last of N waited N exchanges (16 relay items behind a hanging endpoint: 16 budgets, far
    past their lease). One fetch is under way at a time and those waiting on it get its outcome."""
    endpoint = TokenEndpoint(status=503)
    endpoint.release.clear()  # the endpoint holds every request until released
    tokens = provider(endpoint, FakeClock())
    waiting = [asyncio.create_task(tokens.get()) for _ in range(5)]
    await endpoint.entered.wait()
    for _ in range(10):  # the other calls reach the provider meanwhile
        await asyncio.sleep(0)
    endpoint.release.set()
    outcomes = await asyncio.gather(*waiting, return_exceptions=True)

    assert all(isinstance(o, PlatformUnavailable) for o in outcomes), outcomes
    assert len(endpoint.requests) == 1
    endpoint.status = 200  # the next call after the failure asks again
    assert await tokens.get() == "tok-2"


class TokenOf(TokenEndpoint):
    """A token endpoint answering 200 with `token` as the access_token."""

    def __init__(self, token: object) -> None:
        super().__init__()
        self.token = token

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"access_token": self.token, "expires_in": 600})


@pytest.mark.parametrize(
    "token",
    ["tok-\u20ac", "tok-\u00e9", "tok\r\nX-Injected: 1", "tok\x00", "x" * (MAX_TOKEN_CHARS + 1), {"a": 1}],
    ids=["euro", "latin-1", "crlf", "nul", "too-long", "object"],
)
async def test_a_token_that_cannot_go_in_an_authorization_header_is_refused_at_the_token_endpoint(
    token: object,
) -> None:
    """RFC 6749 §A.12: an access token is visible ASCII. Taken as it came, it failed every platform call later, as a
    bug of ours (a UnicodeEncodeError building the request) or a transport error (h11 refusing CR/LF), until the
    invoices were given up; now the token endpoint's answer is said unusable: the platform's failure (the credentials
    were taken), waited out as its outage."""
    with pytest.raises(PlatformUnavailable, match="usable access_token"):
        await provider(TokenOf(token), FakeClock()).get()


class PortalEndpoint(TokenEndpoint):
    """A maintenance or login portal in front of the token endpoint, answering its page with a 200."""

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        page = b"<!DOCTYPE html><html><body>Maintenance en cours</body></html>"
        return httpx.Response(200, content=page, headers={"Content-Type": "text/html; charset=utf-8"})


async def test_an_html_page_answered_200_by_the_token_endpoint_is_an_outage_not_refused_credentials() -> None:
    """It said "answered without a usable access_token" (PlatformAuthError): every queued item spent an attempt
    each round of a portal's maintenance, and an operator looked at credentials that were right. As every other
    call's (adapters.pdp.outcome), a page is a proxy's or a portal's: the platform is unavailable."""
    with pytest.raises(PlatformUnavailable, match="HTML page"):
        await provider(PortalEndpoint(), FakeClock()).get()


async def test_a_lifetime_past_a_day_is_used_a_day_at_most() -> None:
    """expires_in 1e308 kept one token for ever: a token revoked on the platform's side was tried first on every call."""
    endpoint, clock = TokenEndpoint(expires_in=10**300), FakeClock()
    tokens = provider(endpoint, clock)

    first = await tokens.get()
    clock.now += MAX_LIFETIME_S - REFRESH_MARGIN_S - 1
    assert await tokens.get() == first
    clock.now += 1
    assert await tokens.get() != first
