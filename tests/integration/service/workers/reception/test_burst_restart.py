"""1,000 deliveries, 20 % of them redelivered, the service restarted in the middle and a worker 'crashing' with
claimed deliveries: every distinct delivery is processed exactly once, none is lost."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import uuid
from collections.abc import Awaitable, Callable

import httpx
import pytest

from domain.document_formats import DocumentFormat, ParsedDocument
from domain.findings import Finding, Severity, ValidationReport
from domain.reception_ports import ReadDocument
from service.workers.reception.worker import InboxWorker
from tests.builders import a_buyer, an_invoice
from tests.random_refs import random_siren
from tests.support.reception import QUICK, reception_stack, settled, wait_until
from tests.support.webhooks import post_invoice

TOTAL, DUPLICATE_SHARE = 1000, 0.2


def quick_reader(company: str) -> Callable[[bytes], Awaitable[ReadDocument]]:
    """Stands in for the official validation (its cost is measured in bench/), keeping the test about delivery: each
    document an invoice to `company` (a received invoice goes to the buyer its document names)."""

    async def quick_read(content: bytes) -> ReadDocument:
        await asyncio.sleep(0)
        finding = Finding("PDP-UNREADABLE", Severity.FATAL, "test document", layer="reception")
        parsed = ParsedDocument(an_invoice(buyer=a_buyer(company)), DocumentFormat.UBL, None, "EN16931")
        return ReadDocument("", "", "application/xml", ValidationReport(findings=(finding,)), parsed)

    return quick_read


@pytest.mark.slow
async def test_a_burst_with_duplicates_and_a_restart_processes_each_delivery_once(pg_pool) -> None:
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    rng = random.Random(20261125)
    unique = [(str(uuid.uuid4()), str(uuid.uuid4())) for _ in range(int(TOTAL * (1 - DUPLICATE_SHARE)))]
    sends = unique + [rng.choice(unique) for _ in range(TOTAL - len(unique))]
    rng.shuffle(sends)
    half = len(sends) // 2
    answers: list[int] = []
    quick_read = quick_reader(company)

    async def send_all(client: httpx.AsyncClient, batch: list[tuple[str, str]]) -> None:
        gate = asyncio.Semaphore(24)

        async def one(key: str, platform_id: str) -> None:
            async with gate:
                body = f"<doc id='{platform_id}'/>".encode()
                response = await post_invoice(
                    client, body, key=key, invoice_id=platform_id, target=f"0225:{company}"
                )
                answers.append(response.status_code)

        await asyncio.gather(*(one(k, p) for k, p in batch))

    stuck = asyncio.Event()
    started = 0

    async def read_then_crash(content: bytes) -> ReadDocument:
        nonlocal started
        started += 1
        if started > 300:  # the first process dies while these are in flight
            await stuck.wait()
        return await quick_read(content)

    short_lease = dataclasses.replace(QUICK, concurrency=16, lease_s=1.0, poll_interval_s=0.2)
    async with reception_stack(pg_pool, read_then_crash, settings=short_lease) as first:
        await send_all(first.client, sends[:half])
        await wait_until(lambda: _in_flight(first.worker), what="deliveries in flight")
        await first.worker.abort()  # crash: nothing of the in-flight deliveries was committed
    leased = await pg_pool.fetchval(
        "SELECT count(*) FROM webhook_inbox WHERE lease_owner = $1 AND state = 'PENDING'", first.worker.owner
    )
    assert leased > 0

    async with reception_stack(pg_pool, quick_read) as second:
        await send_all(second.client, sends[half:])
        keys = [k for k, _ in unique]
        await wait_until(lambda: settled(pg_pool, keys), timeout=120, what="every delivery processed")

    assert answers.count(200) == TOTAL
    # A delivery sent again is signed again (IOPOLE's retry, another timestamp): the same delivery all the same
    # (keyed by what IOPOLE signs of it, less the timestamp: X-Idempotency-Key is not signed).
    rows = await pg_pool.fetch(
        "SELECT state FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = any($1::text[])", keys
    )
    assert len(rows) == len(unique) and {r["state"] for r in rows} == {"DONE"}
    received = await pg_pool.fetch(
        "SELECT platform_invoice_id FROM received_invoices WHERE company_siren = $1", company
    )
    assert sorted(r["platform_invoice_id"] for r in received) == sorted(p for _, p in unique)
    events = await pg_pool.fetchval(
        "SELECT count(*) FROM received_invoice_events WHERE company_siren = $1 AND kind = 'RECEIVED'", company
    )
    assert events == len(unique)


async def _in_flight(worker: InboxWorker) -> bool:
    return worker.relay.in_flight >= 16
