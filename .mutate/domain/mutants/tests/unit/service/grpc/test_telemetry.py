"""The per-call access line: DEBUG for a successful call (counted and timed by the metrics anyway), INFO for a
failed one."""

import logging

import grpc
import pytest
from prometheus_client import CollectorRegistry

from service.grpc.telemetry import RpcMetrics, TelemetryInterceptor

METHOD = "/pdpgateway.v1.InvoiceService/SubmitInvoice"


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
