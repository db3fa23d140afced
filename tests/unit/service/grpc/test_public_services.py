"""The public services (health, reflection: no API key): their streams bounded per process, and a health Watch of a
service served only."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from grpc_health.v1 import health_pb2

from adapters.postgres.outage import is_outage
from service.grpc.errors import ErrorTable
from service.grpc.public_services import (
    PublicCallsTooFast,
    PublicRequestsInterceptor,
    ServedHealthServicer,
)
from service.usecases.company_slots import CompanyRate

SERVING = health_pb2.HealthCheckResponse.SERVING
REQUEST = health_pb2.HealthCheckRequest()


class _Context:
    def __init__(self, address: str = "ipv4:10.0.0.7:51234") -> None:
        self.address = address
        self.written: list[Any] = []
        self.code: grpc.StatusCode | None = None
        self.trailer: dict[str, Any] = {}

    async def write(self, message: Any) -> None:
        self.written.append(message)

    def peer(self) -> str:
        return self.address

    async def abort(self, code: grpc.StatusCode, details: str) -> None:
        self.code = code
        raise grpc.aio.AbortError()

    async def abort_with_status(self, status: Any) -> None:
        self.code, self.trailer = status.code, dict(status.trailing_metadata)
        raise grpc.aio.AbortError()


async def _started(call: Any) -> tuple[asyncio.Task[Any], _Context]:
    """`call(context)` run until it has written its first answer, or ended."""
    context = _Context()
    task = asyncio.ensure_future(call(context))
    while not context.written and not task.done():
        await asyncio.sleep(0)
    return task, context


_READING = {"request_deserializer": health_pb2.HealthCheckRequest.FromString}


async def _intercepted(
    interceptor: PublicRequestsInterceptor, health: grpc.RpcMethodHandler, method: str, reflect: Any
) -> tuple[Any, Any]:
    """`interceptor`'s handlers of a health method (`method`: "Health/Check") and of reflection (`reflect`)."""
    return (
        await interceptor.intercept_handler(health, SimpleNamespace(method=f"/grpc.health.v1.{method}")),
        await interceptor.intercept_handler(
            grpc.stream_stream_rpc_method_handler(reflect, **_READING),
            SimpleNamespace(method="/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"),
        ),
    )


async def _interceptor_over(streams: int) -> tuple[Any, Any]:
    """The interceptor's Watch-shaped (unary in, written out) and reflection-shaped (stream in and out) handlers."""
    forever = asyncio.Event()

    async def watch(request: Any, context: _Context) -> None:
        await context.write(SERVING)
        await forever.wait()

    async def reflect(requests: AsyncIterator[Any], context: _Context) -> AsyncIterator[Any]:
        yield SERVING
        await forever.wait()

    interceptor = PublicRequestsInterceptor(ErrorTable(is_outage), streams=streams)
    watching, reflecting = await _intercepted(
        interceptor, grpc.unary_stream_rpc_method_handler(watch, **_READING), "Health/Watch", reflect
    )

    async def first_of(stream: AsyncIterator[Any], context: _Context) -> None:
        async for answer in stream:
            await context.write(answer)

    return (
        lambda context: watching.unary_stream(REQUEST, context),
        lambda context: first_of(reflecting.stream_stream(_requests(), context), context),
    )


async def _requests() -> AsyncIterator[Any]:
    yield REQUEST


