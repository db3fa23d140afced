"""What a failed platform call tells about its outcome: the one rule every platform adapter follows.

A call that changes the platform's state (an upload, a status, a report) must never be sent twice. Once its body has
left, the platform may have processed it whatever comes back: a 503 or any other 5xx can be written by a proxy or by
the platform after the invoice was stored, and a reset or a timeout says nothing at all. Those outcomes are unknown
(PlatformOutcomeUnknown): the caller reconciles by searching the platform before anything is resent. Only a failure
before the body was sent (no connection, no pool slot) and a 429 (refused before processing, by contract) are certain
non-deliveries that may be retried at once, and so is a 408 (the request was not received whole in time, so nothing
of it was processed). Reads and other idempotent calls retry on every transport error and 5xx.
An unknown outcome says too whether the platform answered as one that is down (a 502/503/504, or no answer at all):
the caller then waits out the platform's outage instead of spending an attempt of the document (domain.outage).
An answer the gateway will not read (larger than its bound, or compressed in a way it does not decode) is neither
an outage: the platform answered. A read is tried again within the call (a glitch passes), then refused
(PlatformRejected: counted as the item's failure, never waited out as an outage for hours); a state-changing call's
outcome is unknown, reconciled, and not the platform's outage either.
A success answered with an HTML page is not the API's either (every platform API answers JSON, a document or nothing):
it is a proxy's or a login portal's page, so the platform may have had nothing of the call: a read is retried, and a
state-changing call's outcome is unknown, reconciled (IOPOLE's status call reads no body: the page was its success).
A redirect is neither: the API does not move, so its address in the settings is wrong; it is said at once, never
followed (the call would carry the token elsewhere) and never retried (it would be redirected again). Except a 303
See Other to a state-changing call: that is how an API answers a request it processed, so its outcome is unknown.
"""

from __future__ import annotations

import httpx

from adapters.host_faults import causes, ran_out
from adapters.pdp.answers import media_type
from adapters.pdp.exchange import AnswerTooLarge, AnswerUndecodable
from adapters.pdp.retry import parse_retry_after
from domain.bounds import shorten
from domain.platform import PlatformConfigError, PlatformOutcomeUnknown, PlatformRejected, PlatformUnavailable

# Connect-phase failures: the request never left, so even an upload can be retried.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# What a platform (or the proxy before it) answers while it is down: its outage, not a failure of this request. A
# 500 is the request's own (the platform failed on this one): it counts as one of its attempts.
DOWN = frozenset({502, 503, 504})
# Answers that say the request was not processed, whatever it was: too many requests, or not received whole in time.
NOT_TAKEN = frozenset({408, 429})
# What a page for a person comes as; no platform API answers one.
PAGES = frozenset({"text/html", "application/xhtml+xml"})
# Answers the platform gave that the gateway does not read (adapters.pdp.exchange's bounds).
UNREAD = (AnswerTooLarge, AnswerUndecodable)


def host_fault(exc: httpx.TransportError) -> OSError | None:
    """The OSError of this host's resource run out (adapters.host_faults) that kept the request from leaving: a
    connection not opened for want of open files or local ports. Not the platform's outage nor a failure of the
    request: the caller's breaker is not fed and nothing is retried (adapters.pdp.calls). Once a connection is open,
    what runs out mid-exchange (memory) leaves the outcome to the rules below."""
    if not isinstance(exc, NOT_SENT):
        return None
    for e in causes(exc):
        # httpcore keeps the error it maps as its argument, the cause lost on the way (seen: httpx's ConnectError,
        # httpcore's, then anyio's "All connection attempts failed" raised from the socket's EMFILE)
        mapped = e.args[0] if e.args and isinstance(e.args[0], BaseException) else None
        found = ran_out(e) or (ran_out(mapped) if mapped is not None else None)
        if found is not None:
            return found
    return None


def transport_failure(
    what: str, exc: httpx.TransportError, *, idempotent: bool, platform: str
) -> PlatformUnavailable | PlatformOutcomeUnknown | PlatformRejected:
    """The failure a transport error stands for: retryable, refused (an answer not read), or unknown once a
    state-changing body was sent."""
    name = type(exc).__name__
    if isinstance(exc, NOT_SENT):
        return PlatformUnavailable(f"{what}: {platform} unreachable ({name})")
    if isinstance(exc, UNREAD):
        if idempotent:
            return PlatformRejected(f"{what}: {platform}'s answer not read ({name}: {exc})")
        return PlatformOutcomeUnknown(
            f"{what}: {platform}'s answer not read ({name}); reconcile before resending", unavailable=False
        )
    if idempotent:
        return PlatformUnavailable(f"{what}: transport error ({name})")
    return PlatformOutcomeUnknown(
        f"{what}: no answer after sending ({name}); reconcile before resending", unavailable=True
    )


def status_failure(
    what: str, response: httpx.Response, *, idempotent: bool, platform: str
) -> PlatformUnavailable | PlatformOutcomeUnknown | PlatformConfigError | None:
    """The failure a 408, 429, 5xx or redirect answer stands for (with its Retry-After, or its Location); None for any
    other status (the adapter maps those itself)."""
    status = response.status_code
    attached = "attachment" in response.headers.get("content-disposition", "").lower()  # a file sent as one
    if 200 <= status < 300 and media_type(response) in PAGES and not attached:
        page = f"{what}: {platform} answered {status} with an HTML page, not its API's answer (a proxy's or a portal's)"
        if idempotent:
            return PlatformUnavailable(page)
        return PlatformOutcomeUnknown(f"{page}; reconcile before resending", unavailable=True)
    # "See Other" (the result is there) is how a request that was processed is answered: not a wrong address
    see_other_after_a_change = status == 303 and not idempotent
    if 300 <= status < 400 and not see_other_after_a_change:
        location = shorten(response.headers.get("location", ""), 200)
        return PlatformConfigError(
            f"{what}: {platform} answered {status}, a redirect to {location!r} (not followed): the platform's"
            " address in the settings is probably wrong"
        )
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if status in NOT_TAKEN or (status >= 500 and idempotent):
        return PlatformUnavailable(f"{what}: {platform} answered {status}", retry_after=retry_after)
    if status >= 500 or see_other_after_a_change:
        return PlatformOutcomeUnknown(
            f"{what}: {platform} answered {status} after receiving the request; reconcile before resending",
            unavailable=status in DOWN,
        )
    return None
