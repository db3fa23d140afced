"""The pipeline's outbox source claims only the kinds it is given: e-reporting rows stay for their own relay, which
queues and completes them through the one outbox port the pipeline writes with."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from adapters.postgres.declaration_outbox import CHANNEL, PgDeclarationOutbox
from adapters.postgres.outbox_source import PgOutboxSource
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from adapters.postgres.uow import PgUnitOfWork
from domain.leased_queue import LeaseLost
from domain.pipeline_ports import PIPELINE_KINDS, OutboxKind, QueuedWork
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.notifications import HANG_GUARD, notified_so_far
from tests.support.pipeline import fresh_database

NEVER = 3600.0  # a poll interval no test outlives: only a notification can wake the relay

SUBMIT_DECLARATION = OutboxKind.SUBMIT_DECLARATION


async def queued(pool: asyncpg.Pool, work: QueuedWork) -> None:
    """`work` queued through the outbox port, in a transaction of its own."""
    async with PgRecordsUnitOfWork(pool) as uow:
        await uow.outbox.add(work)
        await uow.commit()


async def test_the_pipeline_source_leaves_declaration_rows_to_the_reporting_relay(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        company = random_siren()
        for kind in (SUBMIT_DECLARATION, OutboxKind.SEND_STATUS, SUBMIT_DECLARATION):
            await pool.execute(
                "INSERT INTO outbox (company_siren, kind, payload) VALUES ($1, $2, $3)",
                company,
                str(kind),
                {"invoice_id": "received-1"},
            )
        source = PgOutboxSource(pool, kinds=PIPELINE_KINDS)

        claimed = await source.claim("pipeline", 10, 60)

        assert [(m.kind, m.invoice_id, m.company_siren) for m in claimed] == [
            ("send_status", "received-1", company)
        ]
        relay = await PgDeclarationOutbox(pool).claim("relay", 10, 60)
        assert [r.kind for r in relay] == [SUBMIT_DECLARATION, SUBMIT_DECLARATION]
        assert await source.claim("pipeline", 10, 60) == []


async def test_a_declaration_row_is_queued_with_no_invoice_and_completed_once_by_its_lease_holder(
    database_dsn: str,
) -> None:
    async with fresh_database(database_dsn) as pool:
        company = random_siren()
        await queued(pool, QueuedWork(SUBMIT_DECLARATION, company, None, {"declaration_id": "d-1"}))
        [row] = await PgDeclarationOutbox(pool).claim("relay", 10, 60)
        assert (row.invoice_id, row.company_siren, dict(row.payload)) == (
            "",
            company,
            {"declaration_id": "d-1"},
        )
        assert await pool.fetchval("SELECT invoice_id FROM outbox WHERE id = $1", row.id) is None

        async with PgRecordsUnitOfWork(pool) as uow:
            with pytest.raises(LeaseLost):
                await uow.outbox.complete(row, "another relay")
        async with PgRecordsUnitOfWork(pool) as uow:
            await uow.outbox.complete(row, "relay")
            await uow.commit()

        done = await pool.fetchrow("SELECT done_at, attempts, last_error FROM outbox WHERE id = $1", row.id)
        assert done["done_at"] is not None and (done["attempts"], done["last_error"]) == (0, "")
        async with PgRecordsUnitOfWork(pool) as uow:
            with pytest.raises(LeaseLost):  # done: a second completion (a relay's retry) writes nothing
                await uow.outbox.complete(row, "relay")


async def test_a_declaration_row_wakes_the_reporting_relay_on_its_own_channel_and_an_invoice_does_not(
    pg_pool: asyncpg.Pool, listening: asyncio.Queue[tuple[str, str]]
) -> None:
    # On 'outbox', every group commit of invoices woke the e-reporting relay, whose claim then walked the
    # invoices' due rows to find none of its kind.
    company = random_siren()
    source = PgDeclarationOutbox(pg_pool)
    stop = asyncio.Event()
    listener = asyncio.create_task(source.listen(stop))
    try:
        await asyncio.wait_for(source.wait_for_work(NEVER), HANG_GUARD)  # listening (which wakes it once)
        await submit_invoice(
            SubmitInvoice(company, random_request_id(), an_invoice(seller=a_seller(company))),
            uow=PgUnitOfWork(pg_pool),
            clock=FixedClock(),
            validate=lambda invoice: [],
        )
        async with PgRecordsUnitOfWork(pg_pool) as uow:
            await uow.outbox.add(QueuedWork(SUBMIT_DECLARATION, company, None, {"declaration_id": "d-1"}))
            await uow.commit()
        await asyncio.wait_for(source.wait_for_work(NEVER), HANG_GUARD)
    finally:
        stop.set()
        await listener
    got = await notified_so_far(pg_pool, listening)
    assert sorted(got) == [("invoice_events", company), ("outbox", ""), (CHANNEL, "")]


async def test_a_declarations_progress_holds_the_row_a_whole_lease_more(database_dsn: str) -> None:
    """Its calls go out one after the other under one claim: each recorded call extends the lease, so the next call
    starts with a whole lease ahead and no second relay takes the row meanwhile (it would send a call again)."""
    async with fresh_database(database_dsn) as pool:
        company = random_siren()
        await queued(pool, QueuedWork(SUBMIT_DECLARATION, company, None, {"declaration_id": "d-1"}))
        outbox = PgDeclarationOutbox(pool)
        [row] = await outbox.claim("relay", 10, 0)  # a lease already over: the slowest platform's case

        await outbox.progress(row, "relay", {"sent": 1}, 300)

        assert await outbox.claim("another relay", 10, 60) == []
        left = await pool.fetchval("SELECT lease_until - now() FROM outbox WHERE id = $1", row.id)
        assert 299 <= left.total_seconds() <= 300
        with pytest.raises(LeaseLost):
            await outbox.progress(row, "another relay", {"sent": 2}, 300)


async def test_a_row_queued_with_an_earlier_due_time_is_claimed_before_the_rows_queued_since(
    database_dsn: str,
) -> None:
    async with fresh_database(database_dsn) as pool:
        company = random_siren()
        await queued(pool, QueuedWork(OutboxKind.SEND_STATUS, company, None, {"invoice_id": "later-1"}))
        earlier = await pool.fetchval("SELECT now() - interval '1 minute'")
        await queued(
            pool, QueuedWork(OutboxKind.SEND_STATUS, company, None, {"invoice_id": "first"}, due=earlier)
        )

        claimed = await PgOutboxSource(pool, kinds=PIPELINE_KINDS).claim("pipeline", 1, 60)

        assert [m.payload["invoice_id"] for m in claimed] == ["first"]


async def test_a_claimed_row_reads_its_invoice_only_for_the_steps_that_render_or_send_it(
    database_dsn: str,
) -> None:
    # A held payments row (RecordPayment before the deposit) read the whole invoice with its claim, attachments (up
    # to 20 MiB) included, for a step that reads it again itself; a status row names its invoice in its payload.
    async with fresh_database(database_dsn) as pool:
        company = random_siren()
        invoice = an_invoice(seller=a_seller(company))
        request = SubmitInvoice(company, random_request_id(), invoice)
        stored = await submit_invoice(
            request, uow=PgUnitOfWork(pool), clock=FixedClock(), validate=lambda _: []
        )  # queues its render
        async with PgPipelineUnitOfWork(pool) as uow:  # as RecordPayment queues its 212 and its held payments
            for kind in (OutboxKind.SEND_STATUS, OutboxKind.HELD_PAYMENTS, OutboxKind.SEND):
                await uow.outbox.add(QueuedWork(kind, company, stored.id, {"number": invoice.number}))
            await uow.commit()
        claimed = await PgOutboxSource(pool, kinds=PIPELINE_KINDS).claim("pipeline", 10, 60)

        read = {m.kind: None if m.invoice is None else m.invoice.id for m in claimed}
        assert read == {
            OutboxKind.RENDER_VALIDATE: stored.id,
            OutboxKind.SEND_STATUS: None,
            OutboxKind.HELD_PAYMENTS: None,
            OutboxKind.SEND: stored.id,
        }
