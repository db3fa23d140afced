"""The whole process (`Runner`: gRPC + HTTP in one loop): probes, metrics, and a graceful stop."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from typing import Any

import asyncpg
import grpc
import httpx
import pytest
from dependency_injector import providers
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_status import rpc_status

from service.grpc.failed_call_log import LINES_PER_WINDOW, WINDOW_S
from service.wiring.server import Runner, resolve
from tests.e2e.conftest import e2e_container, new_company, whole_process
from tests.e2e.grpc_client import GatewayClient, expect_error, invoice_of
from tests.support.database import stoppable_server


class HeldGet:
    """Wraps the invoice use cases so that GetInvoice waits until the test lets it finish."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.entered = asyncio.Event()
        self.release = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def get(self, company: str, invoice_id: str) -> Any:
        self.entered.set()
        await self.release.wait()
        return await self._inner.get(company, invoice_id)


@pytest.fixture
async def runner(database_dsn: str, pg_pool: object):
    container = e2e_container(database_dsn, pg_pool)
    container.config.from_dict(
        {
            "grpc": {"host": "127.0.0.1", "port": "0", "grace_s": "10"},
            "http": {"host": "127.0.0.1", "port": "0"},
        }
    )
    held = HeldGet(await resolve(container.invoice_use_cases))
    container.invoice_use_cases.override(providers.Object(held))
    runner = Runner(container)
    await runner.start()
    runner.held = held  # type: ignore[attr-defined]
    yield runner
    await runner.stop()


async def test_probes_and_metrics_are_served_over_http(runner: Runner):
    company = await new_company(runner.container)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
        await GatewayClient(channel, company.api_key).list()
        await expect_error(GatewayClient(channel).list(), grpc.StatusCode.UNAUTHENTICATED)

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{runner.http_port}", timeout=5) as http:
        assert (await http.get("/healthz")).status_code == 200
        assert (await http.get("/readyz")).json() == {"status": "ready"}
        metrics = (await http.get("/metrics")).text

    assert (
        'pdp_gateway_grpc_calls_total{code="OK",method="/pdpgateway.v1.InvoiceService/ListInvoices"} 1.0'
        in metrics
    )
    assert 'code="UNAUTHENTICATED",method="/pdpgateway.v1.InvoiceService/ListInvoices"' in metrics
    assert "pdp_gateway_grpc_latency_seconds_bucket" in metrics
    # The business, read from the database at scrape time, and the process itself.
    assert "pdp_gateway_metrics_database_up 1.0" in metrics
    for name in (
        "pdp_gateway_invoices",
        "pdp_gateway_outbox_depth",
        'pdp_gateway_parked_items{what="deliveries"}',
    ):
        assert name in metrics, name
    assert "pdp_gateway_archive_bytes" in metrics and "process_cpu_seconds_total" in metrics
    assert "python_info" in metrics


async def test_a_watch_the_client_cancels_is_counted_as_cancelled(runner: Runner):
    company = await new_company(runner.container)
    watch = "/pdpgateway.v1.InvoiceService/WatchInvoiceEvents"
    async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
        client = GatewayClient(channel, company.api_key)
        await client.submit(invoice_of(company))
        call = client.watch()
        await call.read()  # the SUBMITTED event: the server is in the stream
        call.cancel()
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{runner.http_port}", timeout=5) as http:
        async with asyncio.timeout(120):  # the server learns of the cancellation asynchronously
            while f'code="CANCELLED",method="{watch}"' not in (metrics := (await http.get("/metrics")).text):
                await asyncio.sleep(0.05)
    assert f'code="UNKNOWN",method="{watch}"' not in metrics


async def test_stopping_lets_an_in_flight_call_finish_and_refuses_new_ones(runner: Runner):
    company = await new_company(runner.container)
    held = runner.held  # type: ignore[attr-defined]
    async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
        client = GatewayClient(channel, company.api_key)
        in_flight = asyncio.ensure_future(client.get("00000000-0000-0000-0000-000000000000"))
        await held.entered.wait()

        stopping = asyncio.ensure_future(runner.stop())
        # Wait until the server is draining (health: NOT_SERVING), with our call still held inside.
        health = health_pb2_grpc.HealthStub(channel)
        for _ in range(1000):
            answer = await health.Check(health_pb2.HealthCheckRequest(), timeout=5)
            if answer.status == health_pb2.HealthCheckResponse.NOT_SERVING:
                break
            await asyncio.sleep(0.001)
        else:
            pytest.fail("the server still said SERVING while stopping")
        # A new call is refused with a retry hint (another replica takes it): never held, never processed.
        await expect_error(client.get("00000000-0000-0000-0000-000000000001"), grpc.StatusCode.UNAVAILABLE)
        assert not in_flight.done()

        held.release.set()
        await expect_error(
            in_flight, grpc.StatusCode.NOT_FOUND
        )  # the use case's own answer: it ran to the end
        await stopping

    await runner.stop()  # idempotent


