"""Per-company admission through a real gRPC server on localhost, with the interceptors in the server's order: a
company holds at most its share of calls at once, the next one is RESOURCE_EXHAUSTED CALLS_BUSY with RetryInfo,
unread; a company past its pace is CALLS_TOO_FAST, told when its next call is taken; another company's call goes
through meanwhile; streams and refused keys are not counted."""

from __future__ import annotations

import asyncio
from collections import Counter, namedtuple
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from adapters.postgres.outage import is_outage
from domain.ports import ApiKey
from service.grpc.admission import AdmissionInterceptor, CallsBusy, call_rate, call_slots
from service.grpc.arrival import RequestArrivalInterceptor
from service.grpc.auth import AuthInterceptor, company_var
from service.grpc.errors import ErrorTable
from service.grpc.request_bytes import LargeRequests
from service.grpc.undecodable import TolerantReading

ERRORS = ErrorTable(is_outage)
SERVICE = "pdpgateway.v1.InvoiceService"  # any of the gateway's: the public ones are not admitted
KEYS = {"key-a": "111111111", "key-b": "222222222"}


def _key(company: str) -> ApiKey:
    return ApiKey("k-" + company, company, "test", "pdpk_x", datetime(2026, 1, 1, tzinfo=UTC))


async def _authenticate(secret: str) -> ApiKey | None:
    return _key(KEYS[secret]) if secret in KEYS else None


