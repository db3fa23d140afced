"""Large requests are read in one thread of the gRPC process (aio.off_loop), the companies in turn: a company's
single large request waits for one of another company's burst, not for all of it (it waited for all of it, in
arrival order, before)."""

from __future__ import annotations

import asyncio
import threading

import grpc

from aio import off_loop
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc.off_loop import LARGE_REQUEST_BYTES
from tests.e2e.grpc_client import Company, GatewayClient, expect_error

BURST = 6


def _large_request() -> svc.ListInvoicesRequest:
    """Past LARGE_REQUEST_BYTES, read in the reader thread, then refused (a NUL in its last code): no other work."""
    request = svc.ListInvoicesRequest(lifecycle_codes=[*(["200"] * 5000), "2\x0000"])
    assert request.ByteSize() > LARGE_REQUEST_BYTES
    return request


async def _until(condition: object, what: str) -> None:
    async def waited() -> None:
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.01)

    await asyncio.wait_for(waited(), 30)  # a guard: the reader never came to it


async def test_a_company_s_large_request_waits_for_one_of_another_s_burst_not_all_of_it(
    client: GatewayClient, company: Company, other_company: Company
) -> None:
    greedy, other = client.as_(company), client.as_(other_company)
    started, release = threading.Event(), threading.Event()

    def busy() -> None:  # the reader thread held while the requests come, so that they all wait for it
        started.set()
        release.wait(30)

    holding = asyncio.ensure_future(off_loop.run(busy, company="someone"))
    await _until(started.is_set, "the reader busy")
    done: list[str] = []

    async def call(who: str, stub: GatewayClient) -> None:
        error = await expect_error(
            stub.stub.ListInvoices(_large_request(), metadata=stub.metadata), grpc.StatusCode.INVALID_ARGUMENT
        )
        assert error.rule_ids == ["PDP-TEXT-CHARS"]
        done.append(who)

    burst = [asyncio.ensure_future(call(f"greedy {i}", greedy)) for i in range(BURST)]
    await _until(lambda: off_loop.waiting_reads() == BURST, "the burst waiting")
    single = asyncio.ensure_future(call("other", other))
    await _until(lambda: off_loop.waiting_reads() == BURST + 1, "the other's request waiting")
    release.set()
    await asyncio.gather(holding, single, *burst)

    # the greedy company's first request (its line came first), then the other's, then the rest of the burst; in
    # arrival order the other's came last
    assert done.index("other") <= 1, done
