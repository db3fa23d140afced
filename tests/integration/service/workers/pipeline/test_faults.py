"""Every platform fault ends with each invoice at the platform exactly once and in the right state
(IOPOLE adapter over real HTTP against the simulator; faults injected on the upload endpoint)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import httpx
import pytest

from domain.emission import ProcessingState
from domain.platform import OutboundDocument, PdpGateway, Submission
from tests.support.pipeline import PgPipeline, iopole_gateway, running, sandbox_gateway, uploads_of
from tests.support.simulators.faults import Fault
from tests.support.simulators.iopole_app import IopoleSimulator


async def sent_exactly_once(
    pipeline: PgPipeline, ids: Sequence[str], pdp: PdpGateway, sim: IopoleSimulator | None
) -> None:
    rows = await pipeline.wait_for(ids)
    for row in rows.values():
        assert row["state"] == ProcessingState.SENT.value, row["last_error"]
        assert await uploads_of(pdp, sim, row["document_sha256"]) == 1
    if sim is not None:
        assert sum(sim.uploads_by_sha256.values()) == len(ids)
        deposits = sim.deposits_by_number()  # one deposit per invoice, whatever bytes each attempt carried
        assert len(deposits) == len(ids) and set(deposits.values()) == {1}, deposits
    assert await pipeline.open_rows() == 0


FAULTS = {
    "429 with Retry-After": [Fault.rate_limited(1, endpoint="upload"), Fault.rate_limited(endpoint="upload")],
    "503 before processing": [Fault.error(503, endpoint="upload")] * 2,
    "processed then 503": [Fault.processed_then(503, endpoint="upload")] * 2,
    "processed then 502": [Fault.processed_then(502, endpoint="upload")],
    "500 before processing": [Fault.error(500, endpoint="upload")],
    "processed then 500": [Fault.processed_then(500, endpoint="upload")],
    "slow past the timeout": [Fault.slow(1.5, endpoint="upload")],
    "processed then reset": [Fault.processed_then_reset(endpoint="upload")] * 2,
    "reset before processing": [Fault.reset(endpoint="upload", after_processing=False)],
    "409 duplicate": [Fault.conflict(endpoint="upload")],
    "expired token": [Fault.expire_token(endpoint="upload")],
}


@pytest.mark.parametrize("faults", FAULTS.values(), ids=FAULTS.keys())
async def test_fault_ends_with_every_invoice_sent_once(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient, faults: list[Fault]
) -> None:
    pdp = iopole_gateway(sim, http, upload_timeout=0.5)
    sim.faults.push(*faults)
    ids = await pipeline.submit(3)
    async with running(pipeline.dispatcher(pdp)):
        await sent_exactly_once(pipeline, ids, pdp, sim)
    assert len(sim.faults) == 0  # every fault was actually hit


async def test_rate_limits_are_retried_by_the_pipeline_and_visible_in_history(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    pdp = iopole_gateway(sim, http)
    sim.faults.push(Fault.rate_limited(1, endpoint="upload"))
    ids = await pipeline.submit(1)
    async with running(pipeline.dispatcher(pdp)):
        await sent_exactly_once(pipeline, ids, pdp, sim)
    kinds = [
        r["kind"]
        for r in await pipeline.pool.fetch(
            "SELECT kind FROM invoice_events WHERE invoice_id = $1::uuid ORDER BY id", ids[0]
        )
    ]
    assert kinds == ["SUBMITTED", "VALIDATED", "SENDING", "RETRY", "SENDING", "SENT"]
    attempts = await pipeline.pool.fetchval("SELECT attempts FROM outbox WHERE kind = 'send'")
    assert attempts == 0  # the platform's wait, not the invoice's failure (test_outage.py)


ABSURD_RETRY_AFTER = {
    "30 digits": "9" * 30,
    "3,000 years": "99999999999",
    "the year 9999": "Fri, 31 Dec 9999 23:59:59 GMT",
}


@pytest.mark.parametrize("retry_after", ABSURD_RETRY_AFTER.values(), ids=ABSURD_RETRY_AFTER.keys())
async def test_an_absurd_retry_after_is_honoured_for_an_hour_at_most(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient, retry_after: str
) -> None:
    # A platform's wait is a floor for the next attempt, never a way to hold an invoice for years or to break
    # the retry: the attempt comes within the hour and the invoice is then sent once.
    pdp = iopole_gateway(sim, http)
    sim.faults.push(Fault.rate_limited(retry_after, endpoint="upload"))
    ids = await pipeline.submit(1)
    async with running(pipeline.dispatcher(pdp)):
        # the row given back, waiting on the platform (a 429 is its outage: no attempt spent)
        pending = "SELECT next_attempt_at - now() FROM outbox WHERE kind = 'send' AND done_at IS NULL AND payload ? 'outage'"
        wait = None
        for _ in range(1000):
            wait = await pipeline.pool.fetchval(pending)
            if wait is not None:
                break
            await asyncio.sleep(0.02)
        assert wait is not None and wait.total_seconds() <= 3600, wait
        await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE kind = 'send'")
        await sent_exactly_once(pipeline, ids, pdp, sim)


async def test_retries_exhausted_fail_visibly(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    pdp = iopole_gateway(sim, http)
    # a 500 on this document each time (a 503 is the platform's outage, waited out: test_outage.py)
    sim.faults.push(*[Fault.error(500, endpoint="upload")] * pipeline.config.max_attempts)
    ids = await pipeline.submit(1)
    async with running(pipeline.dispatcher(pdp)):
        rows = await pipeline.wait_for(ids)
    row = rows[ids[0]]
    assert row["state"] == ProcessingState.FAILED.value
    assert "500" in row["last_error"] and "gave up" in row["last_error"]
    assert sum(sim.uploads_by_sha256.values()) == 0


class Crash(BaseException):
    """The dispatcher process dies: no handler runs, nothing is committed."""


class CrashAfterUpload:
    """Delegates to a real gateway; dies right after the platform accepted the upload (before our commit)."""

    def __init__(self, inner: PdpGateway) -> None:
        self._inner = inner
        self.crashed = asyncio.Event()

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    async def submit(self, document: OutboundDocument) -> Submission:
        await self._inner.submit(document)
        self.crashed.set()
        raise Crash()


@pytest.mark.parametrize("adapter", ["sandbox", "iopole"])
async def test_a_dispatcher_killed_between_the_platforms_201_and_our_commit_causes_no_second_upload(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient, adapter: str
) -> None:
    pdp = sandbox_gateway(pipeline) if adapter == "sandbox" else iopole_gateway(sim, http)
    counter = None if adapter == "sandbox" else sim
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
    rows = await pipeline.invoices(ids)
    assert rows[ids[0]]["state"] == ProcessingState.SENDING.value
    async with running(pipeline.dispatcher(pdp, owner="restarted")):
        await sent_exactly_once(pipeline, ids, pdp, counter)
    kinds = [
        r["kind"]
        for r in await pipeline.pool.fetch(
            "SELECT kind FROM invoice_events WHERE invoice_id = $1::uuid AND kind <> 'STATUS' ORDER BY id",
            ids[0],
        )
    ]
    assert kinds == ["SUBMITTED", "VALIDATED", "SENDING", "OUTCOME_UNKNOWN", "SENT"]  # found, not sent again
    if adapter == "sandbox":
        await pdp.aclose()  # type: ignore[attr-defined]


@pytest.mark.slow
async def test_two_dispatchers_over_500_invoices_make_exactly_500_uploads(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    pdp = iopole_gateway(sim, http)
    ids = await pipeline.submit(500)
    first, second = pipeline.dispatcher(pdp, owner="one"), pipeline.dispatcher(pdp, owner="two")
    async with running(first, second):
        await sent_exactly_once(pipeline, ids, pdp, sim)
    assert len(sim.uploads_by_sha256) == 500 and set(sim.uploads_by_sha256.values()) == {1}
    assert first.handled > 0 and second.handled > 0  # both took a share
