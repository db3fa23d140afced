"""A request is inflated by the gateway within its method's bound, and the large ones within the process's budget:
gRPC's own decompression made a 60 MB id of 58 KB on the wire before any bound could refuse it."""

from __future__ import annotations

import gc
import gzip
import threading
import tracemalloc
import zlib
from collections import namedtuple
from typing import Any

import grpc
import pytest
from google.protobuf.descriptor import Descriptor, FieldDescriptor

from pdpgateway.v1 import (
    archive_service_pb2,
    document_service_pb2,
    invoice_service_pb2,
    reception_service_pb2,
    reporting_service_pb2,
)
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc import request_bytes, undecodable
from service.grpc.request_bytes import (
    LARGE_REQUEST_METHODS,
    SMALL_REQUEST_BYTES,
    Held,
    LargeRequests,
    LargeRequestsBusy,
    most_request_bytes,
)
from service.grpc.undecodable import TolerantReading, Undecodable, UndecodableInterceptor

MiB = 1 << 20
_Details = namedtuple("_Details", "method invocation_metadata", defaults=((),))
_read_get = svc.GetInvoiceRequest.FromString
_read_submit = svc.SubmitInvoiceRequest.FromString


def _bomb(size: int) -> bytes:
    """A GetInvoiceRequest (or any message whose field 1 is a string) of `size` bytes, gzip-compressed: ~1/1000."""
    return gzip.compress(svc.GetInvoiceRequest(invoice_id="a" * size).SerializeToString(), 9)


