"""IOPOLE misbehaving, end to end through the gateway: SubmitInvoice on the real gRPC server, the container's
pipeline sending to the local simulator, which answers the upload in ways a platform should not."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import grpc
import pytest
from dependency_injector import providers

from pdpgateway.v1 import invoice_pb2 as pb
from service.wiring.container import Container
from service.wiring.server import Runner
from tests.e2e.grpc_client import GatewayClient, invoice_of
from tests.e2e.test_transmission_e2e import Gateway, configure, events_until
from tests.support.pipeline import fresh_database
from tests.support.simulators.faults import Fault
from tests.support.simulators.iopole_app import IopoleSimulator
from tests.support.webhooks import IOPOLE_INVOICE_PATH, IOPOLE_SECRET, IOPOLE_STATUS_PATH

PROVIDER = "iopole"


@pytest.fixture(scope="module")
async def gateway(database_dsn: str) -> AsyncIterator[Gateway]:
    async with fresh_database(database_dsn) as pool:
        sim = IopoleSimulator(webhook_secret=IOPOLE_SECRET, auto_lifecycle_delay=0.05).start()
        container = Container()
        container.database_url.override(providers.Object(database_dsn))
        container.db_pool.override(providers.Object(pool))
        configure(container, PROVIDER, sim)
        container.config.from_dict({"pipeline": {"max_attempts": 3, "backoff_base_s": 0.1}})
        runner = Runner(container)
        try:
            await runner.start()
            sim.callback_url = f"http://127.0.0.1:{runner.http_port}{IOPOLE_STATUS_PATH}"
            sim.invoice_callback_url = f"http://127.0.0.1:{runner.http_port}{IOPOLE_INVOICE_PATH}"
            async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
                yield Gateway(PROVIDER, container, GatewayClient(channel), sim)
        finally:
            await runner.stop()
            sim.stop()
            container.reset_override()


async def _sent_or_failed(gateway: Gateway, company, invoice) -> tuple[list[pb.InvoiceEvent], pb.Invoice]:
    client = gateway.client.as_(company)
    stream = client.watch(after_event_id=0)
    try:
        submitted = await client.submit(invoice)
        events = await events_until(
            stream, submitted.invoice.id, lambda e: e.kind in ("SENT", "FAILED", "INVALID")
        )
    finally:
        stream.cancel()
    return events, (await client.get(submitted.invoice.id)).invoice


async def test_an_upload_answered_with_another_invoice_s_id_is_settled_by_search_without_an_error_of_ours(
    gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    """IOPOLE keeps the second document under an id of its own but answers the first invoice's id: the submission
    cannot take an id that is another invoice's (it was an asyncpg UniqueViolationError, logged as the relay's
    failure with a traceback, the invoice told "the previous upload attempt was interrupted")."""
    company = await gateway.company()
    _, first = await _sent_or_failed(gateway, company, invoice_of(company))
    assert first.state == pb.PROCESSING_STATE_SENT
    sim = gateway.sim
    assert isinstance(sim, IopoleSimulator)
    caplog.set_level(logging.WARNING)
    sim.faults.push(Fault.answer(json.dumps({"id": first.platform_id}).encode(), endpoint="upload"))

    events, second = await _sent_or_failed(gateway, company, invoice_of(company))

    assert second.state == pb.PROCESSING_STATE_SENT, [(e.kind, e.detail) for e in events]
    assert second.platform_id and second.platform_id != first.platform_id
    assert sim.upload_count(second.document_sha256) == 1
    unknown = next(e for e in events if e.kind == "OUTCOME_UNKNOWN")
    assert "PDP-DUPLICATE-ID" in unknown.detail and first.platform_id in unknown.detail
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    got = (await gateway.client.as_(company).get(first.id)).invoice
    assert got.platform_id == first.platform_id  # the first invoice keeps its own
