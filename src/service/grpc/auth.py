"""API-key authentication: `authorization: Bearer <key>` → the company (SIREN) the call acts for.

The company goes into a ContextVar that servicers read with `current_company()`; every use case is scoped to
it, so another company's invoice is simply NOT_FOUND. Health checks and reflection need no key.

A server stream (WatchInvoiceEvents, ExportArchive) outlives the check made when it opened: it asks again every
`KEY_RECHECK_S` and ends UNAUTHENTICATED once its key is revoked, so revoking a leaked key also cuts the streams
opened with it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from grpc_health.v1 import health
from grpc_reflection.v1alpha import reflection

from domain.audit import Acting, Actor, set_acting
from domain.errors import Unauthenticated
from domain.ports import ApiKey
from service.grpc.errors import ErrorTable, Stopping
from service.grpc.handlers import HandlerInterceptor, same_shape, unread
from service.observability.logging import company_var, request_id_var

_log = logging.getLogger(__name__)

PUBLIC_SERVICES = (health.SERVICE_NAME, reflection.SERVICE_NAME, "grpc.reflection.v1.ServerReflection")

# authenticate(secret) → the active key, or None / Unauthenticated when the key is unknown or revoked.
Authenticate = Callable[[str], Awaitable[ApiKey | None]]

# How often a server stream asks again whether its key is still active: how long a revoked key's stream may
# still run, against one key lookup per open stream per period.
KEY_RECHECK_S = 10.0
REVOKED_MESSAGE = "invalid or revoked API key"

# sleep(seconds): how a stream's key watch waits for its next check (a test's runs without waiting).
Sleep = Callable[[float], Awaitable[None]]


def current_company() -> str:
    company = company_var.get()
    if not company:  # only reachable if a method escaped the interceptor: fail closed
        raise Unauthenticated("no authenticated company for this call")
    return company


def bearer_token(metadata: Any) -> str:
    for key, value in metadata or ():
        if key == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            return token.strip() if scheme.lower() == "bearer" else ""
    return ""


def is_public(method: str) -> bool:
    """`method` is "/package.Service/Method"."""
    return method.lstrip("/").split("/", 1)[0] in PUBLIC_SERVICES


class AuthInterceptor(HandlerInterceptor):
    """Whether a call of the gateway's methods comes in: not while the replica is stopping, not without an active
    API key."""

    def __init__(
        self,
        authenticate: Authenticate,
        errors: ErrorTable,
        *,
        key_recheck_s: float = KEY_RECHECK_S,
        stopping: Callable[[], bool] = lambda: False,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        """`errors`: how a failing key store answers (a database outage: UNAVAILABLE). `key_recheck_s`: how often
        a server stream checks its key again. `stopping`: true once the replica drains (service.wiring.server:
        DRAIN_S): a call is then answered UNAVAILABLE with RetryInfo, unprocessed, rather than cancelled by gRPC's
        stop, which no client retries. `sleep`: the stream's key watch's wait between checks (a test's runs
        without waiting)."""
        self._authenticate = authenticate
        self._errors = errors
        self._recheck_s = key_recheck_s
        self._stopping = stopping
        self._sleep = sleep

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        if is_public(handler_call_details.method):
            return handler  # health answers NOT_SERVING by itself while stopping
        if self._stopping():
            return fail(
                handler,
                Stopping("this replica is stopping: the call was not processed; retry it"),
                self._errors,
            )
        token = bearer_token(handler_call_details.invocation_metadata)
        if not token:
            return deny(
                handler,
                grpc.StatusCode.UNAUTHENTICATED,
                "missing API key: send 'authorization: Bearer <key>'",
            )
        try:
            key = await self._active_key(token)
        except Exception as exc:  # noqa: BLE001 - the key store is down: the one error table answers (UNAVAILABLE)
            return fail(handler, exc, self._errors)
        if key is None:  # its one line is the access line (service.grpc.telemetry), within the log's budget
            return deny(handler, grpc.StatusCode.UNAUTHENTICATED, REVOKED_MESSAGE)
        company_var.set(key.company_siren)
        # The actor of everything this call does, for the audit log: captured here, once (domain.audit).
        set_acting(Acting(Actor.api_key(key.id, key.name), request_id_var.get()))
        if handler.response_streaming and not handler.request_streaming:
            return same_shape(handler, self._while_key_active(handler.unary_stream, token))
        return handler

    async def _active_key(self, token: str) -> ApiKey | None:
        try:
            return await self._authenticate(token)
        except Unauthenticated:
            return None

    def _while_key_active(self, stream: Any, token: str) -> Any:
        """`stream`'s behavior, ended UNAUTHENTICATED once `token` stops authenticating, or as the error table says
        when the key store cannot answer (fail closed: the client reopens from its cursor): a `_KeyWatch` beside the
        stream checks the key every `key_recheck_s`. The items pass as they come: a task and a timed wait per item
        (the watch of sessions up to 17) cost the event loop 26 µs an event, 1.8 times what streaming it costs
        (bench/stream_auth_bench.py)."""
        recheck_s, errors, sleep = self._recheck_s, self._errors, self._sleep

        async def checked(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            watch = _KeyWatch(lambda: self._active_key(token), recheck_s, sleep)
            items = aiter(stream(request, context))
            watcher = asyncio.ensure_future(watch.run())
            try:
                while True:
                    await watch.end_if_ended(context, errors)
                    watch.waiting = asyncio.current_task()
                    try:
                        item = await anext(items)
                    except StopAsyncIteration:
                        return
                    except asyncio.CancelledError:
                        if watch.ended is None:  # the client left, or the server stops
                            raise
                        watch.waiting.uncancel()  # type: ignore[union-attr]  # the watch's own
                        await watch.end_if_ended(context, errors)
                        raise  # pragma: no cover - end_if_ended aborted the call
                    finally:
                        watch.waiting = None
                    yield item
            finally:
                watcher.cancel()
                close = getattr(items, "aclose", None)  # an async generator's: its `finally` runs now
                if close is not None:
                    await close()

        return checked


# What ended a stream's key: revoked (this), or the exception the key store raised.
_REVOKED = Unauthenticated(REVOKED_MESSAGE)


class _KeyWatch:
    """A server stream's key, checked every `recheck_s` beside the stream (its own task). Once the key is revoked or
    the store fails, `ended` says so; a stream waiting for its next item is interrupted (its task cancelled: only
    there, where the stream's own frame receives it), one sending an item ends before its next."""

    def __init__(
        self, active_key: Callable[[], Awaitable[ApiKey | None]], recheck_s: float, sleep: Sleep
    ) -> None:
        self._active_key = active_key
        self._recheck_s = recheck_s
        self._sleep = sleep
        self.waiting: asyncio.Task[Any] | None = None  # the task of the stream while it awaits its next item
        self.ended: BaseException | None = None

    async def run(self) -> None:
        while self.ended is None:
            await self._sleep(self._recheck_s)
            try:
                if await self._active_key() is None:
                    self.ended = _REVOKED
            except Exception as exc:  # noqa: BLE001 - the key store is down: fail closed, as the error table says
                self.ended = exc
        if self.waiting is not None:
            self.waiting.cancel()

    async def end_if_ended(self, context: grpc.aio.ServicerContext, errors: ErrorTable) -> None:
        if self.ended is _REVOKED:
            _log.info("API key revoked during a stream: ending it")
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, REVOKED_MESSAGE)
        elif self.ended is not None:
            await errors.abort(context, self.ended)


