"""A call's request must arrive, in time, and few calls wait for theirs at once: per client address, per company, per
process.

gRPC holds a call whose request message never completes (its headers, then a few bytes of the message, never the
rest) until its client leaves, and no code of ours runs before the message is whole: on `serve`, 5,000 such calls
from 20 connections (no key needed) grew the process by 80 MB, answered nothing and logged nothing, and the only bound
was `GRPC_MAX_CONNECTIONS` × 256 streams a connection (about 4 GB). Cancelling the call's task from an interceptor
(which has no context to answer with) left gRPC holding most of the streams.

So every call taking one request (unary, or server-streaming) is served as a call that reads its request itself
(gRPC's stream-request shape: the method starts at once, with the call's context): the request must arrive within
`REQUEST_ARRIVAL_S` (DEADLINE_EXCEEDED `REQUEST_TOO_SLOW` past it: the call ends and gRPC lets its stream go), and
at most `UNFINISHED_PER_ADDRESS` calls of one client address, `UNFINISHED_PER_COMPANY` of one company (the calls
without a key, health's, counted as one), `UNFINISHED_PER_PROCESS` in all wait for their request on a process
(RESOURCE_EXHAUSTED `UNFINISHED_REQUESTS_BUSY` at once past any, the request not read): a key's holder calling from
many addresses (an IPv6 /48 is 65,536 /64s) took 100 places for each. A call the inner interceptors refuse (no key,
past its company's share, the replica stopping: their handlers read no request, `handlers.unread`) is answered at
once, without waiting for its request nor taking a place. A request of a few bytes arrives with its headers: a
client's calls wait for none of this. The inner interceptors see the method's own shape.

A call's metadata is bounded here too (`METADATA_BYTES`, INVALID_ARGUMENT `PDP-METADATA`, answered at once): the
server advertises 16 KiB (HTTP/2 SETTINGS_MAX_HEADER_LIST_SIZE) and gRPC core refuses more from its own clients, but
a header sent in another HPACK form (a literal added to the table, as the `hpack` package writes it) passed whole:
on `serve`, 8 MB of metadata reached the method, and 20 stalled calls with 4 MB each held 117 MB.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import ipaddress
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import grpc

from domain.errors import RequestRejected
from domain.findings import Finding, Severity
from service.grpc.auth import fail
from service.grpc.errors import ErrorTable, busy, reason_details, register
from service.grpc.handlers import HandlerInterceptor, WrappedOnce, behavior_of, unread
from service.grpc.request_bytes import let_go
from service.observability.logging import company_var
from service.usecases.company_slots import Busy

# As long as a webhook's body may take (WebhookSettings.body_deadline_s): 64 MiB at about 0.5 MB/s
REQUEST_ARRIVAL_S = 120.0
# A client's calls wait for their request a few at once (its large uploads); a stalled flood from one address, 100
UNFINISHED_PER_ADDRESS = 100
# The same for one company's key from any number of addresses, and for the calls without a key (health) together
UNFINISHED_PER_COMPANY = 100
# Every call waiting on a process: about 16 KB each (5,000 held 80 MB), so at most 16 MB
UNFINISHED_PER_PROCESS = 1_000
# A call's metadata, counted as HTTP/2 counts a header list (name, value, 32 bytes each): what the server advertises
METADATA_BYTES = 16 << 10
RULE_METADATA = "PDP-METADATA"


class RequestTooSlow(Exception):
    """The call's request did not arrive whole within REQUEST_ARRIVAL_S."""


class UnfinishedRequestsBusy(Busy):
    """This client address, this company, or this process has all the calls it may have waiting for their request
    on this process already."""


class NoRequest(Exception):
    """The client ended its side of the call without sending its request."""


register(RequestTooSlow, grpc.StatusCode.DEADLINE_EXCEEDED, reason_details("REQUEST_TOO_SLOW"))
register(UnfinishedRequestsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("UNFINISHED_REQUESTS_BUSY"))
register(NoRequest, grpc.StatusCode.INVALID_ARGUMENT, reason_details("NO_REQUEST"))


def address_of(peer: str) -> str:
    """A peer as gRPC names it ("ipv4:10.0.0.7:51234", "ipv6:[2001:db8::7]:51234") without its port: the client's
    address, whichever of its connections it calls on; an IPv6 client's /64 ("ipv6:[2001:db8::]/64"), which one host
    is commonly given whole: counted by its full address, one client took as many shares of the per-address bounds
    as addresses it chose to call from (an IPv4 client mapped into IPv6 is its IPv4 address)."""
    if not peer.startswith(("ipv4:", "ipv6:")):
        return peer
    host = peer.rsplit(":", 1)[0]
    if host.startswith("ipv4:"):
        return host
    try:
        ip = ipaddress.IPv6Address(host.removeprefix("ipv6:").strip("[]").split("%", 1)[0])
    except ValueError:
        return host
    if ip.ipv4_mapped is not None:
        return f"ipv4:{ip.ipv4_mapped}"
    return f"ipv6:[{ipaddress.IPv6Network((ip, 64), strict=False).network_address}]/64"


@contextlib.contextmanager
def _let_go(request: Any) -> Iterator[None]:
    """A large request's bytes given back to their budget when its call ends, however it ends: also when an
    interceptor refuses it before the method's own wrapper (service.grpc.undecodable) gives them back (the call's
    frames, kept in gRPC's reference cycle of an aborted call, would hold them until a full collection)."""
    try:
        yield
    finally:
        let_go(request)


