"""One logical platform call, the same for every platform client: a token, bounded retries with backoff, one token
refresh on 401, and the unknown-outcome rule of `adapters.pdp.outcome` (a state-changing call whose body may have
arrived is never retried here: the caller reconciles by search); and `PlatformSession`, what a platform client
makes its calls through."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from adapters.host_faults import local_fault
from adapters.pdp.exchange import MAX_ANSWER_BYTES, AnswerTooSlow, exchange, exchange_budget
from adapters.pdp.oauth_token import OAuthClient, TokenProvider
from adapters.pdp.outcome import host_fault, status_failure, transport_failure
from adapters.pdp.retry import RetryPolicy, next_delay
from adapters.pdp.timeouts import Timeouts
from domain.platform import (
    PlatformAuthError,
    PlatformError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
)
from domain.platform_breaker import Admission, Breaker

log = logging.getLogger(__name__)

T = TypeVar("T")

# A call with its retries ends within this many seconds: a retry that could end later is not started, and what runs
# at it is cut (`call_deadline`). Shorter than the lease of every worker that calls a platform
# (tests/unit/service/wiring/test_leases.py), so a platform that answers 503 slowly, or trickles a token then a 401,
# never lets a second worker claim the row and send again while the first still retries. One whole attempt always
# fits: a token's exchange and one upload exchange (30 + 80 s on the defaults).
CALL_BUDGET_S = 110.0


@dataclass(frozen=True, slots=True)
class Pacing:
    """How a client spaces its attempts: the retry policy, and the sleep and the jitter's source (tests replace
    them to run without waiting)."""

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    rand: Callable[[], float] = random.random
    clock: Callable[[], float] = time.monotonic
    budget_s: float = CALL_BUDGET_S


async def call_platform(
    what: str,
    send: Callable[[str], Awaitable[httpx.Response]],
    answered: Callable[[httpx.Response], httpx.Response],
    *,
    platform: str,
    idempotent: bool,
    tokens: TokenProvider,
    pacing: Pacing,
    breaker: Breaker,
    attempt_s: float = 0.0,
) -> httpx.Response:
    """`send(token)` makes one request; `answered` judges an answer that is neither a 401 nor a retryable failure
    (it returns the response or raises the platform's own error). `attempt_s`: the longest one attempt may take;
    a retry that could end after `pacing.budget_s` from the start is not made (the failure is raised instead).
    `breaker`: the profile's (domain.platform_breaker), asked before each attempt and told how each one went."""
    retry = pacing.retry
    started = pacing.clock()
    loop = asyncio.get_running_loop()
    allowed = call_deadline(pacing.budget_s, tokens.timeout, attempt_s)
    deadline = loop.time() + allowed
    attempt = 0
    refreshed = False
    while True:
        # before the breaker is asked: a probe it admits is ended only by the block below (raised between, it was
        # kept, and every later call to the platform held for good)
        if loop.time() >= deadline:  # after a 401: nothing of this attempt was sent
            raise PlatformUnavailable(f"{what}: no time left in the call's {allowed:g} s to ask again")
        admission = breaker.admit()
        if admission is Admission.HELD:
            raise PlatformUnavailable(breaker.not_called(what, platform), retry_after=None)
        try:
            tried = await _attempt(what, send, platform, idempotent, tokens, breaker, deadline - loop.time())
        finally:
            if admission is Admission.PROBE:
                breaker.probe_over()
        if isinstance(tried, _Answer):
            if tried.response.status_code == 401:
                if refreshed:
                    raise PlatformAuthError(f"{what}: 401 again after a token refresh")
                log.info("%s answered 401 to %s; refreshing the token once", platform, what)
                tokens.invalidate(tried.token)
                refreshed = True
                continue
            return answered(tried.response)
        failure = tried
        retry_after = tried.retry_after if isinstance(tried, PlatformUnavailable) else None
        attempt += 1
        if attempt >= retry.max_attempts or admission is Admission.PROBE or breaker.is_open:
            raise failure  # a probe tries once; an open breaker holds this call's retries too
        delay = next_delay(attempt - 1, retry, retry_after, pacing.rand)
        if pacing.clock() - started + delay + attempt_s > pacing.budget_s:
            log.warning("%s; no retry: it could end after the call's %.0f s budget", failure, pacing.budget_s)
            raise failure
        await pacing.sleep(delay)


@dataclass(frozen=True, slots=True)
class _Answer:
    response: httpx.Response  # neither an outage's nor an unknown outcome's: a 401, or one `answered` judges
    token: str  # the one it was asked with (a 401 invalidates it)


class PastCallDeadline(AnswerTooSlow):
    """The whole call, its token and its retries, outlasted its deadline (`call_deadline`): named apart from one
    exchange's bound."""


def call_deadline(budget_s: float, token_timeout: httpx.Timeout, attempt_s: float) -> float:
    """The longest a call may take, its retries included: its budget, or one whole attempt when that is longer (a
    token's exchange and the call's own: an upload timeout set long)."""
    return max(budget_s, (exchange_budget(token_timeout) or 0.0) + attempt_s)


async def _before(left_s: float, step: Awaitable[T], late: Exception) -> T:
    """`step`, or `late` raised when the call's deadline (`left_s` from now) comes first."""
    try:
        async with asyncio.timeout(left_s):
            return await step
    except TimeoutError:
        raise late from None


async def _attempt(
    what: str,
    send: Callable[[str], Awaitable[httpx.Response]],
    platform: str,
    idempotent: bool,
    tokens: TokenProvider,
    breaker: Breaker,
    left_s: float,
) -> _Answer | PlatformUnavailable | PlatformRejected:
    """One attempt: the platform's answer, or a failure to try again (its outage, or an answer it could not give
    whole); any other failure raised. The breaker is told which of a platform down or one that answered it was.
    Cut at the call's deadline (`left_s` from now): each exchange has its own bound, but a token trickled to its
    bound, then a 401, then both again, outlasted a worker's lease (another worker then sent the invoice too)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + left_s
    try:
        no_token = PlatformUnavailable(f"{what}: no token from {platform} before the call's deadline")
        token = await _before(deadline - loop.time(), tokens.get(), no_token)
        late = PastCallDeadline("no whole answer before the call's deadline")
        response = await _before(deadline - loop.time(), send(token), late)
    except PlatformUnavailable as exc:  # the token's
        _down(breaker, exc, exc.retry_after)
        return exc
    except httpx.TransportError as exc:
        run_out = host_fault(exc)
        if run_out is not None:
            # This host ran out (open files, local ports): the request never left. Not the platform's outage, so its
            # breaker is not fed (a replica out of files for minutes held every company's calls and showed the
            # platform down), and not retried here. Raised as the OSError it is (httpcore loses it from the causes),
            # so the one classifier (adapters.host_faults) reads it again where it lands: a relay retries the item
            # with no attempt spent, the gRPC edge answers UNAVAILABLE naming what ran out.
            _host_ran_out(breaker, what, local_fault(run_out) or "")
            raise OSError(run_out.errno, f"{what}: {platform} not called: {run_out.strerror}") from exc
        sent = transport_failure(what, exc, idempotent=idempotent, platform=platform)
        if isinstance(sent, PlatformOutcomeUnknown):
            if sent.unavailable:
                _down(breaker, sent, None)
            raise sent from None
        if isinstance(sent, PlatformUnavailable):
            _down(breaker, sent, None)
        else:
            _answered(breaker)  # an answer came, not read whole
        return sent
    failed = status_failure(what, response, idempotent=idempotent, platform=platform)
    if isinstance(failed, PlatformUnavailable):
        _down(breaker, failed, failed.retry_after)
        return failed
    if isinstance(failed, PlatformOutcomeUnknown) and failed.unavailable:
        _down(breaker, failed, None)
    else:
        _answered(breaker)  # it answered
    if failed is not None:
        raise failed  # an unknown outcome, or a redirect, is said at once
    return _Answer(response, token)


def _host_ran_out(breaker: Breaker, what: str, run_out: str) -> None:
    if breaker.host_ran_out(run_out):
        log.error(
            "platform %s: %s not called: this process ran out of %s (docs/on-call.md); said again once it answers",
            breaker.platform,
            what,
            run_out,
        )


def _down(breaker: Breaker, failure: PlatformError, retry_after: float | None) -> None:
    if breaker.failed(str(failure), retry_after):
        log.warning(
            "platform %s: down, %d attempts in a row failed (last: %s); its calls are held, one probe every %g s;"
            " said again once it answers",
            breaker.platform,
            breaker.failures,
            breaker.last_failure,
            breaker.probe_every_s,
        )


def _answered(breaker: Breaker) -> None:
    closed = breaker.answered()
    if closed is not None:
        log.warning(
            "platform %s: answers again, after %d failed attempt(s) over %.0f s; %d call(s) were held",
            breaker.platform,
            closed.failures,
            closed.lasted_s,
            closed.held,
        )


@dataclass(frozen=True, slots=True)
class PlatformSession:
    """An HTTP platform client's frame of calls: the profile's HTTP client, its token cache, the pacing of its
    retries, its default timeout, and the platform name its failures and logs carry. The client keeps what differs:
    its URLs, its headers, and how it reads an answer."""

    platform: str
    http: httpx.AsyncClient
    tokens: TokenProvider
    timeout: httpx.Timeout
    breaker: Breaker  # the profile's (the container's Breakers make one per profile)
    pacing: Pacing = field(default_factory=Pacing)

    @classmethod
    def for_client(
        cls,
        platform: str,
        http: httpx.AsyncClient,
        client: OAuthClient,
        timeouts: Timeouts,
        pacing: Pacing | None = None,
        breaker: Breaker | None = None,
    ) -> PlatformSession:
        """The session of a platform client on a profile: a token cache of its own asking with the profile's OAuth2
        client, the profile's default timeout for its calls and its token requests, and its `breaker` (a client made
        without one, a test's or a command's, has its own, on the pacing's clock)."""
        timeout = timeouts.default()
        tokens = TokenProvider(http, client=client, timeout=timeout, platform=platform)
        pacing = pacing or Pacing()
        own = breaker or Breaker(platform, pacing.clock, lambda: datetime.now(UTC))
        return cls(platform, http, tokens, timeout, own, pacing)

    async def request(
        self,
        method: str,
        url: str,
        *,
        what: str,
        idempotent: bool,
        headers: Callable[[str], Mapping[str, str]],
        answered: Callable[[httpx.Response], httpx.Response],
        params: Mapping[str, str | int] | None = None,
        json: object = None,
        content: bytes | None = None,
        files: Any = None,
        timeout: httpx.Timeout | None = None,
        max_bytes: int = MAX_ANSWER_BYTES,
    ) -> httpx.Response:
        """One logical call (`call_platform`): `headers(token)` are the platform's, `answered` judges its answer
        (`max_bytes` decoded at most: MAX_DOCUMENT_ANSWER_BYTES for a document downloaded)."""

        bounds = timeout or self.timeout

        async def send(token: str) -> httpx.Response:
            request = self.http.build_request(
                method,
                url,
                params=params,
                json=json,
                content=content,
                files=files,
                headers=headers(token),
                timeout=bounds,
            )
            return await exchange(self.http, request, bounds, max_bytes=max_bytes)

        return await call_platform(
            what,
            send,
            answered,
            platform=self.platform,
            idempotent=idempotent,
            tokens=self.tokens,
            pacing=self.pacing,
            breaker=self.breaker,
            attempt_s=exchange_budget(bounds) or 0.0,
        )

    async def server_time(self, url: str) -> datetime | None:
        """The platform's clock, from the Date header of a GET of `url` (None without one): unauthenticated, once."""
        request = self.http.build_request("GET", url, timeout=self.timeout)
        response = await exchange(self.http, request, self.timeout)
        try:
            when = parsedate_to_datetime(response.headers.get("date", ""))
        except (TypeError, ValueError):
            return None
        # An HTTP date is GMT (RFC 9110): one read without a zone (`-0000`, or two Date headers a proxy left, which
        # httpx joins) is too, not a naive time the caller cannot compare.
        return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
