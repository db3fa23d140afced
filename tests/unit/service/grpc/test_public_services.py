"""The health service's Watch, public (no API key): streams of a service served only, and bounded in number."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from grpc_health.v1 import health_pb2

from service.grpc.public_services import BoundedHealthServicer

SERVING = health_pb2.HealthCheckResponse.SERVING


class _Context:
    def __init__(self) -> None:
        self.written: list[int] = []
        self.code: grpc.StatusCode | None = None

    async def write(self, message: health_pb2.HealthCheckResponse) -> None:
        self.written.append(message.status)

    async def abort(self, code: grpc.StatusCode, details: str) -> None:
        self.code = code
        raise grpc.aio.AbortError()


async def _watching(servicer: BoundedHealthServicer, service: str) -> tuple[asyncio.Task[None], _Context]:
    context = _Context()
    task = asyncio.create_task(servicer.Watch(health_pb2.HealthCheckRequest(service=service), context))
    while not context.written and not task.done():
        await asyncio.sleep(0)
    return task, context


async def test_past_its_bound_a_watch_is_refused_and_a_closed_one_frees_its_place():
    servicer = BoundedHealthServicer(watchers=3)
    await servicer.set("pdpgateway.v1.InvoiceService", SERVING)
    open_ = [await _watching(servicer, name) for name in ("", "pdpgateway.v1.InvoiceService", "")]
    assert all(context.written == [SERVING] and not task.done() for task, context in open_)

    task, refused = await _watching(servicer, "")  # it was held open like the others
    assert task.done() and refused.code is grpc.StatusCode.RESOURCE_EXHAUSTED and refused.written == []
    with pytest.raises(grpc.aio.AbortError):
        task.result()

    open_[0][0].cancel()  # a client goes away
    await asyncio.gather(open_[0][0], return_exceptions=True)
    again, context = await _watching(servicer, "")
    assert context.written == [SERVING] and not again.done()
    for task in [again, *(t for t, _ in open_[1:])]:
        task.cancel()
    await asyncio.gather(*(t for t, _ in open_), again, return_exceptions=True)


async def test_a_watch_of_a_service_not_served_is_not_found_at_once():
    """The library kept it open on SERVICE_UNKNOWN, with a condition per name asked (any name, any size)."""
    task, context = await _watching(BoundedHealthServicer(), "no.such.Service")
    assert task.done() and context.code is grpc.StatusCode.NOT_FOUND and context.written == []
    with pytest.raises(grpc.aio.AbortError):
        task.result()