class Held:
    """A unary method that holds until released, a stream, and what each read and saw."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.running: Counter[str] = Counter()
        self.decoded = 0

    def decode(self, request: bytes) -> bytes:
        self.decoded += 1
        return request

    async def hold(self, request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        company = company_var.get()
        self.running[company] += 1
        try:
            await self.release.wait()
        finally:
            self.running[company] -= 1
        return b"done"

    async def watch(self, request: bytes, context: grpc.aio.ServicerContext) -> AsyncIterator[bytes]:
        yield b"event"
        await self.release.wait()

    async def until_running(self, company: str, calls: int) -> None:
        while self.running[company] < calls:
            await asyncio.sleep(0.01)


class Clock:
    """The pace's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def served() -> AsyncIterator[tuple[grpc.aio.Channel, Held, Any]]:
    held = Held()
    refusals: list[tuple[str, str]] = []
    slots = call_slots(2, refused=lambda what, bound: refusals.append((what, bound)))
    clock = Clock()
    rate = call_rate(4, 3, refused=lambda what, bound: refusals.append((what, bound)))
    rate.clock = clock
    server = grpc.aio.server(
        interceptors=[AdmissionInterceptor(slots, rate, ERRORS), AuthInterceptor(_authenticate, ERRORS)]
    )
    server.add_generic_rpc_handlers(
        (
            grpc.method_handlers_generic_handler(
                SERVICE,
                {
                    "Hold": grpc.unary_unary_rpc_method_handler(held.hold, request_deserializer=held.decode),
                    "Watch": grpc.unary_stream_rpc_method_handler(held.watch),
                },
            ),
        )
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield channel, held, (slots, refusals, clock)
        held.release.set()
    await server.stop(None)


def _call(channel: grpc.aio.Channel, method: str, key: str) -> Any:
    identity = lambda b: b  # noqa: E731
    path = f"/{SERVICE}/{method}"
    multi = channel.unary_stream if method == "Watch" else channel.unary_unary
    return multi(path, request_serializer=identity, response_deserializer=identity)(
        b"request", metadata=(("authorization", f"Bearer {key}"),), timeout=10
    )


async def test_a_company_past_its_share_of_calls_is_told_to_retry_and_another_company_goes_through(
    served: Any,
) -> None:
    channel, held, (slots, refusals, clock) = served
    first = [asyncio.ensure_future(_call(channel, "Hold", "key-a")) for _ in range(2)]
    await held.until_running(KEYS["key-a"], 2)
    decoded = held.decoded

    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await _call(channel, "Hold", "key-a")

    assert refused.value.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "this company already has 2 calls in progress (at most 2 per company)" in (
        refused.value.details() or ""
    )
    reason, retry_ms = _details(refused.value)
    assert reason == "CALLS_BUSY"
    assert retry_ms == CallsBusy.retry_after * 1000
    assert held.decoded == decoded  # the refused call's request was not read
    assert refusals == [("calls", "company")]

    other = asyncio.ensure_future(_call(channel, "Hold", "key-b"))  # B's call is let in beside A's two
    await held.until_running(KEYS["key-b"], 1)
    held.release.set()
    assert await asyncio.gather(*first, other) == [b"done"] * 3
    clock.now += 1  # past the pace's bound too
    assert await _call(channel, "Hold", "key-a") == b"done"  # A's slots are given back
    assert slots.check(KEYS["key-a"]) is None


def _details(error: grpc.aio.AioRpcError) -> tuple[str, int]:
    """The refusal's ErrorInfo reason and RetryInfo delay in milliseconds."""
    status = rpc_status.from_call(error)
    assert status is not None
    infos = [error_details_pb2.ErrorInfo(), error_details_pb2.RetryInfo()]
    for detail in status.details:
        for info in infos:
            detail.Unpack(info)
    return infos[0].reason, infos[1].retry_delay.ToMilliseconds()


async def test_a_company_past_its_pace_is_told_when_its_next_call_is_taken_unread_and_another_goes_through(
    served: Any,
) -> None:
    channel, held, (slots, refusals, clock) = served
    held.release.set()
    for _ in range(3):  # the burst
        assert await _call(channel, "Hold", "key-a") == b"done"
    decoded = held.decoded

    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await _call(channel, "Hold", "key-a")

    assert refused.value.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "faster than 4 a second (at most 3 at once)" in (refused.value.details() or "")
    assert _details(refused.value) == ("CALLS_TOO_FAST", 250)  # 4 a second: the next one in 250 ms
    assert held.decoded == decoded  # the refused call's request was not read
    assert refusals == [("calls", "rate")]
    assert await _call(channel, "Hold", "key-b") == b"done"  # B's pace is its own

    clock.now += 0.1
    with pytest.raises(grpc.aio.AioRpcError) as again:
        await _call(channel, "Hold", "key-a")
    assert _details(again.value) == ("CALLS_TOO_FAST", 150)  # a refused call spends nothing
    clock.now += 0.15
    assert await _call(channel, "Hold", "key-a") == b"done"


async def test_streams_and_calls_refused_by_auth_take_no_slot(served: Any) -> None:
    channel, held, (slots, refusals, clock) = served
    streams = [_call(channel, "Watch", "key-a") for _ in range(3)]
    for stream in streams:
        assert await stream.read() == b"event"
    for _ in range(3):
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await _call(channel, "Hold", "unknown-key")
        assert denied.value.code() is grpc.StatusCode.UNAUTHENTICATED

    first = [asyncio.ensure_future(_call(channel, "Hold", "key-a")) for _ in range(2)]
    await held.until_running(KEYS["key-a"], 2)  # both taken: the streams hold none
    held.release.set()
    assert await asyncio.gather(*first) == [b"done"] * 2
    assert refusals == []
    for stream in streams:
        stream.cancel()


MiB = 1 << 20
_Details = namedtuple("_Details", "method invocation_metadata")


class _Ended(Exception):
    pass


class _Context:
    def peer(self) -> str:
        return "ipv4:127.0.0.1:50000"

    async def abort_with_status(self, status: Any) -> None:
        self.code = status.code
        raise _Ended()


async def test_a_large_request_refused_at_its_call_for_its_slots_gives_its_bytes_back_at_once() -> None:
    """Checked when the call came, a company's slot is taken when it runs: its large requests, slow to arrive, all
    passed the check, and those past its share were refused with their request read. That request held its share
    of the process's large requests' budget (service.grpc.request_bytes) in the refusal's frames until a full
    collection: every company's large requests were LARGE_REQUESTS_BUSY meanwhile."""
    large = LargeRequests(budget=8 * MiB)
    company = KEYS["key-a"]
    slots = call_slots(1)
    admission = AdmissionInterceptor(slots, call_rate(100, 100), ERRORS)

    async def method(request: Any, context: Any) -> bytes:
        raise AssertionError("not called: refused")  # pragma: no cover

    handler = grpc.unary_unary_rpc_method_handler(method)

    async def continuation(details: Any) -> grpc.RpcMethodHandler:
        return handler

    token = company_var.set(company)
    try:
        details = _Details(f"/{SERVICE}/Hold", ())
        admitted = await admission.intercept_service(continuation, details)
        # as the server runs it: the outermost interceptor hands the request over (service.grpc.arrival)
        served = await RequestArrivalInterceptor(ERRORS).intercept_handler(admitted, details)
        slots.take(company)  # another call of the company, checked at the same time, took the last slot first
        request = TolerantReading(lambda data: data, 8 * MiB, large)(b"x" * (2 * MiB))
        assert large.held == 2 * MiB

        async def sent() -> Any:
            yield request

        with pytest.raises(_Ended) as refused:
            await served.stream_unary(sent(), _Context())
    finally:
        company_var.reset(token)
    assert refused.value is not None  # the refusal's frames still held: the bytes are given back all the same
    assert large.held == 0
