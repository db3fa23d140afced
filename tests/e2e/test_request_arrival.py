"""Calls whose request never arrives, through a real server: gRPC held each until its client left (5,000 from 20
connections grew `serve` by 80 MB; no key needed), and nothing of ours ran before the request was whole."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest

from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc import arrival
from tests.e2e.conftest import own_gateway
from tests.e2e.grpc_client import Company, GatewayClient, RichError, expect_error
from tests.support.raw_http2 import END_STREAM, HEADERS, call_ending

HANG_GUARD_S = 30  # before: the stalled calls were never answered


async def _never() -> AsyncIterator[bytes]:
    """A client that sends its call's headers and never its request (nor ends its side)."""
    await asyncio.Event().wait()
    yield b""  # pragma: no cover


@dataclass
class _Gateway:
    port: int
    channel: grpc.aio.Channel
    entered: list[object] = field(default_factory=list)  # the calls that began waiting for their request

    def stall(self, company: Company | None) -> Any:
        """A GetInvoice call sending its headers (with `company`'s key) and never its request."""
        key = (("authorization", f"Bearer {company.api_key}"),) if company else ()
        return self.channel.stream_unary("/pdpgateway.v1.InvoiceService/GetInvoice")(_never(), metadata=key)

    async def until_waiting(self, count: int) -> None:
        while len(self.entered) < count:  # bounded by the test's guard
            await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def _gateway(
    database_dsn: str, pg_pool: object, monkeypatch: pytest.MonkeyPatch, **bounds: int
) -> AsyncIterator[_Gateway]:
    """A gateway of `bounds` (`arrival`'s names) where a request's time is 5 s: long enough for the calls after the
    stalled ones to come within it, on a busy machine too."""
    monkeypatch.setattr(arrival, "REQUEST_ARRIVAL_S", 5.0)
    for name, bound in bounds.items():
        monkeypatch.setattr(arrival, name, bound)
    waiting, entered = arrival.RequestArrivalInterceptor._arrived, []

    async def counted(self: arrival.RequestArrivalInterceptor, requests: Any, context: Any) -> Any:
        entered.append(context)  # then counted among its address's and company's, before its first wait
        return await waiting(self, requests, context)

    monkeypatch.setattr(arrival.RequestArrivalInterceptor, "_arrived", counted)
    async with own_gateway(database_dsn, pg_pool) as port:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            async with asyncio.timeout(HANG_GUARD_S):
                yield _Gateway(port, channel, entered)


async def _busy(call: Any) -> RichError:
    busy = await expect_error(call, grpc.StatusCode.RESOURCE_EXHAUSTED)
    assert busy.reasons == ["UNFINISHED_REQUESTS_BUSY"], busy
    return busy


async def _too_slow(calls: list[Any]) -> None:
    for call in calls:
        slow = await expect_error(call, grpc.StatusCode.DEADLINE_EXCEEDED)
        assert slow.reasons == ["REQUEST_TOO_SLOW"], slow


async def test_calls_whose_request_never_comes_end_in_time_and_one_address_holds_few(
    database_dsn: str, pg_pool: object, company: Company, monkeypatch: pytest.MonkeyPatch
):
    async with _gateway(database_dsn, pg_pool, monkeypatch, UNFINISHED_PER_ADDRESS=3) as gateway:
        stalled = [gateway.stall(company) for _ in range(3)]
        await gateway.until_waiting(3)
        await _busy(gateway.stall(company))
        await _too_slow(stalled)
        # the address's places are free again: a call whose request comes is served
        client = GatewayClient(gateway.channel, company.api_key)
        await expect_error(client.get("no-such-invoice"), grpc.StatusCode.NOT_FOUND)
        assert isinstance(
            await client.stub.ListInvoices(svc.ListInvoicesRequest(), metadata=client.metadata),
            svc.ListInvoicesResponse,
        )


async def test_a_call_without_a_valid_key_is_refused_at_once_without_waiting_for_its_request(
    database_dsn: str, pg_pool: object, company: Company, monkeypatch: pytest.MonkeyPatch
):
    """It waited for its request (up to 120 s), holding one of its address's places, before UNAUTHENTICATED: an
    impostor with no key held 100 places per address it called from."""
    async with _gateway(database_dsn, pg_pool, monkeypatch, UNFINISHED_PER_ADDRESS=1) as gateway:
        for _ in range(3):
            await expect_error(gateway.stall(None), grpc.StatusCode.UNAUTHENTICATED)
            not_a_key = Company(company.siren, "not-a-key")
            await expect_error(gateway.stall(not_a_key), grpc.StatusCode.UNAUTHENTICATED)
        assert gateway.entered == []
        # the address's one place is free: a call whose request comes is served
        client = GatewayClient(gateway.channel, company.api_key)
        await expect_error(client.get("no-such-invoice"), grpc.StatusCode.NOT_FOUND)


async def test_one_company_and_the_process_wait_for_few_requests_at_once_whatever_the_addresses(
    database_dsn: str,
    pg_pool: object,
    company: Company,
    other_company: Company,
    monkeypatch: pytest.MonkeyPatch,
):
    """A key's holder with many addresses (an IPv6 /48) took 100 places for each: one address stands for them here,
    its own bound out of the way."""
    bounds = {"UNFINISHED_PER_ADDRESS": 100, "UNFINISHED_PER_COMPANY": 2, "UNFINISHED_PER_PROCESS": 3}
    async with _gateway(database_dsn, pg_pool, monkeypatch, **bounds) as gateway:
        stalled = [gateway.stall(company) for _ in range(2)]
        await gateway.until_waiting(2)
        ours = await _busy(gateway.stall(company))
        assert "of this company" in ours.message, ours
        stalled.append(gateway.stall(other_company))
        await gateway.until_waiting(4)  # the refused one was counted too
        theirs = await _busy(gateway.stall(other_company))
        assert "3 calls wait" in theirs.message, theirs
        await _too_slow(stalled)
        client = GatewayClient(gateway.channel, other_company.api_key)
        await expect_error(client.get("no-such-invoice"), grpc.StatusCode.NOT_FOUND)


async def test_a_call_whose_metadata_is_past_its_bound_ends_at_once_and_is_never_waited_for(
    database_dsn: str, pg_pool: object, company: Company, monkeypatch: pytest.MonkeyPatch
):
    """gRPC core took 8 MB of metadata sent as literals added to the HPACK table (its own clients' form is refused past
    16 KiB): 20 such calls with a valid key, stalled, held 117 MB of `serve` for their request's whole time."""
    key = [(b"authorization", f"Bearer {company.api_key}".encode())]
    async with _gateway(database_dsn, pg_pool, monkeypatch, REQUEST_ARRIVAL_S=HANG_GUARD_S * 2) as gateway:
        for pad in (4 << 20, 20_000):
            ending = await call_ending(
                gateway.port,
                "/pdpgateway.v1.InvoiceService/GetInvoice",
                [*key, (b"x-pad", b"a" * pad)],
                b"\0\0\0",
            )
            assert ending.kind == HEADERS and ending.flags & END_STREAM, ending
        assert gateway.entered == []  # never waited for its request
