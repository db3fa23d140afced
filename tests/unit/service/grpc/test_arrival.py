"""Every call of one request reads it within its time, and one client address waits for few at once: gRPC held a
call whose request never completed until its client left (5,000 from 20 connections: +80 MB, no key needed)."""

from __future__ import annotations

import asyncio
import contextvars
import inspect
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

from adapters.postgres.outage import is_outage
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc.arrival import RequestArrivalInterceptor, address_of
from service.grpc.errors import ErrorTable
from service.grpc.handlers import behavior_of, unread
from service.grpc.request_bytes import Held, LargeRequests
from service.grpc.undecodable import TolerantReading
from service.observability.logging import company_var


class _Context:
    def __init__(self, address: str = "ipv4:10.0.0.7:51234") -> None:
        self.address = address
        self.code: grpc.StatusCode | None = None
        self.reason = ""
        self.refused_with: Any = "unset"

    def peer(self) -> str:
        return self.address

    async def abort_with_status(self, status: Any) -> None:
        self.code = status.code
        details = status_pb2.Status.FromString(
            dict(status.trailing_metadata)["grpc-status-details-bin"]
        ).details
        info = error_details_pb2.ErrorInfo()
        self.reason = next(info.reason for detail in details if detail.Unpack(info))
        raise grpc.aio.AbortError()


async def _requests(arrived: asyncio.Event, *requests: str) -> AsyncIterator[str]:
    await arrived.wait()
    for request in requests:
        yield request


async def _answer(request: str, context: Any) -> str:
    return f"answer to {request}"


async def _intercepted(handler: grpc.RpcMethodHandler, **bounds: Any) -> grpc.RpcMethodHandler:
    interceptor = RequestArrivalInterceptor(ErrorTable(is_outage), **bounds)
    return await interceptor.intercept_handler(
        handler, SimpleNamespace(method="/pdpgateway.v1.InvoiceService/X", invocation_metadata=())
    )


async def test_a_call_reads_its_request_as_it_comes_and_answers_with_the_method_s_own_behavior():
    served = await _intercepted(grpc.unary_unary_rpc_method_handler(_answer))
    assert served.request_streaming and not served.response_streaming
    arrived = asyncio.Event()
    arrived.set()
    assert await served.stream_unary(_requests(arrived, "r"), _Context()) == "answer to r"


async def test_a_request_that_does_not_arrive_in_time_ends_its_call_deadline_exceeded():
    served = await _intercepted(grpc.unary_unary_rpc_method_handler(_answer), arrival_s=0.05)
    context = _Context()
    with pytest.raises(grpc.aio.AbortError):
        await served.stream_unary(_requests(asyncio.Event()), context)  # never comes
    assert (context.code, context.reason) == (grpc.StatusCode.DEADLINE_EXCEEDED, "REQUEST_TOO_SLOW")


async def test_a_call_ended_without_its_request_is_invalid_argument():
    served = await _intercepted(grpc.unary_unary_rpc_method_handler(_answer))
    arrived, context = asyncio.Event(), _Context()
    arrived.set()
    with pytest.raises(grpc.aio.AbortError):
        await served.stream_unary(_requests(arrived), context)
    assert (context.code, context.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "NO_REQUEST")


async def test_one_address_waits_for_few_requests_at_once_and_another_is_not_held_by_it():
    served = await _intercepted(grpc.unary_unary_rpc_method_handler(_answer), per_address=2)
    arrived = asyncio.Event()
    waiting = [
        asyncio.ensure_future(
            served.stream_unary(_requests(arrived, f"r{port}"), _Context(f"ipv4:10.0.0.9:{port}"))
        )
        for port in (1, 2)
    ]
    await asyncio.sleep(0)
    refused = _Context("ipv4:10.0.0.9:3")  # a third connection of the same address
    with pytest.raises(grpc.aio.AbortError):
        await served.stream_unary(_requests(arrived, "r3"), refused)
    assert (refused.code, refused.reason) == (grpc.StatusCode.RESOURCE_EXHAUSTED, "UNFINISHED_REQUESTS_BUSY")
    other = asyncio.ensure_future(served.stream_unary(_requests(arrived, "b"), _Context("ipv4:10.0.0.1:5")))
    arrived.set()
    assert await asyncio.gather(*waiting, other) == ["answer to r1", "answer to r2", "answer to b"]
    assert await served.stream_unary(_requests(arrived, "r4"), _Context("ipv4:10.0.0.9:4")) == "answer to r4"


def _company(siren: str) -> contextvars.Context:
    """A call's context as the AuthInterceptor leaves it for a key of `siren` ("": no key, a health call)."""
    context = contextvars.copy_context()
    context.run(company_var.set, siren)
    return context


