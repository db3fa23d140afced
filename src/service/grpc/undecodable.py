"""A request whose bytes are not a message of its method's type (a corrupt wire format, a string field that is not
UTF-8): INVALID_ARGUMENT naming PDP-MESSAGE, like any other bad input.

gRPC decodes a request before any servicer code runs, and a decoding error there is answered UNKNOWN ("Unexpected
<class 'DecodeError'>") with a traceback logged as an ERROR: a client's mistake reported as the gateway's, and a
log any API key holder could flood. So the requests of the gateway's own methods are decoded by `TolerantReading`, which
turns that error into an `Undecodable` request; the check every servicer method runs first (`errors.maps_errors`)
refuses it with its finding. Health and reflection (the libraries' own servicers, which would not know an
`Undecodable`) read theirs the same way, bounded, and refuse an `Undecodable` before the library sees it
(`service.grpc.public_services`); a client-streaming method of the gateway would keep gRPC's decoding (it has none).
"""

from __future__ import annotations

import contextlib
import inspect
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf.message import DecodeError

from aio import off_loop
from domain.bounds import shorten
from domain.errors import RequestRejected
from domain.findings import Finding, Severity
from service.grpc.handlers import HandlerInterceptor, WrappedOnce, behavior_of, same_shape
from service.grpc.request_bytes import (
    GZIP_MAGIC,
    SMALL_REQUEST_BYTES,
    Compressed,
    Held,
    LargeRequests,
    LargeRequestsBusy,
    NotInflated,
    inflated,
    let_go,
    most_request_bytes,
)
from service.observability.logging import company_var

RULE_MESSAGE = "PDP-MESSAGE"
GATEWAY_METHODS = "/pdpgateway."  # the gateway's own services (health and reflection are grpc.*)
PUBLIC_REQUEST_BYTES = 4096  # a public method's request (a service or symbol name): decoded up to this size
_MAX_WHY = 120


@dataclass(frozen=True, slots=True)
class Undecodable:
    """What a method is handed instead of its request when the bytes could not be decoded as one (`busy`: they were
    not decoded because the process holds its budget of large requests: service.grpc.request_bytes)."""

    why: str
    busy: bool = False

    def finding(self) -> Finding:
        return Finding(
            RULE_MESSAGE,
            Severity.FATAL,
            f"the request {shorten(self.why, _MAX_WHY)}",
            layer="request",
        )

    def refusal(self) -> Exception:
        if self.busy:
            return LargeRequestsBusy(self.why)
        return RequestRejected([self.finding()])


# A gzip request up to this size inflates to about 1 MiB at most (gzip's ratio is about 1,032 to 1): a few
# milliseconds, read where it comes; a larger one of a large method is inflated in its call, in the reader thread
# (aio.off_loop): on the event loop, a 60 MiB request of 61 KB on the wire held every call of the process 329 ms.
INFLATED_WHERE_IT_COMES = 1 << 10