def deny(handler: grpc.RpcMethodHandler, code: grpc.StatusCode, message: str) -> grpc.RpcMethodHandler:
    """A handler of the same shape as `handler` that ends the call with `code`."""
    return _ending(handler, lambda context: context.abort(code, message))


def fail(handler: grpc.RpcMethodHandler, exc: Exception, errors: ErrorTable) -> grpc.RpcMethodHandler:
    """A handler of the same shape as `handler` that ends the call with the status the error table gives `exc`."""
    return _ending(handler, lambda context: errors.abort(context, exc))


def _ending(
    handler: grpc.RpcMethodHandler, end: Callable[[grpc.aio.ServicerContext], Awaitable[object]]
) -> grpc.RpcMethodHandler:
    """A handler of the same shape as `handler` (unary or streaming response) that does nothing but `end` the call,
    its request unread: a call without a valid key held a share of the large requests' budget until a full garbage
    collection (its inflated request in the abort's reference cycle)."""

    async def unary_response(request: Any, context: grpc.aio.ServicerContext) -> Any:
        await end(context)

    async def stream_response(request: Any, context: grpc.aio.ServicerContext) -> Any:
        await end(context)
        yield  # pragma: no cover - makes this an async generator

    behavior = stream_response if handler.response_streaming else unary_response
    return same_shape(handler, behavior, request_deserializer=unread)
