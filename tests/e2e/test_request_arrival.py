"""Calls whose request never arrives, through a real server: gRPC held each until its client left (5,000 from 20
connections grew `serve` by 80 MB; no key needed), and nothing of ours ran before the request was whole."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import grpc
import pytest

from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc import arrival
from tests.e2e.conftest import own_gateway
from tests.e2e.grpc_client import Company, GatewayClient, expect_error

HANG_GUARD_S = 30  # before: the stalled calls were never answered


async def _never() -> AsyncIterator[bytes]:
    """A client that sends its call's headers and never its request (nor ends its side)."""
    await asyncio.Event().wait()
    yield b""  # pragma: no cover


async def test_calls_whose_request_never_comes_end_in_time_and_one_address_holds_few(
    database_dsn: str, pg_pool: object, company: Company, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(arrival, "REQUEST_ARRIVAL_S", 1.0)
    monkeypatch.setattr(arrival, "UNFINISHED_PER_ADDRESS", 3)
    async with own_gateway(database_dsn, pg_pool) as port:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            stalled_call = channel.stream_unary("/pdpgateway.v1.InvoiceService/GetInvoice")
            async with asyncio.timeout(HANG_GUARD_S):
                stalled = [stalled_call(_never()) for _ in range(3)]
                await asyncio.sleep(0.2)  # the three wait for their request
                busy = await expect_error(stalled_call(_never()), grpc.StatusCode.RESOURCE_EXHAUSTED)
                assert busy.reasons == ["UNFINISHED_REQUESTS_BUSY"], busy
                for call in stalled:
                    slow = await expect_error(call, grpc.StatusCode.DEADLINE_EXCEEDED)
                    assert slow.reasons == ["REQUEST_TOO_SLOW"], slow
                # the address's places are free again: a call whose request comes is served
                client = GatewayClient(channel, company.api_key)
                await expect_error(client.get("no-such-invoice"), grpc.StatusCode.NOT_FOUND)
                assert isinstance(
                    await client.stub.ListInvoices(svc.ListInvoicesRequest(), metadata=client.metadata),
                    svc.ListInvoicesResponse,
                )
