"""Failed calls' lines within a budget per caller (service.grpc.failed_call_log); through the access log:
tests/unit/service/grpc/test_telemetry.py."""

import asyncio
import logging

import pytest

from service.grpc.failed_call_log import FailedCallLog

METHOD = "/pdpgateway.v1.InvoiceService/SubmitInvoice"


def _rpc(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The access log's records only: another test's background task may still log a WARNING on this loop (seen in
    the fresh-clone run: the schema check's "works again")."""
    return [r for r in caplog.records if r.name == "service.rpc"]


async def test_a_flood_s_count_is_written_when_its_window_ends_even_with_no_call_after_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The calls' clock stands still: on a loaded machine the three calls took longer than the window and the third
    # began a window of its own (two "rpc" lines, seen in a tests/unit run at load 4). The loop's timer still ends it.
    log = FailedCallLog(
        logging.getLogger("service.rpc"), lines_per_window=1, window_s=0.01, clock=lambda: 0.0
    )
    with caplog.at_level(logging.INFO, logger="service.rpc"):
        for _ in range(3):
            log.failed("732829320", METHOD, "INVALID_ARGUMENT", 1.0)
        for _ in range(500):  # the window's timer, on this loop
            if len(_rpc(caplog)) == 2:
                break
            await asyncio.sleep(0.01)
    assert [r.getMessage() for r in _rpc(caplog)] == [
        "rpc",
        "2 failed calls of company 732829320 not logged one by one: past 1 lines in 0.01 s",
    ]
    assert _rpc(caplog)[1].company == "732829320"  # type: ignore[attr-defined]


def test_past_its_callers_bound_the_counts_are_written_and_the_windows_forgotten(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = FailedCallLog(logging.getLogger("service.rpc"), lines_per_window=1, max_callers=2)
    with caplog.at_level(logging.INFO, logger="service.rpc"):
        for caller in ("111111111", "111111111", "222222222", "333333333"):
            log.failed(caller, METHOD, "NOT_FOUND", 1.0)
    assert [r.getMessage() for r in _rpc(caplog)] == [
        "rpc",
        "rpc",
        "1 failed calls of company 111111111 not logged one by one: past 1 lines in 10 s",
        "rpc",
    ]
