"""Per-RPC request id, access log line (DEBUG when OK, INFO when not, within a budget per caller:
service.grpc.failed_call_log), and Prometheus counts and latencies by method and status code."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import logging
import re
import time
import uuid
from typing import Any

import grpc
from prometheus_client import CollectorRegistry, Counter, Histogram

from service.grpc.failed_call_log import FailedCallLog
from service.grpc.handlers import MAX_CACHED_METHODS, HandlerInterceptor, WrappedOnce, behavior_of, same_shape
from service.observability.logging import company_var, request_id_var

_log = logging.getLogger("service.rpc")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


# Buckets sized for a sub-50 ms service, with a tail for slow database moments.
_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0)


class RpcMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.calls = Counter(
            "pdp_gateway_grpc_calls", "gRPC calls handled", ["method", "code"], registry=registry
        )
        self.latency = Histogram(
            "pdp_gateway_grpc_latency_seconds",
            "gRPC call latency",
            ["method", "code"],
            buckets=_BUCKETS,
            registry=registry,
        )

        self._children: dict[
            tuple[str, str], tuple[Any, Any]
        ] = {}  # labels() looked up once per (method, code)

    def observe(self, method: str, code: str, seconds: float) -> None:
        children = self._children.get((method, code))
        if children is None:
            children = (self.calls.labels(method, code), self.latency.labels(method, code))
            if len(self._children) < MAX_CACHED_METHODS * 4:
                self._children[(method, code)] = children
        children[0].inc()
        children[1].observe(seconds)


# A request without its own id gets this process's prefix and a counter: unique, and no random bytes per call.
_ID_PREFIX = uuid.uuid4().hex[:12]
_ids = itertools.count(1)


def _incoming_request_id(metadata: Any) -> str:
    for key, value in metadata or ():
        if key == "x-request-id" and isinstance(value, str) and _REQUEST_ID.match(value):
            return value
    return f"{_ID_PREFIX}-{next(_ids):x}"


def _code_name(context: grpc.aio.ServicerContext, failed: bool, cancelled: bool = False) -> str:
    code = context.code()
    if code is None:
        if cancelled:  # the client went away (a Watch it stopped, a deadline): not a failure of ours
            return "CANCELLED"
        return "UNKNOWN" if failed else "OK"
    if isinstance(code, grpc.StatusCode):
        return code.name
    return next((c.name for c in grpc.StatusCode if c.value[0] == code), str(code))


def failed_call_log() -> FailedCallLog:
    """The failed calls' log of the access lines' logger; one per process (serve flushes it once its server stopped)."""
    return FailedCallLog(_log)


class TelemetryInterceptor(HandlerInterceptor):
    """Outermost but the request's arrival (service.grpc.arrival): sets the request id first, so auth failures are
    logged and counted too."""

    def __init__(self, metrics: RpcMetrics, failed: FailedCallLog | None = None) -> None:
        self._metrics = metrics
        self._failed = failed or failed_call_log()
        # method -> (the handler found for it, that handler wrapped): a method is wrapped once, not on every call.
        self._wrapped = WrappedOnce(self._wrap)

    def entering(self, details: grpc.HandlerCallDetails) -> None:
        request_id_var.set(_incoming_request_id(details.invocation_metadata))

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        return self._wrapped(handler, details.method)

    def _wrap(self, handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
        behavior = behavior_of(handler)
        if inspect.isasyncgenfunction(behavior):
            return same_shape(handler, self._wrap_generator(behavior, method))
        return same_shape(handler, self._wrap_coroutine(behavior, method))

    def _done(
        self,
        context: grpc.aio.ServicerContext,
        method: str,
        started: float,
        failed: bool,
        cancelled: bool = False,
    ) -> None:
        elapsed = time.perf_counter() - started
        code = _code_name(context, failed, cancelled)
        self._metrics.observe(method, code, elapsed)
        # A successful call is counted and timed above (Prometheus: the aggregate view at any log level); its own
        # line costs a JSON record per call on the hot path, so it is DEBUG. A failed call is an INFO line, or a
        # count in one once its caller (its company, or no valid key) has written its lines of the moment.
        if code != "OK":
            self._failed.failed(company_var.get(), method, code, round(elapsed * 1000, 2))
        elif _log.isEnabledFor(logging.DEBUG):
            _log.debug("rpc", extra={"method": method, "code": code, "ms": round(elapsed * 1000, 2)})

    def _wrap_coroutine(self, behavior: Any, method: str) -> Any:
        """Unary responses, and streams written with `context.write` (the health Watch)."""

        async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> Any:
            context.set_trailing_metadata((("x-request-id", request_id_var.get()),))
            started, failed, cancelled = time.perf_counter(), True, False
            try:
                response = await behavior(request, context)
                failed = False
                return response
            except asyncio.CancelledError:
                cancelled = True
                raise
            finally:
                self._done(context, method, started, failed, cancelled)

        return wrapped

    def _wrap_generator(self, behavior: Any, method: str) -> Any:
        """A stream the gateway yields, written here with `context.write` rather than handed to gRPC as a generator:
        gRPC cancels a stream's task wherever it waits, and a generator cancelled while gRPC sent its item was left to
        the garbage collector (the task's CancelledError keeps the frame holding it), so the stream's end (this
        count, its company's stream slot, its subscription) waited for a full collection, minutes under load."""

        async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> None:
            context.set_trailing_metadata((("x-request-id", request_id_var.get()),))
            started, failed, cancelled = time.perf_counter(), True, False
            items = behavior(request, context)
            try:
                async for item in items:
                    await context.write(item)
                failed = False
            except asyncio.CancelledError:  # the client cancelled the stream
                cancelled = True
                raise
            finally:
                try:
                    await items.aclose()  # its `finally` blocks run now, whatever holds this frame
                finally:
                    self._done(context, method, started, failed, cancelled)

        return wrapped
