"""API-key authentication: `authorization: Bearer <key>` → the company (SIREN) the call acts for.

The company goes into a ContextVar that servicers read with `current_company()`; every use case is scoped to
it, so another company's invoice is simply NOT_FOUND. Health checks and reflection need no key.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

import grpc
from grpc_health.v1 import health
from grpc_reflection.v1alpha import reflection

from domain.audit import Acting, Actor, set_acting
from domain.errors import Unauthenticated
from domain.ports import ApiKey
from service.grpc.errors import ErrorTable
from service.grpc.handlers import same_shape
from service.observability.logging import request_id_var

_log = logging.getLogger(__name__)

company_var: ContextVar[str] = ContextVar("company_siren", default="")

PUBLIC_SERVICES = (health.SERVICE_NAME, reflection.SERVICE_NAME, "grpc.reflection.v1.ServerReflection")

# authenticate(secret) → the active key, or None / Unauthenticated when the key is unknown or revoked.
Authenticate = Callable[[str], Awaitable[ApiKey | None]]


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


class AuthInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, authenticate: Authenticate, errors: ErrorTable) -> None:
        """`errors`: how a failing key store answers (a database outage: UNAVAILABLE)."""
        self._authenticate = authenticate
        self._errors = errors

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None or is_public(handler_call_details.method):
            return handler
        token = bearer_token(handler_call_details.invocation_metadata)
        if not token:
            return deny(
                handler,
                grpc.StatusCode.UNAUTHENTICATED,
                "missing API key: send 'authorization: Bearer <key>'",
            )
        try:
            key = await self._authenticate(token)
        except Unauthenticated:
            key = None
        except Exception as exc:  # noqa: BLE001 - the key store is down: the one error table answers (UNAVAILABLE)
            return fail(handler, exc, self._errors)
        if key is None:
            _log.info("API key refused", extra={"method": handler_call_details.method})
            return deny(handler, grpc.StatusCode.UNAUTHENTICATED, "invalid or revoked API key")
        company_var.set(key.company_siren)
        # The actor of everything this call does, for the audit log: captured here, once (domain.audit).
        set_acting(Acting(Actor.api_key(key.id, key.name), request_id_var.get()))
        return handler


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
