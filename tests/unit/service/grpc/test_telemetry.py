"""The per-call access line: DEBUG for a successful call (counted and timed by the metrics anyway), INFO for a
failed one."""

import asyncio
import gc
import inspect
import logging
from collections.abc import AsyncIterator
from typing import NamedTuple

import grpc
import pytest
from prometheus_client import CollectorRegistry

from service.grpc import failed_call_log
from service.grpc.auth import company_var
from service.grpc.failed_call_log import LINES_PER_WINDOW, WINDOW_S
from service.grpc.telemetry import RpcMetrics, TelemetryInterceptor

METHOD = "/pdpgateway.v1.InvoiceService/SubmitInvoice"


class Details(NamedTuple):
    method: str
    invocation_metadata: tuple[tuple[str, str], ...] = ()


class Context:
    def __init__(self, code: grpc.StatusCode | None) -> None:
        self._code = code

    def code(self) -> grpc.StatusCode | None:
        return self._code


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


def test_a_successful_call_is_counted_and_logged_at_debug_only(
    registry: CollectorRegistry, caplog: pytest.LogCaptureFixture
) -> None:
    interceptor = TelemetryInterceptor(RpcMetrics(registry))
    with caplog.at_level(logging.INFO, logger="service.rpc"):
        interceptor._done(Context(None), METHOD, 0.0, failed=False)  # type: ignore[arg-type]
    assert not caplog.records
    with caplog.at_level(logging.DEBUG, logger="service.rpc"):
        interceptor._done(Context(None), METHOD, 0.0, failed=False)  # type: ignore[arg-type]
    assert [(r.levelno, r.code) for r in caplog.records] == [(logging.DEBUG, "OK")]  # type: ignore[attr-defined]
    assert registry.get_sample_value("pdp_gateway_grpc_calls_total", {"method": METHOD, "code": "OK"}) == 2


def test_a_failed_call_is_logged_at_info(
    registry: CollectorRegistry, caplog: pytest.LogCaptureFixture
) -> None:
    interceptor = TelemetryInterceptor(RpcMetrics(registry))
    with caplog.at_level(logging.INFO, logger="service.rpc"):
        interceptor._done(Context(grpc.StatusCode.NOT_FOUND), METHOD, 0.0, failed=True)  # type: ignore[arg-type]
    assert [(r.levelno, r.code, r.method) for r in caplog.records] == [  # type: ignore[attr-defined]
        (logging.INFO, "NOT_FOUND", METHOD)
    ]


WATCH = "/pdpgateway.v1.InvoiceService/WatchInvoiceEvents"


class StreamContext(Context):
    """A stream's context whose client takes no message: every write waits, as gRPC's send does for a slow reader."""

    def __init__(self) -> None:
        super().__init__(None)
        self.writing = asyncio.Event()

    def set_trailing_metadata(self, metadata: object) -> None:
        pass

    async def write(self, message: object) -> None:
        self.writing.set()
        await asyncio.Event().wait()


async def served(handler: grpc.RpcMethodHandler, context: StreamContext) -> None:
    """The stream served as grpc.aio serves each kind of stream behavior (its server's
    `_finish_handler_with_stream_responses`): a coroutine writes by itself; a generator's items are written for it."""
    behavior = handler.unary_stream
    if inspect.iscoroutinefunction(behavior):
        await behavior(None, context)
        return
    async for item in behavior(None, context):
        await context.write(item)


async def test_a_stream_cancelled_while_its_message_is_sent_ends_at_once(registry: CollectorRegistry) -> None:
    """gRPC cancels a stream's task wherever it waits: during a send, a generator it was iterating is left to the
    garbage collector (the task's CancelledError keeps its frame), so the stream's end (its count, its company's
    stream slot, its subscription) waited for a full collection, minutes under load. The gateway closes it."""
    ended: list[str] = []

    async def events(request: object, context: object) -> AsyncIterator[str]:
        try:
            yield "event"
            await asyncio.Event().wait()
        finally:
            ended.append("closed")

    async def found(details: object) -> grpc.RpcMethodHandler:
        return grpc.unary_stream_rpc_method_handler(events)

    interceptor = TelemetryInterceptor(RpcMetrics(registry))
    handler = await interceptor.intercept_service(found, Details(WATCH))  # type: ignore[arg-type]
    context = StreamContext()
    gc.disable()
    try:
        task = asyncio.create_task(served(handler, context))
        await context.writing.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert ended == ["closed"]
        assert (
            registry.get_sample_value("pdp_gateway_grpc_calls_total", {"method": WATCH, "code": "CANCELLED"})
            == 1
        )
    finally:
        gc.enable()


def test_a_flood_of_failed_calls_writes_its_first_lines_then_a_count_and_another_company_s_are_still_logged(
    registry: CollectorRegistry, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 calls with a wrong key wrote 4,000 lines (this one and the auth interceptor's)."""
    now = [100.0]
    monkeypatch.setattr(failed_call_log.time, "monotonic", lambda: now[0])
    interceptor = TelemetryInterceptor(RpcMetrics(registry))
    refused = Context(grpc.StatusCode.UNAUTHENTICATED)
    with caplog.at_level(logging.INFO, logger="service.rpc"):
        for _ in range(2000):
            interceptor._done(refused, METHOD, 0.0, failed=True)  # type: ignore[arg-type]
        token = company_var.set("732829320")
        try:
            interceptor._done(Context(grpc.StatusCode.NOT_FOUND), METHOD, 0.0, failed=True)  # type: ignore[arg-type]
        finally:
            company_var.reset(token)
        assert [r.code for r in caplog.records] == ["UNAUTHENTICATED"] * LINES_PER_WINDOW + ["NOT_FOUND"]  # type: ignore[attr-defined]
        now[0] += WINDOW_S  # the next window: the count of the last one first, then this call's line
        interceptor._done(refused, METHOD, 0.0, failed=True)  # type: ignore[arg-type]
    count, line = caplog.records[-2:]
    assert count.getMessage() == (
        f"{2000 - LINES_PER_WINDOW} failed calls without a valid API key not logged one by one: past "
        f"{LINES_PER_WINDOW} lines in {WINDOW_S:g} s"
    )
    assert count.unlogged == {f"{METHOD} UNAUTHENTICATED": 2000 - LINES_PER_WINDOW}  # type: ignore[attr-defined]
    assert line.code == "UNAUTHENTICATED"  # type: ignore[attr-defined]
    assert (
        registry.get_sample_value(
            "pdp_gateway_grpc_calls_total", {"method": METHOD, "code": "UNAUTHENTICATED"}
        )
        == 2001
    )
