"""The public services, health and reflection: served without an API key (probes, load balancers, grpcurl), so what
anyone who reaches the port can make them do is bounded here.

- Their requests are decoded as the gateway's are (`undecodable.tolerant`) and bounded in size
  (`PUBLIC_REQUEST_BYTES`: a service or symbol name is a few dozen bytes): an undecodable or oversized one is
  INVALID_ARGUMENT naming PDP-MESSAGE. gRPC's own decoding answered UNKNOWN and logged an ERROR with a traceback
  for each (a log anyone could flood), and a health Watch held its request, whatever its size, as long as its
  stream lived: 16 Watch streams naming a service of 32 MB grew `serve`'s processes by 1.1 GB.
- A health Watch names a service this server serves (NOT_FOUND at once otherwise, as Check answers; the library
  held the stream open on SERVICE_UNKNOWN, keeping a condition per name), and at most `PUBLIC_STREAMS` health
  Watch and reflection streams are open per process (RESOURCE_EXHAUSTED past it): they were unbounded, about
  20 KB each, 256 per connection and connections without number (7,664 reflection streams from 40 connections
  grew the two processes by 158 MB).
- Their calls, and each request of a reflection stream, are paced per client address (`PUBLIC_PER_SECOND` a second,
  `PUBLIC_BURST` at once; RESOURCE_EXHAUSTED `PUBLIC_CALLS_TOO_FAST` with RetryInfo past it): one client answered
  2,000 reflection requests on one stream in 1.3 s, and floods of health Checks likewise, each a call's work for the
  process. Per address, not for the process: a flood from one address never makes the kubelet's or a balancer's
  probes fail (a probe is one call every few seconds from its own address).
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2

from service.grpc.arrival import address_of
from service.grpc.errors import ErrorTable, busy, register
from service.grpc.handlers import HandlerInterceptor, WrappedOnce, behavior_of, same_shape
from service.grpc.undecodable import GATEWAY_METHODS, PUBLIC_REQUEST_BYTES, Undecodable, tolerant
from service.usecases.company_slots import Busy, CompanyRate

PUBLIC_STREAMS = (
    100  # a probe or balancer watches with one stream, grpcurl reflects with one: far above a deployment's
)
# A probe checks every few seconds, `grpcurl describe` asks a few dozen reflection requests at once
PUBLIC_PER_SECOND = 20.0
PUBLIC_BURST = 100


class PublicStreamsBusy(Busy):
    """Every place for a public stream of this process is taken: RESOURCE_EXHAUSTED naming it, with when to come
    back, as every other bound says it."""


class PublicCallsTooFast(Busy):
    """This address called health or reflection faster than their pace: retry as RetryInfo says."""


register(PublicStreamsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("PUBLIC_STREAMS_BUSY"))
register(PublicCallsTooFast, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("PUBLIC_CALLS_TOO_FAST"))


def public_pace() -> CompanyRate:
    return CompanyRate(
        "health and reflection requests",
        PublicCallsTooFast,
        per_second=PUBLIC_PER_SECOND,
        burst=PUBLIC_BURST,
        who="this address",
    )


class PublicRequestsInterceptor(HandlerInterceptor):
    """Innermost with `UndecodableInterceptor` (which takes the gateway's own methods): the public methods read their
    requests tolerantly, within PUBLIC_REQUEST_BYTES, and refuse an `Undecodable` one before the library sees it;
    their streams (a health Watch, a reflection session) take one of `streams` places of the process."""

    def __init__(
        self, errors: ErrorTable, streams: int = PUBLIC_STREAMS, pace: CompanyRate | None = None
    ) -> None:
        self._errors = errors
        self._streams = streams
        self._pace = pace or public_pace()
        self._open = 0
        self._wrapped = WrappedOnce(self._wrap)

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        if details.method.startswith(GATEWAY_METHODS) or handler.request_deserializer is None:
            return handler
        return self._wrapped(handler, details.method)

    async def _read(self, request: Any, context: grpc.aio.ServicerContext) -> None:
        """A request taken within its client's pace, decoded (else the call ends, refused)."""
        try:
            self._pace.spend(address_of(context.peer()))
        except PublicCallsTooFast as exc:
            await self._errors.abort(context, exc)
        if isinstance(request, Undecodable):
            await self._errors.abort(context, request.refusal())

    @contextlib.asynccontextmanager
    async def _place(self, context: grpc.aio.ServicerContext) -> AsyncIterator[None]:
        """One of the process's places for a public stream, held while the stream lives."""
        if self._open >= self._streams:
            await self._errors.abort(
                context,
                PublicStreamsBusy(
                    f"{self._streams} health Watch or reflection streams are open on this process already"
                ),
            )
        self._open += 1
        try:
            yield
        finally:
            self._open -= 1

    def _wrap(self, handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
        behavior = behavior_of(handler)
        assert handler.request_deserializer is not None  # intercept_handler passes the others on
        reading = tolerant(handler.request_deserializer, most_bytes=PUBLIC_REQUEST_BYTES)
        streams = handler.request_streaming or handler.response_streaming
        if handler.request_streaming:

            async def checked(
                requests: AsyncIterator[Any], context: grpc.aio.ServicerContext
            ) -> AsyncIterator[Any]:
                async for request in requests:
                    await self._read(request, context)
                    yield request

            if inspect.isasyncgenfunction(behavior):

                async def stream_in_out(
                    requests: Any, context: grpc.aio.ServicerContext
                ) -> AsyncIterator[Any]:
                    async with self._place(context):
                        async for answer in behavior(checked(requests, context), context):
                            yield answer

                return same_shape(handler, stream_in_out, request_deserializer=reading)

            async def stream_in(requests: Any, context: grpc.aio.ServicerContext) -> Any:
                async with self._place(context):
                    return await behavior(checked(requests, context), context)

            return same_shape(handler, stream_in, request_deserializer=reading)

        if inspect.isasyncgenfunction(behavior):

            async def stream_out(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
                await self._read(request, context)
                async with self._place(context):
                    async for answer in behavior(request, context):
                        yield answer

            return same_shape(handler, stream_out, request_deserializer=reading)

        async def unary_in(request: Any, context: grpc.aio.ServicerContext) -> Any:
            await self._read(request, context)
            # a health Watch answers by context.write: a coroutine whose stream lives as long as it runs
            async with self._place(context) if streams else contextlib.nullcontext():
                return await behavior(request, context)

        return same_shape(handler, unary_in, request_deserializer=reading)


class ServedHealthServicer(health.aio.HealthServicer):  # type: ignore[name-defined]
    """gRPC's health service, whose Watch takes only a service this server serves."""

    def __init__(self) -> None:
        super().__init__()
        self._served = {""}  # the whole server's status, which the library sets itself

    async def set(self, service: str, status: Any) -> None:
        self._served.add(service)
        await super().set(service, status)

    async def Watch(self, request: health_pb2.HealthCheckRequest, context: grpc.aio.ServicerContext) -> None:  # noqa: N802
        if request.service not in self._served:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such service on this server")
        await super().Watch(request, context)
