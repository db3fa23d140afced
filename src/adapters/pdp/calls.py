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
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from adapters.pdp.exchange import MAX_ANSWER_BYTES, exchange, exchange_budget
from adapters.pdp.oauth_token import OAuthClient, TokenProvider
from adapters.pdp.outcome import status_failure, transport_failure
from adapters.pdp.retry import RetryPolicy, next_delay
from adapters.pdp.timeouts import Timeouts
from aio.streak import Streak
from domain.platform import PlatformAuthError, PlatformError, PlatformOutcomeUnknown, PlatformUnavailable

log = logging.getLogger(__name__)

# A call with its retries ends within this many seconds (a retry that could end later is not started): shorter than
# the lease of every worker that calls a platform (tests/unit/service/wiring/test_leases.py), so a platform that
# answers 503 slowly never lets a second worker claim the row and send again while the first still retries. The
# first attempt always runs: one upload exchange may take its whole budget (80 s on the defaults).
CALL_BUDGET_S = 110.0

# A platform that cannot be reached, per platform name (a few per process): said when its calls begin to fail and
# when one is answered again, not at each attempt of each call (a backlog waiting on an outage retries every item).
_UNREACHABLE: dict[str, Streak] = {}


def _unreachable(platform: str, pacing: Pacing) -> Streak:
    streak = _UNREACHABLE.get(platform)
    if streak is None:
        streak = _UNREACHABLE[platform] = Streak(log, f"{platform}: calls", clock=pacing.clock)
    return streak


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
    attempt_s: float = 0.0,
) -> httpx.Response:
    """`send(token)` makes one request; `answered` judges an answer that is neither a 401 nor a retryable failure
    (it returns the response or raises the platform's own error). `attempt_s`: the longest one attempt may take;
    a retry that could end after `pacing.budget_s` from the start is not made (the failure is raised instead)."""
    retry = pacing.retry
    started = pacing.clock()
    attempt = 0
    refreshed = False
    unreachable = _unreachable(platform, pacing)
    while True:
        failure: PlatformError
        retry_after: float | None = None
        try:
            token = await tokens.get()
        except PlatformUnavailable as exc:
            failure, retry_after = exc, exc.retry_after
        else:
            try:
                response = await send(token)
            except httpx.TransportError as exc:
                sent = transport_failure(what, exc, idempotent=idempotent, platform=platform)
                if isinstance(sent, PlatformOutcomeUnknown):
                    raise sent from None
                failure = sent
            else:
                status = response.status_code
                failed = status_failure(what, response, idempotent=idempotent, platform=platform)
                down = isinstance(failed, PlatformUnavailable) or (
                    isinstance(failed, PlatformOutcomeUnknown) and failed.unavailable
                )
                if not down:
                    unreachable.succeeded()  # it answered
                if status == 401:
                    if refreshed:
                        raise PlatformAuthError(f"{what}: 401 again after a token refresh")
                    log.info("%s answered 401 to %s; refreshing the token once", platform, what)
                    tokens.invalidate(token)
                    refreshed = True
                    continue
                if failed is None:
                    return answered(response)
                # an unknown outcome, or a redirect, is said at once; only an unavailable platform is tried again
                if not isinstance(failed, PlatformUnavailable):
                    raise failed
                retry_after = failed.retry_after
                failure = failed
        unreachable.failed(str(failure))
        attempt += 1
        if attempt >= retry.max_attempts:
            raise failure
        delay = next_delay(attempt - 1, retry, retry_after, pacing.rand)
        if pacing.clock() - started + delay + attempt_s > pacing.budget_s:
            log.warning("%s; no retry: it could end after the call's %.0f s budget", failure, pacing.budget_s)
            raise failure
        await pacing.sleep(delay)


@dataclass(frozen=True, slots=True)
class PlatformSession:
    """An HTTP platform client's frame of calls: the profile's HTTP client, its token cache, the pacing of its
    retries, its default timeout, and the platform name its failures and logs carry. The client keeps what differs:
    its URLs, its headers, and how it reads an answer."""

    platform: str
    http: httpx.AsyncClient
    tokens: TokenProvider
    timeout: httpx.Timeout
    pacing: Pacing = field(default_factory=Pacing)

    @classmethod
    def for_client(
        cls,
        platform: str,
        http: httpx.AsyncClient,
        client: OAuthClient,
        timeouts: Timeouts,
        pacing: Pacing | None = None,
    ) -> PlatformSession:
        """The session of a platform client on a profile: a token cache of its own asking with the profile's OAuth2
        client, and the profile's default timeout for its calls and its token requests."""
        timeout = timeouts.default()
        tokens = TokenProvider(http, client=client, timeout=timeout, platform=platform)
        return cls(platform, http, tokens, timeout, pacing or Pacing())

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
            attempt_s=exchange_budget(bounds) or 0.0,
        )

    async def server_time(self, url: str) -> datetime | None:
        """The platform's clock, from the Date header of a GET of `url` (None without one): unauthenticated, once."""
        request = self.http.build_request("GET", url, timeout=self.timeout)
        response = await exchange(self.http, request, self.timeout)
        try:
            return parsedate_to_datetime(response.headers.get("date", ""))
        except (TypeError, ValueError):
            return None