class TolerantReading:
    """`deserializer`, answering an `Undecodable` where it would raise DecodeError, or for a request past
    `most_bytes` (inflated: service.grpc.request_bytes); with `large`, a request over SMALL_REQUEST_BYTES is `Held`
    within its budget, else `Undecodable` busy. With `later`, a large method's gzip request is `Compressed`, read by
    `finish` in its call."""

    def __init__(
        self,
        deserializer: Callable[[bytes], Any],
        most_bytes: int,
        large: LargeRequests | None = None,
        *,
        later: bool = False,
    ) -> None:
        self._deserializer = deserializer
        self._most_bytes = most_bytes
        self._large = large
        self._later = later and most_bytes > SMALL_REQUEST_BYTES

    def __call__(self, data: bytes) -> Any:
        if len(data) > self._most_bytes:
            return Undecodable(f"is {len(data):,} bytes, over the {self._most_bytes:,} this method reads")
        if self._later and len(data) > INFLATED_WHERE_IT_COMES and data.startswith(GZIP_MAGIC):
            return Compressed(data)
        limit = self._limit()
        return self._decoded(inflated(data, limit), limit)

    async def finish(self, request: Compressed) -> Any:
        """A `Compressed` request read: inflated in the reader thread, within what is left of the budget now."""
        limit, data = self._limit(), request.data
        request.data = b""
        return self._decoded(
            await off_loop.run(lambda: inflated(data, limit), company=company_var.get()), limit
        )

    def _limit(self) -> int:
        return self._most_bytes if self._large is None else self._large.room(self._most_bytes)

    def _decoded(self, body: bytes | NotInflated, limit: int) -> Any:
        large = self._large
        if isinstance(body, NotInflated):
            if body.past and large is not None and limit < self._most_bytes:
                return Undecodable(large.busy(), busy=True)
            return Undecodable(f"{body.why} this method reads" if body.past else body.why)
        if large is not None and not large.take(len(body)):
            return Undecodable(large.busy(), busy=True)
        try:
            message = self._deserializer(body)
        except DecodeError as exc:
            message = Undecodable(f"is not a message of this method's type: {exc}")
        if large is None or len(body) <= SMALL_REQUEST_BYTES:
            return message
        return Held(message, large, len(body))


def _forget_frames(exc: BaseException) -> None:
    """Clear the locals of the finished frames `exc` and the exceptions it follows went through: gRPC keeps an
    aborted call's exception in a reference cycle with the call's frames, which held its request (60 MB for a large
    one) until a full garbage collection, which a few large calls never trigger (16 refused 60 MB SubmitInvoice one
    after another grew `serve` by 58 MB each)."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)  # the frame still running (this one) is skipped
        pending += [current.__context__, current.__cause__]


@contextlib.contextmanager
def _for_the_call(request: Held) -> Iterator[None]:
    """While `request`'s call runs; then its bytes given back to the budget, and its message let go of (no local
    of a frame the call went through may hold it: see `_forget_frames`)."""
    try:
        yield
    except BaseException as exc:
        _forget_frames(exc)
        raise
    finally:
        let_go(request)


def _held_for_the_call(behavior: Any, reading: TolerantReading) -> Any:
    """`behavior`, handed a `Held` request's message for the length of its call (a `Compressed` one read first)."""
    if inspect.isasyncgenfunction(behavior):

        async def stream(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            if isinstance(request, Compressed):
                request = await reading.finish(request)
            if not isinstance(request, Held):
                async for answer in behavior(request, context):
                    yield answer
                return
            with _for_the_call(request):
                async for answer in behavior(request.message, context):
                    yield answer

        return stream

    async def unary(request: Any, context: grpc.aio.ServicerContext) -> Any:
        if isinstance(request, Compressed):
            request = await reading.finish(request)
        if not isinstance(request, Held):
            return await behavior(request, context)
        with _for_the_call(request):
            return await behavior(request.message, context)

    return unary


class UndecodableInterceptor(HandlerInterceptor):
    """The innermost interceptor: the gateway's methods decode their requests with `TolerantReading`, within their bound
    (`max_message` for LARGE_REQUEST_METHODS) and the process's budget of large requests."""

    def __init__(self, max_message: int, large: LargeRequests | None = None) -> None:
        self._max_message = max_message
        self._large = large or LargeRequests()
        # The same handler every time for a method, which the telemetry interceptor's own cache relies on.
        self._tolerant = WrappedOnce(self._decoding_tolerantly)

    def _decoding_tolerantly(self, handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
        deserializer = handler.request_deserializer
        if deserializer is None:  # the method takes raw bytes: nothing to decode
            return handler
        reading = TolerantReading(
            deserializer, most_request_bytes(method, self._max_message), self._large, later=True
        )
        return same_shape(
            handler, _held_for_the_call(behavior_of(handler), reading), request_deserializer=reading
        )

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        if handler.request_streaming or not details.method.startswith(GATEWAY_METHODS):
            return handler
        return self._tolerant(handler, details.method)