async def test_past_its_bound_a_public_stream_is_refused_and_a_closed_one_frees_its_place():
    """Health Watch and reflection streams were unbounded: 256 per connection, connections without number."""
    watch, reflect = await _interceptor_over(streams=3)
    open_ = [await _started(watch), await _started(reflect), await _started(watch)]
    assert all(context.written == [SERVING] and not task.done() for task, context in open_)

    for call in (watch, reflect):
        task, refused = await _started(call)
        assert task.done() and refused.code is grpc.StatusCode.RESOURCE_EXHAUSTED and refused.written == []
        # named as every other bound is, with when to come back (a balancer retries on it)
        details = status_pb2.Status.FromString(refused.trailer["grpc-status-details-bin"]).details
        assert [d.type_url.rsplit(".", 1)[-1] for d in details] == ["ErrorInfo", "RetryInfo"]
        info = error_details_pb2.ErrorInfo()
        details[0].Unpack(info)
        assert info.reason == "PUBLIC_STREAMS_BUSY"
        with pytest.raises(grpc.aio.AbortError):
            task.result()

    open_[1][0].cancel()  # a client goes away
    await asyncio.gather(open_[1][0], return_exceptions=True)
    again, context = await _started(reflect)
    assert context.written == [SERVING] and not again.done()
    for task in [again, open_[0][0], open_[2][0]]:
        task.cancel()
    await asyncio.gather(again, open_[0][0], open_[2][0], return_exceptions=True)


async def test_a_watch_of_a_service_not_served_is_not_found_at_once():
    """The library kept it open on SERVICE_UNKNOWN, with a condition per name asked (any name, any size)."""
    servicer = ServedHealthServicer()
    await servicer.set("pdpgateway.v1.InvoiceService", SERVING)
    served, context = await _started(
        lambda c: servicer.Watch(health_pb2.HealthCheckRequest(service="pdpgateway.v1.InvoiceService"), c)
    )
    assert not served.done() and [m.status for m in context.written] == [SERVING]
    task, context = await _started(
        lambda c: servicer.Watch(health_pb2.HealthCheckRequest(service="no.such.Service"), c)
    )
    assert task.done() and context.code is grpc.StatusCode.NOT_FOUND and context.written == []
    with pytest.raises(grpc.aio.AbortError):
        task.result()
    served.cancel()
    await asyncio.gather(served, return_exceptions=True)


async def test_a_client_address_calling_faster_than_the_pace_is_refused_and_another_address_is_not():
    """One client was answered 2,000 reflection requests on one stream in 1.3 s, and health Checks as fast as it
    sent them: no key needed, each a call's work for the process."""
    now = [0.0]
    pace = CompanyRate("requests", PublicCallsTooFast, per_second=1.0, burst=3, clock=lambda: now[0], who="x")

    async def check(request: Any, context: _Context) -> Any:
        return SERVING

    async def reflect(requests: AsyncIterator[Any], context: _Context) -> AsyncIterator[Any]:
        async for _ in requests:
            yield SERVING

    interceptor = PublicRequestsInterceptor(ErrorTable(is_outage), pace=pace)
    checking, reflecting = await _intercepted(
        interceptor, grpc.unary_unary_rpc_method_handler(check, **_READING), "Health/Check", reflect
    )
    flooder = "ipv4:10.0.0.9:"
    assert [await checking.unary_unary(REQUEST, _Context(f"{flooder}{port}")) for port in (1, 2)] == [
        SERVING
    ] * 2
    answers, context = [], _Context(f"{flooder}3")  # its third request passes, the fourth is refused
    with pytest.raises(grpc.aio.AbortError):
        async for answer in reflecting.stream_stream(_several(REQUEST, 5), context):
            answers.append(answer)
    assert answers == [SERVING] and context.code is grpc.StatusCode.RESOURCE_EXHAUSTED
    details = status_pb2.Status.FromString(context.trailer["grpc-status-details-bin"]).details
    info = error_details_pb2.ErrorInfo()
    details[0].Unpack(info)
    assert info.reason == "PUBLIC_CALLS_TOO_FAST"
    refused = _Context(f"{flooder}4")  # another connection of the same address
    with pytest.raises(grpc.aio.AbortError):
        await checking.unary_unary(REQUEST, refused)
    assert refused.code is grpc.StatusCode.RESOURCE_EXHAUSTED
    assert await checking.unary_unary(REQUEST, _Context("ipv4:10.0.0.1:5")) == SERVING  # the kubelet's probe
    now[0] += 1.0
    assert await checking.unary_unary(REQUEST, _Context(f"{flooder}6")) == SERVING


async def _several(request: Any, count: int) -> AsyncIterator[Any]:
    for _ in range(count):
        yield request
