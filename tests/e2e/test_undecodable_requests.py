"""Requests whose bytes are not a message of the method's type, through the real gRPC server: a string field that
is not UTF-8, a corrupt wire format, or unknown groups nested past the parser's depth. Every method of every
service answers INVALID_ARGUMENT naming PDP-MESSAGE (never gRPC's UNKNOWN "Unexpected DecodeError" with a
traceback in the log), and only once the API key was checked."""

from __future__ import annotations

import logging

import grpc
import pytest
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from grpc_health.v1 import health_pb2, health_pb2_grpc

from pdpgateway.v1 import (
    archive_service_pb2,
    document_service_pb2,
    invoice_service_pb2,
    reception_service_pb2,
    reporting_service_pb2,
)
from service.grpc.undecodable import PUBLIC_REQUEST_BYTES
from tests.e2e.grpc_client import Company, expect_error

_SERVICES = (
    invoice_service_pb2,
    reception_service_pb2,
    reporting_service_pb2,
    archive_service_pb2,
    document_service_pb2,
)
CORRUPT = b"\xff\xff\xff\xff"  # a tag whose varint never ends
DEEP = b"\x7b" * 10_000 + b"\x7c" * 10_000  # an unknown field 15 of groups nested 10,000 deep


def _not_utf8(request: Descriptor) -> list[bytes]:
    """The request with its first string field set to two bytes that are not UTF-8 (none if it has no string)."""
    strings = [f.number for f in request.fields if f.type == FieldDescriptor.TYPE_STRING]
    return [bytes([strings[0] << 3 | 2, 2, 0xFF, 0xFE])] if strings else []


METHODS = [
    (
        f"/{service.full_name}/{method.name}",
        method.server_streaming,
        [*_not_utf8(method.input_type), CORRUPT, DEEP],
    )
    for module in _SERVICES
    for service in module.DESCRIPTOR.services_by_name.values()
    for method in service.methods
]


def _raw(channel: grpc.aio.Channel, method: str, streaming: bool):
    kwargs = {"request_serializer": lambda b: b, "response_deserializer": lambda b: b}
    return channel.unary_stream(method, **kwargs) if streaming else channel.unary_unary(method, **kwargs)


class _FirstMessage:
    """A server stream, awaited until its first message or its error, for `expect_error` (which reads the status
    details through the call's trailing metadata)."""

    def __init__(self, call) -> None:
        self._call = call

    def __await__(self):
        return self._read().__await__()

    async def _read(self) -> None:
        async for _ in self._call:
            return

    def __getattr__(self, name: str):
        return getattr(self._call, name)


@pytest.mark.parametrize(("method", "streaming", "payloads"), METHODS, ids=[m for m, _, _ in METHODS])
async def test_bytes_that_are_not_the_request_message_are_invalid_argument_naming_the_rule(
    channel: grpc.aio.Channel, company: Company, method: str, streaming: bool, payloads: list[bytes]
):
    metadata = (("authorization", f"Bearer {company.api_key}"),)
    for payload in payloads:
        call = _raw(channel, method, streaming)(payload, metadata=metadata, timeout=30)
        error = await expect_error(
            _FirstMessage(call) if streaming else call, grpc.StatusCode.INVALID_ARGUMENT
        )
        assert error.rule_ids == ["PDP-MESSAGE"], error
        assert error.reasons == ["PDP-MESSAGE"]


async def test_the_api_key_is_checked_before_the_request_is_read(channel: grpc.aio.Channel):
    call = _raw(channel, "/pdpgateway.v1.InvoiceService/GetInvoice", False)(CORRUPT, timeout=30)
    await expect_error(call, grpc.StatusCode.UNAUTHENTICATED)


# The public services (no API key: probes, load balancers, grpcurl) read their requests with gRPC's decoding, which
# answered UNKNOWN with an ERROR traceback for each undecodable one: anyone reaching the port wrote ERROR lines.
_HEALTH_CHECK = "/grpc.health.v1.Health/Check"
_HEALTH_WATCH = "/grpc.health.v1.Health/Watch"
_REFLECTION = "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"
_HEALTH_NOT_UTF8 = bytes([1 << 3 | 2, 2, 0xFF, 0xFE])  # HealthCheckRequest.service (1), two bytes not UTF-8


@pytest.mark.parametrize("payload", [_HEALTH_NOT_UTF8, CORRUPT, DEEP], ids=["not-utf8", "corrupt", "deep"])
async def test_a_public_service_s_undecodable_request_is_invalid_argument_without_a_traceback(
    channel: grpc.aio.Channel, caplog: pytest.LogCaptureFixture, payload: bytes
):
    with caplog.at_level(logging.WARNING):
        for call in (
            _raw(channel, _HEALTH_CHECK, False)(payload, timeout=30),
            _FirstMessage(_raw(channel, _HEALTH_WATCH, True)(payload, timeout=30)),
            _FirstMessage(_stream_stream(channel, _REFLECTION)(iter([payload]), timeout=30)),
        ):
            error = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
            assert error.rule_ids == ["PDP-MESSAGE"], error
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [(r.name, r.getMessage()) for r in errors[:3]]


async def test_a_public_service_s_request_past_its_bound_is_refused_not_held(channel: grpc.aio.Channel):
    """A health Watch held its request for the stream's life: 16 Watch streams naming a service of 32 MB (no key
    needed) grew serve's processes by 1.1 GB, and nothing bounded how many a client opened."""
    oversized = health_pb2.HealthCheckRequest(service="x" * (PUBLIC_REQUEST_BYTES + 1))
    for call in (
        health_pb2_grpc.HealthStub(channel).Check(oversized, timeout=30),
        _FirstMessage(health_pb2_grpc.HealthStub(channel).Watch(oversized, timeout=30)),
    ):
        error = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
        assert error.rule_ids == ["PDP-MESSAGE"], error
    # a name of a service the server does not serve: NOT_FOUND at once, as Check answers (it was held open)
    unknown = health_pb2_grpc.HealthStub(channel).Watch(
        health_pb2.HealthCheckRequest(service="nope"), timeout=30
    )
    await expect_error(_FirstMessage(unknown), grpc.StatusCode.NOT_FOUND)


def _stream_stream(channel: grpc.aio.Channel, method: str):
    return channel.stream_stream(method, request_serializer=lambda b: b, response_deserializer=lambda b: b)
