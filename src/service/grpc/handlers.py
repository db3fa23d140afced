"""Rebuilding an RPC method handler around another behavior, keeping its shape and serializers; the gateway's
interceptors, which each rebuild the handler gRPC found for a call."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any

import grpc

MAX_CACHED_METHODS = 512  # far above the methods served; bounds a cache whatever clients call


def unread(request: bytes) -> None:
    """A refused call's request, left unparsed: neither inflated nor decoded (service.grpc.request_bytes), nor
    counted in the large requests' budget, for a call that will not be served (no key, past its pace)."""


def same_shape(
    handler: grpc.RpcMethodHandler, behavior: Any, request_deserializer: Any = None
) -> grpc.RpcMethodHandler:
    """`handler` around `behavior`, reading its requests with `request_deserializer` if given, else its own."""
    kwargs = {
        "request_deserializer": request_deserializer or handler.request_deserializer,
        "response_serializer": handler.response_serializer,
    }
    if handler.request_streaming and handler.response_streaming:
        return grpc.stream_stream_rpc_method_handler(behavior, **kwargs)
    if handler.request_streaming:
        return grpc.stream_unary_rpc_method_handler(behavior, **kwargs)
    if handler.response_streaming:
        return grpc.unary_stream_rpc_method_handler(behavior, **kwargs)
    return grpc.unary_unary_rpc_method_handler(behavior, **kwargs)


def behavior_of(handler: grpc.RpcMethodHandler) -> Any:
    return handler.unary_unary or handler.unary_stream or handler.stream_unary or handler.stream_stream


class WrappedOnce:
    """Each method's handler wrapped once, not on every call: kept while the server hands out the same handler for
    the method (a refusal, e.g. auth's, is a new handler each time: wrapped, never cached beyond the bound)."""

    def __init__(self, wrap: Callable[[grpc.RpcMethodHandler, str], grpc.RpcMethodHandler]) -> None:
        self._wrap = wrap
        self._wrapped: dict[str, tuple[grpc.RpcMethodHandler, grpc.RpcMethodHandler]] = {}

    def __call__(self, handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
        cached = self._wrapped.get(method)
        if cached is not None and cached[0] is handler:
            return cached[1]
        wrapped = self._wrap(handler, method)
        if len(self._wrapped) < MAX_CACHED_METHODS:
            self._wrapped[method] = (handler, wrapped)
        return wrapped


class HandlerInterceptor(grpc.aio.ServerInterceptor, ABC):
    """An interceptor of the handler gRPC found for a call: `entering` runs before the inner interceptors do, then
    `intercept_handler` returns the handler to serve the call with. An unknown method (no handler) is passed on
    untouched, for gRPC to answer UNIMPLEMENTED."""

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        self.entering(handler_call_details)
        handler = await continuation(handler_call_details)
        if handler is None:
            return handler
        return await self.intercept_handler(handler, handler_call_details)

    def entering(self, details: grpc.HandlerCallDetails) -> None:
        """What the inner interceptors must find done (nothing, unless an interceptor says otherwise)."""

    @abstractmethod
    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler: ...