async def test_one_company_waits_for_few_requests_at_once_from_any_number_of_addresses():
    """A key's holder calling from many addresses (an IPv6 /48 is 65,536 /64s) took 100 places for each."""
    served = await _intercepted(grpc.unary_unary_rpc_method_handler(_answer), per_company=2)
    arrived = asyncio.Event()

    def call(siren: str, host: int) -> asyncio.Future[Any]:
        request = served.stream_unary(
            _requests(arrived, f"{siren}@{host}"), _Context(f"ipv4:10.0.1.{host}:1")
        )
        return _company(siren).run(asyncio.ensure_future, request)

    waiting = [call("111111111", 1), call("111111111", 2)]
    await asyncio.sleep(0)
    refused = _Context("ipv4:10.0.1.3:1")  # a third address of the same company
    with pytest.raises(grpc.aio.AbortError):
        await _company("111111111").run(
            asyncio.ensure_future, served.stream_unary(_requests(arrived, "x"), refused)
        )
    assert (refused.code, refused.reason) == (grpc.StatusCode.RESOURCE_EXHAUSTED, "UNFINISHED_REQUESTS_BUSY")
    others = [call("222222222", 4), call("", 5), call("", 6)]  # another company, and calls without a key
    await asyncio.sleep(0)
    keyless = _Context("ipv4:10.0.1.7:1")  # the calls without a key share one company's places
    with pytest.raises(grpc.aio.AbortError):
        await served.stream_unary(_requests(arrived, "y"), keyless)
    assert keyless.reason == "UNFINISHED_REQUESTS_BUSY"
    arrived.set()
    assert await asyncio.gather(*waiting, *others) == [
        "answer to 111111111@1",
        "answer to 111111111@2",
        "answer to 222222222@4",
        "answer to @5",
        "answer to @6",
    ]


async def test_a_process_waits_for_few_requests_at_once_whatever_their_addresses_and_companies():
    served = await _intercepted(grpc.unary_unary_rpc_method_handler(_answer), per_process=3)
    arrived = asyncio.Event()
    waiting = [
        _company(f"{n}" * 9).run(
            asyncio.ensure_future,
            served.stream_unary(_requests(arrived, f"r{n}"), _Context(f"ipv4:10.0.2.{n}:1")),
        )
        for n in (1, 2, 3)
    ]
    await asyncio.sleep(0)
    refused = _Context("ipv4:10.0.2.4:1")
    with pytest.raises(grpc.aio.AbortError):
        await _company("444444444").run(
            asyncio.ensure_future, served.stream_unary(_requests(arrived, "r4"), refused)
        )
    assert (refused.code, refused.reason) == (grpc.StatusCode.RESOURCE_EXHAUSTED, "UNFINISHED_REQUESTS_BUSY")
    arrived.set()
    assert await asyncio.gather(*waiting) == ["answer to r1", "answer to r2", "answer to r3"]
    assert await served.stream_unary(_requests(arrived, "r5"), _Context("ipv4:10.0.2.5:1")) == "answer to r5"


async def test_a_call_refused_within_is_answered_at_once_without_its_request_and_takes_no_place():
    """No key, past its company's share, the replica stopping: such a call waited for its request (holding one of
    its address's places, no key needed) before the refusal was said."""

    async def refuse(request: Any, context: _Context) -> None:
        context.refused_with = request
        raise grpc.aio.AbortError()

    async def stream_refusal(request: Any, context: _Context) -> AsyncIterator[str]:
        raise grpc.aio.AbortError()
        yield "never"  # pragma: no cover

    interceptor = RequestArrivalInterceptor(ErrorTable(is_outage), per_address=1)
    details = SimpleNamespace(method="/pdpgateway.v1.InvoiceService/X", invocation_metadata=())
    never = asyncio.Event()
    for shape in (grpc.unary_unary_rpc_method_handler, grpc.unary_stream_rpc_method_handler):
        refusal = await interceptor.intercept_handler(shape(refuse, request_deserializer=unread), details)
        for _ in range(3):  # none holds the address's one place
            context = _Context()
            with pytest.raises(grpc.aio.AbortError):
                await behavior_of(refusal)(_requests(never), context)
            assert context.refused_with is None
    refusal = await interceptor.intercept_handler(
        grpc.unary_stream_rpc_method_handler(stream_refusal, request_deserializer=unread), details
    )
    with pytest.raises(grpc.aio.AbortError):
        await anext(refusal.stream_stream(_requests(never), _Context()))
    served = await interceptor.intercept_handler(grpc.unary_unary_rpc_method_handler(_answer), details)
    never.set()
    assert await served.stream_unary(_requests(never, "r"), _Context()) == "answer to r"


