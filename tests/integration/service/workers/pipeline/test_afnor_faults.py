"""Every fault of the IOPOLE suite, on an AFNOR XP Z12-013 platform: each invoice ends deposited exactly once,
counted per invoice number (trackingId) and per document at the simulator (AFNOR adapter over real HTTP)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence

import httpx
import pytest

from domain.emission import ProcessingState
from tests.integration.service.workers.pipeline.test_faults import CrashAfterUpload
from tests.support.pipeline import PgPipeline, afnor_gateway, running
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.faults import Fault


@pytest.fixture
def afnor() -> Iterator[AfnorSimulator]:
    with AfnorSimulator() as simulator:
        yield simulator


async def deposited_exactly_once(pipeline: PgPipeline, ids: Sequence[str], sim: AfnorSimulator) -> None:
    rows = await pipeline.wait_for(ids)
    for row in rows.values():
        assert row["state"] == ProcessingState.SENT.value, row["last_error"]
        assert sim.upload_count(row["document_sha256"]) == 1
    deposits = sim.deposits_per_number()
    assert len(deposits) == len(ids) and set(deposits.values()) == {1}, deposits
    assert await pipeline.open_rows() == 0


FAULTS = {
    "429 with Retry-After": [Fault.rate_limited(1, endpoint="flows"), Fault.rate_limited(endpoint="flows")],
    "503 before processing": [Fault.error(503, endpoint="flows")] * 2,
    "processed then 503": [Fault.processed_then(503, endpoint="flows")] * 2,
    "processed then 502": [Fault.processed_then(502, endpoint="flows")],
    "500 before processing": [Fault.error(500, endpoint="flows")],
    "processed then 500": [Fault.processed_then(500, endpoint="flows")],
    "slow past the timeout": [Fault.slow(1.5, endpoint="flows")],
    "processed then reset": [Fault.processed_then_reset(endpoint="flows")] * 2,
    "reset before processing": [Fault.reset(endpoint="flows", after_processing=False)],
    "AlreadyExistingFlow at once": [Fault.conflict(endpoint="flows")],
    "expired token": [Fault.expire_token(endpoint="flows")],
    "search down while reconciling": [
        Fault.processed_then(503, endpoint="flows"),
        Fault.error(503, endpoint="search"),
        Fault.error(502, endpoint="search"),
    ],
}


@pytest.mark.parametrize("faults", FAULTS.values(), ids=FAULTS.keys())
async def test_fault_ends_with_every_invoice_deposited_once(
    pipeline: PgPipeline, afnor: AfnorSimulator, http: httpx.AsyncClient, faults: list[Fault]
) -> None:
    pdp = afnor_gateway(afnor, http, upload_timeout=0.5)
    afnor.faults.push(*faults)
    ids = await pipeline.submit(3)
    async with running(pipeline.dispatcher(pdp)):
        await deposited_exactly_once(pipeline, ids, afnor)
    assert len(afnor.faults) == 0  # every fault was actually hit


async def test_a_dispatcher_killed_between_the_platforms_202_and_our_commit_deposits_nothing_twice(
    pipeline: PgPipeline, afnor: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    pdp = afnor_gateway(afnor, http)
    dying = CrashAfterUpload(pdp)
    ids = await pipeline.submit(1)
    loop = asyncio.get_running_loop()
    default_handler = loop.get_exception_handler()
    loop.set_exception_handler(lambda *_: None)  # the dead task's Crash is expected
    try:
        async with running(pipeline.dispatcher(dying, owner="dies")):  # type: ignore[arg-type]
            await asyncio.wait_for(dying.crashed.wait(), 60)
    finally:
        loop.set_exception_handler(default_handler)
    async with running(pipeline.dispatcher(pdp, owner="restarted")):
        await deposited_exactly_once(pipeline, ids, afnor)
    kinds = [
        r["kind"]
        for r in await pipeline.pool.fetch(
            "SELECT kind FROM invoice_events WHERE invoice_id = $1::uuid AND kind <> 'STATUS' ORDER BY id",
            ids[0],
        )
    ]
    assert kinds == ["SUBMITTED", "VALIDATED", "SENDING", "OUTCOME_UNKNOWN", "SENT"]  # found by trackingId


@pytest.mark.slow
async def test_two_dispatchers_over_200_invoices_make_exactly_200_deposits(
    pipeline: PgPipeline, afnor: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    pdp = afnor_gateway(afnor, http)
    ids = await pipeline.submit(200)
    first, second = pipeline.dispatcher(pdp, owner="one"), pipeline.dispatcher(pdp, owner="two")
    async with running(first, second):
        await deposited_exactly_once(pipeline, ids, afnor)
    assert first.handled > 0 and second.handled > 0