async def test_a_second_server_on_a_taken_port_fails_to_bind_unless_the_port_is_shared(container) -> None:  # noqa: ANN001
    from service.wiring.server import build_server

    alone, port = await build_server(container, "127.0.0.1:0")
    await alone.start()
    try:
        with pytest.raises(
            RuntimeError
        ):  # a gateway started twice by mistake: loud, not half the connections
            await build_server(container, f"127.0.0.1:{port}")
    finally:
        await alone.stop(None)

    main, port = await build_server(container, "127.0.0.1:0", share_port=True)  # GRPC_WORKERS > 1
    await main.start()
    try:
        worker, worker_port = await build_server(container, f"127.0.0.1:{port}", share_port=True)
        assert worker_port == port
        await worker.stop(None)
    finally:
        await main.stop(None)


async def test_calls_that_reach_a_stopping_server_are_told_to_retry_never_cancelled() -> None:
    # gRPC's stop cancels the calls it received but had not yet handed to a method: the client read CANCELLED,
    # which no client retries, for a call that was never processed. Calls spread over the moment of the stop: each
    # one is served, or answered UNAVAILABLE (with RetryInfo when the gateway says it), and a served one is stored.
    async with (
        stoppable_server("pdp_gateway_stopping") as pg,
        whole_process(pg.dsn, {"pool_min": "1", "pool_max": "8"}, pipeline=False) as runner,
    ):
        company = await new_company(runner.container)
        outcomes: Counter[str] = Counter()
        async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
            client = GatewayClient(channel, company.api_key)
            await client.list(page_size=1)

            async def submit(n: int) -> None:
                await asyncio.sleep((n % 20) * 0.02)
                try:
                    await client.submit(invoice_of(company), request_id=f"stopping-{n}")
                    outcomes["OK"] += 1
                except grpc.aio.AioRpcError as err:
                    status = rpc_status.from_call(err)
                    hinted = status is not None and any(
                        d.Is(error_details_pb2.RetryInfo.DESCRIPTOR) for d in status.details
                    )
                    outcomes[err.code().name + (" with RetryInfo" if hinted else "")] += 1

            calls = [asyncio.create_task(submit(n)) for n in range(200)]
            await asyncio.sleep(0.2)
            await runner.stop()
            await asyncio.gather(*calls)
        stored = await _count_invoices(pg.dsn, company.siren)
    # RESOURCE_EXHAUSTED: past the company's calls in flight (GRPC_CALLS_PER_COMPANY), told to retry, unprocessed
    retry = {"UNAVAILABLE", "UNAVAILABLE with RetryInfo", "RESOURCE_EXHAUSTED with RetryInfo"}
    assert set(outcomes) <= {"OK", *retry}, outcomes
    assert outcomes["UNAVAILABLE with RetryInfo"] > 0, outcomes  # the calls that came while it was stopping
    assert stored == outcomes["OK"]


async def _count_invoices(dsn: str, company: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        return int(await conn.fetchval("SELECT count(*) FROM invoices WHERE company_siren = $1", company))
    finally:
        await conn.close()


async def test_the_failed_calls_counted_past_the_log_budget_are_written_when_the_process_stops(
    runner: Runner, caplog: pytest.LogCaptureFixture
):
    """Past LINES_PER_WINDOW lines a failed call is counted and the count written when its window ends (10 s): a
    process stopped before that lost the count, the log's one word of a flood that came just before the stop."""
    unlogged = 5
    with caplog.at_level(logging.INFO, logger="service.rpc"):
        async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
            for _ in range(LINES_PER_WINDOW + unlogged):
                await expect_error(GatewayClient(channel, "wrong").list(), grpc.StatusCode.UNAUTHENTICATED)
        await runner.stop()
    counts = [r.getMessage() for r in caplog.records if "not logged one by one" in r.getMessage()]
    assert counts == [
        f"{unlogged} failed calls without a valid API key not logged one by one: past {LINES_PER_WINDOW} lines in"
        f" {WINDOW_S:g} s"
    ]
