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
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from grpc_health.v1 import health
from grpc_reflection.v1alpha import reflection

from domain.audit import Acting, Actor, set_acting
from domain.errors import Unauthenticated
from domain.ports import ApiKey
from service.grpc.errors import ErrorTable, Stopping
from service.grpc.handlers import HandlerInterceptor, same_shape
from service.observability.logging import company_var, request_id_var

_log = logging.getLogger(__name__)

PUBLIC_SERVICES = (health.SERVICE_NAME, reflection.SERVICE_NAME, "grpc.reflection.v1.ServerReflection")

# authenticate(secret) → the active key, or None / Unauthenticated when the key is unknown or revoked.
Authenticate = Callable[[str], Awaitable[ApiKey | None]]

# How often a server stream asks again whether its key is still active: how long a revoked key's stream may
# still run, against one key lookup per open stream per period.
KEY_RECHECK_S = 10.0
REVOKED_MESSAGE = "invalid or revoked API key"

# within(future, timeout_s): whether `future` is done within `timeout_s` (it is left running otherwise).
Within = Callable[["asyncio.Future[Any]", float], Awaitable[bool]]


async def finished_within(future: asyncio.Future[Any], timeout_s: float) -> bool:
    done, _ = await asyncio.wait({future}, timeout=timeout_s)
    return bool(done)


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
        clock: Callable[[], float] = time.monotonic,
        within: Within = finished_within,
    ) -> None:
        """`errors`: how a failing key store answers (a database outage: UNAVAILABLE). `key_recheck_s`: how often
        a server stream checks its key again. `stopping`: true once the replica drains (service.wiring.server:
        DRAIN_S): a call is then answered UNAVAILABLE with RetryInfo, unprocessed, rather than cancelled by gRPC's
        stop, which no client retries. `clock` and `within`: the stream's re-check times and its wait for an item
        (a test runs them without waiting)."""
        self._authenticate = authenticate
        self._errors = errors
        self._recheck_s = key_recheck_s
        self._stopping = stopping
        self._clock = clock
        self._within = within

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
        """`stream`'s behavior, ended UNAUTHENTICATED once `token` stops authenticating (checked every
        `key_recheck_s` while the stream waits for its next item), or as the error table says when the key store
        cannot answer (fail closed: the client reopens from its cursor)."""
        recheck_s, errors, clock, within = self._recheck_s, self._errors, self._clock, self._within

        async def checked(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            items = aiter(stream(request, context))
            next_check = clock() + recheck_s
            pending: asyncio.Future[Any] | None = None
            try:
                while True:
                    pending = asyncio.ensure_future(anext(items))
                    while not await within(pending, max(0.0, next_check - clock())):
                        try:
                            key = await self._active_key(token)
                        except Exception as exc:  # noqa: BLE001 - the key store is down: fail closed
                            await errors.abort(context, exc)
                        if key is None:
                            _log.info("API key revoked during a stream: ending it")
                            await context.abort(grpc.StatusCode.UNAUTHENTICATED, REVOKED_MESSAGE)
                        next_check = clock() + recheck_s
                    try:
                        item = pending.result()
                    except StopAsyncIteration:
                        return
                    yield item
            finally:
                if pending is not None and not pending.done():
                    pending.cancel()  # the inner stream sees the end (its subscription is released)
                    await asyncio.wait({pending})
                close = getattr(items, "aclose", None)  # an async generator's: its `finally` runs now
                if close is not None:
                    await close()

        return checked


def deny(handler: grpc.RpcMethodHandler, code: grpc.StatusCode, message: str) -> grpc.RpcMethodHandler:
    """A handler of the same shape as `handler` that ends the call with `code`."""
    return _ending(handler, lambda context: context.abort(code, message))


def fail(handler: grpc.RpcMethodHandler, exc: Exception, errors: ErrorTable) -> grpc.RpcMethodHandler:
    """A handler of the same shape as `handler` that ends the call with the status the error table gives `exc`."""
    return _ending(handler, lambda context: errors.abort(context, exc))


def _ending(
    handler: grpc.RpcMethodHandler, end: Callable[[grpc.aio.ServicerContext], Awaitable[object]]
) -> grpc.RpcMethodHandler:
    """A handler of the same shape as `handler` (unary or streaming response) that does nothing but `end` the call."""

    async def unary_response(request: Any, context: grpc.aio.ServicerContext) -> Any:
        await end(context)

    async def stream_response(request: Any, context: grpc.aio.ServicerContext) -> Any:
        await end(context)
        yield  # pragma: no cover - makes this an async generator

    return same_shape(handler, stream_response if handler.response_streaming else unary_response)