class RequestArrivalInterceptor(HandlerInterceptor):
    """The outermost interceptor: each call of one request reads it within `arrival_s`, at most `per_address` of a
    client address, `per_company` of a company and `per_process` in all waiting for their request at once."""

    def __init__(
        self,
        errors: ErrorTable,
        arrival_s: float | None = None,
        per_address: int | None = None,
        per_company: int | None = None,
        per_process: int | None = None,
    ) -> None:
        self._errors = errors
        self._arrival_s = REQUEST_ARRIVAL_S if arrival_s is None else arrival_s
        self._waiting = _Waiting(
            UNFINISHED_PER_ADDRESS if per_address is None else per_address,
            UNFINISHED_PER_COMPANY if per_company is None else per_company,
            UNFINISHED_PER_PROCESS if per_process is None else per_process,
        )
        self._wrapped = WrappedOnce(self._wrap)

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        size = metadata_bytes(details.invocation_metadata)
        if size > METADATA_BYTES:
            handler = fail(handler, _metadata_too_large(size), self._errors)
        if handler.request_streaming:  # reflection: its requests come as they come, its streams bounded apart
            return handler
        if (
            handler.request_deserializer is unread
        ):  # refused within: answered now, its request never waited for
            return self._refusal(handler)
        return self._wrapped(handler, details.method)

    @staticmethod
    def _refusal(handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        async def no_request(requests: Any, context: grpc.aio.ServicerContext) -> None:
            return None

        return _reading_first(handler, no_request)

    def _wrap(self, handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
        return _reading_first(handler, self._arrived)

    async def _arrived(self, requests: AsyncIterator[Any], context: grpc.aio.ServicerContext) -> Any:
        # the company the AuthInterceptor let in; "" for health's calls, which need no key
        place = (address_of(context.peer()), company_var.get())
        full = self._waiting.full(*place)
        if full:
            await self._errors.abort(context, UnfinishedRequestsBusy(f"{full}: retry once they have sent it"))
        self._waiting.take(*place)
        try:
            async with asyncio.timeout(self._arrival_s):
                async for request in requests:
                    return request
        except TimeoutError:
            await self._errors.abort(
                context,
                RequestTooSlow(f"the request did not arrive within {self._arrival_s:g} s: send it again"),
            )
        finally:
            self._waiting.give_back(*place)
        await self._errors.abort(context, NoRequest("the call ended its side without its request"))


def metadata_bytes(metadata: Any) -> int:
    """A call's metadata as HTTP/2 counts its header list (RFC 7541 4.1: name, value and 32 bytes a field)."""
    return sum(len(key) + len(value) + 32 for key, value in metadata or ())


def _metadata_too_large(size: int) -> RequestRejected:
    why = f"the call's metadata is {size:,} bytes, over the {METADATA_BYTES:,} this server takes: send less"
    return RequestRejected([Finding(RULE_METADATA, Severity.FATAL, why, "metadata", layer="request")])


Read = Callable[[AsyncIterator[Any], grpc.aio.ServicerContext], Awaitable[Any]]


def _reading_first(handler: grpc.RpcMethodHandler, read: Read) -> grpc.RpcMethodHandler:
    """`handler` in the stream-request shape: its behavior called with what `read` makes of the call's requests."""
    behavior = behavior_of(handler)
    serializers = {
        "request_deserializer": handler.request_deserializer,
        "response_serializer": handler.response_serializer,
    }
    if inspect.isasyncgenfunction(behavior):

        async def stream_out(requests: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            request = await read(requests, context)
            with _let_go(request):
                async for answer in behavior(request, context):
                    yield answer

        return grpc.stream_stream_rpc_method_handler(stream_out, **serializers)

    async def one_call(requests: Any, context: grpc.aio.ServicerContext) -> Any:
        # a unary answer, or a stream written with context.write (the health Watch)
        request = await read(requests, context)
        with _let_go(request):
            return await behavior(request, context)

    if handler.response_streaming:
        return grpc.stream_stream_rpc_method_handler(one_call, **serializers)
    return grpc.stream_unary_rpc_method_handler(one_call, **serializers)


class _Waiting:
    """The calls waiting for their request on a process, by client address and by company."""

    def __init__(self, per_address: int, per_company: int, per_process: int) -> None:
        self._per_address = per_address
        self._per_company = per_company
        self._per_process = per_process
        self._addresses: Counter[str] = Counter()
        self._companies: Counter[str] = Counter()
        self._all = 0

    def full(self, address: str, company: str) -> str:
        """What has all its places taken, said for the client; "" when the call may wait."""
        if self._addresses[address] >= self._per_address:
            return (
                f"{self._per_address} calls from this address wait for their request on this server already"
            )
        if self._companies[company] >= self._per_company:
            whose = "of this company" if company else "without an API key"
            return f"{self._per_company} calls {whose} wait for their request on this server already"
        if self._all >= self._per_process:
            return f"{self._per_process} calls wait for their request on this server already"
        return ""

    def take(self, address: str, company: str) -> None:
        self._addresses[address] += 1
        self._companies[company] += 1
        self._all += 1

    def give_back(self, address: str, company: str) -> None:
        self._all -= 1
        for counts, key in ((self._addresses, address), (self._companies, company)):
            counts[key] -= 1
            if not counts[key]:
                del counts[key]
