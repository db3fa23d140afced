"""Recovery paths on PostgreSQL: a row given up after unexpected errors fails its invoice visibly, and a status
send whose outcome is unknown is reconciled with the platform's status history instead of being sent again."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from domain.emission import ProcessingState
from domain.platform import DirectoryEntry, OutgoingStatus, PdpGateway
from service.usecases.emission.invoice_status import queue_outgoing_status
from service.workers.pipeline.steps import StepContext
from tests.support.pipeline import PgPipeline, iopole_gateway, running
from tests.support.simulators.faults import Fault
from tests.support.simulators.iopole_app import IopoleSimulator


async def queue_status(ctx: StepContext, **status: Any) -> None:
    """A status we send, queued and committed as the use cases queue it (service.usecases.emission.invoice_status)."""
    async with ctx.uow() as uow:
        await queue_outgoing_status(uow, ctx.clock.now(), **status)
        await uow.commit()


class BrokenDirectory:
    """A real gateway whose directory client has a bug (an exception no step expects)."""

    def __init__(self, inner: PdpGateway) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    async def lookup_directory(self, siren: str, address: str = "") -> DirectoryEntry:
        raise RuntimeError("directory client bug")


async def until_outbox_empty(pipeline: PgPipeline, timeout: float = 30.0) -> None:
    """Status rows record no invoice event to wait for: poll the outbox (bounded)."""
    deadline = time.monotonic() + timeout
    while await pipeline.open_rows():
        assert time.monotonic() < deadline, "outbox rows still open"
        await asyncio.sleep(0.05)


async def test_a_row_given_up_after_unexpected_errors_fails_its_invoice_with_the_error(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    pdp = BrokenDirectory(iopole_gateway(sim, http))
    ids = await pipeline.submit(1)
    async with running(pipeline.dispatcher(pdp)):  # type: ignore[arg-type]
        rows = await pipeline.wait_for(ids)
    row = rows[ids[0]]
    assert row["state"] == ProcessingState.FAILED.value
    assert "RuntimeError: directory client bug" in row["last_error"] and "gave up" in row["last_error"]
    outbox = await pipeline.pool.fetchrow(
        "SELECT attempts, done_at, last_error FROM outbox WHERE kind = 'send'"
    )
    assert outbox["done_at"] is not None and outbox["attempts"] == pipeline.config.max_attempts
    assert sum(sim.uploads_by_sha256.values()) == 0


async def status_204_sent_meeting(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient, *faults: Fault
) -> tuple[str, list[Any]]:
    """An invoice sent, then our 204 about it queued and sent while the simulator meets `faults`: its platform id and
    the status_history rows of the 204 (code, source, at), once the outbox is empty."""
    ids = await pipeline.submit(1)
    async with running(pipeline.dispatcher(iopole_gateway(sim, http))):
        platform_id = (await pipeline.wait_for(ids))[ids[0]]["platform_id"]
        sim.faults.push(*faults)
        await queue_status(
            pipeline.ctx,
            company_siren="552100554",
            invoice_id="received-1",
            platform_id=platform_id,
            status=OutgoingStatus("204"),
        )
        await until_outbox_empty(pipeline)
    rows = await pipeline.pool.fetch(
        "SELECT code, source, at FROM status_history WHERE invoice_id = 'received-1'"
    )
    return platform_id, list(rows)


async def test_a_status_send_reset_after_the_platform_kept_it_is_not_sent_again(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    # the platform records it, the answer is lost
    platform_id, stored = await status_204_sent_meeting(pipeline, sim, http, Fault.reset(endpoint="status"))
    assert len(sim.faults) == 0
    assert [invoice_id for invoice_id, _ in sim.sent_statuses] == [platform_id]
    assert [(r["code"], r["source"]) for r in stored] == [("204", "sent")]
    assert await pipeline.pool.fetchval("SELECT last_error FROM outbox WHERE kind = 'send_status'") == ""


async def test_a_status_found_in_a_history_dated_past_the_year_9999_is_recorded_dated_when_found(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    """The platform keeps our status, the answer is lost, and its history dates the entry
    9999-12-31T23:59:59-14:00 (the year 10000 in UTC): PostgreSQL refused it (DataError), the row was retried as a
    bug of ours, and the retry sent the status again. It is dated no later than when it was found, as a status the
    platform delivers, and sent once."""
    far = b'[{"statusId": "s-far", "date": "9999-12-31T23:59:59-14:00", "status": {"code": "IN_HAND"}}]'
    before = await pipeline.pool.fetchval("SELECT now()")
    platform_id, stored = await status_204_sent_meeting(
        pipeline, sim, http, Fault.reset(endpoint="status"), Fault.answer(far, endpoint="history")
    )
    assert [(r["code"], r["source"]) for r in stored] == [("204", "sent")]
    assert before <= stored[0]["at"] <= await pipeline.pool.fetchval("SELECT now()")
    assert await pipeline.pool.fetchval("SELECT last_error FROM outbox WHERE kind = 'send_status'") == ""
    assert [invoice_id for invoice_id, _ in sim.sent_statuses] == [platform_id]  # not sent twice
