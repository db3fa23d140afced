"""OAuth2 client_credentials token (IOPOLE's Keycloak, an AFNOR PA's token URL): form-encoded, cached from
expires_in, one refresh at a time. One provider per platform profile: each has its own cache."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass, field

import httpx

from adapters.pdp.answers import answer_json
from adapters.pdp.exchange import exchange
from adapters.pdp.outcome import host_fault, status_failure
from adapters.pdp.secret import Secret
from domain.platform import PlatformAuthError, PlatformConfigError, PlatformUnavailable

log = logging.getLogger(__name__)

REFRESH_MARGIN_S = 60.0
# A token given without expires_in (RFC 6749 §5.1: recommended, not required) is used this long, then asked again: a
# 401 before then refreshes it anyway, and an endpoint that never says is asked every few minutes, never per call.
DEFAULT_LIFETIME_S = 300.0
# The longest a token is used before it is asked again, whatever its expires_in says: a lifetime of 1e308 s kept
# one token for ever (a 401 would refresh it, but a token revoked on the platform's side would be tried first, on
# every call, until then). Keycloak's are minutes; a day is past any platform's.
MAX_LIFETIME_S = 86_400.0
# A JWT access token is a few KB; every platform call carries it in a header, which servers bound (8-16 KB).
MAX_TOKEN_CHARS = 8192


def _header_token(value: object) -> bool:
    """An access token every call can carry in its Authorization header: 1 to MAX_TOKEN_CHARS visible ASCII
    characters (RFC 6749 §A.12: VSCHAR), nothing that would break the header or fail to encode in it."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_TOKEN_CHARS
        and value.isascii()
        and value.isprintable()
    )


def refresh_after(expires_in: float, margin: float = REFRESH_MARGIN_S) -> float:
    """Seconds a token is used before refreshing: expires_in minus the margin, but never less than half the lifetime."""
    return expires_in - min(margin, expires_in / 2)


@dataclass(frozen=True, slots=True)
class _CachedToken:
    value: Secret
    refresh_at: float  # on the provider's monotonic clock


@dataclass(frozen=True, slots=True)
class OAuthClient:
    """A platform profile's OAuth2 client: the token endpoint, and the client id and secret it is asked with (a
    platform's config holds one; its session's token cache asks with it)."""

    token_url: str
    client_id: str
    client_secret: Secret


@dataclass(eq=False, repr=False, slots=True)
class TokenProvider:
    http: httpx.AsyncClient
    _: KW_ONLY
    client: OAuthClient
    timeout: httpx.Timeout
    platform: str  # the name its log lines carry: no default, so that no platform logs under another's name
    clock: Callable[[], float] = time.monotonic
    margin: float = REFRESH_MARGIN_S
    fetch_count: int = field(default=0, init=False)
    _cached: _CachedToken | None = field(default=None, init=False)
    # The one fetch under way: every call needing a token meanwhile waits on it and gets its outcome. A lock made
    # each waiter fetch again in turn after a failure, so behind a hanging endpoint the last of N waited N
    # exchanges' budgets (far past a relay item's lease).
    _pending: asyncio.Future[_CachedToken] | None = field(default=None, init=False)

    def __repr__(self) -> str:
        return f"TokenProvider(token_url={self.client.token_url!r}, client_id={self.client.client_id!r})"

    def _fresh(self) -> str | None:
        cached = self._cached
        if cached is not None and self.clock() < cached.refresh_at:
            return cached.value.reveal()
        return None

    async def get(self) -> str:
        token = self._fresh()
        if token is not None:
            return token
        pending = self._pending
        if pending is None:
            pending = self._pending = asyncio.ensure_future(self._refresh())
            # its failure read even if every waiter left (no "exception never retrieved")
            pending.add_done_callback(lambda done: done.cancelled() or done.exception())
        # Shielded: a waiter cancelled (its call's deadline) leaves the fetch to the others.
        return (await asyncio.shield(pending)).value.reveal()

    async def _refresh(self) -> _CachedToken:
        try:
            self._cached = await self._fetch()
            return self._cached
        finally:
            self._pending = None

    def invalidate(self, token: str) -> None:
        """Drop the cached token after a 401, unless another task already replaced it."""
        cached = self._cached
        if cached is not None and cached.value.reveal() == token:
            self._cached = None

    async def _fetch(self) -> _CachedToken:
        started = self.clock()
        try:
            request = self.http.build_request(
                "POST",
                self.client.token_url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self.client.client_id,
                    "client_secret": self.client.client_secret.reveal(),
                },
                headers={"Accept": "application/json"},
                timeout=self.timeout,
            )
            response = await exchange(self.http, request, self.timeout)
        except httpx.TransportError as exc:
            if host_fault(exc) is not None:
                raise  # this host's, not the platform's: adapters.pdp.calls says it
            raise PlatformUnavailable(f"token endpoint unreachable ({type(exc).__name__})") from None
        self.fetch_count += 1
        status = response.status_code
        # As every call's: a 408, 429 or 5xx is an outage, and so is a page answered 200 (a maintenance or login
        # portal's: it was "no usable access_token", credentials refused, every item spending an attempt); a redirect
        # (a moved or wrong address, a login page's) is not followed: the client secret would go there.
        failure = status_failure("token endpoint", response, idempotent=True, platform=self.platform)
        if failure is not None:
            raise failure
        if status == 403:
            raise PlatformConfigError("token endpoint answered 403: the client is not allowed")
        if status != 200:
            # The body may echo the request; never put it in the message.
            raise PlatformAuthError(f"token endpoint refused the client credentials ({status})")
        # A 200 is the credentials taken: an answer that gives no token we can use is the platform's failure, an
        # outage waited out as any answer it cannot give whole (it was "credentials refused", which every queued
        # invoice and status counted as an attempt of its own: all FAILED within minutes of a broken endpoint).
        try:
            body = answer_json(response)
            value = body["access_token"]
            given = body.get("expires_in")
            expires_in = DEFAULT_LIFETIME_S if given is None else _seconds(given)
        except (ValueError, KeyError, TypeError):
            raise _unusable("no usable access_token") from None
        if not _header_token(value) or not expires_in < math.inf or expires_in != expires_in:  # NaN: false
            raise _unusable("no usable access_token/expires_in")
        if expires_in <= 0:
            raise _unusable(f"a token already expired (expires_in {expires_in:g})")
        if given is None:
            log.info("%s token obtained without expires_in: taken as valid %.0f s", self.platform, expires_in)
        elif expires_in > MAX_LIFETIME_S:
            log.info(
                "%s token obtained, valid %.3g s by its expires_in: used %.0f s at most",
                self.platform,
                expires_in,
                MAX_LIFETIME_S,
            )
            expires_in = MAX_LIFETIME_S
        else:
            log.info("%s token obtained, valid %.0f s", self.platform, expires_in)
        return _CachedToken(Secret(value), started + refresh_after(expires_in, self.margin))


def _seconds(given: object) -> float:
    """expires_in as seconds: a number (or its text, leniently); ValueError or TypeError for anything else. A boolean
    is no number (`true` was one second: a token asked again at every call), and an integer of 400 digits an
    OverflowError out of float(), escaping every caller as a bug of ours."""
    if isinstance(given, bool) or not isinstance(given, int | float | str):
        raise TypeError(f"expires_in is a {type(given).__name__}")
    try:
        return float(given)
    except OverflowError:
        raise ValueError("expires_in too large to be a number of seconds") from None


def _unusable(what: str) -> PlatformUnavailable:
    return PlatformUnavailable(
        f"token endpoint answered 200 with {what}: the platform's failure, not our credentials'"
    )
