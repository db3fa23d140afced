"""call_platform's retries stay within the call's budget: a platform that cannot be reached, slowly, must not keep
an upload's call retrying past the lease of the worker making it (a second worker would then claim the row,
find nothing on the platform, and send, while the first one's next try gets through: two sends)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import parse_qs

import httpx
import pytest

from adapters.pdp.calls import CALL_BUDGET_S, Pacing, PlatformSession, call_platform
from adapters.pdp.exchange import AnswerTooLarge
from adapters.pdp.oauth_token import OAuthClient, TokenProvider
from adapters.pdp.retry import RetryPolicy
from adapters.pdp.secret import Secret
from adapters.pdp.timeouts import Timeouts
from domain.platform import PlatformRejected, PlatformUnavailable
from domain.platform_breaker import Admission, Breaker
from domain.platform_profile import PlatformOptions


class _Tokens:
    timeout = httpx.Timeout(5.0)  # what a token's exchange may take: part of the call's deadline

    async def get(self) -> str:
        return "token"

    def invalidate(self, token: str) -> None:
        raise AssertionError("no 401 here")


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def _unavailable_calls(answer_s: float, attempt_s: float) -> tuple[int, float]:
    """How many tries an upload's call made, each failing to connect after `answer_s` (nothing sent, so it may be
    tried again), and when it gave up."""
    clock, requests = _Clock(), []

    async def send(token: str) -> httpx.Response:
        requests.append(token)
        clock.now += answer_s
        raise httpx.ConnectTimeout("no answer", request=httpx.Request("POST", "http://localhost/upload"))

    async def sleep(delay: float) -> None:
        clock.now += delay

    pacing = Pacing(RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=20.0), sleep, lambda: 0.999, clock)
    with pytest.raises(PlatformUnavailable):
        await _upload(send, pacing, attempt_s=attempt_s)
    return len(requests), clock.now


async def _upload(
    send: Callable[[str], Awaitable[httpx.Response]],
    pacing: Pacing,
    *,
    what: str = "upload",
    platform: str = "test",
    attempt_s: float = 0.0,
    breaker: Breaker | None = None,
) -> httpx.Response:
    """One call of an upload (not idempotent) through `send`, its answer taken as it is."""
    return await call_platform(
        what,
        send,
        lambda response: response,
        platform=platform,
        idempotent=False,
        tokens=cast(TokenProvider, _Tokens()),
        pacing=pacing,
        breaker=breaker or _breaker(pacing.clock),
        attempt_s=attempt_s,
    )


def _breaker(clock: Callable[[], float], platform: str = "test", *, opens_after: int = 5) -> Breaker:
    return Breaker(platform, clock, lambda: datetime(2026, 12, 7, 13, 0, tzinfo=UTC), opens_after, 5.0)


async def test_quick_connection_failures_are_tried_again_up_to_the_attempts() -> None:
    assert await _unavailable_calls(answer_s=0.1, attempt_s=80.0) == (
        4,
        pytest.approx(0.4 + 0.999 + 1.998 + 3.996),
    )


async def test_a_retry_that_could_end_past_the_budget_is_not_made() -> None:
    # 50 s to fail to connect: a second attempt could end at 50 + 2 + 80 > 110 s, so the call stops after one
    requests, ended = await _unavailable_calls(answer_s=50.0, attempt_s=80.0)
    assert (requests, ended) == (1, 50.0)


async def test_no_call_outlasts_the_budget_whatever_the_platform_answers() -> None:
    for answer_s in (0.0, 1.0, 10.0, 25.0, 40.0, 79.0):
        _, ended = await _unavailable_calls(answer_s=answer_s, attempt_s=80.0)
        assert ended <= max(CALL_BUDGET_S, 80.0)


async def _rate_limited(retry_after: str) -> tuple[list[float], PlatformUnavailable]:
    """A read answered 429 with `retry_after` each time: the waits between its tries, and what it raised."""
    clock, waits = _Clock(), []

    async def send(token: str) -> httpx.Response:
        return httpx.Response(
            429, headers={"Retry-After": retry_after}, request=httpx.Request("GET", "http://localhost/v1/x")
        )

    async def sleep(delay: float) -> None:
        waits.append(delay)
        clock.now += delay

    pacing = Pacing(RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=20.0), sleep, lambda: 0.999, clock)
    with pytest.raises(PlatformUnavailable) as raised:
        await _read("GET /v1/x", send, pacing, clock)
    return waits, raised.value


async def _read(
    name: str, send: Callable[[str], Awaitable[httpx.Response]], pacing: Pacing, clock: _Clock, **options: Any
) -> httpx.Response:
    """A read (idempotent) of the platform "test", its answer as it came, through a breaker on `clock`."""
    return await call_platform(
        name,
        send,
        lambda response: response,
        platform="test",
        idempotent=True,
        tokens=cast(TokenProvider, _Tokens()),
        pacing=pacing,
        breaker=_breaker(clock),
        **options,
    )


async def test_a_retry_after_longer_than_the_call_may_wait_is_left_to_the_queue_not_cut_short() -> None:
    """A platform asking for an hour was asked again 20 s later, three times (its policy's max_delay), each
    item of a backlog: 4 requests per item where it asked for none; the queue then waited the hour anyway."""
    waits, raised = await _rate_limited("3600")
    assert waits == [] and raised.retry_after == 3600.0
    waits, raised = await _rate_limited("Fri, 31 Dec 9999 23:59:59 GMT")  # absurd: capped at an hour, same
    assert waits == [] and raised.retry_after == 3600.0


async def test_a_retry_after_the_call_can_wait_is_waited_whole() -> None:
    """50 s fits the call's budget: asked again after 50 s, not after max_delay's 20 (sooner than the platform
    allowed)."""
    waits, raised = await _rate_limited("50")
    assert waits == [50.0, 50.0] and raised.retry_after == 50.0  # tries at 0, 50, 100 s: 150 would pass 110


async def test_a_client_s_session_asks_its_own_token_endpoint_and_calls_with_that_token() -> None:
    seen: list[httpx.Request] = []

    def platform(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 600})
        return httpx.Response(200, json={})

    client = OAuthClient("https://auth.test/token", "me@example.com", Secret("s3cret"))
    timeouts = Timeouts(PlatformOptions(connect_timeout_s=2, timeout_s=7, upload_timeout_s=60))
    async with httpx.AsyncClient(transport=httpx.MockTransport(platform)) as http:
        session = PlatformSession.for_client("PA", http, client, timeouts)
        await _get(session)

    token_request, call = seen
    assert str(token_request.url) == "https://auth.test/token"
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": ["me@example.com"],
        "client_secret": ["s3cret"],
    }
    assert call.headers["Authorization"] == "Bearer tok-1"
    assert session.timeout == session.tokens.timeout == timeouts.default()
    assert (session.platform, session.tokens.platform) == ("PA", "PA")


async def test_a_read_whose_answer_stays_too_large_is_refused_after_its_tries_not_an_outage() -> None:
    # an outage would be waited out for hours (domain.outage); the platform answered, the same each time
    clock, requests = _Clock(), []

    async def send(token: str) -> httpx.Response:
        requests.append(token)
        raise AnswerTooLarge(
            "an answer larger than 8 bytes", request=httpx.Request("GET", "http://localhost/f")
        )

    async def sleep(delay: float) -> None:
        clock.now += delay

    pacing = Pacing(RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=20.0), sleep, lambda: 0.5, clock)
    with pytest.raises(PlatformRejected, match="AnswerTooLarge"):
        await _read("download", send, pacing, clock, attempt_s=10.0)
    assert len(requests) == 4


class _Platform:
    """A platform behind a MockTransport: tokens always, its API down (503) or up, each API request counted."""

    def __init__(self) -> None:
        self.down = True
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600})
        self.calls += 1
        return httpx.Response(503 if self.down else 200, json={})


async def _get(session: PlatformSession) -> httpx.Response:
    return await session.request(
        "GET",
        "https://api.test/v1/x",
        what="GET /v1/x",
        idempotent=True,
        headers=lambda token: {"Authorization": f"Bearer {token}"},
        answered=lambda response: response,
    )


def _session(http: httpx.AsyncClient, clock: _Clock) -> PlatformSession:
    async def sleep(delay: float) -> None:
        pass  # the test moves the clock

    client = OAuthClient("https://auth.test/token", "me@example.com", Secret("s3cret"))
    timeouts = Timeouts(PlatformOptions())
    pacing = Pacing(RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=20.0), sleep, lambda: 0.5, clock)
    return PlatformSession.for_client("PA", http, client, timeouts, pacing)


async def test_a_platform_down_is_called_at_the_probe_s_pace_whatever_waits_on_it() -> None:
    # 100 items a second asking a platform that answers 503: each call made its 4 attempts, 400 requests a second at
    # the platform for as long as it was down (about 37 a second on a real serve with 1,000 invoices waiting)
    clock, platform = _Clock(), _Platform()
    async with httpx.AsyncClient(transport=httpx.MockTransport(platform)) as http:
        session = _session(http, clock)
        for second in range(60):
            clock.now = float(second)
            for _ in range(100):
                with pytest.raises(PlatformUnavailable):
                    await _get(session)
        assert platform.calls <= 5 + 60 / 5 + 1  # the attempts that opened it, then one probe every 5 s

        platform.down = False
        answered = 0
        for second in range(60, 66):  # the next probe is due within 5 s; its answer lets every call go
            clock.now = float(second)
            for _ in range(10):
                try:
                    await _get(session)
                    answered += 1
                except PlatformUnavailable:
                    assert answered == 0, "held once the platform answered again"
        assert answered >= 10


async def test_a_platform_down_is_said_once_when_its_calls_are_held_and_once_when_it_answers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock, platform = _Clock(), _Platform()
    async with httpx.AsyncClient(transport=httpx.MockTransport(platform)) as http:
        session = _session(http, clock)
        with caplog.at_level(logging.INFO, logger="adapters.pdp.calls"):
            for second in range(20):
                clock.now = float(second)
                with pytest.raises(PlatformUnavailable):
                    await _get(session)
            platform.down = False
            clock.now = 30.0
            await _get(session)
            await _get(session)
    said = [(r.levelno, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING]
    assert said == [
        (
            logging.WARNING,
            "platform PA: down, 5 attempts in a row failed (last: GET /v1/x: PA answered 503);"
            " its calls are held, one probe every 5 s; said again once it answers",
        ),
        (
            logging.WARNING,
            "platform PA: answers again, after 8 failed attempt(s) over 30 s; 15 call(s) were held",
        ),
    ]


async def test_each_client_has_its_own_outage_state() -> None:
    # One module-level streak per platform name was shared by every client (and every test): one client's outage
    # held, or silenced, another's. Two clients of a platform of the same name: one down, the other answering.
    clock, down, up = _Clock(), _Platform(), _Platform()
    up.down = False
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(down)) as http_down,
        httpx.AsyncClient(transport=httpx.MockTransport(up)) as http_up,
    ):
        away, there = _session(http_down, clock), _session(http_up, clock)
        for _ in range(3):
            with pytest.raises(PlatformUnavailable):
                await _get(away)
        assert (await _get(there)).status_code == 200
        assert away.breaker.is_open and not there.breaker.is_open
        assert away.breaker is not there.breaker


@pytest.mark.parametrize(
    "dates",
    [
        # a proxy in front of the platform adding its own: httpx joins the two
        [("date", "Mon, 07 Dec 2026 19:13:39 GMT"), ("date", "Mon, 07 Dec 2026 19:13:39 GMT")],
        [("date", "Mon, 07 Dec 2026 19:13:39 -0000")],  # RFC 5322's "UTC, the local zone unknown"
    ],
    ids=["two-headers", "minus-zero"],
)
async def test_the_platform_s_clock_read_from_a_date_without_a_zone_is_utc(
    dates: list[tuple[str, str]],
) -> None:
    # Seen on a serve whose platform was behind a proxy: `pdp-gateway doctor` ended in a TypeError traceback
    # ("can't subtract offset-naive and offset-aware datetimes"), every later check unsaid.
    def platform(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=dates)

    async with httpx.AsyncClient(transport=httpx.MockTransport(platform)) as http:
        theirs = await _session(http, _Clock()).server_time("https://pa.test/")
    assert theirs == datetime(2026, 12, 7, 19, 13, 39, tzinfo=UTC)


async def test_a_probe_admitted_to_a_call_out_of_time_is_given_back_not_kept_for_ever() -> None:
    # The call's deadline was checked after the breaker admitted its attempt and outside the block that ends a probe:
    # a call that found its time spent while holding the probe kept it, and every later call to the platform was
    # held for good (the breaker never probed again), whatever the platform did meanwhile.
    clock = _Clock()
    breaker = _breaker(clock, opens_after=2)

    async def send(token: str) -> httpx.Response:
        raise httpx.ConnectError("refused", request=httpx.Request("POST", "http://localhost/upload"))

    async def sleep(delay: float) -> None:
        breaker.failed("another call's attempt")  # the breaker opens while this call waits to retry...
        clock.now += 10.0  # ...and its probe is due when the call comes back
        await asyncio.sleep(0.05)  # past the call's deadline (its budget: 0.01 s)

    pacing = Pacing(
        RetryPolicy(max_attempts=4, base_delay=0.0, max_delay=0.0), sleep, lambda: 0.0, lambda: 0.0, 0.01
    )
    tokens = cast(TokenProvider, _Tokens())
    cast(Any, tokens).timeout = httpx.Timeout(0.001)
    with pytest.raises(PlatformUnavailable, match="no time left"):
        await call_platform(
            "upload",
            send,
            lambda response: response,
            platform="test",
            idempotent=False,
            tokens=tokens,
            pacing=pacing,
            breaker=breaker,
        )
    clock.now += 10.0
    assert breaker.is_open and breaker.admit() is Admission.PROBE
