"""The public services, health and reflection: served without an API key (probes, load balancers, grpcurl), so what
anyone who reaches the port can make them do is bounded here.

- Their requests are decoded as the gateway's are (`undecodable.tolerant`) and bounded in size
  (`PUBLIC_REQUEST_BYTES`: a service or symbol name is a few dozen bytes): an undecodable or oversized one is
  INVALID_ARGUMENT naming PDP-MESSAGE. gRPC's own decoding answered UNKNOWN and logged an ERROR with a traceback
  for each (a log anyone could flood), and a health Watch held its request, whatever its size, as long as its
  stream lived: 16 Watch streams naming a service of 32 MB grew `serve`'s processes by 1.1 GB.
- A health Watch names a service this server serves (NOT_FOUND at once otherwise, as Check answers; the library
  held the stream open on SERVICE_UNKNOWN, keeping a condition per name), and at most `HEALTH_WATCHERS` are open
  per process (RESOURCE_EXHAUSTED past it; they were unbounded, about 20 KB each).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2

from domain.errors import RequestRejected
from service.grpc.errors import ErrorTable
from service.grpc.handlers import HandlerInterceptor, WrappedOnce, behavior_of, same_shape
from service.grpc.undecodable import GATEWAY_METHODS, PUBLIC_REQUEST_BYTES, Undecodable, tolerant

HEALTH_WATCHERS = 100  # a probe or balancer watches with one stream; far above what a deployment opens


class PublicRequestsInterceptor(HandlerInterceptor):
    """Innermost with `UndecodableInterceptor` (which takes the gateway's own methods): the public methods read their
    requests tolerantly, within PUBLIC_REQUEST_BYTES, and refuse an `Undecodable` one before the library sees it."""

    def __init__(self, errors: ErrorTable) -> None:
        self._errors = errors
        self._wrapped = WrappedOnce(self._wrap)

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        if details.method.startswith(GATEWAY_METHODS) or handler.request_deserializer is None:
            return handler
        return self._wrapped(handler, details.method)

    async def _refuse(self, request: Undecodable, context: grpc.aio.ServicerContext) -> None:
        await self._errors.abort(context, RequestRejected([request.finding()]))

    def _wrap(self, handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
        behavior = behavior_of(handler)
        assert handler.request_deserializer is not None  # intercept_handler passes the others on
        reading = tolerant(handler.request_deserializer, most_bytes=PUBLIC_REQUEST_BYTES)
        if handler.request_streaming:

            async def checked(
                requests: AsyncIterator[Any], context: grpc.aio.ServicerContext
            ) -> AsyncIterator[Any]:
                async for request in requests:
                    if isinstance(request, Undecodable):
                        await self._refuse(request, context)
                    yield request

            if inspect.isasyncgenfunction(behavior):

                async def stream_in_out(
                    requests: Any, context: grpc.aio.ServicerContext
                ) -> AsyncIterator[Any]:
                    async for answer in behavior(checked(requests, context), context):
                        yield answer

                return same_shape(handler, stream_in_out, request_deserializer=reading)

            async def stream_in(requests: Any, context: grpc.aio.ServicerContext) -> Any:
                return await behavior(checked(requests, context), context)

            return same_shape(handler, stream_in, request_deserializer=reading)

        if inspect.isasyncgenfunction(behavior):

            async def stream_out(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
                if isinstance(request, Undecodable):
                    await self._refuse(request, context)
                async for answer in behavior(request, context):
                    yield answer

            return same_shape(handler, stream_out, request_deserializer=reading)

        async def unary_in(request: Any, context: grpc.aio.ServicerContext) -> Any:
            if isinstance(request, Undecodable):
                await self._refuse(request, context)
            return await behavior(request, context)

        return same_shape(handler, unary_in, request_deserializer=reading)


class BoundedHealthServicer(health.aio.HealthServicer):  # type: ignore[name-defined]
    """gRPC's health service, whose Watch takes only a service served and at most `watchers` streams at once."""

    def __init__(self, watchers: int = HEALTH_WATCHERS) -> None:
        super().__init__()
        self._served = {""}  # the whole server's status, which the library sets itself
        self._watchers = watchers
        self._watching = 0

    async def set(self, service: str, status: Any) -> None:
        self._served.add(service)
        await super().set(service, status)

    async def Watch(self, request: health_pb2.HealthCheckRequest, context: grpc.aio.ServicerContext) -> None:  # noqa: N802
        if request.service not in self._served:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such service on this server")
        if self._watching >= self._watchers:
            await context.abort(
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                f"{self._watchers} health Watch streams are open on this process already; use Check",
            )
        self._watching += 1
        try:
            await super().Watch(request, context)
        finally:
            self._watching -= 1