async def test_a_call_whose_metadata_is_past_its_bound_is_refused_at_once_naming_the_rule():
    """gRPC core let 8 MB of metadata through when sent in another HPACK form than its own clients use (a literal
    added to the table): 20 stalled calls with 4 MB each held 117 MB of `serve`."""
    interceptor = RequestArrivalInterceptor(ErrorTable(is_outage))
    never = asyncio.Event()
    for shape in (
        grpc.unary_unary_rpc_method_handler,
        grpc.unary_stream_rpc_method_handler,
        grpc.stream_stream_rpc_method_handler,  # reflection
    ):
        served = await interceptor.intercept_handler(
            shape(_answer),
            SimpleNamespace(
                method="/pdpgateway.v1.InvoiceService/X", invocation_metadata=(("x-pad", "a" * 16_400),)
            ),
        )
        context = _Context()
        with pytest.raises(grpc.aio.AbortError):
            answer = behavior_of(served)(_requests(never), context)
            await (anext(answer) if inspect.isasyncgen(answer) else answer)
        assert (context.code, context.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "PDP-METADATA")
    within = SimpleNamespace(
        method="/pdpgateway.v1.InvoiceService/X", invocation_metadata=(("x-pad", "a" * 16_000),)
    )
    served = await interceptor.intercept_handler(grpc.unary_unary_rpc_method_handler(_answer), within)
    never.set()
    assert await served.stream_unary(_requests(never, "r"), _Context()) == "answer to r"


async def test_streams_keep_their_behavior_and_a_request_stream_is_left_as_it_is():
    async def events(request: str, context: Any) -> AsyncIterator[str]:
        yield request
        yield "more"

    async def written(request: str, context: Any) -> None:  # the health Watch writes with context.write
        context.done = request

    arrived, context = asyncio.Event(), _Context()
    arrived.set()
    served = await _intercepted(grpc.unary_stream_rpc_method_handler(events))
    assert served.request_streaming and served.response_streaming
    assert [a async for a in served.stream_stream(_requests(arrived, "r"), context)] == ["r", "more"]
    served = await _intercepted(grpc.unary_stream_rpc_method_handler(written))
    await served.stream_stream(_requests(arrived, "w"), context)
    assert context.done == "w"
    reflection = grpc.stream_stream_rpc_method_handler(events)
    assert await _intercepted(reflection) is reflection


def test_a_peer_s_address_is_its_host_without_its_port_an_ipv6_one_its_64():
    assert address_of("ipv4:10.0.0.7:51234") == "ipv4:10.0.0.7"
    assert address_of("ipv6:[::1]:51234") == "ipv6:[::]/64"
    assert address_of("unix:/run/gw.sock") == "unix:/run/gw.sock"
    # One host is commonly given a /64: by its full address, a client calling from each of its addresses took
    # as many shares of the per-address bounds (health's pace, calls waiting for their request).
    many = {address_of(f"ipv6:[2001:db8:1:2::{n:x}]:{40000 + n}") for n in range(1, 1000)}
    assert many == {"ipv6:[2001:db8:1:2::]/64"}
    assert address_of("ipv6:[2001:db8:1:3::1]:1") != address_of("ipv6:[2001:db8:1:2::1]:1")
    assert address_of("ipv6:[::ffff:10.0.0.7]:51234") == "ipv4:10.0.0.7"
    assert address_of("ipv6:[fe80::1%eth0]:51234") == "ipv6:[fe80::]/64"


async def test_a_large_request_refused_before_its_method_gives_its_bytes_back_when_its_call_ends():
    """An interceptor refusing it after it was read (admission's slot taken in the meantime) never reached the
    method's own wrapper, which gives the bytes back: they stayed held, in gRPC's cycle, until a full collection."""
    large = LargeRequests(budget=8 << 20)
    held = TolerantReading(svc.SubmitInvoiceRequest.FromString, 64 << 20, large)(
        svc.SubmitInvoiceRequest(request_id="a" * (2 << 20)).SerializeToString()
    )
    assert isinstance(held, Held) and large.held > 2 << 20

    async def refuse(request: Any, context: Any) -> None:
        raise grpc.aio.AbortError()

    served = await _intercepted(grpc.unary_unary_rpc_method_handler(refuse))

    async def one_request() -> AsyncIterator[Any]:
        yield held

    with pytest.raises(grpc.aio.AbortError):
        await served.stream_unary(one_request(), _Context())
    assert large.held == 0 and held.message is None
