"""A request whose bytes are not a message of its method's type (a corrupt wire format, a string field that is not
UTF-8): INVALID_ARGUMENT naming PDP-MESSAGE, like any other bad input.

gRPC decodes a request before any servicer code runs, and a decoding error there is answered UNKNOWN ("Unexpected
<class 'DecodeError'>") with a traceback logged as an ERROR: a client's mistake reported as the gateway's, and a
log any API key holder could flood. So the requests of the gateway's own methods are decoded by `tolerant`, which
turns that error into an `Undecodable` request; the check every servicer method runs first (`errors.maps_errors`)
refuses it with its finding. Health and reflection (the libraries' own servicers, which would not know an
`Undecodable`) read theirs the same way, bounded, and refuse an `Undecodable` before the library sees it
(`service.grpc.public_services`); a client-streaming method of the gateway would keep gRPC's decoding (it has none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf.message import DecodeError

from domain.bounds import shorten
from domain.findings import Finding, Severity
from service.grpc.handlers import HandlerInterceptor, WrappedOnce, behavior_of, same_shape

RULE_MESSAGE = "PDP-MESSAGE"
GATEWAY_METHODS = "/pdpgateway."  # the gateway's own services (health and reflection are grpc.*)
PUBLIC_REQUEST_BYTES = 4096  # a public method's request (a service or symbol name): decoded up to this size
_MAX_WHY = 120


@dataclass(frozen=True, slots=True)
class Undecodable:
    """What a method is handed instead of its request when the bytes could not be decoded as one."""

    why: str

    def finding(self) -> Finding:
        return Finding(
            RULE_MESSAGE,
            Severity.FATAL,
            f"the request is not a message of this method's type: {shorten(self.why, _MAX_WHY)}",
            layer="request",
        )


def tolerant(deserializer: Callable[[bytes], Any], most_bytes: int | None = None) -> Callable[[bytes], Any]:
    """`deserializer`, answering an `Undecodable` where it would raise DecodeError, or for more than `most_bytes`."""

    def decode(data: bytes) -> Any:
        if most_bytes is not None and len(data) > most_bytes:
            return Undecodable(f"{len(data)} bytes, over the {most_bytes} this method reads")
        try:
            return deserializer(data)
        except DecodeError as exc:
            return Undecodable(str(exc))

    return decode


def _decoding_tolerantly(handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
    deserializer = handler.request_deserializer
    if deserializer is None:  # the method takes raw bytes: nothing to decode
        return handler
    return same_shape(handler, behavior_of(handler), request_deserializer=tolerant(deserializer))


class UndecodableInterceptor(HandlerInterceptor):
    """The innermost interceptor: the gateway's methods decode their requests with `tolerant`."""

    def __init__(self) -> None:
        # The same handler every time for a method, which the telemetry interceptor's own cache relies on.
        self._tolerant = WrappedOnce(_decoding_tolerantly)

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        if handler.request_streaming or not details.method.startswith(GATEWAY_METHODS):
            return handler
        return self._tolerant(handler, details.method)