def test_a_gzip_bomb_is_refused_at_the_method_s_bound_without_being_inflated_past_it():
    bomb = _bomb(60_000_000)
    assert len(bomb) < 100_000
    tracemalloc.start()
    try:
        request = TolerantReading(_read_get, SMALL_REQUEST_BYTES)(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(request, Undecodable) and not request.busy
    assert request.finding().rule_id == "PDP-MESSAGE"
    assert "inflates past the 1,048,576 bytes this method reads" in request.finding().message
    assert peak < 3 * MiB  # gRPC made all 60 MB (and the process held them 3 times over) before any bound


def test_a_gzip_request_within_its_bound_is_read_as_if_it_came_uncompressed():
    sent = svc.GetInvoiceRequest(invoice_id="inv-1")
    assert TolerantReading(_read_get, SMALL_REQUEST_BYTES)(gzip.compress(sent.SerializeToString())) == sent
    assert TolerantReading(_read_get, SMALL_REQUEST_BYTES)(sent.SerializeToString()) == sent


@pytest.mark.parametrize(
    "data",
    [
        gzip.compress(b"\x0a\x01a")[:-5],  # cut short
        gzip.compress(b"\x0a\x01a") + b"more",
        gzip.compress(b"\x0a\x01a") + gzip.compress(b"\x0a\x01b"),  # a second member
        b"\x1f\x8b" + b"\x00" * 20,  # not a gzip stream
    ],
    ids=["cut", "trailing", "two-members", "corrupt"],
)
def test_a_broken_gzip_request_is_pdp_message(data: bytes):
    request = TolerantReading(_read_get, SMALL_REQUEST_BYTES)(data)
    assert isinstance(request, Undecodable) and request.finding().rule_id == "PDP-MESSAGE"


def test_an_uncompressed_request_past_its_method_s_bound_is_not_parsed():
    request = TolerantReading(_read_get, SMALL_REQUEST_BYTES)(
        svc.GetInvoiceRequest(invoice_id="a" * 2 * MiB).SerializeToString()
    )
    assert (
        isinstance(request, Undecodable)
        and "over the 1,048,576 this method reads" in request.finding().message
    )


def test_large_requests_hold_the_budget_until_their_call_ends_and_the_next_is_busy():
    large = LargeRequests(budget=5 * MiB)
    read = TolerantReading(_read_submit, 64 * MiB, large)
    two_mib = gzip.compress(svc.SubmitInvoiceRequest(request_id="a" * 2 * MiB).SerializeToString())
    first, second = read(two_mib), read(two_mib)
    assert isinstance(first, Held) and isinstance(second, Held) and large.held > 4 * MiB
    third = read(two_mib)
    assert isinstance(third, Undecodable) and third.busy
    assert isinstance(third.refusal(), LargeRequestsBusy)
    assert "at most 5,242,880 at once" in str(third.refusal())
    small = read(gzip.compress(svc.SubmitInvoiceRequest(request_id="r").SerializeToString()))
    assert small == svc.SubmitInvoiceRequest(request_id="r")  # a small request never waits for the large ones
    first.release()
    assert isinstance(read(two_mib), Held)


def test_a_request_larger_than_the_whole_budget_is_taken_alone():
    large = LargeRequests(budget=MiB + 1)
    read = TolerantReading(_read_submit, 64 * MiB, large)
    alone = read(gzip.compress(svc.SubmitInvoiceRequest(request_id="a" * 3 * MiB).SerializeToString()))
    assert isinstance(alone, Held)
    assert isinstance(
        read(gzip.compress(svc.SubmitInvoiceRequest(request_id="b" * 2 * MiB).SerializeToString())),
        Undecodable,
    )


def test_a_held_request_never_handed_to_its_method_gives_its_bytes_back_when_collected():
    large = LargeRequests(budget=8 * MiB)
    held = TolerantReading(_read_submit, 64 * MiB, large)(
        svc.SubmitInvoiceRequest(request_id="a" * 2 * MiB).SerializeToString()
    )
    assert large.held > 2 * MiB
    del held
    gc.collect()
    assert large.held == 0


def test_the_budget_is_read_when_the_process_makes_it(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(request_bytes, "LARGE_REQUESTS_BYTES", 3 * MiB)
    assert LargeRequests().budget == 3 * MiB


def _holds_an_invoice_or_bytes(message: Descriptor, seen: frozenset[str] = frozenset()) -> bool:
    return message.name == "Invoice" or any(
        f.type == FieldDescriptor.TYPE_BYTES
        or (
            f.message_type is not None
            and f.message_type.full_name not in seen
            and _holds_an_invoice_or_bytes(f.message_type, seen | {message.full_name})
        )
        for f in message.fields
    )


def test_the_methods_reading_large_requests_are_those_carrying_invoices_documents_or_batches():
    methods = {
        f"/{service.full_name}/{method.name}": method.input_type
        for module in (
            archive_service_pb2,
            document_service_pb2,
            invoice_service_pb2,
            reception_service_pb2,
            reporting_service_pb2,
        )
        for service in module.DESCRIPTOR.services_by_name.values()
        for method in service.methods
    }
    assert LARGE_REQUEST_METHODS <= set(methods)  # no name mistyped
    batches = {name for name in methods if ".ReportingService/Record" in name}
    for name, request in methods.items():
        large = _holds_an_invoice_or_bytes(request) or name in batches
        assert (name in LARGE_REQUEST_METHODS) == large, name
        assert most_request_bytes(name, 64 * MiB) == (64 * MiB if large else SMALL_REQUEST_BYTES)


def test_a_zlib_stream_is_no_gzip_and_is_read_as_a_message():
    # deflate is refused by gRPC itself (ACCEPTED_COMPRESSION): its bytes are never taken for gzip here
    request = TolerantReading(_read_get, SMALL_REQUEST_BYTES)(zlib.compress(b"\x0a\x01a"))
    assert isinstance(request, Undecodable) or request != svc.GetInvoiceRequest(invoice_id="a")


def test_a_large_request_past_what_is_left_of_the_budget_is_refused_busy_once_it_inflates_past_it():
    """Not inflated to its method's bound (64 MiB) to learn it does not fit: what is left of the budget (2 MiB)
    is what its inflation may make."""
    large = LargeRequests(budget=8 * MiB)
    reading = TolerantReading(_read_submit, 64 * MiB, large)
    first = reading(gzip.compress(svc.SubmitInvoiceRequest(request_id="a" * 6 * MiB).SerializeToString()))
    assert isinstance(first, Held) and large.held > 6 * MiB
    bomb = gzip.compress(svc.SubmitInvoiceRequest(request_id="a" * 40 * MiB).SerializeToString(), 9)
    tracemalloc.start()
    try:
        request = reading(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(request, Undecodable) and request.busy
    assert peak < 8 * MiB  # 40 MiB made, then refused for the budget
    first.release()
    assert large.held == 0


async def test_a_large_method_s_gzip_request_is_inflated_in_its_call_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch,
):
    """gRPC calls the deserializer on the event loop: a 60 MiB request of 61 KB on the wire took 329 ms to inflate
    there, every other call of the process waiting (about 3 a second with one valid key held a process's loop)."""
    inflating: list[threading.Thread] = []
    inflate = undecodable.inflated

    def watched(data: bytes, limit: int) -> Any:
        inflating.append(threading.current_thread())
        return inflate(data, limit)

    monkeypatch.setattr(undecodable, "inflated", watched)
    seen: list[Any] = []

    async def method(request: Any, context: Any) -> str:
        seen.append(request)
        return "done"

    handler = grpc.unary_unary_rpc_method_handler(method, request_deserializer=_read_submit)
    interceptor = UndecodableInterceptor(64 * MiB, LargeRequests(budget=8 * MiB))
    wrapped = await interceptor.intercept_handler(
        handler, _Details("/pdpgateway.v1.InvoiceService/SubmitInvoice")
    )
    sent = svc.SubmitInvoiceRequest(request_id="a" * 2 * MiB)
    request = wrapped.request_deserializer(gzip.compress(sent.SerializeToString()))
    assert inflating == []  # not by the deserializer, on the loop
    assert await wrapped.unary_unary(request, None) == "done"
    assert seen == [sent]
    assert inflating and threading.main_thread() not in inflating
    small = svc.SubmitInvoiceRequest(request_id="r")  # a few bytes: inflated at once, where they come
    assert wrapped.request_deserializer(gzip.compress(small.SerializeToString())) == small
